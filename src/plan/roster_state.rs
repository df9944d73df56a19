//! The campaign's roster: the creators imported (up to 10,000), each with the user's pin or
//! exclusion, kept by id; and the view the roster table shows (search, filter, sort).
//!
//! The roster is part of the campaign's inputs (saved with it, never in a share link) but
//! lives behind an `Arc` ([`SharedRoster`]) so that the planner's form can be cloned and
//! compared on every keystroke without touching 10,000 rows: equality checks the pointer
//! first, and only a change to the roster makes a new one.
//!
//! Invariants: ids are unique and never reused within a roster; entries are merged by
//! (platform, lower-cased handle) on import, the later row filling and overwriting the
//! earlier one's fields, its choice kept; at most [`MAX_ROSTER`] entries.

use std::collections::HashMap;
use std::sync::Arc;

use micromacro_engine::case_fold::{contains_folded, fold};
use micromacro_engine::order::sort_by;
use micromacro_engine::{Choice, Creator, Currency, ExchangeRate, Platform, Tier, TierThresholds};

use crate::roster::RosterCreator;

/// The most creators a campaign's roster holds: the named candidates the optimiser chooses
/// from (the library may hold more; `crate::library::candidates` says how many fit).
pub const MAX_ROSTER: usize = 10_000;

/// Where a creator the engine sees comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowRef {
    /// A row of the plan's creators (the form), by its id.
    Form(u64),
    /// An entry of the imported roster, by its id.
    Roster(u32),
}

/// One creator of the roster.
#[derive(Clone, Debug)]
pub struct RosterEntry {
    /// Stable within the roster: keys the row in the table.
    pub id: u32,
    /// What was imported. Shared: a changed copy of the roster (a new choice) copies no
    /// creator, and compares unchanged ones by pointer.
    pub creator: Arc<RosterCreator>,
    /// Pinned, excluded, or left to the optimiser.
    pub choice: Choice,
}

impl PartialEq for RosterEntry {
    fn eq(&self, other: &Self) -> bool {
        self.choice == other.choice && self.same_row(other)
    }
}

impl RosterEntry {
    /// Whether `other` is the same creator under the same id, whatever its choice (a shared
    /// creator is the same without looking).
    fn same_row(&self, other: &RosterEntry) -> bool {
        self.id == other.id
            && (Arc::ptr_eq(&self.creator, &other.creator) || self.creator == other.creator)
    }

    /// The key duplicates are merged by.
    fn key(&self, default_platform: Platform) -> (Platform, String) {
        (
            self.creator.platform.unwrap_or(default_platform),
            crate::roster::handle_key(&self.creator.handle),
        )
    }
}

/// The roster's entries.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RosterState {
    entries: Vec<RosterEntry>,
    next_id: u32,
}

/// What adding creators did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Added {
    /// New entries.
    pub added: usize,
    /// Creators already in the roster, merged into their entry.
    pub merged: usize,
    /// Creators left out because the roster is full.
    pub over_cap: usize,
}

impl RosterState {
    /// The entries, in the order they were added.
    pub fn entries(&self) -> &[RosterEntry] {
        &self.entries
    }

