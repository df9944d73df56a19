//! The message catalogue: every visible string of the app, in English and Dutch.
//!
//! Each entry holds a stable dotted key and its text in both languages side by
//! side, so a reviewer sees both at once. Texts may hold `{name}` placeholders,
//! filled by [`tr_args`]. Texts are plain text: they are always rendered as text
//! nodes, never as HTML; none holds a NUL (the separator of a [`Section`]'s strings).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{Lang, messages};

/// One message in both languages.
#[derive(Clone, Copy)]
pub(super) struct Message {
    key: &'static str,
    en: &'static str,
    nl: &'static str,
}

/// One area's messages (`section!`): the keys, the English texts and the Dutch texts, each
/// as one string with a NUL after every entry. In the wasm that is three strings a section
/// instead of three pointers an entry, a table of 612 x 24 bytes of addresses that gzip
/// compresses badly.
pub(super) struct Section {
    keys: &'static str,
    en: &'static str,
    nl: &'static str,
}

impl Section {
    pub(super) const fn new(keys: &'static str, en: &'static str, nl: &'static str) -> Self {
        Section { keys, en, nl }
    }

    /// The section's messages, in order. The three strings have as many entries, since
    /// `section!` writes each `m(key, en, nl)` into all three.
    fn messages(&'static self) -> impl Iterator<Item = Message> {
        let texts = self
            .en
            .split_terminator('\0')
            .zip(self.nl.split_terminator('\0'));
        self.keys
            .split_terminator('\0')
            .zip(texts)
            .map(|(key, (en, nl))| Message { key, en, nl })
    }
}

/// Declares a file's section of the catalogue, `MESSAGES`, from its `m(key, en, nl)` lines
/// (string literals only: they are joined at compile time).
macro_rules! section {
    ($(m($key:literal, $en:literal, $nl:literal)),* $(,)?) => {
        pub(in crate::i18n) static MESSAGES: super::super::catalogue::Section =
            super::super::catalogue::Section::new(
                concat!($($key, "\0"),*),
                concat!($($en, "\0"),*),
                concat!($($nl, "\0"),*),
            );
    };
}
pub(super) use section;

/// Every section of the catalogue.
static SECTIONS: &[&Section] = &[
    &messages::shell::MESSAGES,
    &messages::checklist::MESSAGES,
    &messages::share::MESSAGES,
    &messages::engine::MESSAGES,
    &messages::engine_factors::MESSAGES,
    &messages::plan::MESSAGES,
    &messages::roster::MESSAGES,
    &messages::campaigns::MESSAGES,
];

fn all_messages() -> impl Iterator<Item = Message> {
    SECTIONS.iter().flat_map(|section| section.messages())
}

static BY_KEY: LazyLock<HashMap<&'static str, Message>> =
    LazyLock::new(|| all_messages().map(|msg| (msg.key, msg)).collect());

/// The text of `key` in `lang`.
///
/// An unknown key returns the key itself, so a gap is visible on screen rather
/// than silent; the catalogue tests make sure no code path reaches that.
pub fn tr(lang: Lang, key: &str) -> &str {
    lookup(lang, key).unwrap_or(key)
}

/// The text of `key` in `lang`, if the catalogue has it. For keys built at run
/// time from engine ids (checklist questions); their completeness is tested
/// against the engine's id lists.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    BY_KEY.get(key).map(|msg| match lang {
        Lang::En => msg.en,
        Lang::Nl => msg.nl,
    })
}

/// The text of `key` in `lang` with each `{name}` replaced by its value.
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let mut text = tr(lang, key).to_owned();
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// Every key in the catalogue, in catalogue order.
pub fn keys() -> impl Iterator<Item = &'static str> {
    all_messages().map(|msg| msg.key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

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
        for section in SECTIONS {
            let keys = section.keys.split_terminator('\0').count();
            assert!(keys > 0);
            assert_eq!(section.en.split_terminator('\0').count(), keys);
            assert_eq!(section.nl.split_terminator('\0').count(), keys);
        }
        assert_eq!(all_messages().count(), keys().count());
        assert_eq!(BY_KEY.len(), keys().count());
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
