//! Fills in the ranges and the tornado after each edit, a chunk at a time, so that input is
//! never blocked for long (issue target: no more than 50 ms at a stretch).
//!
//! The engine computes each sampled world and each swing on its own
//! ([`micromacro_engine::world`], [`micromacro_engine::swing`]); this task only schedules
//! them: a chunk of worlds, then a yield to the browser (a zero-delay timeout), and so on,
//! publishing the summary as it grows. An edit starts a new generation; the running task sees
//! that at its next yield and stops, so stale worlds never reach the page.
//!
//! This is the one place the planner computes in an `Effect`: the work must be spread over
//! time, which a `Memo` cannot do (design invariant 4 allows effects at the edges; the
//! scheduling is that edge, the figures themselves are the engine's).

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use micromacro_engine::{
    Assumption, Figures, SAMPLES, SEED, Spreads, Strategy, order_swings, summarise, swing, world,
};
use wasm_bindgen::JsCast;

use super::PlanModel;

/// Worlds computed between two yields. One world optimises three plans: about half a
/// millisecond with 100 creators in the browser, so a chunk stays far below 50 ms.
const CHUNK: usize = 8;

/// How many worlds a pool of `creators` gets: the full count for the rosters people type,
/// fewer for imported rosters of thousands, so the ranges still arrive within about a second.
pub fn samples_for(creators: usize) -> usize {
    match creators {
        0..=500 => SAMPLES,
        501..=2_000 => SAMPLES / 2,
        _ => SAMPLES / 8,
    }
}

/// A promise that resolves on the browser's next timer tick: lets input events run.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(resolve.unchecked_ref());
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Starts the task for `model`: re-runs after every change of the brief, the table, the
/// creators or the decision.
pub fn start(model: PlanModel) {
    let generation = Rc::new(Cell::new(0_u64));
    Effect::new(move |_| {
        let brief = model.brief.get();
        let table = model.assumptions.get();
        let creators = model.roster.with(|r| r.creators.clone());
        let Some((central, verdict, central_value)) = model.decision.with(|d| {
            d.as_ref().map(|d| {
                (
                    d.plans.iter().map(Figures::of).collect::<Vec<_>>(),
                    d.verdict,
                    d.plan(Strategy::Free).value,
                )
            })
        }) else {
            model.ranges.set(None);
            model.sensitivity.set(None);
            return;
        };
        let run = generation.get() + 1;
        generation.set(run);
        let current = Rc::clone(&generation);
        let samples = samples_for(creators.len());
        wasm_bindgen_futures::spawn_local(async move {
            let spreads = Spreads::default();
            let mut worlds = Vec::with_capacity(samples);
            for start in (0..samples).step_by(CHUNK) {
                yield_to_browser().await;
                if current.get() != run {
                    return;
                }
                for i in start..(start + CHUNK).min(samples) {
                    match world(&brief, &table, &creators, &spreads, SEED, i) {
                        Ok(w) => worlds.push(w),
                        Err(_) => return,
                    }
                }
                model
                    .ranges
                    .set(Some(summarise(&central, verdict, &worlds)));
            }
            let mut swings = Vec::with_capacity(Assumption::COUNT);
            for &assumption in Assumption::ALL {
                yield_to_browser().await;
                if current.get() != run {
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
