//! `#/plan` and `#/plan/<id>`: the campaign planner, new or saved.

use leptos::prelude::*;
use micromacro_engine::Brief;

use crate::plan::PlanInput;
use crate::storage::local_store::LocalStore;
use crate::storage::saved_campaigns;
use crate::ui::plan::PlanView;
use crate::ui::{PlanHandoff, use_i18n};

/// A new plan: the brief the checklist handed over, or the defaults.
#[component]
pub fn PlanPage() -> impl IntoView {
    let i18n = use_i18n();
    let handed = expect_context::<PlanHandoff>().take();
    let prefilled = handed.is_some();
    let input = handed.unwrap_or_else(|| PlanInput::from_brief(&Brief::default(), i18n.lang()));
    view! {
        <PlanView input=input>
            {prefilled
                .then(|| {
                    view! {
                        <p class="notice notice--info" role="status" data-testid="prefilled">
                            {i18n.text("plan.prefilled")}
                        </p>
                    }
                })}
        </PlanView>
    }
}

/// A campaign saved in this browser; a missing one says so and offers a new
/// plan instead of failing.
#[component]
pub fn SavedPlanPage(
    /// The campaign's id.
    id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    match saved_campaigns::load(&LocalStore, &id, i18n.lang()) {
        Some(saved) => {
            view! { <PlanView input=saved.plan saved_id=saved.id saved_at=saved.updated_ms /> }
                .into_any()
        }
        None => view! {
            <PlanView input=PlanInput::from_brief(&Brief::default(), i18n.lang())>
                <p class="notice notice--error" role="alert" data-testid="notice" data-kind="error">
                    {i18n.text("campaigns.missing")}
                </p>
            </PlanView>
        }
        .into_any(),
    }
}
