//! What joining the library did, said the same way wherever creators are imported (the
//! planner's roster, the library on the campaigns page): new, updated, unchanged, rejected,
//! the rule a conflict is settled by, or why the browser's database refused.

use leptos::prelude::*;

use crate::browser::library_db::DbError;
use crate::i18n::{Lang, format_count, tr, tr_args};
use crate::library::MergeReport;

/// The report of one import into the library (`rejected`: rows the file could not give).
pub fn library_report(
    lang: Lang,
    joined: &Result<MergeReport, DbError>,
    rejected: usize,
) -> AnyView {
    match joined {
        Ok(report) => {
            let summary = tr_args(
                lang,
                "library.report",
                &[
                    ("new", &format_count(lang, report.new)),
                    ("updated", &format_count(lang, report.updated)),
                    ("unchanged", &format_count(lang, report.unchanged)),
                ],
            );
            let full = (report.over_cap > 0).then(|| {
                view! {
                    <p>{tr_args(lang, "library.over_cap", &[
                        ("n", &format_count(lang, report.over_cap)),
                        ("max", &format_count(lang, crate::library::MAX_LIBRARY)),
                    ])}</p>
                }
            });
            view! {
                <div data-testid="library-report" data-kind="ok" data-new=report.new data-updated=report.updated
                    data-unchanged=report.unchanged data-rejected=rejected data-over-cap=report.over_cap>
                    <p>{summary}" "{tr(lang, "library.merge_rule")}</p>
                    {full}
                </div>
            }
            .into_any()
        }
        Err(error) => view! {
            <div data-testid="library-report" data-kind="error" data-error=error.id() data-new="0" data-updated="0"
                data-unchanged="0" data-rejected=rejected role="alert">
                <p>{library_error(lang, error)}</p>
            </div>
        }
        .into_any(),
    }
}

/// Why the library could not be read or written, in the reader's language.
pub fn library_error(lang: Lang, error: &DbError) -> String {
    tr(lang, &format!("library.error.{}", error.id())).to_owned()
}
