//! The creator library: every creator the user imported or typed, kept once in the browser and
//! shared by every campaign. Pure: the browser's database (`crate::browser::library_db`) keeps
//! it, this decides what it holds.
//!
//! - [`CreatorKey`] (from `crate::roster`): one creator per platform and handle.
//! - [`Library`]: the creators by key, and [`Library::merge`], the one rule an import, a
//!   backup or an old campaign's roster joins the library by.
//! - [`candidates`]: a campaign's candidates, the library filtered by the brief, plus pins.
//! - [`country`]: a creator's country as lists write it.
//! - [`history`]: the campaigns each creator was in and what they delivered.
//! - [`typed`]: the creators typed into a plan, which join the library when it is saved.
//! - [`browse`]: the library's table (search, sort by what creators delivered).
//!
//! Invariants:
//! - Keys are unique; every creator has a platform (a list without one takes the platform it
//!   was imported for), and its key is its platform and [`handle_key`](crate::roster::handle_key).
//! - A merge never loses a value: a field the incoming creator leaves empty keeps the
//!   library's value; a field it fills replaces it. The report counts new, updated and
//!   unchanged creators, so merging the same list twice reports it unchanged.
//! - At most [`MAX_LIBRARY`] creators; past it new creators are counted, not kept.

pub mod browse;
pub mod candidates;
pub mod country;
pub mod history;
mod key_hash;
pub mod typed;

use std::collections::HashMap;

use micromacro_engine::Platform;

pub use crate::roster::CreatorKey;
pub use candidates::{Candidates, Filter, candidates, filter_of, follows_choices};
pub use typed::typed_creators;

use crate::roster::RosterCreator;

/// The most creators the library keeps.
pub const MAX_LIBRARY: usize = 100_000;

/// The creators of the library, in key order (platform, then handle).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    creators: Vec<RosterCreator>,
    index: HashMap<CreatorKey, usize, key_hash::BuildKeyHasher>,
}

/// What a merge did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Creators the library did not have.
    pub new: usize,
    /// Creators it had, with a field the merge changed.
    pub updated: usize,
    /// Creators it had, exactly as merged.
    pub unchanged: usize,
    /// New creators left out because the library is full.
    pub over_cap: usize,
}

impl Library {
    /// A library of `creators` as kept (each with its platform), later duplicates merged into
    /// earlier ones.
    #[must_use]
    pub fn from_creators(creators: Vec<RosterCreator>) -> Self {
        let mut library = Library::default();
        // A kept creator always has its platform; the default is never used.
        library.merge(creators, Platform::Instagram);
        library
    }

    /// A library of creators as a store keeps them, each with its key (its platform set, keys
    /// unique); usually already in key order, as the browser's database returns them (sorted
    /// here otherwise), so reading a large library is one pass.
    #[must_use]
    pub fn from_kept(mut keyed: Vec<(CreatorKey, RosterCreator)>) -> Self {
        if keyed.windows(2).any(|w| w[0].0 >= w[1].0) {
            micromacro_engine::order::sort_by(&mut keyed, |a, b| a.0.cmp(&b.0));
            // A store holds one record a key; two equal keys merge as an import would.
            let creators = keyed.into_iter().map(|(_, c)| c).collect();
            return Library::from_creators(creators);
        }
        let mut library = Library {
            creators: Vec::with_capacity(keyed.len()),
            index: HashMap::with_capacity_and_hasher(
                keyed.len(),
                key_hash::BuildKeyHasher::default(),
            ),
        };
        for (i, (key, creator)) in keyed.into_iter().enumerate() {
            library.index.insert(key, i);
            library.creators.push(creator);
        }
        library
    }

    /// The creators, in key order (platform, then handle).
    #[must_use]
    pub fn creators(&self) -> &[RosterCreator] {
        &self.creators
    }

    /// How many creators.
    #[must_use]
    pub fn len(&self) -> usize {
        self.creators.len()
    }

