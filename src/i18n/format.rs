//! Numbers written the way each language writes them: `1,234.5` in English,
//! `1.234,5` in Dutch. Pure string work, so it behaves the same natively and in
//! the browser (no dependency on the browser's `Intl`).

use micromacro_engine::{Currency, Money};

use super::Lang;

/// Thousands and decimal separators of a language.
fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::En => (',', '.'),
        Lang::Nl => ('.', ','),
    }
}

/// Formats `value` with `decimals` digits after the decimal sign and grouped
/// thousands. Non-finite values (which no valid input produces) show as a dash
/// rather than `NaN`.
pub fn format_number(lang: Lang, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let (group, decimal) = separators(lang);
    let fixed = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = fixed.split_once('.').unwrap_or((&fixed, ""));
    // "-0" is not a number anyone wants to read: the sign only shows when the
    // rounded value is not zero.
    let is_zero = fixed.bytes().all(|b| b == b'0' || b == b'.');
    let mut out = String::with_capacity(fixed.len() + fixed.len() / 3 + 1);
    if value < 0.0 && !is_zero {
        out.push('-');
    }
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
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
