//! A labelled text input with optional help and a message when invalid.

use leptos::prelude::*;

use crate::plan::InputError;
use crate::ui::use_i18n;

/// A text input that keeps exactly what was typed. Its help text and error
/// message are tied to it with `aria-describedby`, and `aria-invalid` marks it
/// while the text does not read.
#[component]
pub fn TextField(
    /// The input's id (unique on the page).
    id: String,
    /// Catalogue key of the label (a signal where the label follows another input).
    #[prop(into)]
    label_key: Signal<&'static str>,
    /// The `data-testid` of the input.
    testid: &'static str,
    /// The text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    on_input: Callback<String>,
    /// Why the text does not read, if it does not.
    #[prop(into, optional)]
    error: Signal<Option<InputError>>,
    /// Catalogue key of a help text under the field.
    #[prop(optional)]
    help_key: Option<&'static str>,
    /// Catalogue key of a placeholder.
    #[prop(optional)]
    placeholder_key: Option<&'static str>,
    /// `inputmode` for on-screen keyboards (`decimal`, `numeric`).
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// The most characters the field takes (what storage and links keep).
    #[prop(optional)]
    maxlength: Option<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let described_by = {
        let (help_id, error_id) = (help_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if help_key.is_some() {
                ids.push(help_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field--invalid=move || error.get().is_some()>
            <label class="field__label" for=id.clone()>{move || i18n.text(label_key.get())()}</label>
            <input
                id=id
                class="field__input"
                type="text"
                autocomplete="off"
                inputmode=inputmode
                maxlength=maxlength.map(|n| n.to_string())
                data-testid=testid
                placeholder=move || placeholder_key.map(|key| i18n.text(key)())
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(ev.target().value())
            />
            {help_key.map(|key| view! { <p class="field__help" id=help_id>{i18n.text(key)}</p> })}
            <p class="field__error" id=error_id data-testid=format!("{testid}-error") aria-live="polite">
                {move || error.get().map(|e| i18n.text(e.message_key())())}
            </p>
        </div>
    }
}
