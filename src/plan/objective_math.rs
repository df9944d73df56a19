//! The formula behind the plans' value for the brief's objective, in words, with the inputs it
//! uses filled in and where each comes from ("show the math"). Pure: the component in
//! `ui::plan::show_math` only lays the paragraphs out, and each headline figure's own formula
//! ([`figure_math`](super::figure_math)) reuses them for the value.

use micromacro_engine::{
    Assumptions, Brief, Objective, Optimality, PerTier, SourceId, Sourced, Tier,
};

use crate::i18n::{Lang, format_money, format_number, format_percent, id_text, tr, tr_args};

/// "nano 2 %, micro 3 %, …": one value per tier, written by `write`.
pub(crate) fn per_tier<T: Copy>(
    lang: Lang,
    table: &PerTier<Sourced<T>>,
    write: impl Fn(T) -> String,
) -> String {
    table
        .iter()
        .map(|(tier, v)| {
            format!(
                "{} {}",
                id_text(lang, "tier", tier.as_str(), "name"),
                write(v.value)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A published source's name without its description ("superads" of "superads, Meta ads CPM
/// by country (2025 medians)"), for a label beside a figure.
pub(crate) fn short_source_name(id: SourceId) -> &'static str {
    let name = id.source().name;
    name.split(',').next().unwrap_or(name)
}

/// Where a value comes from, in words.
pub(crate) fn source(lang: Lang, id: SourceId) -> String {
    match id {
        SourceId::OurAssumption => tr(lang, "defaults.assumption").to_owned(),
        SourceId::User => tr(lang, "defaults.your_value").to_owned(),
        SourceId::YourResults => tr(lang, "defaults.your_results").to_owned(),
        other => other.source().name.to_owned(),
    }
}

/// The team's hours as a plan's limit: "40 team hours", or no limit with what an hour costs.
#[must_use]
pub fn hours_text(lang: Lang, brief: &Brief) -> String {
    if brief.management_capacity_hours.is_finite() {
        tr_args(
            lang,
            "hours.limit",
            &[(
                "n",
                &format_number(lang, brief.management_capacity_hours, 0),
            )],
        )
    } else {
        tr_args(
            lang,
            "hours.open",
            &[(
                "cost",
                &crate::i18n::format_money(lang, brief.hourly_cost, 0),
            )],
        )
    }
}

/// The paragraphs of the explanation, in order.
pub fn paragraphs(
    lang: Lang,
    brief: &Brief,
    a: &Assumptions,
    optimality: Option<Optimality>,
    share: Option<f64>,
) -> Vec<String> {
    let pct = |v: f64| format_percent(lang, v, 0);
    let pct1 = |v: f64| format_percent(lang, v, 1);
    let users = brief.country.users(brief.platform);
    let universe =
        micromacro_engine::Sourced::new(a.market.universe(brief, brief.platform), users.source);
    let mut out = vec![tr_args(
        lang,
        "math.limits",
        &[
            ("budget", &format_money(lang, brief.budget, 0)),
            ("hours", &hours_text(lang, brief)),
        ],
    )];
    let reach = tr_args(
        lang,
        "math.reach",
        &[
            ("universe", &format_number(lang, universe.value, 0)),
            (
                "geo",
                &id_text(lang, "geo", brief.geography.as_str(), "name"),
            ),
            ("source", &source(lang, universe.source)),
            ("rates", &per_tier(lang, &a.reach_rate, pct1)),
        ],
    );
    match brief.objective {
        Objective::Awareness => out.push(format!("{} {reach}", tr(lang, "math.awareness"))),
        Objective::Community => {
            let lasting = PerTier::from_fn(|tier: Tier| {
                Sourced::assumed(micromacro_engine::value::model::lasting_engagement(
                    a.weekly_retention.get(tier).value,
                    brief.horizon_weeks,
                ))
            });
            out.push(format!(
                "{} {reach}",
                tr_args(
                    lang,
                    "math.community",
                    &[
                        ("gamma", &pct(a.repeat_exposure_credit.value)),
                        ("weeks", &brief.horizon_weeks.to_string()),
                        (
                            "lasting",
                            &per_tier(lang, &lasting, |v| format!(
                                "× {}",
                                format_number(lang, v, 2)
                            ))
                        ),
                    ],
                )
            ));
        }
        Objective::Conversion => {
            let rates = per_tier(lang, &a.conversion_rate, pct1);
            out.push(tr_args(lang, "math.conversion", &[("rates", &rates)]));
            if let (Some(aov), Some(margin)) = (brief.aov, brief.margin) {
                out.push(tr_args(
                    lang,
                    "math.conversion_profit",
                    &[
                        ("aov", &format_money(lang, aov, 2)),
                        ("margin", &pct(margin)),
                    ],
                ));
            }
        }
        Objective::Content => {
            let value = per_tier(lang, &a.content_asset_value, |m| format_money(lang, m, 0));
            let reuse = if brief.usage_rights {
                per_tier(lang, &a.content_reuse_share, pct)
            } else {
                tr_args(
                    lang,
                    "math.no_rights",
                    &[("share", &pct(a.no_rights_content_share.value))],
                )
            };
            out.push(tr_args(
                lang,
                "math.content",
                &[
                    ("value", &value),
                    ("reuse", &reuse),
                    ("weeks", &brief.horizon_weeks.to_string()),
                    ("life", &format_number(lang, a.content_life_weeks.value, 0)),
                ],
            ));
        }
    }
    out.push(tr_args(
        lang,
        "math.multipliers",
        &[
            ("exposure", &per_tier(lang, &a.backlash_exposure, pct)),
            (
                "weight",
                &format_number(lang, a.backlash_weight.get(brief.risk_tolerance).value, 1),
            ),
            (
                "risk",
                &id_text(lang, "risk", brief.risk_tolerance.as_str(), "name"),
            ),
            (
                "niche",
                &id_text(lang, "niche", brief.niche_depth.as_str(), "name"),
            ),
            (
                "fit",
                &per_tier(lang, a.niche_fit.get(brief.niche_depth), |v| {
                    format_number(lang, v, 2)
                }),
            ),
            (
                "style",
                &id_text(lang, "content_style", brief.content_style.as_str(), "name"),
            ),
            (
                "style_fit",
                &per_tier(lang, a.content_style_fit.get(brief.content_style), |v| {
                    format_number(lang, v, 2)
                }),
            ),
        ],
    ));
    out.push(stop_rule(lang, brief, a));
    if let Some(share) = share {
        out.push(tr_args(
            lang,
            "math.verdict",
            &[
                ("share", &pct(share)),
                ("micro", &pct(a.micro_verdict_share.value)),
                ("macro", &pct(a.macro_verdict_share.value)),
            ],
        ));
    }
    match optimality {
        Some(Optimality::AtLeast(bound)) => {
            out.push(tr_args(lang, "math.bound", &[("bound", &pct(bound))]));
        }
        Some(Optimality::Proven) => out.push(tr(lang, "math.proven").to_owned()),
        None => {}
    }
    out
}

/// Where a plan stops buying: at the brief's price ceiling, on the profit rule, or on the
/// value-per-euro floor (`micromacro_engine::value::worth`).
fn stop_rule(lang: Lang, brief: &Brief, a: &Assumptions) -> String {
    // Content has no ceiling: one left from another objective is not read.
    let ceiling = brief
        .price_ceiling
        .filter(|_| crate::plan::worth_text::ceiling_label_key(brief.objective).is_some());
    if let Some(ceiling) = ceiling {
        return tr_args(
            lang,
            "math.stop.ceiling",
            &[
                ("ceiling", &format_money(lang, ceiling, 2)),
                ("per", crate::plan::worth_text::per(lang, brief.objective)),
            ],
        );
    }
    if brief.objective == Objective::Conversion && brief.aov.is_some() && brief.margin.is_some() {
        return tr(lang, "math.stop.profit").to_owned();
    }
    tr_args(
        lang,
        "math.stop.floor",
        &[
            ("floor", &format_percent(lang, a.efficiency_floor.value, 0)),
            ("source", &source(lang, a.efficiency_floor.source)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stop_rule_is_the_ceiling_the_profit_rule_or_the_floor() {
        let a = Assumptions::default();
        let eur =
            |cents| micromacro_engine::Money::from_cents(cents, micromacro_engine::Currency::Eur);
        let floor = stop_rule(Lang::En, &Brief::default(), &a);
        assert!(floor.contains("25%"), "{floor}");
        let community = Brief {
            objective: Objective::Community,
            price_ceiling: Some(eur(30)),
            ..Brief::default()
        };
        let ceiling = stop_rule(Lang::En, &community, &a);
        assert!(ceiling.contains("€0.30 per engaged person"), "{ceiling}");
        let nl = stop_rule(Lang::Nl, &community, &a);
        assert!(nl.contains("€ 0,30 per betrokken persoon"), "{nl}");
        let profit = Brief {
            objective: Objective::Conversion,
            aov: Some(eur(5_000)),
            margin: Some(0.4),
            ..Brief::default()
        };
        assert_eq!(
            stop_rule(Lang::En, &profit, &a),
            tr(Lang::En, "math.stop.profit")
        );
        // Content has no ceiling: a ceiling left from another objective is not read.
        let content = Brief {
            objective: Objective::Content,
            ..community
        };
        assert_eq!(stop_rule(Lang::En, &content, &a), floor);
    }

    #[test]
    fn every_objective_explains_itself_in_both_languages_with_its_inputs() {
        let a = Assumptions::default();
        for objective in Objective::ALL {
            for lang in Lang::ALL {
                let brief = Brief {
                    objective: *objective,
                    aov: Some(micromacro_engine::Money::from_major(
                        50,
                        micromacro_engine::Currency::Eur,
                    )),
                    margin: Some(0.4),
                    ..Brief::default()
                };
                let text = paragraphs(lang, &brief, &a, Some(Optimality::AtLeast(0.93)), Some(0.8))
                    .join(" ");
                assert!(!text.contains('{'), "{objective} {lang}: {text}");
                assert!(
                    !text.contains("math."),
                    "{objective} {lang}: a key leaked: {text}"
                );
                assert!(text.contains("93"), "the bound is shown: {text}");
                let proven = paragraphs(lang, &brief, &a, Some(Optimality::Proven), Some(0.8));
                let last = proven.last().expect("paragraphs");
                assert_eq!(last, tr(lang, "math.proven"), "{objective} {lang}");
            }
        }
        let conversion = Brief {
            objective: Objective::Conversion,
            aov: Some(micromacro_engine::Money::from_major(
                50,
                micromacro_engine::Currency::Eur,
            )),
            margin: Some(0.4),
            ..Brief::default()
        };
        let text = paragraphs(Lang::En, &conversion, &a, None, None).join(" ");
        assert!(
            text.contains("1.5%") || text.contains("1.5 %"),
            "calcbee's rate: {text}"
        );
        assert!(
            text.contains("40%") || text.contains("40 %"),
            "the margin: {text}"
        );
    }
}
