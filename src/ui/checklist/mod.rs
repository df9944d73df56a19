//! Parts of the checklist game page (`crate::ui::pages::ChecklistPage`).

mod factor_leans;
mod lean_meter;
mod question_card;
mod result_card;

pub use factor_leans::FactorLeans;
pub use lean_meter::{LeanMeter, lean_position};
pub use question_card::QuestionCard;
pub use result_card::ResultCard;
