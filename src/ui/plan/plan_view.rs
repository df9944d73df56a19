//! The planner's layout around one plan.

use leptos::prelude::*;

use super::{
    AdvicePanel, BriefForm, CalibrationPanel, Comparison, CreatorList, DefaultsPanel, PlanCharts,
    PlanModel, PlanToolbar, RecommendationPanel, ResultsPanel, RosterPanel, YourPlan,
};
use crate::i18n::{Digits, Lang, write_number};
use crate::plan::PlanInput;
use crate::ui::lazy;
use crate::ui::staged::Staged;
use crate::ui::use_i18n;

/// The planner for `input`: saving and sharing, the brief and the
/// recommendation side by side, then the creators, the same-budget
/// comparison, the charts and the benchmarks. Everything below the brief is
/// computed by the engine from what is typed, as it is typed.
#[component]
pub fn PlanView(
    /// The plan to show.
    input: PlanInput,
    /// Its id, when it is a campaign saved in this browser.
    #[prop(optional)]
    saved_id: Option<String>,
    /// When that campaign was last saved (ms since 1970).
    #[prop(optional)]
    saved_at: Option<f64>,
    /// Catalogue key of the save button (e.g. "save a copy" for a shared plan).
    #[prop(default = "toolbar.save")]
    save_key: &'static str,
    /// `data-testid` of the save button.
    #[prop(default = "save-campaign")]
    save_testid: &'static str,
    /// The page's `data-testid`.
    #[prop(default = "page-plan")]
    testid: &'static str,
    /// A message above the plan (where it came from).
    #[prop(optional)]
    children: Option<Children>,
    /// Opened by a client from a shared link: a read-only summary with the campaign's name as
    /// the page's title comes first, the editor after it.
    #[prop(optional)]
    client: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let model = PlanModel::new(input, saved_id);
    model.saved_at.set(saved_at);
    provide_context(model);
    // Numbers are typed in the page's notation (12,5 in Dutch). A switch of language
    // rewrites the form's numbers into the new one in the same step, so no figure ever
    // changes because of a switch. The plan may also arrive in another notation (a link).
    let relocalise = move |lang| {
        if model.input.with_untracked(|i| i.notation != lang) {
            model.input.update(|i| i.relocalise(lang));
        }
    };
    relocalise(i18n.lang_untracked());
    i18n.on_switch(relocalise);
    // The first mount is only what a phone shows first: the planner's heading (what the
    // static skeleton showed), or a shared link's client summary (the skeleton's title card
    // with the plan's figures, all at once: figures arriving a step later pushed the page
    // down, a layout shift of 0.11 on a phone). Every part after it mounts in a task of its
    // own (see `Staged`), in the order a phone shows them, so no task of the first load
    // blocks input for long.
    lazy::preload_planner_parts();
    let staged = Staged::start(11);
    // The creators' list adds its rows a few a task while the page mounts (`CreatorList`).
    provide_context(staged);
    let step = |n: u8| staged.reached(n);
    let (toolbar, brief, brief_parts) = (step(1), step(2), (step(3), step(4)));
    // The decision is worked out in a step of its own, before the recommendation shows it:
    // reading the memo computes it (tracking it alone would not), and the panel then finds
    // it ready. Together they were the first load's longest task.
    let decided = step(5);
    Effect::new(move |_| {
        if decided.get() {
            model.decision.with_untracked(|_| ());
        }
    });
    let (recommendation, list) = (step(6), step(7));
    let lower = LowerSteps {
        model,
        roster: step(8),
        comparison: step(9),
        charts: step(10),
        defaults: step(11),
    };
    view! {
        <section
            class="planner"
            data-testid=testid
            data-mounting=move || (!staged.done()).then_some("")
            data-edits=move || model.last_edit.with(|(count, _)| count.to_string())
            data-edit-ms=move || model.last_edit.with(|(_, ms)| ms.map(|ms| write_number(Lang::En, ms, false, Digits::Fixed(1))))
        >
            {if client {
                view! {
                    <super::ClientSummary />
                    <h2 id="plan-editor" class="planner__editor-title">{i18n.text("client.editor")}</h2>
                }
                .into_any()
            } else {
                view! {
                    <h1>{i18n.text("plan.title")}</h1>
                    <p class="lead">{i18n.text("plan.intro")}</p>
                }
                .into_any()
            }}
            {children.map(|children| children())}
            <Show when=move || toolbar.get()>
                <PlanToolbar save_key=save_key save_testid=save_testid />
            </Show>
            <div class="planner__top">
                <Show when=move || brief.get()><BriefForm parts=brief_parts /></Show>
                <Show when=move || recommendation.get()><RecommendationPanel /></Show>
            </div>
            // The parts below are the planner's module in the release build (see `lazy`),
            // fetched from the start; the mount waits for it at the creators' step. (Below the
            // brief and the recommendation on a desktop too, so nothing on screen moves.)
            // Until it has arrived (on a slow connection, a second or more), a line says what
            // is coming where it will be.
            <Show when=move || list.get()>
                {lazy::show(move || staged.hold(lazy::planner_parts(lower)))}
                <Show when=move || staged.holding()>
                    <p class="planner__loading" role="status" data-testid="planner-loading">
                        {i18n.text("part.loading.planner")}
                    </p>
                </Show>
            </Show>
        </section>
    }
}

/// When the planner's parts below the creators' list mount: each at a step of its own (the
/// list mounts with the module, at the step that fetches it).
#[derive(Clone, Copy)]
pub struct LowerSteps {
    model: PlanModel,
    roster: Memo<bool>,
    comparison: Memo<bool>,
    charts: Memo<bool>,
    defaults: Memo<bool>,
}

/// The planner's parts from its creators down: the list at once, the others each at its step;
/// and the task that fills in the ranges, the factors of a large pool and the curves, once
/// the page is whole (the last step). In the release build this is a module of its own
/// (`crate::ui::lazy::planner_parts`), mounted once the creators' step is reached, so the
/// task and the engine's sampling come with it, not with the main module: the task never
/// started before the page was whole, which waits for this module anyway.
pub fn lower_parts(steps: LowerSteps) -> AnyView {
    let LowerSteps {
        model,
        roster,
        comparison,
        charts,
        defaults,
    } = steps;
    // The candidates from the creator library join once the page is whole: the library is
    // read from the browser's database in the background, and the decision follows.
    super::library_sync::sync(model);
    super::ranges_task::start(model, defaults);
    let results = super::results_panel::results_view(model);
    view! {
        <CreatorList />
        <Show when=move || roster.get()><YourPlan /><AdvicePanel /><RosterPanel /></Show>
        <Show when=move || comparison.get()><Comparison /></Show>
        <Show when=move || charts.get()><PlanCharts /></Show>
        <Show when=move || defaults.get()><DefaultsPanel /><ResultsPanel view_memo=results /><CalibrationPanel results=results /></Show>
    }
    .into_any()
}
