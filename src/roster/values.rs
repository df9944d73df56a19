//! The notations found in the cells of creator lists, each read by a small
//! pure parser.
//!
//! Numbers come in English (`1,250.50`) and Dutch (`1.250,50`) notation, with
//! spaces (`15 000`), abbreviations (`42.9k`, `1,2 mln`), percent signs and
//! currency signs. One rule decides which sign is the decimal sign:
//!
//! - both `.` and `,` appear: the **last** one is the decimal sign, the other
//!   groups thousands (`€ 1.250,00`, `$1,250.00`);
//! - one kind appears more than once: it groups thousands (`1.200.000`);
//! - one kind appears once, followed by exactly three digits, after one to
//!   three digits that do not start with `0`: it groups thousands for counts
//!   and money (`1.250` → 1250, `1,200` → 1200) and is a decimal sign
//!   everywhere else (rates; `0.125`; `42.9k`, since nobody groups the
//!   thousands of an abbreviation);
//! - otherwise it is the decimal sign (`12.5`, `3,5`).
//!
//! Thousands groups must be well formed (`1,2,3` is not a number). Numbers are
//! read from their decimal digits with an exponent (`42.9k` is `42.9e3`, `11.85 %`
//! is `11.85e-2`), so no rounding happens beyond the one of reading a decimal.
//!
//! A cell that says "unknown" ([`is_blank`]: empty, `-`, `n/a`, `#N/A`, `nvt` …)
//! is treated as empty by the import.

use micromacro_engine::case_fold::{fold, fold_char, is_letter};
use micromacro_engine::{Currency, Platform};

use super::import::MAX_TEXT_CHARS;

/// Why a cell's value could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueError {
    /// Not in any notation this module reads.
    Unreadable,
    /// Read, but outside what the value can be (negative, above 100 % …).
    OutOfRange,
}

/// Cell texts that mean "no value" (compared case-insensitively, trimmed).
const BLANK_MARKERS: &[&str] = &[
    "-", "–", "—", "?", "n/a", "#n/a", "na", "nvt", "n.v.t.", "null", "none",
];

/// Whether a cell holds no value: empty, spaces, or an "unknown" marker.
#[must_use]
pub fn is_blank(text: &str) -> bool {
    let t = text.trim();
    t.is_empty() || BLANK_MARKERS.iter().any(|m| t.eq_ignore_ascii_case(m))
}

/// Characters after which an export prefixes a text with `'` (see
/// [`neutralise`](super::neutralise)).
pub(crate) const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// A cell's text: trimmed, the export's formula neutralisation undone (`'=x`
/// → `=x`), capped to [`MAX_TEXT_CHARS`] characters; `None` when empty.
#[must_use]
pub fn clean_text(text: &str) -> Option<String> {
    let t = unneutralise(text.trim()).trim();
    (!t.is_empty()).then(|| t.chars().take(MAX_TEXT_CHARS).collect())
}

/// Whether a text, after any leading `'`s, starts like a formula: the texts
/// an export prefixes with one more `'` (so that `'=x` itself survives a
/// round trip as `''=x`).
pub(crate) fn formula_like(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// `text` without the `'` an export put before a formula-like start.
pub(crate) fn unneutralise(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => rest,
        _ => text,
    }
}

/// Whether a single separator may group thousands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grouping {
    /// Counts and money without an abbreviation: `1.250` is 1250.
    Allowed,
    /// Rates and abbreviations: `1.250` is 1.25.
    Never,
}

/// A number as its decimal digits.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Decimal {
    negative: bool,
    int: String,
    frac: String,
}

impl Decimal {
    /// The value times `10^exp`, read from the digits (one rounding).
    fn value(&self, exp: i32) -> Option<f64> {
        let sign = if self.negative { "-" } else { "" };
        let int = if self.int.is_empty() { "0" } else { &self.int };
        let frac = if self.frac.is_empty() {
            "0"
        } else {
            &self.frac
        };
        let v = crate::num::parse_f64(&format!("{sign}{int}.{frac}e{exp}"))?;
        // -0 reads as 0.
        v.is_finite().then_some(v + 0.0)
    }
}

/// Whether `part` is the first group of a grouped number (1–3 digits, no
/// leading zero).
fn first_group(part: &str) -> bool {
    (1..=3).contains(&part.len())
        && part.bytes().all(|b| b.is_ascii_digit())
        && !part.starts_with('0')
}

