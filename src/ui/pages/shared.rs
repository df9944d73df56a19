//! `#/s/<payload>`: something opened from a share link.
//!
//! The payload is decoded once, when the page opens (or, when the app opens on it, a task
//! before the mount: [`open_ahead`]). A checklist result shows
//! as a result card with ways to play or keep it; a link that cannot be opened
//! says exactly why, next to the link's own page, and changes nothing else.

use std::cell::RefCell;

use leptos::prelude::*;
use micromacro_engine::Checklist;

use crate::browser;
use crate::checklist_game::GameState;
use crate::i18n::Lang;
use crate::plan::PlanInput;
use crate::share::codec::{Kind, LinkError};
use crate::share::{campaign_link, checklist_link, link};
use crate::storage::checklist_progress;
use crate::storage::local_store::LocalStore;
use crate::ui::checklist::ResultCard;
use crate::ui::plan::PlanView;
use crate::ui::{NoticeKind, Notices, PlanHandoff, use_i18n};

/// What a share link turned out to hold.
enum Opened {
    ChecklistResult(Checklist),
    // Boxed: a campaign form is far larger than the other variants.
    Campaign(Box<PlanInput>),
    Problem(LinkError),
}

thread_local! {
    /// A link decoded before the app mounted ([`open_ahead`]), until its page takes it.
    static OPENED_AHEAD: RefCell<Option<(String, Lang, Opened)>> = const { RefCell::new(None) };
}

/// Decodes the share link `payload` for a page in `lang` ahead of the mount, so that the
/// mount, the first load's longest task, does not also inflate and parse it (the app calls
/// this a task before it mounts on a share link). The page takes the result when it opens
/// the same link in the same language, and decodes the link itself otherwise.
pub fn open_ahead(payload: &str, lang: Lang) {
    let opened = open(payload, lang);
    OPENED_AHEAD.with(|slot| *slot.borrow_mut() = Some((payload.to_owned(), lang, opened)));
}

/// Works out, ahead of the mount, the decision of the campaign [`open_ahead`] decoded, if it
/// decoded one (see `crate::ui::plan::decide_ahead`); whether there was one. The app calls
/// this in a task of its own, between `open_ahead`'s and the mount's.
pub fn decide_ahead() -> bool {
    OPENED_AHEAD.with(|slot| match &*slot.borrow() {
        Some((_, _, Opened::Campaign(plan))) => {
            crate::ui::plan::decide_ahead(plan);
            true
        }
        _ => false,
    })
}

/// The link decoded ahead if it is `payload` in `notation`, else `payload` decoded now. What
/// was decoded ahead is taken either way: a page opened later decodes its link itself.
fn take_or_open(payload: &str, notation: Lang) -> Opened {
    let ahead = OPENED_AHEAD.with(|slot| slot.borrow_mut().take());
    match ahead {
        Some((p, lang, opened)) if p == payload && lang == notation => opened,
        _ => open(payload, notation),
    }
}

fn open(payload: &str, notation: Lang) -> Opened {
    let envelope = match link::open(payload) {
        Ok(envelope) => envelope,
        Err(error) => return Opened::Problem(error),
    };
    match envelope.kind {
        Kind::ChecklistResult => match checklist_link::decode(&envelope) {
            Ok(checklist) => Opened::ChecklistResult(checklist),
            Err(error) => Opened::Problem(error),
        },
        // `link::open` refuses campaign links until this app writes them.
        Kind::Campaign => match campaign_link::decode(&envelope, notation) {
            Ok(plan) => Opened::Campaign(Box::new(plan)),
            Err(error) => Opened::Problem(error),
        },
    }
}

/// The page for a share link.
#[component]
pub fn SharedPage(
    /// The text after `#/s/`.
    payload: String,
) -> impl IntoView {
    let i18n = use_i18n();
    match take_or_open(&payload, i18n.lang()) {
        // The result card is the checklist page's code, so it comes with the pages' module
        // (see `crate::ui::lazy`).
        Opened::ChecklistResult(checklist) => {
            crate::ui::lazy::show(move || crate::ui::lazy::shared_result(checklist.clone())).into_any()
        }
        Opened::Campaign(plan) => view! {
            <PlanView input=*plan save_key="shared.save_copy" save_testid="save-copy" testid="page-shared" client=true>
                <p class="notice notice--info" role="status">{i18n.text("shared.plan.notice")}</p>
            </PlanView>
        }
        .into_any(),
        Opened::Problem(error) => view! { <LinkProblem error=error /> }.into_any(),
    }
}

