//! Micro, macro or a mix: the verdict, the split and the nine factors.

use leptos::prelude::*;

use super::PlanModel;
use crate::i18n::{factor_name_key, format_money, format_percent, id_text, reason_text};
use crate::ui::lean_bar::LeanBar;
use crate::ui::use_i18n;

/// The engine's recommendation for the brief and the creators: the verdict
/// with what it means, the confidence, the suggested budget split, any notes,
/// and each factor's lean with its one-line reason.
#[component]
pub fn RecommendationPanel() -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let content = move || {
        let lang = i18n.lang();
        let advice = model.recommendation.get()?;
        let verdict = advice.verdict.as_str();
        let factors = advice
            .factors
            .iter()
            .map(|score| {
                let side = if score.lean < -0.05 {
                    "micro"
                } else if score.lean > 0.05 {
                    "macro"
                } else {
                    "neutral"
                };
                view! {
                    <li class="factor" data-testid="factor" data-factor=score.factor.as_str() data-lean=score.lean.to_string()>
                        <div class="factor__head">
                            <span class="factor__name">{i18n.text(factor_name_key(score.factor))}</span>
                            <span class=format!("factor__lean factor__lean--{side}")>{i18n.text(match side {
                                "micro" => "lean.micro",
                                "macro" => "lean.macro",
                                _ => "lean.neutral",
                            })}</span>
                        </div>
                        <LeanBar lean=score.lean side=side />
                        <p class="factor__reason">
                            {reason_text(lang, score.reason)}
                            " "
                            <span class="factor__basis">
                                {i18n.format("recommend.basis", &[("basis", &id_text(lang, "basis", score.basis.as_str(), "name"))])}
                            </span>
                        </p>
                    </li>
                }
            })
            .collect_view();
        let notes = advice
            .notes
            .iter()
            .map(|note| view! { <li>{reason_text(lang, *note)}</li> })
            .collect_view();
        let split = i18n.format(
            "recommend.split",
            &[
                ("micro", &format_money(lang, advice.split.micro, 0)),
                ("macro", &format_money(lang, advice.split.macro_side, 0)),
            ],
        );
        Some(view! {
            <div class=format!("verdict verdict--{verdict}") data-testid="recommendation" data-verdict=verdict>
                <p class="eyebrow">{i18n.text("recommend.title")}</p>
                <h2 class="verdict__name">{id_text(lang, "verdict", verdict, "name")}</h2>
                <p>{id_text(lang, "verdict", verdict, "summary")}</p>
                <p class="verdict__split" data-testid="budget-split" data-micro=advice.split.micro.to_major_f64().to_string() data-macro=advice.split.macro_side.to_major_f64().to_string()>
                    {split}
                </p>
                <p class="verdict__confidence">
                    {i18n.format("recommend.confidence", &[("confidence", &format_percent(lang, advice.confidence, 0))])}
                </p>
                <ul class="verdict__notes">{notes}</ul>
                <h3>{i18n.text("recommend.factors")}</h3>
                <ol class="factors">{factors}</ol>
            </div>
        })
    };
    view! { <section class="card recommendation" aria-label=i18n.text("recommend.title")>{content}</section> }
}
