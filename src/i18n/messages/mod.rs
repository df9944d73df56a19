//! The catalogue's texts, one file an area of the app. Lookup and the
//! completeness tests are in `super::catalogue`.

pub(super) mod campaigns;
pub(super) mod checklist;
pub(super) mod engine;
pub(super) mod engine_factors;
pub(super) mod plan;
pub(super) mod roster;
pub(super) mod share;
pub(super) mod shell;
