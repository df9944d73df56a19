//! The planner's state: the form as typed, and the engine's figures as memos.

use leptos::prelude::*;
use micromacro_engine::{
    Assumptions, Brief, Creator, CreatorBands, Decision, FactorEffect, Money, Ranges, Swing,
    ValueCurves, creator_metrics, decide, decide_now,
};
use std::sync::Arc;

use crate::plan::{DefaultCell, PlanInput, RowMetrics, RowMetricsCache, RowRef};

/// How many budget points the value curves have (from 0 to twice the budget): each point is
/// three optimiser runs (13 points put the budget itself on the grid, at the middle).
pub const CURVE_POINTS: usize = 13;

/// Up to this many creators of the user's in the pool, the decision comes with what each
/// factor did, at once after an edit; above it the factors are filled in progressively so
/// that no edit blocks input for long. The value curves are always filled in progressively.
pub const AT_ONCE: usize = 500;

/// The budgets of the value curves: from zero to twice the budget (at least one unit, so a
/// zero budget still has an axis), so the curves show what more money would buy.
pub fn curve_budgets(budget: Money) -> Vec<Money> {
    let doubled = budget.times(2);
    let top = if doubled.cents() > 0 {
        doubled
    } else {
        Money::from_major(1, budget.currency())
    };
    let last = (CURVE_POINTS - 1) as f64;
    (0..CURVE_POINTS)
        .map(|i| top.scale(i as f64 / last))
        .collect()
}

/// The creators the engine sees, with where each comes from: the engine names a creator by
/// its position in `creators`. First the plan's rows whose every field reads (form order),
/// then the imported roster, without the creators already among the plan's rows (same
/// platform and handle).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Roster {
    /// Where each creator comes from.
    pub ids: Vec<RowRef>,
    /// The creators (shared with the background task that samples and sweeps them).
    pub creators: Arc<Vec<Creator>>,
}

impl Roster {
    /// The plan's rows that read (`form`: row ids and creators), then the imported roster
    /// (`imported`: entry ids and creators, each with the choice of `choices` at its
    /// position) without the creators already among the rows.
    fn merge(
        form: &(Vec<u64>, Vec<Creator>),
        imported: &(Vec<u32>, Vec<Creator>),
        choices: &[micromacro_engine::Choice],
    ) -> Self {
        let ((form_ids, form_creators), (roster_ids, roster_creators)) = (form, imported);
        let taken: std::collections::HashSet<(micromacro_engine::Platform, String)> = form_creators
            .iter()
            .map(|c| (c.platform, crate::roster::handle_key(&c.name)))
            .collect();
        let mut ids: Vec<RowRef> = form_ids.iter().map(|&id| RowRef::Form(id)).collect();
        let mut creators = form_creators.clone();
        ids.reserve(roster_ids.len());
        creators.reserve(roster_creators.len());
        for (j, (id, c)) in roster_ids.iter().zip(roster_creators).enumerate() {
            // No rows typed (a large library's campaign, often): no key to work out.
            if taken.is_empty()
                || !taken.contains(&(c.platform, crate::roster::handle_key(&c.name)))
            {
                ids.push(RowRef::Roster(*id));
                let choice = choices.get(j).copied().unwrap_or(c.choice);
                creators.push(c.clone().with_choice(choice));
            }
        }
        Roster {
            ids,
            creators: Arc::new(creators),
        }
    }

    /// The engine's position of a plan row.
    pub fn position_of(&self, row: RowRef) -> Option<usize> {
        self.ids.iter().position(|r| *r == row)
    }
}

/// The imported roster as engine creators, with their entry ids.
fn imported_creators(
    roster: &crate::plan::SharedRoster,
    platform: micromacro_engine::Platform,
    currency: micromacro_engine::Currency,
    rate: micromacro_engine::ExchangeRate,
) -> (Vec<u32>, Vec<Creator>) {
    let creators = roster.0.to_creators(platform, currency, rate);
    let ids = roster.0.entries().iter().map(|e| e.id).collect();
    (ids, creators)
}

/// The decision the planner shows: with what each factor did when the user's creators are
/// few enough to work it out at once (see [`AT_ONCE`]).
fn decision_of(brief: &Brief, table: &Assumptions, creators: &[Creator]) -> Option<Decision> {
    if creators.len() <= AT_ONCE {
        decide(brief, table, creators).ok()
    } else {
        decide_now(brief, table, creators).ok()
    }
}

/// A decision worked out before its planner mounted, with the inputs it was worked out from.
type Ahead = (Brief, Assumptions, Vec<Creator>, Option<Decision>);

