//! The client report: an A4 page to print or save as PDF, for the plan on screen
//! (`#/report`) or a campaign saved in this browser (`#/report/<id>`).
//!
//! Everything is recomputed from the campaign's inputs (design invariant 2): the verdict and
//! what each factor did, who the plan hires (the user's own creators, never a typical one they
//! did not adopt) and how far it is from the best plan, the plan and the three best plans side by
//! side, the charts as
//! vector graphics (the same drawing code as the planner's canvases, through the charts' SVG
//! backend, shown as images: no markup of data is ever injected), the assumptions with their
//! sources, the date and the link. The print style sheet gives A4 pages whose breaks never cut
//! a table row or a chart.

use leptos::prelude::*;
use micromacro_engine::{Assumptions, Decision, SourceKind, Strategy, decide, value_curves};

use crate::chart::{BudgetCurvesChart, FactorLeansChart, ValueOverTimeChart, chart_svg};
use crate::i18n::{
    Lang, factor_effect_text, factor_name_key, format_money, format_number, format_percent,
    id_text, tr, tr_args,
};
use crate::plan::advice_text::{Reader, budget_line, gap_text, typical_text};
use crate::plan::comparison_table::ROWS;
use crate::plan::{DefaultCell, PlanInput, RowRef};
use crate::share::{campaign_link, link};
use crate::ui::plan::comparison::value_text as plan_value_text;
use crate::ui::use_i18n;

/// The plan on screen, handed to `#/report` by the planner's "print report" button.
#[derive(Clone, Copy, Debug, Default)]
pub struct ReportPlan(pub RwSignal<Option<PlanInput>>);

/// Size of a chart in the report, in SVG pixels (scaled to the page's width when printed).
const CHART: (u32, u32) = (720, 405);

/// Everything the report shows, computed once from the inputs.
struct Report {
    input: PlanInput,
    table: Assumptions,
    decision: Decision,
    ids: Vec<RowRef>,
    curves: Option<micromacro_engine::ValueCurves>,
}

impl Report {
    fn of(input: PlanInput) -> Option<Report> {
        let table = DefaultCell::apply_all(&input.benchmarks);
        let brief = input.to_brief(input.notation)?;
        let (form_ids, mut creators) = input.to_creators_with_ids(input.notation);
        let mut ids: Vec<RowRef> = form_ids.into_iter().map(RowRef::Form).collect();
        let roster =
            input
                .roster
                .0
                .to_creators(input.platform, input.currency, table.exchange_rate.value);
        ids.extend(
            input
                .roster
                .0
                .entries()
                .iter()
                .map(|e| RowRef::Roster(e.id)),
        );
        creators.extend(roster);
        let decision = decide(&brief, &table, &creators).ok()?;
        let budgets = crate::ui::plan::curve_budgets(brief.budget);
        let curves = value_curves(&brief, &table, &creators, &budgets).ok();
        Some(Report {
            input,
            table,
            decision,
            ids,
            curves,
        })
    }
}

/// An SVG chart as an image (a data URL: the CSP allows `img-src data:`).
fn chart_image(id: &'static str, alt: String, svg: &str) -> impl IntoView + use<> {
    let src: String = js_sys::encode_uri_component(svg).into();
    view! {
        <figure class="report__chart">
            <img data-chart=id alt=alt src=format!("data:image/svg+xml;charset=utf-8,{src}") width=CHART.0 height=CHART.1 />
        </figure>
    }
}

