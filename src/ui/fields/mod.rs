//! Labelled form fields shared by the planner's forms.

mod select_field;
mod text_field;

pub use select_field::SelectField;
pub use text_field::TextField;
