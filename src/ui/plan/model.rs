//! The planner's state: the form as typed, and the engine's figures as memos.

use leptos::prelude::*;
use micromacro_engine::{
    Assumptions, Brief, Comparison, CreatorMetrics, Money, ReachCurves, Recommendation,
    ValueOverTime, budget_steps, compare, creator_metrics, reach_curves, recommend,
    value_over_time,
};

use crate::plan::{DefaultCell, PlanInput};

/// How many budget points the reach curves have (from 0 to twice the budget).
const CURVE_POINTS: usize = 41;

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
    /// The same budget three ways.
    pub comparison: Memo<Option<Comparison>>,
    /// Micro, macro or mix, with the nine factors.
    pub recommendation: Memo<Option<Recommendation>>,
    /// Reach against budget for each strategy.
    pub curves: Memo<Option<ReachCurves>>,
    /// Value over the horizon: the creators', or the recommended scenario's
    /// when there are none yet.
    pub value: Memo<Option<ValueOverTime>>,
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
        let creators = Memo::new(move |_| input.with(|i| i.to_creators(i.notation)));
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
        let comparison =
            Memo::new(move |_| assumptions.with(|table| compare(&brief.get(), table).ok()));
        let recommendation = Memo::new(move |_| {
            let brief = brief.get();
            assumptions.with(|table| creators.with(|roster| recommend(&brief, table, roster).ok()))
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
            assumptions
                .with(|table| reach_curves(&brief, table, &budget_steps(top, CURVE_POINTS)).ok())
        });
        let value = Memo::new(move |_| {
            let brief = brief.get();
            let from_roster = creators.with(|roster| {
                (!roster.is_empty())
                    .then(|| assumptions.with(|table| value_over_time(roster, &brief, table).ok()))
            });
            from_roster.flatten().or_else(|| {
                let strategy = recommendation.with(|r| r.as_ref().map(|r| r.verdict));
                comparison.with(|c| {
                    c.as_ref().map(|c| match strategy {
                        Some(micromacro_engine::Verdict::Macro) => c.single_macro.value.clone(),
                        Some(micromacro_engine::Verdict::Mix) => c.mix.value.clone(),
                        _ => c.micro_swarm.value.clone(),
                    })
                })
            })
        });
        Self {
            input,
            assumptions,
            brief,
            brief_is_valid,
            row_metrics,
            comparison,
            recommendation,
            curves,
            value,
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
