//! A labelled select with options from a list of ids.

use leptos::prelude::*;

use crate::ui::use_i18n;

/// A `<select>` over stable ids; each option's text comes from `label_of`
/// (translated at render time), its value is the id.
#[component]
pub fn SelectField(
    /// The select's id (unique on the page).
    id: String,
    /// Catalogue key of the label.
    label_key: &'static str,
    /// The `data-testid` of the select.
    testid: &'static str,
    /// The ids to choose from, in order.
    options: &'static [&'static str],
    /// The option text for an id, in the current language (tracked).
    label_of: fn(crate::i18n::Lang, &str) -> String,
    /// The chosen id.
    #[prop(into)]
    value: Signal<&'static str>,
    /// Called with the chosen id.
    on_change: Callback<String>,
    /// Catalogue key of a help text under the field.
    #[prop(optional)]
    help_key: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let help_id = format!("{id}-help");
    view! {
        <div class="field">
            <label class="field__label" for=id.clone()>{i18n.text(label_key)}</label>
            <select
                id=id
                class="field__input"
                data-testid=testid
                aria-describedby=help_key.map(|_| help_id.clone())
                on:change:target=move |ev| on_change.run(ev.target().value())
            >
                {options
                    .iter()
                    .map(|option| {
                        view! {
                            <option value=*option prop:selected=move || value.get() == *option>
                                {move || label_of(i18n.lang(), option)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {help_key.map(|key| view! { <p class="field__help" id=help_id>{i18n.text(key)}</p> })}
        </div>
    }
}
