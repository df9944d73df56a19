//! The advice beside your plan: your plan, the best from your own creators and the best with
//! the market in one line each, how far yours is from the best, and the changes that close
//! most of the gap, each adoptable in one action and undoable.

use leptos::prelude::*;
use micromacro_engine::{Change, Decision, Strategy};

use super::PlanModel;
use super::comparison::value_text;
use crate::i18n::{Lang, plain_number, tr, tr_args};
use crate::plan::CreatorInput;
use crate::plan::adopt;
use crate::plan::advice_text::{Names, Reader, change_effect, change_text, gap_text, more_text};
use crate::ui::use_i18n;

/// What an adoption changed: the rows before and after it, and what it was in words. Undo is
/// offered while the rows are still as the adoption left them.
#[derive(Clone)]
struct Adopted {
    before: Vec<CreatorInput>,
    after: Vec<CreatorInput>,
    text: String,
}

/// An edit of the plan's rows made from the decision (`ids` maps its creators to rows).
type Edit = Box<dyn FnOnce(&mut crate::plan::PlanInput, &Decision, &[crate::plan::RowRef])>;

/// The words of `change`, from the planner's state.
fn describe(model: PlanModel, lang: Lang, decision: &Decision, change: &Change) -> String {
    model.roster.with(|r| {
        model.input.with(|input| {
            model.row_metrics.with(|rows| {
                let n = Names {
                    input,
                    rows,
                    ids: &r.ids,
                    creators: &r.creators,
                };
                change_text(lang, decision, change, &n)
            })
        })
    })
}

/// One line: a plan's name, its value, and how much more than yours.
fn line(
    lang: Lang,
    decision: &Decision,
    key: &str,
    value: f64,
    gain: Option<f64>,
    testid: &'static str,
) -> impl IntoView + use<> {
    let (label, text) = (tr(lang, key).to_owned(), value_text(lang, decision, value));
    let more = gain
        .filter(|g| *g > 0.0)
        .map(|g| tr_args(lang, "advice.line.more", &[("gain", &more_text(lang, g))]));
    view! {
        <div class="advice__line" data-testid=testid data-value=plain_number(value)>
            <dt>{label}</dt>
            <dd>{text}{more.map(|m| view! { " " <span class="advice__more">{m}</span> })}</dd>
        </div>
    }
}

/// The advice panel.
#[component]
pub fn AdvicePanel() -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let adopted: RwSignal<Option<Adopted>> = RwSignal::new(None);
    // Applies an edit of the rows and offers to undo it.
    let adopt_with = move |text: String, edit: Edit| {
        let Some(decision) = model.decision.get_untracked() else {
            return;
        };
        let ids = model.roster.with_untracked(|r| r.ids.clone());
        let before = model.input.with_untracked(|i| i.creators.clone());
        model.edit(|i| edit(i, &decision, &ids));
        let after = model.input.with_untracked(|i| i.creators.clone());
        adopted.set(Some(Adopted {
            before,
            after,
            text,
        }));
    };
    let undo_offer = move || {
        let a = adopted.get()?;
        let current = model.input.with(|i| i.creators == a.after);
        current.then_some(a.text)
    };
    let undo = move |_| {
        if let Some(a) = adopted.get_untracked() {
            model.edit(|i| i.creators = a.before.clone());
            adopted.set(None);
        }
    };
    let content = move || {
        let lang = i18n.lang();
        let decision = model.decision.get()?;
        let advice = &decision.advice;
        let free = decision.plan(Strategy::Free);
        let market = decision
            .pool
            .candidates
            .iter()
            .any(|c| c.origin.is_typical());
        let gap = advice.gap_to(free);
        let budget = model.brief.with(|b| b.budget);
        let gap_text =
            gap_text(lang, &advice.yours, free, budget, Reader::Planner).unwrap_or_default();
        let over = advice.yours.spent.cents() > budget.cents();
        let changes = advice
            .changes
            .iter()
            .map(|change| {
                let change = *change;
                let text = describe(model, lang, &decision, &change);
                let label = tr_args(lang, "advice.adopt_label", &[("change", &text)]);
                let words = text.clone();
                let apply = move |_| {
                    let words = words.clone();
                    adopt_with(
                        words,
                        Box::new(move |input, decision, ids| {
                            let roster = input.roster.0.clone();
                            adopt::apply(input, decision, &change, &roster, ids);
                        }),
                    );
                };
                view! {
                    <li class="advice__change" data-testid="advice-change" data-kind=change.kind.as_str() data-gain=change.gain.map(plain_number).unwrap_or_default()>
                        <span class="advice__change-text">{text}</span>
                        " "
                        <span class="advice__change-effect">{change_effect(lang, &change)}</span>
                        " "
                        <button type="button" class="button button--small" data-testid="adopt-change" aria-label=label on:click=apply>
                            {tr(lang, "advice.adopt")}
                        </button>
                    </li>
                }
            })
            .collect_view();
        let changes_title = if over {
            "advice.changes.over"
        } else {
            "advice.changes"
        };
        let no_changes = advice.changes.is_empty() && !advice.yours.picks.is_empty();
        let can_adopt_best = !free.picks.is_empty() && gap.is_none_or(|g| g > 0.0);
        let adopt_best = move |_| {
            adopt_with(
                tr(lang, "advice.adopted_best").to_owned(),
                Box::new(|input, decision, ids| {
                    let roster = input.roster.0.clone();
                    adopt::adopt_best(input, decision, &roster, ids);
                }),
            );
        };
        Some(view! {
            <dl class="advice__lines">
                {line(lang, &decision, "advice.line.yours", advice.yours.value, None, "advice-yours")}
                {market.then(|| line(lang, &decision, "advice.line.own", advice.best_own.value, advice.gap_to(&advice.best_own), "advice-own"))}
                {line(lang, &decision, if market { "advice.line.market" } else { "advice.line.own" }, free.value, gap, "advice-best")}
            </dl>
            <p class="advice__gap" data-testid="advice-gap" data-gain=gap.map(plain_number).unwrap_or_default()>{gap_text}</p>
            {(!advice.changes.is_empty()).then(|| view! { <h3>{tr(lang, changes_title)}</h3> })}
            <ol class="advice__changes">{changes}</ol>
            {no_changes.then(|| view! { <p data-testid="advice-no-changes">{tr(lang, "advice.changes.none")}</p> })}
            {can_adopt_best.then(|| view! {
                <p><button type="button" class="button" data-testid="adopt-best" on:click=adopt_best>{tr(lang, "advice.adopt_best")}</button></p>
            })}
        })
    };
    view! {
        <section class="card advice" aria-labelledby="advice-title" data-testid="advice">
            <h2 id="advice-title">{i18n.text("advice.title")}</h2>
            <p class="section-intro">{i18n.text("advice.intro")}</p>
            <p class="advice__adopted" role="status">
                {move || undo_offer().map(|text| {
                    let lang = i18n.lang();
                    let said = if text == tr(lang, "advice.adopted_best") { text } else { tr_args(lang, "advice.adopted", &[("change", &text)]) };
                    view! {
                        {said}
                        " "
                        <button type="button" class="button button--small" data-testid="undo-adopt" on:click=undo>{tr(lang, "advice.undo")}</button>
                    }
                })}
            </p>
            {content}
        </section>
    }
}
