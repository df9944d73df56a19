//! What the user does to saved campaigns, as plain code over any [`Store`]: save a plan
//! (never silently over a newer version from another tab), duplicate, rename, delete and
//! undo, and import a backup file. Components only ask the user and show the outcome.
//!
//! Invariants:
//! - A save never replaces a version saved elsewhere (another tab or window) after this one
//!   was loaded or saved, unless the caller says the user agreed ([`Overwrite::Always`]).
//! - Every change to a campaign (a save, a rename) moves its saved time, so other tabs see it
//!   as newer; a duplicate is a new campaign with a fresh id.
//! - A deletion returns exactly what was stored, so undo puts back the same bytes.
//! - An import saves what it can and stops at the first refused write, saying which; what it
//!   skipped (duplicates) and rejected (unreadable entries, with their reasons) is counted.

use super::backup::{self, BackupError};
use super::local_store::StoreError;
use super::saved_campaigns::{self, RecordError, SavedCampaign};
use super::store::Store;
use crate::i18n::Lang;
use crate::plan::PlanInput;

/// Whether a save may replace a version saved elsewhere since.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overwrite {
    /// Only when the stored version is not newer than the one this tab knows.
    IfUnchanged,
    /// Always: the user has agreed to replace the other version.
    Always,
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// The campaign was saved elsewhere at `theirs_ms`, after this tab's version.
    Conflict {
        /// When the other version was saved (ms since 1970).
        theirs_ms: f64,
    },
    /// The store refused the write.
    Store(StoreError),
}

/// Saves `plan` as campaign `id` at `now_ms`. `known_ms` is when this tab last loaded or
/// saved it (`None` for a campaign this tab has not saved yet).
pub fn save_plan(
    store: &impl Store,
    id: &str,
    plan: PlanInput,
    known_ms: Option<f64>,
    now_ms: f64,
    overwrite: Overwrite,
) -> Result<SavedCampaign, SaveError> {
    if overwrite == Overwrite::IfUnchanged
        && let Some(mine) = known_ms
        && let Some(stored) = saved_campaigns::load(store, id, plan.notation)
        && stored.updated_ms > mine
    {
        return Err(SaveError::Conflict {
            theirs_ms: stored.updated_ms,
        });
    }
    let campaign = SavedCampaign {
        id: id.to_owned(),
        updated_ms: now_ms,
        plan,
    };
    saved_campaigns::save(store, &campaign).map_err(SaveError::Store)?;
    Ok(campaign)
}

/// Saves a copy of `campaign` named `name`, under the fresh id `new_id`.
pub fn duplicate(
    store: &impl Store,
    campaign: &SavedCampaign,
    name: String,
    new_id: String,
    now_ms: f64,
) -> Result<SavedCampaign, StoreError> {
    let copy = SavedCampaign {
        id: new_id,
        updated_ms: now_ms,
        plan: PlanInput {
            name,
            ..campaign.plan.clone()
        },
    };
    saved_campaigns::save(store, &copy)?;
    Ok(copy)
}

/// Renames `campaign` (surrounding spaces dropped).
pub fn rename(
    store: &impl Store,
    campaign: &SavedCampaign,
    name: &str,
    now_ms: f64,
) -> Result<SavedCampaign, StoreError> {
    let renamed = SavedCampaign {
        id: campaign.id.clone(),
        updated_ms: now_ms,
        plan: PlanInput {
            name: name.trim().to_owned(),
            ..campaign.plan.clone()
        },
    };
    saved_campaigns::save(store, &renamed)?;
    Ok(renamed)
}

/// A campaign deleted a moment ago, kept so the deletion can be undone.
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    /// Its id.
    pub id: String,
    /// Its name, to say what was deleted.
    pub name: String,
    /// Exactly what was stored.
    raw: String,
}

/// Deletes `campaign`; `None` when it was already gone (deleted in another tab).
pub fn delete(store: &impl Store, campaign: &SavedCampaign) -> Result<Option<Deleted>, StoreError> {
    Ok(
        saved_campaigns::delete(store, &campaign.id)?.map(|raw| Deleted {
            id: campaign.id.clone(),
            name: campaign.plan.name.clone(),
            raw,
        }),
    )
}

