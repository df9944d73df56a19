//! Errors in the user's language: each error type maps to catalogue keys with parameters, so
//! no developer message (`Display`) ever reaches the page.

use super::{Lang, tr, tr_args};
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

/// Why a backup file was not imported, in `lang`.
pub fn backup_error(lang: Lang, error: &BackupError) -> String {
    match error {
        BackupError::TooLarge => tr(lang, "error.backup.too_large").to_owned(),
        BackupError::NotABackup => tr(lang, "error.backup.not_a_backup").to_owned(),
        BackupError::FutureVersion(v) => {
            tr_args(lang, "error.backup.future", &[("version", &v.to_string())])
        }
    }
}

/// Why one entry of a backup (or one stored campaign) could not be read, in `lang`. The
/// damaged case keeps its detail: it names the key at fault (`cr[2].pf`), which helps
/// whoever repairs the file.
pub fn record_error(lang: Lang, error: &RecordError) -> String {
    match error {
        RecordError::NotARecord => tr(lang, "error.record.not_a_record").to_owned(),
        RecordError::FutureVersion(v) => {
            tr_args(lang, "error.record.future", &[("version", &v.to_string())])
        }
        RecordError::Damaged(detail) => {
            tr_args(lang, "error.record.damaged", &[("detail", detail)])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_storage_and_backup_error_reads_in_both_languages() {
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
        for lang in Lang::ALL {
            let texts = stores
                .iter()
                .map(|e| (store_error(lang, e), e.to_string()))
                .chain(
                    backups
                        .iter()
                        .map(|e| (backup_error(lang, e), e.to_string())),
                )
                .chain(
                    records
                        .iter()
                        .map(|e| (record_error(lang, e), e.to_string())),
                );
            for (text, developer) in texts {
                assert!(
                    !text.contains('{') && !text.starts_with("error."),
                    "{lang}: {text}"
                );
                if lang == Lang::Nl {
                    // The Dutch page never shows the developer's English message.
                    assert_ne!(text, developer);
                }
            }
        }
        assert!(backup_error(Lang::Nl, &BackupError::FutureVersion(7)).contains('7'));
        assert!(record_error(Lang::Nl, &RecordError::FutureVersion(9)).contains('9'));
        assert!(
            record_error(Lang::En, &RecordError::Damaged("cr[2].pf".into())).contains("cr[2].pf")
        );
        assert!(
            store_error(Lang::En, &StoreError::Refused("SecurityError".into()))
                .contains("SecurityError")
        );
    }
}