/// Digits grouped by `sep` in well-formed thousands groups, without the
/// separators.
fn ungroup(text: &str, sep: char) -> Option<String> {
    let mut parts = text.split(sep);
    let first = parts.next()?;
    if !first_group(first) {
        return None;
    }
    let mut out = first.to_owned();
    for part in parts {
        if part.len() != 3 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        out.push_str(part);
    }
    Some(out)
}

/// Only ASCII digits (possibly none).
fn digits(text: &str) -> Option<String> {
    text.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| text.to_owned())
}

/// Reads a plain number (sign, digits, `.`/`,`, spaces) by the module's rule.
fn read_decimal(text: &str, grouping: Grouping) -> Option<Decimal> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let (negative, body) = if let Some(rest) = compact
        .strip_prefix('-')
        .or_else(|| compact.strip_prefix('\u{2212}'))
    {
        (true, rest)
    } else {
        (false, compact.strip_prefix('+').unwrap_or(&compact))
    };
    if !body.bytes().any(|b| b.is_ascii_digit())
        || !body
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let (int, frac) = match (dots, commas) {
        (0, 0) => (body.to_owned(), String::new()),
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let count = dots.max(commas);
            if count > 1 {
                if grouping == Grouping::Never {
                    return None;
                }
                (ungroup(body, sep)?, String::new())
            } else {
                let (a, b) = body.split_once(sep)?;
                if grouping == Grouping::Allowed && b.len() == 3 && first_group(a) {
                    (format!("{a}{b}"), String::new())
                } else {
                    (digits(a)?, digits(b)?)
                }
            }
        }
        _ => {
            let last = body.rfind(['.', ','])?;
            let decimal = body[last..].chars().next()?;
            let group = if decimal == '.' { ',' } else { '.' };
            let (a, b) = body.split_at(last);
            let b = &b[1..];
            if a.contains(decimal) {
                return None;
            }
            (ungroup(a, group)?, digits(b)?)
        }
    };
    Some(Decimal {
        negative,
        int,
        frac,
    })
}

/// Abbreviations of counts, lower case, with their power of ten.
const SUFFIXES: &[(&str, i32)] = &[
    ("k", 3),
    ("thousand", 3),
    ("duizend", 3),
    ("m", 6),
    ("mln", 6),
    ("mio", 6),
    ("mil", 6),
    ("million", 6),
    ("millions", 6),
    ("miljoen", 6),
    ("b", 9),
    ("bn", 9),
    ("mld", 9),
    ("billion", 9),
    ("miljard", 9),
];

/// Splits a trailing abbreviation (`42.9k` → `("42.9", 3)`); `Err` when the
/// text ends in letters that are not one.
fn split_suffix(text: &str) -> Result<(&str, i32), ValueError> {
    let t = text.trim_end();
    let start = t
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_letter(*c))
        .last()
        .map_or(t.len(), |(i, _)| i);
    let (number, word) = t.split_at(start);
    if word.is_empty() {
        return Ok((number, 0));
    }
    let word = fold(word);
    SUFFIXES
        .iter()
        .find(|(s, _)| *s == word)
        .map(|(_, exp)| (number, *exp))
        .ok_or(ValueError::Unreadable)
}

/// A whole count (followers, posts): `42.9k`, `42,9K`, `1.2M`, `1,2 mln`,
/// `1.200.000`, `1,200,000`, `15 000`, `12k`, `1250`.
///
/// Abbreviated counts are rounded to the nearest whole number
/// (`1.2345k` → 1235); a plain count with a fraction (`12.5`) is
/// [`ValueError::Unreadable`]; a negative one is [`ValueError::OutOfRange`].
/// Bounds (at least one follower …) are the caller's.
pub fn parse_count(text: &str) -> Result<u64, ValueError> {
    let (number, exp) = split_suffix(text.trim())?;
    let grouping = if exp > 0 {
        Grouping::Never
    } else {
        Grouping::Allowed
    };
    let decimal = read_decimal(number, grouping).ok_or(ValueError::Unreadable)?;
    let value = decimal.value(exp).ok_or(ValueError::Unreadable)?;
    if value < 0.0 {
        return Err(ValueError::OutOfRange);
    }
    let value = if exp > 0 { value.round() } else { value };
    if value.fract() != 0.0 {
        return Err(ValueError::Unreadable);
    }
    // 2^64: above it the cast would saturate.
    if value >= 18_446_744_073_709_551_616.0 {
        return Err(ValueError::OutOfRange);
    }
    Ok(value as u64)
}

