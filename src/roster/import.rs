//! Reading a creator list: bytes in, creators and a report out.
//!
//! Steps, each with its limit:
//!
//! 1. **Size.** More than [`MAX_BYTES`] is refused before anything is read
//!    ([`ImportError::TooLarge`]).
//! 2. **Text.** UTF-8, with or without a byte-order mark; anything else is
//!    [`ImportError::NotUtf8`] (no guessing at other encodings, no silent
//!    replacement characters).
//! 3. **Separator.** `,`, `;` or tab, whichever splits the header row into
//!    the most fields ([`sniff_separator`]).
//! 4. **Header.** The first record; its cells are matched against the alias
//!    table ([`headers`](super::headers)); only the first [`MAX_COLUMNS`]
//!    cells are looked at. No header is
//!    [`ImportError::NoHeader`]; no followers or handle column is
//!    [`ImportError::MissingColumn`].
//! 5. **Rows.** Read with the `csv` crate (quoted fields may hold separators
//!    and new lines). Blank rows are skipped silently. Each other row becomes a
//!    [`RosterCreator`] or a [`RowProblem`] naming its line (the 1-based line of
//!    the file where the record starts, counting `\n`s), the column and the
//!    [`ProblemKind`];
//!    one problem per row, the first found in the order handle, platform,
//!    followers, engagement, price, currency, fake share, conversion, posts.
//!    After [`MAX_ROWS`] data rows the rest is not read: one
//!    [`ProblemKind::TooManyRows`] names the first line beyond the cap.
//! 6. **Duplicates.** Rows with the same platform and handle (ignoring case)
//!    are one creator: the later row's filled fields overwrite, its empty ones
//!    keep the earlier values ([`RosterCreator::merge_from`]); the creator keeps
//!    the first row's place and line. The report counts the merged rows.
//!
//! Cells: texts are trimmed and capped to [`MAX_TEXT_CHARS`] characters; a
//! `'` that an export put before `=`, `+`, `-`, `@`, tab or carriage return is
//! removed again; "unknown" markers (`-`, `n/a` …) are empty
//! ([`values::is_blank`]). A row without a handle uses its display name as the
//! handle. Values are read by [`values`] and checked against the engine's
//! bounds, so every creator converts into a valid engine creator.
//!
//! Invariant: no input panics; `imported + merged + rejected rows` (other than
//! [`ProblemKind::TooManyRows`]) is the number of non-blank rows read.

use std::collections::HashMap;

use csv::StringRecord;
use micromacro_engine::{Currency, MAX_FOLLOWERS, MAX_POSTS, Platform};

use super::creator::RosterCreator;
use super::headers::{Column, HeaderMap, Source};
use super::separator::sniff_separator;
use super::values::{self, ValueError};

/// The largest file read, in bytes (8 MiB).
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

/// The most data rows read; rows beyond are reported once and left out.
pub const MAX_ROWS: usize = 50_000;

/// The most header cells looked at; columns beyond are ignored (a real export
/// has a few dozen; this bounds the work a hostile header can cause).
pub const MAX_COLUMNS: usize = 1_000;

/// The most characters (Unicode scalar values) kept of any text.
pub const MAX_TEXT_CHARS: usize = 200;

/// The highest price per post accepted, in major units (a hundred million):
/// far above any creator, and low enough that converting it at any exchange
/// rate up to 1000 stays a valid engine amount.
pub const MAX_PRICE: f64 = 100_000_000.0;

/// Why a file could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Larger than [`MAX_BYTES`]; `bytes` is its size.
    #[error("too_large ({bytes} bytes)")]
    TooLarge {
        /// The size of the file.
        bytes: usize,
    },
    /// Not UTF-8 text.
    #[error("not_utf8")]
    NotUtf8,
    /// Empty, or the first row has no text.
    #[error("no_header")]
    NoHeader,
    /// No header names this required column.
    #[error("missing_column ({})", .0.as_str())]
    MissingColumn(Column),
}

impl ImportError {
    /// Every stable id, one per variant.
    pub const IDS: &'static [&'static str] =
        &["too_large", "not_utf8", "no_header", "missing_column"];

    /// The stable id (catalogue key `roster.error.<id>`).
    #[must_use]
    pub const fn id(&self) -> &'static str {
        match self {
            ImportError::TooLarge { .. } => "too_large",
            ImportError::NotUtf8 => "not_utf8",
            ImportError::NoHeader => "no_header",
            ImportError::MissingColumn(_) => "missing_column",
        }
    }
}

