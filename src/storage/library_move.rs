//! Campaigns saved before the creator library carried their own roster (`ros`); each roster
//! moves into the library once, and the campaign then keeps only its choices (`lch`).
//!
//! Invariants: nothing is lost. The library gets every creator with every field (merged by
//! the library's one rule), the campaign keeps every choice by key, and a campaign is
//! rewritten without its roster only after the library has it: the caller writes the library
//! first and calls [`mark_moved`] when that succeeded. A campaign that could not be rewritten
//! keeps its roster and moves again next time (merging the same creators again changes
//! nothing).

use super::local_store::StoreError;
use super::saved_campaigns::{self, SavedCampaign};
use super::store::Store;
use crate::i18n::Lang;
use crate::plan::PlanInput;
use crate::roster::RosterCreator;

/// Saved campaigns that still carry their own roster.
pub fn waiting(store: &impl Store, notation: Lang) -> Vec<SavedCampaign> {
    saved_campaigns::load_all(store, notation)
        .map(|loaded| loaded.campaigns)
        .unwrap_or_default()
        .into_iter()
        .filter(|c| c.plan.roster_embedded)
        .collect()
}

/// The creators of a form's own roster as the library keeps them: each on its platform, or
/// the campaign's.
#[must_use]
pub fn creators_of(input: &PlanInput) -> Vec<RosterCreator> {
    input
        .roster
        .0
        .entries()
        .iter()
        .map(|e| {
            let mut c = RosterCreator::clone(&e.creator);
            c.platform = Some(c.platform.unwrap_or(input.platform));
            c
        })
        .collect()
}

/// Saves `campaign` without its roster, once the library has it (its choices stay).
pub fn mark_moved(store: &impl Store, campaign: &SavedCampaign) -> Result<(), StoreError> {
    let mut moved = campaign.clone();
    moved.plan.roster_embedded = false;
    moved.plan.roster = Default::default();
    saved_campaigns::save(store, &moved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::{Library, candidates, filter_of};
    use crate::storage::store::Memory;
    use micromacro_engine::{Choice, Platform};

    /// A campaign of the previous release: its roster inside it, one creator excluded, one
    /// with every field, one on another platform.
    const OLD: &str = r#"{"v":1,"id":"old1","updated":1732170000000,"plan":{"v":1,"name":"Voorjaar","cur":"EUR","obj":"community","pf":"instagram","geo":"international","niche":"deep","risk":"low","style":"authentic","budget":2500,"hcost":45,"weeks":26,"cr":[{"n":"@bram","pf":"instagram","f":12000}],"ros":[{"h":"lisa.bakes","n":"Lisa","pf":"instagram","f":42900,"e":0.1185,"p":1250.5,"cur":"EUR","c":"NL","ni":"baking","fk":0.05,"cv":0.02,"k":2},{"h":"bram","f":12000,"ch":"excluded"},{"h":"tik","pf":"tiktok","f":5000,"ch":"pinned"}]}}"#;

    #[test]
    fn an_embedded_roster_moves_into_the_library_once_and_losslessly() {
        let store = Memory::default();
        store.write("micromacro:campaign:old1", OLD).unwrap();
        let waiting = waiting(&store, Lang::En);
        assert_eq!(waiting.len(), 1);
        let campaign = &waiting[0];
        let before: Vec<(RosterCreator, Choice)> = campaign
            .plan
            .roster
            .0
            .entries()
            .iter()
            .map(|e| (RosterCreator::clone(&e.creator), e.choice))
            .collect();

        let mut library = Library::default();
        let (report, _) = library.merge(creators_of(&campaign.plan), campaign.plan.platform);
        assert_eq!(report.new, 3);
        mark_moved(&store, campaign).unwrap();

        // Moved once: the record no longer carries the roster, only the choices.
        assert!(super::waiting(&store, Lang::En).is_empty());
        let raw = store.read("micromacro:campaign:old1").unwrap().unwrap();
        assert!(!raw.contains("\"ros\""), "{raw}");
        assert!(raw.contains(r#""lch":[{"h":"bram","pf":"instagram","ch":"excluded"},{"h":"tik","pf":"tiktok","ch":"pinned"}]"#), "{raw}");

        // Every creator and every choice comes back from the library.
        let reopened = saved_campaigns::load(&store, "old1", Lang::En).unwrap();
        let roster = candidates(
            &library,
            &filter_of(&reopened.plan),
            &reopened.plan.library_choices,
        )
        .roster;
        assert_eq!(roster.len(), before.len());
        for (creator, choice) in before {
            let entry = roster
                .entries()
                .iter()
                .find(|e| e.creator.handle == creator.handle)
                .expect("every creator is a candidate again");
            let mut expected = creator.clone();
            expected.platform = Some(creator.platform.unwrap_or(Platform::Instagram));
            expected.line = 0;
            assert_eq!(*entry.creator, expected);
            assert_eq!(entry.choice, choice, "{}", creator.handle);
        }
        // The campaign's own fields are untouched.
        assert_eq!(
            (reopened.plan.name.as_str(), reopened.updated_ms),
            ("Voorjaar", 1_732_170_000_000.0)
        );
        assert_eq!(reopened.plan.creators, campaign.plan.creators);
    }

    #[test]
    fn a_campaign_that_cannot_be_rewritten_keeps_its_roster() {
        let store = Memory::default();
        store.write("micromacro:campaign:old1", OLD).unwrap();
        let campaign = waiting(&store, Lang::En).remove(0);
        store.full.set(true);
        assert_eq!(
            mark_moved(&store, &campaign),
            Err(StoreError::QuotaExceeded)
        );
        store.full.set(false);
        assert_eq!(
            waiting(&store, Lang::En).len(),
            1,
            "it moves again next time"
        );
    }
}
