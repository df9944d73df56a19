//! Saving and sharing the plan.

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
use crate::ui::{NoticeKind, Notices, use_i18n};

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

    let save_now = move || {
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
    };

    // Autosave: keeps localStorage in step with the plan once it is saved.
    let generation = StoredValue::new(0_u64);
    Effect::new(move |previous: Option<()>| {
        model.input.track();
        let first_run = previous.is_none();
        if first_run || model.saved_id.get_untracked().is_none() {
            return;
        }
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        set_timeout(
            move || {
                if generation.get_value() == mine {
                    save_now();
                }
            },
            AUTOSAVE_DELAY,
        );
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