/// The results page: each reported figure against its forecast and range, the campaign's
/// totals, the realised costs per result, and the reach chart; nothing when no results were
/// entered. It starts a page of its own when printed.
fn results_section(
    lang: Lang,
    report: &Report,
    brief: &micromacro_engine::Brief,
    fmt: crate::chart::NumberFormat<'_>,
) -> Option<impl IntoView + use<>> {
    use crate::plan::results_text::{Kpi, kpi_line, measure_value, status_key};
    let view = report.input.compare_results(brief, &report.table)?;
    let currency = report.input.currency;
    let line = |who: &str, f: &micromacro_engine::Compared| {
        view! {
            <tr data-status=f.status.as_str()>
                <th scope="row">{who.to_owned()}</th>
                <td>{tr(lang, &format!("results.figure.{}", f.measure.as_str())).to_owned()}</td>
                <td class="num">{measure_value(lang, f.measure, f.planned.central, currency)}</td>
                <td class="num">{format!("{}–{}", measure_value(lang, f.measure, f.planned.low, currency), measure_value(lang, f.measure, f.planned.high, currency))}</td>
                <td class="num">{measure_value(lang, f.measure, f.actual, currency)}</td>
                <td>{tr(lang, status_key(f.status)).to_owned()}</td>
            </tr>
        }
    };
    let campaign = tr(lang, "results.campaign");
    let rows = view
        .handles
        .iter()
        .zip(&view.comparison.creators)
        .filter_map(|(h, c)| Some((h, c.as_ref()?)))
        .flat_map(|(h, c)| c.figures.iter().map(|f| line(h, f)).collect::<Vec<_>>())
        .chain(view.comparison.totals.iter().map(|f| line(campaign, f)))
        .collect_view();
    let kpis = Kpi::ALL
        .into_iter()
        .map(|kpi| (kpi, kpi.of(&view.comparison.kpis)))
        .filter_map(|(kpi, r)| {
        let text = kpi_line(lang, kpi, r, currency)?;
        Some(view! { <li>{tr(lang, &format!("results.kpi.{}", kpi.id())).to_owned()}": "{text}</li> })
    })
    .collect_view();
    let chart = crate::chart::ResultsChart::from_comparison(
        &view.comparison,
        &view.handles,
        micromacro_engine::Measure::Reach,
    );
    let svg = (!chart.rows.is_empty()).then(|| chart_svg(&chart, CHART, lang, fmt));
    Some(view! {
        <section class="report__section report__results" data-testid="report-results">
            <h2>{tr(lang, "results.compare_title")}</h2>
            <p>{tr(lang, "results.how")}</p>
            <table class="report__table">
                <thead><tr>
                    <th scope="col">{tr(lang, "results.col.creator")}</th>
                    <th scope="col">{tr(lang, "results.col.figure")}</th>
                    <th scope="col" class="num">{tr(lang, "results.col.planned")}</th>
                    <th scope="col" class="num">{tr(lang, "results.col.range")}</th>
                    <th scope="col" class="num">{tr(lang, "results.col.actual")}</th>
                    <th scope="col">{tr(lang, "results.col.status")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <ul>{kpis}</ul>
            {svg.map(|svg| chart_image("results", tr(lang, "results.chart.alt").to_owned(), &svg))}
        </section>
    })
}

fn body(lang: Lang, report: &Report) -> impl IntoView + use<> {
    let d = &report.decision;
    let brief = report
        .input
        .to_brief(report.input.notation)
        .unwrap_or_default();
    let free = d.plan(Strategy::Free);
    let paid_social = crate::plan::paid_social::yardstick(&brief, &report.table, free)
        .map(|y| crate::plan::paid_social::yardstick_text(lang, &brief, &y, false));
    // Where the best plan stopped at the brief's price ceiling, the client reads why.
    let worth = crate::plan::worth_text::stop_text(lang, brief.objective, free);
    // The headline is the plan's own, or the best plan's when the plan names nobody yet.
    let shown = if d.advice.yours.picks.is_empty() {
        free
    } else {
        &d.advice.yours
    };
    let number = move |v: f64, dec: usize| format_number(lang, v, dec);
    let name = report.input.name.trim().to_owned();
    let title = if name.is_empty() {
        tr(lang, "client.untitled").to_owned()
    } else {
        name
    };
    let verdict_id = d.verdict.map(|v| v.as_str()).unwrap_or_default();
    let headline = tr_args(
        lang,
        if d.advice.yours.picks.is_empty() {
            "report.headline_best"
        } else {
            "report.headline"
        },
        &[
            ("value", &plan_value_text(lang, d, shown.value)),
            (
                "unit",
                tr(lang, &format!("charts.axis.value.{}", d.unit.as_str())),
            ),
            ("reach", &number(shown.totals.effective_reach.unique, 0)),
            ("spent", &format_money(lang, shown.spent, 0)),
            ("budget", &format_money(lang, brief.budget, 0)),
        ],
    );
    let verdict = match d.verdict {
        Some(v) => format!(
            "{} — {}",
            id_text(lang, "verdict", v.as_str(), "name"),
            id_text(lang, "verdict", v.as_str(), "summary")
        ),
        None => tr(lang, crate::plan::worth_text::state_name_key(d.state)).to_owned(),
    };
    let reasons = d
        .factors
        .iter()
        .filter(|e| e.direction != micromacro_engine::Direction::Inactive)
        .map(|e| {
            let points = ((e.lean.abs() * 100.0).round() as i64).to_string();
            view! {
                <li>
                    <strong>{tr(lang, factor_name_key(e.factor))}": "</strong>
                    {factor_effect_text(lang, e.factor, e.direction, &points)}
                    {crate::i18n::factor_pull_text(lang, e).map(|p| format!(" {p}"))}
                </li>
            }
        })
        .collect_view();
    // Who the plan hires: exactly the creators of the plan (a typical creator only when the
    // user adopted one, named as one still to be found).
    let yours = &d.advice.yours;
    let creators = yours
        .picks
        .iter()
        .map(|pick| {
            let m = &d.candidate(*pick).metrics;
            let row = match d.candidate(*pick).origin {
                micromacro_engine::Origin::Roster(i) => match report.ids.get(i) {
                    Some(RowRef::Form(id)) => report.input.creators.iter().find(|r| r.id == *id),
                    _ => None,
                },
                micromacro_engine::Origin::Typical { .. } => None,
            };
            let who = match row {
                Some(r) if r.typical > 0 => typical_text(lang, m.tier, m.followers, pick.count),
                Some(r) if !r.name.trim().is_empty() => r.name.trim().to_owned(),
                _ => tr(lang, "compare.unnamed").to_owned(),
            };
            view! {
                <tr data-testid="report-creator">
                    <td>{who}</td>
                    <td>{id_text(lang, "platform", m.platform.as_str(), "name")}</td>
                    <td>{id_text(lang, "tier", m.tier.as_str(), "name")}</td>
                    <td class="num">{number(m.followers as f64, 0)}</td>
                    <td class="num">{number(pick.count as f64, 0)}</td>
                    <td class="num">{format_money(lang, m.price_per_post, 0)}</td>
                </tr>
            }
        })
        .collect_view();
    let gap = d.advice.gap_to(free);
    let gap_text = gap_text(lang, yours, free, brief.budget, Reader::Client);
    let budget_text =
        (!yours.picks.is_empty()).then(|| budget_line(lang, yours.spent, brief.budget));
    let columns: Vec<&micromacro_engine::Plan> =
        std::iter::once(yours).chain(d.plans.iter()).collect();
    let plan_rows = ROWS
        .iter()
        .filter(|row| columns.iter().any(|p| (row.value)(p).is_some()))
        .map(|row| {
            let cells = columns
                .iter()
                .map(|p| {
                    let v = (row.value)(p).map_or_else(
                        || "—".to_owned(),
                        |v| match row.kind {
                            crate::plan::comparison_table::Kind::Money => format_money(
                                lang,
                                micromacro_engine::Money::from_cents(
                                    (v * 100.0).round() as i64,
                                    p.spent.currency(),
                                ),
                                0,
                            ),
                            crate::plan::comparison_table::Kind::MoneyCents => format_money(
                                lang,
                                micromacro_engine::Money::from_cents(
                                    (v * 100.0).round() as i64,
                                    p.spent.currency(),
                                ),
                                2,
                            ),
                            crate::plan::comparison_table::Kind::Percent => {
                                format_percent(lang, v, 0)
                            }
                            crate::plan::comparison_table::Kind::Hours => number(v, 1),
                            crate::plan::comparison_table::Kind::Value => {
                                plan_value_text(lang, d, v)
                            }
                            crate::plan::comparison_table::Kind::Count => number(v, 0),
                        },
                    );
                    view! { <td class="num">{v}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{tr(lang, row.label_key)}</th>{cells}</tr> }
        })
        .collect_view();
    let fmt = move |v: f64, dec: usize| format_number(lang, v, dec);
    let curves_svg = report.curves.as_ref().map(|c| {
        chart_svg(
            &BudgetCurvesChart::from_curves(c, brief.budget),
            CHART,
            lang,
            &fmt,
        )
    });
    let factors_chart = FactorLeansChart::from_decision(d, &d.factors, &report.table);
    let factors_svg = chart_svg(&factors_chart, CHART, lang, &fmt);
    let value_chart = ValueOverTimeChart::from_value(&free.value_over_time);
    let value_svg = chart_svg(&value_chart, CHART, lang, &fmt);
    let sources = DefaultCell::sources(&report.table)
        .into_iter()
        .map(|id| {
            let s = id.source();
            let text = match s.kind {
                SourceKind::User => tr(lang, "defaults.your_value").to_owned(),
                SourceKind::Results => tr(lang, "defaults.your_results").to_owned(),
                SourceKind::Assumption => tr(lang, "report.assumptions_ours").to_owned(),
                _ => format!(
                    "{} ({})",
                    s.name,
                    s.year.or(s.read).map(|y| y.to_string()).unwrap_or_default()
                ),
            };
            view! { <li>{text}</li> }
        })
        .collect_view();
    let results = results_section(lang, report, &brief, &fmt);
    let edits = report.input.benchmarks.len();
    let url = link::share_url(
        &crate::browser::location_href(),
        &campaign_link::encode(&report.input),
    );
    let today = crate::browser::local_date(lang);
    let strategy_name = |s: &str| id_text(lang, "strategy", s, "name");
    view! {
        <header class="report__header">
            <p class="eyebrow">{tr(lang, "report.eyebrow")}</p>
            <h1 data-testid="report-title">{title}</h1>
            <p class="report__meta">{tr_args(lang, "report.meta", &[("date", &today)])}</p>
        </header>
        <section class="report__section">
            <p class="report__headline">{headline}</p>
            {budget_text.map(|t| view! { <p data-testid="report-budget">{t}</p> })}
            <p data-testid="report-verdict" data-verdict=verdict_id class="report__verdict">{verdict}</p>
            {gap_text.map(|t| view! { <p data-testid="report-gap" data-gain=gap.map(crate::i18n::plain_number).unwrap_or_default()>{t}</p> })}
            {(!free.picks.is_empty()).then(|| tr_args(lang, "recommend.split", &[
                ("micro", &format_money(lang, free.spent.scale(free.micro_share), 0)),
                ("macro", &format_money(lang, micromacro_engine::Money::from_cents(free.spent.cents() - free.spent.scale(free.micro_share).cents(), free.spent.currency()), 0)),
                ("share", &format_percent(lang, free.micro_share, 0)),
            ]))}
            <h2>{tr(lang, "recommend.factors")}</h2>
            <ul class="report__reasons">{reasons}</ul>
        </section>
        <section class="report__section">
            <h2>{tr(lang, "client.plan")}</h2>
            <table class="report__table">
                <thead><tr>
                    <th scope="col">{tr(lang, "creators.name")}</th>
                    <th scope="col">{tr(lang, "creators.platform")}</th>
                    <th scope="col">{tr(lang, "creators.quick_tier")}</th>
                    <th scope="col" class="num">{tr(lang, "creators.followers")}</th>
                    <th scope="col" class="num">{tr(lang, "report.count")}</th>
                    <th scope="col" class="num">{tr(lang, "creators.price")}</th>
                </tr></thead>
                <tbody>{creators}</tbody>
            </table>
        </section>
        <section class="report__section">
            <h2>{tr(lang, "compare.title")}</h2>
            <table class="report__table">
                <thead><tr>
                    <th scope="col"></th>
                    <th scope="col" class="num">{tr(lang, "advice.line.yours")}</th>
                    <th scope="col" class="num">{strategy_name("micro_side")}</th>
                    <th scope="col" class="num">{strategy_name("macro_side")}</th>
                    <th scope="col" class="num">{strategy_name("free")}</th>
                </tr></thead>
                <tbody>{plan_rows}</tbody>
            </table>
            {paid_social.map(|t| view! { <p data-testid="report-paid-social">{t}</p> })}
            {worth.map(|t| view! { <p data-testid="report-worth">{t}</p> })}
        </section>
        <section class="report__section report__charts">
            <h2>{tr(lang, "charts.title")}</h2>
            {curves_svg.map(|svg| chart_image("budget-curves", tr(lang, "charts.budget_curves.title").to_owned(), &svg))}
            {chart_image("factors", tr(lang, "charts.factors.title").to_owned(), &factors_svg)}
            {chart_image("value-time", tr(lang, "charts.value_time.title").to_owned(), &value_svg)}
        </section>
        {results}
        <section class="report__section">
            <h2>{tr(lang, "report.assumptions")}</h2>
            <p>{tr_args(lang, "report.assumptions_intro", &[("edits", &edits.to_string())])}</p>
            <ul class="report__sources">{sources}</ul>
            <p class="report__link">{tr(lang, "report.link")}" "<span class="report__url">{url}</span></p>
        </section>
    }
}

/// The report page.
#[component]
pub fn ReportPage(
    /// A saved campaign's id, or `None` for the plan on screen.
    id: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let handed = expect_context::<ReportPlan>();
    let content = move || {
        let lang = i18n.lang();
        let input = match &id {
            Some(id) => crate::storage::saved_campaigns::load(
                &crate::storage::local_store::LocalStore,
                id,
                lang,
            )
            .map(|c| c.plan),
            None => handed.0.get(),
        };
        let Some(mut input) = input else {
            return view! {
                <p class="notice notice--info" role="status">{tr(lang, "report.nothing")}" "<a href="#/plan">{tr(lang, "nav.plan")}</a></p>
            }
            .into_any();
        };
        input.relocalise(lang);
        match Report::of(input) {
            // Printing is offered only when there is a report to print.
            Some(report) => view! {
                <p class="report__actions">
                    <button type="button" class="button button--primary" data-testid="report-print" on:click=move |_| {
                        if let Some(w) = web_sys::window() {
                            let _ = w.print();
                        }
                    }>
                        {tr(lang, "report.print")}
                    </button>
                </p>
                {body(lang, &report)}
            }
            .into_any(),
            None => view! { <p class="notice notice--error" role="alert">{tr(lang, "report.invalid")}</p> }.into_any(),
        }
    };
    view! {
        <article class="report" data-testid="report">
            // On screen only: what the page is for. The static skeleton shows the same
            // paragraph while the app loads (tests/skeleton.rs).
            <p class="report__intro">{i18n.text("report.intro")}</p>
            {content}
        </article>
    }
}