    /// True when the library is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.creators.is_empty()
    }

    /// The creator with `key`.
    #[must_use]
    pub fn get(&self, key: &CreatorKey) -> Option<&RosterCreator> {
        self.index.get(key).map(|&i| &self.creators[i])
    }

    /// Merges `incoming` (see the module docs); a creator without a platform is on
    /// `default_platform`. Returns what it did and the creators it added or changed, as they
    /// now are (what a store must write).
    pub fn merge(
        &mut self,
        incoming: Vec<RosterCreator>,
        default_platform: Platform,
    ) -> (MergeReport, Vec<RosterCreator>) {
        let mut report = MergeReport::default();
        let mut changed: Vec<usize> = Vec::new();
        for mut creator in incoming {
            let key = CreatorKey::of(&creator, default_platform);
            creator.platform = Some(key.platform());
            creator.line = 0;
            if let Some(&i) = self.index.get(&key) {
                let kept = &mut self.creators[i];
                let before = kept.clone();
                kept.merge_from(creator);
                if *kept == before {
                    report.unchanged += 1;
                } else {
                    report.updated += 1;
                    changed.push(i);
                }
            } else if self.creators.len() >= MAX_LIBRARY {
                report.over_cap += 1;
            } else {
                self.index.insert(key, self.creators.len());
                changed.push(self.creators.len());
                self.creators.push(creator);
                report.new += 1;
            }
        }
        micromacro_engine::order::sort_by(&mut changed, |a, b| a.cmp(b));
        changed.dedup();
        let changed = changed
            .into_iter()
            .map(|i| self.creators[i].clone())
            .collect();
        if report.new > 0 {
            self.restore_key_order();
        }
        (report, changed)
    }

    /// Puts the creators back in key order after new ones were added at the end, so the
    /// library reads the same whichever way a store kept it (record by record, in key order,
    /// or as one snapshot), and a campaign's first candidates do not depend on that.
    fn restore_key_order(&mut self) {
        let mut keys: Vec<Option<CreatorKey>> = vec![None; self.creators.len()];
        for (key, i) in self.index.drain() {
            keys[i] = Some(key);
        }
        let mut keyed: Vec<(CreatorKey, RosterCreator)> = keys
            .into_iter()
            .zip(std::mem::take(&mut self.creators))
            .filter_map(|(key, creator)| Some((key?, creator)))
            .collect();
        micromacro_engine::order::sort_by(&mut keyed, |a, b| a.0.cmp(&b.0));
        for (i, (key, creator)) in keyed.into_iter().enumerate() {
            self.index.insert(key, i);
            self.creators.push(creator);
        }
    }

    /// Removes every creator.
    pub fn clear(&mut self) {
        *self = Library::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn creator(handle: &str, followers: u64) -> RosterCreator {
        RosterCreator::new(7, handle, followers)
    }

    #[test]
    fn an_import_merges_field_by_field() {
        let mut library = Library::default();
        let mut lisa = creator("@Lisa.Bakes", 48_000);
        lisa.engagement = Some(0.032);
        lisa.country = Some("NL".into());
        let (report, changed) =
            library.merge(vec![lisa, creator("bram", 12_000)], Platform::TikTok);
        assert_eq!((report.new, report.updated, report.unchanged), (2, 0, 0));
        assert_eq!(changed.len(), 2);
        assert!(
            changed
                .iter()
                .all(|c| c.platform == Some(Platform::TikTok) && c.line == 0)
        );

        // The same list again: nothing changes.
        let mut again = creator("lisa.bakes", 48_000);
        again.platform = Some(Platform::TikTok);
        let (report, changed) = library.merge(vec![again], Platform::Instagram);
        assert_eq!((report.new, report.updated, report.unchanged), (0, 0, 1));
        assert!(changed.is_empty());

        // A newer list: what it fills replaces, what it leaves empty is kept.
        let mut newer = creator("LISA.BAKES", 51_000);
        newer.price = Some((450.0, None));
        let (report, changed) = library.merge(vec![newer], Platform::TikTok);
        assert_eq!((report.new, report.updated, report.unchanged), (0, 1, 0));
        let lisa = &changed[0];
        assert_eq!(lisa.followers, 51_000);
        assert_eq!(lisa.engagement, Some(0.032), "kept: the new list had none");
        assert_eq!(lisa.country.as_deref(), Some("NL"));
        assert_eq!(lisa.price, Some((450.0, None)));
        assert_eq!(library.len(), 2);
        assert_eq!(
            library.get(&CreatorKey::new(Platform::TikTok, "lisa.bakes")),
            Some(lisa)
        );
    }

    #[test]
    fn merges_keep_the_library_in_key_order_whatever_the_lists_order() {
        let mut library = Library::default();
        library.merge(
            vec![creator("creator_10", 1), creator("creator_2", 2)],
            Platform::TikTok,
        );
        library.merge(
            vec![creator("creator_1", 3), creator("Creator_2", 4)],
            Platform::Instagram,
        );
        let keys: Vec<CreatorKey> = library
            .creators()
            .iter()
            .map(|c| CreatorKey::of(c, Platform::Instagram))
            .collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
        assert_eq!(keys.len(), 4);
        // The index follows the new order.
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(library.get(key), Some(&library.creators()[i]));
        }
        // As a store returns it (in key order), it reads back the same in one pass.
        let kept = library
            .creators()
            .iter()
            .map(|c| (CreatorKey::of(c, Platform::Instagram), c.clone()))
            .collect();
        assert_eq!(Library::from_kept(kept), library);
    }

    #[test]
    fn a_kept_library_reads_in_one_pass_in_any_order() {
        let kept = |h: &str, p: Platform| {
            let mut c = creator(h, 1_000);
            c.platform = Some(p);
            c.line = 0;
            (CreatorKey::of(&c, p), c)
        };
        let sorted = vec![
            kept("a", Platform::Instagram),
            kept("b", Platform::Instagram),
            kept("a", Platform::TikTok),
        ];
        let mut shuffled = sorted.clone();
        shuffled.reverse();
        shuffled.push(kept("b", Platform::Instagram));
        let from_sorted = Library::from_kept(sorted.clone());
        assert_eq!(from_sorted, Library::from_kept(shuffled));
        assert_eq!(
            from_sorted,
            Library::from_creators(sorted.into_iter().map(|(_, c)| c).collect())
        );
        assert_eq!(from_sorted.len(), 3);
    }

    #[test]
    fn the_same_handle_on_two_platforms_is_two_creators() {
        let mut on_tiktok = creator("lisa", 1_000);
        on_tiktok.platform = Some(Platform::TikTok);
        let library = Library::from_creators(vec![
            {
                let mut c = creator("lisa", 2_000);
                c.platform = Some(Platform::Instagram);
                c
            },
            on_tiktok,
        ]);
        assert_eq!(library.len(), 2);
    }

    #[test]
    fn a_full_library_counts_what_it_left_out() {
        let mut library = Library::default();
        let many: Vec<_> = (0..MAX_LIBRARY + 3)
            .map(|i| creator(&format!("c{i}"), 1_000))
            .collect();
        let (report, changed) = library.merge(many, Platform::Instagram);
        assert_eq!((report.new, report.over_cap), (MAX_LIBRARY, 3));
        assert_eq!(changed.len(), MAX_LIBRARY);
        // Creators already kept still update when it is full.
        let (report, _) = library.merge(vec![creator("c0", 5)], Platform::Instagram);
        assert_eq!((report.updated, report.over_cap), (1, 0));
    }
}
