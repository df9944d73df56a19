//! Micro, macro or a mix: the verdict read from the free plan, its split, and what each of the
//! nine factors did to it.

use leptos::prelude::*;
use micromacro_engine::{DecisionState, Direction};

use super::PlanModel;
use crate::i18n::{
    factor_effect_text, factor_name_key, factor_pull_text, format_money, format_percent, id_text,
    plain_number, tr,
};
use crate::ui::lean_bar::LeanBar;
use crate::ui::use_i18n;

/// The recommendation for the brief and the creators: the verdict with what it means, the
/// free plan's split (the verdict's basis), and each factor's effect with its reason. A budget
/// that buys nobody says so instead of giving a verdict.
#[component]
pub fn RecommendationPanel() -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let content = move || {
        let lang = i18n.lang();
        let decision = model.decision.get()?;
        let free = decision.free();
        let state = decision.state;
        let verdict = decision.verdict.map(|v| v.as_str()).unwrap_or_default();
        let effects = model.factor_effects();
        let pending = effects
            .is_none()
            .then(|| view! { <p class="factor__how">{tr(lang, "recommend.factors_pending")}</p> });
        let factors = effects
            .unwrap_or_default()
            .iter()
            .map(|effect| {
                let side = match effect.direction {
                    Direction::Micro => "micro",
                    Direction::Macro => "macro",
                    _ => "neutral",
                };
                let points = ((effect.lean.abs() * 100.0).round() as i64).to_string();
                // Where the split cannot move, the bar and a sentence show the factor's pull.
                let pull = factor_pull_text(lang, effect);
                let (bar, side, shown) = match &pull {
                    Some(_) if effect.pull < 0.0 => (effect.pull, "micro", Direction::Micro),
                    Some(_) => (effect.pull, "macro", Direction::Macro),
                    None => (effect.lean, side, effect.direction),
                };
                view! {
                    <li
                        class="factor"
                        class:factor--inactive=effect.direction == Direction::Inactive
                        data-testid="factor"
                        data-factor=effect.factor.as_str()
                        data-lean=plain_number(effect.lean)
                        data-direction=effect.direction.as_str()
                        data-pull=plain_number(effect.pull)
                    >
                        <div class="factor__head">
                            <span class="factor__name">{tr(lang, factor_name_key(effect.factor))}</span>
                            <span class=format!("factor__lean factor__lean--{side}")>{tr(lang, match shown {
                                Direction::Micro => "lean.micro",
                                Direction::Macro => "lean.macro",
                                Direction::None => "lean.none",
                                Direction::Inactive => "lean.inactive",
                            })}</span>
                        </div>
                        <LeanBar lean=bar side=side />
                        <p class="factor__reason">
                            {factor_effect_text(lang, effect.factor, effect.direction, &points)}
                            {pull.map(|p| view! { " " {p} })}
                        </p>
                    </li>
                }
            })
            .collect_view();
        let split = (state == DecisionState::Ok).then(|| {
            let micro = free.spent.scale(free.micro_share);
            let macro_side = micromacro_engine::Money::from_cents(
                free.spent.cents() - micro.cents(),
                micro.currency(),
            );
            view! {
                <p
                    class="verdict__split"
                    data-testid="budget-split"
                    data-micro=plain_number(micro.to_major_f64())
                    data-macro=plain_number(macro_side.to_major_f64())
                >
                    {i18n.format(
                        "recommend.split",
                        &[
                            ("micro", &format_money(lang, micro, 0)),
                            ("macro", &format_money(lang, macro_side, 0)),
                            ("share", &format_percent(lang, free.micro_share, 0)),
                        ],
                    )}
                </p>
            }
        });
        let headline = match state {
            DecisionState::Ok => view! {
                <h2 class="verdict__name">{id_text(lang, "verdict", verdict, "name")}</h2>
                <p>{id_text(lang, "verdict", verdict, "summary")}</p>
            }
            .into_any(),
            DecisionState::TooSmall => view! {
                <h2 class="verdict__name">{tr(lang, "recommend.too_small")}</h2>
                <p>{i18n.format(
                    "recommend.too_small.help",
                    &[("cheapest", &decision.cheapest.map(|m| format_money(lang, m, 0)).unwrap_or_default())],
                )}</p>
            }
            .into_any(),
            DecisionState::NotWorth => view! {
                <h2 class="verdict__name">{tr(lang, "recommend.not_worth")}</h2>
                <p>{crate::plan::worth_text::not_worth_help(lang, model.brief.with_untracked(|b| b.objective), free)}</p>
            }
            .into_any(),
            DecisionState::Empty => view! {
                <h2 class="verdict__name">{tr(lang, "recommend.empty")}</h2>
                <p>{tr(lang, "recommend.empty.help")}</p>
            }
            .into_any(),
        };
        // The confidence comes with the ranges, after the rest: only its own line (and the
        // attribute) follow them, so the panel is not rebuilt when they arrive.
        let robustness = move || {
            model.ranges.with(|r| {
                r.as_ref()
                    .and_then(|r| r.robustness.map(|x| (x, r.samples)))
            })
        };
        // Until the worlds are in, a line of about the same length says what is being worked
        // out, so the factors below do not move down when the confidence arrives.
        let confidence = move || {
            match robustness() {
            Some((share, samples)) => Some(view! {
                <p class="verdict__confidence" data-testid="confidence">
                    {i18n.format(
                        "recommend.confidence",
                        &[("share", &format_percent(i18n.lang(), share, 0)), ("n", &samples.to_string())],
                    )}
                </p>
            }.into_any()),
            None => (state == DecisionState::Ok && model.ranges.with(Option::is_none)).then(|| view! {
                <p class="verdict__confidence">{i18n.text("recommend.confidence_pending")}</p>
            }.into_any()),
        }
        };
        Some(view! {
            <div
                class=format!("verdict verdict--{}", if verdict.is_empty() { "none" } else { verdict })
                data-confidence=move || robustness().map(|(share, _)| plain_number(share)).unwrap_or_default()
                data-testid="recommendation"
                data-verdict=verdict
                data-state=state.as_str()
                data-micro-share=plain_number(decision.micro_share)
            >
                <p class="eyebrow">{tr(lang, "recommend.title")}</p>
                {headline}
                {split}
                {confidence}
                // Without a plan (too small, nobody worth it, no creators) there is nothing
                // for the factors to have moved.
                {(state == DecisionState::Ok).then(|| view! {
                    <h3>{tr(lang, "recommend.factors")}</h3>
                    <p class="factor__how">{tr(lang, "factor.how")}</p>
                    {pending}
                    <ol class="factors">{factors}</ol>
                })}
            </div>
        })
    };
    view! { <section class="card recommendation" aria-label=i18n.text("recommend.title")>{content}</section> }
}
