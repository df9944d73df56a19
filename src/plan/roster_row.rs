//! What one row of the roster table shows, as text. The table keys its rows by this, so an
//! edit rebuilds only the rows whose text changed, and the rows in view are not built anew
//! each time the plan changes.
//!
//! Invariants: two entries with the same id and the same shown text give equal keys; any
//! change to what a row shows (a re-import that updates a creator, the language, the tier
//! thresholds) gives a new key. The choice is not part of the key: the row's menu follows it
//! in place, so a keyboard user who changes it keeps the focus on it.

use micromacro_engine::{Choice, Platform, Tier, TierThresholds};

use crate::i18n::{Lang, format_number, format_percent, id_text};
use crate::plan::RosterEntry;

/// The text of a roster row, which keys it in the table.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RosterRowKey {
    /// The entry's id in the roster.
    pub id: u32,
    /// The language it is written in.
    pub lang: Lang,
    /// The handle, without `@`.
    pub handle: String,
    /// The display name, or the handle when the file had none.
    pub name: String,
    /// The platform's name.
    pub platform: String,
    /// The tier its followers put it in.
    pub tier: Tier,
    /// Followers, engagement and price per post, as written (a dash for a missing one).
    pub followers: String,
    /// See `followers`.
    pub engagement: String,
    /// See `followers`.
    pub price: String,
}

/// One row of the roster table: its text, and the choice its menu shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterRow {
    /// What it shows; keys the row.
    pub key: RosterRowKey,
    /// Pinned, excluded, or left to the optimiser.
    pub choice: Choice,
}

impl RosterRow {
    /// The row of `entry`, written in `lang`; `platform` is the brief's, for an entry whose
    /// file named none.
    #[must_use]
    pub fn of(
        lang: Lang,
        entry: &RosterEntry,
        platform: Platform,
        thresholds: &TierThresholds,
    ) -> Self {
        let c = &entry.creator;
        let dash = || "—".to_owned();
        RosterRow {
            key: RosterRowKey {
                id: entry.id,
                lang,
                handle: c.handle.clone(),
                name: c.name.clone().unwrap_or_else(|| c.handle.clone()),
                platform: id_text(
                    lang,
                    "platform",
                    c.platform.unwrap_or(platform).as_str(),
                    "name",
                ),
                tier: thresholds.tier_of(c.followers),
                followers: format_number(lang, c.followers as f64, 0),
                engagement: c
                    .engagement
                    .map_or_else(dash, |e| format_percent(lang, e, 1)),
                price: c
                    .price
                    .map_or_else(dash, |(p, _)| format_number(lang, p, 0)),
            },
            choice: entry.choice,
        }
    }
}

/// The choice of row `id` among `rows`, when it is one of them.
#[must_use]
pub fn choice_of(rows: &[RosterRow], id: u32) -> Option<Choice> {
    rows.iter().find(|r| r.key.id == id).map(|r| r.choice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::RosterCreator;

    fn entry(followers: u64, choice: Choice) -> RosterEntry {
        RosterEntry {
            id: 7,
            creator: std::sync::Arc::new(RosterCreator {
                engagement: Some(0.035),
                ..RosterCreator::new(2, "anna", followers)
            }),
            choice,
        }
    }

    fn row(lang: Lang, entry: &RosterEntry) -> RosterRow {
        RosterRow::of(lang, entry, Platform::Instagram, &TierThresholds::default())
    }

    #[test]
    fn a_row_is_written_in_the_language_with_a_dash_for_what_the_file_left_out() {
        let en = row(Lang::En, &entry(12_500, Choice::Open));
        assert_eq!(en.key.name, "anna", "no name: the handle");
        assert_eq!(en.key.followers, "12,500");
        assert_eq!(en.key.engagement, "3.5%");
        assert_eq!(en.key.price, "—");
        assert_eq!(en.key.platform, "Instagram");
        assert_eq!(en.key.tier, Tier::Micro);
        let nl = row(Lang::Nl, &entry(12_500, Choice::Open));
        assert_eq!(nl.key.followers, "12.500");
        assert_ne!(en.key, nl.key, "a new language is new text");
    }

    #[test]
    fn the_key_follows_what_the_row_shows_and_not_its_choice() {
        let open = row(Lang::En, &entry(12_500, Choice::Open));
        let pinned = row(Lang::En, &entry(12_500, Choice::Pinned));
        assert_eq!(open.key, pinned.key, "the menu follows the choice in place");
        assert_ne!(open, pinned);
        let rows = [
            pinned,
            row(
                Lang::En,
                &RosterEntry {
                    id: 8,
                    ..entry(900, Choice::Excluded)
                },
            ),
        ];
        assert_eq!(choice_of(&rows, 7), Some(Choice::Pinned));
        assert_eq!(choice_of(&rows, 8), Some(Choice::Excluded));
        assert_eq!(choice_of(&rows, 9), None);
        let updated = row(Lang::En, &entry(250_000, Choice::Open));
        assert_ne!(
            open.key, updated.key,
            "a re-import's new figures rebuild the row"
        );
        assert_eq!(updated.key.tier, Tier::Macro);
    }
}
