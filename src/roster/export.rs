//! Tables written as CSV that spreadsheets open correctly and safely.
//!
//! [`to_csv`] writes a header and rows of [`Cell`]s:
//!
//! - UTF-8 with a byte-order mark (so Excel reads the accents), CRLF line ends
//!   (RFC 4180), a field quoted where it needs it;
//! - English: `,` between fields, `.` as the decimal sign; Dutch: `;` and `,`
//!   (what Excel expects in each locale); never a thousands separator;
//! - every **text** cell (headers too) that starts like a formula (`=`, `+`,
//!   `-`, `@`, tab, carriage return) gets a `'` in front, so no spreadsheet
//!   runs it (OWASP, CSV injection); so does a text that is `'`s followed by
//!   such a start, so the import can undo exactly this
//!   ([`values::clean_text`]). Numbers are not text:
//!   a negative number is written as a number.
//!
//! [`roster_to_csv`] writes creators in the import's own English column names
//! ([`ROSTER_HEADER`]), with every digit kept, so that export → import in
//! either language gives back the same creators.

use std::borrow::Cow;

use crate::i18n::{Digits, Lang, write_number};
use crate::num;

use super::creator::RosterCreator;
use super::values::{self, formula_like};

/// The most decimals a [`Cell::Number`] is written with.
pub const MAX_DECIMALS: usize = 20;

/// One cell of an exported table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text, neutralised when it starts like a formula.
    Text(String),
    /// A number rounded to `decimals` decimals (at most [`MAX_DECIMALS`]),
    /// written in the language's notation. Not finite: an empty cell.
    Number {
        /// The value.
        value: f64,
        /// Digits after the decimal sign.
        decimals: usize,
    },
    /// A number with every digit it needs to read back as the same `f64`
    /// (shortest form, never an exponent). Three decimals get a fourth zero
    /// (`1.1250`), so no reader takes the decimal sign for a thousands
    /// separator. Not finite: an empty cell.
    Exact(f64),
    /// A fraction written as a percentage with every digit kept and a `%`
    /// sign (`0.1185` → `11.85%`; a spreadsheet reads it as a percentage).
    /// Not finite: an empty cell.
    Percent(f64),
    /// Nothing.
    Empty,
}

/// The field separator of `lang`'s spreadsheets.
#[must_use]
pub const fn separator(lang: Lang) -> u8 {
    match lang {
        Lang::En => b',',
        Lang::Nl => b';',
    }
}

/// `text` as a spreadsheet will show it, never run it: prefixed with `'` when
/// it starts like a formula (see the module docs).
#[must_use]
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if formula_like(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// `digits` (as [`num::plain`] writes them) times 100, by moving the point.
fn times_hundred(digits: &str) -> String {
    let (sign, body) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let mut frac = frac.to_owned();
    while frac.len() < 2 {
        frac.push('0');
    }
    let (moved, rest) = frac.split_at(2);
    let int = format!("{int}{moved}");
    let int = match int.trim_start_matches('0') {
        "" => "0",
        trimmed => trimmed,
    };
    let rest = rest.trim_end_matches('0');
    if rest.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{rest}")
    }
}

/// `number`, written with `.`, in `lang`'s notation (no grouping).
fn localised(lang: Lang, number: String) -> String {
    match lang {
        Lang::En => number,
        Lang::Nl => number.replace('.', ","),
    }
}

/// The text a cell is written as.
fn cell_text(lang: Lang, cell: &Cell) -> Cow<'_, str> {
    match cell {
        Cell::Text(text) => neutralise(text),
        Cell::Empty => Cow::Borrowed(""),
        Cell::Number { value, .. } | Cell::Exact(value) | Cell::Percent(value)
            if !value.is_finite() =>
        {
            Cow::Borrowed("")
        }
        Cell::Number { value, decimals } => Cow::Owned(write_number(
            lang,
            *value,
            false,
            Digits::Fixed((*decimals).min(MAX_DECIMALS)),
        )),
        Cell::Exact(value) => {
            let mut digits = write_number(lang, *value, false, Digits::Exact);
            if digits
                .split_once(['.', ','])
                .is_some_and(|(_, f)| f.len() == 3)
            {
                digits.push('0');
            }
            Cow::Owned(digits)
        }
        Cell::Percent(value) => {
            let percent = times_hundred(&num::plain(*value));
            Cow::Owned(format!("{}%", localised(lang, percent)))
        }
    }
}

