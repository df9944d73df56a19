//! The roster import against files as influencer tools and spreadsheets write
//! them (`tests/fixtures/roster/`), and the import/export as properties.
//!
//! Each fixture states the separator found, the counts (imported, merged,
//! rejected), the rejected lines with column and kind (by their stable ids),
//! and the creators it must give, field for field.

use micromacro::i18n::Lang;
use micromacro::roster::{
    Cell, Import, MAX_ROWS, RosterCreator, import, roster_to_csv, sample, to_csv,
};
use micromacro_engine::{Currency, Platform};

/// What importing one fixture must give.
struct Expected {
    separator: u8,
    imported: usize,
    merged: usize,
    /// `(line, column id, problem id)` of every rejected row, in file order.
    rejected: &'static [(usize, Option<&'static str>, &'static str)],
    /// Every creator, in order, field for field.
    creators: Vec<RosterCreator>,
}

fn read_fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/roster/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn check(fixture: &str, expected: Expected) {
    let Import { creators, report } =
        import(&read_fixture(fixture)).unwrap_or_else(|e| panic!("{fixture}: {e:?}"));
    assert_eq!(
        report.separator as char, expected.separator as char,
        "{fixture}: separator"
    );
    let rejected: Vec<(usize, Option<&str>, &str)> = report
        .rejected
        .iter()
        .map(|p| (p.line, p.column.map(|c| c.as_str()), p.kind.as_str()))
        .collect();
    assert_eq!(rejected, expected.rejected, "{fixture}: rejected rows");
    assert_eq!(
        (report.imported, report.merged),
        (expected.imported, expected.merged),
        "{fixture}: imported, merged"
    );
    assert_eq!(creators.len(), report.imported, "{fixture}");
    for (got, want) in creators.iter().zip(&expected.creators) {
        assert_eq!(got, want, "{fixture}: line {}", want.line);
    }
    assert_eq!(creators.len(), expected.creators.len(), "{fixture}");
}

/// A creator under construction, for the expectations.
fn rc(line: usize, handle: &str, followers: u64) -> RosterCreator {
    RosterCreator::new(line, handle, followers)
}

trait With {
    fn name(self, name: &str) -> Self;
    fn on(self, platform: Platform) -> Self;
    fn er(self, rate: f64) -> Self;
    fn price(self, amount: f64, currency: Option<Currency>) -> Self;
    fn country(self, country: &str) -> Self;
    fn niche(self, niche: &str) -> Self;
    fn fake(self, share: f64) -> Self;
}

impl With for RosterCreator {
    fn name(mut self, name: &str) -> Self {
        self.name = Some(name.into());
        self
    }
    fn on(mut self, platform: Platform) -> Self {
        self.platform = Some(platform);
        self
    }
    fn er(mut self, rate: f64) -> Self {
        self.engagement = Some(rate);
        self
    }
    fn price(mut self, amount: f64, currency: Option<Currency>) -> Self {
        self.price = Some((amount, currency));
        self
    }
    fn country(mut self, country: &str) -> Self {
        self.country = Some(country.into());
        self
    }
    fn niche(mut self, niche: &str) -> Self {
        self.niche = Some(niche.into());
        self
    }
    fn fake(mut self, share: f64) -> Self {
        self.fake_share = Some(share);
        self
    }
}

use Currency::{Eur, Usd};
use Platform::{Instagram, TikTok, YouTube};

