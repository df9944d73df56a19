//! JSON, read and written by the app's own small codec: the stored and shared formats
//! (`format::campaign`, `storage`, `share::checklist_link`) map their records to and from a
//! [`Value`] by hand.
//!
//! Why not serde: its derived visitors and serde_json's generic reader were the largest code
//! of the first-load module after the framework, one monomorphised copy a record type; this codec is one non-generic reader and
//! writer, and the mapping code of each format is plain code that names the key it rejects.
//! Numbers go through the app's own float reader and writer (`crate::num`), so no float
//! table of `core` or of `ryu` comes along.
//!
//! Invariants:
//! - [`parse`] accepts exactly RFC 8259 JSON (the tests compare it with serde_json on many
//!   texts), except that it refuses what a record of ours never holds and a hostile text could
//!   use: nesting deeper than [`MAX_DEPTH`], a number beyond an `f64`'s range, and a key twice
//!   in one object. Strings without escapes are borrowed from the input, not copied.
//! - [`to_string`] writes what [`parse`] reads back to an equal [`Value`]; numbers are written
//!   with the fewest digits that read back as the same `f64`, never with an exponent, and
//!   non-finite ones as `null` (as serde_json does).
//! - Callers cap the size of a text before parsing it (share links, files, storage).

mod read;
mod value;
mod write;

pub use read::{MAX_DEPTH, ParseError, parse};
pub use value::{Number, Object, Value};
pub use write::{to_string, to_string_pretty};
