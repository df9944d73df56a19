//! One component a page of the hash router (`crate::route::Route`).

mod campaigns;
mod checklist;
mod home;
mod library_section;
mod not_found;
mod plan;
mod report;
mod shared;

pub use campaigns::CampaignsPage;
pub use checklist::ChecklistPage;
pub use home::{Home, headline_example};
pub use library_section::library_section;
pub use not_found::NotFound;
pub use plan::{PlanPage, SavedPlanPage};
pub use report::{ReportPage, ReportPlan};
pub(crate) use shared::SharedResult;
pub use shared::{SharedPage, decide_ahead, open_ahead};
