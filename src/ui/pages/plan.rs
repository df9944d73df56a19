//! `#/plan`: the campaign planner.

use leptos::prelude::*;

use micromacro_engine::Brief;

use crate::plan::PlanInput;
use crate::ui::plan::{
    BriefForm, Comparison, CreatorList, DefaultsPanel, PlanCharts, PlanModel, RecommendationPanel,
};
use crate::ui::{PlanHandoff, use_i18n};

/// The planner: the brief and the recommendation side by side, then the
/// creators, the same-budget comparison and the charts. Everything below the
/// brief is computed by the engine from what is typed, as it is typed.
#[component]
pub fn PlanPage() -> impl IntoView {
    let i18n = use_i18n();
    let handed = expect_context::<PlanHandoff>().take();
    let prefilled = handed.is_some();
    let model = PlanModel::new(
        handed.unwrap_or_else(|| PlanInput::from_brief(&Brief::default(), i18n.lang())),
    );
    provide_context(model);
    // Numbers are typed in the page's notation (12,5 in Dutch). When the
    // language changes, the form's numbers are rewritten into the new one in
    // a single update, so no figure ever changes because of a switch.
    Effect::new(move |_| {
        let lang = i18n.lang();
        if model.input.with_untracked(|i| i.notation != lang) {
            model.input.update(|i| i.relocalise(lang));
        }
    });
    view! {
        <section class="planner" data-testid="page-plan">
            <h1>{i18n.text("plan.title")}</h1>
            <p class="lead">{i18n.text("plan.intro")}</p>
            {prefilled
                .then(|| {
                    view! {
                        <p class="notice notice--info" role="status" data-testid="prefilled">
                            {i18n.text("plan.prefilled")}
                        </p>
                    }
                })}
            <div class="planner__top">
                <BriefForm />
                <RecommendationPanel />
            </div>
            <CreatorList />
            <Comparison />
            <PlanCharts />
            <DefaultsPanel />
        </section>
    }
}
