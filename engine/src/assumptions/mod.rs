//! The defaults table the user can edit: every benchmark number with its source
//! ([`defaults`]), and how uncertain each one is ([`ranges`]).
//!
//! Above the inputs and the market (the table holds the market's counts and price curves);
//! below the value model, which reads it.

pub mod defaults;
pub mod ranges;
