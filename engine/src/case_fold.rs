//! Case folding for matching what people type: handles, names, niches, roster headers and
//! unit words, without the standard library's Unicode case tables.
//!
//! `str::to_lowercase` and `char::is_alphabetic` bring those tables into the wasm, and a
//! split wasm keeps all data in its main module, whatever code uses it, so every first load
//! would pay for them (clippy.toml forbids those calls, the size report the tables). What the app compares case-insensitively is
//! written by Dutch and English marketers, or is an account handle (ASCII on the platforms
//! the app knows), so the fold covers the alphabets such text is written in: ASCII, Latin-1,
//! Latin Extended-A, Romanian's comma letters (Ș Ț) and German's capital sharp s (ẞ): every
//! European Latin-script language; the basic Greek alphabet with its tonos forms; the Cyrillic
//! of Russian, Ukrainian (Є І Ї Ґ), Belarusian, Serbian and Macedonian. A character of any
//! other script is compared exactly as written.
//!
//! Invariants (tested over every character):
//! - on the covered alphabets, [`fold_char`] is the standard library's `char::to_lowercase`
//!   (its first character, for the one letter that lowers to two: `İ` to `i` + a dot), and
//!   [`is_letter`] is `char::is_alphabetic`;
//! - every other character folds to itself and is not a letter here;
//! - folding twice is folding once.

/// The lower case of `c`, for the alphabets this module covers; any other character as it is.
#[must_use]
pub fn fold_char(c: char) -> char {
    let u = u32::from(c);
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u + 0x20
        }
        // Latin Extended-A pairs each capital with the small letter after it; which of the
        // two is even changes twice, around the letters that have no pair.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 => u | 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x130 => u32::from('i'),
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 0x3F,
        0x400..=0x40F => u + 0x50,
        // Romanian's comma letters (Ș ș Ț ț), Ukrainian's Ґ ґ: capital even, small after it.
        0x218..=0x21B | 0x490..=0x491 => u | 1,
        // German's capital sharp s.
        0x1E9E => 0xDF,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `text` with every character folded ([`fold_char`]): the key two texts match by.
#[must_use]
pub fn fold(text: &str) -> String {
    // Most handles and niches are ASCII: one allocation and a byte-wise pass, the same result
    // (`fold_char` lowers exactly A–Z there).
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(fold_char).collect()
}

/// Whether `text`, folded, contains `folded_needle` (a text already folded): what
/// `fold(text).contains(folded_needle)` says, without building the folded text when `text` is
/// ASCII (a search over thousands of handles and niches).
#[must_use]
pub fn contains_folded(text: &str, folded_needle: &str) -> bool {
    if !text.is_ascii() {
        return fold(text).contains(folded_needle);
    }
    // An ASCII text folds to ASCII, and folded non-ASCII characters stay non-ASCII (`İ` folds
    // to `i`, but a folded needle holds the `i`): a needle with any cannot match.
    let needle = folded_needle.as_bytes();
    if !folded_needle.is_ascii() || needle.len() > text.len() {
        return false;
    }
    needle.is_empty()
        || text.as_bytes().windows(needle.len()).any(|w| {
            w.iter()
                .zip(needle)
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
        })
}

/// Whether `c` is a letter of the alphabets this module covers.
#[must_use]
pub fn is_letter(c: char) -> bool {
    matches!(
        u32::from(c),
        0x41..=0x5A
            | 0x61..=0x7A
            | 0xAA
            | 0xB5
            | 0xBA
            | 0xC0..=0xD6
            | 0xD8..=0xF6
            | 0xF8..=0x17F
            | 0x386
            | 0x388..=0x38A
            | 0x38C
            | 0x38E..=0x3A1
            | 0x3A3..=0x3CE
            | 0x218..=0x21B
            | 0x400..=0x45F
            | 0x490..=0x491
            | 0x1E9E
    )
}

#[cfg(test)]
// The standard library's case tables are the reference these tests compare with.
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    /// The blocks the fold covers: Basic Latin, Latin-1, Latin Extended-A, Ș ș Ț ț, ẞ; Greek
    /// letters with their tonos forms; Cyrillic U+0400–U+045F and Ґ ґ.
    fn covered(c: char) -> bool {
        matches!(
            u32::from(c),
            0..=0x17F | 0x218..=0x21B | 0x386..=0x3CE | 0x400..=0x45F | 0x490..=0x491 | 0x1E9E
        )
    }

    #[test]
    fn folds_like_the_standard_library_on_the_covered_alphabets_and_nothing_else() {
        let mut checked = 0;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            if covered(c) {
                let std_lower = c.to_lowercase().next().unwrap_or(c);
                assert_eq!(fold_char(c), std_lower, "U+{:04X}", u32::from(c));
                assert_eq!(is_letter(c), c.is_alphabetic(), "U+{:04X}", u32::from(c));
                checked += 1;
            } else {
                assert_eq!(fold_char(c), c, "U+{:04X}", u32::from(c));
                assert!(!is_letter(c), "U+{:04X}", u32::from(c));
            }
            assert_eq!(
                fold_char(fold_char(c)),
                fold_char(c),
                "U+{:04X}",
                u32::from(c)
            );
        }
        assert_eq!(checked, 0x180 + 4 + 0x49 + 0x60 + 2 + 1);
    }

    #[test]
    fn texts_fold_as_names_are_typed() {
        let cases = [
            ("@Anna.Jansen", "@anna.jansen"),
            ("ÉLODIE Ŝtefan ŁUKASZ", "élodie ŝtefan łukasz"),
            ("İstanbul", "istanbul"),
            ("ΑΘΗΝΑ Москва", "αθηνα москва"),
            ("東京 Ǆ", "東京 Ǆ"),
        ];
        for (text, folded) in cases {
            assert_eq!(fold(text), folded, "{text}");
        }
        // The ASCII shortcut folds as the character-wise fold does.
        let ascii: String = (0_u8..128).map(char::from).collect();
        let by_char: String = ascii.chars().map(fold_char).collect();
        assert_eq!(fold(&ascii), by_char);
    }

    #[test]
    fn a_search_matches_as_the_folded_text_contains_the_folded_needle() {
        let texts = [
            "@Anna.Jansen",
            "ab",
            "",
            "ÉLODIE",
            "İstanbul",
            "Food & Drink",
            "東京 ab",
        ];
        let needles = [
            "",
            "anna",
            "a.j",
            "jansen",
            "JANSEN",
            "é",
            "élo",
            "ist",
            "i",
            "rink",
            "ab",
            "abc",
            "@anna.jansen!",
        ];
        for text in texts {
            for needle in needles {
                let needle = fold(needle);
                assert_eq!(
                    contains_folded(text, &needle),
                    fold(text).contains(&needle),
                    "{text:?} / {needle:?}"
                );
            }
        }
    }
}
