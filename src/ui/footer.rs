//! The site footer.

use leptos::prelude::*;

use super::use_i18n;

/// What the app does with the user's data, and where its figures come from.
#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>{i18n.text("footer.privacy")}</p>
                <p>{i18n.text("footer.sources")}</p>
                <p class="site-footer__version">
                    {i18n.text("app.name")} " " {env!("CARGO_PKG_VERSION")}
                </p>
            </div>
        </footer>
    }
}