/// A rate as a fraction in `0..=1`: `11.85%`, `11,85 %`, `0.1185`, `3.5`.
///
/// With a `%` sign the number is a percentage. Without one, a number above 1
/// is a percentage (`3.5` → 3.5 %) and a number up to 1 is a fraction
/// (`0.1185` → 11.85 %, `1` → 100 %) unless `bare_is_percent` (the column's
/// header said `%`), which makes every number a percentage. Negative rates and
/// rates above 100 % are [`ValueError::OutOfRange`].
pub fn parse_rate(text: &str, bare_is_percent: bool) -> Result<f64, ValueError> {
    let t = text.trim();
    let (number, percent) = match t.strip_suffix('%') {
        Some(rest) => (rest, true),
        None => (t, false),
    };
    let decimal = read_decimal(number, Grouping::Never).ok_or(ValueError::Unreadable)?;
    let plain = decimal.value(0).ok_or(ValueError::Unreadable)?;
    let fraction = if percent || bare_is_percent || plain > 1.0 {
        decimal.value(-2).ok_or(ValueError::Unreadable)?
    } else {
        plain
    };
    if (0.0..=1.0).contains(&fraction) {
        Ok(fraction)
    } else {
        Err(ValueError::OutOfRange)
    }
}

/// Currency signs, codes and words (lower case), longest first within a
/// currency so `euro` is not read as `eur` + `o`.
const CURRENCY_TOKENS: &[(&str, Currency)] = &[
    ("euros", Currency::Eur),
    ("euro", Currency::Eur),
    ("eur", Currency::Eur),
    ("€", Currency::Eur),
    ("dollars", Currency::Usd),
    ("dollar", Currency::Usd),
    ("usd", Currency::Usd),
    ("us$", Currency::Usd),
    ("$", Currency::Usd),
];

/// A currency named on its own (`EUR`, `€`, `euro`, `USD`, `$`, `dollars`),
/// case-insensitively.
#[must_use]
pub fn parse_currency(text: &str) -> Option<Currency> {
    let t = fold(text.trim());
    CURRENCY_TOKENS
        .iter()
        .find(|(token, _)| *token == t)
        .map(|(_, c)| *c)
}

/// `text` without a leading or trailing currency token, and that currency.
fn strip_currency(text: &str) -> (&str, Option<Currency>) {
    for (token, currency) in CURRENCY_TOKENS {
        let n = token.len();
        if text.get(..n).is_some_and(|p| p.eq_ignore_ascii_case(token)) {
            return (&text[n..], Some(*currency));
        }
        let cut = text.len().wrapping_sub(n);
        if text.len() >= n
            && text
                .get(cut..)
                .is_some_and(|p| p.eq_ignore_ascii_case(token))
        {
            return (&text[..cut], Some(*currency));
        }
    }
    (text, None)
}

/// An amount of money in major units and the currency it names, if any:
/// `€ 1.250,00`, `€1,250.00`, `$1,250`, `1250`, `1.250` (Dutch thousands),
/// `EUR 300`, `300 euro`, `€ 1.250,-`, `€2.5k`.
///
/// `€`, `EUR`, `euro` are euros; `$`, `US$`, `USD`, `dollar` are US dollars.
/// Two different currencies, or any other sign, are
/// [`ValueError::Unreadable`]; a negative amount is [`ValueError::OutOfRange`].
/// The upper bound is the caller's.
pub fn parse_money(text: &str) -> Result<(f64, Option<Currency>), ValueError> {
    let mut t = text.trim();
    let mut negative = false;
    if let Some(rest) = t.strip_prefix('-').or_else(|| t.strip_prefix('\u{2212}')) {
        negative = true;
        t = rest.trim_start();
    }
    let (rest, first) = strip_currency(t);
    let (rest, second) = strip_currency(rest.trim());
    let currency = match (first, second) {
        (Some(a), Some(b)) if a != b => return Err(ValueError::Unreadable),
        (a, b) => a.or(b),
    };
    let mut number = rest.trim();
    // Dutch whole amounts: `1.250,-`.
    for dash in [",--", ",-", ".-", ",—", ",–"] {
        if let Some(n) = number.strip_suffix(dash) {
            number = n;
            break;
        }
    }
    if negative && number.starts_with(['-', '\u{2212}']) {
        return Err(ValueError::Unreadable);
    }
    let (number, exp) = split_suffix(number)?;
    let grouping = if exp > 0 {
        Grouping::Never
    } else {
        Grouping::Allowed
    };
    let decimal = read_decimal(number, grouping).ok_or(ValueError::Unreadable)?;
    let value = decimal.value(exp).ok_or(ValueError::Unreadable)?;
    if (negative && value > 0.0) || value < 0.0 {
        return Err(ValueError::OutOfRange);
    }
    Ok((value, currency))
}