/// A table as CSV text for `lang`'s spreadsheets (see the module docs).
/// Rows may differ in length.
#[must_use]
pub fn to_csv(lang: Lang, header: &[&str], rows: &[Vec<Cell>]) -> String {
    let separator = char::from(separator(lang));
    let mut out = String::from("\u{FEFF}");
    if !header.is_empty() {
        push_record(&mut out, separator, header.iter().map(|h| neutralise(h)));
    }
    for row in rows {
        push_record(&mut out, separator, row.iter().map(|c| cell_text(lang, c)));
    }
    out
}

/// One record and its CRLF, each field as RFC 4180 writes it: in double quotes with each
/// quote doubled when it holds the separator, a quote or a line break, as it is otherwise.
/// A record with no text (no field, or one empty field) is `""`, so that it is not read as
/// a blank line and skipped.
/// (The `csv` crate's writer does the same, but links `core`'s float parser for a quoting
/// style the app does not use; the tests compare the two.)
fn push_record<'a>(out: &mut String, separator: char, fields: impl Iterator<Item = Cow<'a, str>>) {
    let start = out.len();
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(separator);
        }
        if field.contains([separator, '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    if out.len() == start {
        out.push_str("\"\"");
    }
    out.push_str("\r\n");
}

/// The columns [`roster_rows`] writes: the import's English names.
/// Rates are percentages with a `%` sign; the price is in major units with its
/// currency in the next column.
pub const ROSTER_HEADER: [&str; 12] = [
    "handle",
    "name",
    "platform",
    "followers",
    "engagement_rate",
    "price",
    "currency",
    "country",
    "niche",
    "fake_followers",
    "conversion_rate",
    "campaign_posts",
];

/// The handle as a cell that reads back as the same handle: as is, or with
/// `@` in front when it would otherwise read as a URL.
fn handle_cell(handle: &str) -> Cell {
    let plain =
        values::parse_handle(handle).is_some_and(|h| h.handle == handle && h.platform.is_none());
    if plain {
        Cell::Text(handle.to_owned())
    } else {
        Cell::Text(format!("@{handle}"))
    }
}

/// Creators as rows under [`ROSTER_HEADER`].
#[must_use]
pub fn roster_rows(creators: &[RosterCreator]) -> Vec<Vec<Cell>> {
    let text = |t: &Option<String>| t.clone().map_or(Cell::Empty, Cell::Text);
    let percent = |r: Option<f64>| r.map_or(Cell::Empty, Cell::Percent);
    creators
        .iter()
        .map(|c| {
            vec![
                handle_cell(&c.handle),
                text(&c.name),
                c.platform
                    .map_or(Cell::Empty, |p| Cell::Text(p.as_str().to_owned())),
                Cell::Exact(c.followers as f64),
                percent(c.engagement),
                c.price
                    .map_or(Cell::Empty, |(amount, _)| Cell::Exact(amount)),
                c.price
                    .and_then(|(_, currency)| currency)
                    .map_or(Cell::Empty, |cur| Cell::Text(cur.as_str().to_owned())),
                text(&c.country),
                text(&c.niche),
                percent(c.fake_share),
                percent(c.conversion_rate),
                c.posts.map_or(Cell::Empty, |p| Cell::Exact(f64::from(p))),
            ]
        })
        .collect()
}

/// Creators as CSV for `lang`'s spreadsheets, readable again by
/// [`import`](super::import()).
#[must_use]
pub fn roster_to_csv(lang: Lang, creators: &[RosterCreator]) -> String {
    to_csv(lang, &ROSTER_HEADER, &roster_rows(creators))
}

#[cfg(test)]
mod tests {
    use super::*;
    use micromacro_engine::{Currency, Platform};

