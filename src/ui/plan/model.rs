//! The planner's state: the form as typed, and the engine's figures as memos.

use leptos::prelude::*;
use micromacro_engine::{
    Assumptions, Brief, Creator, CreatorMetrics, Decision, Money, Ranges, Swing, ValueCurves,
    creator_metrics, decide, value_curves,
};

use crate::plan::{DefaultCell, PlanInput};

/// How many budget points the value curves have (from 0 to twice the budget): each point is
/// three optimiser runs, so fewer than round 1's 41 reach points.
const CURVE_POINTS: usize = 21;

/// The creators the engine sees (those whose every field reads), with their rows' ids: the
/// engine names a creator by its position in `creators`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Roster {
    /// Row id of each creator.
    pub ids: Vec<u64>,
    /// The creators, in form order.
    pub creators: Vec<Creator>,
}

/// The planner's state, shared with its parts through context. `Copy`.
#[derive(Clone, Copy)]
pub struct PlanModel {
    /// The form exactly as typed.
    pub input: RwSignal<PlanInput>,
    /// The defaults table: the published benchmarks with the user's edits
    /// (which are part of the form, so they are saved and shared with it).
    pub assumptions: Memo<Assumptions>,
    /// The brief as last read without errors (figures never blank while a
    /// field is being retyped).
    pub brief: Memo<Brief>,
    /// Whether the brief as typed now reads.
    pub brief_is_valid: Memo<bool>,
    /// Metrics per row id (`None` for a row that does not read).
    pub row_metrics: Memo<Vec<(u64, Option<CreatorMetrics>)>>,
    /// The creators the engine sees, with their row ids.
    pub roster: Memo<Roster>,
    /// The decision: pool, three plans, verdict and the nine factors.
    pub decision: Memo<Option<Decision>>,
    /// The best value against budget for each strategy.
    pub curves: Memo<Option<ValueCurves>>,
    /// P10–P90 of the plans' figures and the verdict's robustness, filled in progressively
    /// after each edit (`None` until the first chunk of worlds is in).
    pub ranges: RwSignal<Option<Ranges>>,
    /// The tornado: each assumption swung across its range, largest first (filled in after
    /// the ranges).
    pub sensitivity: RwSignal<Option<Vec<Swing>>>,
    /// When the last edit happened (`performance.now()`), to time redraws.
    pub edited_at: StoredValue<Option<f64>>,
    /// The id this plan is saved under in this browser, once saved.
    pub saved_id: RwSignal<Option<String>>,
    /// When it was last saved (ms since 1970).
    pub saved_at: RwSignal<Option<f64>>,
}

impl PlanModel {
    /// Builds the memos over `input` (read in its own notation); `saved_id`
    /// when it is a campaign saved in this browser.
    pub fn new(input: PlanInput, saved_id: Option<String>) -> Self {
        let input = RwSignal::new(input);
        let assumptions = Memo::new(move |_| input.with(|i| DefaultCell::apply_all(&i.benchmarks)));
        let brief = Memo::new(move |previous: Option<&Brief>| {
            input
                .with(|i| i.to_brief(i.notation))
                .or_else(|| previous.cloned())
                .unwrap_or_default()
        });
        let brief_is_valid = Memo::new(move |_| input.with(|i| i.to_brief(i.notation).is_some()));
        let roster = Memo::new(move |_| {
            input.with(|i| {
                let (ids, creators) = i.to_creators_with_ids(i.notation);
                Roster { ids, creators }
            })
        });
        let row_metrics = Memo::new(move |_| {
            let (brief, table) = (brief.get(), assumptions.get());
            input.with(|i| {
                i.creators
                    .iter()
                    .map(|row| {
                        let metrics = row
                            .to_creator(i.notation, i.currency)
                            .and_then(|creator| creator_metrics(&creator, &brief, &table).ok());
                        (row.id, metrics)
                    })
                    .collect()
            })
        });
        let decision = Memo::new(move |_| {
            let brief = brief.get();
            assumptions.with(|table| roster.with(|r| decide(&brief, table, &r.creators).ok()))
        });
        let curves = Memo::new(move |_| {
            let brief = brief.get();
            // Twice the budget, so the curves show what more money would buy; at
            // least one unit, so a zero budget still has an axis.
            let doubled = brief.budget.times(2);
            let top = if doubled.cents() > 0 {
                doubled
            } else {
                Money::from_major(1, brief.currency())
            };
            let last = (CURVE_POINTS - 1) as f64;
            let budgets: Vec<Money> = (0..CURVE_POINTS)
                .map(|i| top.scale(i as f64 / last))
                .collect();
            assumptions.with(|table| {
                roster.with(|r| value_curves(&brief, table, &r.creators, &budgets).ok())
            })
        });
        Self {
            input,
            assumptions,
            brief,
            brief_is_valid,
            row_metrics,
            roster,
            decision,
            curves,
            ranges: RwSignal::new(None),
            sensitivity: RwSignal::new(None),
            edited_at: StoredValue::new(None),
            saved_id: RwSignal::new(saved_id),
            saved_at: RwSignal::new(None),
        }
    }

    /// Applies an edit to the form, noting the time for the redraw timing.
    pub fn edit(self, change: impl FnOnce(&mut PlanInput)) {
        self.edited_at.set_value(Some(now_ms()));
        self.input.update(change);
    }
}

/// `performance.now()`, or 0 where there is none.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