/// A platform's name: `instagram`/`ig`/`insta`, `tiktok`/`tik tok`,
/// `youtube`/`yt` (case, spaces, `-`, `_` and `.` ignored).
#[must_use]
pub fn parse_platform(text: &str) -> Option<Platform> {
    let key: String = text
        .chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '-' | '_' | '.')))
        .map(fold_char)
        .collect();
    match key.as_str() {
        "instagram" | "ig" | "insta" => Some(Platform::Instagram),
        "tiktok" => Some(Platform::TikTok),
        "youtube" | "yt" => Some(Platform::YouTube),
        _ => None,
    }
}

/// A handle read from a cell, and the platform its URL named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handle {
    /// The handle without `@`, capped to [`MAX_TEXT_CHARS`] characters.
    pub handle: String,
    /// The platform, when the cell was a profile URL of a known platform.
    pub platform: Option<Platform>,
}

/// Hosts of profile URLs (without `www.`/`m.`) and their platform.
const HOSTS: &[(&str, Platform)] = &[
    ("instagram.com", Platform::Instagram),
    ("instagr.am", Platform::Instagram),
    ("tiktok.com", Platform::TikTok),
    ("youtube.com", Platform::YouTube),
    ("youtu.be", Platform::YouTube),
];

/// First path segments that are pages, not profiles.
const NOT_PROFILES: &[&str] = &[
    "p", "reel", "reels", "tv", "explore", "watch", "shorts", "playlist", "results", "feed",
    "video", "tag", "hashtag", "discover", "accounts",
];

/// A handle from `@handle`, `handle` or a profile URL
/// (`https://www.instagram.com/lisa.bakes/`, `instagram.com/lisa.bakes?hl=nl`,
/// `https://www.tiktok.com/@bram`, `https://youtube.com/@chan`,
/// `https://www.youtube.com/c/Name`, `…/channel/UC…`, `…/user/Name`).
///
/// A text is a URL when it starts with `http://`, `https://` or `www.`, or
/// with a known platform host. A URL of another site gives its last path
/// segment and no platform; a URL with no profile in it (a post, the home
/// page) gives `None`, as does an empty text.
#[must_use]
pub fn parse_handle(text: &str) -> Option<Handle> {
    let t = text.trim();
    if let Some(handle) = url_handle(t) {
        return handle;
    }
    let handle = t.trim_start_matches('@').trim();
    (!handle.is_empty()).then(|| Handle {
        handle: handle.chars().take(MAX_TEXT_CHARS).collect(),
        platform: None,
    })
}

