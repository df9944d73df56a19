//! The creators the user typed into a plan, as the library keeps them: a saved campaign's
//! named rows join the library, so a creator typed once is there for the next campaign.
//!
//! Invariants:
//! - Only named creators whose followers read join; rows that stand for typical creators of
//!   the market (still to be found) never do.
//! - A typed row gives what it states (followers, engagement, price in the plan's currency,
//!   conversion); its posts belong to the campaign, not to the creator, so they stay out.
//! - Only creators the library does not know join ([`Library::unknown`]); the library's own
//!   creators change by import, never by a plan's row.

use micromacro_engine::Platform;

use super::{CreatorKey, Library};
use crate::plan::PlanInput;
use crate::roster::RosterCreator;

/// The plan's named rows as library creators (each with its platform).
#[must_use]
pub fn typed_creators(input: &PlanInput) -> Vec<RosterCreator> {
    let lang = input.notation;
    input
        .creators
        .iter()
        .filter(|row| row.typical == 0)
        .filter_map(|row| {
            let handle = row.name.trim().trim_start_matches('@').trim();
            if handle.is_empty() {
                return None;
            }
            let followers = row.read_followers(lang).ok()?;
            let mut creator = RosterCreator::new(0, handle, followers);
            creator.platform = Some(row.platform);
            creator.engagement = row.read_engagement(lang).ok().flatten();
            creator.price = row
                .read_price(lang, input.currency)
                .ok()
                .flatten()
                .map(|price| (price.to_major_f64(), Some(input.currency)));
            creator.conversion_rate = row.read_conversion(lang).ok().flatten();
            Some(creator)
        })
        .collect()
}

impl Library {
    /// The creators of `typed` the library does not know yet: neither by key nor by display
    /// name (a row the planner made from a library creator carries the creator's name). A
    /// creator the library knows is left as it is: imports update it (the merge rule), a
    /// plan's row does not, so a row's rounding or an older campaign never overwrites it.
    #[must_use]
    pub fn unknown(
        &self,
        typed: Vec<RosterCreator>,
        default_platform: Platform,
    ) -> Vec<RosterCreator> {
        let mut left: Vec<(CreatorKey, RosterCreator)> = typed
            .into_iter()
            .map(|c| (CreatorKey::of(&c, default_platform), c))
            .filter(|(key, _)| self.get(key).is_none())
            .collect();
        // Display names only for what the keys did not settle (after a first save, usually
        // nothing): one pass over the library, stopping once every row is matched.
        for creator in self.creators() {
            if left.is_empty() {
                break;
            }
            if let Some(name) = creator.name.as_deref() {
                let key = CreatorKey::new(creator.platform.unwrap_or(default_platform), name);
                left.retain(|(typed, _)| *typed != key);
            }
        }
        left.into_iter().map(|(_, c)| c).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::CreatorInput;
    use micromacro_engine::Currency;

    fn row(id: u64, name: &str, followers: &str) -> CreatorInput {
        CreatorInput {
            name: name.into(),
            followers: followers.into(),
            ..CreatorInput::blank(id, Platform::TikTok)
        }
    }

    fn input(rows: Vec<CreatorInput>) -> PlanInput {
        PlanInput {
            creators: rows,
            currency: Currency::Eur,
            ..PlanInput::default()
        }
    }

    #[test]
    fn named_rows_that_read_join_typical_and_unreadable_ones_do_not() {
        let mut lisa = row(1, " @Lisa.Bakes ", "48000");
        lisa.engagement_percent = "3.5".into();
        lisa.price = "450".into();
        lisa.posts = "3".into();
        lisa.conversion_percent = "not a number".into();
        let mut typical = row(2, "typical micro", "50000");
        typical.typical = 4;
        let rows = vec![
            lisa,
            typical,
            row(3, "", "12000"),
            row(4, "bram", ""),
            row(5, "noor", "-5"),
        ];
        let typed = typed_creators(&input(rows));
        assert_eq!(typed.len(), 1, "{typed:?}");
        let lisa = &typed[0];
        assert_eq!(lisa.handle, "Lisa.Bakes");
        assert_eq!(lisa.platform, Some(Platform::TikTok));
        assert_eq!(lisa.followers, 48_000);
        assert!((lisa.engagement.unwrap() - 0.035).abs() < 1e-12);
        assert_eq!(lisa.price, Some((450.0, Some(Currency::Eur))));
        assert_eq!(lisa.posts, None, "posts belong to the campaign");
        assert_eq!(
            lisa.conversion_rate, None,
            "unreadable: left to the library"
        );
    }

    #[test]
    fn only_creators_the_library_does_not_know_join_it() {
        let mut library = Library::default();
        let mut kept = RosterCreator::new(0, "lisa.bakes", 48_000);
        kept.name = Some("Lisa Bakes".into());
        kept.platform = Some(Platform::TikTok);
        library.merge(vec![kept.clone()], Platform::TikTok);

        let typed = typed_creators(&input(vec![
            // By handle, with other figures: the library keeps its own.
            row(1, "@Lisa.Bakes", "51000"),
            // By the display name a row made from the library carries.
            row(2, "Lisa Bakes", "48000"),
            row(3, "bram", "12000"),
        ]));
        let unknown = library.unknown(typed, Platform::Instagram);
        assert_eq!(unknown.len(), 1, "{unknown:?}");
        assert_eq!(unknown[0].handle, "bram");
        // On another platform the same name is another creator.
        let mut on_instagram = row(4, "Lisa Bakes", "48000");
        on_instagram.platform = Platform::Instagram;
        let typed = typed_creators(&input(vec![on_instagram]));
        assert_eq!(library.unknown(typed, Platform::Instagram).len(), 1);

        let (report, _) = library.merge(unknown, Platform::Instagram);
        assert_eq!(report.new, 1);
        assert_eq!(
            library.get(&CreatorKey::new(Platform::TikTok, "lisa.bakes")),
            Some(&kept),
            "untouched"
        );
    }
}
