//! The answer: the three plans, the verdict and what each factor did ([`decide`]), and the
//! advice on the user's own plan ([`advice`]).

pub mod advice;
pub mod decide;
