//! The same budget three ways: micro swarm, one macro, a mix.

use leptos::prelude::*;
use micromacro_engine::{Scenario, Strategy};

use super::PlanModel;
use crate::i18n::{format_money, format_number, format_percent, id_text};
use crate::ui::use_i18n;

/// Whether a higher or a lower value is better for a metric.
#[derive(Clone, Copy)]
enum Better {
    Higher,
    Lower,
}

/// One compared metric: its label, how to read it off a scenario, and which
/// direction wins.
struct Metric {
    label_key: &'static str,
    value: fn(&Scenario) -> Option<f64>,
    better: Better,
    format: fn(crate::i18n::Lang, &Scenario) -> String,
}

fn money_or_dash(
    lang: crate::i18n::Lang,
    money: Option<micromacro_engine::Money>,
    decimals: usize,
) -> String {
    money.map_or_else(|| "—".to_owned(), |m| format_money(lang, m, decimals))
}

const METRICS: &[Metric] = &[
    Metric {
        label_key: "compare.creators",
        value: |s| Some(s.totals.creators as f64),
        better: Better::Lower,
        format: |lang, s| format_number(lang, s.totals.creators as f64, 0),
    },
    Metric {
        label_key: "compare.net_reach",
        value: |s| Some(s.totals.engaged_audience),
        better: Better::Higher,
        format: |lang, s| format_number(lang, s.totals.engaged_audience, 0),
    },
    Metric {
        label_key: "compare.estimated_reach",
        value: |s| Some(s.totals.estimated_reach.unique),
        better: Better::Higher,
        format: |lang, s| format_number(lang, s.totals.estimated_reach.unique, 0),
    },
    Metric {
        label_key: "compare.effective_reach",
        value: |s| Some(s.totals.effective_reach.unique),
        better: Better::Higher,
        format: |lang, s| format_number(lang, s.totals.effective_reach.unique, 0),
    },
    Metric {
        label_key: "compare.cost",
        value: |_| None,
        better: Better::Lower,
        format: |lang, s| format_money(lang, s.spent, 0),
    },
    Metric {
        label_key: "compare.cpm",
        value: |s| s.totals.cpm_engaged.map(|m| m.to_major_f64()),
        better: Better::Lower,
        format: |lang, s| money_or_dash(lang, s.totals.cpm_engaged, 2),
    },
    Metric {
        label_key: "compare.hours",
        value: |s| Some(s.totals.management_hours),
        better: Better::Lower,
        format: |lang, s| format_number(lang, s.totals.management_hours, 1),
    },
    Metric {
        label_key: "compare.risk",
        value: |s| Some(s.totals.risk.exposure),
        better: Better::Lower,
        format: |lang, s| format_percent(lang, s.totals.risk.exposure, 0),
    },
    Metric {
        label_key: "compare.value",
        value: |s| Some(s.value.long_term.total_value.to_major_f64()),
        better: Better::Higher,
        format: |lang, s| format_money(lang, s.value.long_term.total_value, 0),
    },
];

/// The index of the best scenario for `metric`, when one stands out.
fn best(scenarios: &[&Scenario], metric: &Metric) -> Option<usize> {
    let values: Vec<Option<f64>> = scenarios
        .iter()
        .map(|s| {
            if s.totals.creators == 0 {
                None
            } else {
                (metric.value)(s)
            }
        })
        .collect();
    let candidates = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i, v)));
    let winner = match metric.better {
        Better::Higher => candidates.max_by(|a, b| a.1.total_cmp(&b.1)),
        Better::Lower => candidates.min_by(|a, b| a.1.total_cmp(&b.1)),
    }?;
    // A tie is no win.
    let ties = values
        .iter()
        .flatten()
        .filter(|v| (**v - winner.1).abs() < 1e-9)
        .count();
    (ties == 1).then_some(winner.0)
}

/// The scenario cards's `data-testid` (TEST-CONTRACT.md).
fn testid(strategy: Strategy) -> &'static str {
    match strategy {
        Strategy::MicroSwarm => "scenario-micro",
        Strategy::SingleMacro => "scenario-macro",
        Strategy::Mix => "scenario-mix",
    }
}

/// Three cards side by side, each metric's winner marked in words as well
/// as colour, and the break-even engagement rate in a sentence.
#[component]
pub fn Comparison() -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let content = move || {
        let lang = i18n.lang();
        let comparison = model.comparison.get()?;
        let brief = model.brief.get();
        let scenarios = [
            &comparison.micro_swarm,
            &comparison.single_macro,
            &comparison.mix,
        ];
        let winners: Vec<Option<usize>> = METRICS.iter().map(|m| best(&scenarios, m)).collect();
        let intro = i18n.format(
            "compare.intro",
            &[
                ("budget", &format_money(lang, brief.budget, 0)),
                (
                    "micro_share",
                    &format_percent(lang, brief.mix_micro_share, 0),
                ),
            ],
        );
        let cards = scenarios
            .iter()
            .enumerate()
            .map(|(index, scenario)| {
                let strategy = scenario.strategy;
                let rows = METRICS
                    .iter()
                    .zip(&winners)
                    .map(|(metric, winner)| {
                        let is_best = *winner == Some(index);
                        view! {
                            <div class="metric" class:metric--best=is_best>
                                <dt>{i18n.text(metric.label_key)}</dt>
                                <dd>
                                    {(metric.format)(lang, scenario)}
                                    {is_best.then(|| view! { <span class="metric__best">{i18n.text("compare.best")}</span> })}
                                </dd>
                            </div>
                        }
                    })
                    .collect_view();
                let unaffordable = scenario.totals.creators == 0;
                view! {
                    <article
                        class=format!("scenario scenario--{}", strategy.as_str())
                        data-testid=testid(strategy)
                        data-net-reach=scenario.totals.engaged_audience.to_string()
                        data-cost=scenario.spent.to_major_f64().to_string()
                        data-cpm=scenario.totals.cpm_engaged.map(|m| m.to_major_f64().to_string()).unwrap_or_default()
                    >
                        <h3>{id_text(lang, "strategy", strategy.as_str(), "name")}</h3>
                        <p class="scenario__help">{id_text(lang, "strategy", strategy.as_str(), "help")}</p>
                        {unaffordable.then(|| view! { <p class="scenario__warning">{i18n.text("compare.unaffordable")}</p> })}
                        <dl>{rows}</dl>
                    </article>
                }
            })
            .collect_view();
        let break_even = comparison.break_even_engagement_rate.map(|rate| {
            i18n.format(
                "compare.break_even",
                &[("rate", &format_percent(lang, rate, 1))],
            )
        });
        Some(view! {
            <p class="section-intro">{intro}</p>
            <div class="scenarios">{cards}</div>
            {break_even.map(|text| view! { <p class="break-even" data-testid="break-even">{text}</p> })}
        })
    };
    view! {
        <section class="card comparison" aria-labelledby="compare-title">
            <h2 id="compare-title">{i18n.text("compare.title")}</h2>
            {content}
        </section>
    }
}
