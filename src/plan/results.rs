//! A campaign's results as kept with it: one row of figures per creator of the plan, typed or
//! imported, kept as typed (like every field of the form), and read into the engine's
//! [`Delivered`] to be compared with the forecast.
//!
//! Rows belong to the plan's creators by handle ([`handle_key`]: case, spaces and `@` do not
//! count). A row whose handle is no longer in the plan is kept, and shown as not in the plan,
//! so renaming a creator loses nothing.
//!
//! Invariants: a field that does not read keeps its text and says why ([`InputError`]); the
//! comparison uses the campaign's own table (published figures with the user's edits), never a
//! calibrated one; an import changes only the rows it matched, and only the figures it had.

use micromacro_engine::{
    Assumptions, Brief, CampaignComparison, Creator, Currency, Delivered, Money, compare,
};

use super::number::parse_decimal;
use super::plan_input::{InputError, PlanInput, plain_number};
use crate::i18n::Lang;
use crate::results::{Figure, ResultsImport};
use crate::roster::handle_key;

/// The most result rows a campaign keeps: one per creator, and a campaign holds at most this
/// many creators (the stored format's cap is this constant).
pub const MAX_RESULT_ROWS: usize = 500;

/// One creator's results as typed: the handle and each [`Figure`], by its position in
/// [`Figure::ALL`]; an empty text is "not reported".
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ResultRow {
    /// The creator's handle, as the plan's row names it.
    pub handle: String,
    /// Each figure as typed.
    pub values: [String; Figure::COUNT],
}

impl ResultRow {
    /// An empty row for `handle`.
    #[must_use]
    pub fn new(handle: &str) -> Self {
        Self {
            handle: handle.to_owned(),
            ..Self::default()
        }
    }

    /// The text of `figure`.
    #[must_use]
    pub fn get(&self, figure: Figure) -> &str {
        &self.values[figure as usize]
    }

    /// Sets the text of `figure`.
    pub fn set(&mut self, figure: Figure, text: String) {
        self.values[figure as usize] = text;
    }

    /// Whether nothing was reported.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.values.iter().all(|v| v.trim().is_empty())
    }

    /// The value of `figure` read in `notation`: `Ok(None)` when empty, an error when it does
    /// not read or is negative (posts must be whole and at least one).
    pub fn read(&self, figure: Figure, notation: Lang) -> Result<Option<f64>, InputError> {
        let text = self.get(figure).trim();
        if text.is_empty() {
            return Ok(None);
        }
        let value = parse_decimal(notation, text).ok_or(InputError::NotANumber)?;
        if value < 0.0 {
            return Err(InputError::Invalid("negative"));
        }
        if matches!(figure, Figure::Posts) && (value < 1.0 || value.fract() != 0.0) {
            return Err(InputError::Invalid("not_whole"));
        }
        // Beyond any campaign: a slip, not a figure.
        if value > 1e12 {
            return Err(InputError::Invalid("too_large"));
        }
        Ok(Some(value))
    }

    /// The row as the engine reads it: the figures that read (one that does not shows its
    /// message beside its field and is left out, so the others still count).
    #[must_use]
    pub fn delivered(&self, notation: Lang, currency: Currency) -> Delivered {
        let read = |figure| self.read(figure, notation).ok().flatten();
        let money = |v: Option<f64>| {
            v.and_then(|v| {
                Money::from_major_f64(v, currency, micromacro_engine::Field::PricePerPost).ok()
            })
        };
        Delivered {
            posts: read(Figure::Posts).map(|p| p.min(f64::from(u32::MAX)) as u32),
            fee: money(read(Figure::Fee)),
            reach: read(Figure::Reach),
            impressions: read(Figure::Impressions),
            engagements: read(Figure::Engagements),
            clicks: read(Figure::Clicks),
            conversions: read(Figure::Conversions),
            revenue: money(read(Figure::Revenue)),
        }
    }
}

/// What an import of a results file did to a campaign's rows.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ResultsMerge {
    /// Creators of the file matched to a creator of the plan.
    pub matched: usize,
    /// Handles of the file that are not in the plan, with the line of their first row.
    pub unmatched: Vec<(usize, String)>,
    /// Rows of the file left out (the import's report has why).
    pub rejected: usize,
}

impl PlanInput {
    /// The result row of the plan's creator named `handle`, if any.
    #[must_use]
    pub fn result_for(&self, handle: &str) -> Option<&ResultRow> {
        let key = handle_key(handle);
        self.results.iter().find(|r| handle_key(&r.handle) == key)
    }

    /// Sets `figure` of the result row for `handle`, adding the row when there is none.
    pub fn set_result(&mut self, handle: &str, figure: Figure, text: String) {
        let key = handle_key(handle);
        match self
            .results
            .iter()
            .position(|r| handle_key(&r.handle) == key)
        {
            Some(at) => self.results[at].set(figure, text),
            None if self.results.len() < MAX_RESULT_ROWS => {
                let mut row = ResultRow::new(handle);
                row.set(figure, text);
                self.results.push(row);
            }
            None => {}
        }
    }

    /// Merges an imported results file: each creator of the file whose handle is a creator of
    /// the plan gets the figures the file has (others it had stay); the rest are reported.
    pub fn merge_results(&mut self, import: &ResultsImport) -> ResultsMerge {
        let mut merge = ResultsMerge {
            rejected: import.rejected.len(),
            ..ResultsMerge::default()
        };
        let notation = self.notation;
        for creator in &import.creators {
            let key = handle_key(&creator.handle);
            let Some(planned) = self
                .creators
                .iter()
                .find(|row| row.typical == 0 && handle_key(&row.name) == key)
                .map(|row| row.name.clone())
            else {
                merge.unmatched.push((creator.line, creator.handle.clone()));
                continue;
            };
            merge.matched += 1;
            for figure in Figure::ALL.iter().copied() {
                if let Some(value) = creator.get(figure) {
                    let text = plain_number(notation, (value * 100.0).round() / 100.0);
                    self.set_result(&planned, figure, text);
                }
            }
        }
        merge
    }

