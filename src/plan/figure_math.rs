//! Each headline figure of a plan opened to its formula ("show the math"): the formula in
//! words with the plan's totals filled in, the hires' terms that add up to it (largest first),
//! and the sources of the benchmarks it used.
//!
//! The terms are read off the per-creator metrics the optimiser itself used
//! ([`Candidate::metrics`](micromacro_engine::Candidate)), so a sum's terms add up to the total
//! shown (tested), and the sources are the table entries these hires actually drew on: a
//! creator with its own engagement rate does not cite the engagement benchmark, a typical
//! creator does.
//!
//! Invariants: every text comes from the catalogue in the reader's language; at most
//! [`MAX_TERMS`] terms are listed and the rest counted in [`FigureMath::more`]; each source is
//! named once, in the order first used. Pure: the comparison component only lays it out.

use micromacro_engine::{
    Assumptions, Brief, CreatorMetrics, Decision, Money, Origin, Plan, SourceId,
};

use super::comparison_table::Figure;
use super::objective_math::{paragraphs, source};
use crate::i18n::{Lang, format_money, format_number, format_percent, id_text, tr, tr_args};

/// How many hires' terms are written out; a plan of 40 creators lists its largest six.
pub const MAX_TERMS: usize = 6;

/// One figure's math, ready to lay out.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureMath {
    /// The formula in words with the plan's figures filled in (for the value: the objective's
    /// paragraphs, then the plan's total).
    pub formula: Vec<String>,
    /// The largest terms of the sum, one line per hire: "Lisa: 50,000 × 5.00% = 2,500".
    pub terms: Vec<String>,
    /// Hires whose terms are not listed.
    pub more: usize,
    /// Where the benchmarks it used come from, each once.
    pub sources: Vec<String>,
}

/// What the math of a decision's figures reads.
#[derive(Clone, Copy)]
pub struct MathInputs<'a> {
    /// The reader's language.
    pub lang: Lang,
    /// The decision on screen.
    pub decision: &'a Decision,
    /// Its brief.
    pub brief: &'a Brief,
    /// Its table.
    pub assumptions: &'a Assumptions,
    /// The engine's roster creators (their names, empty for unnamed), by position.
    pub creators: &'a [micromacro_engine::Creator],
}

/// One hire of a plan: a named creator, or `count` identical typical ones.
struct Hire<'a> {
    who: String,
    metrics: &'a CreatorMetrics,
    count: u64,
}

/// A term of a sum: who, the expression for one creator, and the hire's total.
struct Term {
    who: String,
    count: u64,
    expression: String,
    total: f64,
}