    /// How many creators.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there is nobody.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds imported creators, merging those already present (see the module docs).
    pub fn add(&mut self, creators: Vec<RosterCreator>, default_platform: Platform) -> Added {
        let mut index: HashMap<(Platform, String), usize> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.key(default_platform), i))
            .collect();
        let mut result = Added::default();
        for creator in creators {
            let entry = RosterEntry {
                id: self.next_id,
                creator: Arc::new(creator),
                choice: Choice::Open,
            };
            let key = entry.key(default_platform);
            if let Some(&i) = index.get(&key) {
                Arc::make_mut(&mut self.entries[i].creator)
                    .merge_from(Arc::unwrap_or_clone(entry.creator));
                result.merged += 1;
            } else if self.entries.len() >= MAX_ROSTER {
                result.over_cap += 1;
            } else {
                index.insert(key, self.entries.len());
                self.entries.push(entry);
                self.next_id += 1;
                result.added += 1;
            }
        }
        result
    }

    /// Entries as stored: with their choices (ids are assigned afresh on reading).
    pub fn from_entries(entries: Vec<(RosterCreator, Choice)>) -> Self {
        let mut state = RosterState::default();
        for (creator, choice) in entries.into_iter().take(MAX_ROSTER) {
            state.entries.push(RosterEntry {
                id: state.next_id,
                creator: Arc::new(creator),
                choice,
            });
            state.next_id += 1;
        }
        state
    }

    /// Each entry's choice, in entry order.
    #[must_use]
    pub fn choices(&self) -> Vec<Choice> {
        self.entries.iter().map(|e| e.choice).collect()
    }

    /// Whether `other` holds the same creators under the same ids, whatever their choices:
    /// what the table's rows show apart from each row's menu.
    #[must_use]
    pub fn same_rows(&self, other: &RosterState) -> bool {
        self.entries.len() == other.entries.len()
            && self
                .entries
                .iter()
                .zip(&other.entries)
                .all(|(a, b)| a.same_row(b))
    }

    /// Sets the choice of the entry with `id`.
    pub fn set_choice(&mut self, id: u32, choice: Choice) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.id == id) {
            e.choice = choice;
        }
    }

    /// The entry with `id`.
    pub fn get(&self, id: u32) -> Option<&RosterEntry> {
        // Ids are increasing in entry order: a binary search finds one in O(log n).
        self.entries
            .binary_search_by_key(&id, |e| e.id)
            .ok()
            .map(|i| &self.entries[i])
    }

    /// The engine's creators, in entry order, with each entry's choice.
    pub fn to_creators(
        &self,
        default_platform: Platform,
        currency: Currency,
        rate: ExchangeRate,
    ) -> Vec<Creator> {
        self.entries
            .iter()
            .map(|e| {
                e.creator
                    .to_creator(default_platform, currency, rate)
                    .with_choice(e.choice)
            })
            .collect()
    }
}

/// Sets the campaign's choice of the roster entry `id`: on the entry, and by the creator's key
/// in the campaign's choices of library creators (what is stored, so the choice survives the
/// roster being rebuilt from the library).
pub fn choose(input: &mut super::PlanInput, id: u32, choice: Choice) {
    let Some(entry) = input.roster.0.get(id) else {
        return;
    };
    let key = crate::roster::CreatorKey::of(&entry.creator, input.platform);
    input.library_choices.retain(|(k, _)| *k != key);
    if choice != Choice::Open {
        input.library_choices.push((key, choice));
    }
    input.roster = input.roster.with(|r| r.set_choice(id, choice));
}

/// A roster shared cheaply between copies of the form (see the module docs).
#[derive(Clone, Debug, Default)]
pub struct SharedRoster(pub Arc<RosterState>);

impl PartialEq for SharedRoster {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }
}

impl SharedRoster {
    /// Whether `other` holds the same rows, whatever their choices ([`RosterState::same_rows`];
    /// the same pointer is the same rows without looking).
    #[must_use]
    pub fn same_rows(&self, other: &SharedRoster) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0.same_rows(&other.0)
    }

    /// A changed copy (the form gets a new pointer, so its memos see the change).
    #[must_use]
    pub fn with(&self, change: impl FnOnce(&mut RosterState)) -> Self {
        let mut state = (*self.0).clone();
        change(&mut state);
        SharedRoster(Arc::new(state))
    }
}

/// How the roster table is sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortKey {
    /// In the order imported.
    #[default]
    Imported,
    /// By handle, A–Z.
    Handle,
    /// By followers.
    Followers,
    /// By engagement rate.
    Engagement,
    /// By price per post.
    Price,
}

impl SortKey {
    /// Every key, in menu order.
    pub const ALL: [SortKey; 5] = [
        SortKey::Imported,
        SortKey::Handle,
        SortKey::Followers,
        SortKey::Engagement,
        SortKey::Price,
    ];

