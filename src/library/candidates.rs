//! A campaign's candidates: the library's creators that fit the brief (its platform; its
//! country, unless the campaign is international; the niche typed, if any), plus every creator
//! the user pinned, each with the user's choice for this campaign.
//!
//! Invariants: a pinned creator of the library is always a candidate, whatever the filter;
//! at most [`MAX_ROSTER`] candidates (pins first, then the library's order), and how many fit
//! the filter is reported so the cut is never silent.

use micromacro_engine::case_fold::fold;
use micromacro_engine::{Choice, Country, GeoScope, Platform};

use super::{CreatorKey, Library};
use crate::plan::{MAX_ROSTER, PlanInput, RosterState};
use crate::roster::RosterCreator;

/// Which of the library's creators a campaign considers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    /// The brief's platform.
    pub platform: Platform,
    /// The audience's country; `None`: any (an international campaign).
    pub country: Option<Country>,
    /// Text the creator's niche must contain (case ignored); empty: any niche.
    pub niche: String,
}

impl Filter {
    /// True when `creator` (kept in the library, so with its platform) fits.
    #[must_use]
    pub fn fits(&self, creator: &RosterCreator, niche: &str) -> bool {
        creator.platform == Some(self.platform)
            && self.country.is_none_or(|wanted| {
                creator
                    .country
                    .as_deref()
                    .and_then(super::country::read)
                    .is_none_or(|c| c == wanted)
            })
            && (niche.is_empty()
                || creator
                    .niche
                    .as_deref()
                    .is_some_and(|n| fold(n).contains(niche)))
    }
}

/// The filter of a campaign's form: its platform, its country unless it is international,
/// its niche text.
#[must_use]
pub fn filter_of(input: &PlanInput) -> Filter {
    Filter {
        platform: input.platform,
        country: (input.geography != GeoScope::International).then_some(input.country),
        niche: input.library_niche.clone(),
    }
}

/// The candidates of a campaign.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Candidates {
    /// The candidates as the planner's roster, each with the campaign's choice.
    pub roster: RosterState,
    /// Library creators that fit the filter (pins included), before the cap.
    pub matching: usize,
}

/// The candidates for `filter` with the campaign's `choices` (see the module docs).
#[must_use]
pub fn candidates(
    library: &Library,
    filter: &Filter,
    choices: &[(CreatorKey, Choice)],
) -> Candidates {
    let niche = fold(filter.niche.trim());
    // Each choice at its creator's place in the library, found through the library's index
    // rather than by working out every creator's key; a choice of a creator the library does
    // not hold applies to no one, and of two choices of one creator the last counts.
    let mut chosen: Vec<Option<Choice>> = Vec::new();
    if !choices.is_empty() {
        chosen.resize(library.len(), None);
        for (key, choice) in choices {
            if let Some(&i) = library.index.get(key) {
                chosen[i] = Some(*choice);
            }
        }
    }
    let choice_at = |i: usize| chosen.get(i).copied().flatten();
    let mut entries: Vec<(RosterCreator, Choice)> =
        Vec::with_capacity(MAX_ROSTER.min(library.len()));
    let mut matching = 0;
    // Pins first: they are candidates whatever the filter, and come before the cap.
    for (i, creator) in library.creators().iter().enumerate() {
        if choice_at(i) == Some(Choice::Pinned) {
            matching += 1;
            entries.push((creator.clone(), Choice::Pinned));
        }
    }
    for (i, creator) in library.creators().iter().enumerate() {
        let choice = choice_at(i);
        if choice == Some(Choice::Pinned) || !filter.fits(creator, &niche) {
            continue;
        }
        matching += 1;
        if entries.len() < MAX_ROSTER {
            entries.push((creator.clone(), choice.unwrap_or(Choice::Open)));
        }
    }
    entries.truncate(MAX_ROSTER);
    Candidates {
        roster: RosterState::from_entries(entries),
        matching,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn creator(
        handle: &str,
        platform: Platform,
        country: Option<&str>,
        niche: Option<&str>,
    ) -> RosterCreator {
        let mut c = RosterCreator::new(0, handle, 20_000);
        c.platform = Some(platform);
        c.country = country.map(str::to_owned);
        c.niche = niche.map(str::to_owned);
        c
    }

    fn library() -> Library {
        Library::from_creators(vec![
            creator(
                "anna",
                Platform::Instagram,
                Some("NL"),
                Some("Food & baking"),
            ),
            creator(
                "ben",
                Platform::Instagram,
                Some("Deutschland"),
                Some("Food"),
            ),
            creator("cas", Platform::Instagram, None, Some("Fitness")),
            creator("dora", Platform::TikTok, Some("NL"), Some("Food")),
            creator("eva", Platform::Instagram, Some("somewhere"), None),
        ])
    }

    fn handles(c: &Candidates) -> Vec<&str> {
        c.roster
            .entries()
            .iter()
            .map(|e| e.creator.handle.as_str())
            .collect()
    }

    #[test]
    fn the_brief_filters_the_library() {
        let library = library();
        let national = Filter {
            platform: Platform::Instagram,
            country: Some(Country::Nl),
            niche: String::new(),
        };
        let c = candidates(&library, &national, &[]);
        assert_eq!(
            handles(&c),
            ["anna", "cas", "eva"],
            "unknown countries are kept"
        );
        assert_eq!(c.matching, 3);
        let food = Filter {
            niche: " FOOD ".into(),
            ..national.clone()
        };
        assert_eq!(handles(&candidates(&library, &food, &[])), ["anna"]);
        let international = Filter {
            country: None,
            ..food
        };
        assert_eq!(
            handles(&candidates(&library, &international, &[])),
            ["anna", "ben"]
        );
    }

    #[test]
    fn pins_stay_whatever_the_filter_and_choices_carry_over() {
        let library = library();
        let filter = Filter {
            platform: Platform::Instagram,
            country: Some(Country::Nl),
            niche: "fitness".into(),
        };
        let choices = [
            (CreatorKey::new(Platform::TikTok, "dora"), Choice::Pinned),
            (
                CreatorKey::new(Platform::Instagram, "cas"),
                Choice::Excluded,
            ),
            (
                CreatorKey::new(Platform::Instagram, "nobody"),
                Choice::Pinned,
            ),
        ];
        let c = candidates(&library, &filter, &choices);
        assert_eq!(handles(&c), ["dora", "cas"]);
        let choices: Vec<Choice> = c.roster.entries().iter().map(|e| e.choice).collect();
        assert_eq!(choices, [Choice::Pinned, Choice::Excluded]);
    }

    #[test]
    fn the_cap_is_counted() {
        let many: Vec<_> = (0..MAX_ROSTER + 5)
            .map(|i| creator(&format!("c{i}"), Platform::Instagram, None, None))
            .collect();
        let library = Library::from_creators(many);
        let filter = Filter {
            platform: Platform::Instagram,
            country: None,
            niche: String::new(),
        };
        let last = CreatorKey::new(Platform::Instagram, &format!("c{}", MAX_ROSTER + 4));
        let c = candidates(&library, &filter, &[(last, Choice::Pinned)]);
        assert_eq!((c.roster.len(), c.matching), (MAX_ROSTER, MAX_ROSTER + 5));
        assert_eq!(
            c.roster.entries()[0].choice,
            Choice::Pinned,
            "pins come first"
        );
    }
}
