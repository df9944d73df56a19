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
    /// The help text of the chosen option (tracked), shown instead of
    /// `help_key` where each option needs its own explanation.
    #[prop(optional)]
    help_of: Option<fn(crate::i18n::Lang, &str) -> String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let help_id = format!("{id}-help");
    let has_help = help_key.is_some() || help_of.is_some();
    let help = move || match (help_of, help_key) {
        (Some(help_of), _) => help_of(i18n.lang(), value.get()),
        (None, Some(key)) => i18n.text(key)().to_owned(),
        (None, None) => String::new(),
    };
    view! {
        <div class="field">
            <label class="field__label" for=id.clone()>{i18n.text(label_key)}</label>
            <select
                id=id
                class="field__input"
                data-testid=testid
                aria-describedby=has_help.then(|| help_id.clone())
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
            {has_help.then(|| view! { <p class="field__help" id=help_id>{help}</p> })}
        </div>
    }
}