    fn one(lang: Lang, cell: Cell) -> String {
        let csv = to_csv(lang, &[], &[vec![cell]]);
        csv.strip_prefix('\u{FEFF}')
            .and_then(|s| s.strip_suffix("\r\n"))
            .unwrap()
            .to_owned()
    }

    #[test]
    fn cells_in_each_language() {
        let cases: Vec<(Cell, &str, &str)> = vec![
            (Cell::Text("Lisa".into()), "Lisa", "Lisa"),
            (Cell::Text("a,b".into()), "\"a,b\"", "a,b"),
            (Cell::Text("a;b".into()), "a;b", "\"a;b\""),
            (
                Cell::Text("say \"hi\"".into()),
                "\"say \"\"hi\"\"\"",
                "\"say \"\"hi\"\"\"",
            ),
            (
                Cell::Text("two\nlines".into()),
                "\"two\nlines\"",
                "\"two\nlines\"",
            ),
            (Cell::Empty, "\"\"", "\"\""),
            (
                Cell::Number {
                    value: 1250.5,
                    decimals: 2,
                },
                "1250.50",
                "1250,50",
            ),
            (
                Cell::Number {
                    value: 1234567.0,
                    decimals: 0,
                },
                "1234567",
                "1234567",
            ),
            (
                Cell::Number {
                    value: -3.456,
                    decimals: 1,
                },
                "-3.5",
                "-3,5",
            ),
            (
                Cell::Number {
                    value: -0.001,
                    decimals: 2,
                },
                "0.00",
                "0,00",
            ),
            (
                Cell::Number {
                    value: -0.0,
                    decimals: 0,
                },
                "0",
                "0",
            ),
            (
                Cell::Number {
                    value: 0.5,
                    decimals: 999,
                },
                "0.50000000000000000000",
                "0,50000000000000000000",
            ),
            (
                Cell::Number {
                    value: f64::NAN,
                    decimals: 2,
                },
                "\"\"",
                "\"\"",
            ),
            (Cell::Exact(f64::INFINITY), "\"\"", "\"\""),
            (Cell::Percent(f64::NEG_INFINITY), "\"\"", "\"\""),
            (Cell::Exact(0.1), "0.1", "0,1"),
            (Cell::Exact(1250.125), "1250.1250", "1250,1250"),
            (
                Cell::Exact(1e21),
                "1000000000000000000000",
                "1000000000000000000000",
            ),
            (Cell::Exact(1e-7), "0.0000001", "0,0000001"),
            (Cell::Exact(-2.5), "-2.5", "-2,5"),
            (Cell::Percent(0.1185), "11.85%", "11,85%"),
            (Cell::Percent(0.035), "3.5%", "3,5%"),
            (Cell::Percent(1.0), "100%", "100%"),
            (Cell::Percent(0.0), "0%", "0%"),
            (Cell::Percent(0.5), "50%", "50%"),
            (Cell::Percent(0.000012), "0.0012%", "0,0012%"),
            (Cell::Percent(-0.25), "-25%", "-25%"),
            (Cell::Percent(12.0), "1200%", "1200%"),
        ];
        for (cell, en, nl) in cases {
            assert_eq!(one(Lang::En, cell.clone()), en, "{cell:?} en");
            assert_eq!(one(Lang::Nl, cell.clone()), nl, "{cell:?} nl");
        }
    }

    #[test]
    fn formula_like_texts_are_neutralised_and_numbers_are_not() {
        let cases = [
            ("=1+1", "'=1+1"),
            ("+31 6 1234", "'+31 6 1234"),
            ("-5", "'-5"),
            ("@bram", "'@bram"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
            ),
            ("'=x", "''=x"),
            ("Lisa = baker", "Lisa = baker"),
            ("'quoted'", "'quoted'"),
        ];
        for (text, written) in cases {
            assert_eq!(one(Lang::En, Cell::Text(text.into())), written, "{text:?}");
        }
        assert_eq!(
            one(
                Lang::En,
                Cell::Number {
                    value: -5.0,
                    decimals: 0
                }
            ),
            "-5"
        );
        let csv = to_csv(Lang::En, &["=cmd", "ok"], &[]);
        assert_eq!(csv, "\u{FEFF}'=cmd,ok\r\n");
    }

