//! What a creator and a plan are worth: the checked brief and table (`context`), one
//! creator's figures ([`metrics`]), audiences together ([`overlap`], [`campaign`]), value
//! over the weeks ([`value_over_time`]), the candidate [`pool`], the value of a plan per
//! objective ([`model`]) and the rule of what is worth buying (`worth`).
//!
//! Reads the inputs, the market and the assumptions; never the optimiser or the decision.

pub mod campaign;
pub(crate) mod context;
pub mod metrics;
pub mod model;
pub mod overlap;
pub mod pool;
pub mod value_over_time;
pub(crate) mod worth;
