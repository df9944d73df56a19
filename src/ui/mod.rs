//! The user interface: Leptos components, one `#[component]` a file.
//!
//! Components only wire signals to the DOM; logic lives in plain Rust
//! (`crate::i18n`, `crate::route`, the engine) so it is tested without a browser.

mod app;
mod checklist;
mod error_text;
mod fields;
mod footer;
mod header;
mod i18n_context;
mod language_switch;
pub mod lazy;
mod lean_bar;
pub mod library;
mod library_report;
mod logo;
mod notice_list;
mod notices;
pub mod pages;
pub(crate) mod plan;
mod plan_handoff;
mod share_box;
mod staged;
mod update_banner;

pub use app::App;
pub use i18n_context::{I18n, use_i18n};
pub use library_report::{library_error, library_report};
pub use notices::{Notice, NoticeKind, Notices};
pub use plan_handoff::PlanHandoff;