impl<'a> MathInputs<'a> {
    fn hires(&self, plan: &'a Plan) -> Vec<Hire<'a>> {
        let lang = self.lang;
        plan.picks
            .iter()
            .map(|pick| {
                let c = &self.decision.pool.candidates[pick.candidate];
                let who = match c.origin {
                    Origin::Roster(i) => self
                        .creators
                        .get(i)
                        .map(|c| &c.name)
                        .filter(|n| !n.trim().is_empty())
                        .cloned()
                        .unwrap_or_else(|| tr(lang, "compare.unnamed").to_owned()),
                    Origin::Typical { tier, .. } => tr_args(
                        lang,
                        "figure.typical",
                        &[
                            ("tier", &id_text(lang, "tier", tier.as_str(), "name")),
                            ("followers", &self.count(c.metrics.followers as f64)),
                        ],
                    ),
                };
                Hire {
                    who,
                    metrics: &c.metrics,
                    count: pick.count,
                }
            })
            .collect()
    }

    fn count(&self, v: f64) -> String {
        format_number(self.lang, v, 0)
    }

    fn rate(&self, v: f64) -> String {
        format_percent(self.lang, v, 2)
    }

    fn money(&self, m: Money, decimals: usize) -> String {
        format_money(self.lang, m, decimals)
    }

    fn money_f64(&self, major: f64, decimals: usize) -> String {
        let currency = self.decision.free().spent.currency();
        self.money(
            Money::from_cents((major * 100.0).round() as i64, currency),
            decimals,
        )
    }
}

/// The terms of a sum over the hires, and the sources they drew on.
fn terms(
    inputs: &MathInputs<'_>,
    plan: &Plan,
    figure: Figure,
    sources: &mut Vec<SourceId>,
) -> Vec<Term> {
    let a = inputs.assumptions;
    let mut cite = |id: SourceId| {
        if !sources.contains(&id) {
            sources.push(id);
        }
    };
    inputs
        .hires(plan)
        .into_iter()
        .filter_map(
            |Hire {
                 who,
                 metrics: m,
                 count,
             }| {
                let (p, t) = (m.platform, m.tier);
                let followers = inputs.count(m.followers as f64);
                let n = count as f64;
                let (expression, total) = match figure {
                    Figure::Cost => {
                        if m.estimated.price {
                            cite(a.price.get(p).get(t).source);
                        }
                        (
                            format!("{} × {}", m.posts, inputs.money(m.price_per_post, 0)),
                            n * m.cost.to_major_f64(),
                        )
                    }
                    Figure::NetReach => {
                        if m.estimated.engagement {
                            cite(a.engagement.get(p).get(t).source);
                        }
                        (
                            format!("{followers} × {}", inputs.rate(m.engagement_rate)),
                            n * m.engaged_audience,
                        )
                    }
                    Figure::EffectiveReach => {
                        cite(a.reach_rate.get(t).source);
                        if m.estimated.target_region_share {
                            cite(a.region_share.get(inputs.brief.geography).get(t).source);
                        }
                        if m.estimated.fake_follower_share {
                            cite(a.fake_follower_share.get(t).source);
                        }
                        let rate = if m.followers > 0 {
                            m.reach_per_post / m.followers as f64
                        } else {
                            0.0
                        };
                        (
                            format!(
                                "{followers} × (1 − (1 − {})^{}) × {}",
                                inputs.rate(rate),
                                m.posts,
                                format_percent(inputs.lang, m.target_region_share, 0)
                            ),
                            n * m.effective_reach,
                        )
                    }
                    Figure::Conversions => {
                        if m.estimated.engagement {
                            cite(a.engagement.get(p).get(t).source);
                        }
                        let table = a.conversion_rate.get(t);
                        if (m.conversion_rate - table.value).abs() < 1e-12 {
                            cite(table.source);
                        }
                        (
                            format!(
                                "{} × {}",
                                inputs.count(m.engagements),
                                inputs.rate(m.conversion_rate)
                            ),
                            n * m.code_redemptions,
                        )
                    }
                    Figure::Hours => {
                        cite(a.management_hours_per_creator.get(t).source);
                        cite(a.management_hours_per_post.source);
                        (
                            format!(
                                "{} + {} × {}",
                                format_number(
                                    inputs.lang,
                                    a.management_hours_per_creator.get(t).value,
                                    1
                                ),
                                m.posts,
                                format_number(inputs.lang, a.management_hours_per_post.value, 1)
                            ),
                            n * m.management_hours,
                        )
                    }
                    Figure::Risk => {
                        cite(a.backlash_exposure.get(t).source);
                        if m.brand_risk {
                            cite(a.flagged_exposure.source);
                        }
                        (
                            tr_args(
                                inputs.lang,
                                "figure.term.risk",
                                &[
                                    (
                                        "exposure",
                                        &format_percent(inputs.lang, m.backlash_exposure, 0),
                                    ),
                                    ("reach", &inputs.count(m.estimated_reach)),
                                ],
                            ),
                            n * m.estimated_reach * m.backlash_exposure,
                        )
                    }
                    _ => return None,
                };
                Some(Term {
                    who,
                    count,
                    expression,
                    total,
                })
            },
        )
        .collect()
}

/// The math of `figure` for `plan`; `None` when the plan has no such figure (revenue without an
/// order value, costs per result of an empty plan).
#[must_use]
pub fn figure_math(inputs: &MathInputs<'_>, plan: &Plan, figure: Figure) -> Option<FigureMath> {
    let lang = inputs.lang;
    let t = &plan.totals;
    let mut ids: Vec<SourceId> = Vec::new();
    let sum = |figure: Figure, ids: &mut Vec<SourceId>| terms(inputs, plan, figure, ids);
    // A ratio of sums cites the sources of the sums it divides (their terms are not listed).
    let cite_of = |figures: &[Figure], ids: &mut Vec<SourceId>| {
        for &figure in figures {
            terms(inputs, plan, figure, ids);
        }
    };
    let money = |m: Money| inputs.money(m, 0);
    let cents = |m: Money| inputs.money(m, 2);
    let line = |key: &str, args: &[(&str, &str)]| vec![tr_args(lang, key, args)];
    // A cost per something: the plan's cost, what it is divided by (named `what` in the
    // formula) and the result in cents.
    let cost_per = |key: &str, what: &str, amount: String, total: Money| {
        line(
            key,
            &[
                ("cost", &money(plan.spent)),
                (what, &amount),
                ("total", &cents(total)),
            ],
        )
    };
    let (formula, mut listed) = match figure {
        Figure::Value => {
            let share = (inputs.decision.verdict.is_some()).then_some(inputs.decision.micro_share);
            let mut lines = paragraphs(lang, inputs.brief, inputs.assumptions, None, share);
            lines.push(tr_args(
                lang,
                "figure.value",
                &[(
                    "total",
                    &crate::plan::comparison_table::value_text(lang, inputs.decision, plan.value),
                )],
            ));
            (lines, Vec::new())
        }
        Figure::Creators => {
            let own: u64 = plan
                .picks
                .iter()
                .filter(|p| {
                    matches!(
                        inputs.decision.pool.candidates[p.candidate].origin,
                        Origin::Roster(_)
                    )
                })
                .map(|p| p.count)
                .sum();
            let total = plan.creators();
            (
                line(
                    "figure.creators",
                    &[
                        ("total", &inputs.count(total as f64)),
                        ("own", &inputs.count(own as f64)),
                        ("typical", &inputs.count((total - own) as f64)),
                    ],
                ),
                Vec::new(),
            )
        }
        Figure::Cost => (
            line("figure.cost", &[("total", &money(plan.spent))]),
            sum(Figure::Cost, &mut ids),
        ),
        Figure::NetReach => (
            line(
                "figure.net_reach",
                &[("total", &inputs.count(t.engaged_audience))],
            ),
            sum(Figure::NetReach, &mut ids),
        ),
        Figure::EffectiveReach => {
            let brief = inputs.brief;
            let users = brief.country.users(brief.platform);
            let universe = micromacro_engine::Sourced::new(
                inputs.assumptions.market.universe(brief, brief.platform),
                users.source,
            );
            ids.push(universe.source);
            (
                line(
                    "figure.effective_reach",
                    &[
                        ("gross", &inputs.count(t.effective_reach.gross)),
                        ("total", &inputs.count(t.effective_reach.unique)),
                        ("universe", &inputs.count(universe.value)),
                        (
                            "geo",
                            &id_text(lang, "geo", inputs.brief.geography.as_str(), "name"),
                        ),
                    ],
                ),
                sum(Figure::EffectiveReach, &mut ids),
            )
        }
        Figure::Cpm => {
            let cpm = t.cpm_engaged?;
            cite_of(&[Figure::Cost, Figure::NetReach], &mut ids);
            let reach = inputs.count(t.engaged_audience);
            (cost_per("figure.cpm", "reach", reach, cpm), Vec::new())
        }
        Figure::Conversions => (
            line(
                "figure.conversions",
                &[("total", &inputs.count(t.code_redemptions))],
            ),
            sum(Figure::Conversions, &mut ids),
        ),
        Figure::Cpa => {
            let cpa = t.cost_per_conversion?;
            cite_of(&[Figure::Cost, Figure::Conversions], &mut ids);
            let conversions = format_number(lang, t.code_redemptions, 1);
            (
                cost_per("figure.cpa", "conversions", conversions, cpa),
                Vec::new(),
            )
        }
        Figure::Revenue => {
            let (revenue, aov) = (plan.revenue?, inputs.brief.aov?);
            cite_of(&[Figure::Conversions], &mut ids);
            (
                line(
                    "figure.revenue",
                    &[
                        ("conversions", &format_number(lang, t.code_redemptions, 1)),
                        ("aov", &cents(aov)),
                        ("total", &money(revenue)),
                    ],
                ),
                Vec::new(),
            )
        }
        Figure::Profit => {
            let (profit, revenue, margin) = (plan.profit?, plan.revenue?, inputs.brief.margin?);
            cite_of(&[Figure::Conversions, Figure::Cost], &mut ids);
            (
                line(
                    "figure.profit",
                    &[
                        ("revenue", &money(revenue)),
                        ("margin", &format_percent(lang, margin, 0)),
                        ("cost", &money(plan.spent)),
                        ("total", &money(profit)),
                    ],
                ),
                Vec::new(),
            )
        }
        Figure::Roi => {
            let (roi, profit) = (plan.roi?, plan.profit?);
            cite_of(&[Figure::Conversions, Figure::Cost], &mut ids);
            (
                line(
                    "figure.roi",
                    &[
                        ("profit", &money(profit)),
                        ("cost", &money(plan.spent)),
                        ("total", &format_percent(lang, roi, 0)),
                    ],
                ),
                Vec::new(),
            )
        }
        Figure::Hours => (
            line(
                "figure.hours",
                &[("total", &format_number(lang, t.management_hours, 1))],
            ),
            sum(Figure::Hours, &mut ids),
        ),
        Figure::Risk => (
            line(
                "figure.risk",
                &[("total", &format_percent(lang, t.risk.exposure, 0))],
            ),
            sum(Figure::Risk, &mut ids),
        ),
        Figure::LongTerm => {
            let a = inputs.assumptions;
            for hire in inputs.hires(plan) {
                let (p, tier) = (hire.metrics.platform, hire.metrics.tier);
                for id in [
                    a.weekly_retention.get(tier).source,
                    a.emv.get(p).source,
                    a.content_asset_value.get(tier).source,
                    if inputs.brief.usage_rights {
                        a.content_reuse_share.get(tier).source
                    } else {
                        a.no_rights_content_share.source
                    },
                ] {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
            let long = &plan.value_over_time.long_term;
            (
                line(
                    "figure.long_term",
                    &[
                        ("weeks", &inputs.brief.horizon_weeks.to_string()),
                        ("media", &money(long.media_value)),
                        ("content", &money(long.content_library_value)),
                        ("total", &money(long.total_value)),
                    ],
                ),
                Vec::new(),
            )
        }
    };
    micromacro_engine::order::sort_by(&mut listed, |x, y| y.total.total_cmp(&x.total));
    let more = listed.len().saturating_sub(MAX_TERMS);
    let written = |total: f64| match figure {
        Figure::Cost => inputs.money_f64(total, 0),
        Figure::Hours => format_number(lang, total, 1),
        // Risk terms are weights (people × exposure): the expression says it all.
        _ => inputs.count(total),
    };
    let terms = listed
        .iter()
        .take(MAX_TERMS)
        .map(|term| {
            let expression = if term.count > 1 {
                format!("{} × ({})", term.count, term.expression)
            } else {
                term.expression.clone()
            };
            if figure == Figure::Risk {
                format!("{}: {expression}", term.who)
            } else {
                format!("{}: {expression} = {}", term.who, written(term.total))
            }
        })
        .collect();
    Some(FigureMath {
        formula,
        terms,
        more,
        sources: ids.into_iter().map(|id| source(lang, id)).collect(),
    })
}

/// The sum of a figure's terms (for tests: they must add up to the plan's total).
#[cfg(test)]
fn term_sum(inputs: &MathInputs<'_>, plan: &Plan, figure: Figure) -> f64 {
    terms(inputs, plan, figure, &mut Vec::new())
        .iter()
        .map(|t| t.total)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::comparison_table::ROWS;
    use micromacro_engine::{Creator, Currency, EngagementRate, Objective, Platform, decide};

    fn named_and_market() -> (Brief, Assumptions, Vec<Creator>) {
        let brief = Brief {
            objective: Objective::Conversion,
            aov: Some(Money::from_major(60, Currency::Eur)),
            margin: Some(0.5),
            ..Brief::default()
        };
        let roster = vec![
            Creator::new(Platform::Instagram, 50_000)
                .named("@lisa")
                .with_engagement(EngagementRate::per_follower(0.05))
                .with_price(Money::from_major(400, Currency::Eur))
                .with_choice(micromacro_engine::Choice::Pinned),
            Creator::new(Platform::Instagram, 12_000).named("@bram"),
        ];
        (brief, Assumptions::default(), roster)
    }

    #[test]
    fn every_figure_of_every_plan_explains_itself_in_both_languages() {
        let (brief, a, roster) = named_and_market();
        let decision = decide(&brief, &a, &roster).unwrap();
        for lang in Lang::ALL {
            let inputs = MathInputs {
                lang,
                decision: &decision,
                brief: &brief,
                assumptions: &a,
                creators: &roster,
            };
            for plan in &decision.plans {
                for row in ROWS {
                    let has_figure = (row.value)(plan).is_some_and(f64::is_finite);
                    let math = figure_math(&inputs, plan, row.figure);
                    if plan.picks.is_empty() || !has_figure {
                        continue;
                    }
                    let math = math.unwrap_or_else(|| panic!("{:?} has no math", row.figure));
                    let text = [
                        math.formula.join(" "),
                        math.terms.join(" "),
                        math.sources.join(" "),
                    ]
                    .join(" ");
                    assert!(!text.contains('{'), "{lang} {:?}: {text}", row.figure);
                    assert!(
                        !text.contains("figure."),
                        "{lang} {:?}: a key leaked: {text}",
                        row.figure
                    );
                    assert!(math.terms.len() <= MAX_TERMS);
                }
            }
        }
    }

    #[test]
    fn a_sums_terms_add_up_to_the_plans_total() {
        let (brief, a, roster) = named_and_market();
        let decision = decide(&brief, &a, &roster).unwrap();
        let inputs = MathInputs {
            lang: Lang::En,
            decision: &decision,
            brief: &brief,
            assumptions: &a,
            creators: &roster,
        };
        let close = |x: f64, y: f64| (x - y).abs() <= 1e-6 * y.abs().max(1.0);
        for plan in decision.plans.iter().filter(|p| !p.picks.is_empty()) {
            let t = &plan.totals;
            let cases = [
                (Figure::Cost, plan.spent.to_major_f64()),
                (Figure::NetReach, t.engaged_audience),
                (Figure::EffectiveReach, t.effective_reach.gross),
                (Figure::Conversions, t.code_redemptions),
                (Figure::Hours, t.management_hours),
            ];
            for (figure, total) in cases {
                let sum = term_sum(&inputs, plan, figure);
                assert!(close(sum, total), "{figure:?}: {sum} ≠ {total}");
            }
        }
    }

    #[test]
    fn only_the_benchmarks_a_plan_used_are_cited() {
        let (brief, a, roster) = named_and_market();
        let decision = decide(&brief, &a, &roster).unwrap();
        let inputs = MathInputs {
            lang: Lang::En,
            decision: &decision,
            brief: &brief,
            assumptions: &a,
            creators: &roster,
        };
        let engagement = source(
            Lang::En,
            a.engagement
                .get(Platform::Instagram)
                .get(micromacro_engine::Tier::Micro)
                .source,
        );
        // The micro-side plan: Lisa (her own rate) is pinned in it.
        let micro = decision.plan(micromacro_engine::Strategy::MicroSide);
        let math = figure_math(&inputs, micro, Figure::NetReach).unwrap();
        assert!(
            math.terms
                .iter()
                .any(|t| t.starts_with("@lisa: 50,000 × 5.00% = 2,500")),
            "{:?}",
            math.terms
        );
        let typical_only = micro.picks.iter().all(|p| {
            matches!(
                decision.pool.candidates[p.candidate].origin,
                Origin::Roster(0)
            )
        });
        assert_eq!(
            math.sources.contains(&engagement),
            !typical_only,
            "{:?}",
            math.sources
        );
        // The macro side hires typical creators only: the benchmark is cited.
        let macro_side = decision.plan(micromacro_engine::Strategy::MacroSide);
        if !macro_side.picks.is_empty() {
            let math = figure_math(&inputs, macro_side, Figure::NetReach).unwrap();
            assert!(!math.sources.is_empty(), "{math:?}");
        }
        // Costs per result: fees over the figure, with the figure on screen.
        let free = decision.free();
        let cpa = figure_math(&inputs, free, Figure::Cpa).unwrap();
        let shown = format_money(Lang::En, free.totals.cost_per_conversion.unwrap(), 2);
        assert!(
            cpa.formula[0].ends_with(&shown),
            "{:?} {shown}",
            cpa.formula
        );
    }
}
