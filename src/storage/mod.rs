//! What the app keeps in the browser, and the formats it keeps it in.
//!
//! Invariants (ARCHITECTURE.md 2, 3):
//! - Only the user's inputs are stored; every figure is recomputed on load.
//! - Each stored value is an explicit, versioned format (`v`) owned here, with
//!   conversions to and from engine types; engine types are never serialised.
//!   An old format keeps loading: fixtures of every version are tests.
//! - A value that cannot be read is never silently dropped or overwritten:
//!   it is set aside under its key plus [`local_store::UNREADABLE_SUFFIX`] and
//!   the user is told.

pub mod backup;
pub mod calibration_setting;
pub mod campaign_ops;
pub mod checklist_progress;
pub mod library_move;
pub mod local_store;
pub mod saved_campaigns;
pub mod store;
