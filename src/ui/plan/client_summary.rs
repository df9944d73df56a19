//! The client view of a shared campaign (F20): the campaign's name as the page's title, then
//! the verdict, the best plan and its key figures, read-only, before the editor.

use leptos::prelude::*;
use micromacro_engine::{DecisionState, Strategy};

use super::PlanModel;
use crate::i18n::{format_money, format_number, format_percent, id_text, tr, tr_args};
use crate::plan::comparison_table::{Hire, hires};
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
        let free = decision.plan(Strategy::Free);
        let verdict = match (decision.state, decision.verdict) {
            (DecisionState::Ok, Some(v)) => tr_args(
                lang,
                "client.verdict",
                &[
                    ("verdict", &id_text(lang, "verdict", v.as_str(), "name")),
                    ("share", &format_percent(lang, free.micro_share, 0)),
                ],
            ),
            _ => tr(lang, "recommend.too_small").to_owned(),
        };
        let (ids, names): (Vec<crate::plan::RowRef>, Vec<String>) = model.roster.with(|r| {
            (
                r.ids.clone(),
                r.creators.iter().map(|c| c.name.clone()).collect(),
            )
        });
        let hired = hires(&decision, free, &ids, &names)
            .into_iter()
            .map(|h| match h {
                Hire::Named { name, .. } => {
                    view! { <li data-testid="client-creator">{name}</li> }.into_any()
                }
                Hire::Typical {
                    tier,
                    followers,
                    count,
                } => view! {
                    <li data-testid="client-creator">
                        {tr_args(lang, "compare.typical_group", &[
                            ("tier", &id_text(lang, "tier", tier.as_str(), "name")),
                            ("followers", &format_number(lang, followers as f64, 0)),
                            ("count", &format_number(lang, count as f64, 0)),
                        ])}
                    </li>
                }
                .into_any(),
            })
            .collect_view();
        let figures = tr_args(
            lang,
            "client.figures",
            &[
                ("spent", &format_money(lang, free.spent, 0)),
                ("budget", &format_money(lang, brief.budget, 0)),
                (
                    "reach",
                    &format_number(lang, free.totals.effective_reach.unique, 0),
                ),
                (
                    "engaged",
                    &format_number(lang, free.totals.engaged_audience, 0),
                ),
                ("creators", &free.creators().to_string()),
            ],
        );
        Some(view! {
            <p class="client__verdict" data-testid="client-verdict" data-verdict=decision.verdict.map(|v| v.as_str()).unwrap_or_default()>
                {verdict}
            </p>
            <p>{figures}</p>
            <h2>{tr(lang, "client.plan")}</h2>
            <ul class="client__hires">{hired}</ul>
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
