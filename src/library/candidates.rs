//! A campaign's candidates: the library's creators that fit the brief (its platform; its
//! country, unless the campaign is international; the niche typed, if any), plus every creator
//! the user pinned, each with the user's choice for this campaign.
//!
//! Invariants: a pinned creator of the library is always a candidate, whatever the filter;
//! at most [`MAX_ROSTER`] candidates, in the library's order (a cut leaves out creators that
//! fit, never a pin), and how many fit the filter is reported so the cut is never silent. A
//! choice never moves a candidate: below the cap, choosing for a creator that fits changes
//! that candidate's choice and nothing else ([`follows_choices`]).

use micromacro_engine::case_fold::{contains_folded, fold};
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
                    .is_some_and(|n| contains_folded(n, niche)))
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
    /// Where each candidate is in the library ([`Library::creators`]), in roster order
    /// (increasing).
    pub sources: Vec<usize>,
}

/// Each chosen creator's choice by its place in the library (`None`: no choice). A choice of
/// a creator the library does not hold applies to no one, and of two choices of one creator
/// the last counts. Found through the library's index rather than by working out every
/// creator's key.
fn chosen(library: &Library, choices: &[(CreatorKey, Choice)]) -> Vec<Option<Choice>> {
    let mut chosen: Vec<Option<Choice>> = Vec::new();
    if !choices.is_empty() {
        chosen.resize(library.len(), None);
        for (key, choice) in choices {
            if let Some(&i) = library.index.get(key) {
                chosen[i] = Some(*choice);
            }
        }
    }
    chosen
}

/// The candidates for `filter` with the campaign's `choices` (see the module docs).
#[must_use]
pub fn candidates(
    library: &Library,
    filter: &Filter,
    choices: &[(CreatorKey, Choice)],
) -> Candidates {
    let niche = fold(filter.niche.trim());
    let chosen = chosen(library, choices);
    let choice_at = |i: usize| chosen.get(i).copied().flatten();
    let pins = chosen
        .iter()
        .filter(|c| **c == Some(Choice::Pinned))
        .count();
    // What the cap leaves for creators that fit without a pin.
    let mut room = MAX_ROSTER.saturating_sub(pins);
    let mut entries: Vec<(RosterCreator, Choice)> =
        Vec::with_capacity(MAX_ROSTER.min(library.len()));
    let mut sources = Vec::with_capacity(entries.capacity());
    let mut matching = 0;
    for (i, creator) in library.creators().iter().enumerate() {
        let choice = choice_at(i);
        let pinned = choice == Some(Choice::Pinned);
        if !pinned && !filter.fits(creator, &niche) {
            continue;
        }
        matching += 1;
        if entries.len() < MAX_ROSTER && (pinned || room > 0) {
            room -= usize::from(!pinned);
            entries.push((creator.clone(), choice.unwrap_or(Choice::Open)));
            sources.push(i);
        }
    }
    Candidates {
        roster: RosterState::from_entries(entries),
        matching,
        sources,
    }
}