    #[test]
    fn a_table_has_a_bom_separators_and_crlf() {
        let rows = vec![
            vec![
                Cell::Text("a".into()),
                Cell::Number {
                    value: 1.5,
                    decimals: 1,
                },
            ],
            vec![Cell::Text("b".into())],
        ];
        assert_eq!(
            to_csv(Lang::En, &["name", "value"], &rows),
            "\u{FEFF}name,value\r\na,1.5\r\nb\r\n"
        );
        assert_eq!(
            to_csv(Lang::Nl, &["naam", "waarde"], &rows),
            "\u{FEFF}naam;waarde\r\na;1,5\r\nb\r\n"
        );
    }

    /// What the `csv` crate's writer writes for the same records.
    fn csv_crate(lang: Lang, records: &[Vec<&str>]) -> String {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(separator(lang))
            .flexible(true)
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        for record in records {
            writer.write_record(record).unwrap();
        }
        let bytes = writer.into_inner().unwrap();
        format!("\u{FEFF}{}", String::from_utf8(bytes).unwrap())
    }

    #[test]
    fn fields_are_quoted_as_the_csv_crate_quotes_them() {
        let fields = [
            "",
            "plain",
            "a,b",
            "a;b",
            "say \"hi\"",
            "\"",
            "two\nlines",
            "cr\r",
            "crlf\r\n",
            " spaced ",
            "'=1",
            "é ü",
            "\t",
        ];
        let mut records: Vec<Vec<&str>> = vec![vec![], vec![""], vec!["", ""], vec!["x"]];
        for (i, a) in fields.iter().enumerate() {
            records.push(vec![a]);
            for b in &fields[i..] {
                records.push(vec![a, b]);
                records.push(vec![b, "", a]);
            }
        }
        for lang in [Lang::En, Lang::Nl] {
            let ours = to_csv(
                lang,
                &[],
                &records
                    .iter()
                    .map(|r| r.iter().map(|f| Cell::Text((*f).to_owned())).collect())
                    .collect::<Vec<_>>(),
            );
            let texts: Vec<Vec<String>> = records
                .iter()
                .map(|r| r.iter().map(|f| neutralise(f).into_owned()).collect())
                .collect();
            let texts: Vec<Vec<&str>> = texts
                .iter()
                .map(|r| r.iter().map(String::as_str).collect())
                .collect();
            assert_eq!(ours, csv_crate(lang, &texts), "{lang}");
        }
    }

    #[test]
    fn a_roster_in_the_imports_column_names() {
        let mut c = RosterCreator::new(2, "lisa.bakes", 42_900);
        c.name = Some("Lisa, bakes".into());
        c.platform = Some(Platform::Instagram);
        c.engagement = Some(0.1185);
        c.price = Some((1250.5, Some(Currency::Eur)));
        c.posts = Some(2);
        let bare = RosterCreator::new(3, "www.bram", 1_000);
        let en = roster_to_csv(Lang::En, &[c.clone(), bare.clone()]);
        assert_eq!(
            en,
            "\u{FEFF}handle,name,platform,followers,engagement_rate,price,currency,country,niche,fake_followers,conversion_rate,campaign_posts\r\n\
             lisa.bakes,\"Lisa, bakes\",instagram,42900,11.85%,1250.5,EUR,,,,,2\r\n\
             '@www.bram,,,1000,,,,,,,,\r\n"
        );
        let nl = roster_to_csv(Lang::Nl, &[c]);
        assert!(
            nl.ends_with("lisa.bakes;Lisa, bakes;instagram;42900;11,85%;1250,5;EUR;;;;;2\r\n"),
            "{nl}"
        );
    }

    #[test]
    fn times_hundred_moves_the_point() {
        for (digits, expected) in [
            ("0", "0"),
            ("1", "100"),
            ("0.1185", "11.85"),
            ("0.035", "3.5"),
            ("0.5", "50"),
            ("0.000012", "0.0012"),
            ("12.3456", "1234.56"),
            ("-0.25", "-25"),
        ] {
            assert_eq!(times_hundred(digits), expected, "{digits}");
        }
    }
}
