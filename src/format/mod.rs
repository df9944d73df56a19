//! The stored and shared formats: what a campaign is as JSON ([`campaign`], format 1), a
//! creator of the library ([`library`], format 1), and the
//! version check every stored record starts with ([`record`]). Saved campaigns and the backup
//! file (`crate::storage`) and share links (`crate::share`) wrap these; none of them reads a
//! campaign any other way.
//!
//! Invariants: every format is versioned, its readers are hardened (caps before parsing, a
//! damaged value named by its key), and a record made by a newer version is reported, never
//! read as an older format. The keys and ids of a published format never change meaning.

pub mod campaign;
pub mod library;
pub mod record;
