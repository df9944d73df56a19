//! Your plan: exactly the creators of the plan's rows, all hired, with its figures, their
//! P10–P90 ranges, and over or under budget said plainly.

use leptos::prelude::*;
use micromacro_engine::Plan;

use super::PlanModel;
use super::comparison::figure;
use crate::i18n::{plain_number, tr};
use crate::plan::advice_text::{budget_line, hired_rows};
use crate::plan::comparison_table::{Figure, ROWS};
use crate::ui::use_i18n;

/// The figures your plan shows (the comparison's rows, without the ones only a choice among
/// plans needs).
fn shown(figure: Figure) -> bool {
    !matches!(figure, Figure::Value | Figure::Risk | Figure::LongTerm)
}

/// Your plan's card: who it hires, what it spends against the budget, and its figures.
#[component]
pub fn YourPlan() -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let yours = move || -> Option<Plan> {
        model
            .decision
            .with(|d| d.as_ref().map(|d| d.advice.yours.clone()))
    };
    let attr =
        move |read: fn(&Plan) -> String| move || yours().map(|p| read(&p)).unwrap_or_default();
    // How far over budget, in currency units (0 within it).
    let over = move || {
        let budget = model.brief.with(|b| b.budget.cents());
        let over = yours().map_or(0, |p| (p.spent.cents() - budget).max(0));
        plain_number(over as f64 / 100.0)
    };
    let content = move || {
        let lang = i18n.lang();
        let decision = model.decision.get()?;
        let plan = &decision.advice.yours;
        let budget = model.brief.with(|b| b.budget);
        let bands = move || model.ranges.with(|r| r.as_ref().map(|r| r.yours));
        if plan.picks.is_empty() {
            return Some(
                view! { <p data-testid="your-plan-empty">{tr(lang, "yours.empty")}</p> }.into_any(),
            );
        }
        let hires = model
            .input
            .with(|input| model.row_metrics.with(|rows| hired_rows(lang, input, rows)))
            .into_iter()
            .map(|(id, typical, name)| {
                view! {
                    <li class="hire" class:hire--typical=typical data-testid="your-plan-creator" data-row=format!("plan-{id}")>
                        {typical.then(|| view! { <span class="badge badge--typical">{tr(lang, "compare.typical")}</span> " " })}
                        {name}
                    </li>
                }
            })
            .collect_view();
        let rows = ROWS
            .iter()
            .filter(|row| shown(row.figure) && (row.value)(plan).is_some())
            .map(|row| {
                let text = figure(lang, &decision, plan, row.kind, (row.value)(plan));
                let (band, kind) = (row.band, row.kind);
                let range = move || {
                    let b = band
                        .zip(bands())
                        .and_then(|(get, b)| get(&b))
                        .filter(|b| b.high > b.low)?;
                    let text = model.decision.with_untracked(|d| {
                        let d = d.as_ref()?;
                        let p = &d.advice.yours;
                        Some(format!(
                            "({}–{})",
                            figure(lang, d, p, kind, Some(b.low)),
                            figure(lang, d, p, kind, Some(b.high))
                        ))
                    })?;
                    Some(view! { " " <span class="metric__range">{text}</span> })
                };
                view! {
                    <div class="metric" data-figure=row.figure.as_str()>
                        <dt>{tr(lang, row.label_key)}</dt>
                        <dd>{text}{range}</dd>
                    </div>
                }
            })
            .collect_view();
        let over = plan.spent.cents() > budget.cents();
        Some(view! {
            <p class="your-plan__budget" class:your-plan__budget--over=over data-testid="your-plan-budget">
                {budget_line(lang, plan.spent, budget)}
            </p>
            <h3 class="scenario__hires-title">{tr(lang, "yours.hires")}</h3>
            <ul class="scenario__hires">{hires}</ul>
            <dl class="your-plan__figures">{rows}</dl>
        }
        .into_any())
    };
    view! {
        <section
            class="card your-plan"
            aria-labelledby="your-plan-title"
            data-testid="your-plan"
            data-creators=attr(|p| p.creators().to_string())
            data-spent=attr(|p| plain_number(p.spent.to_major_f64()))
            data-value=attr(|p| plain_number(p.value))
            data-net-reach=attr(|p| plain_number(p.totals.engaged_audience))
            data-hours=attr(|p| plain_number(p.totals.management_hours))
            data-over-budget=over
        >
            <h2 id="your-plan-title">{i18n.text("yours.title")}</h2>
            <p class="section-intro">{i18n.text("yours.intro")}</p>
            {content}
        </section>
    }
}
