//! The languages the app speaks and how the one to show is chosen.
//!
//! Order of precedence: an explicit `?lang=` in the address, then the choice the
//! user made earlier with the switch (remembered in localStorage), then the
//! browser's preferred languages, then English.

use std::fmt;
use std::str::FromStr;

/// A language of the user interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the fallback.
    #[default]
    En,
    /// Dutch: the source material and many users are Dutch.
    Nl,
}

impl Lang {
    /// Every language, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The BCP 47 code, as used in `<html lang>`, `?lang=` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language tag the app does not speak.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Reads `en`, `nl`, and regional variants such as `nl-BE` or `en_GB`,
    /// case-insensitively.
    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Ok(Lang::En),
            "nl" => Ok(Lang::Nl),
            _ => Err(UnknownLang(tag.to_owned())),
        }
    }
}

/// The outcome of choosing a language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageChoice {
    /// The language to show.
    pub lang: Lang,
    /// A `?lang=` value that was given but is not spoken, so the user can be told.
    pub rejected_query: Option<String>,
}

/// Chooses the language from what the address, storage and browser say.
///
/// `query` is the raw `?lang=` value, `stored` the remembered choice, and
/// `browser` the browser's preferred languages, most preferred first.
pub fn negotiate(query: Option<&str>, stored: Option<&str>, browser: &[String]) -> LanguageChoice {
    let mut rejected_query = None;
    if let Some(raw) = query {
        match raw.parse() {
            Ok(lang) => {
                return LanguageChoice {
                    lang,
                    rejected_query,
                };
            }
            Err(UnknownLang(tag)) => rejected_query = Some(tag),
        }
    }
    let lang = stored
        .and_then(|s| s.parse().ok())
        .or_else(|| browser.iter().find_map(|tag| tag.parse().ok()))
        .unwrap_or_default();
    LanguageChoice {
        lang,
        rejected_query,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn parses_regional_variants_case_insensitively() {
        assert_eq!("nl-BE".parse(), Ok(Lang::Nl));
        assert_eq!("EN_gb".parse(), Ok(Lang::En));
        assert_eq!("de".parse::<Lang>(), Err(UnknownLang("de".into())));
        assert_eq!("".parse::<Lang>(), Err(UnknownLang("".into())));
    }

    #[test]
    fn query_wins_over_storage_and_browser() {
        let choice = negotiate(Some("nl"), Some("en"), &langs(&["en-US"]));
        assert_eq!(
            choice,
            LanguageChoice {
                lang: Lang::Nl,
                rejected_query: None
            }
        );
    }

    #[test]
    fn stored_choice_wins_over_browser() {
        assert_eq!(
            negotiate(None, Some("nl"), &langs(&["en-US"])).lang,
            Lang::Nl
        );
    }

    #[test]
    fn first_spoken_browser_language_is_used() {
        assert_eq!(
            negotiate(None, None, &langs(&["de-DE", "nl-NL", "en"])).lang,
            Lang::Nl
        );
    }

    #[test]
    fn unknown_query_is_reported_and_falls_through() {
        let choice = negotiate(Some("fr"), None, &langs(&["nl"]));
        assert_eq!(choice.lang, Lang::Nl);
        assert_eq!(choice.rejected_query.as_deref(), Some("fr"));
    }

    #[test]
    fn english_when_nothing_is_known() {
        assert_eq!(
            negotiate(None, Some("garbage"), &langs(&["ja"])).lang,
            Lang::En
        );
    }
}