#[test]
fn fixtures() {
    let cases: Vec<(&str, Expected)> = vec![
        (
            // (a) Modash-like: abbreviations, percent signs, profile URLs.
            "modash.csv",
            Expected {
                separator: b',',
                imported: 4,
                merged: 0,
                rejected: &[],
                creators: vec![
                    rc(2, "lisa.bakes", 42_900)
                        .name("Lisa de Bakker")
                        .on(Instagram)
                        .er(0.1185)
                        .niche("Food & Drink"),
                    rc(3, "bram.runs", 1_200_000)
                        .name("Bram Visser")
                        .on(TikTok)
                        .er(0.021)
                        .niche("Sports"),
                    // No username: the handle comes from the profile URL.
                    rc(4, "chan", 15_300)
                        .name("Channel Chan")
                        .on(YouTube)
                        .er(0.009)
                        .niche("Gaming"),
                    rc(5, "eva_travels", 980)
                        .name("Eva \"Wanderlust\" Jansen")
                        .on(Instagram)
                        .er(0.0405)
                        .niche("Travel"),
                ],
            },
        ),
        (
            // (b) HypeAuditor-like: rates as fractions (and one bare percent),
            // quoted grouped followers, unknown columns.
            "hypeauditor.csv",
            Expected {
                separator: b',',
                imported: 3,
                merged: 0,
                rejected: &[],
                creators: vec![
                    rc(2, "lisa.bakes", 42_900)
                        .name("Lisa de Bakker")
                        .er(0.1185)
                        .country("NL")
                        .niche("Food")
                        .fake(0.12),
                    rc(3, "bram.runs", 1_200_000)
                        .name("Bram Visser")
                        .er(0.021)
                        .country("BE")
                        .niche("Sports")
                        .fake(0.18),
                    rc(4, "sanne.style", 15_000)
                        .name("Sanne")
                        .er(0.035)
                        .country("NL")
                        .niche("Fashion"),
                ],
            },
        ),
        (
            // (c) Dutch Excel: BOM, `;`, CRLF, Dutch headers and notations.
            "dutch_excel.csv",
            Expected {
                separator: b';',
                imported: 3,
                merged: 0,
                rejected: &[],
                creators: vec![
                    rc(2, "lisa.bakes", 1_250)
                        .er(0.035)
                        .price(1250.0, Some(Eur))
                        .country("Nederland"),
                    rc(3, "bram.runs", 42_900)
                        .er(0.1185)
                        .price(300.0, Some(Eur))
                        .country("België"),
                    rc(4, "sanne", 15_000)
                        .er(0.02)
                        .price(1250.0, None)
                        .country("Nederland"),
                ],
            },
        ),
        (
            // (d) Tab separated, platform names and a currency column.
            "tabs.tsv",
            Expected {
                separator: b'\t',
                imported: 3,
                merged: 0,
                rejected: &[],
                creators: vec![
                    rc(2, "lisa.bakes", 42_900)
                        .on(Instagram)
                        .er(0.1185)
                        .price(450.0, Some(Eur))
                        .niche("baking"),
                    rc(3, "bram.runs", 1_200_000)
                        .on(TikTok)
                        .er(0.021)
                        .price(1250.0, Some(Usd))
                        .niche("running"),
                    rc(4, "chan", 15_300)
                        .on(YouTube)
                        .er(0.009)
                        .price(300.0, Some(Usd))
                        .niche("gaming, tech"),
                ],
            },
        ),
        (
            // (e) Quoted fields with separators, quotes and new lines: lines
            // are the file's lines where each record starts.
            "quoted.csv",
            Expected {
                separator: b',',
                imported: 3,
                merged: 0,
                rejected: &[(7, Some("followers"), "unreadable_number")],
                creators: vec![
                    rc(2, "lisa.bakes", 42_900)
                        .name("Lisa, the baker\nfrom Utrecht")
                        .niche("Food, baking")
                        .price(450.0, Some(Eur)),
                    rc(4, "bram \"the runner\"", 1_200)
                        .name("Bram")
                        .niche("running;\ntrail")
                        .price(300.0, None),
                    rc(6, "eva", 980)
                        .name("Eva")
                        .niche("travel")
                        .price(1250.0, Some(Eur)),
                ],
            },
        ),
        (
            // (f) Broken rows and duplicates.
            "broken.csv",
            Expected {
                separator: b',',
                imported: 4,
                merged: 2,
                rejected: &[
                    (3, Some("followers"), "missing_followers"),
                    (4, Some("followers"), "unreadable_number"),
                    (5, Some("engagement"), "out_of_range"),
                    (6, Some("price"), "out_of_range"),
                    (9, Some("handle"), "missing_handle"),
                ],
                creators: vec![
                    // Line 7 merged in: its followers and price, line 2's rate.
                    rc(2, "lisa.bakes", 43_000)
                        .on(Instagram)
                        .er(0.05)
                        .price(500.0, None),
                    // Same handle on another platform: another creator.
                    rc(10, "lisa.bakes", 5_000).on(TikTok).er(0.08),
                    // Line 12 (`@eva` on `IG`) merged in.
                    rc(11, "eva", 1_300)
                        .on(Instagram)
                        .er(0.02)
                        .price(100.0, None),
                    rc(13, "tom", 1_500).on(YouTube).er(0.04).price(75.0, None),
                ],
            },
        ),
    ];
    for (fixture, expected) in cases {
        check(fixture, expected);
    }
}

