//! The campaign planner's inputs, kept exactly as typed, and their reading
//! into engine types with a message per field.
//!
//! Invariants: what the user typed is never changed or dropped because it is
//! invalid (the field keeps the text and shows why); the engine only ever
//! sees validated values; nothing here touches the browser.

pub mod adopt;
pub mod advice_text;
pub mod calibration;
mod choose;
pub mod comparison_table;
mod defaults_cell;
pub mod figure_math;
mod number;
pub mod objective_math;
pub mod paid_social;
mod plan_input;
mod results;
pub mod results_text;
pub mod roster_row;
pub mod roster_state;
mod row_metrics;
pub mod worth_text;

pub use choose::{PLAN_HEADER, chosen_rows, plan_csv, row_from_entry};
pub use defaults_cell::{DefaultCell, End, Relative};
pub use number::parse_decimal;
pub use plan_input::{CreatorInput, InputError, PlanInput, plain_number};
pub use results::{MAX_RESULT_ROWS, ResultRow, ResultsMerge, ResultsView};
pub use roster_state::{
    Added, MAX_ROSTER, Query, RosterEntry, RosterState, RowRef, SharedRoster, SortKey, choose,
    view as roster_view,
};
pub use row_metrics::{RowMetrics, RowMetricsCache};