    /// The plan's results against its forecast: each creator of the plan that reads, with its
    /// row (an empty one when none), on `table` (the campaign's own). `None` when nothing was
    /// reported or the brief does not read.
    #[must_use]
    pub fn compare_results(&self, brief: &Brief, table: &Assumptions) -> Option<ResultsView> {
        if self.results.iter().all(ResultRow::is_empty) {
            return None;
        }
        let mut handles = Vec::new();
        let mut pairs: Vec<(Creator, Delivered)> = Vec::new();
        for row in self.creators.iter().filter(|r| r.typical == 0) {
            let Some(creator) = row.to_creator(self.notation, self.currency) else {
                continue;
            };
            let delivered = self
                .result_for(&row.name)
                .map(|r| r.delivered(self.notation, self.currency))
                .unwrap_or_default();
            handles.push(row.name.clone());
            pairs.push((creator, delivered));
        }
        let comparison = compare(brief, table, &pairs);
        Some(ResultsView {
            handles,
            comparison,
        })
    }
}

/// A comparison with the plan's handles beside the engine's creators.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultsView {
    /// The handle of each compared creator, in the comparison's order.
    pub handles: Vec<String>,
    /// The engine's comparison.
    pub comparison: CampaignComparison,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::CreatorInput;
    use crate::results::import_results;
    use micromacro_engine::{ExchangeRate, Measure, Platform, Status};

    fn plan(handles: &[&str]) -> PlanInput {
        let mut input = PlanInput::default();
        for (i, h) in handles.iter().enumerate() {
            input.creators.push(CreatorInput {
                name: (*h).to_owned(),
                followers: "50000".to_owned(),
                price: "500".to_owned(),
                ..CreatorInput::blank(i as u64, Platform::Instagram)
            });
        }
        input
    }

    #[test]
    fn a_file_with_an_unknown_handle_and_a_broken_row_merges_what_matches() {
        let mut input = plan(&["@anna", "bram", "Cleo"]);
        let file = "Account username,Reach,Likes,Comments\nanna,4000,100,5\nBRAM,2000,50,1\nzed,10,1,1\nCLEO,x,1,1\n";
        let import = import_results(
            file.as_bytes(),
            Currency::Eur,
            ExchangeRate { usd_per_eur: 1.1 },
        )
        .unwrap();
        let merge = input.merge_results(&import);
        assert_eq!(merge.matched, 2);
        assert_eq!(merge.unmatched, vec![(4, "zed".to_owned())]);
        assert_eq!(merge.rejected, 1);
        let anna = input.result_for("anna").unwrap();
        assert_eq!(anna.handle, "@anna", "kept under the plan's own name");
        assert_eq!(anna.get(Figure::Reach), "4000");
        assert_eq!(anna.get(Figure::Engagements), "105");
        assert_eq!(anna.get(Figure::Fee), "", "not in the file: left as it was");
        // A second import keeps what the first brought and the file lacks.
        input.set_result("bram", Figure::Fee, "450".to_owned());
        let again = import_results(
            b"handle,reach\nbram,2500\n",
            Currency::Eur,
            ExchangeRate { usd_per_eur: 1.1 },
        )
        .unwrap();
        input.merge_results(&again);
        let bram = input.result_for("bram").unwrap();
        assert_eq!(
            (bram.get(Figure::Reach), bram.get(Figure::Fee)),
            ("2500", "450")
        );
    }

    #[test]
    fn typed_figures_read_in_the_notation_and_bad_ones_say_why() {
        let mut row = ResultRow::new("anna");
        row.set(Figure::Reach, "12.500".to_owned());
        row.set(Figure::Fee, "1.250,50".to_owned());
        let d = row.delivered(Lang::Nl, Currency::Eur);
        assert_eq!(d.reach, Some(12_500.0));
        assert_eq!(d.fee, Some(Money::from_cents(125_050, Currency::Eur)));
        row.set(Figure::Posts, "1,5".to_owned());
        assert_eq!(
            row.read(Figure::Posts, Lang::Nl),
            Err(InputError::Invalid("not_whole"))
        );
        row.set(Figure::Posts, "twee".to_owned());
        assert_eq!(
            row.read(Figure::Posts, Lang::Nl),
            Err(InputError::NotANumber)
        );
        // A figure that does not read is left out; the others still count.
        let d = row.delivered(Lang::Nl, Currency::Eur);
        assert_eq!((d.posts, d.reach), (None, Some(12_500.0)));
    }

    #[test]
    fn the_comparison_marks_each_creator_against_its_range() {
        let mut input = plan(&["anna", "bram"]);
        let brief = input.to_brief(input.notation).unwrap();
        let table = Assumptions::default();
        assert!(
            input.compare_results(&brief, &table).is_none(),
            "nothing reported"
        );
        input.set_result("anna", Figure::Reach, "1".to_owned());
        input.set_result("bram", Figure::Reach, "10000000".to_owned());
        let view = input.compare_results(&brief, &table).unwrap();
        assert_eq!(view.handles, ["anna", "bram"]);
        let status = |i: usize| {
            view.comparison.creators[i]
                .as_ref()
                .unwrap()
                .get(Measure::Reach)
                .unwrap()
                .status
        };
        assert_eq!((status(0), status(1)), (Status::Below, Status::Above));
        assert_eq!(
            view.comparison.total(Measure::Reach).unwrap().actual,
            10_000_001.0
        );
    }
}
