//! The same budget, three ways: the optimiser's best plan with micro-side creators only, with
//! macro-side creators only, and free; who each hires, what it spends and achieves.

use leptos::prelude::*;
use micromacro_engine::{Decision, Limit, Objective, Plan, Strategy};

use super::PlanModel;
use crate::i18n::{Lang, format_money, format_number, format_percent, id_text, plain_number, tr};
pub use crate::plan::comparison_table::value_text;
use crate::plan::comparison_table::{Figure, Hire, Kind, ROWS, best, hires, optimality_text};
use crate::plan::figure_math::{FigureMath, MathInputs, figure_math};
use crate::ui::use_i18n;

/// The card's `data-testid` (docs/test-hooks.md: the free plan is `scenario-mix`).
fn testid(strategy: Strategy) -> &'static str {
    match strategy {
        Strategy::MicroSide => "scenario-micro",
        Strategy::MacroSide => "scenario-macro",
        Strategy::Free => "scenario-mix",
    }
}

/// A row's figure for a plan, written for `lang` (a dash when the plan has none).
pub(super) fn figure(
    lang: Lang,
    decision: &Decision,
    plan: &Plan,
    kind: Kind,
    value: Option<f64>,
) -> String {
    let Some(v) = value.filter(|v| v.is_finite()) else {
        return "—".to_owned();
    };
    let currency = plan.spent.currency();
    let money = |decimals| {
        format_money(
            lang,
            micromacro_engine::Money::from_cents((v * 100.0).round() as i64, currency),
            decimals,
        )
    };
    match kind {
        Kind::Count => format_number(lang, v, 0),
        Kind::Money => money(0),
        Kind::MoneyCents => money(2),
        Kind::Hours => format_number(lang, v, 1),
        Kind::Percent => format_percent(lang, v, 0),
        Kind::Value => value_text(lang, decision, v),
    }
}

/// The hires of a plan as list items: named creators, then "typical micro × 12".
fn hire_items(lang: Lang, hires: Vec<Hire>) -> impl IntoView {
    hires
        .into_iter()
        .map(|hire| match hire {
            Hire::Named { row, name } => {
                let name = if name.trim().is_empty() {
                    tr(lang, "compare.unnamed").to_owned()
                } else {
                    name
                };
                let row = match row {
                    crate::plan::RowRef::Form(id) => format!("plan-{id}"),
                    crate::plan::RowRef::Roster(id) => format!("roster-{id}"),
                };
                view! { <li class="hire hire--named" data-testid="plan-creator" data-row=row>{name}</li> }
                    .into_any()
            }
            Hire::Typical {
                tier,
                followers,
                count,
            } => {
                let text = crate::i18n::tr_args(
                    lang,
                    "compare.typical_group",
                    &[
                        ("tier", &id_text(lang, "tier", tier.as_str(), "name")),
                        ("followers", &format_number(lang, followers as f64, 0)),
                        ("count", &format_number(lang, count as f64, 0)),
                    ],
                );
                view! {
                    <li class="hire hire--typical" data-testid="plan-typical" data-tier=tier.as_str() data-count=count.to_string()>
                        <span class="badge badge--typical">{tr(lang, "compare.typical")}</span>
                        " "
                        {text}
                    </li>
                }
                .into_any()
            }
        })
        .collect_view()
}

/// Why a plan leaves budget unspent, as the test hook `data-unspent-reason` names it (less left
/// than any creator costs counts as nothing left).
fn unspent_reason(limit: Limit) -> &'static str {
    match limit {
        Limit::None | Limit::Budget => "none",
        Limit::Supply => "supply",
        Limit::Value => "saturation",
        Limit::Worth => "worth",
        Limit::Hours => "hours",
        Limit::Pool => "pool",
    }
}