thread_local! {
    /// The decision [`decide_ahead`] worked out, until a planner's first decision takes it.
    static AHEAD: std::cell::RefCell<Option<Ahead>> = const { std::cell::RefCell::new(None) };
}

/// Works out the decision for `input` the way the planner's memos will, in a task before the
/// planner mounts (a shared link's: its client summary shows the decision's figures in the
/// mount, the first load's longest task, which computing it made longer still). The
/// planner's first decision takes it when its inputs are equal, and works it out otherwise.
pub fn decide_ahead(input: &PlanInput) {
    let Some(brief) = input.to_brief(input.notation) else {
        return;
    };
    let table = DefaultCell::apply_all(&input.benchmarks);
    let form = input.to_creators_with_ids(input.notation);
    let rate = table.exchange_rate.value;
    let roster = Roster::merge(
        &form,
        &imported_creators(&input.roster, input.platform, input.currency, rate),
        &input.roster.0.choices(),
    );
    let decision = decision_of(&brief, &table, &roster.creators);
    AHEAD.with(|slot| {
        *slot.borrow_mut() = Some((
            brief,
            table,
            Arc::unwrap_or_clone(roster.creators),
            decision,
        ))
    });
}

/// The decision worked out ahead, if its inputs are these. What was worked out ahead is taken
/// either way: only a planner's first decision can use it.
fn take_ahead(
    brief: &Brief,
    table: &Assumptions,
    creators: &[Creator],
) -> Option<Option<Decision>> {
    let (b, t, c, decision) = AHEAD.with(|slot| slot.borrow_mut().take())?;
    (b == *brief && t == *table && c == creators).then_some(decision)
}

