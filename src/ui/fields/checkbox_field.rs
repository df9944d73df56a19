//! A labelled checkbox with its help text.

use leptos::prelude::*;

use crate::ui::use_i18n;

/// A checkbox, its label and a line of help, bound to a boolean of the caller's.
#[component]
pub fn CheckboxField(
    /// Element id (and the `data-testid`).
    id: &'static str,
    /// Catalogue key of the label.
    label_key: &'static str,
    /// Catalogue key of the help line.
    help_key: &'static str,
    /// Whether it is checked.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state.
    on_change: Callback<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let help_id = format!("{id}-help");
    view! {
        <div class="field field--checkbox">
            <input
                id=id
                type="checkbox"
                data-testid=id
                aria-describedby=help_id.clone()
                prop:checked=move || checked.get()
                on:change:target=move |ev| on_change.run(ev.target().checked())
            />
            <label for=id>{i18n.text(label_key)}</label>
            <p class="field__help" id=help_id>{i18n.text(help_key)}</p>
        </div>
    }
}
