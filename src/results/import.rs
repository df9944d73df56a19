//! Reading a results file: bytes in, one row of figures per creator and a report out.
//!
//! The same steps and limits as the roster's import (`roster::import`): the size is checked
//! before anything is read, the text must be UTF-8, the separator is sniffed, the header is
//! matched against [`ALIASES`](super::columns::ALIASES) (a handle column is required), rows are
//! read with the `csv` crate, blank rows are skipped, and each other row is read or rejected
//! with its line, column and reason. Cells are read in any notation the roster's import reads
//! (`1.234`, `1,2k`, `€ 1.250,-`).
//!
//! Rows of one creator (same handle, ignoring case and `@`) are one creator: platform insight
//! exports have one row per post. Their figures are summed; the posts delivered are the sum of
//! a posts column, else, for a creator with several rows, the number of rows, else unknown (as
//! planned). Engagements are the engagements column, else likes + comments + saves + shares
//! (those present). A fee or revenue in the other currency is converted at the table's rate.
//!
//! Invariant: no input panics; every non-blank row read is either summed into a creator or
//! rejected.

use std::collections::HashMap;

use micromacro_engine::{Currency, ExchangeRate};

use super::columns::{ResultColumn, column_of};
use crate::roster::import::{ImportError, MAX_COLUMNS, Record, each_record, open};
use crate::roster::values::{self, ValueError};
use crate::roster::{Column, handle_key};

/// The most data rows read; rows beyond are reported once and left out.
pub const MAX_ROWS: usize = 10_000;

/// The largest figure accepted (a trillion): beyond any campaign, so a slip is caught.
const MAX_FIGURE: f64 = 1e12;

micromacro_engine::id_enum! {
    /// The figures a creator's results hold, as kept with the campaign.
    pub enum Figure: "results figure" {
        /// Posts delivered.
        Posts => "posts",
        /// The fee paid, in the campaign's currency.
        Fee => "fee",
        /// People reached.
        Reach => "reach",
        /// Impressions or views.
        Impressions => "impressions",
        /// Engagements.
        Engagements => "engagements",
        /// Link clicks.
        Clicks => "clicks",
        /// Conversions.
        Conversions => "conversions",
        /// Revenue, in the campaign's currency.
        Revenue => "revenue",
    }
}

micromacro_engine::id_enum! {
    /// What was wrong with a row that was left out.
    pub enum ResultsProblemKind: "results row problem" {
        /// No handle.
        MissingHandle => "missing_handle",
        /// A number in no notation the import reads.
        UnreadableNumber => "unreadable_number",
        /// A negative or impossibly large number.
        OutOfRange => "out_of_range",
        /// The row is beyond [`MAX_ROWS`]; it and the rest were not read.
        TooManyRows => "too_many_rows",
        /// The CSV reader could not read the record.
        MalformedRow => "malformed_row",
    }
}

/// A row left out, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResultsProblem {
    /// The 1-based line of the file where the row starts (the header is 1).
    pub line: usize,
    /// The column at fault, when one is.
    pub column: Option<ResultColumn>,
    /// What was wrong.
    pub kind: ResultsProblemKind,
}

/// One creator's figures from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedResults {
    /// The handle as first written (without `@`).
    pub handle: String,
    /// The line of its first row.
    pub line: usize,
    /// Each [`Figure`] (by its position in [`Figure::ALL`]), when the file had it.
    pub figures: [Option<f64>; Figure::COUNT],
}

impl ImportedResults {
    /// The value of `figure`, when the file had it.
    #[must_use]
    pub fn get(&self, figure: Figure) -> Option<f64> {
        self.figures[figure as usize]
    }
}

/// The creators of a results file and the rows left out.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultsImport {
    /// One entry per creator, in the order of their first row.
    pub creators: Vec<ImportedResults>,
    /// Rows left out, in file order.
    pub rejected: Vec<ResultsProblem>,
}

/// A creator's figures while its rows are read: sums, and which columns fed them.
#[derive(Default)]
struct Sums {
    handle: String,
    line: usize,
    rows: usize,
    values: [Option<f64>; ResultColumn::COUNT],
}

impl Sums {
    fn add(&mut self, column: ResultColumn, value: f64) {
        let slot = &mut self.values[column as usize];
        *slot = Some(slot.unwrap_or(0.0) + value);
    }

    fn get(&self, column: ResultColumn) -> Option<f64> {
        self.values[column as usize]
    }

    fn into_results(self) -> ImportedResults {
        use ResultColumn as C;
        let parts = [C::Likes, C::Comments, C::Saves, C::Shares];
        let engagements = self.get(C::Engagements).or_else(|| {
            parts
                .iter()
                .filter_map(|&c| self.get(c))
                .reduce(|a, b| a + b)
        });
        let posts = self
            .get(C::Posts)
            .or_else(|| (self.rows > 1).then_some(self.rows as f64));
        let mut figures = [None; Figure::COUNT];
        for (figure, value) in [
            (Figure::Posts, posts),
            (Figure::Fee, self.get(C::Fee)),
            (Figure::Reach, self.get(C::Reach)),
            (Figure::Impressions, self.get(C::Impressions)),
            (Figure::Engagements, engagements),
            (Figure::Clicks, self.get(C::Clicks)),
            (Figure::Conversions, self.get(C::Conversions)),
            (Figure::Revenue, self.get(C::Revenue)),
        ] {
            figures[figure as usize] = value;
        }
        ImportedResults {
            handle: self.handle,
            line: self.line,
            figures,
        }
    }
}

