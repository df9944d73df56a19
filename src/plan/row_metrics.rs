//! The plan rows' metrics, kept by row id and recomputed only for the rows that changed.
//!
//! Each creator row shows its metrics, and the reach-versus-cost chart draws them all. Worked
//! out afresh after every edit they cost one engine call per row, and each row then looked
//! itself up in a list (O(n²) over the rows; code review, change 5). Here a cache remembers
//! each row as it was typed when its metrics were computed: an edit of one row recomputes
//! that row only, and a row finds its metrics through an index.
//!
//! Invariants: the result is exactly what computing every row afresh would give (the cache
//! is dropped whenever the brief or the defaults table change, since every row depends on
//! them); rows keep their form order; rows that no longer exist leave the cache.

use std::collections::HashMap;

use micromacro_engine::{Assumptions, Brief, CreatorMetrics};

use super::CreatorInput;
use crate::i18n::Lang;

/// The metrics of the plan's rows, in form order, with an index by row id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RowMetrics {
    rows: Vec<(u64, Option<CreatorMetrics>)>,
    index: HashMap<u64, usize>,
}

impl RowMetrics {
    /// The metrics of row `id`: `None` when there is no such row or its fields do not read.
    pub fn get(&self, id: u64) -> Option<&CreatorMetrics> {
        self.index.get(&id).and_then(|&i| self.rows[i].1.as_ref())
    }

    /// Every row, in form order.
    pub fn rows(&self) -> &[(u64, Option<CreatorMetrics>)] {
        &self.rows
    }
}

/// What the metrics were last computed from.
#[derive(Default)]
pub struct RowMetricsCache {
    context: Option<(Brief, Assumptions)>,
    rows: HashMap<u64, (CreatorInput, Lang, Option<CreatorMetrics>)>,
}

impl RowMetricsCache {
    /// The metrics of `rows` (typed in `notation`) for `brief` and `table`; `compute` is called
    /// for the rows that are new or changed since the last call, and for every row when the
    /// brief or the table changed.
    pub fn update(
        &mut self,
        rows: &[CreatorInput],
        notation: Lang,
        brief: &Brief,
        table: &Assumptions,
        mut compute: impl FnMut(&CreatorInput) -> Option<CreatorMetrics>,
    ) -> RowMetrics {
        let same_context = self
            .context
            .as_ref()
            .is_some_and(|(b, t)| b == brief && t == table);
        if !same_context {
            self.context = Some((brief.clone(), table.clone()));
            self.rows.clear();
        }
        let mut kept = HashMap::with_capacity(rows.len());
        let mut out = RowMetrics::default();
        for row in rows {
            let metrics = match self.rows.remove(&row.id) {
                Some((typed, lang, metrics)) if typed == *row && lang == notation => metrics,
                _ => compute(row),
            };
            out.index.insert(row.id, out.rows.len());
            out.rows.push((row.id, metrics.clone()));
            kept.insert(row.id, (row.clone(), notation, metrics));
        }
        self.rows = kept;
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use micromacro_engine::{Currency, Platform, creator_metrics};

    fn row(id: u64, followers: &str) -> CreatorInput {
        let mut r = CreatorInput::blank(id, Platform::Instagram);
        r.followers = followers.to_owned();
        r
    }

    fn metrics_of(r: &CreatorInput, brief: &Brief, table: &Assumptions) -> Option<CreatorMetrics> {
        r.to_creator(Lang::En, Currency::Eur)
            .and_then(|c| creator_metrics(&c, brief, table).ok())
    }

    #[test]
    fn an_edit_of_one_row_recomputes_that_row_only_and_equals_a_fresh_computation() {
        let (brief, table) = (Brief::default(), Assumptions::default());
        let mut rows: Vec<CreatorInput> =
            (1..=50).map(|i| row(i, &(1000 * i).to_string())).collect();
        let mut cache = RowMetricsCache::default();
        let mut calls = 0;
        cache.update(&rows, Lang::En, &brief, &table, |r| {
            calls += 1;
            metrics_of(r, &brief, &table)
        });
        assert_eq!(calls, 50);
        rows[7].followers = "123456".to_owned();
        rows[9].followers = "not a number".to_owned();
        rows.remove(20);
        rows.push(row(99, "5000"));
        let mut calls = 0;
        let out = cache.update(&rows, Lang::En, &brief, &table, |r| {
            calls += 1;
            metrics_of(r, &brief, &table)
        });
        assert_eq!(calls, 3, "the two edited rows and the new one");
        let fresh: Vec<(u64, Option<CreatorMetrics>)> = rows
            .iter()
            .map(|r| (r.id, metrics_of(r, &brief, &table)))
            .collect();
        assert_eq!(out.rows(), &fresh[..]);
        assert_eq!(out.get(8).map(|m| m.followers), Some(123_456));
        assert!(
            out.get(10).is_none(),
            "a row that does not read has no metrics"
        );
        assert!(out.get(21).is_none(), "a removed row is gone");
        assert_eq!(out.get(99).map(|m| m.followers), Some(5000));
    }

    #[test]
    fn a_new_brief_or_table_recomputes_every_row() {
        let (brief, table) = (Brief::default(), Assumptions::default());
        let rows: Vec<CreatorInput> = (1..=5).map(|i| row(i, "20000")).collect();
        let mut cache = RowMetricsCache::default();
        cache.update(&rows, Lang::En, &brief, &table, |r| {
            metrics_of(r, &brief, &table)
        });
        let mut other = table.clone();
        other
            .reach_rate
            .get_mut(micromacro_engine::Tier::Micro)
            .value *= 0.5;
        let mut calls = 0;
        let out = cache.update(&rows, Lang::En, &brief, &other, |r| {
            calls += 1;
            metrics_of(r, &brief, &other)
        });
        assert_eq!(calls, 5);
        let fresh: Vec<(u64, Option<CreatorMetrics>)> = rows
            .iter()
            .map(|r| (r.id, metrics_of(r, &brief, &other)))
            .collect();
        assert_eq!(out.rows(), &fresh[..]);
    }
}
