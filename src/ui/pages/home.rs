//! The start page: what the app does and where to begin.

use leptos::prelude::*;
use micromacro_engine::{
    Assumptions, Brief, Creator, EngagementRate, Factor, Platform, creator_metrics,
};

use crate::i18n::{factor_name_key, format_number, plain_number};
use crate::ui::use_i18n;

/// The first source article's headline example, computed by the engine: the
/// engaged audience ("net reach") of 50k followers at 12 % and of 500k at 1 %.
pub fn headline_example() -> Option<(f64, f64)> {
    let (brief, table) = (Brief::default(), Assumptions::default());
    let engaged = |followers, rate| {
        let creator = Creator::new(Platform::Instagram, followers)
            .with_engagement(EngagementRate::per_follower(rate));
        creator_metrics(&creator, &brief, &table)
            .ok()
            .map(|m| m.engaged_audience)
    };
    Some((engaged(50_000, 0.12)?, engaged(500_000, 0.01)?))
}

/// Hero with the two entry points, the sources' headline example, what the app
/// does, and the nine factors it weighs.
#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let example = headline_example().map(|(micro, macro_)| {
        let text = move || {
            let lang = i18n.lang();
            i18n.format(
                "home.example.body",
                &[("micro", &format_number(lang, micro, 0)), ("macro", &format_number(lang, macro_, 0))],
            )
        };
        view! {
            <section class="card example" aria-labelledby="example-title">
                <h2 id="example-title">{i18n.text("home.example.title")}</h2>
                <p data-testid="home-example" data-micro=plain_number(micro) data-macro=plain_number(macro_)>
                    {text}
                </p>
            </section>
        }
    });
    let feature = move |key: &'static str, body: &'static str| {
        view! {
            <li class="card feature">
                <h3>{i18n.text(key)}</h3>
                <p>{i18n.text(body)}</p>
            </li>
        }
    };
    view! {
        <div class="home" data-testid="page-home">
            <section class="hero">
                <p class="eyebrow">{i18n.text("home.eyebrow")}</p>
                <h1>{i18n.text("home.title")}</h1>
                <p class="lead">{i18n.text("home.lead")}</p>
                <div class="hero__actions">
                    <a class="button button--primary" href="#/checklist" data-testid="home-checklist">
                        {i18n.text("home.cta_checklist")}
                    </a>
                    <a class="button" href="#/plan" data-testid="home-plan">
                        {i18n.text("home.cta_plan")}
                    </a>
                </div>
            </section>
            {example}
            <section class="features" aria-labelledby="features-title">
                <h2 id="features-title">{i18n.text("home.features.title")}</h2>
                <ul class="feature-grid">
                    {feature("home.feature.checklist.title", "home.feature.checklist.body")}
                    {feature("home.feature.factors.title", "home.feature.factors.body")}
                    {feature("home.feature.compare.title", "home.feature.compare.body")}
                    {feature("home.feature.share.title", "home.feature.share.body")}
                </ul>
            </section>
            <section class="factors" aria-labelledby="factors-title">
                <h2 id="factors-title">{i18n.text("home.factors.title")}</h2>
                <ol class="factor-list" data-testid="home-factors">
                    {Factor::ALL
                        .iter()
                        .map(|factor| {
                            view! { <li data-factor=factor.as_str()>{i18n.text(factor_name_key(*factor))}</li> }
                        })
                        .collect_view()}
                </ol>
            </section>
        </div>
    }
}
