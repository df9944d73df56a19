//! The micro ↔ macro meter that moves as answers come in.

use leptos::prelude::*;

use crate::i18n::plain_number;
use crate::ui::use_i18n;

/// Where a lean in [−1 micro, +1 macro] sits on a 0–100 % track.
pub fn lean_position(lean: f64) -> f64 {
    ((lean.clamp(-1.0, 1.0) + 1.0) * 50.0 * 10.0).round() / 10.0
}

/// The catalogue key describing a lean, with the sources' verdict bands:
/// −0.2 and +0.2 are the 60 % A / 60 % B boundaries.
fn lean_words_key(lean: Option<f64>) -> &'static str {
    match lean {
        None => "checklist.meter.none",
        Some(l) if l <= micromacro_engine::MICRO_THRESHOLD => "checklist.meter.leans_micro",
        Some(l) if l >= micromacro_engine::MACRO_THRESHOLD => "checklist.meter.leans_macro",
        Some(_) => "checklist.meter.balanced",
    }
}

/// A horizontal meter from Micro (left) to Macro (right) with the mix band in
/// the middle and a marker at the current lean. Exposed to assistive
/// technology as a `meter` whose value text says the lean in words.
#[component]
pub fn LeanMeter(
    /// The lean so far; `None` before the first answer.
    #[prop(into)]
    lean: Signal<Option<f64>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let position = move || lean.get().map_or(50.0, lean_position);
    view! {
        <div class="lean-meter">
            <span class="lean-meter__end lean-meter__end--micro" aria-hidden="true">
                {i18n.text("checklist.meter.micro")}
            </span>
            <div
                class="lean-meter__track"
                role="meter"
                aria-label=i18n.text("checklist.meter.label")
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=move || plain_number(position())
                aria-valuetext=move || i18n.text(lean_words_key(lean.get()))()
                data-testid="lean-meter"
                data-lean=move || lean.get().map(plain_number).unwrap_or_default()
            >
                <span class="lean-meter__band" aria-hidden="true">{i18n.text("checklist.meter.mix")}</span>
                <span
                    class="lean-meter__marker"
                    class:lean-meter__marker--idle=move || lean.get().is_none()
                    style:left=move || format!("{}%", plain_number(position()))
                ></span>
            </div>
            <span class="lean-meter__end lean-meter__end--macro" aria-hidden="true">
                {i18n.text("checklist.meter.macro")}
            </span>
            <p class="lean-meter__words" aria-hidden="true">{move || i18n.text(lean_words_key(lean.get()))()}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_on_the_track() {
        assert_eq!(lean_position(-1.0), 0.0);
        assert_eq!(lean_position(0.0), 50.0);
        assert_eq!(lean_position(1.0), 100.0);
        assert_eq!(lean_position(1.7), 100.0);
        assert_eq!(lean_position(-0.2), 40.0);
    }

    #[test]
    fn words_follow_the_verdict_bands() {
        assert_eq!(lean_words_key(None), "checklist.meter.none");
        assert_eq!(lean_words_key(Some(-0.2)), "checklist.meter.leans_micro");
        assert_eq!(lean_words_key(Some(-0.19)), "checklist.meter.balanced");
        assert_eq!(lean_words_key(Some(0.2)), "checklist.meter.leans_macro");
    }
}
