//! Parts of the campaign planner page (`crate::ui::pages::PlanPage`).
//!
//! [`PlanModel`] holds the form as typed and everything derived from it as
//! memos: each figure is computed once per change, by the engine, and every
//! part of the page reads the same values.

mod advice;
mod brief_form;
mod calibration_panel;
pub(crate) mod charts;
mod client_summary;
pub(crate) mod comparison;
mod creator_list;
mod creator_row;
mod defaults_panel;
pub(crate) mod file_input;
mod library_sync;
mod model;
mod plan_view;
mod ranges_task;
mod recommendation;
mod results_panel;
mod roster_panel;
mod show_math;
mod toolbar;
mod your_plan;

pub use advice::AdvicePanel;
pub use brief_form::BriefForm;
pub use calibration_panel::CalibrationPanel;
pub use charts::PlanCharts;
pub use client_summary::ClientSummary;
pub use comparison::Comparison;
pub use creator_list::CreatorList;
pub use defaults_panel::DefaultsPanel;
pub use model::{PlanModel, curve_budgets, decide_ahead};
pub use plan_view::{LowerSteps, PlanView, lower_parts};
pub use recommendation::RecommendationPanel;
pub use results_panel::ResultsPanel;
pub use roster_panel::RosterPanel;
pub use show_math::ShowTheMath;
pub use toolbar::{PlanToolbar, share_box};
pub use your_plan::YourPlan;