    /// Stable id (select values, catalogue keys `roster.sort.<id>`).
    pub fn id(self) -> &'static str {
        match self {
            SortKey::Imported => "imported",
            SortKey::Handle => "handle",
            SortKey::Followers => "followers",
            SortKey::Engagement => "engagement",
            SortKey::Price => "price",
        }
    }

    /// The key with this id.
    pub fn from_id(id: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// What the table shows.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Query {
    /// Text to find in the handle, name, niche or country (case ignored).
    pub text: String,
    /// Only this platform.
    pub platform: Option<Platform>,
    /// Only this tier.
    pub tier: Option<Tier>,
    /// The order.
    pub sort: SortKey,
    /// Largest first (for numbers) or Z–A (for handles).
    pub descending: bool,
}

/// The positions (into [`RosterState::entries`]) the table shows, in order.
pub fn view(
    state: &RosterState,
    query: &Query,
    default_platform: Platform,
    thresholds: &TierThresholds,
) -> Vec<usize> {
    let needle = fold(query.text.trim());
    let matches = |e: &RosterEntry| {
        let c = &e.creator;
        let platform_ok = query
            .platform
            .is_none_or(|p| c.platform.unwrap_or(default_platform) == p);
        let tier_ok = query
            .tier
            .is_none_or(|t| thresholds.tier_of(c.followers) == t);
        let text_ok = needle.is_empty()
            || [
                Some(c.handle.as_str()),
                c.name.as_deref(),
                c.niche.as_deref(),
                c.country.as_deref(),
            ]
            .into_iter()
            .flatten()
            .any(|t| contains_folded(t, &needle));
        platform_ok && tier_ok && text_ok
    };
    let mut shown: Vec<usize> = state
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| matches(e))
        .map(|(i, _)| i)
        .collect();
    let entries = &state.entries;
    let number = |i: usize| -> f64 {
        let c = &entries[i].creator;
        match query.sort {
            SortKey::Followers => c.followers as f64,
            SortKey::Engagement => c.engagement.unwrap_or(-1.0),
            SortKey::Price => c.price.map_or(-1.0, |(amount, _)| amount),
            SortKey::Imported | SortKey::Handle => i as f64,
        }
    };
    match query.sort {
        SortKey::Imported => {}
        SortKey::Handle => {
            // Each handle lowered once, not once per comparison (10,000 rows: ~280,000 of them).
            let mut keyed: Vec<(String, usize)> = shown
                .iter()
                .map(|&i| (fold(&entries[i].creator.handle), i))
                .collect();
            sort_by(&mut keyed, |a, b| a.0.cmp(&b.0));
            shown = keyed.into_iter().map(|(_, i)| i).collect();
        }
        _ => sort_by(&mut shown, |&a, &b| number(a).total_cmp(&number(b))),
    }
    if query.descending {
        shown.reverse();
    }
    shown
}

/// Height of one rendered row of the roster's table in pixels (fixed, so the rows in view
/// follow from the scroll position alone).
pub const ROW_PX: f64 = 44.0;
/// Height of the table's scrolling window in pixels.
pub const WINDOW_PX: f64 = 440.0;
/// Rows rendered above and below the window, so a quick scroll shows no gap.
pub const OVERSCAN: usize = 6;

/// The rows to render of `total` when the window is scrolled `scroll_px` down: the first and
/// one past the last, the rows in view with [`OVERSCAN`] on each side, within `0..total`.
#[must_use]
pub fn visible_rows(scroll_px: f64, total: usize) -> (usize, usize) {
    let scroll = if scroll_px.is_finite() {
        scroll_px.max(0.0)
    } else {
        0.0
    };
    let first = ((scroll / ROW_PX) as usize).saturating_sub(OVERSCAN);
    let visible = (WINDOW_PX / ROW_PX).ceil() as usize + 2 * OVERSCAN;
    (first.min(total), first.saturating_add(visible).min(total))
}

