//! A labelled select over a closed set of the engine ([`IdEnum`]): the options are the set's
//! stable ids, the value is typed, and a choice arrives as a value of the set, never as a
//! string to re-parse.

use std::sync::Arc;

use leptos::prelude::*;
use micromacro_engine::IdEnum;

use crate::i18n::Lang;
use crate::ui::use_i18n;

/// A `<select>` over every value of `T`; each option's text comes from `label_of` (translated
/// at render time, keyed by the value's id), its `value` attribute is the id.
#[component]
pub fn SelectField<T, V, C>(
    /// The select's id (unique on the page).
    id: String,
    /// Catalogue key of the label.
    label_key: &'static str,
    /// The `data-testid` of the select.
    testid: &'static str,
    /// The option text for an id, in the current language (tracked).
    label_of: fn(Lang, &str) -> String,
    /// The chosen value (tracked).
    value: V,
    /// Called with the chosen value.
    on_change: C,
    /// Catalogue key of a help text under the field.
    #[prop(optional)]
    help_key: Option<&'static str>,
    /// The help text of the chosen option (tracked), shown instead of
    /// `help_key` where each option needs its own explanation.
    #[prop(optional)]
    help_of: Option<fn(Lang, &str) -> String>,
) -> impl IntoView
where
    T: IdEnum,
    V: Fn() -> T + Send + Sync + 'static,
    C: Fn(T) + Send + Sync + 'static,
{
    // The value crosses into the shared view code as its id, and back as a value of `T`,
    // behind `dyn` closures: the signal and the callback are built once, in `select`, instead
    // of once per set and call site (per-set signals were monomorphised for every enum).
    let chosen: Arc<dyn Fn() -> &'static str + Send + Sync> = Arc::new(move || value().id());
    // The options are `T::IDS`, so every id the select reports is one of `T`.
    let pick: Arc<dyn Fn(&str) + Send + Sync> = Arc::new(move |id: &str| {
        if let Some(v) = T::from_id(id) {
            on_change(v);
        }
    });
    select(Select {
        id,
        label_key,
        testid,
        options: T::IDS,
        label_of,
        chosen,
        pick,
        help_key,
        help_of,
    })
}

/// What the select draws, with the type erased: one copy of the view code serves every set.
struct Select {
    id: String,
    label_key: &'static str,
    testid: &'static str,
    options: &'static [&'static str],
    label_of: fn(Lang, &str) -> String,
    chosen: Arc<dyn Fn() -> &'static str + Send + Sync>,
    pick: Arc<dyn Fn(&str) + Send + Sync>,
    help_key: Option<&'static str>,
    help_of: Option<fn(Lang, &str) -> String>,
}

fn select(s: Select) -> AnyView {
    let i18n = use_i18n();
    let Select {
        id,
        label_key,
        testid,
        options,
        label_of,
        chosen,
        pick,
        help_key,
        help_of,
    } = s;
    let chosen = Signal::derive(move || chosen());
    let help_id = format!("{id}-help");
    let has_help = help_key.is_some() || help_of.is_some();
    let help = move || match (help_of, help_key) {
        (Some(help_of), _) => help_of(i18n.lang(), chosen.get()),
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
                on:change:target=move |ev| pick(&ev.target().value())
            >
                {options
                    .iter()
                    .map(|option| {
                        view! {
                            <option value=*option prop:selected=move || chosen.get() == *option>
                                {move || label_of(i18n.lang(), option)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {has_help.then(|| view! { <p class="field__help" id=help_id>{help}</p> })}
        </div>
    }
    .into_any()
}
