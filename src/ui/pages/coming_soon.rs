//! The honest page for a part of the app that is not built yet.

use leptos::prelude::*;

use crate::ui::use_i18n;

/// Says what the page will do and that it is being built; no fake controls.
#[component]
pub fn ComingSoon(
    /// The page's `data-testid`.
    testid: &'static str,
    /// Catalogue key of the heading.
    title_key: &'static str,
    /// Catalogue key of the explanation.
    body_key: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="coming-soon" data-testid=testid>
            <p class="badge badge--muted">{i18n.text("coming.badge")}</p>
            <h1>{i18n.text(title_key)}</h1>
            <p class="lead">{i18n.text(body_key)}</p>
            <p>
                <a class="button" href="#/">{i18n.text("coming.back")}</a>
            </p>
        </section>
    }
}