/// The roster entries the best (free) plan hires: `ids` names each creator of the decision's
/// pool by where it comes from (typical creators come from no entry).
#[must_use]
pub fn picked_entries(
    decision: &micromacro_engine::Decision,
    ids: &[RowRef],
) -> std::collections::HashSet<u32> {
    decision
        .free()
        .picks
        .iter()
        .filter_map(|p| match decision.candidate(*p).origin {
            micromacro_engine::Origin::Roster(i) => match ids.get(i) {
                Some(RowRef::Roster(id)) => Some(*id),
                _ => None,
            },
            micromacro_engine::Origin::Typical { .. } => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_is_kept_by_the_creators_key() {
        let mut input = crate::plan::PlanInput::default();
        let mut lisa = RosterCreator::new(2, "@Lisa", 42_000);
        lisa.platform = Some(Platform::TikTok);
        input.roster = input.roster.with(|r| {
            r.add(
                vec![lisa, RosterCreator::new(3, "bram", 5_000)],
                Platform::Instagram,
            );
        });
        choose(&mut input, 0, Choice::Pinned);
        choose(&mut input, 1, Choice::Excluded);
        choose(&mut input, 1, Choice::Pinned);
        choose(&mut input, 7, Choice::Excluded);
        let tiktok = crate::roster::CreatorKey::new(Platform::TikTok, "lisa");
        let bram = crate::roster::CreatorKey::new(input.platform, "bram");
        assert_eq!(
            input.library_choices,
            [(tiktok.clone(), Choice::Pinned), (bram, Choice::Pinned)]
        );
        assert_eq!(input.roster.0.entries()[1].choice, Choice::Pinned);
        choose(&mut input, 0, Choice::Open);
        assert_eq!(input.library_choices.len(), 1, "open is not stored");
        assert!(!input.library_choices.iter().any(|(k, _)| *k == tiktok));
    }

    fn creator(handle: &str, followers: u64) -> RosterCreator {
        RosterCreator::new(2, handle, followers)
    }

    #[test]
    fn imports_merge_by_platform_and_handle_and_keep_ids() {
        let mut s = RosterState::default();
        let added = s.add(
            vec![creator("Lisa", 40_000), creator("bram", 5_000)],
            Platform::Instagram,
        );
        assert_eq!((added.added, added.merged), (2, 0));
        s.set_choice(0, Choice::Pinned);
        let mut again = creator("lisa", 41_000);
        again.niche = Some("baking".into());
        let added = s.add(vec![again], Platform::Instagram);
        assert_eq!((added.added, added.merged), (0, 1));
        let lisa = s.get(0).unwrap();
        assert_eq!(lisa.creator.followers, 41_000, "the later row wins");
        assert_eq!(lisa.choice, Choice::Pinned, "the choice is kept");
        assert_eq!(s.get(1).unwrap().creator.handle, "bram");
        assert_eq!(s.get(7), None);
    }

    #[test]
    fn the_roster_stops_at_its_cap() {
        let mut s = RosterState::default();
        let many: Vec<RosterCreator> = (0..MAX_ROSTER + 5)
            .map(|i| creator(&format!("c{i}"), 1_000 + i as u64))
            .collect();
        let added = s.add(many, Platform::TikTok);
        assert_eq!((s.len(), added.over_cap), (MAX_ROSTER, 5));
    }

    #[test]
    fn search_filter_and_sort() {
        let mut s = RosterState::default();
        let mut a = creator("anna_runs", 12_000);
        a.niche = Some("Running".into());
        let mut b = creator("bob", 250_000);
        b.platform = Some(Platform::YouTube);
        let c = creator("cleo", 3_000);
        s.add(vec![a, b, c], Platform::Instagram);
        let t = TierThresholds::default();
        let all = Query::default();
        assert_eq!(view(&s, &all, Platform::Instagram, &t), [0, 1, 2]);
        let run = Query {
            text: "RUN".into(),
            ..Query::default()
        };
        assert_eq!(view(&s, &run, Platform::Instagram, &t), [0]);
        let youtube = Query {
            platform: Some(Platform::YouTube),
            ..Query::default()
        };
        assert_eq!(view(&s, &youtube, Platform::Instagram, &t), [1]);
        let nano = Query {
            tier: Some(Tier::Nano),
            ..Query::default()
        };
        assert_eq!(view(&s, &nano, Platform::Instagram, &t), [2]);
        let biggest = Query {
            sort: SortKey::Followers,
            descending: true,
            ..Query::default()
        };
        assert_eq!(view(&s, &biggest, Platform::Instagram, &t), [1, 0, 2]);
        assert_eq!(SortKey::from_id("price"), Some(SortKey::Price));
    }

    #[test]
    fn shared_rosters_compare_by_pointer_first_and_change_by_copy() {
        let a = SharedRoster::default();
        let b = a.clone();
        assert_eq!(a, b);
        let c = a.with(|s| {
            s.add(vec![creator("x", 2_000)], Platform::Instagram);
        });
        assert_ne!(a, c);
        assert_eq!(a.0.len(), 0);
        assert_eq!(c.0.len(), 1);
    }

    #[test]
    fn the_same_rows_are_the_same_creators_under_the_same_ids_whatever_their_choices() {
        let mut a = RosterState::default();
        a.add(
            vec![creator("lisa", 40_000), creator("bram", 5_000)],
            Platform::Instagram,
        );
        let mut b = a.clone();
        b.set_choice(1, Choice::Pinned);
        assert_ne!(a, b);
        assert!(a.same_rows(&b), "a choice is not a row's text");
        let shared = SharedRoster(Arc::new(a.clone()));
        assert!(shared.same_rows(&shared.clone()));
        assert!(shared.same_rows(&SharedRoster(Arc::new(b.clone()))));
        let mut c = a.clone();
        c.add(vec![creator("lisa", 41_000)], Platform::Instagram);
        assert!(!a.same_rows(&c), "a merged row's new figures are");
        let mut d = a.clone();
        d.add(vec![creator("noor", 9_000)], Platform::Instagram);
        assert!(!a.same_rows(&d), "a new row is");
    }

    #[test]
    fn the_window_renders_the_rows_in_view_and_a_margin_and_never_past_the_ends() {
        let in_view = (WINDOW_PX / ROW_PX).ceil() as usize;
        assert_eq!(visible_rows(0.0, 10_000), (0, in_view + 2 * OVERSCAN));
        let (first, last) = visible_rows(100.0 * ROW_PX, 10_000);
        assert_eq!((first, last), (100 - OVERSCAN, 100 + in_view + OVERSCAN));
        assert_eq!(visible_rows(1e9, 50), (50, 50));
        assert_eq!(visible_rows(f64::NAN, 3), (0, 3));
        assert_eq!(visible_rows(-500.0, 0), (0, 0));
    }

    #[test]
    fn the_entries_the_best_plan_hires_are_found_by_id() {
        use micromacro_engine::{
            Brief, Creator, Currency, EngagementRate, Money, Platform, decide,
        };
        let brief = Brief {
            budget: Money::from_major(2_000, Currency::Eur),
            use_market: false,
            ..Brief::default()
        };
        let creators: Vec<Creator> = (0..3)
            .map(|i| {
                Creator::new(Platform::Instagram, 30_000 + 1_000 * i)
                    .named(format!("c{i}"))
                    .with_engagement(EngagementRate::per_follower(0.05))
                    .with_price(Money::from_major(500, Currency::Eur))
            })
            .collect();
        let d = decide(
            &brief,
            &micromacro_engine::Assumptions::default(),
            &creators,
        )
        .unwrap();
        let ids = [RowRef::Form(7), RowRef::Roster(11), RowRef::Roster(12)];
        let picked = picked_entries(&d, &ids);
        assert!(picked.iter().all(|id| [11, 12].contains(id)), "{picked:?}");
        assert_eq!(
            picked.len(),
            2,
            "all three fit the budget; the form row is not an entry"
        );
    }
}
