//! Keeps the planner's roster a view of the creator library: whenever the library, the brief's
//! platform, country or geography, the niche filter or the campaign's choices change, the
//! candidates are worked out again (`crate::library::candidates`). A form that still carries
//! its own roster (an older campaign) gives it to the library first. Saving the campaign
//! gives the library the creators typed into the plan (`crate::library::typed_creators`).

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::PlanModel;
use micromacro_engine::Choice;

use crate::library::{
    Candidates, CreatorKey, Filter, Library, candidates, filter_of, follows_choices, typed_creators,
};
use crate::plan::SharedRoster;
use crate::storage::library_move;
use crate::ui::library::use_library;
use crate::ui::{NoticeKind, Notices};

/// How many library creators fit the campaign's filter (before the roster's cap).
#[derive(Clone, Copy)]
pub struct Matching(pub RwSignal<usize>);

/// Starts keeping `model`'s roster in step with the library, and provides [`Matching`].
pub fn sync(model: PlanModel) {
    let library = use_library();
    let matching = RwSignal::new(0);
    provide_context(Matching(matching));
    // Only what the candidates depend on: not every keystroke of the form.
    let wanted = Memo::new(move |_| {
        model
            .input
            .with(|i| (filter_of(i), i.library_choices.clone(), i.roster_embedded))
    });
    // What the roster was last worked out from, so a choice made in the roster (already set
    // on its entry) does not work out thousands of candidates again.
    let last = StoredValue::new(None::<Last>);
    Effect::new(move |_| {
        if !library.is_ready() {
            return;
        }
        let (filter, choices, embedded) = wanted.get();
        if embedded {
            // The library gets this campaign's own roster first; then it is a view of it.
            let creators = model.input.with_untracked(library_move::creators_of);
            let platform = filter.platform;
            spawn_local(async move {
                if library.merge(creators, platform).await.is_ok() {
                    model.input.update(|i| i.roster_embedded = false);
                }
            });
            return;
        }
        let lib = library.library.get();
        let followed = last.with_value(|last| {
            last.as_ref().is_some_and(|last| {
                Arc::ptr_eq(&last.library, &lib)
                    && last.filter == filter
                    && model.input.with_untracked(|i| {
                        let found = (last.matching, last.sources.as_slice());
                        follows_choices(&i.roster.0, found, &lib, &filter, &last.choices, &choices)
                    })
            })
        });
        if followed {
            last.update_value(|last| {
                if let Some(last) = last {
                    last.choices = choices;
                }
            });
            return;
        }
        let found = candidates(&lib, &filter, &choices);
        let Candidates {
            roster,
            matching: count,
            sources,
        } = found;
        if model.input.with_untracked(|i| *i.roster.0 != roster) {
            model
                .input
                .update(|i| i.roster = SharedRoster(Arc::new(roster)));
        }
        matching.set(count);
        last.set_value(Some(Last {
            library: lib,
            filter,
            choices,
            matching: count,
            sources,
        }));
    });
    keep_typed_on_save(model);
}

/// The inputs the roster was last worked out from, and what came of them.
struct Last {
    library: Arc<Library>,
    filter: Filter,
    choices: Vec<(CreatorKey, Choice)>,
    matching: usize,
    sources: Vec<usize>,
}

/// On every save (not on opening a saved campaign), the plan's typed creators the library does
/// not know yet join it.
fn keep_typed_on_save(model: PlanModel) {
    let library = use_library();
    let notices = use_context::<Notices>();
    let i18n = crate::ui::use_i18n();
    Effect::new(move |before: Option<Option<f64>>| {
        let saved = model.saved_at.get();
        let is_save = matches!(before, Some(b) if b != saved) && saved.is_some();
        // Only once the library was read: what it does not know yet is decided against it.
        if is_save && library.is_ready() {
            let (typed, platform) = model
                .input
                .with_untracked(|i| (typed_creators(i), i.platform));
            let unknown = library
                .library
                .with_untracked(|l| l.unknown(typed, platform));
            if !unknown.is_empty() {
                spawn_local(async move {
                    if let Err(error) = library.merge(unknown, platform).await
                        && let Some(notices) = notices
                    {
                        // The campaign keeps its rows: only the library misses them.
                        notices.push(
                            NoticeKind::Error,
                            "library.typed_not_kept",
                            vec![("reason", crate::ui::library_error(i18n.lang(), &error))],
                        );
                    }
                });
            }
        }
        saved
    });
}