/// Reads a results file (see the [module docs](self)); amounts end up in `currency`, those
/// written in the other one converted at `rate`.
pub fn import_results(
    bytes: &[u8],
    currency: Currency,
    rate: ExchangeRate,
) -> Result<ResultsImport, ImportError> {
    let (text, mut reader, header, _) = open(bytes)?;
    // Per column, the header cell that feeds it: the best-ranked alias.
    let mut sources: [Option<(usize, usize)>; ResultColumn::COUNT] = [None; ResultColumn::COUNT];
    for (index, cell) in header.iter().take(MAX_COLUMNS).enumerate() {
        if let Some((rank, column)) = column_of(cell) {
            let slot = &mut sources[column as usize];
            if slot.is_none_or(|(best, _)| rank < best) {
                *slot = Some((rank, index));
            }
        }
    }
    let Some((_, handle_at)) = sources[ResultColumn::Handle as usize] else {
        return Err(ImportError::MissingColumn(Column::Handle));
    };

    let mut creators: Vec<Sums> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut rejected = Vec::new();
    each_record(&mut reader, text, MAX_ROWS, |row| {
        let (record, line) = match row {
            Record::Row(record, line) => (record, line),
            Record::Malformed(line) => {
                return rejected.push(ResultsProblem {
                    line,
                    column: None,
                    kind: ResultsProblemKind::MalformedRow,
                });
            }
            Record::TooMany(line) => {
                return rejected.push(ResultsProblem {
                    line,
                    column: None,
                    kind: ResultsProblemKind::TooManyRows,
                });
            }
        };
        let cell = |at: usize| {
            values::unneutralise(record.get(at).unwrap_or_default().trim())
                .trim()
                .to_owned()
        };
        let problem = |column, kind| ResultsProblem {
            line,
            column: Some(column),
            kind,
        };
        let Some(handle) = values::parse_handle(&cell(handle_at)) else {
            rejected.push(problem(
                ResultColumn::Handle,
                ResultsProblemKind::MissingHandle,
            ));
            return;
        };
        let mut read: Vec<(ResultColumn, f64)> = Vec::new();
        let mut failed = None;
        for &column in &ResultColumn::ALL[1..] {
            let Some((_, at)) = sources[column as usize] else {
                continue;
            };
            let text = cell(at);
            if values::is_blank(&text) {
                continue;
            }
            match read_value(column, &text, currency, rate) {
                Ok(value) => read.push((column, value)),
                Err(kind) => {
                    failed = Some(problem(column, kind));
                    break;
                }
            }
        }
        if let Some(problem) = failed {
            rejected.push(problem);
            return;
        }
        let key = handle_key(&handle.handle);
        let at = *index.entry(key).or_insert_with(|| {
            creators.push(Sums {
                handle: handle.handle.clone(),
                line,
                ..Sums::default()
            });
            creators.len() - 1
        });
        let sums = &mut creators[at];
        sums.rows += 1;
        for (column, value) in read {
            sums.add(column, value);
        }
    });
    Ok(ResultsImport {
        creators: creators.into_iter().map(Sums::into_results).collect(),
        rejected,
    })
}

