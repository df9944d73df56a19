//! Saving and sharing the plan.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering::Relaxed};
use std::time::Duration;

use leptos::prelude::*;

use super::PlanModel;
use crate::browser;
use crate::plan::PlanInput;
use crate::share::codec::MAX_ENCODED_LEN;
use crate::share::{campaign_link, link};
use crate::storage::campaign_ops::{self, Overwrite, SaveError};
use crate::storage::local_store::LocalStore;
use crate::storage::saved_campaigns;
use crate::ui::{I18n, NoticeKind, Notices, use_i18n};

/// How long after the last edit an autosave waits.
const AUTOSAVE_DELAY: Duration = Duration::from_millis(600);

/// Saves the plan in this browser (a new campaign the first time, the same
/// one after), and, once saved, saves again shortly after every edit. Makes a
/// share link on request. A save that fails says why and loses nothing: the
/// plan stays on screen and the last saved version stays in storage.
#[component]
pub fn PlanToolbar(
    /// Catalogue key of the save button's text.
    #[prop(default = "toolbar.save")]
    save_key: &'static str,
    /// The save button's `data-testid`.
    #[prop(default = "save-campaign")]
    save_testid: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let notices = expect_context::<Notices>();
    let shared = RwSignal::new(None::<PlanInput>);

    let save_now = move || save(model, i18n, notices);

    // Autosave: keeps localStorage in step with the plan once it is saved.
    // The edit a timer saves for (a later edit's timer saves instead), and whether an edit is
    // not saved yet: plain atomics, since the last one is read as the page goes.
    let generation = Arc::new(AtomicU32::new(0));
    let pending = Arc::new(AtomicBool::new(false));
    {
        let (generation, pending) = (Arc::clone(&generation), Arc::clone(&pending));
        // The form as last seen: an autosave only for what a campaign keeps (new candidates
        // from the library are not an edit).
        Effect::new(move |previous: Option<PlanInput>| {
            let input = model.input.get();
            let edited = previous.is_some_and(|p| !p.saves_as(&input));
            if !edited || model.saved_id.get_untracked().is_none() {
                return input;
            }
            let mine = generation.fetch_add(1, Relaxed) + 1;
            pending.store(true, Relaxed);
            let (generation, pending) = (Arc::clone(&generation), Arc::clone(&pending));
            set_timeout(
                move || {
                    // Not when a later edit's timer will, nor when leaving the page saved it.
                    if generation.load(Relaxed) == mine && pending.swap(false, Relaxed) {
                        save_now();
                    }
                },
                AUTOSAVE_DELAY,
            );
            input
        });
    }
    // Leaving the page before the delay is up saves the last edit now: the form's signals
    // still hold it while the page's parts are cleaned up.
    on_cleanup(move || {
        if pending.swap(false, Relaxed) {
            save_now();
        }
    });

    // The link is made, and its box shown, by the planner's module in the release build
    // (`crate::ui::lazy::share_box`), fetched as the planner mounts: the link's writer and
    // compressor are not needed for its first screen.
    let share = move |_| shared.set(Some(model.input.get_untracked()));
    // The report of a saved campaign has its own address (it survives a reload); an unsaved
    // plan is handed to the report page directly.
    let report = move |_| {
        let hash = match model.saved_id.get_untracked() {
            Some(id) => crate::route::Route::Report(Some(id)).href(),
            None => {
                let plan = expect_context::<crate::ui::pages::ReportPlan>();
                plan.0.set(Some(model.input.get_untracked()));
                crate::route::Route::Report(None).href()
            }
        };
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(&hash);
        }
    };
    let status = move || match model.saved_at.get() {
        Some(ms) => i18n.format(
            "toolbar.saved_at",
            &[("time", &browser::local_time(ms, i18n.lang()))],
        ),
        None if model.saved_id.get().is_some() => i18n.text("toolbar.saved")().to_owned(),
        None => i18n.text("toolbar.not_saved")().to_owned(),
    };
    view! {
        <div class="plan-toolbar">
            <button type="button" class="button button--primary" data-testid=save_testid on:click=move |_| save_now()>
                {i18n.text(save_key)}
            </button>
            <button type="button" class="button" data-testid="share" on:click=share>
                {i18n.text("toolbar.share")}
            </button>
            <button type="button" class="button" data-testid="print-report" on:click=report>
                {i18n.text("toolbar.report")}
            </button>
            <p class="plan-toolbar__status" role="status" data-testid="save-status">{status}</p>
        </div>
        {move || shared.get().map(|input| crate::ui::lazy::show(move || crate::ui::lazy::share_box(input.clone())))}
    }
}

/// The box with the link to `input`, or, for a plan too large for a link, nothing but a
/// notice saying so.
pub fn share_box(input: &PlanInput) -> AnyView {
    let payload = campaign_link::encode(input);
    // A link longer than links may be would not open: say so instead.
    if payload.len() > MAX_ENCODED_LEN {
        expect_context::<Notices>().push(NoticeKind::Error, "toolbar.too_long", Vec::new());
        return ().into_any();
    }
    let url = link::share_url(&browser::location_href(), &payload);
    view! { <crate::ui::share_box::ShareBox url=url /> }.into_any()
}

/// Saves the plan now (the save button, the autosave, and leaving the page with an edit not
/// yet saved); one function, not a closure copied into each of them.
#[inline(never)]
fn save(model: PlanModel, i18n: I18n, notices: Notices) {
    let now = js_sys::Date::now();
    let id = model
        .saved_id
        .get_untracked()
        .unwrap_or_else(|| saved_campaigns::new_id(now, js_sys::Math::random()));
    let save = |overwrite| {
        campaign_ops::save_plan(
            &LocalStore,
            &id,
            model.input.get_untracked(),
            model.saved_at.get_untracked(),
            now,
            overwrite,
        )
    };
    // Another tab may have saved this campaign since: the user decides which version stays.
    let saved = match save(Overwrite::IfUnchanged) {
        Err(SaveError::Conflict { .. }) if browser::confirm(i18n.text("toolbar.conflict")()) => {
            save(Overwrite::Always)
        }
        other => other,
    };
    match saved {
        Ok(_) => {
            if model.saved_id.get_untracked().is_none() {
                // The address now names the campaign, so a reload reopens it.
                browser::replace_hash(&format!("#/plan/{id}"));
                model.saved_id.set(Some(id));
            }
            model.saved_at.set(Some(now));
        }
        Err(SaveError::Conflict { .. }) => {
            notices.push(NoticeKind::Error, "toolbar.conflict_kept", Vec::new())
        }
        Err(SaveError::Store(error)) => notices.push(
            NoticeKind::Error,
            "toolbar.save_failed",
            vec![(
                "reason",
                crate::ui::error_text::store_error(i18n.lang(), &error),
            )],
        ),
    }
}