/// Why a plan leaves budget unspent, in words; `floor` is the value-per-euro floor the
/// saturated case names.
fn unspent_text(lang: Lang, objective: Objective, plan: &Plan, floor: f64) -> Option<String> {
    if let Some(text) = crate::plan::worth_text::stop_text(lang, objective, plan) {
        return Some(text);
    }
    (plan.left_because != Limit::None).then(|| {
        crate::i18n::tr_args(
            lang,
            &format!("compare.left.{}", plan.left_because.as_str()),
            &[
                ("unspent", &format_money(lang, plan.unspent, 0)),
                ("floor", &crate::i18n::format_percent(lang, floor, 0)),
            ],
        )
    })
}

// Sixteen bits per plan: every figure has its own.
const _: () = assert!((Figure::LongTerm as usize) < 16 && Strategy::COUNT * 16 <= 64);

/// The bit of `figure` of `strategy`'s plan in the set of open math.
fn open_bit(strategy: Strategy, figure: Figure) -> u64 {
    1 << (strategy.index() * 16 + figure as usize)
}

/// A figure's math, opened under its row: the formula, the largest terms, the sources.
fn math_view(lang: Lang, id: String, figure: Figure, math: FigureMath) -> impl IntoView {
    let more = (math.more > 0).then(|| {
        view! { <li>{crate::i18n::tr_args(lang, "figure.more", &[("n", &format_number(lang, math.more as f64, 0))])}</li> }
    });
    let terms = (!math.terms.is_empty()).then(|| {
        view! {
            <ul class="figure-math__terms">
                {math.terms.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                {more}
            </ul>
        }
    });
    let sources = (!math.sources.is_empty()).then(|| {
        view! {
            <p class="figure-math__sources">
                {crate::i18n::tr_args(lang, "figure.sources", &[("list", &math.sources.join("; "))])}
            </p>
        }
    });
    view! {
        <dd class="figure-math" id=id data-testid="figure-math" data-figure=figure.as_str()>
            {math.formula.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            {terms}
            {sources}
        </dd>
    }
}

/// Three cards side by side: each plan's hires, its figures with the best of each row marked
/// in words as well as colour, and what it leaves unspent and why.
#[component]
pub fn Comparison() -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    // Which figures' math is open, one bit per plan and figure (`open_bit`): kept across
    // edits, so the math of an open figure follows the inputs. (A set of bits rather than a
    // list: one more signal type would add kilobytes of reactive code to the download.)
    let open = RwSignal::new(0_u64);
    let shown = crate::ui::staged::in_steps(move || {
        model
            .decision
            .with_untracked(|d| d.as_ref().map_or(0, |d| d.plans.len()))
    });
    let content = move || {
        let lang = i18n.lang();
        let decision = model.decision.get()?;
        let brief = model.brief.get();
        let winners: Vec<Option<usize>> =
            ROWS.iter().map(|row| best(&decision.plans, row)).collect();
        let own = decision.pool.own_creators();
        let intro = i18n.format(
            if brief.use_market {
                "compare.intro"
            } else {
                "compare.intro_own"
            },
            &[
                ("budget", &format_money(lang, brief.budget, 0)),
                ("own", &own.to_string()),
                (
                    "hours",
                    &crate::plan::objective_math::hours_text(lang, &brief),
                ),
            ],
        );
        let table = std::sync::Arc::new(CardTable { winners });
        // While the page mounts, the first card comes with the section and the others in
        // tasks of their own (`staged::in_steps`); each reads the decision the section was
        // built for, untracked, since a new one rebuilds the section and its cards.
        let cards = (0..decision.plans.len())
            .map(|index| {
                let table = std::sync::Arc::clone(&table);
                move || {
                    (index < shown.get()).then(|| {
                        model.decision.with_untracked(|d| {
                            d.as_ref()
                                .map(|d| card(model, open, lang, d, index, &table))
                        })
                    })
                }
            })
            .collect_view();
        let ranges_note = move || {
            model.ranges.with(|r| {
                r.as_ref().map(|r| {
                    crate::i18n::tr_args(lang, "compare.ranges", &[("n", &r.samples.to_string())])
                })
            })
        };
        let free = &decision.plans[Strategy::Free.index()];
        let paid_social = model
            .assumptions
            .with(|table| crate::plan::paid_social::yardstick(&brief, table, free))
            .map(|y| {
                view! {
                    <p class="section-intro" data-testid="paid-social" data-country=brief.country.as_str()
                        data-reference=y.reference.cents().to_string() data-plan=y.plan.cents().to_string()>
                        {crate::plan::paid_social::yardstick_text(lang, &brief, &y, true)}
                    </p>
                }
            });
        Some(view! {
            <p class="section-intro">{intro}</p>
            <p class="section-intro" data-testid="ranges-note" data-samples=move || model.ranges.with(|r| r.as_ref().map(|r| r.samples.to_string()).unwrap_or_default())>{ranges_note}</p>
            <div class="scenarios">{cards}</div>
            {paid_social}
            <super::ShowTheMath />
        })
    };
    view! {
        <section class="card comparison" aria-labelledby="compare-title">
            <h2 id="compare-title">{i18n.text("compare.title")}</h2>
            {content}
        </section>
    }
}

/// What the three cards share: each row's best plan.
struct CardTable {
    winners: Vec<Option<usize>>,
}

/// Plan `index`'s card: who it hires, its figures with each row's best marked and the math
/// behind each on demand, what it leaves unspent and, for the free plan, how close to the
/// optimum it is.
fn card(
    model: PlanModel,
    open: RwSignal<u64>,
    lang: Lang,
    decision: &Decision,
    index: usize,
    table: &CardTable,
) -> AnyView {
    let plan = &decision.plans[index];
    let strategy = plan.strategy;
    // The plan's P10–P90 bands arrive after the figures (the ranges task): only the
    // parts that show them follow them, so their arrival does not rebuild the cards.
    let bands = move || {
        model
            .ranges
            .with(|r| r.as_ref().and_then(|r| r.plans.get(index).copied()))
    };
    let rows = ROWS
        .iter()
        .zip(&table.winners)
        // Rows no plan has a figure for (revenue without an order value …) are left out.
        .filter(|(row, _)| decision.plans.iter().any(|p| (row.value)(p).is_some()))
        .map(|(row, winner)| {
            let is_best = *winner == Some(index);
            let text = figure(lang, decision, plan, row.kind, (row.value)(plan));
            let key = open_bit(strategy, row.figure);
            let id = format!("math-{}-{}", strategy.as_str(), row.figure.as_str());
            let label = format!("{}, {}", tr(lang, row.label_key), id_text(lang, "strategy", strategy.as_str(), "name"));
            let figure_kind = row.figure;
            let has_math = !plan.picks.is_empty() && (row.value)(plan).is_some_and(f64::is_finite);
            let math = has_math.then(|| {
                let controls = id.clone();
                let how = view! {
                    <button
                        type="button"
                        class="metric__how"
                        data-testid="figure-math-open"
                        data-figure=figure_kind.as_str()
                        aria-controls=move || (open.get() & key != 0).then(|| controls.clone())
                        aria-expanded=move || (open.get() & key != 0).to_string()
                        on:click=move |_| open.update(|o| *o ^= key)
                    >
                        {tr(lang, "figure.how")}
                        <span class="sr-only">" " {label}</span>
                    </button>
                };
                // Worked out only when opened: the three plans have 42 figures, each a sum over the hires.
                let body = move || {
                    (open.get() & key != 0).then(|| {
                        let math = model.decision.with(|d| {
                            let d = d.as_ref()?;
                            let (brief, table) = (model.brief.get(), model.assumptions.get());
                            model.roster.with(|r| {
                                let inputs = MathInputs {
                                    lang,
                                    decision: d,
                                    brief: &brief,
                                    assumptions: &table,
                                    creators: &r.creators,
                                };
                                figure_math(&inputs, &d.plans[index], figure_kind)
                            })
                        });
                        math.map(|m| math_view(lang, id.clone(), figure_kind, m))
                    })
                };
                (how, body)
            });
            let (how, body) = math.unzip();
            // "4,900 (3,100–7,400)": the P10–P90 range of the sampled worlds.
            let (band, kind) = (row.band, row.kind);
            let range = move || {
                let b = band.zip(bands()).and_then(|(get, b)| get(&b)).filter(|b| b.high > b.low)?;
                // Untracked: a new decision rebuilds the whole card anyway.
                let text = model.decision.with_untracked(|d| {
                    let d = d.as_ref()?;
                    let plan = d.plans.get(index)?;
                    let low = figure(lang, d, plan, kind, Some(b.low));
                    let high = figure(lang, d, plan, kind, Some(b.high));
                    Some(format!("({low}–{high})"))
                })?;
                Some(view! { " " <span class="metric__range">{text}</span> })
            };
            view! {
                <div class="metric" class:metric--best=is_best>
                    <dt>{tr(lang, row.label_key)}</dt>
                    <dd>
                        {text}
                        {range}
                        {is_best.then(|| view! { <span class="metric__best">{tr(lang, "compare.best")}</span> })}
                        {how}
                    </dd>
                    {body}
                </div>
            }
        })
        .collect_view();
    // The roster the decision was worked out from (both change together).
    let hired = model
        .roster
        .with_untracked(|r| hires(decision, plan, &r.ids, &r.creators));
    let empty = hired.is_empty();
    // Nobody hired because nobody is worth their price, or because nobody fits.
    let nobody_key = if plan.left_because == Limit::Worth {
        "compare.nobody_worth"
    } else {
        "compare.nobody"
    };
    let floor = model
        .assumptions
        .with_untracked(|a| a.efficiency_floor.value);
    let objective = model.brief.with_untracked(|b| b.objective);
    let unspent = unspent_text(lang, objective, plan, floor);
    let bound = (strategy == Strategy::Free && !empty).then(|| {
        view! {
            <p class="scenario__bound" data-testid="plan-bound" data-bound=plain_number(plan.bound) data-proven=plan.proven.to_string()>
                {optimality_text(lang, plan.optimality())}
            </p>
        }
    });
    let pins = (plan.unplaced_pins > 0).then(|| {
        view! {
            <p class="scenario__warning">
                {crate::i18n::tr_args(lang, "compare.unplaced_pins", &[("n", &plan.unplaced_pins.to_string())])}
            </p>
        }
    });
    view! {
        <article
            class=format!("scenario scenario--{}", strategy.as_str())
            data-testid=testid(strategy)
            data-net-reach=plain_number(plan.totals.engaged_audience)
            data-cost=plain_number(plan.spent.to_major_f64())
            data-spent=plain_number(plan.spent.to_major_f64())
            data-cpm=plan.totals.cpm_engaged.map(|m| plain_number(m.to_major_f64())).unwrap_or_default()
            data-creators=plan.creators().to_string()
            data-value=plain_number(plan.value)
            data-conversions=plain_number(plan.totals.code_redemptions)
            data-cpa=plan.totals.cost_per_conversion.map(|m| plain_number(m.to_major_f64())).unwrap_or_default()
            data-hours=plain_number(plan.totals.management_hours)
            data-unspent-reason=unspent_reason(plan.left_because)
            data-net-reach-low=move || bands().map(|b| plain_number(b.engaged.low)).unwrap_or_default()
            data-net-reach-high=move || bands().map(|b| plain_number(b.engaged.high)).unwrap_or_default()
        >
            <h3>{id_text(lang, "strategy", strategy.as_str(), "name")}</h3>
            <p class="scenario__help">{id_text(lang, "strategy", strategy.as_str(), "help")}</p>
            {empty.then(|| view! { <p class="scenario__warning">{tr(lang, nobody_key)}</p> })}
            {pins}
            <h4 class="scenario__hires-title">{tr(lang, "compare.hires")}</h4>
            <ul class="scenario__hires">{hire_items(lang, hired)}</ul>
            <dl>{rows}</dl>
            {unspent.map(|text| view! { <p class="scenario__unspent" data-testid="unspent" data-limit=plan.left_because.as_str()>{text}</p> })}
            {bound}
        </article>
    }
    .into_any()
}
