//! What a campaign delivered against its plan ([`compare`]) and what that teaches the
//! benchmarks ([`calibration`]).

pub mod calibration;
pub mod compare;
