//! The Micro·Macro mark.

use leptos::prelude::*;

/// A small circle beside a large one: many small creators, or one big one.
/// Decorative: the brand name next to it carries the meaning.
#[component]
pub fn Logo() -> impl IntoView {
    view! {
        <svg class="logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
            <circle class="logo__micro" cx="8" cy="20" r="5"></circle>
            <circle class="logo__macro" cx="21" cy="14" r="10"></circle>
        </svg>
    }
}
