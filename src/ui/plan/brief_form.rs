//! The brief: budget, objective and the other facts the factors weigh.

use leptos::prelude::*;
use micromacro_engine::{
    ContentStyle, Currency, GeoScope, NicheDepth, Objective, Platform, RiskTolerance,
};

use super::PlanModel;
use crate::i18n::{Lang, id_text};
use crate::plan::PlanInput;
use crate::ui::fields::{CheckboxField, SelectField, TextField};
use crate::ui::use_i18n;

const CURRENCIES: &[&str] = &["EUR", "USD"];

fn currency_id(currency: Currency) -> &'static str {
    match currency {
        Currency::Eur => "EUR",
        Currency::Usd => "USD",
    }
}

fn currency_label(_: Lang, id: &str) -> String {
    match id {
        "EUR" => "EUR (€)".to_owned(),
        _ => "USD ($)".to_owned(),
    }
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
id_texts!(niche_label, niche_help, "niche");
id_texts!(risk_label, risk_help, "risk");
id_texts!(content_label, content_help, "content_style");

/// The brief form. Each field keeps its text; a field that does not read
/// shows why, and the figures keep using the last brief that did.
#[component]
pub fn BriefForm() -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let input = model.input;
    let read = move |f: fn(&PlanInput) -> String| Signal::derive(move || input.with(f));
    let set = move |f: fn(&mut PlanInput, String)| {
        Callback::new(move |value: String| model.edit(|i| f(i, value)))
    };
    let choose = move |f: fn(&mut PlanInput, &str)| {
        Callback::new(move |id: String| model.edit(|i| f(i, &id)))
    };

    view! {
        <section class="card brief" aria-labelledby="brief-title">
            <h2 id="brief-title">{i18n.text("brief.title")}</h2>
            <div class="brief__grid">
                <TextField
                    id="campaign-name".into()
                    label_key="brief.name"
                    testid="campaign-name"
                    maxlength=crate::campaign_format::MAX_TEXT_CHARS
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
                    options=CURRENCIES
                    label_of=currency_label
                    value=Signal::derive(move || input.with(|i| currency_id(i.currency)))
                    on_change=choose(|i, id| i.currency = if id == "USD" { Currency::Usd } else { Currency::Eur })
                />
                <SelectField
                    id="objective".into()
                    label_key="brief.objective"
                    testid="objective"
                    help_of=objective_help
                    options=Objective::IDS
                    label_of=objective_label
                    value=Signal::derive(move || input.with(|i| i.objective.as_str()))
                    on_change=choose(|i, id| i.objective = id.parse().unwrap_or(i.objective))
                />
                <SelectField
                    id="platform".into()
                    label_key="brief.platform"
                    help_key="brief.platform.help"
                    testid="platform"
                    options=Platform::IDS
                    label_of=platform_label
                    value=Signal::derive(move || input.with(|i| i.platform.as_str()))
                    on_change=choose(|i, id| i.platform = id.parse().unwrap_or(i.platform))
                />
                <SelectField
                    id="geography".into()
                    label_key="brief.geography"
                    testid="geography"
                    help_of=geo_help
                    options=GeoScope::IDS
                    label_of=geo_label
                    value=Signal::derive(move || input.with(|i| i.geography.as_str()))
                    on_change=choose(|i, id| i.geography = id.parse().unwrap_or(i.geography))
                />
                <SelectField
                    id="niche-depth".into()
                    label_key="brief.niche"
                    testid="niche-depth"
                    help_of=niche_help
                    options=NicheDepth::IDS
                    label_of=niche_label
                    value=Signal::derive(move || input.with(|i| i.niche_depth.as_str()))
                    on_change=choose(|i, id| i.niche_depth = id.parse().unwrap_or(i.niche_depth))
                />
                <SelectField
                    id="risk-tolerance".into()
                    label_key="brief.risk"
                    testid="risk-tolerance"
                    help_of=risk_help
                    options=RiskTolerance::IDS
                    label_of=risk_label
                    value=Signal::derive(move || input.with(|i| i.risk_tolerance.as_str()))
                    on_change=choose(|i, id| i.risk_tolerance = id.parse().unwrap_or(i.risk_tolerance))
                />
                <SelectField
                    id="content-style".into()
                    label_key="brief.content"
                    testid="content-style"
                    help_of=content_help
                    options=ContentStyle::IDS
                    label_of=content_label
                    value=Signal::derive(move || input.with(|i| i.content_style.as_str()))
                    on_change=choose(|i, id| i.content_style = id.parse().unwrap_or(i.content_style))
                />
                <TextField
                    id="capacity".into()
                    label_key="brief.capacity"
                    help_key="brief.capacity.help"
                    testid="capacity"
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
            </div>
            <p class="brief__stale" role="status">
                {move || (!model.brief_is_valid.get()).then(|| i18n.text("brief.invalid")())}
            </p>
        </section>
    }
}