#[test]
fn every_fixture_creator_becomes_a_valid_engine_creator() {
    let rate = micromacro_engine::ExchangeRate { usd_per_eur: 1.08 };
    for fixture in [
        "modash.csv",
        "hypeauditor.csv",
        "dutch_excel.csv",
        "tabs.tsv",
        "quoted.csv",
        "broken.csv",
    ] {
        for c in import(&read_fixture(fixture)).unwrap().creators {
            let creator = c.to_creator(Instagram, Eur, rate);
            assert_eq!(creator.validate(), Ok(()), "{fixture}: {c:?}");
        }
    }
}

#[test]
fn a_sample_of_the_row_cap_imports_whole_and_one_more_row_is_reported() {
    let roster = sample(MAX_ROWS, 1);
    let imported = import(roster_to_csv(Lang::En, &roster).as_bytes()).unwrap();
    assert_eq!(imported.report.imported, MAX_ROWS);
    assert_eq!(imported.report.rejected, []);
    assert_eq!(imported.creators, roster);

    let roster = sample(MAX_ROWS + 1, 1);
    let imported = import(roster_to_csv(Lang::Nl, &roster).as_bytes()).unwrap();
    assert_eq!(imported.creators.len(), MAX_ROWS);
    assert_eq!(imported.creators[..], roster[..MAX_ROWS]);
    let problems: Vec<_> = imported
        .report
        .rejected
        .iter()
        .map(|p| (p.line, p.column, p.kind.as_str()))
        .collect();
    assert_eq!(problems, [(MAX_ROWS + 2, None, "too_many_rows")]);
}

