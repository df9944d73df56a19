//! Numbers written the way each language writes them: `1,234.5` in English,
//! `1.234,5` in Dutch. Pure string work, so it behaves the same natively and in
//! the browser (no dependency on the browser's `Intl`). One writer ([`write_number`])
//! serves figures on screen, numbers written back into inputs and numbers kept in saved
//! campaigns and links; they differ only in grouping and [`Digits`].

use micromacro_engine::{Currency, Money};

use super::Lang;
use crate::num;

/// Thousands and decimal separators of a language.
fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::En => (',', '.'),
        Lang::Nl => ('.', ','),
    }
}

/// How many digits a number gets after the decimal sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Digits {
    /// Exactly this many, rounded: figures on screen.
    Fixed(usize),
    /// At most this many, rounded, without trailing zeros: a number as someone would type it.
    AtMost(usize),
    /// As many as it takes to read back the same `f64` (the shortest round trip, never an
    /// exponent; see `num::shortest`): numbers kept in saved campaigns and links.
    Exact,
}

/// The one number writer: `value` in the language's notation, with `digits` after the
/// decimal sign and, when `grouped`, thousands separators. The sign shows only when the
/// written number is not zero (no "-0"); non-finite values (which no valid input produces)
/// show as a dash rather than `NaN`.
pub fn write_number(lang: Lang, value: f64, grouped: bool, digits: Digits) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let (group, decimal) = separators(lang);
    let abs = value.abs();
    let mut text = match digits {
        Digits::Fixed(d) | Digits::AtMost(d) => num::fixed(abs, d),
        Digits::Exact => num::shortest(abs),
    };
    if matches!(digits, Digits::AtMost(_)) && text.contains('.') {
        let kept = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(kept);
    }
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let is_zero = text.bytes().all(|b| b == b'0' || b == b'.');
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 1);
    if value < 0.0 && !is_zero {
        out.push('-');
    }
    for (i, digit) in int_part.chars().enumerate() {
        if grouped && i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    if !frac_part.is_empty() {
        out.push(decimal);
        out.push_str(frac_part);
    }
    out
}

/// A number for a machine to read (a `data-` attribute the tests read, an ARIA value): the
/// shortest text that reads back as the same `f64`, with `.` and no grouping. (Not
/// `to_string()`, which would bring the standard library's float printing back into the wasm;
/// see `crate::num`.)
pub fn plain_number(value: f64) -> String {
    write_number(Lang::En, value, false, Digits::Exact)
}

/// A figure on screen: `decimals` digits after the decimal sign, grouped thousands
/// (`1,234.5`, `1.234,5`).
pub fn format_number(lang: Lang, value: f64, decimals: usize) -> String {
    write_number(lang, value, true, Digits::Fixed(decimals))
}

/// A count or a position (creators, rows, a file's line) as `lang` writes it in a sentence:
/// `12,500` in English, `12.500` in Dutch.
pub fn format_count(lang: Lang, n: usize) -> String {
    format_number(lang, n as f64, 0)
}

/// Formats a fraction (0.035) as a percentage (`3.5%`, `3,5%`).
pub fn format_percent(lang: Lang, fraction: f64, decimals: usize) -> String {
    format!("{}%", format_number(lang, fraction * 100.0, decimals))
}

