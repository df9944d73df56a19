//! Errors in the user's language: each error type (storage, backups and saved records, share
//! links, roster files) maps to catalogue keys with parameters, so no developer message
//! (`Display`) ever reaches the page. One test forces every variant in both languages.

use crate::i18n::{Lang, format_count, tr, tr_args};
use crate::roster::ImportError;
use crate::share::codec::{LinkError, MAX_ENCODED_LEN};
use crate::storage::backup::BackupError;
use crate::storage::local_store::StoreError;
use crate::storage::saved_campaigns::RecordError;

/// Why the browser's storage refused, in `lang`.
pub fn store_error(lang: Lang, error: &StoreError) -> String {
    match error {
        StoreError::Unavailable => tr(lang, "error.storage.unavailable").to_owned(),
        StoreError::QuotaExceeded => tr(lang, "error.storage.full").to_owned(),
        StoreError::Refused(detail) => {
            tr_args(lang, "error.storage.refused", &[("detail", detail)])
        }
    }
}

/// A whole number (a format version) as the reader's language writes it.
fn count(lang: Lang, n: u64) -> String {
    format_count(lang, usize::try_from(n).unwrap_or(usize::MAX))
}

/// Why a backup file was not imported, in `lang`.
pub fn backup_error(lang: Lang, error: &BackupError) -> String {
    match error {
        BackupError::TooLarge => tr(lang, "error.backup.too_large").to_owned(),
        BackupError::NotABackup => tr(lang, "error.backup.not_a_backup").to_owned(),
        BackupError::FutureVersion(v) => tr_args(
            lang,
            "error.backup.future",
            &[("version", &count(lang, *v))],
        ),
    }
}

/// Why one entry of a backup (or one stored campaign) could not be read, in `lang`. The
/// damaged case keeps its detail: it names the key at fault (`cr[2].pf`), which helps
/// whoever repairs the file.
pub fn record_error(lang: Lang, error: &RecordError) -> String {
    match error {
        RecordError::NotARecord => tr(lang, "error.record.not_a_record").to_owned(),
        RecordError::FutureVersion(v) => tr_args(
            lang,
            "error.record.future",
            &[("version", &count(lang, *v))],
        ),
        RecordError::Damaged(detail) => {
            tr_args(lang, "error.record.damaged", &[("detail", detail)])
        }
    }
}

/// Why a shared link could not be opened, in `lang`.
pub fn link_error(lang: Lang, error: &LinkError) -> String {
    match error {
        LinkError::Empty => tr(lang, "shared.error.empty").to_owned(),
        LinkError::TooLong { len, .. } => tr_args(
            lang,
            "shared.error.too_long",
            &[
                ("len", &format_count(lang, *len)),
                ("max", &format_count(lang, MAX_ENCODED_LEN)),
            ],
        ),
        LinkError::Unrecognised => tr(lang, "shared.error.unrecognised").to_owned(),
        LinkError::FutureVersion { .. } => tr(lang, "shared.error.future").to_owned(),
        LinkError::Damaged => tr(lang, "shared.error.damaged").to_owned(),
        LinkError::TooLarge => tr(lang, "shared.error.too_large").to_owned(),
    }
}

/// Why a roster file was not imported at all, in `lang` (row problems have their own texts,
/// `roster.problem.<id>`).
pub fn import_error(lang: Lang, error: &ImportError) -> String {
    tr(lang, &format!("roster.error.{}", error.id())).to_owned()
}

