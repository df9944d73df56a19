//! Which creators to hire within the budget (and the hours, when the user limits them): the
//! [`solver`] (lazy greedy on value per euro, with a data-dependent certificate) and the
//! [`exact`] optimum of a small pool that checks it.
//!
//! Reads the value model; never the decision it serves.

pub mod exact;
pub mod solver;
