//! Fills in what each factor did, the ranges and the tornado after each edit, a piece at a
//! time, so that input is never blocked for long (no more than 50 ms at a stretch).
//!
//! The engine computes each factor's effect, each budget of the value curves, each sampled
//! world and each swing on its own ([`micromacro_engine::factor_effect`],
//! [`micromacro_engine::value_curves`], [`micromacro_engine::world`],
//! [`micromacro_engine::swing`]); this task only schedules them: a slice of work (a few
//! milliseconds), then a yield to the browser (a zero-delay timeout), and so on. Each result is
//! published once complete; only the ranges of a large pool, whose worlds take seconds, are
//! also shown as they grow (at most every [`SHOW_EVERY_MS`]), since each showing redraws every
//! figure with a range. It starts once the page has mounted, after the mount's last step. An
//! edit starts a new generation, and so does leaving the page; the running task sees that at
//! its next yield and stops, so stale worlds never reach the page, nor a page that is gone.
//!
//! This is the one place the planner computes in an `Effect`: the work must be spread over
//! time, which a `Memo` cannot do (design invariant 4 allows effects at the edges; the
//! scheduling is that edge, the figures themselves are the engine's).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use leptos::prelude::*;
use micromacro_engine::{
    Assumption, CreatorFigures, Factor, Figures, SAMPLES, SEED, Strategy, creator_bands,
    creator_world, cumulative_weeks, factor_effect, order_swings, summarise, swing, value_curves,
    world,
};

use super::PlanModel;
use crate::browser::{next_task, now_ms};

/// Work between two yields stops once this many milliseconds have passed (one step is a
/// world or a budget of the curves: three optimiser runs, well under a millisecond with 100
/// creators and tens of milliseconds with 10,000). A slice ends only after the step that
/// passes the limit, and the page's update after it adds a few milliseconds more, so the
/// limit is kept well below 50 ms divided by four (a phone four times slower than a
/// desktop, Lighthouse's model): twice the limit still leaves each task under 50 ms there.
const SLICE_MS: f64 = 4.0;

/// While the worlds of a large pool come in, their ranges are shown at most this often (a
/// small pool's 200 worlds take less, and are shown once, complete).
const SHOW_EVERY_MS: f64 = 400.0;

/// How many worlds a pool of `creators` gets: the full count for the rosters people type,
/// fewer for imported rosters of thousands, so the ranges still arrive within about a second.
pub fn samples_for(creators: usize) -> usize {
    match creators {
        0..=500 => SAMPLES,
        501..=2_000 => SAMPLES / 2,
        _ => SAMPLES / 8,
    }
}

/// Empties `signal`, telling its readers only when it held something: setting an empty one
/// to `None` again would redraw everything that reads it, for nothing.
fn clear<T: Send + Sync + 'static>(signal: RwSignal<Option<T>>) {
    signal.maybe_update(|value| value.take().is_some());
}

/// Empties everything this task fills in except the curves (which stay until replaced).
fn clear_figures(model: PlanModel) {
    clear(model.factors);
    clear(model.ranges);
    clear(model.row_ranges);
    clear(model.sensitivity);
}

