//! Rosters in and out of spreadsheets: creator lists imported from the CSV/TSV
//! files influencer tools export, rosters and plans exported as CSV that a
//! spreadsheet opens safely, and a deterministic sample roster.
//!
//! Pure: no browser API, no I/O; the UI reads the file's bytes and offers the
//! exported text for download. Tested natively (`tests/roster_fixtures.rs`
//! holds the fixture files and the properties).
//!
//! - [`import()`]: bytes → [`Import`] (creators plus an [`ImportReport`]), or
//!   an [`ImportError`] when the file as a whole cannot be read.
//! - [`headers`]: the one table of header aliases (English and Dutch) and how
//!   a file's header row maps to [`Column`]s.
//! - [`values`]: the small parsers for the notations found in cells (`42.9k`,
//!   `11,85 %`, `€ 1.250,00`, `@handle`, profile URLs, platform names).
//! - [`RosterCreator`]: one imported row, and its conversion into an engine
//!   [`Creator`](micromacro_engine::Creator).
//! - [`export`]: [`to_csv`] for any table of [`Cell`]s, and
//!   [`roster_to_csv`] which writes creators back in the import's column names.
//! - [`CreatorKey`]: the one key a creator is matched and kept by (platform and handle).
//! - [`sample()`]: a fictional roster drawn from the benchmark table.
//!
//! # Invariants
//!
//! - No input makes the import panic; its size is capped before it is parsed
//!   ([`MAX_BYTES`]) and its rows while it is read ([`MAX_ROWS`]).
//! - Every error and row problem is an enum with a stable id (`as_str()`, `IDS`; row problems
//!   and columns through the engine's `id_enum!`);
//!   the UI shows the catalogue text `roster.error.<id>` /
//!   `roster.problem.<id>` / `roster.column.<id>`, never a message from here.
//! - Every imported creator converts into an engine creator that passes
//!   `Creator::validate`: a value that would not is a [`RowProblem`] instead,
//!   never silently clamped.
//! - What [`roster_to_csv`] writes, in either language, [`import()`] reads back
//!   to the same creators.
//! - Every text cell an export writes that a spreadsheet could run as a
//!   formula is neutralised (OWASP CSV injection), and the import undoes
//!   exactly that neutralisation.

mod creator;
pub mod export;
pub mod headers;
pub mod import;
mod key;
pub mod sample;
mod separator;
pub mod values;

pub use creator::{RosterCreator, handle_key};
pub use export::{Cell, ROSTER_HEADER, neutralise, roster_rows, roster_to_csv, to_csv};
pub use headers::Column;
pub use import::{
    Import, ImportError, ImportReport, MAX_BYTES, MAX_COLUMNS, MAX_PRICE, MAX_ROWS, MAX_TEXT_CHARS,
    ProblemKind, RowProblem, import,
};
pub use key::CreatorKey;
pub use sample::{sample, sample_for};
pub use separator::sniff_separator;