/// A checklist result from a link, with ways to play it or keep it.
#[component]
pub(crate) fn SharedResult(checklist: Checklist) -> impl IntoView {
    let i18n = use_i18n();
    let game = GameState::restore(checklist, usize::MAX);
    let complete = game.checklist().is_complete();
    let notices = expect_context::<Notices>();
    let handoff = expect_context::<PlanHandoff>();
    let kept = RwSignal::new(false);
    let keep = {
        let game = game.clone();
        move |_| {
            // The player's own game is only replaced when they say so.
            match checklist_progress::keep_shared(&LocalStore, &game, || {
                browser::confirm(i18n.text("shared.keep_confirm")())
            }) {
                Ok(replaced) => kept.set(replaced),
                Err(error) => notices.push(
                    NoticeKind::Error,
                    "checklist.save_failed",
                    vec![(
                        "reason",
                        crate::ui::error_text::store_error(i18n.lang(), &error),
                    )],
                ),
            }
        }
    };
    let game = Signal::stored(game);
    view! {
        <section class="checklist" data-testid="page-shared">
            <h1>{i18n.text("shared.result.title")}</h1>
            <p class="lead">{i18n.text("shared.result.intro")}</p>
            {if complete {
                view! {
                    <ResultCard game=game>
                        <a class="button button--primary" href="#/checklist" data-testid="play-yourself">
                            {i18n.text("shared.play_yourself")}
                        </a>
                        <button
                            type="button"
                            class="button"
                            data-testid="save-copy"
                            disabled=move || kept.get()
                            on:click=keep.clone()
                        >
                            {i18n.text("shared.keep")}
                        </button>
                        <a
                            class="button"
                            href="#/plan"
                            data-testid="to-plan"
                            on:click=move |_| game.with_untracked(|g| handoff.from_checklist(g.checklist(), i18n.lang()))
                        >
                            {i18n.text("checklist.to_plan")}
                        </a>
                    </ResultCard>
                    <p class="hint" role="status">
                        {move || kept.get().then(|| i18n.text("shared.kept")())}
                    </p>
                }
                    .into_any()
            } else {
                view! { <LinkProblem error=LinkError::Damaged /> }.into_any()
            }}
        </section>
    }
}

/// Why a link could not be opened, in place, as an error notice.
#[component]
fn LinkProblem(error: LinkError) -> impl IntoView {
    let i18n = use_i18n();
    let message = move || crate::ui::error_text::link_error(i18n.lang(), &error);
    view! {
        <section class="not-found" data-testid="page-shared">
            <h1>{i18n.text("shared.error.title")}</h1>
            <div class="notice notice--error" role="alert" data-testid="notice" data-kind="error">
                <p>{message}</p>
            </div>
            <p>{i18n.text("shared.error.nothing_changed")}</p>
            <p>
                <a class="button button--primary" href="#/">{i18n.text("coming.back")}</a>
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A campaign link the app made (the end-to-end tests' fixture).
    fn campaign_payload() -> &'static str {
        include_str!("../../../e2e/fixtures/campaign-link.txt")
            .trim()
            .trim_start_matches("#/s/")
    }

    #[test]
    fn a_link_decoded_ahead_is_taken_once_by_its_own_page() {
        let payload = campaign_payload();
        open_ahead(payload, Lang::Nl);
        assert!(OPENED_AHEAD.with(|slot| slot.borrow().is_some()));
        assert!(matches!(
            take_or_open(payload, Lang::Nl),
            Opened::Campaign(_)
        ));
        assert!(OPENED_AHEAD.with(|slot| slot.borrow().is_none()));
        // Opened again (the same link later), it is decoded again.
        assert!(matches!(
            take_or_open(payload, Lang::Nl),
            Opened::Campaign(_)
        ));
    }

    #[test]
    fn another_link_or_language_is_decoded_afresh() {
        let payload = campaign_payload();
        // Decoded ahead in Dutch notation, opened in English: decoded again in English.
        open_ahead(payload, Lang::Nl);
        match take_or_open(payload, Lang::En) {
            Opened::Campaign(plan) => assert_eq!(plan.notation, Lang::En),
            _ => panic!("the fixture is a campaign link"),
        }
        assert!(OPENED_AHEAD.with(|slot| slot.borrow().is_none()));
        // Decoded ahead, then another link opened: that link, not the one decoded ahead.
        open_ahead(payload, Lang::En);
        assert!(matches!(
            take_or_open("not-a-link", Lang::En),
            Opened::Problem(_)
        ));
    }
}
