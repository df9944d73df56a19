//! The client view of a shared campaign: the campaign's name as the page's title, then the
//! plan the sender chose (its creators by name, its figures, against the budget), then the
//! advice (the verdict and how far the plan is from the best one found), read-only, before
//! the editor.

use leptos::prelude::*;
use micromacro_engine::{DecisionState, Strategy};

use super::PlanModel;
use crate::i18n::{
    format_money, format_number, format_percent, id_text, plain_number, tr, tr_args,
};
use crate::plan::advice_text::{Reader, budget_line, gap_text, hired_rows};
use crate::ui::use_i18n;

/// The read-only summary a client sees first when opening a shared campaign.
#[component]
pub fn ClientSummary() -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let title = move || {
        let name = model.input.with(|i| i.name.trim().to_owned());
        if name.is_empty() {
            tr(i18n.lang(), "client.untitled").to_owned()
        } else {
            name
        }
    };
    // The page's title is the campaign's name while the client view is open.
    Effect::new(move |_| {
        // Tracks the language too: the app resets the title when the language changes.
        i18n.lang();
        crate::browser::set_title(&title());
    });
    let summary = move || {
        let lang = i18n.lang();
        let decision = model.decision.get()?;
        let brief = model.brief.get();
        let yours = &decision.advice.yours;
        let free = decision.plan(Strategy::Free);
        // The plan first: exactly the creators the sender chose, by name (a typical creator
        // only when they adopted one, and then as one still to be found).
        let hired = model
            .input
            .with(|input| model.row_metrics.with(|rows| hired_rows(lang, input, rows)))
            .into_iter()
            .map(|(_, typical, name)| {
                view! { <li data-testid="shared-plan-creator" data-typical=typical.to_string()>{name}</li> }
            })
            .collect_view();
        let figures = tr_args(
            lang,
            "client.figures",
            &[
                ("spent", &format_money(lang, yours.spent, 0)),
                ("budget", &format_money(lang, brief.budget, 0)),
                (
                    "reach",
                    &format_number(lang, yours.totals.effective_reach.unique, 0),
                ),
                (
                    "engaged",
                    &format_number(lang, yours.totals.engaged_audience, 0),
                ),
                ("creators", &yours.creators().to_string()),
            ],
        );
        let verdict = match (decision.state, decision.verdict) {
            (DecisionState::Ok, Some(v)) => tr_args(
                lang,
                "client.verdict",
                &[
                    ("verdict", &id_text(lang, "verdict", v.as_str(), "name")),
                    ("share", &format_percent(lang, free.micro_share, 0)),
                ],
            ),
            (state, _) => tr(lang, crate::plan::worth_text::state_name_key(state)).to_owned(),
        };
        let gap = decision.advice.gap_to(free);
        let gap_text = gap_text(lang, yours, free, brief.budget, Reader::Client);
        // The plan's reach as a P10–P90 range, once the sampled worlds are in.
        let ranges = move || {
            model.ranges.with(|r| {
                let r = r.as_ref()?;
                let b = r.yours.effective_reach;
                (b.high > b.low).then(|| {
                    tr_args(
                        lang,
                        "client.ranges",
                        &[
                            ("n", &r.samples.to_string()),
                            ("low", &format_number(lang, b.low, 0)),
                            ("high", &format_number(lang, b.high, 0)),
                        ],
                    )
                })
            })
        };
        let empty = yours.picks.is_empty();
        Some(view! {
            <h2>{tr(lang, "client.plan")}</h2>
            {empty.then(|| view! { <p>{tr(lang, "client.plan_empty")}</p> })}
            <ul class="client__hires">{hired}</ul>
            {(!empty).then(|| view! {
                <p data-testid="client-figures">{figures}</p>
                <p data-testid="client-ranges">{ranges}</p>
                <p>{budget_line(lang, yours.spent, brief.budget)}</p>
            })}
            <h2>{tr(lang, "client.advice")}</h2>
            <p class="client__verdict" data-testid="client-verdict" data-verdict=decision.verdict.map(|v| v.as_str()).unwrap_or_default()>
                {verdict}
            </p>
            {gap_text.map(|t| view! { <p data-testid="client-gap" data-gain=gap.map(plain_number).unwrap_or_default()>{t}</p> })}
        })
    };
    view! {
        <section class="card client" data-testid="client-view" aria-labelledby="shared-title">
            <p class="eyebrow">{i18n.text("client.eyebrow")}</p>
            <h1 id="shared-title" data-testid="shared-title">{title}</h1>
            // Also in the page's static skeleton, in the same place: what this page is, before
            // its figures arrive.
            <p class="client__intro">{i18n.text("client.intro")}</p>
            {summary}
            <p class="client__edit">
                <a class="button" href="#plan-editor" data-testid="edit-copy">{i18n.text("client.edit")}</a>
            </p>
        </section>
    }
}
