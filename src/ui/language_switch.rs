//! The EN / NL switch in the header.

use leptos::prelude::*;

use super::{NoticeKind, Notices, use_i18n};
use crate::i18n::Lang;

/// Two toggle buttons, one per language; the pressed one is the current
/// language. Each button's accessible name is the language's own name, written
/// in that language, so it is recognisable whatever the page language is.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let notices = expect_context::<Notices>();
    // A language's texts are fetched on its first choice (`crate::i18n::load`).
    let switch = move |lang: Lang| {
        i18n.switch_to(lang, move || {
            notices.push(NoticeKind::Error, "lang.not_loaded", Vec::new());
        });
    };
    let button = move |lang: Lang| {
        let name_key = match lang {
            Lang::En => "lang.en",
            Lang::Nl => "lang.nl",
        };
        view! {
            <button
                type="button"
                class="lang-switch__option"
                data-testid=format!("lang-{}", lang.code())
                aria-pressed=move || (i18n.lang() == lang).to_string()
                on:click=move |_| switch(lang)
            >
                <span aria-hidden="true">{lang.code().to_ascii_uppercase()}</span>
                <span class="sr-only" lang=lang.code()>{i18n.text(name_key)}</span>
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=i18n.text("lang.label")>
            {Lang::ALL.map(button)}
        </div>
    }
}
