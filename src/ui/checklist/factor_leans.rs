//! How each of the nine factors leaned in the player's answers.

use leptos::prelude::*;
use micromacro_engine::{Factor, PerFactor};

use crate::i18n::{factor_name_key, plain_number};
use crate::ui::lean_bar::LeanBar;
use crate::ui::use_i18n;

/// Which way a lean points: `micro`, `macro` or `balanced` (exactly zero).
fn side(lean: f64) -> &'static str {
    if lean < 0.0 {
        "micro"
    } else if lean > 0.0 {
        "macro"
    } else {
        "balanced"
    }
}

/// The catalogue key naming a side.
fn side_key(side: &str) -> &'static str {
    match side {
        "micro" => "checklist.lean.micro",
        "macro" => "checklist.lean.macro",
        _ => "checklist.lean.balanced",
    }
}

/// One row per factor: its name, a bar from the centre towards micro (left)
/// or macro (right), and the lean in words, so the chart reads without colour.
#[component]
pub fn FactorLeans(
    /// Each factor's lean; `None` for a factor no answered question covers.
    leans: PerFactor<Option<f64>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows = Factor::ALL
        .iter()
        .filter_map(|factor| leans.get(*factor).map(|lean| (*factor, lean)))
        .map(|(factor, lean)| {
            let side = side(lean);
            view! {
                <li class="factor-lean" data-testid="factor-lean" data-factor=factor.as_str() data-lean=plain_number(lean)>
                    <span class="factor-lean__name">{i18n.text(factor_name_key(factor))}</span>
                    <LeanBar lean=lean side=side />
                    <span class="factor-lean__word">{i18n.text(side_key(side))}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="factor-leans">
            <figcaption>{i18n.text("checklist.result.factors_caption")}</figcaption>
            <ul>{rows}</ul>
        </figure>
    }
}