micromacro_engine::id_enum! {
    /// What was wrong with a row that was left out.
    pub enum ProblemKind: "row problem" {
        /// The followers cell is empty.
        MissingFollowers => "missing_followers",
        /// A number in no notation the import reads (`abc`, `12.5` followers).
        UnreadableNumber => "unreadable_number",
        /// A number outside what it can be (0 followers, 150 %, a negative price).
        OutOfRange => "out_of_range",
        /// Neither a handle nor a name.
        MissingHandle => "missing_handle",
        /// A platform other than Instagram, TikTok or YouTube.
        UnknownPlatform => "unknown_platform",
        /// A currency other than euro or US dollar.
        UnknownCurrency => "unknown_currency",
        /// The price cell and the currency column name different currencies.
        CurrencyConflict => "currency_conflict",
        /// The row is beyond [`MAX_ROWS`]; it and the rest were not read.
        TooManyRows => "too_many_rows",
        /// The CSV reader could not read the record.
        MalformedRow => "malformed_row",
    }
}

/// A row left out, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowProblem {
    /// The 1-based line of the file where the row starts (the header is 1).
    pub line: usize,
    /// The column at fault, when one is.
    pub column: Option<Column>,
    /// What was wrong.
    pub kind: ProblemKind,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// Creators imported (after merging duplicates).
    pub imported: usize,
    /// Rows merged into an earlier row about the same creator.
    pub merged: usize,
    /// Rows left out, in file order.
    pub rejected: Vec<RowProblem>,
    /// The field separator found: `b','`, `b';'` or `b'\t'`.
    pub separator: u8,
}

/// The creators of a file and the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    /// The creators, in the order of their first row.
    pub creators: Vec<RosterCreator>,
    /// What was imported, merged and left out.
    pub report: ImportReport,
}

/// Reads a creator list (CSV or TSV as influencer tools and spreadsheets
/// export them). See the [module docs](self) for the steps and rules.
pub fn import(bytes: &[u8]) -> Result<Import, ImportError> {
    let (text, mut reader, header, separator) = open(bytes)?;
    let map = HeaderMap::new(header.iter().take(MAX_COLUMNS));
    for required in [Column::Followers, Column::Handle] {
        if !map.has(required) {
            return Err(ImportError::MissingColumn(required));
        }
    }

    let mut creators: Vec<RosterCreator> = Vec::new();
    let mut index: HashMap<(Option<Platform>, String), usize> = HashMap::new();
    let mut merged = 0;
    let mut rejected = Vec::new();
    each_record(&mut reader, text, MAX_ROWS, |row| {
        let (record, line) = match row {
            Record::Row(record, line) => (record, line),
            Record::Malformed(line) => {
                return rejected.push(RowProblem {
                    line,
                    column: None,
                    kind: ProblemKind::MalformedRow,
                });
            }
            Record::TooMany(line) => {
                return rejected.push(RowProblem {
                    line,
                    column: None,
                    kind: ProblemKind::TooManyRows,
                });
            }
        };
        match read_row(record, &map, line) {
            Err(problem) => rejected.push(problem),
            Ok(creator) => match index.get(&creator.merge_key()) {
                Some(&at) => {
                    creators[at].merge_from(creator);
                    merged += 1;
                }
                None => {
                    index.insert(creator.merge_key(), creators.len());
                    creators.push(creator);
                }
            },
        }
    });
    Ok(Import {
        report: ImportReport {
            imported: creators.len(),
            merged,
            rejected,
            separator,
        },
        creators,
    })
}

/// A file opened by [`open`]: its text, a reader past the header, the header, the separator.
pub(crate) type Opened<'a> = (&'a str, csv::Reader<&'a [u8]>, StringRecord, u8);

/// Steps 1–4 of the module docs for any file of records: the text (`bytes` capped, UTF-8,
/// without a byte-order mark), a reader past the header on the sniffed separator, the header
/// (not blank), and the separator. Shared by the roster's and the results' imports.
pub(crate) fn open(bytes: &[u8]) -> Result<Opened<'_>, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::NoHeader);
    }
    let separator = sniff_separator(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header = reader.headers().map_err(|_| ImportError::NoHeader)?.clone();
    if header.iter().all(|h| h.trim().is_empty()) {
        return Err(ImportError::NoHeader);
    }
    Ok((text, reader, header, separator))
}