/// One cell's value: a count, or for the fee and revenue an amount in `currency`.
fn read_value(
    column: ResultColumn,
    text: &str,
    currency: Currency,
    rate: ExchangeRate,
) -> Result<f64, ResultsProblemKind> {
    let kind = |e: ValueError| match e {
        ValueError::Unreadable => ResultsProblemKind::UnreadableNumber,
        ValueError::OutOfRange => ResultsProblemKind::OutOfRange,
    };
    let value = match column {
        ResultColumn::Fee | ResultColumn::Revenue => {
            let (amount, written_in) = values::parse_money(text).map_err(kind)?;
            match (written_in, currency) {
                (Some(Currency::Usd), Currency::Eur) => amount / rate.usd_per_eur,
                (Some(Currency::Eur), Currency::Usd) => amount * rate.usd_per_eur,
                _ => amount,
            }
        }
        _ => values::parse_count(text).map_err(kind)? as f64,
    };
    if !value.is_finite() || value > MAX_FIGURE {
        return Err(ResultsProblemKind::OutOfRange);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::MAX_BYTES;

    const RATE: ExchangeRate = ExchangeRate { usd_per_eur: 1.25 };

    fn read(text: &str) -> ResultsImport {
        import_results(text.as_bytes(), Currency::Eur, RATE).unwrap()
    }

    #[test]
    fn an_instagram_export_sums_posts_per_creator() {
        let file = "Post ID,Account username,Account name,Reach,Impressions,Likes,Comments,Saves,Shares\n\
                    1,lisa.bakes,Lisa,4000,6000,300,20,10,5\n\
                    2,@Lisa.Bakes,Lisa,3000,4500,200,10,5,5\n\
                    3,bram,Bram,1.200,\"1,5k\",90,-,3,1\n";
        let r = read(file);
        assert!(r.rejected.is_empty(), "{:?}", r.rejected);
        assert_eq!(r.creators.len(), 2);
        let lisa = &r.creators[0];
        assert_eq!(lisa.handle, "lisa.bakes");
        assert_eq!(lisa.line, 2);
        assert_eq!(lisa.get(Figure::Reach), Some(7_000.0));
        assert_eq!(lisa.get(Figure::Impressions), Some(10_500.0));
        assert_eq!(lisa.get(Figure::Engagements), Some(555.0));
        assert_eq!(lisa.get(Figure::Posts), Some(2.0), "two rows, two posts");
        let bram = &r.creators[1];
        assert_eq!(bram.get(Figure::Reach), Some(1_200.0));
        assert_eq!(bram.get(Figure::Impressions), Some(1_500.0));
        assert_eq!(bram.get(Figure::Engagements), Some(94.0));
        assert_eq!(bram.get(Figure::Posts), None, "one row: as planned");
        assert_eq!(bram.get(Figure::Fee), None);
    }

    #[test]
    fn a_dutch_report_with_fees_in_either_currency() {
        let file = "Naam;Geleverde posts;Betaald;Bereik;Interacties;Klikken;Bestellingen;Omzet\n\
                    @anna;2;€ 1.250,-;12.000;800;150;12;€ 540,50\n\
                    @tom;1;$500;5000;200;40;3;$100\n";
        let r = read(file);
        assert!(r.rejected.is_empty(), "{:?}", r.rejected);
        let anna = &r.creators[0];
        assert_eq!(anna.get(Figure::Fee), Some(1_250.0));
        assert_eq!(anna.get(Figure::Reach), Some(12_000.0));
        assert_eq!(anna.get(Figure::Engagements), Some(800.0));
        assert_eq!(anna.get(Figure::Clicks), Some(150.0));
        assert_eq!(anna.get(Figure::Conversions), Some(12.0));
        assert_eq!(anna.get(Figure::Revenue), Some(540.5));
        assert_eq!(anna.get(Figure::Posts), Some(2.0));
        assert_eq!(r.creators[1].get(Figure::Fee), Some(400.0), "$500 at 1.25");
    }

    #[test]
    fn broken_rows_are_named_by_line_and_column_and_the_rest_is_read() {
        let file = "handle,reach,likes\nok,100,5\n,200,3\nbad,lots,1\nneg,-5,1\n\nlast,7,1\n";
        let r = read(file);
        assert_eq!(
            r.creators
                .iter()
                .map(|c| c.handle.as_str())
                .collect::<Vec<_>>(),
            ["ok", "last"]
        );
        assert_eq!(
            r.rejected,
            vec![
                ResultsProblem {
                    line: 3,
                    column: Some(ResultColumn::Handle),
                    kind: ResultsProblemKind::MissingHandle
                },
                ResultsProblem {
                    line: 4,
                    column: Some(ResultColumn::Reach),
                    kind: ResultsProblemKind::UnreadableNumber
                },
                ResultsProblem {
                    line: 5,
                    column: Some(ResultColumn::Reach),
                    kind: ResultsProblemKind::OutOfRange
                },
            ]
        );
    }

    #[test]
    fn the_planners_own_plan_export_with_result_columns_added_reads() {
        let mut header: Vec<&str> = crate::plan::PLAN_HEADER.to_vec();
        header.extend(["Reach", "Fee paid", "Link clicks"]);
        let cells = [
            "@lisa.bakes",
            "",
            "instagram",
            "micro",
            "48000",
            "1",
            "450",
            "",
            "",
        ];
        let row: Vec<&str> = cells
            .iter()
            .copied()
            .chain(["9.500", "€ 450", "120"])
            .collect();
        let file = format!("{}\n{}\n", header.join(";"), row.join(";"));
        let r = read(&file);
        assert!(r.rejected.is_empty(), "{:?}", r.rejected);
        let lisa = &r.creators[0];
        assert_eq!(lisa.handle, "lisa.bakes");
        assert_eq!(
            (
                lisa.get(Figure::Reach),
                lisa.get(Figure::Fee),
                lisa.get(Figure::Clicks)
            ),
            (Some(9_500.0), Some(450.0), Some(120.0))
        );
    }

    #[test]
    fn whole_file_errors() {
        assert_eq!(
            import_results(b"reach,likes\n1,2\n", Currency::Eur, RATE),
            Err(ImportError::MissingColumn(Column::Handle))
        );
        assert_eq!(
            import_results(&[0xff, 0xfe], Currency::Eur, RATE),
            Err(ImportError::NotUtf8)
        );
        assert_eq!(
            import_results(&vec![b' '; MAX_BYTES + 1], Currency::Eur, RATE),
            Err(ImportError::TooLarge {
                bytes: MAX_BYTES + 1
            })
        );
    }
}
