//! A campaign's results as people have them: the app's own plan export with result columns
//! filled in, platform insight exports (Instagram, TikTok, YouTube) and influencer tools'
//! campaign reports, read into one row of figures per creator ([`import`]).
//!
//! What the rows are compared with, and how they are kept with the campaign, is
//! `crate::plan::results`; the comparison itself is the engine's (`results`, `calibration`).

pub mod columns;
pub mod import;

pub use columns::ResultColumn;
pub use import::{
    Figure, ImportedResults, MAX_ROWS, ResultsImport, ResultsProblem, ResultsProblemKind,
    import_results,
};
