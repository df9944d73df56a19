//! One component a page of the hash router (`crate::route::Route`).

mod checklist;
mod coming_soon;
mod home;
mod not_found;
mod plan;
mod shared;

pub use checklist::ChecklistPage;
pub use coming_soon::ComingSoon;
pub use home::{Home, headline_example};
pub use not_found::NotFound;
pub use plan::PlanPage;
pub use shared::SharedPage;
