//! `#/checklist`: the A/B checklist game.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use micromacro_engine::Answer;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::checklist_game::{GameState, Screen};
use crate::share::{checklist_link, link};
use crate::storage::checklist_progress;
use crate::storage::local_store::LocalStore;
use crate::ui::checklist::{LeanMeter, QuestionCard, ResultCard};
use crate::ui::share_box::ShareBox;
use crate::ui::{NoticeKind, Notices, PlanHandoff, use_i18n};

/// Loads the saved game (see [`checklist_progress::load`]); tells the player when an
/// unreadable one was set aside.
fn load_game(notices: Notices) -> GameState {
    let restored = checklist_progress::load(&LocalStore);
    if restored.set_aside {
        notices.push(NoticeKind::Error, "checklist.restore_failed", Vec::new());
    }
    restored.game
}

/// Keeps the game in localStorage. A refused write is reported once; the game
/// goes on in memory.
fn save_game(game: &GameState, notices: Notices, reported: StoredValue<bool>) {
    if let Err(error) = checklist_progress::save(&LocalStore, game)
        && !reported.get_value()
    {
        reported.set_value(true);
        notices.push(
            NoticeKind::Error,
            "checklist.save_failed",
            // The page's language when the write failed (the notice keeps its words).
            vec![(
                "reason",
                crate::ui::error_text::store_error(crate::browser::document_language(), &error),
            )],
        );
    }
}

/// Whether a key press belongs to a text field rather than to the game.
fn typed_into_a_field(ev: &KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}

/// The game: intro, progress, the micro ↔ macro meter, then one question at a
/// time and finally the result. Playable by keyboard alone: A/1 and B/2
/// answer, ←/→ move between questions, Tab and Enter work as everywhere.
#[component]
pub fn ChecklistPage() -> impl IntoView {
    let i18n = use_i18n();
    let notices = expect_context::<Notices>();
    let handoff = expect_context::<PlanHandoff>();
    let game = RwSignal::new(load_game(notices));
    let save_failure_reported = StoredValue::new(false);

    // The share link of the finished game, made when the player asks for it.
    let share_url = RwSignal::new(None::<String>);

    // Every move goes through here: update, then keep it (an edge: storage).
    // A move may change the answers, so an earlier share link is withdrawn.
    let play = move |step: &dyn Fn(&mut GameState)| {
        share_url.set(None);
        game.update(|g| step(g));
        game.with_untracked(|g| save_game(g, notices, save_failure_reported));
    };
    let on_answer = Callback::new(move |answer: Answer| play(&|g| g.answer(answer)));
    let on_back = Callback::new(move |()| play(&GameState::back));
    let on_forward = Callback::new(move |()| play(&GameState::forward));
    let on_restart = Callback::new(move |()| play(&GameState::restart));

    let share = move |_| {
        let payload = game.with_untracked(|g| checklist_link::encode(g.checklist()));
        share_url.set(Some(link::share_url(&browser::location_href(), &payload)));
    };

    let keys = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        if ev.ctrl_key()
            || ev.meta_key()
            || ev.alt_key()
            || ev.default_prevented()
            || typed_into_a_field(&ev)
        {
            return;
        }
        let on_question = game.with_untracked(|g| g.question().is_some());
        match ev.key().as_str() {
            "a" | "A" | "1" if on_question => on_answer.run(Answer::A),
            "b" | "B" | "2" if on_question => on_answer.run(Answer::B),
            "ArrowLeft" => on_back.run(()),
            "ArrowRight" => on_forward.run(()),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());

    let total = game.with_untracked(|g| g.checklist().questions().len());
    let answered = move || game.with(GameState::answered);
    let on_result = move || game.with(|g| g.screen() == Screen::Result);
    let progress_label = move || {
        i18n.format(
            "checklist.progress_label",
            &[
                ("answered", &answered().to_string()),
                ("total", &total.to_string()),
            ],
        )
    };

    view! {
        <section class="checklist" data-testid="page-checklist">
            <h1>{i18n.text("checklist.title")}</h1>
            <p class="lead">{i18n.text("checklist.intro")}</p>
            <div
                class="progress"
                data-testid="progress"
                data-answered=move || answered().to_string()
                data-total=total.to_string()
                role="progressbar"
                aria-valuemin="0"
                aria-valuemax=total.to_string()
                aria-valuenow=move || answered().to_string()
                aria-valuetext=progress_label
                aria-label=i18n.text("checklist.meter.label")
            >
                <span class="progress__fill" style:width=move || format!("{}%", answered() * 100 / total.max(1))></span>
            </div>
            <p class="progress__text" aria-hidden="true">{progress_label}</p>
            <Show
                when=on_result
                fallback=move || {
                    view! {
                        <LeanMeter lean=Signal::derive(move || game.with(|g| g.checklist().tally().lean())) />
                        <QuestionCard game=game on_answer=on_answer on_back=on_back on_forward=on_forward />
                        <p class="hint">{i18n.text("checklist.keys_hint")}</p>
                    }
                }
            >
                <ResultCard game=game>
                    <a
                        class="button button--primary"
                        href="#/plan"
                        data-testid="to-plan"
                        on:click=move |_| game.with_untracked(|g| handoff.from_checklist(g.checklist(), i18n.lang()))
                    >
                        {i18n.text("checklist.to_plan")}
                    </a>
                    <button type="button" class="button" data-testid="share-result" on:click=share>
                        {i18n.text("share.button")}
                    </button>
                    <button type="button" class="button" data-testid="change" on:click=move |_| on_back.run(())>
                        {i18n.text("checklist.change")}
                    </button>
                    <button type="button" class="button" data-testid="restart" on:click=move |_| on_restart.run(())>
                        {i18n.text("checklist.restart")}
                    </button>
                </ResultCard>
                {move || share_url.get().map(|url| view! { <ShareBox url=url /> })}
            </Show>
            <p class="hint">{i18n.text("checklist.kept")}</p>
        </section>
    }
}
