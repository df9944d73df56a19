//! What the user states, and the closed sets every layer names things by: the brief
//! ([`brief`]), the creators ([`creator`]), money ([`money`]), platforms, tiers, countries,
//! the nine factors, the sources of every default, and the validation errors that name the
//! input they are about.
//!
//! The first layer of the engine's flow (inputs → market → assumptions → value → optimise →
//! decision → explain → results): it imports from no other layer.

pub mod brief;
pub mod country;
pub mod creator;
pub mod error;
pub mod factors;
pub(crate) mod ids;
pub mod input;
pub mod money;
pub mod platform;
pub mod source;
pub mod table;
pub mod tier;
