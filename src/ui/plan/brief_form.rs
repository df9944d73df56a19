//! The brief: budget, objective and the other facts the factors weigh.

use leptos::prelude::*;
use micromacro_engine::{Currency, IdEnum};

use super::PlanModel;
use crate::i18n::{Lang, id_text};
use crate::plan::PlanInput;
use crate::ui::fields::{CheckboxField, SelectField, TextField};
use crate::ui::use_i18n;

/// "EUR (€)": the id (an ISO code) and its symbol.
fn currency_label(_: Lang, id: &str) -> String {
    let symbol = match Currency::from_id(id) {
        Some(Currency::Eur) => "€",
        Some(Currency::Usd) => "$",
        None => "",
    };
    format!("{id} ({symbol})")
}

/// Option names (`<group>.<id>.name`) and, for choices that need one, the
/// chosen option's explanation (`<group>.<id>.help`).
macro_rules! id_texts {
    ($label:ident, $group:literal) => {
        fn $label(lang: Lang, id: &str) -> String {
            id_text(lang, $group, id, "name")
        }
    };
    ($label:ident, $help:ident, $group:literal) => {
        id_texts!($label, $group);
        fn $help(lang: Lang, id: &str) -> String {
            id_text(lang, $group, id, "help")
        }
    };
}
id_texts!(objective_label, objective_help, "objective");
id_texts!(platform_label, "platform");
id_texts!(geo_label, geo_help, "geo");
id_texts!(country_label, "country");
id_texts!(niche_label, niche_help, "niche");
id_texts!(risk_label, risk_help, "risk");
id_texts!(content_label, content_help, "content_style");