/// The planner's state, shared with its parts through context. `Copy`.
#[derive(Clone, Copy)]
pub struct PlanModel {
    /// The form exactly as typed.
    pub input: RwSignal<PlanInput>,
    /// The defaults table: the published benchmarks with the user's edits
    /// (which are part of the form, so they are saved and shared with it), calibrated from the
    /// user's results when [`PlanModel::calibration`] holds a calibration.
    pub assumptions: Memo<Assumptions>,
    /// The defaults table without calibration: the published benchmarks with the user's edits
    /// (what a campaign's results are compared with, and what calibration moves).
    pub published: Memo<Assumptions>,
    /// The calibration from the saved campaigns' results, while the user has it switched on
    /// (`None`: the published benchmarks).
    pub calibration: RwSignal<Option<micromacro_engine::Calibration>>,
    /// The brief as last read without errors (figures never blank while a
    /// field is being retyped).
    pub brief: Memo<Brief>,
    /// Whether the brief as typed now reads.
    pub brief_is_valid: Memo<bool>,
    /// Metrics per row id (`None` for a row that does not read).
    pub row_metrics: Memo<RowMetrics>,
    /// The creators the engine sees, with their row ids.
    pub roster: Memo<Roster>,
    /// The decision: pool, three plans and the verdict (its `factors` left empty: they are
    /// filled in after it, see `factors`). Shared, so a view that reads it whole does not
    /// copy a pool of thousands of creators.
    pub decision: Memo<Option<Arc<Decision>>>,
    /// What each of the nine factors did to the best plan, filled in one at a time after an
    /// edit (each is one or three more optimiser runs).
    pub factors: RwSignal<Option<Vec<FactorEffect>>>,
    /// The best value against budget for each strategy, filled in a budget at a time after
    /// an edit (each budget is three optimiser runs).
    pub curves: RwSignal<Option<ValueCurves>>,
    /// P10–P90 of the plans' figures and the verdict's robustness, filled in progressively
    /// after each edit (`None` until the first chunk of worlds is in).
    pub ranges: RwSignal<Option<Ranges>>,
    /// P10–P90 of each plan row's net and effective reach over the same worlds, sorted by row
    /// id (rows whose figures do not read are left out; [`row_range`] finds one); filled in
    /// with `ranges`.
    pub row_ranges: RwSignal<Option<Vec<(u64, CreatorBands)>>>,
    /// The tornado: each assumption swung across its range, largest first (filled in after
    /// the ranges).
    pub sensitivity: RwSignal<Option<Vec<Swing>>>,
    /// When the last edit happened (`performance.now()`), to time redraws.
    pub edited_at: StoredValue<Option<f64>>,
    /// How many edits so far, and how long the last one kept the main thread: from the edit to
    /// the end of the task that followed it, the decision and every view it changed included
    /// (shown as `data-edits` and `data-edit-ms` on the planner; the browser tests print it).
    pub last_edit: RwSignal<(u32, Option<f64>)>,
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
        let calibration = RwSignal::new(None::<micromacro_engine::Calibration>);
        let published = Memo::new(move |_| input.with(|i| DefaultCell::apply_all(&i.benchmarks)));
        let assumptions = Memo::new(move |_| {
            calibration.with(|c| match c {
                Some(c) => published.with(|table| c.apply(table)),
                None => published.get(),
            })
        });
        let brief = Memo::new(move |previous: Option<&Brief>| {
            input
                .with(|i| i.to_brief(i.notation))
                .or_else(|| previous.cloned())
                .unwrap_or_default()
        });
        let brief_is_valid = Memo::new(move |_| input.with(|i| i.to_brief(i.notation).is_some()));
        let form = Memo::new(move |_| input.with(|i| i.to_creators_with_ids(i.notation)));
        // The imported roster as engine creators: recomputed only when the roster itself, the
        // platform, the currency or the exchange rate changes (not on every keystroke).
        // A new choice does not convert every imported creator again: the choices are applied
        // on merging (`choices`).
        let shared = Memo::new_with_compare(
            move |_| input.with(|i| (i.roster.clone(), i.platform, i.currency)),
            |a, b| !matches!((a, b), (Some(a), Some(b)) if (a.1, a.2) == (b.1, b.2) && a.0.same_rows(&b.0)),
        );
        let choices = Memo::new(move |_| input.with(|i| i.roster.0.choices()));
        let rate = Memo::new(move |_| assumptions.with(|a| a.exchange_rate.value));
        let imported = Memo::new(move |_| {
            let rate = rate.get();
            shared.with(|(roster, platform, currency)| {
                imported_creators(roster, *platform, *currency, rate)
            })
        });
        let roster = Memo::new(move |_| {
            form.with(|form| {
                imported.with(|imp| choices.with(|choices| Roster::merge(form, imp, choices)))
            })
        });
        // Only the rows an edit changed are worked out again (see `RowMetricsCache`).
        let cache = StoredValue::new(RowMetricsCache::default());
        let row_metrics = Memo::new(move |_| {
            let (brief, table) = (brief.get(), assumptions.get());
            input.with(|i| {
                cache
                    .try_update_value(|cache| {
                        cache.update(&i.creators, i.notation, &brief, &table, |row| {
                            row.to_creator(i.notation, i.currency)
                                .and_then(|creator| creator_metrics(&creator, &brief, &table).ok())
                        })
                    })
                    .unwrap_or_default()
            })
        });
        let decision = Memo::new(move |_| {
            let brief = brief.get();
            assumptions.with(|table| {
                roster.with(|r| {
                    take_ahead(&brief, table, &r.creators)
                        .unwrap_or_else(|| decision_of(&brief, table, &r.creators))
                        .map(Arc::new)
                })
            })
        });
        Self {
            input,
            assumptions,
            published,
            calibration,
            brief,
            brief_is_valid,
            row_metrics,
            roster,
            decision,
            curves: RwSignal::new(None),
            factors: RwSignal::new(None),
            ranges: RwSignal::new(None),
            row_ranges: RwSignal::new(None),
            sensitivity: RwSignal::new(None),
            edited_at: StoredValue::new(None),
            last_edit: RwSignal::new((0, None)),
            saved_id: RwSignal::new(saved_id),
            saved_at: RwSignal::new(None),
        }
    }

    /// The factor effects to show: the nine filled in so far when the brief has a verdict,
    /// every factor "does not apply" when it has none (nothing to explain), `None` while they
    /// are still being worked out.
    pub fn factor_effects(self) -> Option<Vec<FactorEffect>> {
        let state = self.decision.with(|d| d.as_ref().map(|d| d.state))?;
        let own = self
            .decision
            .with(|d| d.as_ref().map(|d| d.factors.clone()))?;
        if !own.is_empty() {
            return Some(own);
        }
        if state != micromacro_engine::DecisionState::Ok {
            return Some(
                micromacro_engine::Factor::ALL
                    .iter()
                    .map(|&factor| FactorEffect {
                        factor,
                        lean: 0.0,
                        share_without: 0.0,
                        pull: 0.0,
                        direction: micromacro_engine::Direction::Inactive,
                    })
                    .collect(),
            );
        }
        self.factors.get()
    }

    /// Applies an edit to the form, noting the time for the redraw timing.
    pub fn edit(self, change: impl FnOnce(&mut PlanInput)) {
        let started = crate::browser::now_ms();
        self.edited_at.set_value(Some(started));
        self.input.update(change);
        // The memos and effects the edit set off run before the next task: its start is when
        // the edit's work is done.
        set_timeout(
            move || {
                let took = crate::browser::now_ms() - started;
                self.last_edit.update(|(count, ms)| {
                    *count += 1;
                    *ms = Some(took);
                });
            },
            std::time::Duration::ZERO,
        );
    }
}

