//! Languages: the message catalogue (English and Dutch), choosing the language,
//! and formatting numbers the way each language writes them.
//!
//! Invariants:
//! - Every visible string comes from the catalogue through [`tr`] / [`tr_args`];
//!   no component holds display text of its own.
//! - Both catalogues hold exactly the same keys with the same `{placeholders}`
//!   (tested in `catalogue::tests`, and every key the code uses is checked to exist).
//! - The pure parts here (lookup, negotiation, formatting) know nothing of the
//!   browser; `crate::browser` feeds them what the browser says.
//! - A language's texts are read only once [`load`] has them (`texts`: in the release build
//!   each language is a wasm module of its own); until then only the resident section (the
//!   crash and failed-load notices) reads, in both languages.

mod catalogue;
mod engine_keys;
mod format;
mod lang;
mod messages;
mod texts;

pub use catalogue::{keys, lookup, tr, tr_args};
pub use engine_keys::{
    factor_effect_text, factor_name_key, factor_pull_text, id_text, question_text,
    verdict_advice_key, verdict_name_key,
};
pub use format::{
    Digits, format_count, format_money, format_number, format_percent, plain_number, write_number,
};
pub use lang::{Lang, LanguageChoice, negotiate};
pub use texts::{NotLoaded, is_loaded, load};
