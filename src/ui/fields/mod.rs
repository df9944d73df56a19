//! Labelled form fields shared by the planner's forms.

mod checkbox_field;
mod select_field;
mod text_field;

pub use checkbox_field::CheckboxField;
pub use select_field::SelectField;
pub use text_field::TextField;
