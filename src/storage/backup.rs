//! Export and import of every saved campaign as one JSON file.
//!
//! File format 1: `{"app":"micromacro","v":1,"exported":<ms>,"campaigns":[<record>…]}`
//! where each record is exactly what [`saved_campaigns`]
//! stores (results included), so an export is the storage, and old exports import forever.
//! An optional `"calibration":true` says the user had their own benchmarks switched on
//! ([`calibration_setting`](super::calibration_setting)); importing such a file switches them on.
//! An optional `"library":[<creator>…]` holds the creator library, each creator a library
//! record (`crate::format::library`, without its `v`); importing merges it into the library by
//! the library's one rule (`crate::library::Library::merge`).
//!
//! Importing merges: a campaign identical to one already saved is skipped as
//! a duplicate; one with a known id but different content is added under a
//! new id (both kept, nothing overwritten); an entry that cannot be read is
//! rejected with its reason, and the others still import.

use super::saved_campaigns::{self, RecordError, SavedCampaign};
use crate::format::record::{self, VersionError};
use crate::i18n::Lang;
use crate::json::{self, Object, Value};

/// The newest file format this app writes and reads.
pub const VERSION: u32 = 1;

/// The largest file accepted, checked before parsing (a full library and hundreds of
/// campaigns).
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;

/// Why a file could not be imported at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    /// Larger than [`MAX_FILE_BYTES`].
    #[error("the file is too large")]
    TooLarge,
    /// Not a Micro·Macro export.
    #[error("not a Micro·Macro export")]
    NotABackup,
    /// Made by a newer version.
    #[error("made by a newer version (format {0})")]
    FutureVersion(u64),
}

/// What an import would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    /// Campaigns to save (new ids where an id was taken).
    pub to_save: Vec<SavedCampaign>,
    /// Entries identical to a campaign already saved.
    pub duplicates: usize,
    /// Entries that could not be read: position in the file (1-based) and why.
    pub rejected: Vec<(usize, RecordError)>,
    /// Whether the file says the user's own benchmarks were switched on.
    pub calibration: bool,
    /// The creators of the file's library that read.
    pub library: Vec<crate::roster::RosterCreator>,
    /// Creators of the file's library that could not be read.
    pub library_rejected: usize,
}

/// The export file for `campaigns` and the creator `library`, with whether `calibration` is on.
pub fn export(
    campaigns: &[SavedCampaign],
    library: &[crate::roster::RosterCreator],
    calibration: bool,
    now_ms: f64,
) -> String {
    let mut file = Object::new();
    file.insert("app", "micromacro");
    file.insert("v", VERSION);
    file.insert("exported", now_ms);
    if calibration {
        file.insert("calibration", true);
    }
    let records = campaigns
        .iter()
        .map(saved_campaigns::to_value)
        .collect::<Vec<_>>();
    file.insert("campaigns", records);
    // Values of `'static` life, in a list of the object's own (`Object` is invariant).
    let creators: Vec<Value<'_>> = library
        .iter()
        .map(|c| crate::format::campaign::creator_value(c))
        .collect();
    file.insert_items("library", creators);
    json::to_string_pretty(&file.into())
}

