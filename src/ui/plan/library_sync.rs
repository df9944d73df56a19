//! Keeps the planner's roster a view of the creator library: whenever the library, the brief's
//! platform, country or geography, the niche filter or the campaign's choices change, the
//! candidates are worked out again (`crate::library::candidates`). A form that still carries
//! its own roster (an older campaign) gives it to the library first.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::PlanModel;
use crate::library::{candidates, filter_of};
use crate::plan::SharedRoster;
use crate::storage::library_move;
use crate::ui::library::use_library;

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
        let found = library
            .library
            .with(|lib| candidates(lib, &filter, &choices));
        matching.set(found.matching);
        if model.input.with_untracked(|i| *i.roster.0 != found.roster) {
            model
                .input
                .update(|i| i.roster = SharedRoster(Arc::new(found.roster)));
        }
    });
}
