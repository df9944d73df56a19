//! One checklist question with its A and B answers.

use leptos::prelude::*;
use micromacro_engine::Answer;

use crate::checklist_game::GameState;
use crate::i18n::{factor_name_key, question_text, tr};
use crate::ui::use_i18n;

/// The current question. The elements stay in place while the question
/// changes (only their texts do), so keyboard focus stays on the answer the
/// player just chose and the live heading announces the next question.
#[component]
pub fn QuestionCard(
    /// The game (read only here).
    #[prop(into)]
    game: Signal<GameState>,
    /// Called with the player's answer.
    on_answer: Callback<Answer>,
    /// Called to go to the previous question.
    on_back: Callback<()>,
    /// Called to go to the next question.
    on_forward: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let total = game.with_untracked(|g| g.checklist().questions().len());
    let index = move || game.with(GameState::position);
    let question_id = move || game.with(|g| g.question().map(|q| q.id).unwrap_or_default());
    let chosen = move || game.with(GameState::current_answer);
    let text =
        move |answer: Option<Answer>| move || question_text(i18n.lang(), question_id(), answer);
    let factor = move || {
        game.with(|g| {
            g.question()
                .map(|q| tr(i18n.lang(), factor_name_key(q.factor)))
                .unwrap_or_default()
        })
    };
    let answer_button = move |answer: Answer| {
        let letter = answer.as_str().to_ascii_uppercase();
        view! {
            <button
                type="button"
                class="answer"
                class:answer--chosen=move || chosen() == Some(answer)
                data-testid=format!("answer-{}", answer.as_str())
                aria-pressed=move || (chosen() == Some(answer)).to_string()
                aria-keyshortcuts=if answer == Answer::A { "A 1" } else { "B 2" }
                on:click=move |_| on_answer.run(answer)
            >
                <span class="answer__key" aria-hidden="true">{letter.clone()}</span>
                <span class="sr-only">{letter}": "</span>
                <span class="answer__text">{text(Some(answer))}</span>
            </button>
        }
    };
    view! {
        <div
            class="card question-card"
            data-testid="question"
            data-index=move || index().to_string()
            data-total=total.to_string()
            data-question=question_id
        >
            <p class="question-card__meta">
                <span>{move || i18n.format("checklist.progress", &[("n", &(index() + 1).to_string()), ("total", &total.to_string())])}</span>
                <span class="question-card__factor">{move || i18n.format("checklist.about", &[("factor", factor())])}</span>
            </p>
            <h2 id="question-text" class="question-card__text" aria-live="polite">{text(None)}</h2>
            <div class="answers" role="group" aria-labelledby="question-text">
                {answer_button(Answer::A)}
                {answer_button(Answer::B)}
            </div>
            <div class="question-card__nav">
                <button
                    type="button"
                    class="button button--quiet"
                    data-testid="back"
                    aria-keyshortcuts="ArrowLeft"
                    disabled=move || !game.with(GameState::can_go_back)
                    on:click=move |_| on_back.run(())
                >
                    <span aria-hidden="true">"←"</span>
                    {i18n.text("checklist.back")}
                </button>
                <button
                    type="button"
                    class="button button--quiet"
                    data-testid="forward"
                    aria-keyshortcuts="ArrowRight"
                    disabled=move || !game.with(GameState::can_go_forward)
                    on:click=move |_| on_forward.run(())
                >
                    {i18n.text("checklist.forward")}
                    <span aria-hidden="true">"→"</span>
                </button>
            </div>
        </div>
    }
}