/// The bands of row `id` in `ranges` (sorted by id, as [`PlanModel::row_ranges`] keeps them).
pub fn row_range(ranges: &[(u64, CreatorBands)], id: u64) -> Option<&CreatorBands> {
    ranges
        .binary_search_by_key(&id, |(row, _)| *row)
        .ok()
        .map(|i| &ranges[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use micromacro_engine::Choice;

    /// A plan of the default brief with two creators, and the inputs the planner's memos
    /// read from it.
    fn plan() -> (PlanInput, Brief, Assumptions, Vec<Creator>) {
        let mut input = PlanInput::from_brief(&Brief::default(), Lang::En);
        let platform = input.platform;
        input.creators = [("@anna", "60000", "600"), ("@bo", "8000", "150")]
            .into_iter()
            .enumerate()
            .map(|(id, (name, followers, price))| crate::plan::CreatorInput {
                name: name.into(),
                followers: followers.into(),
                engagement_percent: "4".into(),
                price: price.into(),
                ..crate::plan::CreatorInput::blank(id as u64 + 1, platform)
            })
            .collect();
        let brief = input.to_brief(Lang::En).expect("the default brief reads");
        let table = DefaultCell::apply_all(&input.benchmarks);
        let rate = table.exchange_rate.value;
        let imported = imported_creators(&input.roster, input.platform, input.currency, rate);
        let roster = Roster::merge(
            &input.to_creators_with_ids(Lang::En),
            &imported,
            &input.roster.0.choices(),
        );
        (input, brief, table, Arc::unwrap_or_clone(roster.creators))
    }

    #[test]
    fn the_merged_roster_carries_each_entrys_choice_as_it_is_now() {
        let (mut input, ..) = plan();
        let mut roster = crate::plan::RosterState::default();
        roster.add(
            vec![
                crate::roster::RosterCreator::new(2, "@anna", 70_000),
                crate::roster::RosterCreator::new(3, "@noor", 9_000),
                crate::roster::RosterCreator::new(4, "@sam", 30_000),
            ],
            input.platform,
        );
        input.roster = crate::plan::SharedRoster(Arc::new(roster));
        let rate = DefaultCell::apply_all(&input.benchmarks)
            .exchange_rate
            .value;
        // Converted before the choice was made, as the planner's memo keeps them.
        let imported = imported_creators(&input.roster, input.platform, input.currency, rate);
        let entry = input.roster.0.entries()[2].id;
        crate::plan::choose(&mut input, entry, Choice::Pinned);
        let merged = Roster::merge(
            &input.to_creators_with_ids(Lang::En),
            &imported,
            &input.roster.0.choices(),
        );
        // @anna is typed in the plan too: only its row counts.
        let choices: Vec<(RowRef, Choice)> = merged
            .ids
            .iter()
            .zip(merged.creators.iter())
            .map(|(id, c)| (*id, c.choice))
            .collect();
        assert_eq!(choices.len(), 4);
        assert_eq!(
            choices[2..],
            [
                (RowRef::Roster(1), Choice::Open),
                (RowRef::Roster(2), Choice::Pinned)
            ]
        );
    }

    #[test]
    fn a_decision_worked_out_ahead_is_the_one_the_planner_would_work_out_and_is_taken_once() {
        let (input, brief, table, creators) = plan();
        assert!(!creators.is_empty(), "the example plan has creators");
        decide_ahead(&input);
        let ahead = take_ahead(&brief, &table, &creators).expect("the same inputs take it");
        assert_eq!(ahead, decision_of(&brief, &table, &creators));
        assert!(ahead.is_some());
        assert_eq!(take_ahead(&brief, &table, &creators), None, "taken once");
    }

    #[test]
    fn a_decision_worked_out_ahead_for_other_inputs_is_not_used_but_dropped() {
        let (input, brief, table, creators) = plan();
        decide_ahead(&input);
        let fewer = &creators[..creators.len() - 1];
        assert_eq!(take_ahead(&brief, &table, fewer), None);
        assert_eq!(
            take_ahead(&brief, &table, &creators),
            None,
            "dropped on the miss"
        );
    }
}