/// One step of [`each_record`].
pub(crate) enum Record<'r> {
    /// A data record that is not blank, and the line it starts on.
    Row(&'r StringRecord, usize),
    /// A record the CSV reader could not read, and its line.
    Malformed(usize),
    /// The first record beyond the cap, and its line; nothing after it is read.
    TooMany(usize),
}

/// Reads the data records of `reader` (over `text`, its header read) and gives each to
/// `step`: blank records are skipped; a record the reader cannot read is reported with its
/// line and reading goes on where it can; after `max_rows` records the next one is reported
/// and reading stops. Shared by the roster's and the results' imports.
pub(crate) fn each_record(
    reader: &mut csv::Reader<&[u8]>,
    text: &str,
    max_rows: usize,
    mut step: impl FnMut(Record<'_>),
) {
    let mut rows = 0;
    let mut record = StringRecord::new();
    loop {
        let before = reader.position().byte();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(error) => {
                let line = error.position().map_or_else(
                    || to_usize(reader.position().line()),
                    |p| start_line(text, p),
                );
                step(Record::Malformed(line));
                if reader.position().byte() == before {
                    break; // No progress: stop rather than loop.
                }
                continue;
            }
        }
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let line = record.position().map_or(0, |p| start_line(text, p));
        rows += 1;
        if rows > max_rows {
            step(Record::TooMany(line));
            break;
        }
        step(Record::Row(&record, line));
    }
}

/// A line number as `usize` (saturating on 16-bit targets).
fn to_usize(line: u64) -> usize {
    usize::try_from(line).unwrap_or(usize::MAX)
}

/// The line where the record at `position` starts. The reader's position is
/// where it began reading, just after the previous record, so the empty lines
/// it skipped before the record are counted here.
fn start_line(text: &str, position: &csv::Position) -> usize {
    let skipped = usize::try_from(position.byte())
        .ok()
        .and_then(|at| text.as_bytes().get(at..))
        .unwrap_or_default()
        .iter()
        .take_while(|b| matches!(b, b'\r' | b'\n'))
        .filter(|b| **b == b'\n')
        .count();
    to_usize(position.line()).saturating_add(skipped)
}

/// One row's cells, cleaned, looked up by column.
struct Row<'a> {
    record: &'a StringRecord,
    map: &'a HeaderMap,
    line: usize,
}

impl Row<'_> {
    /// The cell at `index` as written (texts are cleaned by
    /// [`values::clean_text`], which undoes the export's `'` itself).
    fn raw(&self, index: usize) -> &str {
        self.record.get(index).unwrap_or_default()
    }

    /// The cell at `index`, trimmed and without an export's `'` prefix.
    fn cell(&self, index: usize) -> &str {
        values::unneutralise(self.raw(index).trim()).trim()
    }

    /// The first non-blank cell feeding `column`, with its header source.
    fn value(&self, column: Column) -> Option<(&str, Source)> {
        self.map
            .sources(column)
            .iter()
            .map(|s| (self.cell(s.index), *s))
            .find(|(text, _)| !values::is_blank(text))
    }

    /// The first non-empty text feeding `column` (a name may be anything,
    /// even `-`).
    fn text(&self, column: Column) -> Option<String> {
        self.map
            .sources(column)
            .iter()
            .find_map(|s| values::clean_text(self.raw(s.index)))
    }

    /// The first text feeding `column` that is not blank or an "unknown"
    /// marker (country, niche).
    fn known_text(&self, column: Column) -> Option<String> {
        self.map
            .sources(column)
            .iter()
            .filter(|s| !values::is_blank(self.cell(s.index)))
            .find_map(|s| values::clean_text(self.raw(s.index)))
    }

    /// A problem with `column` on this row.
    fn problem(&self, column: Column, kind: ProblemKind) -> RowProblem {
        RowProblem {
            line: self.line,
            column: Some(column),
            kind,
        }
    }

    /// A problem from a value parser's error.
    fn value_problem(&self, column: Column, error: ValueError) -> RowProblem {
        let kind = match error {
            ValueError::Unreadable => ProblemKind::UnreadableNumber,
            ValueError::OutOfRange => ProblemKind::OutOfRange,
        };
        self.problem(column, kind)
    }

    /// An optional rate column.
    fn rate(&self, column: Column) -> Result<Option<f64>, RowProblem> {
        self.value(column)
            .map(|(text, source)| values::parse_rate(text, source.percent))
            .transpose()
            .map_err(|e| self.value_problem(column, e))
    }
}

