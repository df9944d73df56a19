//! A creator's country as a creator list writes it (`NL`, `Nederland`, `Amsterdam, NL`,
//! `United Kingdom`), read into the market's [`Country`] so the library can be filtered by the
//! brief's country.
//!
//! Invariant: a text this cannot place reads as `None`, never as a guess; the filter keeps
//! such creators (an unknown country is not another country).

use micromacro_engine::Country;
use micromacro_engine::case_fold::fold;

/// Names and codes of each country, folded: ISO codes, and the names in English, Dutch and
/// the country's own language.
const NAMES: [(Country, &[&str]); Country::COUNT] = [
    (
        Country::Nl,
        &[
            "nl",
            "nld",
            "netherlands",
            "the netherlands",
            "holland",
            "nederland",
        ],
    ),
    (
        Country::Be,
        &[
            "be", "bel", "belgium", "belgië", "belgie", "belgique", "belgien",
        ],
    ),
    (
        Country::De,
        &["de", "deu", "germany", "duitsland", "deutschland"],
    ),
    (Country::Fr, &["fr", "fra", "france", "frankrijk"]),
    (
        Country::Gb,
        &[
            "gb",
            "gbr",
            "uk",
            "united kingdom",
            "verenigd koninkrijk",
            "great britain",
            "groot-brittannië",
            "england",
            "engeland",
            "scotland",
            "wales",
        ],
    ),
    (
        Country::Es,
        &["es", "esp", "spain", "spanje", "españa", "espana"],
    ),
    (
        Country::It,
        &["it", "ita", "italy", "italië", "italie", "italia"],
    ),
    (
        Country::Us,
        &[
            "us",
            "usa",
            "united states",
            "united states of america",
            "verenigde staten",
            "america",
        ],
    ),
];

/// The country's ISO code as lists write it (`NL`), which [`read`] reads back.
#[must_use]
pub fn code(country: Country) -> &'static str {
    match country {
        Country::Nl => "NL",
        Country::Be => "BE",
        Country::De => "DE",
        Country::Fr => "FR",
        Country::Gb => "GB",
        Country::Es => "ES",
        Country::It => "IT",
        Country::Us => "US",
    }
}

/// The country `text` names, as a whole or in one of its comma-separated parts (the last
/// part first: `Antwerpen, België`), or `None`.
#[must_use]
pub fn read(text: &str) -> Option<Country> {
    let folded = fold(text.trim());
    let find = |part: &str| {
        let part = part.trim().trim_end_matches('.');
        NAMES
            .iter()
            .find(|(_, names)| names.contains(&part))
            .map(|(country, _)| *country)
    };
    find(&folded).or_else(|| folded.rsplit([',', '/', '(', ')']).find_map(find))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_as_lists_write_them() {
        for (text, country) in [
            ("NL", Some(Country::Nl)),
            (" Nederland ", Some(Country::Nl)),
            ("Amsterdam, NL", Some(Country::Nl)),
            ("Antwerpen, België", Some(Country::Be)),
            ("Deutschland", Some(Country::De)),
            ("UK", Some(Country::Gb)),
            ("London (United Kingdom)", Some(Country::Gb)),
            ("España", Some(Country::Es)),
            ("U.S.A.", None),
            ("USA", Some(Country::Us)),
            ("Italia", Some(Country::It)),
            ("Frankrijk", Some(Country::Fr)),
            ("Europe", None),
            ("", None),
        ] {
            assert_eq!(read(text), country, "{text}");
        }
    }

    #[test]
    fn every_country_is_named_by_its_own_id() {
        use micromacro_engine::IdEnum;
        for (country, names) in NAMES {
            assert!(names.contains(&country.id()), "{country:?}");
            assert_eq!(read(&format!(" {}, ", country.id())), Some(country));
            assert_eq!(read(code(country)), Some(country));
        }
    }
}
