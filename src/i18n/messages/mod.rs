//! The catalogue's texts, one file an area of the app. Lookup and the
//! completeness tests are in `super::catalogue`; which texts a page fetches is in
//! `super::texts`.

pub(super) mod campaigns;
pub(super) mod checklist;
pub(super) mod engine;
pub(super) mod engine_factors;
pub(super) mod library;
pub(super) mod plan;
pub(super) mod resident;
pub(super) mod roster;
pub(super) mod share;
pub(super) mod shell;

/// How many sections a language's fetched texts have.
pub(super) const SECTIONS: usize = 9;

/// A language's texts of every section but the resident one, in the order of [`KEYS`].
pub(super) type Sections = [&'static str; SECTIONS];

/// Every section's keys: the resident section first, then the others in the order their
/// texts are in [`ENGLISH`] and [`DUTCH`].
pub(super) const KEYS: [&str; SECTIONS + 1] = [
    resident::KEYS,
    shell::KEYS,
    checklist::KEYS,
    share::KEYS,
    engine::KEYS,
    engine_factors::KEYS,
    plan::KEYS,
    roster::KEYS,
    library::KEYS,
    campaigns::KEYS,
];

/// The English texts of every section but the resident one.
pub(super) const ENGLISH: Sections = [
    shell::EN,
    checklist::EN,
    share::EN,
    engine::EN,
    engine_factors::EN,
    plan::EN,
    roster::EN,
    library::EN,
    campaigns::EN,
];

/// The Dutch texts of every section but the resident one.
pub(super) const DUTCH: Sections = [
    shell::NL,
    checklist::NL,
    share::NL,
    engine::NL,
    engine_factors::NL,
    plan::NL,
    roster::NL,
    library::NL,
    campaigns::NL,
];