/// Reads one non-blank row (rules in the module docs).
fn read_row(
    record: &StringRecord,
    map: &HeaderMap,
    line: usize,
) -> Result<RosterCreator, RowProblem> {
    let row = Row { record, map, line };

    // Handle: the first cell that holds one; the platform of the first URL.
    let mut handle = None;
    let mut url_platform = None;
    for source in map.sources(Column::Handle) {
        if let Some(h) = values::parse_handle(row.cell(source.index)) {
            url_platform = url_platform.or(h.platform);
            handle = handle.or(Some(h.handle));
        }
    }
    let name = row.text(Column::Name);
    let handle = handle
        .or_else(|| {
            // A display name standing in for the handle may start with '@' too.
            let n = name.as_deref()?.trim_start_matches('@').trim();
            Some(n.to_owned())
        })
        .filter(|h| !h.is_empty());
    let Some(handle) = handle else {
        return Err(row.problem(Column::Handle, ProblemKind::MissingHandle));
    };

    let platform = match row.value(Column::Platform) {
        None => url_platform,
        Some((text, _)) => Some(
            values::parse_platform(text)
                .ok_or_else(|| row.problem(Column::Platform, ProblemKind::UnknownPlatform))?,
        ),
    };

    let Some((text, _)) = row.value(Column::Followers) else {
        return Err(row.problem(Column::Followers, ProblemKind::MissingFollowers));
    };
    let followers =
        values::parse_count(text).map_err(|e| row.value_problem(Column::Followers, e))?;
    if !(1..=MAX_FOLLOWERS).contains(&followers) {
        return Err(row.problem(Column::Followers, ProblemKind::OutOfRange));
    }

    let engagement = row.rate(Column::Engagement)?;

    let price = match row.value(Column::Price) {
        None => None,
        Some((text, _)) => {
            let (amount, written) =
                values::parse_money(text).map_err(|e| row.value_problem(Column::Price, e))?;
            if amount > MAX_PRICE {
                return Err(row.problem(Column::Price, ProblemKind::OutOfRange));
            }
            let column_currency: Option<Currency> =
                match row.value(Column::Currency) {
                    None => None,
                    Some((text, _)) => Some(values::parse_currency(text).ok_or_else(|| {
                        row.problem(Column::Currency, ProblemKind::UnknownCurrency)
                    })?),
                };
            let currency = match (written, column_currency) {
                (Some(a), Some(b)) if a != b => {
                    return Err(row.problem(Column::Price, ProblemKind::CurrencyConflict));
                }
                (a, b) => a.or(b),
            };
            Some((amount, currency))
        }
    };

    let fake_share = row.rate(Column::Fake)?;
    let conversion_rate = row.rate(Column::Conversion)?;

    let posts = match row.value(Column::Posts) {
        None => None,
        Some((text, _)) => {
            let posts =
                values::parse_count(text).map_err(|e| row.value_problem(Column::Posts, e))?;
            match u32::try_from(posts) {
                Ok(p) if (1..=MAX_POSTS).contains(&p) => Some(p),
                _ => return Err(row.problem(Column::Posts, ProblemKind::OutOfRange)),
            }
        }
    };

    Ok(RosterCreator {
        line,
        handle,
        name,
        platform,
        followers,
        engagement,
        price,
        country: row.known_text(Column::Country),
        niche: row.known_text(Column::Niche),
        fake_share,
        conversion_rate,
        posts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Import {
        import(text.as_bytes()).unwrap()
    }

    fn problems(import: &Import) -> Vec<(usize, Option<Column>, ProblemKind)> {
        import
            .report
            .rejected
            .iter()
            .map(|p| (p.line, p.column, p.kind))
            .collect()
    }

    #[test]
    fn whole_file_errors() {
        let big = vec![b'a'; MAX_BYTES + 1];
        assert_eq!(
            import(&big),
            Err(ImportError::TooLarge {
                bytes: MAX_BYTES + 1
            })
        );
        assert_eq!(
            import(b"handle,followers\n\xff\xfe,1\n"),
            Err(ImportError::NotUtf8)
        );
        assert_eq!(import(b""), Err(ImportError::NoHeader));
        assert_eq!(import("\u{FEFF}".as_bytes()), Err(ImportError::NoHeader));
        assert_eq!(import(b" \n\n\r\n"), Err(ImportError::NoHeader));
        assert_eq!(import(b",,,\n1,2,3"), Err(ImportError::NoHeader));
        assert_eq!(
            import(b"handle,email\nlisa,x@y"),
            Err(ImportError::MissingColumn(Column::Followers))
        );
        assert_eq!(
            import(b"followers,email\n12,x@y"),
            Err(ImportError::MissingColumn(Column::Handle))
        );
        let ids: Vec<&str> = [
            ImportError::TooLarge { bytes: 1 },
            ImportError::NotUtf8,
            ImportError::NoHeader,
            ImportError::MissingColumn(Column::Handle),
        ]
        .iter()
        .map(ImportError::id)
        .collect();
        assert_eq!(ids, ImportError::IDS);
    }

    #[test]
    fn a_file_of_exactly_the_cap_is_read() {
        let mut text = String::from("handle,followers\n");
        let row = "x,1\n";
        while text.len() + row.len() <= MAX_BYTES {
            text.push_str(row);
        }
        assert!(text.len() <= MAX_BYTES);
        let imported = ok(&text);
        // Every row has the same handle: all merged into one.
        assert_eq!(imported.creators.len(), 1);
        assert_eq!(
            imported.report.rejected,
            [RowProblem {
                line: MAX_ROWS + 2,
                column: None,
                kind: ProblemKind::TooManyRows
            }]
        );
        assert_eq!(imported.report.merged, MAX_ROWS - 1);
    }

    #[test]
    fn columns_beyond_the_cap_are_ignored() {
        let filler = ",x".repeat(MAX_COLUMNS);
        let text = format!(
            "handle,followers{filler},er\nlisa,5{},1%\n",
            ",".repeat(MAX_COLUMNS)
        );
        let imported = ok(&text);
        assert_eq!(imported.creators[0].engagement, None);
        let text = format!("handle{filler},followers\n");
        assert_eq!(
            import(text.as_bytes()),
            Err(ImportError::MissingColumn(Column::Followers))
        );
    }

    #[test]
    fn a_minimal_file() {
        let imported = ok("handle,followers\n@lisa,12k\n");
        assert_eq!(imported.creators, [RosterCreator::new(2, "lisa", 12_000)]);
        assert_eq!(imported.report.imported, 1);
        assert_eq!(imported.report.separator, b',');
    }

    #[test]
    fn blank_rows_are_skipped_and_lines_count_from_the_file() {
        let imported = ok("handle;followers\n\n;\n  ;  \nlisa;1\n\nbram;\n");
        assert_eq!(imported.creators.len(), 1);
        assert_eq!(imported.creators[0].line, 5);
        assert_eq!(
            problems(&imported),
            [(7, Some(Column::Followers), ProblemKind::MissingFollowers)]
        );
    }

    #[test]
    fn each_problem_names_its_line_column_and_kind() {
        let text = "handle,platform,followers,er,price,currency,fake_followers,cvr,campaign_posts\n\
                    a,twitch,1,,,,,,\n\
                    b,,0,,,,,,\n\
                    c,,1,150%,,,,,\n\
                    d,,1,,-5,,,,\n\
                    e,,1,,5,GBP,,,\n\
                    f,,1,,€5,USD,,,\n\
                    g,,1,,,,2%%,,\n\
                    h,,1,,,,,-1,\n\
                    i,,1,,,,,,1001\n\
                    ,,1,,,,,,\n\
                    k,,12.5,,,,,,\n\
                    l,,1,,1000000000,,,,\n\
                    m,,1,,5,GBP,,,0\n\
                    n,,1,,,GBP,,,\n";
        let imported = ok(text);
        use Column as C;
        use ProblemKind as K;
        assert_eq!(
            problems(&imported),
            [
                (2, Some(C::Platform), K::UnknownPlatform),
                (3, Some(C::Followers), K::OutOfRange),
                (4, Some(C::Engagement), K::OutOfRange),
                (5, Some(C::Price), K::OutOfRange),
                (6, Some(C::Currency), K::UnknownCurrency),
                (7, Some(C::Price), K::CurrencyConflict),
                (8, Some(C::Fake), K::UnreadableNumber),
                (9, Some(C::Conversion), K::OutOfRange),
                (10, Some(C::Posts), K::OutOfRange),
                (11, Some(C::Handle), K::MissingHandle),
                (12, Some(C::Followers), K::UnreadableNumber),
                (13, Some(C::Price), K::OutOfRange),
                (14, Some(C::Currency), K::UnknownCurrency),
            ]
        );
        // A currency without a price is not read.
        assert_eq!(imported.creators.len(), 1);
        assert_eq!(imported.creators[0].handle, "n");
        assert_eq!(imported.creators[0].price, None);
    }

    #[test]
    fn the_platform_comes_from_its_column_or_the_url() {
        let text = "username,profile_url,platform,followers\n\
                    lisa,https://www.tiktok.com/@lisa,,1\n\
                    bram,https://www.tiktok.com/@bram,YouTube,1\n\
                    ,https://www.instagram.com/eva/,,1\n\
                    piet,,,1\n";
        let got: Vec<_> = ok(text)
            .creators
            .into_iter()
            .map(|c| (c.handle, c.platform))
            .collect();
        assert_eq!(
            got,
            [
                ("lisa".to_owned(), Some(Platform::TikTok)),
                ("bram".to_owned(), Some(Platform::YouTube)),
                ("eva".to_owned(), Some(Platform::Instagram)),
                ("piet".to_owned(), None),
            ]
        );
    }

    #[test]
    fn a_name_stands_in_for_a_missing_handle() {
        let imported = ok("username,full_name,followers\n,Lisa Bakes,5\n,,6\n");
        assert_eq!(imported.creators[0].handle, "Lisa Bakes");
        assert_eq!(imported.creators[0].name.as_deref(), Some("Lisa Bakes"));
        assert_eq!(
            problems(&imported),
            [(3, Some(Column::Handle), ProblemKind::MissingHandle)]
        );
    }

    #[test]
    fn duplicates_merge_by_platform_and_handle() {
        let text = "handle,platform,followers,er,country\n\
                    Lisa,instagram,1000,5%,NL\n\
                    lisa,tiktok,2000,,\n\
                    LISA,ig,3000,,BE\n\
                    @lisa,Instagram,4000,6%,\n";
        let imported = ok(text);
        assert_eq!(imported.report.imported, 2);
        assert_eq!(imported.report.merged, 2);
        let first = &imported.creators[0];
        assert_eq!(
            (first.line, first.handle.as_str(), first.followers),
            (2, "Lisa", 4000)
        );
        assert_eq!(first.engagement, Some(0.06));
        assert_eq!(first.country.as_deref(), Some("BE"));
        assert_eq!(imported.creators[1].platform, Some(Platform::TikTok));
    }

    #[test]
    fn unknown_markers_are_empty_and_texts_are_capped() {
        let long = "x".repeat(300);
        let text = format!("handle,followers,er,niche,country\nlisa,5,n/a,{long},-\n");
        let c = &ok(&text).creators[0];
        assert_eq!(c.engagement, None);
        assert_eq!(c.country, None);
        assert_eq!(c.niche.as_ref().map(|n| n.chars().count()), Some(200));
    }

    #[test]
    fn rows_longer_or_shorter_than_the_header_are_read() {
        let imported = ok("handle,followers,er\nlisa,5,1%,extra,cells\nbram,6\n");
        assert_eq!(imported.creators.len(), 2);
        assert_eq!(imported.creators[0].engagement, Some(0.01));
        assert_eq!(imported.creators[1].engagement, None);
    }

    #[test]
    fn too_many_rows_are_reported_once_at_the_first_line_beyond() {
        let mut text = String::from("handle,followers\n");
        for i in 0..MAX_ROWS + 5 {
            text.push_str(&format!("c{i},{}\n", i + 1));
        }
        let imported = ok(&text);
        assert_eq!(imported.creators.len(), MAX_ROWS);
        assert_eq!(
            problems(&imported),
            [(MAX_ROWS + 2, None, ProblemKind::TooManyRows)]
        );
    }

    #[test]
    fn problem_ids_are_stable() {
        assert_eq!(
            ProblemKind::IDS,
            [
                "missing_followers",
                "unreadable_number",
                "out_of_range",
                "missing_handle",
                "unknown_platform",
                "unknown_currency",
                "currency_conflict",
                "too_many_rows",
                "malformed_row",
            ]
        );
        for kind in ProblemKind::ALL {
            assert_eq!(ProblemKind::IDS[kind.index()], kind.as_str());
        }
    }
}