/// `None` when `text` is not a URL; `Some(None)` for a URL without a profile.
fn url_handle(text: &str) -> Option<Option<Handle>> {
    let mut rest = text;
    let mut is_url = false;
    for scheme in ["https://", "http://"] {
        if rest
            .get(..scheme.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(scheme))
        {
            rest = &rest[scheme.len()..];
            is_url = true;
            break;
        }
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, tail) = rest.split_at(end);
    let host = host.to_ascii_lowercase();
    is_url |= host.starts_with("www.");
    let bare = ["www.", "m.", "mobile."]
        .iter()
        .find_map(|p| host.strip_prefix(p))
        .unwrap_or(&host);
    let platform = HOSTS.iter().find(|(h, _)| *h == bare).map(|(_, p)| *p);
    if !is_url && platform.is_none() {
        return None;
    }
    let path = tail.split(['?', '#']).next().unwrap_or_default();
    let segments: Vec<&str> = path.split('/').filter(|s| !s.trim().is_empty()).collect();
    let handle = match platform {
        None => segments.last().copied(),
        Some(Platform::TikTok) => segments
            .iter()
            .find(|s| s.starts_with('@'))
            .or_else(|| segments.first().filter(|s| !NOT_PROFILES.contains(*s)))
            .copied(),
        Some(Platform::YouTube) => match segments.as_slice() {
            ["c" | "user" | "channel", name, ..] => Some(*name),
            [first, ..] if !NOT_PROFILES.contains(first) => Some(*first),
            _ => None,
        },
        Some(Platform::Instagram) => match segments.as_slice() {
            ["stories", name, ..] => Some(*name),
            [first, ..] if !NOT_PROFILES.contains(first) => Some(*first),
            _ => None,
        },
    };
    let handle = handle
        .map(|h| h.trim().trim_start_matches('@'))
        .filter(|h| !h.is_empty());
    Some(handle.map(|h| Handle {
        handle: h.chars().take(MAX_TEXT_CHARS).collect(),
        platform,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ValueError::{OutOfRange, Unreadable};

    #[test]
    fn counts_in_every_notation() {
        let cases: &[(&str, Result<u64, ValueError>)] = &[
            ("42.9k", Ok(42_900)),
            ("42,9K", Ok(42_900)),
            ("42.9 K", Ok(42_900)),
            ("1.2M", Ok(1_200_000)),
            ("1,2 mln", Ok(1_200_000)),
            ("1,2 miljoen", Ok(1_200_000)),
            ("2.5 mio", Ok(2_500_000)),
            ("1.5B", Ok(1_500_000_000)),
            ("1.200.000", Ok(1_200_000)),
            ("1,200,000", Ok(1_200_000)),
            ("15 000", Ok(15_000)),
            ("15\u{a0}000", Ok(15_000)),
            ("15\u{202f}000", Ok(15_000)),
            ("12k", Ok(12_000)),
            ("1250", Ok(1250)),
            ("  1250  ", Ok(1250)),
            ("+1250", Ok(1250)),
            // One separator followed by three digits groups thousands.
            ("1.250", Ok(1250)),
            ("1,250", Ok(1250)),
            ("999,999", Ok(999_999)),
            // … but not in an abbreviation.
            ("1.250k", Ok(1250)),
            ("1.2345k", Ok(1235)),
            ("0.5k", Ok(500)),
            ("1.250,0", Ok(1250)),
            ("1,250.00", Ok(1250)),
            ("1250.0", Ok(1250)),
            ("0", Ok(0)),
            ("-5", Err(OutOfRange)),
            ("−1.2k", Err(OutOfRange)),
            ("12.5", Err(Unreadable)),
            ("0.125", Err(Unreadable)),
            ("1,2,3", Err(Unreadable)),
            ("1.20.000", Err(Unreadable)),
            ("1.250.5", Err(Unreadable)),
            ("1,250,5", Err(Unreadable)),
            ("1.2.3,4", Err(Unreadable)),
            ("1,2.3", Err(Unreadable)),
            ("12kk", Err(Unreadable)),
            ("12 thousand", Ok(12_000)),
            ("abc", Err(Unreadable)),
            ("k", Err(Unreadable)),
            ("", Err(Unreadable)),
            ("1e5", Err(Unreadable)),
            ("NaN", Err(Unreadable)),
            ("inf", Err(Unreadable)),
            ("10k+", Err(Unreadable)),
            ("1.2x", Err(Unreadable)),
            ("99999999999999999999999", Err(OutOfRange)),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_count(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn rates_in_every_notation() {
        let cases: &[(&str, bool, Result<f64, ValueError>)] = &[
            ("11.85%", false, Ok(0.1185)),
            ("11,85 %", false, Ok(0.1185)),
            ("11,85\u{a0}%", false, Ok(0.1185)),
            ("0.1185", false, Ok(0.1185)),
            ("0,1185", false, Ok(0.1185)),
            ("3.5", false, Ok(0.035)),
            ("3,5%", false, Ok(0.035)),
            ("1", false, Ok(1.0)),
            ("1%", false, Ok(0.01)),
            ("0", false, Ok(0.0)),
            ("0%", false, Ok(0.0)),
            ("100%", false, Ok(1.0)),
            ("100", false, Ok(1.0)),
            (".5", false, Ok(0.5)),
            // A rate is never grouped: one separator is the decimal sign.
            ("1.250%", false, Ok(0.0125)),
            ("1,250", false, Ok(0.0125)),
            // The header said percent.
            ("0.5", true, Ok(0.005)),
            ("1", true, Ok(0.01)),
            ("12", true, Ok(0.12)),
            ("0.5%", true, Ok(0.005)),
            ("150%", false, Err(OutOfRange)),
            ("150", false, Err(OutOfRange)),
            ("100.01", false, Err(OutOfRange)),
            ("-1%", false, Err(OutOfRange)),
            ("-0.2", false, Err(OutOfRange)),
            ("1.200.000", false, Err(Unreadable)),
            ("abc", false, Err(Unreadable)),
            ("%", false, Err(Unreadable)),
            ("", false, Err(Unreadable)),
            ("5%%", false, Err(Unreadable)),
            ("1e-2", false, Err(Unreadable)),
        ];
        for (text, percent, expected) in cases {
            assert_eq!(parse_rate(text, *percent), *expected, "{text:?} {percent}");
        }
    }

    #[test]
    fn money_in_every_notation() {
        use Currency::{Eur, Usd};
        type Money = Result<(f64, Option<Currency>), ValueError>;
        let cases: &[(&str, Money)] = &[
            ("€ 1.250,00", Ok((1250.0, Some(Eur)))),
            ("€1,250.00", Ok((1250.0, Some(Eur)))),
            ("$1,250", Ok((1250.0, Some(Usd)))),
            ("US$ 1,250.50", Ok((1250.5, Some(Usd)))),
            ("1250", Ok((1250.0, None))),
            ("1.250", Ok((1250.0, None))),
            ("1,250", Ok((1250.0, None))),
            ("1.250,5", Ok((1250.5, None))),
            ("12.50", Ok((12.5, None))),
            ("12,50", Ok((12.5, None))),
            ("0.125", Ok((0.125, None))),
            ("1250.1250", Ok((1250.125, None))),
            ("EUR 300", Ok((300.0, Some(Eur)))),
            ("eur300", Ok((300.0, Some(Eur)))),
            ("300 euro", Ok((300.0, Some(Eur)))),
            ("300 Euros", Ok((300.0, Some(Eur)))),
            ("300€", Ok((300.0, Some(Eur)))),
            ("300 USD", Ok((300.0, Some(Usd)))),
            ("300 dollars", Ok((300.0, Some(Usd)))),
            ("€ 1.250,-", Ok((1250.0, Some(Eur)))),
            ("€2.5k", Ok((2500.0, Some(Eur)))),
            ("1.000.000", Ok((1_000_000.0, None))),
            ("€ 0", Ok((0.0, Some(Eur)))),
            ("-€300", Err(OutOfRange)),
            ("€ -300", Err(OutOfRange)),
            ("-300", Err(OutOfRange)),
            ("€ 300 USD", Err(Unreadable)),
            ("£300", Err(Unreadable)),
            ("300-500", Err(Unreadable)),
            ("--300", Err(Unreadable)),
            ("€", Err(Unreadable)),
            ("free", Err(Unreadable)),
            ("", Err(Unreadable)),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_money(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn currencies_on_their_own() {
        for (text, expected) in [
            ("EUR", Some(Currency::Eur)),
            (" eur ", Some(Currency::Eur)),
            ("€", Some(Currency::Eur)),
            ("Euro", Some(Currency::Eur)),
            ("USD", Some(Currency::Usd)),
            ("$", Some(Currency::Usd)),
            ("dollars", Some(Currency::Usd)),
            ("GBP", None),
            ("", None),
        ] {
            assert_eq!(parse_currency(text), expected, "{text:?}");
        }
    }

    #[test]
    fn platform_names() {
        use Platform::{Instagram, TikTok, YouTube};
        for (text, expected) in [
            ("instagram", Some(Instagram)),
            ("Instagram", Some(Instagram)),
            ("IG", Some(Instagram)),
            ("insta", Some(Instagram)),
            ("TikTok", Some(TikTok)),
            ("tik tok", Some(TikTok)),
            ("Tik-Tok", Some(TikTok)),
            ("YouTube", Some(YouTube)),
            ("You Tube", Some(YouTube)),
            ("yt", Some(YouTube)),
            ("twitch", None),
            ("", None),
        ] {
            assert_eq!(parse_platform(text), expected, "{text:?}");
        }
    }

    #[test]
    fn handles_and_profile_urls() {
        use Platform::{Instagram, TikTok, YouTube};
        type Expected<'a> = Option<(&'a str, Option<Platform>)>;
        let cases: &[(&str, Expected)] = &[
            ("@lisa.bakes", Some(("lisa.bakes", None))),
            ("lisa.bakes", Some(("lisa.bakes", None))),
            ("  @@bram ", Some(("bram", None))),
            ("Lisa Bakes", Some(("Lisa Bakes", None))),
            (
                "https://www.instagram.com/lisa.bakes/",
                Some(("lisa.bakes", Some(Instagram))),
            ),
            (
                "instagram.com/lisa.bakes?hl=nl",
                Some(("lisa.bakes", Some(Instagram))),
            ),
            (
                "HTTPS://Instagram.com/Lisa.Bakes#top",
                Some(("Lisa.Bakes", Some(Instagram))),
            ),
            (
                "https://www.instagram.com/stories/lisa.bakes/123/",
                Some(("lisa.bakes", Some(Instagram))),
            ),
            ("https://www.instagram.com/p/Cx12ab/", None),
            ("https://www.tiktok.com/@bram", Some(("bram", Some(TikTok)))),
            (
                "https://www.tiktok.com/@bram/video/7312",
                Some(("bram", Some(TikTok))),
            ),
            ("m.tiktok.com/@bram?lang=nl", Some(("bram", Some(TikTok)))),
            ("https://youtube.com/@chan", Some(("chan", Some(YouTube)))),
            (
                "https://www.youtube.com/c/Name",
                Some(("Name", Some(YouTube))),
            ),
            (
                "https://www.youtube.com/channel/UCabc123",
                Some(("UCabc123", Some(YouTube))),
            ),
            (
                "https://www.youtube.com/user/OldName/videos",
                Some(("OldName", Some(YouTube))),
            ),
            ("https://www.youtube.com/watch?v=abc", None),
            ("https://www.instagram.com/", None),
            ("instagram.com", None),
            ("https://linktr.ee/lisa.bakes", Some(("lisa.bakes", None))),
            ("www.example.com", None),
            // Not URLs: a formula that mentions one, an unknown bare host.
            (
                "=HYPERLINK(\"http://x\")",
                Some(("=HYPERLINK(\"http://x\")", None)),
            ),
            ("linktr.ee/lisa", Some(("linktr.ee/lisa", None))),
            ("", None),
            ("@", None),
            ("   ", None),
        ];
        for (text, expected) in cases {
            let got = parse_handle(text);
            let expected = expected.map(|(h, p)| Handle {
                handle: h.to_owned(),
                platform: p,
            });
            assert_eq!(got, expected, "{text:?}");
        }
    }

    #[test]
    fn handles_are_capped_in_characters() {
        let long = "é".repeat(500);
        let h = parse_handle(&long).unwrap();
        assert_eq!(h.handle.chars().count(), MAX_TEXT_CHARS);
        let url = format!("https://www.tiktok.com/@{long}");
        assert_eq!(parse_handle(&url).unwrap().handle.chars().count(), 200);
    }

    #[test]
    fn blanks_and_texts() {
        for text in ["", "  ", "-", "—", "n/a", "N/A", "#N/A", "nvt", "null", "?"] {
            assert!(is_blank(text), "{text:?}");
        }
        for text in ["0", "abc", "--", "na na"] {
            assert!(!is_blank(text), "{text:?}");
        }
        let cases = [
            ("  Running ", Some("Running")),
            ("'=SUM(A1)", Some("=SUM(A1)")),
            ("'-5", Some("-5")),
            ("'@bram", Some("@bram")),
            ("'plain", Some("'plain")),
            ("'", Some("'")),
            ("''=x", Some("'=x")),
            ("'''-x", Some("''-x")),
            ("   ", None),
            ("'\tfoo", Some("foo")),
        ];
        for (text, expected) in cases {
            assert_eq!(clean_text(text).as_deref(), expected, "{text:?}");
        }
        let long = "ñ".repeat(300);
        assert_eq!(clean_text(&long).unwrap().chars().count(), MAX_TEXT_CHARS);
    }
}
