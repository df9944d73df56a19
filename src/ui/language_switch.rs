//! The EN / NL switch in the header.

use leptos::prelude::*;

use super::use_i18n;
use crate::i18n::Lang;

/// Two toggle buttons, one per language; the pressed one is the current
/// language. Each button's accessible name is the language's own name, written
/// in that language, so it is recognisable whatever the page language is.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
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
                on:click=move |_| i18n.choose(lang)
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