/// Formats money as each language writes it: `€1,234.56` and `$1,234.56` in
/// English, `€ 1.234,56` and `US$ 1.234,56` in Dutch (as browsers' `Intl` does).
pub fn format_money(lang: Lang, money: Money, decimals: usize) -> String {
    let number = format_number(lang, money.to_major_f64(), decimals);
    let (sign, body) = match number.strip_prefix('-') {
        Some(body) => ("-", body.to_owned()),
        None => ("", number),
    };
    match (lang, money.currency()) {
        (Lang::En, Currency::Eur) => format!("{sign}€{body}"),
        (Lang::En, Currency::Usd) => format!("{sign}${body}"),
        (Lang::Nl, Currency::Eur) => format!("{sign}€ {body}"),
        (Lang::Nl, Currency::Usd) => format!("{sign}US$ {body}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_in_sentences_are_grouped_the_languages_way() {
        assert_eq!(format_count(Lang::En, 12_500), "12,500");
        assert_eq!(format_count(Lang::Nl, 12_500), "12.500");
        assert_eq!(format_count(Lang::Nl, 3), "3");
    }

    /// The three ways the app writes numbers, in one table: value, language, grouping,
    /// digits, text.
    #[test]
    fn one_writer_for_screens_inputs_and_storage() {
        let cases: &[(f64, Lang, bool, Digits, &str)] = &[
            (1234.5, Lang::En, true, Digits::Fixed(1), "1,234.5"),
            (1234.5, Lang::Nl, true, Digits::Fixed(2), "1.234,50"),
            (-0.004, Lang::En, true, Digits::Fixed(2), "0.00"),
            (-1234.0, Lang::Nl, true, Digits::Fixed(0), "-1.234"),
            (5000.0, Lang::En, false, Digits::AtMost(4), "5000"),
            (0.123_456, Lang::Nl, false, Digits::AtMost(4), "0,1235"),
            (-0.000_01, Lang::En, false, Digits::AtMost(4), "0"),
            (2.50, Lang::Nl, false, Digits::AtMost(4), "2,5"),
            (0.123_456, Lang::En, false, Digits::Exact, "0.123456"),
            (1e-7, Lang::Nl, false, Digits::Exact, "0,0000001"),
            (-0.0, Lang::En, false, Digits::Exact, "0"),
            (-12.5, Lang::Nl, false, Digits::Exact, "-12,5"),
            (f64::NAN, Lang::En, false, Digits::Exact, "—"),
        ];
        for &(value, lang, grouped, digits, text) in cases {
            assert_eq!(
                write_number(lang, value, grouped, digits),
                text,
                "{value} {lang} {digits:?}"
            );
        }
    }

    #[test]
    fn money_per_language_and_currency() {
        let eur = Money::from_major(1234, Currency::Eur);
        assert_eq!(format_money(Lang::En, eur, 0), "€1,234");
        assert_eq!(format_money(Lang::Nl, eur, 2), "€ 1.234,00");
        let usd = Money::from_major(-5, Currency::Usd);
        assert_eq!(format_money(Lang::En, usd, 0), "-$5");
        assert_eq!(format_money(Lang::Nl, usd, 0), "-US$ 5");
    }

    fn check(lang: Lang, value: f64, decimals: usize, expected: &str) {
        assert_eq!(
            format_number(lang, value, decimals),
            expected,
            "{value} in {lang}"
        );
    }

    #[test]
    fn groups_thousands_per_language() {
        check(Lang::En, 1234.56, 2, "1,234.56");
        check(Lang::Nl, 1234.56, 2, "1.234,56");
        check(Lang::En, 1_000_000.0, 0, "1,000,000");
        check(Lang::Nl, 1_000_000.0, 0, "1.000.000");
        check(Lang::En, 999.0, 0, "999");
        check(Lang::Nl, 100_000.0, 1, "100.000,0");
    }

    #[test]
    fn rounds_and_keeps_signs_honest() {
        check(Lang::En, -1234.5, 0, "-1,234");
        check(Lang::Nl, -0.004, 2, "0,00");
        check(Lang::En, 0.125, 2, "0.12"); // binary 0.125 rounds half to even
        check(Lang::En, f64::NAN, 2, "—");
        check(Lang::Nl, f64::INFINITY, 0, "—");
    }

    #[test]
    fn percentages() {
        assert_eq!(format_percent(Lang::En, 0.035, 1), "3.5%");
        assert_eq!(format_percent(Lang::Nl, 0.12, 0), "12%");
        assert_eq!(format_percent(Lang::Nl, 0.0354, 2), "3,54%");
    }
}