/// Starts the task for `model` once `ready` turns true (the page has mounted: the first load
/// computes nothing of this before it): re-runs after every change of the brief, the table,
/// the creators or the decision.
pub fn start(model: PlanModel, ready: Memo<bool>) {
    let generation = Arc::new(AtomicU64::new(0));
    // The page's signals go with it: a task still running must not write to them.
    let stop = Arc::clone(&generation);
    on_cleanup(move || {
        stop.fetch_add(1, Relaxed);
    });
    Effect::new(move |_| {
        if !ready.get() {
            return;
        }
        let brief = model.brief.get();
        let table = model.assumptions.get();
        let creators = model.roster.with(|r| Arc::clone(&r.creators));
        // The plan's rows that read, with their central net reach: their ranges come with the
        // plans' (the same worlds).
        let (row_ids, row_creators, row_central): (Vec<u64>, Vec<_>, Vec<CreatorFigures>) =
            // Untracked: a change of the rows reaches this effect through the roster it tracks.
            model.row_metrics.with_untracked(|rows| {
                let (ids, all) = model
                    .input
                    .with_untracked(|i| i.to_creators_with_ids(i.notation));
                let mut out = (Vec::new(), Vec::new(), Vec::new());
                for (id, creator) in ids.into_iter().zip(all) {
                    if let Some(m) = rows.get(id) {
                        out.0.push(id);
                        out.1.push(creator);
                        out.2.push(CreatorFigures {
                            engaged: m.engaged_audience,
                            effective: m.effective_reach,
                        });
                    }
                }
                out
            });
        let Some(((central, central_yours), central_weeks, verdict, central_value)) =
            model.decision.with(|d| {
                d.as_ref().map(|d| {
                    (
                        (
                            d.plans.iter().map(Figures::of).collect::<Vec<_>>(),
                            Figures::of(&d.advice.yours),
                        ),
                        cumulative_weeks(&d.free().value_over_time),
                        d.verdict,
                        d.plan(Strategy::Free).value,
                    )
                })
            })
        else {
            clear_figures(model);
            return;
        };
        // Ranges around the old figures would not fit the new ones: clear them until the new
        // worlds are in (the curves stay until their replacement is complete).
        clear_figures(model);
        // The factors of a small pool came with the decision; a large pool's are filled in
        // below, one at a time.
        let progressive = model
            .decision
            .with(|d| d.as_ref().is_some_and(|d| d.factors.is_empty()));
        // The three plans the factors' counterfactuals compare with (only for a large pool).
        let plans = if progressive {
            model
                .decision
                .with(|d| d.as_ref().map(|d| d.plans.clone()).unwrap_or_default())
        } else {
            Vec::new()
        };
        let run = generation.fetch_add(1, Relaxed) + 1;
        let current = Arc::clone(&generation);
        let samples = samples_for(creators.len());
        wasm_bindgen_futures::spawn_local(async move {
            let mut effects = Vec::with_capacity(Factor::COUNT);
            for &factor in Factor::ALL.iter().filter(|_| progressive) {
                next_task().await;
                if current.load(Relaxed) != run {
                    return;
                }
                match factor_effect(&brief, &table, &creators, factor, &plans) {
                    Ok(Some(effect)) => effects.push(effect),
                    Ok(None) => break,
                    Err(_) => return,
                }
            }
            if progressive {
                model.factors.set(Some(effects));
            }
            // The value curves, a budget at a time (published when complete: the old curves
            // stay on screen until then). Three optimiser runs a budget; done at once they
            // took one long task even for a small pool.
            let mut curves: Option<micromacro_engine::ValueCurves> = None;
            for budget in super::model::curve_budgets(brief.budget) {
                next_task().await;
                if current.load(Relaxed) != run {
                    return;
                }
                let Ok(point) = value_curves(&brief, &table, &creators, &[budget]) else {
                    return;
                };
                match curves.as_mut() {
                    Some(c) => c.append(point),
                    None => curves = Some(point),
                }
            }
            model.curves.set(curves);
            // The table's ranges, with the user's edits (the defaults panel edits them too).
            let spreads = table.spreads.clone();
            let mut worlds = Vec::with_capacity(samples);
            let mut row_worlds = Vec::with_capacity(samples);
            let mut i = 0;
            // When the ranges were last shown: while worlds are still coming in they are shown
            // at most this often, since each showing updates every figure that has a range.
            let mut shown = now_ms();
            while i < samples {
                next_task().await;
                if current.load(Relaxed) != run {
                    return;
                }
                let slice = now_ms();
                while i < samples && now_ms() - slice < SLICE_MS {
                    match world(&brief, &table, &creators, &spreads, SEED, i) {
                        Ok(w) => worlds.push(w),
                        Err(_) => return,
                    }
                    row_worlds.push(creator_world(
                        &brief,
                        &table,
                        &row_creators,
                        &spreads,
                        SEED,
                        i,
                    ));
                    i += 1;
                }
                if i < samples && now_ms() - shown < SHOW_EVERY_MS {
                    continue;
                }
                shown = now_ms();
                model.ranges.set(Some(summarise(
                    &central,
                    &central_yours,
                    &central_weeks,
                    verdict,
                    &worlds,
                )));
                let mut bands: Vec<_> = row_ids
                    .iter()
                    .copied()
                    .zip(creator_bands(&row_central, &row_worlds))
                    .collect();
                // Sorted by row id: each row finds its own by binary search.
                micromacro_engine::order::sort_by(&mut bands, |a, b| a.0.cmp(&b.0));
                model.row_ranges.set(Some(bands));
            }
            let mut swings = Vec::with_capacity(Assumption::COUNT);
            for &assumption in Assumption::ALL {
                next_task().await;
                if current.load(Relaxed) != run {
                    return;
                }
                match swing(
                    &brief,
                    &table,
                    &creators,
                    &spreads,
                    assumption,
                    central_value,
                ) {
                    Ok(s) => swings.push(s),
                    Err(_) => return,
                }
            }
            order_swings(&mut swings);
            model.sensitivity.set(Some(swings));
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_pools_get_fewer_worlds() {
        assert_eq!(samples_for(0), SAMPLES);
        assert_eq!(samples_for(100), SAMPLES);
        assert!(samples_for(10_000) < samples_for(1_000));
        assert!(samples_for(10_000) >= 20);
    }
}
