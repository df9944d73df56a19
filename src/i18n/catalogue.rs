//! The message catalogue: every visible string of the app, in English and Dutch.
//!
//! Each entry holds a stable dotted key and its text in both languages side by
//! side, so a reviewer sees both at once. Texts may hold `{name}` placeholders,
//! filled by [`tr_args`]. Texts are plain text: they are always rendered as text
//! nodes, never as HTML; none holds a NUL (the separator of a section's strings).
//!
//! The keys are always here; a language's texts are once [`super::texts::load`] has
//! fetched them (the release build keeps each language in a wasm module of its own), except
//! the resident section's, which are always here in both languages.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{Lang, messages, texts};

/// Declares a file's section of the catalogue from its `m(key, en, nl)` lines (string
/// literals only: they are joined at compile time): `KEYS`, `EN` and `NL`, each one string
/// with a NUL after every entry. Three strings a section instead of three pointers an entry
/// (a table of 612 x 24 bytes of addresses that gzip compresses badly), and a language's
/// strings apart from the other's, so each can be fetched alone.
macro_rules! section {
    ($(m($key:literal, $en:literal, $nl:literal)),* $(,)?) => {
        pub(in crate::i18n) const KEYS: &str = concat!($($key, "\0"),*);
        pub(in crate::i18n) const EN: &str = concat!($($en, "\0"),*);
        pub(in crate::i18n) const NL: &str = concat!($($nl, "\0"),*);
    };
}
pub(super) use section;

/// Every key in the catalogue, in catalogue order (the resident section first): the order of
/// a language's texts.
pub fn keys() -> impl Iterator<Item = &'static str> {
    messages::KEYS
        .iter()
        .flat_map(|section| section.split_terminator('\0'))
}

/// Each key's place in a language's texts.
static BY_KEY: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| keys().zip(0..).collect());

/// The text of `key` in `lang`.
///
/// An unknown key, or one whose language has not been fetched, returns the key itself, so a
/// gap is visible on screen rather than silent; the catalogue tests make sure no key is
/// unknown, and the app fetches a language before it shows it.
pub fn tr(lang: Lang, key: &str) -> &str {
    lookup(lang, key).unwrap_or(key)
}

/// The text of `key` in `lang`, if the catalogue has it. For keys built at run
/// time from engine ids (checklist questions); their completeness is tested
/// against the engine's id lists.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    texts::text(lang, *BY_KEY.get(key)?)
}

/// The text of `key` in `lang` with each `{name}` replaced by its value.
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let mut text = tr(lang, key).to_owned();
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// One message in both languages.
    struct Message {
        key: &'static str,
        en: &'static str,
        nl: &'static str,
    }

    /// Every message, from the sections as declared (not through the lookup).
    fn all_messages() -> impl Iterator<Item = Message> {
        let texts = |resident: &'static str, rest: messages::Sections| {
            std::iter::once(resident)
                .chain(rest)
                .flat_map(|section| section.split_terminator('\0'))
        };
        keys()
            .zip(texts(messages::resident::EN, messages::ENGLISH))
            .zip(texts(messages::resident::NL, messages::DUTCH))
            .map(|((key, en), nl)| Message { key, en, nl })
    }

    fn placeholders(text: &str) -> BTreeSet<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn every_key_has_text_in_both_languages() {
        let missing: Vec<_> = all_messages()
            .filter(|msg| msg.en.trim().is_empty() || msg.nl.trim().is_empty())
            .map(|msg| msg.key)
            .collect();
        assert!(
            missing.is_empty(),
            "keys without English or Dutch text: {missing:?}"
        );
    }

    #[test]
    fn every_section_has_as_many_texts_as_keys() {
        // A NUL inside a text would split it in two and shift every text after it.
        let count = |section: &str| section.split_terminator('\0').count();
        let resident = messages::resident::KEYS;
        assert_eq!(count(messages::resident::EN), count(resident));
        assert_eq!(count(messages::resident::NL), count(resident));
        for (i, keys) in messages::KEYS[1..].iter().enumerate() {
            assert!(count(keys) > 0);
            assert_eq!(count(messages::ENGLISH[i]), count(keys));
            assert_eq!(count(messages::DUTCH[i]), count(keys));
        }
        assert_eq!(all_messages().count(), keys().count());
        assert_eq!(BY_KEY.len(), keys().count());
    }

    #[test]
    fn every_text_is_found_under_its_key() {
        for msg in all_messages() {
            assert_eq!(lookup(Lang::En, msg.key), Some(msg.en), "{}", msg.key);
            assert_eq!(lookup(Lang::Nl, msg.key), Some(msg.nl), "{}", msg.key);
        }
    }

    #[test]
    fn keys_are_unique() {
        let mut seen = BTreeSet::new();
        let dupes: Vec<_> = all_messages()
            .filter(|msg| !seen.insert(msg.key))
            .map(|msg| msg.key)
            .collect();
        assert!(dupes.is_empty(), "duplicate keys: {dupes:?}");
    }

    #[test]
    fn both_languages_use_the_same_placeholders() {
        for msg in all_messages() {
            assert_eq!(
                placeholders(msg.en),
                placeholders(msg.nl),
                "placeholders differ in {}",
                msg.key
            );
        }
    }

    #[test]
    fn lookup_and_arguments() {
        assert_eq!(tr(Lang::Nl, "nav.home"), "Start");
        assert_eq!(tr(Lang::En, "no.such.key"), "no.such.key");
        assert_eq!(
            tr_args(Lang::En, "not_found.body", &[("path", "#/x")]),
            "There is no page at “#/x”."
        );
    }
}
