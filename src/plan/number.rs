//! Reading numbers the way people type them in each language.
//!
//! Dutch writes `1.234,5`, English `1,234.5`; people also paste `5000`,
//! `5 000` or `€ 5.000`, and many Dutch users type `3.5` for 3,5 %. The rule:
//! the language's decimal sign is always a decimal sign; the other sign is a
//! thousands separator when exactly three digits follow it (and it is not the
//! only thing that could be the decimal), otherwise a decimal sign too.

use crate::i18n::Lang;

/// Reads a number; `None` when the text is not one. Surrounding spaces,
/// spaces inside and a leading currency sign are ignored.
pub fn parse_decimal(lang: Lang, text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .trim_start_matches(['€', '$'])
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    let (decimal, other) = match lang {
        Lang::En => ('.', ','),
        Lang::Nl => (',', '.'),
    };
    let normalised = if cleaned.contains(decimal) {
        // The decimal sign is there: the other sign can only group thousands.
        cleaned.replace(other, "").replace(decimal, ".")
    } else if groups_of_three(&cleaned, other) {
        cleaned.replace(other, "")
    } else {
        cleaned.replace(other, ".")
    };
    let value = crate::num::parse_f64(&normalised)?;
    value.is_finite().then_some(value)
}

/// Whether `sep` occurs and every part after the first has exactly three digits.
fn groups_of_three(text: &str, sep: char) -> bool {
    let mut parts = text.split(sep);
    let first = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && !first.is_empty()
        && rest
            .iter()
            .all(|p| p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(lang: Lang, text: &str, expected: Option<f64>) {
        assert_eq!(parse_decimal(lang, text), expected, "{text:?} in {lang}");
    }

    #[test]
    fn each_language_in_its_own_notation() {
        check(Lang::En, "1,234.5", Some(1234.5));
        check(Lang::Nl, "1.234,5", Some(1234.5));
        check(Lang::En, "5000", Some(5000.0));
        check(Lang::Nl, "5.000", Some(5000.0));
        check(Lang::En, "5,000", Some(5000.0));
        check(Lang::Nl, "1.000.000", Some(1_000_000.0));
    }

    #[test]
    fn the_other_decimal_sign_is_forgiven() {
        check(Lang::Nl, "3.5", Some(3.5));
        check(Lang::Nl, "3,5", Some(3.5));
        check(Lang::En, "3,5", Some(3.5));
        check(Lang::En, "12.25", Some(12.25));
    }

    #[test]
    fn spaces_and_currency_signs_are_ignored() {
        check(Lang::Nl, " € 5 000 ", Some(5000.0));
        check(Lang::En, "$1,500", Some(1500.0));
        check(Lang::En, "-20", Some(-20.0));
    }

    #[test]
    fn not_numbers() {
        check(Lang::En, "", None);
        check(Lang::En, "   ", None);
        check(Lang::En, "abc", None);
        check(Lang::Nl, "1,2,3", None);
        check(Lang::En, "NaN", None);
        check(Lang::En, "inf", None);
        check(Lang::En, "1e400", None);
    }
}