/// The brief form. Each field keeps its text; a field that does not read
/// shows why, and the figures keep using the last brief that did.
///
/// Its fields mount in three parts, each in a task of its own: what a phone shows first
/// (name, budget, currency, objective) at once, the rest of the market when `parts.0` turns
/// true, the costs and the long term when `parts.1` does.
#[component]
pub fn BriefForm(
    /// When the second and the third part of the fields mount.
    parts: (Memo<bool>, Memo<bool>),
) -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let input = model.input;
    let read = move |f: fn(&PlanInput) -> String| Signal::derive(move || input.with(f));
    // The ceiling's field asks for the objective's unit; content has none.
    let ceiling_label =
        move || input.with(|i| crate::plan::worth_text::ceiling_label_key(i.objective));
    let set = move |f: fn(&mut PlanInput, String)| {
        Callback::new(move |value: String| model.edit(|i| f(i, value)))
    };

    view! {
        <section class="card brief" aria-labelledby="brief-title">
            <h2 id="brief-title">{i18n.text("brief.title")}</h2>
            <div class="brief__grid">
                <TextField
                    id="campaign-name".into()
                    label_key="brief.name"
                    testid="campaign-name"
                    maxlength=crate::format::campaign::MAX_TEXT_CHARS
                    help_key="brief.name.help"
                    placeholder_key="brief.name.placeholder"
                    value=read(|i| i.name.clone())
                    on_input=set(|i, v| i.name = v)
                />
                <TextField
                    id="budget".into()
                    label_key="brief.budget"
                    help_key="brief.budget.help"
                    testid="budget"
                    inputmode="decimal"
                    value=read(|i| i.budget.clone())
                    on_input=set(|i, v| i.budget = v)
                    error=Signal::derive(move || input.with(|i| i.read_budget(i.notation).err()))
                />
                <SelectField
                    id="currency".into()
                    label_key="brief.currency"
                    testid="currency"
                    help_key="brief.currency.help"
                    label_of=currency_label
                    value=move || input.with(|i| i.currency)
                    on_change=move |v| model.edit(|i| i.currency = v)
                />
                <SelectField
                    id="objective".into()
                    label_key="brief.objective"
                    testid="objective"
                    help_of=objective_help
                    label_of=objective_label
                    value=move || input.with(|i| i.objective)
                    on_change=move |v| model.edit(|i| i.objective = v)
                />
                <Show when=move || parts.0.get()>
                    <SelectField
                        id="platform".into()
                        label_key="brief.platform"
                        help_key="brief.platform.help"
                        testid="platform"
                        label_of=platform_label
                        value=move || input.with(|i| i.platform)
                        on_change=move |v| model.edit(|i| i.platform = v)
                    />
                    <SelectField
                        id="geography".into()
                        label_key="brief.geography"
                        testid="geography"
                        help_of=geo_help
                        label_of=geo_label
                        value=move || input.with(|i| i.geography)
                        on_change=move |v| model.edit(|i| i.geography = v)
                    />
                    <SelectField
                        id="country".into()
                        label_key="brief.country"
                        testid="country"
                        help_key="brief.country.help"
                        label_of=country_label
                        value=move || input.with(|i| i.country)
                        on_change=move |v| model.edit(|i| i.country = v)
                    />
                    <SelectField
                        id="niche-depth".into()
                        label_key="brief.niche"
                        testid="niche-depth"
                        help_of=niche_help
                        label_of=niche_label
                        value=move || input.with(|i| i.niche_depth)
                        on_change=move |v| model.edit(|i| i.niche_depth = v)
                    />
                    <SelectField
                        id="risk-tolerance".into()
                        label_key="brief.risk"
                        testid="risk-tolerance"
                        help_of=risk_help
                        label_of=risk_label
                        value=move || input.with(|i| i.risk_tolerance)
                        on_change=move |v| model.edit(|i| i.risk_tolerance = v)
                    />
                    <SelectField
                        id="content-style".into()
                        label_key="brief.content"
                        testid="content-style"
                        help_of=content_help
                        label_of=content_label
                        value=move || input.with(|i| i.content_style)
                        on_change=move |v| model.edit(|i| i.content_style = v)
                    />
                </Show>
                <Show when=move || parts.1.get()>
                    <TextField
                        id="capacity".into()
                        label_key="brief.capacity"
                        help_key="brief.capacity.help"
                        testid="capacity"
                        placeholder_key="brief.capacity.placeholder"
                        inputmode="decimal"
                        value=read(|i| i.capacity_hours.clone())
                        on_input=set(|i, v| i.capacity_hours = v)
                        error=Signal::derive(move || input.with(|i| i.read_capacity(i.notation).err()))
                    />
                    <TextField
                        id="hourly-cost".into()
                        label_key="brief.hourly_cost"
                        testid="hourly-cost"
                        help_key="brief.hourly_cost.help"
                        inputmode="decimal"
                        value=read(|i| i.hourly_cost.clone())
                        on_input=set(|i, v| i.hourly_cost = v)
                        error=Signal::derive(move || input.with(|i| i.read_hourly_cost(i.notation).err()))
                    />
                    <TextField
                        id="horizon".into()
                        label_key="brief.horizon"
                        help_key="brief.horizon.help"
                        testid="horizon"
                        inputmode="numeric"
                        value=read(|i| i.horizon_weeks.clone())
                        on_input=set(|i, v| i.horizon_weeks = v)
                        error=Signal::derive(move || input.with(|i| i.read_horizon(i.notation).err()))
                    />
                    <TextField
                        id="aov".into()
                        label_key="brief.aov"
                        help_key="brief.aov.help"
                        testid="aov"
                        inputmode="decimal"
                        value=read(|i| i.aov.clone())
                        on_input=set(|i, v| i.aov = v)
                        error=Signal::derive(move || input.with(|i| i.read_aov(i.notation).err()))
                    />
                    <TextField
                        id="margin".into()
                        label_key="brief.margin"
                        help_key="brief.margin.help"
                        testid="margin"
                        inputmode="decimal"
                        value=read(|i| i.margin_percent.clone())
                        on_input=set(|i, v| i.margin_percent = v)
                        error=Signal::derive(move || input.with(|i| i.read_margin(i.notation).err()))
                    />
                    <Show when=move || ceiling_label().is_some()>
                        <TextField
                            id="price-ceiling".into()
                            label_key=Signal::derive(move || ceiling_label().unwrap_or("brief.ceiling.conversion"))
                            help_key="brief.ceiling.help"
                            testid="price-ceiling"
                            placeholder_key="brief.ceiling.placeholder"
                            inputmode="decimal"
                            value=read(|i| i.price_ceiling.clone())
                            on_input=set(|i, v| i.price_ceiling = v)
                            error=Signal::derive(move || input.with(|i| i.read_price_ceiling(i.notation).err()))
                        />
                    </Show>
                    <CheckboxField
                        id="use-market"
                        label_key="brief.use_market"
                        help_key="brief.use_market.help"
                        checked=Signal::derive(move || input.with(|i| i.use_market))
                        on_change=Callback::new(move |on| model.edit(|i| i.use_market = on))
                    />
                    <CheckboxField
                        id="usage-rights"
                        label_key="brief.usage_rights"
                        help_key="brief.usage_rights.help"
                        checked=Signal::derive(move || input.with(|i| i.usage_rights))
                        on_change=Callback::new(move |on| model.edit(|i| i.usage_rights = on))
                    />
                </Show>
            </div>
            <p class="brief__stale" role="status">
                {move || (!model.brief_is_valid.get()).then(|| i18n.text("brief.invalid")())}
            </p>
        </section>
    }
}
