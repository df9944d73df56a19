//! An exact solver for small pools: branch and bound over how many copies of each item to take.
//!
//! Used by the tests to prove the heuristic ([`optimise`](crate::optimise::solver)) on random pools of
//! up to 20 creators, and available to callers that want the true optimum of a small pool.
//! Items are branched on in order of value per unit of cost, largest count first; a branch is
//! cut when its value plus the fractional-knapsack bound of the remaining items' marginal gains
//! (valid by submodularity, see [`optimise`](crate::optimise::solver)) cannot beat the best plan found.
//!
//! Invariant: the result is optimal among plans within both limits that contain every pinned
//! item that fits (pins are placed first, in pool order, as the heuristic places them).

use crate::assumptions::defaults::Assumptions;
use crate::inputs::brief::Brief;
use crate::inputs::creator::Creator;
use crate::inputs::error::ValidationError;
use crate::optimise::solver::{Limits, Solution, State, finish, marginal_bound};
use crate::value::context::Ctx;
use crate::value::model::{Item, Model, items};
use crate::value::pool::build;

/// The exact best value of the free plan for a brief (the same pool and value as
/// [`decide`](crate::decide)); meant for small pools (a few dozen candidates at most).
pub fn optimum(
    brief: &Brief,
    assumptions: &Assumptions,
    roster: &[Creator],
) -> Result<f64, ValidationError> {
    let ctx = Ctx::new(brief, assumptions)?;
    let pool = build(&ctx, roster)?;
    let (items, model) = items(&ctx, &pool, brief.objective, None);
    let limits = Limits {
        budget: brief.budget.cents(),
        hours: brief.management_capacity_hours,
    };
    // The same creators the decision may use (a conversion plan skips those not worth their cost).
    let (allowed, _) = crate::value::worth::usable(
        &ctx,
        (&pool, &items),
        &model,
        vec![true; items.len()],
        limits.budget,
    );
    let mut best = solve(&items, &model, limits, &allowed);
    // The same stop as the decision's: copies below the value-per-euro floor are not bought.
    if let Some(floor) = crate::value::worth::floor(&ctx, &items, &model, &allowed, limits.budget) {
        crate::value::worth::trim(&items, &model, floor, &mut best.counts);
        return Ok(model.value(&items, &best.counts));
    }
    Ok(best.value)
}

/// Largest number of branch-and-bound nodes explored before the search stops with the best
/// plan found so far (pools in tests stay far below it).
pub const MAX_NODES: u64 = 20_000_000;

/// The optimal plan among the `allowed` items (see the module docs).
pub(crate) fn solve(items: &[Item], model: &Model, limits: Limits, allowed: &[bool]) -> Solution {
    let mut base = State::new(items, model, limits);
    let mut unplaced = 0;
    for i in 0..items.len() {
        if allowed[i] && items[i].pinned {
            if base.fits(i) {
                base.take(i, 1);
            } else {
                unplaced += 1;
            }
        }
    }
    let open: Vec<bool> = (0..items.len())
        .map(|i| allowed[i] && !(items[i].pinned && base.counts[i] > 0))
        .collect();
    let (best, _) = improve(&base, base.clone(), &open, MAX_NODES);
    finish(best, &base, limits, allowed, unplaced)
}

/// Branch and bound from `base` (the pins placed) over the `open` items, starting from the
/// incumbent `best` (a plan containing `base`), exploring at most `max_nodes` nodes.
///
/// Returns the best plan found, never worse than `best`, and whether the search completed:
/// then no plan containing `base` within both limits is better (it is optimal). The optimiser
/// calls this with its heuristic plan as the incumbent, which prunes most branches at once.
pub(crate) fn improve<'a>(
    base: &State<'a>,
    best: State<'a>,
    open: &[bool],
    max_nodes: u64,
) -> (State<'a>, bool) {
    let items = base.items();
    let mut order: Vec<usize> = (0..items.len()).filter(|&i| open[i]).collect();
    crate::order::sort_by(&mut order, |&a, &b| {
        let ra = (items[a].cover + items[a].linear) / items[a].cost.max(1) as f64;
        let rb = (items[b].cover + items[b].linear) / items[b].cost.max(1) as f64;
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    let mut search = Search {
        order,
        best,
        nodes: 0,
        max_nodes,
    };
    search.branch(base.clone(), 0);
    let complete = search.nodes <= max_nodes;
    (search.best, complete)
}

struct Search<'a> {
    order: Vec<usize>,
    best: State<'a>,
    nodes: u64,
    max_nodes: u64,
}

impl<'a> Search<'a> {
    fn branch(&mut self, state: State<'a>, depth: usize) {
        self.nodes += 1;
        if state.value > self.best.value {
            self.best = state.clone();
        }
        if depth == self.order.len() || self.nodes > self.max_nodes {
            return;
        }
        let mut rest = vec![false; state.counts.len()];
        for &i in &self.order[depth..] {
            rest[i] = true;
        }
        let room = Limits {
            budget: state.budget_left,
            hours: state.hours_left,
        };
        if state.value + marginal_bound(&state, &rest, room) <= self.best.value * (1.0 + 1e-12) {
            return;
        }
        let i = self.order[depth];
        for n in (0..=state.max_copies(i)).rev() {
            let mut next = state.clone();
            next.take(i, n);
            self.branch(next, depth + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::tier::Side;
    use crate::optimise::solver::{Effort, optimise};

    #[test]
    fn finds_the_knapsack_optimum_the_plain_greedy_misses() {
        let item = |linear: f64, cost: i64| Item {
            cell: 0,
            cover: 0.0,
            linear,
            cost,
            hours: 0.0,
            available: 1,
            side: Side::Macro,
            pinned: false,
        };
        let items = [item(6.0, 6), item(4.9, 5), item(4.9, 5), item(1.0, 4)];
        let model = Model {
            universes: vec![1.0],
            cover_weight: 1.0,
            hour_cost: 0.0,
        };
        let limits = Limits {
            budget: 10,
            hours: f64::INFINITY,
        };
        let exact = solve(&items, &model, limits, &[true; 4]);
        assert!((exact.value - 9.8).abs() < 1e-9);
        let greedy = optimise(
            &items,
            &model,
            limits,
            &[true; 4],
            Effort {
                guesses: 0,
                improve: false,
                certify: true,
            },
        );
        assert!(greedy.value < exact.value);
    }
}