#[test]
fn a_formula_in_a_handle_is_written_as_text() {
    let c = RosterCreator::new(2, "=HYPERLINK(\"http://x\")", 1_000);
    let csv = roster_to_csv(Lang::En, std::slice::from_ref(&c));
    assert!(
        csv.contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\",,,1000,"),
        "{csv}"
    );
    // … and reads back as the same handle.
    assert_eq!(import(csv.as_bytes()).unwrap().creators, [c]);
    let plan = to_csv(
        Lang::Nl,
        &["creator", "saldo"],
        &[vec![
            Cell::Text("-1+2".into()),
            Cell::Number {
                value: -1.5,
                decimals: 2,
            },
        ]],
    );
    assert_eq!(plan, "\u{FEFF}creator;saldo\r\n'-1+2;-1,50\r\n");
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use std::collections::HashSet;

    use micromacro::roster::values::is_blank;
    use micromacro::roster::{MAX_PRICE, neutralise};
    use micromacro_engine::{ExchangeRate, MAX_FOLLOWERS, MAX_POSTS};
    use proptest::prelude::*;

    use super::*;

    /// A text as the import keeps it: trimmed, not empty, at most 40 chars,
    /// with separators, quotes, new lines and formula starts mixed in.
    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            "[\\PC\n\t]{1,40}",
            "[=+@'\\-][a-zA-Z0-9 ,;\"\n=()]{0,20}",
            "[a-zA-Z][a-zA-Z0-9 .,;:\"'&/@_-]{0,30}",
        ]
        .prop_filter("trimmed, not empty", |s| {
            !s.is_empty() && s.trim() == s && s.chars().count() <= 200
        })
    }

    /// A country or niche: a text that is not an "unknown" marker (`-`, `n/a` …).
    fn place() -> impl Strategy<Value = String> {
        text().prop_filter("not an unknown marker", |s| !is_blank(s))
    }

    /// A handle: any text that does not start with `@`, or a URL-like text.
    fn handle() -> impl Strategy<Value = String> {
        prop_oneof![
            text().prop_filter("no leading @", |s| !s.starts_with('@')),
            "(www\\.|https://|instagram\\.com/)[a-z0-9._]{0,12}",
            "[a-z0-9._]{1,20}",
        ]
    }

    fn rate() -> impl Strategy<Value = Option<f64>> {
        prop::option::of(prop_oneof![
            0.0..=1.0f64,
            Just(0.0),
            Just(1.0),
            Just(0.1185),
            Just(1e-9),
            Just(f64::MIN_POSITIVE),
        ])
    }

    fn price() -> impl Strategy<Value = Option<(f64, Option<Currency>)>> {
        prop::option::of((
            prop_oneof![
                0.0..=MAX_PRICE,
                0.0..=10_000.0f64,
                (0u32..=100_000).prop_map(|c| f64::from(c) / 100.0),
                Just(1250.125),
                Just(0.125),
            ],
            prop::option::of(prop_oneof![Just(Eur), Just(Usd)]),
        ))
    }

    fn creator() -> impl Strategy<Value = RosterCreator> {
        let platform = prop::option::of(prop_oneof![Just(Instagram), Just(TikTok), Just(YouTube)]);
        (
            (handle(), prop::option::of(text()), platform),
            (
                prop_oneof![1..=MAX_FOLLOWERS, 1u64..=100_000],
                rate(),
                price(),
            ),
            (
                prop::option::of(place()),
                prop::option::of(place()),
                rate(),
                rate(),
                prop::option::of(1..=MAX_POSTS),
            ),
        )
            .prop_map(
                |(
                    (handle, name, platform),
                    (followers, engagement, price),
                    (country, niche, fake_share, conversion_rate, posts),
                )| RosterCreator {
                    line: 0,
                    handle,
                    name,
                    platform,
                    followers,
                    engagement,
                    price,
                    country,
                    niche,
                    fake_share,
                    conversion_rate,
                    posts,
                },
            )
    }

    /// Creators with distinct merge keys.
    fn roster() -> impl Strategy<Value = Vec<RosterCreator>> {
        prop::collection::vec(creator(), 0..12).prop_map(|creators| {
            let mut seen = HashSet::new();
            creators
                .into_iter()
                .filter(|c| seen.insert(c.merge_key()))
                .collect()
        })
    }

    fn close(a: f64, b: f64) -> bool {
        a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
    }

    /// Equal, with rates and prices within 1e-9 relative. Lines are not
    /// compared: a text with new lines moves the lines of the rows after it.
    fn same(a: &RosterCreator, b: &RosterCreator) -> bool {
        let rate = |x: Option<f64>, y: Option<f64>| match (x, y) {
            (Some(x), Some(y)) => close(x, y),
            (x, y) => x == y,
        };
        let price = match (a.price, b.price) {
            (Some((x, cx)), Some((y, cy))) => close(x, y) && cx == cy,
            (x, y) => x == y,
        };
        a.handle == b.handle
            && a.name == b.name
            && a.platform == b.platform
            && a.followers == b.followers
            && rate(a.engagement, b.engagement)
            && price
            && a.country == b.country
            && a.niche == b.niche
            && rate(a.fake_share, b.fake_share)
            && rate(a.conversion_rate, b.conversion_rate)
            && a.posts == b.posts
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn export_then_import_gives_the_same_creators(roster in roster(), dutch in any::<bool>()) {
            let lang = if dutch { Lang::Nl } else { Lang::En };
            let csv = roster_to_csv(lang, &roster);
            let imported = import(csv.as_bytes());
            prop_assert!(imported.is_ok(), "{csv}");
            let imported = imported.unwrap();
            prop_assert_eq!(&imported.report.rejected, &[], "{}", csv);
            prop_assert_eq!(imported.report.merged, 0);
            prop_assert_eq!(imported.creators.len(), roster.len(), "{}", csv);
            for (got, want) in imported.creators.iter().zip(&roster) {
                prop_assert!(same(got, want), "{:?}\n!=\n{:?}\n{}", got, want, csv);
            }
            let lines: Vec<usize> = imported.creators.iter().map(|c| c.line).collect();
            prop_assert!(lines.first().is_none_or(|l| *l == 2), "{:?}", lines);
            prop_assert!(lines.windows(2).all(|w| w[0] < w[1]), "{:?}", lines);
        }

        #[test]
        fn every_imported_creator_is_a_valid_engine_creator(roster in roster(), usd_per_eur in 0.001..=1000.0f64) {
            let csv = roster_to_csv(Lang::En, &roster);
            for c in import(csv.as_bytes()).unwrap().creators {
                for currency in [Eur, Usd] {
                    let creator = c.to_creator(Instagram, currency, ExchangeRate { usd_per_eur });
                    prop_assert_eq!(creator.validate(), Ok(()), "{:?}", c);
                }
            }
        }

        #[test]
        fn formula_like_texts_are_neutralised(
            start in prop::sample::select(vec!['=', '+', '-', '@', '\t', '\r']),
            rest in "[\\PC\t\r\n]{0,20}",
            dutch in any::<bool>(),
        ) {
            let text = format!("{start}{rest}");
            let lang = if dutch { Lang::Nl } else { Lang::En };
            let csv = to_csv(lang, &[], &[vec![Cell::Text(text.clone()), Cell::Exact(-1.5)]]);
            // Read back with a plain CSV reader: the cell starts with `'`.
            let body = csv.strip_prefix('\u{FEFF}').unwrap();
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .delimiter(if dutch { b';' } else { b',' })
                .from_reader(body.as_bytes());
            let record = reader.records().next().unwrap().unwrap();
            prop_assert_eq!(&record[0], &*format!("'{text}"));
            prop_assert_eq!(&record[0], &*neutralise(&text));
            prop_assert_eq!(&record[1], if dutch { "-1,5" } else { "-1.5" });
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn import_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
            let _ = import(&bytes);
        }

        #[test]
        fn import_never_panics_on_text(text in "\\PC{0,600}") {
            let _ = import(text.as_bytes());
        }

        #[test]
        fn import_never_panics_on_creator_lists(
            header in prop::sample::subsequence(
                vec!["handle", "Profile URL", "name", "full_name", "platform", "followers",
                     "Engagement rate (%)", "er", "price", "currency", "country", "niche",
                     "fake_followers", "cvr", "campaign_posts"],
                0..=15,
            ),
            sep in prop::sample::select(vec![",", ";", "\t"]),
            body in "[a-zA-Z0-9 .,;\t\"\n\r%€$@:/_kKmM-]{0,800}",
        ) {
            let text = format!("{}\n{body}", header.join(sep));
            if let Ok(imported) = import(text.as_bytes()) {
                let rows = imported.report.imported
                    + imported.report.merged
                    + imported.report.rejected.len();
                prop_assert!(rows <= text.split(['\n', '\r']).count());
                for c in &imported.creators {
                    prop_assert!(!c.handle.is_empty());
                    let creator = c.to_creator(TikTok, Eur, ExchangeRate { usd_per_eur: 1.08 });
                    prop_assert_eq!(creator.validate(), Ok(()), "{:?}", c);
                }
            }
        }
    }
}