/// Puts back a deleted campaign as it was stored.
pub fn undo(store: &impl Store, deleted: &Deleted) -> Result<(), StoreError> {
    saved_campaigns::restore(store, &deleted.id, &deleted.raw)
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    /// Campaigns saved.
    pub imported: usize,
    /// Entries identical to a campaign already saved (skipped).
    pub duplicates: usize,
    /// Entries that could not be read: position in the file (1-based) and why.
    pub rejected: Vec<(usize, RecordError)>,
    /// The write that was refused, after which nothing more was saved.
    pub failed: Option<StoreError>,
    /// The creators of the file's library, for the library to merge (the browser's database
    /// is written by the caller).
    pub library: Vec<crate::roster::RosterCreator>,
    /// Creators of the file's library that could not be read.
    pub library_rejected: usize,
}

/// Imports a backup file into `store`, merging with what is saved there (see
/// [`backup::import`]); `new_id` gives a fresh id where an id is taken.
pub fn import(
    store: &impl Store,
    raw: &str,
    notation: Lang,
    new_id: impl FnMut() -> String,
) -> Result<Imported, BackupError> {
    // Where nothing can be listed nothing can be saved either: the first write says why.
    let existing = saved_campaigns::load_all(store, notation)
        .map(|loaded| loaded.campaigns)
        .unwrap_or_default();
    let report = backup::import(raw, &existing, notation, new_id)?;
    let mut imported = Imported {
        duplicates: report.duplicates,
        rejected: report.rejected,
        library: report.library,
        library_rejected: report.library_rejected,
        ..Imported::default()
    };
    for campaign in &report.to_save {
        if let Err(error) = saved_campaigns::save(store, campaign) {
            imported.failed = Some(error);
            break;
        }
        imported.imported += 1;
    }
    if report.calibration
        && imported.failed.is_none()
        && let Err(error) = super::calibration_setting::save(store, true)
    {
        imported.failed = Some(error);
    }
    Ok(imported)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::store::Memory;

    fn plan(name: &str) -> PlanInput {
        PlanInput {
            name: name.into(),
            ..PlanInput::default()
        }
    }

    fn saved(store: &Memory, id: &str, name: &str, at: f64) -> SavedCampaign {
        save_plan(store, id, plan(name), None, at, Overwrite::IfUnchanged).unwrap()
    }

    fn names(store: &Memory) -> Vec<(String, String)> {
        saved_campaigns::load_all(store, Lang::En)
            .unwrap()
            .campaigns
            .into_iter()
            .map(|c| (c.id, c.plan.name))
            .collect()
    }

    #[test]
    fn a_save_over_a_newer_version_from_another_tab_is_a_conflict() {
        let store = Memory::default();
        saved(&store, "a", "Mine", 100.0);
        // Another tab saves at 200; this tab still knows the version of 100.
        saved(&store, "a", "Theirs", 200.0);
        assert_eq!(
            save_plan(
                &store,
                "a",
                plan("Mine again"),
                Some(100.0),
                300.0,
                Overwrite::IfUnchanged
            ),
            Err(SaveError::Conflict { theirs_ms: 200.0 })
        );
        assert_eq!(names(&store), vec![("a".into(), "Theirs".into())]);
        // The user agrees to replace it.
        let kept = save_plan(
            &store,
            "a",
            plan("Mine again"),
            Some(100.0),
            300.0,
            Overwrite::Always,
        )
        .unwrap();
        assert_eq!(kept.updated_ms, 300.0);
        assert_eq!(names(&store), vec![("a".into(), "Mine again".into())]);
        // Saving on top of the version this tab knows is no conflict.
        assert!(
            save_plan(
                &store,
                "a",
                plan("Next"),
                Some(300.0),
                400.0,
                Overwrite::IfUnchanged
            )
            .is_ok()
        );
    }

    #[test]
    fn a_refused_save_keeps_the_stored_version() {
        let store = Memory::default();
        saved(&store, "a", "Stored", 100.0);
        store.full.set(true);
        assert_eq!(
            save_plan(
                &store,
                "a",
                plan("New"),
                Some(100.0),
                200.0,
                Overwrite::IfUnchanged
            ),
            Err(SaveError::Store(StoreError::QuotaExceeded))
        );
        assert_eq!(names(&store), vec![("a".into(), "Stored".into())]);
    }

    #[test]
    fn duplicate_and_rename_are_newer_versions() {
        let store = Memory::default();
        let original = saved(&store, "a", "Spring", 100.0);
        let copy = duplicate(&store, &original, "Spring (copy)".into(), "b".into(), 200.0).unwrap();
        assert_eq!((copy.id.as_str(), copy.updated_ms), ("b", 200.0));
        let renamed = rename(&store, &original, "  Summer ", 300.0).unwrap();
        assert_eq!(renamed.plan.name, "Summer");
        // A tab that had the campaign open before the rename must not overwrite it silently.
        assert!(matches!(
            save_plan(
                &store,
                "a",
                plan("Spring"),
                Some(100.0),
                400.0,
                Overwrite::IfUnchanged
            ),
            Err(SaveError::Conflict { .. })
        ));
        assert_eq!(
            names(&store),
            vec![
                ("a".into(), "Summer".into()),
                ("b".into(), "Spring (copy)".into())
            ]
        );
    }

    #[test]
    fn undo_puts_back_exactly_what_was_deleted() {
        let store = Memory::default();
        let campaign = saved(&store, "a", "Spring", 100.0);
        let before = store.entries();
        let deleted = delete(&store, &campaign).unwrap().expect("it was there");
        assert_eq!(deleted.name, "Spring");
        assert!(names(&store).is_empty());
        // Deleted in another tab meanwhile: nothing to undo.
        assert_eq!(delete(&store, &campaign), Ok(None));
        undo(&store, &deleted).unwrap();
        assert_eq!(store.entries(), before);
    }

    #[test]
    fn an_import_brings_results_and_switches_calibration_on_when_the_file_says_so() {
        let store = Memory::default();
        let mut ran = plan("Ran");
        ran.set_result("@anna", crate::results::Figure::Reach, "900".to_owned());
        let one = SavedCampaign {
            id: "r".into(),
            updated_ms: 1.0,
            plan: ran.clone(),
        };
        let file = backup::export(std::slice::from_ref(&one), &[], true, 5.0);
        assert!(!super::super::calibration_setting::load(&store));
        let imported = import(&store, &file, Lang::En, || unreachable!()).unwrap();
        assert_eq!((imported.imported, imported.failed), (1, None));
        assert!(super::super::calibration_setting::load(&store));
        let back = saved_campaigns::load_all(&store, Lang::En)
            .unwrap()
            .campaigns;
        assert_eq!(back[0].plan.results, ran.results);
    }

    #[test]
    fn an_import_merges_and_stops_at_a_refused_write() {
        let store = Memory::default();
        let one = saved(&store, "a", "One", 100.0);
        let file = backup::export(
            &[
                one.clone(),
                SavedCampaign {
                    plan: plan("Changed elsewhere"),
                    ..one.clone()
                },
                SavedCampaign {
                    id: "c".into(),
                    plan: plan("Three"),
                    ..one.clone()
                },
            ],
            &[],
            false,
            5.0,
        );
        let mut ids = ["fresh".to_owned()].into_iter();
        let imported = import(&store, &file, Lang::En, || ids.next().unwrap()).unwrap();
        assert_eq!((imported.imported, imported.duplicates), (2, 1));
        assert_eq!(imported.failed, None);
        assert_eq!(names(&store).len(), 3);

        let full = Memory::default();
        full.full.set(true);
        let imported = import(&full, &file, Lang::En, || "new".to_owned()).unwrap();
        assert_eq!(imported.imported, 0);
        assert_eq!(imported.failed, Some(StoreError::QuotaExceeded));
        assert_eq!(
            import(&store, "[]", Lang::En, || unreachable!()),
            Err(BackupError::NotABackup)
        );
    }
}
