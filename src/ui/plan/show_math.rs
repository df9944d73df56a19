//! "Show the math": the formula behind the plans' value for the brief's objective, with the
//! inputs it uses filled in and where each comes from. The paragraphs are written by
//! [`crate::plan::objective_math`]; this component only lays them out.

use leptos::prelude::*;

use super::PlanModel;
use crate::plan::objective_math::paragraphs;
use crate::ui::use_i18n;

/// A disclosure with the formula of the brief's objective and its inputs.
#[component]
pub fn ShowTheMath() -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let body = move || {
        let lang = i18n.lang();
        let brief = model.brief.get();
        let (bound, share) = model.decision.with(|d| {
            d.as_ref()
                .filter(|d| d.verdict.is_some())
                .map_or((None, None), |d| {
                    (Some(d.free().optimality()), Some(d.micro_share))
                })
        });
        model
            .assumptions
            .with(|a| paragraphs(lang, &brief, a, bound, share))
            .into_iter()
            .map(|p| view! { <p>{p}</p> })
            .collect_view()
    };
    view! {
        <details class="math" data-testid="show-math">
            <summary>{i18n.text("math.title")}</summary>
            {body}
        </details>
    }
}