/// Whether `roster`, once the candidates of `library` for `filter` with the choices `before`
/// (`matching` and `sources` as [`Candidates`] gave them), is the candidates with the choices
/// `after` as it stands: true when every creator whose choice changed fits the filter (so it
/// is a candidate either way, at the same place), the cap did not bind, and the roster
/// carries each new choice (set in place by [`crate::plan::choose`]). Then the candidates need
/// not be worked out again.
#[must_use]
pub fn follows_choices(
    roster: &RosterState,
    (matching, sources): (usize, &[usize]),
    library: &Library,
    filter: &Filter,
    before: &[(CreatorKey, Choice)],
    after: &[(CreatorKey, Choice)],
) -> bool {
    if matching > MAX_ROSTER || roster.len() != sources.len() {
        return false;
    }
    let niche = fold(filter.niche.trim());
    let (before, after) = (chosen(library, before), chosen(library, after));
    let changed = (0..library.len())
        .filter(|&i| before.get(i).copied().flatten() != after.get(i).copied().flatten());
    let entries = roster.entries();
    for i in changed {
        let creator = &library.creators()[i];
        let Ok(at) = sources.binary_search(&i) else {
            return false;
        };
        let entry = &entries[at];
        if !filter.fits(creator, &niche)
            || *entry.creator != *creator
            || entry.choice != after.get(i).copied().flatten().unwrap_or(Choice::Open)
        {
            return false;
        }
    }
    true
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
        assert_eq!(handles(&c), ["cas", "dora"], "in the library's order");
        let choices: Vec<Choice> = c.roster.entries().iter().map(|e| e.choice).collect();
        assert_eq!(choices, [Choice::Excluded, Choice::Pinned]);
        // The library keeps its creators in key order: Instagram's, then TikTok's.
        assert_eq!(c.sources, [2, 4]);
    }

    /// Pins `handle` on Instagram in `roster` in place, as the roster's menu does.
    fn pin_in_place(roster: &mut RosterState, handle: &str, choice: Choice) {
        let id = roster
            .entries()
            .iter()
            .find(|e| e.creator.handle == handle)
            .map(|e| e.id)
            .expect("a candidate");
        roster.set_choice(id, choice);
    }

    #[test]
    fn a_choice_set_in_place_on_a_creator_that_fits_is_the_candidates_with_it() {
        let library = library();
        let filter = Filter {
            platform: Platform::Instagram,
            country: Some(Country::Nl),
            niche: String::new(),
        };
        let before = [(
            CreatorKey::new(Platform::Instagram, "eva"),
            Choice::Excluded,
        )];
        let c = candidates(&library, &filter, &before);
        assert_eq!(handles(&c), ["anna", "cas", "eva"]);
        let found = (c.matching, c.sources.as_slice());
        let follows = |roster: &RosterState, after: &[(CreatorKey, Choice)]| {
            follows_choices(roster, found, &library, &filter, &before, after)
        };
        assert!(follows(&c.roster, &before), "nothing changed");
        // Pinning a creator that fits, in place: what the candidates would be.
        let mut roster = c.roster.clone();
        pin_in_place(&mut roster, "cas", Choice::Pinned);
        let after = [
            before[0].clone(),
            (CreatorKey::new(Platform::Instagram, "cas"), Choice::Pinned),
        ];
        assert!(follows(&roster, &after));
        assert_eq!(roster, candidates(&library, &filter, &after).roster);
        // The choice not yet on the roster; a choice of a creator that does not fit (it would
        // join or leave); a choice taken back.
        assert!(!follows(&c.roster, &after), "the roster does not carry it");
        let ben = [(CreatorKey::new(Platform::Instagram, "ben"), Choice::Pinned)];
        assert!(!follows(&c.roster, &[before[0].clone(), ben[0].clone()]));
        let mut reopened = c.roster.clone();
        pin_in_place(&mut reopened, "eva", Choice::Open);
        assert!(follows(&reopened, &[]));
        assert_eq!(reopened, candidates(&library, &filter, &[]).roster);
        // Another roster than the one worked out.
        assert!(!follows(
            &candidates(&library, &filter, &ben).roster,
            &before
        ));
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
        // Last in the library's key order, so past the cut without its pin.
        let last = CreatorKey::new(Platform::Instagram, "c9999");
        let c = candidates(&library, &filter, &[(last.clone(), Choice::Pinned)]);
        assert_eq!((c.roster.len(), c.matching), (MAX_ROSTER, MAX_ROSTER + 5));
        // The pin is kept wherever it is in the library: the cut leaves out creators that fit.
        let pinned: Vec<&str> = c
            .roster
            .entries()
            .iter()
            .filter(|e| e.choice == Choice::Pinned)
            .map(|e| e.creator.handle.as_str())
            .collect();
        assert_eq!(pinned, ["c9999"]);
        assert_eq!(c.sources.last(), Some(&(MAX_ROSTER + 4)));
        // Over the cap a choice can change who is cut: the candidates are worked out again.
        assert!(!follows_choices(
            &c.roster,
            (c.matching, &c.sources),
            &library,
            &filter,
            &[(last, Choice::Pinned)],
            &[],
        ));
    }
}