/// One row left out of an imported file, in `lang`: "Line 4: Reach does not read as a number."
/// `section` is the file's kind (`roster`, `results`), whose catalogue has the column names
/// (`<section>.column.<id>`) and problems (`<section>.problem.<id>`).
pub fn row_problem(
    lang: Lang,
    section: &str,
    line: usize,
    column: Option<&str>,
    problem: &str,
) -> String {
    let column = column
        .map(|c| tr(lang, &format!("{section}.column.{c}")).to_owned())
        .unwrap_or_default();
    tr_args(
        lang,
        &format!("{section}.problem"),
        &[
            ("line", &crate::i18n::format_count(lang, line)),
            ("column", &column),
            ("problem", tr(lang, &format!("{section}.problem.{problem}"))),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_storage_backup_link_and_import_error_reads_in_both_languages() {
        let stores = [
            StoreError::Unavailable,
            StoreError::QuotaExceeded,
            StoreError::Refused("SecurityError".into()),
        ];
        let backups = [
            BackupError::TooLarge,
            BackupError::NotABackup,
            BackupError::FutureVersion(7),
        ];
        let records = [
            RecordError::NotARecord,
            RecordError::FutureVersion(9),
            RecordError::Damaged("cr[2].pf".into()),
        ];
        let links = [
            LinkError::Empty,
            LinkError::TooLong {
                len: 9_999,
                max: MAX_ENCODED_LEN,
            },
            LinkError::Unrecognised,
            LinkError::FutureVersion {
                kind: crate::share::codec::Kind::Campaign,
                version: 3,
            },
            LinkError::Damaged,
            LinkError::TooLarge,
        ];
        let imports = [
            ImportError::TooLarge { bytes: 9_000_000 },
            ImportError::NotUtf8,
            ImportError::NoHeader,
            ImportError::MissingColumn(crate::roster::headers::Column::Followers),
        ];
        let texts = |lang: Lang| -> Vec<String> {
            stores
                .iter()
                .map(|e| store_error(lang, e))
                .chain(backups.iter().map(|e| backup_error(lang, e)))
                .chain(records.iter().map(|e| record_error(lang, e)))
                .chain(links.iter().map(|e| link_error(lang, e)))
                .chain(imports.iter().map(|e| import_error(lang, e)))
                .collect()
        };
        for lang in Lang::ALL {
            for text in texts(lang) {
                assert!(
                    !text.contains('{') && !text.starts_with("error."),
                    "{lang}: {text}"
                );
            }
        }
        // Each comes from the catalogue in the reader's language: the Dutch page never shows
        // the English text.
        for (en, nl) in texts(Lang::En).iter().zip(texts(Lang::Nl)) {
            assert_ne!(*en, nl);
        }
        assert!(backup_error(Lang::Nl, &BackupError::FutureVersion(7)).contains('7'));
        assert!(link_error(Lang::Nl, &LinkError::TooLong { len: 9_999, max: 1 }).contains("9.999"));
        assert!(link_error(Lang::En, &LinkError::TooLong { len: 9_999, max: 1 }).contains("9,999"));
        assert!(record_error(Lang::Nl, &RecordError::FutureVersion(9)).contains('9'));
        assert!(
            record_error(Lang::En, &RecordError::Damaged("cr[2].pf".into())).contains("cr[2].pf")
        );
        assert!(
            store_error(Lang::En, &StoreError::Refused("SecurityError".into()))
                .contains("SecurityError")
        );
    }

    #[test]
    fn a_row_left_out_says_its_line_column_and_problem_and_every_results_word_exists() {
        assert_eq!(
            row_problem(Lang::En, "results", 4, Some("reach"), "unreadable_number"),
            "Line 4: Reach does not read as a number."
        );
        let whole_row = row_problem(Lang::Nl, "roster", 1234, None, "malformed_row");
        assert!(whole_row.starts_with("Regel 1.234:"), "{whole_row}");
        assert!(whole_row.ends_with("is niet te lezen als rij van het bestand."));
        for lang in [Lang::En, Lang::Nl] {
            let keys = crate::results::ResultColumn::IDS
                .iter()
                .map(|c| format!("results.column.{c}"))
                .chain(
                    crate::results::ResultsProblemKind::IDS
                        .iter()
                        .map(|p| format!("results.problem.{p}")),
                )
                .chain(
                    crate::results::Figure::IDS
                        .iter()
                        .map(|f| format!("results.figure.{f}")),
                )
                .chain(
                    micromacro_engine::Status::IDS
                        .iter()
                        .map(|s| format!("results.status.{s}")),
                )
                .chain(
                    [
                        "reach_rate",
                        "engagement",
                        "click_through",
                        "conversion",
                        "price",
                    ]
                    .iter()
                    .map(|k| format!("calibration.kind.{k}")),
                );
            for key in keys {
                assert!(
                    crate::i18n::lookup(lang, &key).is_some(),
                    "{key} in {lang:?}"
                );
            }
        }
    }
}
