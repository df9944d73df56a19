//! The checklist's result screen: verdict, counts, meaning, factor leans.

use leptos::prelude::*;
use micromacro_engine::Verdict;

use super::{FactorLeans, LeanMeter};
use crate::checklist_game::GameState;
use crate::i18n::{verdict_advice_key, verdict_name_key};
use crate::ui::use_i18n;

/// The verdict by the sources' rule (mostly A → micro, mostly B → macro,
/// balanced → mix) with what it means and how each factor leaned, followed by
/// the ways on (`children`: the player's own game and a shared result offer
/// different ones). Focus moves to the verdict when the card appears, so it is
/// announced.
#[component]
pub fn ResultCard(
    /// The finished game.
    #[prop(into)]
    game: Signal<GameState>,
    /// The actions under the result.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let tally = move || game.with(|g| g.checklist().tally());
    // A result screen only exists for a complete game, so there is a verdict;
    // mix is the neutral reading should that ever not hold.
    let verdict = move || tally().verdict().unwrap_or(Verdict::Mix);
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! {
        <section
            class=move || format!("card result-card result-card--{}", verdict().as_str())
            data-testid="verdict"
            data-verdict=move || verdict().as_str()
            data-a=move || tally().a.to_string()
            data-b=move || tally().b.to_string()
            aria-labelledby="verdict-title"
        >
            <p class="eyebrow">{i18n.text("checklist.result.eyebrow")}</p>
            <h2 id="verdict-title" class="result-card__verdict" tabindex="-1" node_ref=heading>
                {move || i18n.text(verdict_name_key(verdict()))()}
            </h2>
            <p class="result-card__counts">
                {move || {
                    let t = tally();
                    i18n.format("checklist.result.counts", &[("a", &t.a.to_string()), ("b", &t.b.to_string())])
                }}
            </p>
            <LeanMeter lean=Signal::derive(move || tally().lean()) />
            <p class="result-card__advice">{move || i18n.text(verdict_advice_key(verdict()))()}</p>
            <h3>{i18n.text("checklist.result.factors")}</h3>
            {move || view! { <FactorLeans leans=game.with(|g| g.checklist().factor_leans()) /> }}
            <p class="result-card__rule">{i18n.text("checklist.result.rule")}</p>
            <div class="result-card__actions">{children()}</div>
        </section>
    }
}
