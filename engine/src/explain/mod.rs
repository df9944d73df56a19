//! How sure the answer is and what moves it: P10–P90 ranges from sampled worlds
//! ([`sampling`]) and the tornado of swings ([`sensitivity`]).

pub mod sampling;
pub mod sensitivity;
