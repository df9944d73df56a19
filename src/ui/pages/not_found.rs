//! The page for a hash route that does not exist.

use leptos::prelude::*;

use crate::ui::use_i18n;

/// Names the address that was not found (as text, never as HTML) and leads home.
#[component]
pub fn NotFound(
    /// The hash that matched no route.
    path: String,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="not-found" data-testid="page-not-found">
            <h1>{i18n.text("not_found.title")}</h1>
            <p class="lead">{move || i18n.format("not_found.body", &[("path", &path)])}</p>
            <p>
                <a class="button button--primary" href="#/">{i18n.text("coming.back")}</a>
            </p>
        </section>
    }
}