/// Reads an export and decides, against the `existing` campaigns, what to
/// save. `new_id` gives a fresh id for an entry whose id is taken.
pub fn import(
    raw: &str,
    existing: &[SavedCampaign],
    notation: Lang,
    mut new_id: impl FnMut() -> String,
) -> Result<ImportReport, BackupError> {
    if raw.len() > MAX_FILE_BYTES {
        return Err(BackupError::TooLarge);
    }
    let head = json::parse(raw).map_err(|_| BackupError::NotABackup)?;
    if head.get("app").and_then(Value::as_str) != Some("micromacro") {
        return Err(BackupError::NotABackup);
    }
    match record::version_of(&head, VERSION) {
        Ok(_) => {}
        Err(VersionError::Future(v)) => return Err(BackupError::FutureVersion(v)),
        Err(VersionError::NotARecord) => return Err(BackupError::NotABackup),
    }
    // An export always says when it was made; without that, or its list, it is not one.
    if head.get("exported").and_then(Value::as_f64).is_none() {
        return Err(BackupError::NotABackup);
    }
    let campaigns = head
        .get("campaigns")
        .and_then(Value::as_array)
        .ok_or(BackupError::NotABackup)?;
    let mut report = ImportReport {
        calibration: head.get("calibration").and_then(Value::as_bool) == Some(true),
        ..ImportReport::default()
    };
    for (row, creator) in head
        .get("library")
        .and_then(Value::as_array)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        match crate::format::campaign::read_creator(creator, "library", row) {
            Ok(c) if c.platform.is_some() => report.library.push(c),
            _ => report.library_rejected += 1,
        }
    }
    let taken: Vec<&str> = existing.iter().map(|c| c.id.as_str()).collect();
    let mut new_ids = Vec::new();
    for (index, record) in campaigns.iter().enumerate() {
        let campaign = match saved_campaigns::decode_value(record, notation) {
            Ok(campaign) => campaign,
            Err(error) => {
                report.rejected.push((index + 1, error));
                continue;
            }
        };
        let same_plan = |c: &SavedCampaign| c.plan == campaign.plan;
        if existing.iter().any(same_plan) || report.to_save.iter().any(same_plan) {
            report.duplicates += 1;
            continue;
        }
        let mut campaign = campaign;
        if taken.contains(&campaign.id.as_str()) || new_ids.contains(&campaign.id) {
            campaign.id = new_id();
        }
        new_ids.push(campaign.id.clone());
        report.to_save.push(campaign);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::PlanInput;

    fn campaign(id: &str, name: &str) -> SavedCampaign {
        SavedCampaign {
            id: id.into(),
            updated_ms: 1_000.0,
            plan: PlanInput {
                name: name.into(),
                ..PlanInput::default()
            },
        }
    }

    #[test]
    fn an_export_imports_into_an_empty_browser() {
        let saved = vec![campaign("a", "One"), campaign("b", "Two")];
        let report = import(
            &export(&saved, &[], false, 5.0),
            &[],
            Lang::En,
            || unreachable!(),
        )
        .unwrap();
        assert_eq!(report.to_save, saved);
        assert_eq!((report.duplicates, report.rejected.len()), (0, 0));
        assert!(!report.calibration);
    }

    #[test]
    fn results_and_the_calibration_setting_travel_in_the_backup() {
        let mut with_results = campaign("r", "Ran");
        with_results
            .plan
            .set_result("@anna", crate::results::Figure::Reach, "12500".to_owned());
        let file = export(std::slice::from_ref(&with_results), &[], true, 5.0);
        assert!(file.contains(r#""calibration": true"#), "{file}");
        let report = import(&file, &[], Lang::En, || unreachable!()).unwrap();
        assert_eq!(report.to_save, vec![with_results]);
        assert!(report.calibration);
    }

    #[test]
    fn the_library_travels_in_the_backup() {
        use crate::roster::RosterCreator;
        use micromacro_engine::Platform;
        let mut lisa = RosterCreator::new(0, "lisa.bakes", 48_000);
        lisa.platform = Some(Platform::Instagram);
        lisa.country = Some("NL".into());
        let mut bram = RosterCreator::new(0, "bram", 12_000);
        bram.platform = Some(Platform::TikTok);
        let file = export(
            &[campaign("a", "One")],
            &[lisa.clone(), bram.clone()],
            false,
            5.0,
        );
        let report = import(&file, &[], Lang::En, || unreachable!()).unwrap();
        assert_eq!(report.library, [lisa, bram]);
        assert_eq!(report.library_rejected, 0);
        // A damaged creator is counted; the rest import.
        let damaged = file.replacen(r#""f": 12000"#, r#""f": -1"#, 1);
        assert_ne!(
            damaged, file,
            "the pretty file writes a space after the colon"
        );
        let report = import(&damaged, &[], Lang::En, || unreachable!()).unwrap();
        assert_eq!((report.library.len(), report.library_rejected), (1, 1));
        // Files without a library still import.
        let old = export(&[campaign("a", "One")], &[], false, 5.0);
        assert!(!old.contains("library"));
        assert!(
            import(&old, &[], Lang::En, || unreachable!())
                .unwrap()
                .library
                .is_empty()
        );
    }

    #[test]
    fn merging_skips_duplicates_and_never_overwrites() {
        let existing = vec![campaign("a", "One"), campaign("b", "Two")];
        let file = export(
            &[
                campaign("a", "One"),
                campaign("b", "Changed elsewhere"),
                campaign("c", "Three"),
            ],
            &[],
            false,
            5.0,
        );
        let mut ids = vec!["fresh".to_owned()].into_iter();
        let report = import(&file, &existing, Lang::En, || ids.next().unwrap()).unwrap();
        assert_eq!(report.duplicates, 1);
        let names: Vec<_> = report
            .to_save
            .iter()
            .map(|c| (c.id.as_str(), c.plan.name.as_str()))
            .collect();
        assert_eq!(names, vec![("fresh", "Changed elsewhere"), ("c", "Three")]);
    }

    #[test]
    fn bad_entries_are_rejected_with_their_reason_and_the_rest_import() {
        let good = saved_campaigns::encode(&campaign("g", "Good"));
        let file = format!(
            r#"{{"app":"micromacro","v":1,"exported":1,"campaigns":[{{"v":1,"id":7}},{good},{{"v":9}}]}}"#
        );
        let report = import(&file, &[], Lang::En, || "x".into()).unwrap();
        assert_eq!(report.to_save.len(), 1);
        assert_eq!(
            report.rejected.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
            vec![1, 3]
        );
        assert_eq!(report.rejected[1].1, RecordError::FutureVersion(9));
    }

    #[test]
    fn files_that_are_not_exports_are_refused_whole() {
        let none = || "x".to_owned();
        assert_eq!(
            import("[]", &[], Lang::En, none),
            Err(BackupError::NotABackup)
        );
        assert_eq!(
            import(r#"{"app":"other","v":1}"#, &[], Lang::En, none),
            Err(BackupError::NotABackup)
        );
        assert_eq!(
            import(r#"{"app":"micromacro","v":4}"#, &[], Lang::En, none),
            Err(BackupError::FutureVersion(4))
        );
        for incomplete in [
            r#"{"app":"micromacro","v":1}"#,
            r#"{"app":"micromacro","v":1,"campaigns":[]}"#,
            r#"{"app":"micromacro","v":1,"exported":1}"#,
            r#"{"app":"micromacro","v":1,"exported":"1","campaigns":[]}"#,
            r#"{"app":"micromacro","v":1,"exported":1,"campaigns":{}}"#,
        ] {
            assert_eq!(
                import(incomplete, &[], Lang::En, none),
                Err(BackupError::NotABackup),
                "{incomplete}"
            );
        }
        assert_eq!(
            import(
                r#"{"app":"micromacro","v":1,"exported":1,"campaigns":[]}"#,
                &[],
                Lang::En,
                none
            ),
            Ok(ImportReport::default())
        );
        let huge = " ".repeat(MAX_FILE_BYTES + 1);
        assert_eq!(
            import(&huge, &[], Lang::En, none),
            Err(BackupError::TooLarge)
        );
    }
}
