//! The optimiser: the plan of greatest value within the budget and the team's hours.
//!
//! The value ([`value`](crate::value::model)) is monotone submodular, the limits are two knapsacks
//! (fees ≤ budget, management hours ≤ capacity). The optimiser runs, and keeps the best of
//! :
//!
//! 1. **lazy greedy** (CELF, Leskovec et al. 2007) on marginal value per unit of *combined*
//!    cost `κᵢ = cᵢ ÷ B + hᵢ ÷ H` (fees as a share of the budget plus hours as a share of the
//!    capacity: the B1 heuristic for budget + hours), skipping what no longer fits; and again
//!    weighing fees alone and hours alone, since when one limit binds the other only distorts
//!    the order;
//! 2. the **best single** creator (the modified greedy of Khuller, Moss and Naor: with step 1,
//!    ≥ 0.405 of the optimum for one knapsack, Tang et al. 2021);
//! 3. **a guess of the first pick**: the greedy again after forcing each of the
//!    [`GUESSES`] most valuable single creators first (partial enumeration, Feldman, Nutov and
//!    Shoham; over all creators that would give ≥ 0.6174; over the top few it is a heuristic
//!    that repairs the greedy's classic failure: filling the budget with small picks so that
//!    the one large creator no longer fits); on pools of up to [`PAIR_GUESS_POOL`] creators
//!    also each pair of them, for the same failure with two large creators;
//! 4. when the certificate (below) proves less than [`SEARCH_BELOW`] of the optimum: on pools
//!    of up to [`PAIR_GUESS_POOL`] a **local search** (drop one creator, refill greedily), and
//!    on pools of up to [`SEARCH_POOL`] creators that fit (with few copies) **branch and bound**
//!    from the best plan so far (`exact::improve`, at most [`SEARCH_NODES`] nodes):
//!    the incumbent prunes most branches at once, and when the search completes the plan is
//!    proven optimal (`Solution::proven`, its bound then equal to its value).
//!
//! Pinned items are taken first (in pool order, each if it still fits) and excluded ones are
//! not in the pool. Identical copies (a typical creator stands for many) are taken in batches:
//! after a copy is chosen, further copies are taken at once as long as each one's ratio stays
//! at or above the best *upper bound* of every other item; because other items' true ratios
//! are at most their keys, this is exactly what one-at-a-time greedy would do, in
//! `O(log n)` per batch instead of per copy.
//!
//! **Certificate.** For any plan `S` inside the best plan's pins (the plan found, and the pins
//! alone), submodularity gives for the best plan `O`: `f(O) ≤ f(S) + Σᵢ (f(S ∪ Oᵢ) − f(S))`
//! over the copies `Oᵢ` of each item in `O∖S`, where the copies of one item add a shrinking
//! series (each reaches its share of what the ones before it left unreached: [`Copies`]). `O∖S`
//! obeys both limits, so the fractional knapsack of those copies (under mixes of the budget and
//! the hours; the smallest counts) bounds the best possible value; the smaller of the bounds at
//! the two plans is used. The UI shows `f(S) ÷ bound` as "at least X % of the
//! best possible" (Leskovec et al.'s online bound). [`exact`](crate::optimise::exact) proves the
//! heuristic on small pools in tests. A plan whose certificate no one reads ([`UNCERTIFIED`])
//! skips it where it cannot steer step 4 (a pool too large for it), and reads as reaching at
//! least 0 %; its plan is the one [`FULL`] finds.
//!
//! Invariants (property-tested): no plan exceeds the budget or the hours; pins that fit are in
//! the plan; the reported value is `Model::value` of the reported counts; `0 ≤ ratio ≤ 1`.
//!
//! Not an invariant: no knapsack heuristic is exactly monotone in the budget (with more budget
//! an early pick may fit that crowds out a better completion). What holds, and is tested, is
//! the consequence of the certificate: `f(S(B')) ≥ ratio(B') · OPT(B') ≥ ratio(B') · f(S(B))`
//! for `B ≤ B'`; the curves the UI draws keep the best plan of any smaller budget, so they
//! never fall.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use crate::value::model::{Item, Model};

/// How many of the most valuable single creators are tried as the first pick.
pub const GUESSES: usize = 3;

/// How far the optimiser goes beyond the greedy (tests take steps away to show what each
/// one repairs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Effort {
    /// First picks guessed (step 3).
    pub guesses: usize,
    /// The local search and the branch and bound (step 4).
    pub improve: bool,
    /// Work out the certificate even where it cannot change the plan (a pool too large for
    /// step 4); without it such a plan's `upper_bound` is infinite (it reaches at least 0 %).
    pub certify: bool,
}

/// Every step and the certificate: the plan the decision recommends.
pub(crate) const FULL: Effort = Effort {
    guesses: GUESSES,
    improve: true,
    certify: true,
};

/// Every step, with the certificate only where it steers them: plans whose certificate no one
/// reads (the sides, the best from the user's own creators, the counterfactuals, the curves).
/// Their plans are the same as with [`FULL`].
pub(crate) const UNCERTIFIED: Effort = Effort {
    certify: false,
    ..FULL
};

/// Up to this many creators that fit on their own, pairs of the [`GUESSES`] most valuable are
/// tried as the first two picks as well.
pub const PAIR_GUESS_POOL: usize = 64;

/// Rounds of [`drop_and_refill`] at most (each one improves the plan, usually one or two do).
const LOCAL_ROUNDS: usize = 4;

/// When the certificate proves less than this share of the optimum, the heuristic's plan is
/// improved by the local search and then by branch and bound
/// (`exact::improve`) on small pools:
pub const SEARCH_BELOW: f64 = 0.99;

/// ... up to this many creators that fit on their own ...
pub const SEARCH_POOL: usize = 20;

/// ... and up to this many copies of them in all, counted as what fits of each on its own.
pub const SEARCH_COPIES: u64 = 48;

/// The branch and bound's node limit: it stops there with the best plan found so far (and no
/// proof). Bounds the extra work per optimiser run on the pools it runs on.
pub const SEARCH_NODES: u64 = 2_000;

/// The two limits of a plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Limits {
    /// Budget for fees, in cents.
    pub budget: i64,
    /// Team hours (`f64::INFINITY` for no limit).
    pub hours: f64,
}

/// A plan as the optimiser returns it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Solution {
    /// Copies taken of each item (indexed like the items).
    pub counts: Vec<u64>,
    /// Its value ([`Model::value`] of `counts`).
    pub value: f64,
    /// Fees spent, in cents.
    pub spent: i64,
    /// Hours used.
    pub hours: f64,
    /// An upper bound on the best possible value under the same limits and pins.
    pub upper_bound: f64,
    /// Pinned items that did not fit.
    pub unplaced_pins: usize,
    /// A complete search proved that no plan within the limits, with the same pins, is
    /// better (then `upper_bound == value`).
    pub proven: bool,
}

impl Solution {
    /// `value ÷ upper bound`: the plan reaches at least this share of the best possible.
    #[must_use]
    pub fn ratio(&self) -> f64 {
        if self.upper_bound > 0.0 {
            (self.value / self.upper_bound).clamp(0.0, 1.0)
        } else {
            1.0
        }
    }
}

/// Hours may be used up to this much beyond the limit, to absorb float rounding of sums.
const HOURS_SLACK: f64 = 1e-9;

/// A partial plan and what it leaves.
#[derive(Debug, Clone)]
pub(crate) struct State<'a> {
    items: &'a [Item],
    model: &'a Model,
    pub counts: Vec<u64>,
    /// Per cell, the share of the universe nobody in the plan reaches.
    missed: Vec<f64>,
    /// Per cell, bumped whenever the cell's coverage changes (lazy greedy's staleness check).
    version: Vec<u64>,
    pub budget_left: i64,
    pub hours_left: f64,
    pub value: f64,
}

impl<'a> State<'a> {
    pub fn new(items: &'a [Item], model: &'a Model, limits: Limits) -> Self {
        State {
            items,
            model,
            counts: vec![0; items.len()],
            missed: vec![1.0; model.universes.len()],
            version: vec![0; model.universes.len()],
            budget_left: limits.budget,
            hours_left: limits.hours,
            value: 0.0,
        }
    }

    /// The items this plan picks from.
    pub fn items(&self) -> &'a [Item] {
        self.items
    }

    fn share(&self, i: usize) -> f64 {
        let item = &self.items[i];
        (item.cover / self.model.universes[item.cell]).min(1.0)
    }

    /// Value of the next copy of item `i`.
    pub fn gain(&self, i: usize) -> f64 {
        let item = &self.items[i];
        let coverage = if item.cover > 0.0 {
            let u = self.model.universes[item.cell];
            self.model.cover_weight * u * self.missed[item.cell] * self.share(i)
        } else {
            0.0
        };
        coverage + item.linear
    }

    /// Up to `copies` further copies of `i`, each weighing `weight`, as the bound's knapsack
    /// sees them; `None` when none fits or adds anything.
    fn copies(&self, i: usize, copies: f64, weight: f64) -> Option<Copies> {
        let linear = self.items[i].linear;
        let cover = self.gain(i) - linear;
        let p = if self.items[i].cover > 0.0 {
            self.share(i)
        } else {
            0.0
        };
        (cover + linear > 0.0 && copies >= 1.0)
            .then(|| Copies::new(cover.max(0.0), p, linear, copies).weighing(weight))
    }

    /// Copies of `i` still available.
    pub fn copies_left(&self, i: usize) -> u64 {
        self.items[i].available.saturating_sub(self.counts[i])
    }

    /// How many more copies of `i` the limits and the pool allow.
    pub fn max_copies(&self, i: usize) -> u64 {
        let item = &self.items[i];
        let by_budget = if item.cost > 0 {
            u64::try_from(self.budget_left.max(0) / item.cost).unwrap_or(0)
        } else {
            u64::MAX
        };
        // Without a limit on hours (the default) there is nothing to divide.
        let by_hours = if item.hours > 0.0 && self.hours_left.is_finite() {
            let n = ((self.hours_left + HOURS_SLACK) / item.hours).floor();
            if n.is_finite() {
                n.max(0.0) as u64
            } else {
                u64::MAX
            }
        } else {
            u64::MAX
        };
        self.copies_left(i).min(by_budget).min(by_hours)
    }

    pub fn fits(&self, i: usize) -> bool {
        self.max_copies(i) >= 1
    }

    /// Takes `n` copies of `i` (the caller checked they fit).
    pub fn take(&mut self, i: usize, n: u64) {
        if n == 0 {
            return;
        }
        let item = self.items[i];
        let nf = n as f64;
        let mut gained = item.linear * nf;
        if item.cover > 0.0 {
            let u = self.model.universes[item.cell];
            let keep = (nf * (-self.share(i)).ln_1p()).exp();
            gained += self.model.cover_weight * u * self.missed[item.cell] * (1.0 - keep);
            self.missed[item.cell] *= keep;
            self.version[item.cell] += 1;
        }
        self.value += gained;
        self.counts[i] += n;
        self.budget_left -= item
            .cost
            .saturating_mul(i64::try_from(n).unwrap_or(i64::MAX));
        self.hours_left -= item.hours * nf;
    }

    fn spent(&self, budget: i64) -> i64 {
        budget - self.budget_left
    }
}

/// A heap entry: an item's ratio as last computed, and the version of its cell then.
#[derive(Debug, Clone, Copy)]
struct Entry {
    key: f64,
    item: usize,
    version: u64,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        // Higher key first; on a tie the earlier item, so results never depend on heap order.
        self.key
            .total_cmp(&other.key)
            .then_with(|| other.item.cmp(&self.item))
    }
}

/// How the greedy weighs a copy's fees against its hours.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Weighing {
    /// `κ = c ÷ B + h ÷ H`: both limits (the B1 heuristic).
    Combined,
    /// `κ = c ÷ B`: when the budget is what binds.
    Budget,
    /// `κ = h ÷ H`: when the team's hours are what bind.
    Hours,
}

/// The cost `κ` of one copy of each item under `weighing`. Without a limit on hours, a copy's
/// hours count at the hour's cost beside its fee: time is a cost, so the greedy ranks creators
/// by what a euro of fee and team time buys.
fn combined_costs(items: &[Item], model: &Model, limits: Limits, weighing: Weighing) -> Vec<f64> {
    let budget = limits.budget.max(1) as f64;
    let hours_limited = limits.hours.is_finite() && limits.hours > 0.0;
    let time = if hours_limited {
        0.0
    } else {
        model.hour_cost.max(0.0)
    };
    items
        .iter()
        .map(|item| {
            let fees = (item.cost as f64 + item.hours * time) / budget;
            let hours = if hours_limited {
                item.hours / limits.hours
            } else {
                0.0
            };
            let kappa = match weighing {
                Weighing::Combined => fees + hours,
                Weighing::Budget => fees,
                Weighing::Hours => hours,
            };
            kappa.max(f64::MIN_POSITIVE)
        })
        .collect()
}

/// Lazy greedy from `state` over the items `allowed` lets in.
fn greedy(state: &mut State<'_>, kappa: &[f64], allowed: &[bool]) {
    let heap = start_heap(state, kappa, allowed);
    greedy_from(state, kappa, heap);
}

/// The greedy's heap at `state`: each allowed item that fits and adds something, keyed by
/// its next copy's gain per unit of cost.
fn start_heap(state: &State<'_>, kappa: &[f64], allowed: &[bool]) -> BinaryHeap<Entry> {
    let items = state.items;
    (0..items.len())
        .filter(|&i| allowed[i] && state.fits(i))
        .filter_map(|i| {
            let gain = state.gain(i);
            (gain > 0.0).then(|| Entry {
                key: gain / kappa[i],
                item: i,
                version: state.version[items[i].cell],
            })
        })
        .collect()
}

/// Lazy greedy from `state` with `heap`, the [`start_heap`] of `state` or of a plan inside it
/// (its keys are then upper bounds, as lazy greedy needs: a larger plan only lowers gains,
/// and the cells it changed are stale by their version).
fn greedy_from(state: &mut State<'_>, kappa: &[f64], mut heap: BinaryHeap<Entry>) {
    let items = state.items;
    // The cheapest copy of any item in the heap: once the budget left is below it, nothing
    // fits any more, and the rest of the heap need not be popped one by one.
    let cheapest = heap.iter().map(|e| items[e.item].cost).min().unwrap_or(0);
    while let Some(top) = heap.pop() {
        if state.budget_left < cheapest {
            break;
        }
        let i = top.item;
        if !state.fits(i) {
            continue;
        }
        let cell = items[i].cell;
        if items[i].cover > 0.0 && top.version != state.version[cell] {
            let gain = state.gain(i);
            if gain > 0.0 {
                heap.push(Entry {
                    key: gain / kappa[i],
                    item: i,
                    version: state.version[cell],
                });
            }
            continue;
        }
        let threshold = heap.peek().map_or(0.0, |e| e.key);
        let n = batch(state, i, kappa[i], threshold);
        state.take(i, n);
        if state.fits(i) {
            let gain = state.gain(i);
            if gain > 0.0 {
                heap.push(Entry {
                    key: gain / kappa[i],
                    item: i,
                    version: state.version[cell],
                });
            }
        }
    }
}

/// How many copies of `i` to take at once: all whose ratio stays ≥ `threshold` (at least one),
/// within what the limits allow. With `A = w·U·M·p` the coverage gain of the next copy, the
/// `k`-th further copy's ratio is `(A(1 − p)^k + l) ÷ κ`.
fn batch(state: &State<'_>, i: usize, kappa: f64, threshold: f64) -> u64 {
    let most = state.max_copies(i);
    if most <= 1 {
        return most;
    }
    let item = &state.items[i];
    let p = if item.cover > 0.0 {
        state.share(i)
    } else {
        0.0
    };
    let a = state.gain(i) - item.linear;
    if p <= 0.0 || a <= 0.0 {
        // Linear only: every copy has the same ratio, which beat every other item.
        return most;
    }
    if p >= 1.0 {
        return 1;
    }
    let x = (threshold * kappa - item.linear) / a;
    if x <= 0.0 {
        return most;
    }
    if x >= 1.0 {
        return 1;
    }
    let k = (x.ln() / (-p).ln_1p()).floor();
    if !k.is_finite() || k < 0.0 {
        return 1;
    }
    ((k as u64).saturating_add(1)).clamp(1, most)
}

/// The `few` most valuable of `(value, item)`, most valuable first (the earlier item on a tie):
/// one pass, keeping the few in order, since only a handful of thousands are needed.
fn most_valuable(all: Vec<(f64, usize)>, few: usize) -> Vec<(f64, usize)> {
    let mut best: Vec<(f64, usize)> = Vec::with_capacity(few + 1);
    for (value, item) in all {
        let place = best
            .iter()
            .position(|&(v, i)| value > v || (value == v && item < i));
        match place {
            Some(at) => best.insert(at, (value, item)),
            None => best.push((value, item)),
        }
        best.truncate(few);
    }
    best
}

/// Takes the pinned items that are allowed, in order, each if it fits; returns how many did not.
fn take_pins(state: &mut State<'_>, allowed: &[bool]) -> usize {
    let mut unplaced = 0;
    for (i, &ok) in allowed.iter().enumerate() {
        if ok && state.items[i].pinned {
            if state.fits(i) {
                state.take(i, 1);
            } else {
                unplaced += 1;
            }
        }
    }
    unplaced
}

/// The best plan the heuristic finds among the `allowed` items.
pub(crate) fn optimise(
    items: &[Item],
    model: &Model,
    limits: Limits,
    allowed: &[bool],
    effort: Effort,
) -> Solution {
    let kappa = combined_costs(items, model, limits, Weighing::Combined);
    let mut base = State::new(items, model, limits);
    let unplaced_pins = take_pins(&mut base, allowed);
    let open: Vec<bool> = (0..items.len())
        .map(|i| allowed[i] && !(items[i].pinned && base.counts[i] > 0))
        .collect();

    // Every greedy run below starts from the pins, plus a guess or two: the heap at the pins
    // serves them all.
    let start = start_heap(&base, &kappa, &open);
    let mut best = base.clone();
    greedy_from(&mut best, &kappa, start.clone());
    // When one limit binds, weighing by it alone can do better than the combined weighing.
    if limits.hours.is_finite() {
        for weighing in [Weighing::Budget, Weighing::Hours] {
            let mut other = base.clone();
            greedy(
                &mut other,
                &combined_costs(items, model, limits, weighing),
                &open,
            );
            if other.value > best.value + 1e-9 * best.value.abs() {
                best = other;
            }
        }
    }

    // The most valuable single picks, for the best-single plan and the first-pick guesses.
    let singles: Vec<(f64, usize)> = (0..items.len())
        .filter(|&i| open[i] && base.fits(i))
        .map(|i| (base.gain(i), i))
        .filter(|(g, _)| *g > 0.0)
        .collect();
    let fitting = singles.len();
    let singles = most_valuable(singles, effort.guesses.max(1));
    if let Some(&(_, i)) = singles.first() {
        let mut single = base.clone();
        single.take(i, 1);
        if single.value > best.value {
            best = single;
        }
    }
    for &(_, i) in singles.iter().take(effort.guesses) {
        let mut guess = base.clone();
        guess.take(i, 1);
        greedy_from(&mut guess, &kappa, start.clone());
        if guess.value > best.value + 1e-9 * best.value.abs() {
            best = guess;
        }
    }
    // On small pools, pairs of the most valuable creators too: the greedy's trap with two
    // large creators that fill the budget exactly while a small dense one crowds out the second
    // (a handful of extra runs, cheap next to what a large pool's single guesses cost).
    if fitting <= PAIR_GUESS_POOL {
        let top: Vec<usize> = singles
            .iter()
            .take(effort.guesses)
            .map(|&(_, i)| i)
            .collect();
        for (a, &first) in top.iter().enumerate() {
            for &second in &top[a + 1..] {
                let mut guess = base.clone();
                guess.take(first, 1);
                if !guess.fits(second) {
                    continue;
                }
                guess.take(second, 1);
                greedy_from(&mut guess, &kappa, start.clone());
                if guess.value > best.value + 1e-9 * best.value.abs() {
                    best = guess;
                }
            }
        }
    }
    // How many open creators still fit, and how many copies of them in all: whether the
    // branch and bound below may run.
    let searchable = || {
        let (fits_alone, copies) = search_size(&base, &open);
        fits_alone <= SEARCH_POOL && copies <= SEARCH_COPIES
    };
    if !effort.certify && !(effort.improve && (fitting <= PAIR_GUESS_POOL || searchable())) {
        // The certificate could only decide whether step 4 runs, and on this pool it does not.
        let value = best.model.value(best.items, &best.counts);
        return settle(best, value, limits, unplaced_pins, f64::INFINITY);
    }
    let mut solution = finish(best.clone(), &base, limits, allowed, unplaced_pins);
    if !effort.improve || solution.ratio() >= SEARCH_BELOW {
        return solution;
    }
    if fitting <= PAIR_GUESS_POOL {
        let improved = drop_and_refill(&base, best.clone(), &kappa, &open);
        if improved.value > best.value + 1e-9 * best.value.abs() {
            best = improved;
            solution = finish(best.clone(), &base, limits, allowed, unplaced_pins);
            if solution.ratio() >= SEARCH_BELOW {
                return solution;
            }
        }
    }
    // The certificate leaves room: on small pools, branch and bound from the best plan found.
    // It prunes most branches at once, repairs what the guesses miss (a knapsack that several
    // mid-sized creators fill better than the greedy's picks) and, when it completes, proves
    // the plan optimal. Only where copies are few: a typical creator standing for hundreds
    // would make each level of the tree hundreds wide, and copies of small creators fill the
    // gaps a knapsack of a few large ones leaves, where the greedy is near the optimum anyway.
    if !searchable() {
        return solution;
    }
    let (searched, complete) = crate::optimise::exact::improve(&base, best, &open, SEARCH_NODES);
    let mut solution = finish(searched, &base, limits, allowed, unplaced_pins);
    if complete {
        solution.upper_bound = solution.value;
        solution.proven = true;
    }
    solution
}

/// Local search: the plan without one of its creators (all copies), refilled by the greedy
/// without that creator; the best such plan replaces the plan while it improves, at most
/// [`LOCAL_ROUNDS`] times. Repairs a knapsack the greedy filled with one creator too many
/// (two mid-sized ones fit where it took a large one).
fn drop_and_refill<'a>(
    base: &State<'a>,
    mut best: State<'a>,
    kappa: &[f64],
    open: &[bool],
) -> State<'a> {
    for _ in 0..LOCAL_ROUNDS {
        let mut round_best: Option<State<'a>> = None;
        for dropped in (0..best.counts.len()).filter(|&i| open[i] && best.counts[i] > 0) {
            let mut state = base.clone();
            for (i, &n) in best.counts.iter().enumerate() {
                if i != dropped && open[i] {
                    state.take(i, n);
                }
            }
            let mut without = open.to_vec();
            without[dropped] = false;
            greedy(&mut state, kappa, &without);
            let target = round_best.as_ref().map_or(best.value, |s| s.value);
            if state.value > target + 1e-9 * target.abs() {
                round_best = Some(state);
            }
        }
        match round_best {
            Some(better) => best = better,
            None => break,
        }
    }
    best
}

/// The solution with its certificate. The bound is taken at two plans known to lie inside the
/// best one: `base` (the pins) and the plan found. At the plan found it is tight when little is
/// left to add; at the pins it is tight when the plan fills the budget with its best creators
/// (a fractional knapsack of the creators' values alone).
pub(crate) fn finish(
    state: State<'_>,
    base: &State<'_>,
    limits: Limits,
    allowed: &[bool],
    unplaced_pins: usize,
) -> Solution {
    let pinned_cost: i64 = (0..state.items.len())
        .filter(|&i| state.items[i].pinned && allowed[i])
        .map(|i| state.items[i].cost * i64::try_from(state.counts[i].min(1)).unwrap_or(0))
        .sum();
    let pinned_hours: f64 = (0..state.items.len())
        .filter(|&i| state.items[i].pinned && allowed[i])
        .map(|i| state.items[i].hours * state.counts[i].min(1) as f64)
        .sum();
    let room = Limits {
        budget: limits.budget - pinned_cost,
        hours: limits.hours - pinned_hours,
    };
    let at_plan = marginal_bound(&state, allowed, room);
    let at_pins = base.value + marginal_bound(base, allowed, room);
    // The exact value of the counts (the incremental sum can drift by rounding).
    let value = state.model.value(state.items, &state.counts);
    let extra = at_plan.min((at_pins - value).max(0.0));
    settle(state, value, limits, unplaced_pins, value + extra)
}

/// How many open creators fit on their own at `base`, and how many copies of them in all.
fn search_size(base: &State<'_>, open: &[bool]) -> (usize, u64) {
    (0..base.items.len())
        .filter(|&i| open[i])
        .map(|i| base.max_copies(i))
        .filter(|&n| n > 0)
        .fold((0_usize, 0_u64), |(count, sum), n| {
            (count + 1, sum.saturating_add(n))
        })
}

/// The solution of `state`, of exact `value`, with `upper_bound` the most any plan could reach.
fn settle(
    state: State<'_>,
    value: f64,
    limits: Limits,
    unplaced_pins: usize,
    upper_bound: f64,
) -> Solution {
    Solution {
        value,
        spent: state.spent(limits.budget),
        hours: if limits.hours.is_finite() {
            limits.hours - state.hours_left
        } else {
            state
                .counts
                .iter()
                .zip(state.items)
                .map(|(&n, it)| n as f64 * it.hours)
                .sum()
        },
        upper_bound,
        counts: state.counts,
        unplaced_pins,
        proven: false,
    }
}

/// Mixes of the two limits the bound tries: `λ` in `λ·c/B + (1 − λ)·h/H ≤ 1`.
const LAMBDAS: [f64; 7] = [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0];

/// An upper bound on what items not yet taken could add to `state` within `room`.
///
/// Any set `T` that fits both limits satisfies `λ·c(T)/B + (1 − λ)·h(T)/H ≤ 1` for every
/// `λ ∈ [0, 1]`, so the fractional knapsack of the marginal gains under that one combined
/// weight bounds what `T` adds; the smallest over a few `λ` counts (λ = 1 is the budget alone,
/// λ = 0 the hours alone). Copies are capped at what fits alone in `room`, which every `T`
/// obeys too.
pub(crate) fn marginal_bound(state: &State<'_>, allowed: &[bool], room: Limits) -> f64 {
    let budget = room.budget.max(0) as f64;
    let hours = room.hours.max(0.0);
    let gains: Vec<(Copies, f64, f64)> = (0..state.items.len())
        .filter(|&i| allowed[i])
        .filter_map(|i| {
            let item = &state.items[i];
            let by_budget = if item.cost > 0 {
                (budget / item.cost as f64).floor()
            } else {
                f64::INFINITY
            };
            let by_hours = if item.hours > 0.0 {
                ((hours + HOURS_SLACK) / item.hours).floor()
            } else {
                f64::INFINITY
            };
            let copies = (state.copies_left(i) as f64).min(by_budget).min(by_hours);
            let copies = state.copies(i, copies, 0.0)?;
            Some((copies, item.cost as f64, item.hours))
        })
        .collect();
    let mut best = (f64::INFINITY, Vec::new());
    for lambda in LAMBDAS {
        let fees = if budget > 0.0 {
            lambda / budget
        } else {
            f64::INFINITY
        };
        let time = if hours.is_finite() && hours > 0.0 {
            (1.0 - lambda) / hours
        } else if hours.is_finite() {
            f64::INFINITY
        } else {
            // No hours limit: only the budget's share of the weight binds.
            0.0
        };
        if lambda < 1.0 && !hours.is_finite() {
            continue;
        }
        let weighted: Vec<Copies> = gains
            .iter()
            .map(|&(copies, cost, h)| copies.weighing(weight(fees, cost) + weight(time, h)))
            .collect();
        let bound = linear_knapsack(&weighted, 1.0);
        if bound < best.0 {
            best = (bound, weighted);
        }
    }
    // Every mix gives a bound: the shrinking copies' knapsack (tighter, and slower) is taken
    // at the mix whose quick bound is the smallest.
    if best.0.is_finite() {
        knapsack(&best.1, 1.0).min(best.0)
    } else {
        best.0
    }
}

/// An upper bound on the best value among plans whose fees and team time together (hours at
/// the model's hour cost) cost at most `capacity` cents, from the plan `state`: its value plus
/// the fractional knapsack of the other copies' marginal gains weighted by fee and time
/// (submodularity: `f(O) ≤ f(S) + Σ_{i ∈ O∖S} δᵢ(S)`, and `O∖S` costs at most `capacity`).
pub(crate) fn total_cost_bound(state: &State<'_>, allowed: &[bool], capacity: f64) -> f64 {
    let hour_cost = state.model.hour_cost.max(0.0);
    let gains: Vec<Copies> = (0..state.items.len())
        .filter(|&i| allowed[i])
        .filter_map(|i| {
            let item = &state.items[i];
            let cost = item.cost as f64 + item.hours * hour_cost;
            let by_cost = if cost > 0.0 {
                (capacity / cost).floor()
            } else {
                f64::INFINITY
            };
            let copies = (state.copies_left(i) as f64).min(by_cost);
            state.copies(i, copies, cost / capacity.max(1.0))
        })
        .collect();
    state.value + knapsack(&gains, 1.0)
}

/// `rate × amount`, where a zero amount weighs nothing even at an infinite rate.
fn weight(rate: f64, amount: f64) -> f64 {
    if amount <= 0.0 { 0.0 } else { rate * amount }
}

/// Fractional knapsack of copies that each add what the first one adds (their gains taken
/// as not shrinking): the most value within `capacity`; weightless copies count in full. At
/// least [`knapsack`] of the same items: a quick bound to choose by.
///
/// Greedy by value per weight, which is optimal for the fractional problem. A budget usually
/// fills with the best few dozen of thousands of items, so instead of sorting them all
/// (n log n, seven times per bound: it was most of a 10,000-creator run) the best `k` are
/// selected in linear time, and `k` grows fourfold until they fill the capacity or are all.
/// Items of equal ratio are interchangeable here, so the total equals the full sort's.
fn linear_knapsack(items: &[Copies], capacity: f64) -> f64 {
    let mut free = 0.0;
    let mut heavy: Vec<Copies> = Vec::with_capacity(items.len());
    for item in items {
        if item.weight <= 0.0 {
            free += (item.cover + item.linear) * item.copies;
        } else if item.weight.is_finite() {
            heavy.push(*item);
        }
    }
    let mut k = heavy.len().min(64);
    loop {
        select_best(&mut heavy, k);
        let weight: f64 = heavy[..k].iter().map(|c| c.weight * c.copies).sum();
        if weight >= capacity || k == heavy.len() {
            break;
        }
        k = (k * 4).min(heavy.len());
    }
    let best = &mut heavy[..k];
    crate::order::sort_by(best, by_first_ratio);
    let mut left = capacity;
    let mut total = free;
    for c in best.iter() {
        if left <= 0.0 {
            break;
        }
        let weight = c.weight * c.copies;
        if weight <= left {
            total += (c.cover + c.linear) * c.copies;
            left -= weight;
        } else {
            total += c.first_ratio() * left;
            left = 0.0;
        }
    }
    total
}

/// Best first copy's ratio first (both knapsacks order and select with it, so their code is
/// shared).
fn by_first_ratio(a: &Copies, b: &Copies) -> Ordering {
    b.first_ratio().total_cmp(&a.first_ratio())
}

/// Moves the `k` items whose first copy has the best ratio to the front, in linear time.
fn select_best(items: &mut [Copies], k: usize) {
    if k > 0 && k < items.len() {
        items.select_nth_unstable_by(k - 1, by_first_ratio);
    }
}

/// The copies of one item as the bound's knapsack sees them. The `k`-th copy adds
/// `cover · (1 − p)^(k−1) + linear`: each copy reaches the share `p` of its cell that the
/// copies before it left unreached, so its coverage gain shrinks geometrically, while the
/// linear part does not. (`f(S ∪ T) − f(S) ≤ Σᵢ (f(S ∪ Tᵢ) − f(S))` for the copies `Tᵢ` of each
/// item, and `f(S ∪ Tᵢ) − f(S)` is exactly this sum: counting every copy at the first one's
/// gain, as the plain online bound does, overstates what many copies of one creator add.)
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Copies {
    /// Coverage gain of the first copy (≥ 0).
    pub cover: f64,
    /// Share of what is still unreached that each copy reaches (`0 < p ≤ 1` when `cover > 0`).
    pub p: f64,
    /// Linear gain of every copy (≥ 0).
    pub linear: f64,
    /// How many copies at most (≥ 0, may be infinite).
    pub copies: f64,
    /// Weight of one copy (0: weightless; infinite: never fits).
    weight: f64,
    /// The first copy's gain per unit of weight (kept: the knapsacks compare it often).
    ratio: f64,
}

impl Copies {
    /// Copies of no weight yet (see [`Copies::weighing`]).
    fn new(cover: f64, p: f64, linear: f64, copies: f64) -> Copies {
        Copies {
            cover,
            p,
            linear,
            copies,
            weight: 0.0,
            ratio: f64::INFINITY,
        }
    }

    /// The same copies, each weighing `weight`.
    fn weighing(self, weight: f64) -> Copies {
        Copies {
            weight,
            ratio: (self.cover + self.linear) / weight,
            ..self
        }
    }

    /// Copies that add `gain` each, whatever is taken before them.
    #[cfg(test)]
    fn linear(gain: f64, copies: f64, weight: f64) -> Copies {
        Copies::new(0.0, 0.0, gain, copies).weighing(weight)
    }

    /// The first copy's gain per unit of weight.
    fn first_ratio(&self) -> f64 {
        self.ratio
    }

    /// What the first `k` copies add together.
    fn gain(&self, k: f64) -> f64 {
        if k <= 0.0 {
            return 0.0;
        }
        if k == 1.0 {
            return self.cover + self.linear;
        }
        let cover = if self.cover <= 0.0 {
            0.0
        } else if self.p >= 1.0 {
            self.cover
        } else {
            // cover · (1 − (1 − p)^k) ÷ p, without losing digits for a small p.
            self.cover * -(k * (-self.p).ln_1p()).exp_m1() / self.p
        };
        cover + self.linear * k
    }

    /// How many copies add at least `ratio` per unit of weight (never fewer than there are:
    /// the bound rests on it).
    fn at_least(&self, ratio: f64) -> f64 {
        if self.copies <= 1.0 {
            let worth = self.cover + self.linear >= ratio * self.weight;
            return if worth { self.copies } else { 0.0 };
        }
        let needed = ratio * self.weight - self.linear;
        if needed <= 0.0 {
            return self.copies;
        }
        if self.cover < needed {
            return 0.0;
        }
        if self.p >= 1.0 {
            return self.copies.min(1.0);
        }
        // cover · (1 − p)^(k−1) ≥ needed  ⇔  k − 1 ≤ ln(needed ÷ cover) ÷ ln(1 − p); the
        // slack keeps a copy exactly at the ratio in despite rounding.
        let further = ((needed / self.cover).ln() / (-self.p).ln_1p() + 1e-9).floor();
        (further + 1.0).min(self.copies)
    }
}

/// [`knapsack`] narrows the ratio to within this factor of the exact one: the bound is then
/// at most this much above the exact fractional knapsack (and never below it).
const RATIO_TOLERANCE: f64 = 1.0 + 1e-6;

/// Halvings of the ratio's range (on a log scale) at most in [`knapsack`]: enough to reach
/// [`RATIO_TOLERANCE`] from any range of ratios.
const BISECTIONS: usize = 64;

/// Fractional knapsack of items whose copies' gains shrink ([`Copies`]): the most value within
/// `capacity`. Weightless copies count in full.
///
/// Taking copies best ratio first is optimal here (each item's gains only shrink). Instead of
/// ordering every copy, the ratio `r` at which the copies worth at least `r` just fill the
/// capacity is found by bisection: the bound is what those copies add plus the rest of the
/// capacity at `r` (at least what any copy left out adds). Only items whose first copy is
/// worth that much take part: a budget usually fills with the best few dozen of thousands of
/// items, so the best `k` are selected in linear time, and `k` grows fourfold until they fill
/// the capacity or are all.
fn knapsack(items: &[Copies], capacity: f64) -> f64 {
    let mut free = 0.0;
    let mut heavy: Vec<Copies> = Vec::with_capacity(items.len());
    for item in items {
        if item.weight <= 0.0 {
            free += item.gain(item.copies);
        } else if item.weight.is_finite() && item.copies >= 1.0 && item.first_ratio() > 0.0 {
            heavy.push(*item);
        }
    }
    if heavy.is_empty() || capacity <= 0.0 {
        return free;
    }
    // What the copies worth at least `r` weigh and add, over the best `k` items.
    let fill = |best: &[Copies], r: f64| {
        best.iter().fold((0.0, 0.0), |(weight, gain), item| {
            let k = item.at_least(r);
            (weight + k * item.weight, gain + item.gain(k))
        })
    };
    let mut k = heavy.len().min(64);
    // The lowest ratio to search: the k-th best first copy's (items beyond it start lower),
    // or, over all items, a ratio below every copy's.
    let lowest = loop {
        if k < heavy.len() {
            select_best(&mut heavy, k);
            let kth = heavy[k - 1].first_ratio();
            if fill(&heavy[..k], kth).0 >= capacity {
                break kth;
            }
            k = (k * 4).min(heavy.len());
        } else {
            let all = fill(&heavy, 0.0);
            if all.0 <= capacity {
                return free + all.1;
            }
            break 0.0;
        }
    };
    let best = &heavy[..k];
    // `lo` takes more than the capacity, `hi` no more.
    let top = best.iter().map(Copies::first_ratio).fold(0.0, f64::max);
    // Far below every first copy's ratio: the search narrows from there in a few halvings.
    let bottom = best.iter().map(Copies::first_ratio).fold(top, f64::min) * 1e-30;
    let (mut lo, mut hi) = (if lowest > 0.0 { lowest } else { bottom }, top * 2.0);
    for _ in 0..BISECTIONS {
        if hi <= lo * RATIO_TOLERANCE {
            break;
        }
        let mid = (lo * hi).sqrt();
        if !(mid > lo && mid < hi) {
            break;
        }
        if fill(best, mid).0 <= capacity {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    let (weight, gain) = fill(best, hi);
    free + gain + hi * (capacity - weight).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::tier::Side;

    /// The greedy alone, and with the guesses: what the later steps repair.
    const GREEDY: Effort = Effort {
        guesses: 0,
        improve: false,
        certify: true,
    };
    const GUESSES_ONLY: Effort = Effort {
        guesses: GUESSES,
        improve: false,
        certify: true,
    };

    /// The fractional knapsack by a full sort: what both knapsacks must equal.
    fn knapsack_by_sorting(items: &[(f64, f64, f64)], capacity: f64) -> f64 {
        let mut free = 0.0;
        let mut heavy: Vec<(f64, f64, f64)> = Vec::new();
        for &(g, n, w) in items {
            if w <= 0.0 {
                free += g * n;
            } else if w.is_finite() {
                heavy.push((g / w, w * n, g * n));
            }
        }
        crate::order::sort_by(&mut heavy, |a, b| b.0.total_cmp(&a.0));
        let (mut left, mut total) = (capacity, free);
        for (ratio, weight, value) in heavy {
            if left <= 0.0 {
                break;
            }
            let used = weight.min(left);
            total += if weight <= left { value } else { ratio * used };
            left -= used;
        }
        total
    }

    proptest::proptest! {
        /// Selecting the best few instead of sorting all gives the same bound, ties and
        /// weightless or unaffordable items included.
        #[test]
        fn the_selecting_knapsack_equals_the_sorting_one(
            items in proptest::collection::vec((0.0f64..100.0, 1u8..4, 0u8..40), 0..700),
            capacity in 0.0f64..3.0,
        ) {
            let items: Vec<(f64, f64, f64)> = items
                .into_iter()
                .map(|(gain, copies, w)| {
                    // Coarse gains and weights make ties common; 0 is weightless, 39 unaffordable.
                    let weight = match w { 0 => 0.0, 39 => f64::INFINITY, w => f64::from(w) / 64.0 };
                    ((gain / 4.0).round(), f64::from(copies), weight)
                })
                .collect();
            let copies: Vec<Copies> =
                items.iter().map(|&(g, n, w)| Copies::linear(g, n, w)).collect();
            let slow = knapsack_by_sorting(&items, capacity);
            for fast in [linear_knapsack(&copies, capacity), knapsack(&copies, capacity)] {
                proptest::prop_assert!((fast - slow).abs() <= 2e-6 * slow.abs().max(1.0), "{} vs {}", fast, slow);
            }
        }

        /// Copies whose coverage gain shrinks: the knapsack equals the one over every copy
        /// listed on its own with its own gain, and never exceeds counting each copy at the
        /// first one's gain (the plain online bound).
        #[test]
        fn shrinking_copies_weigh_as_each_copy_listed(
            items in proptest::collection::vec(
                (0.0f64..100.0, 0.01f64..=1.0, 0.0f64..5.0, 1u8..12, 1u8..40),
                0..40,
            ),
            capacity in 0.0f64..4.0,
        ) {
            let copies: Vec<Copies> = items
                .iter()
                .map(|&(cover, p, linear, n, w)| {
                    Copies::new(cover, p, linear, f64::from(n)).weighing(f64::from(w) / 32.0)
                })
                .collect();
            let each: Vec<(f64, f64, f64)> = copies
                .iter()
                .flat_map(|c| {
                    (0..c.copies as u32).map(move |k| {
                        (c.cover * (1.0 - c.p).powi(k as i32) + c.linear, 1.0, c.weight)
                    })
                })
                .collect();
            let first: Vec<(f64, f64, f64)> =
                copies.iter().map(|c| (c.cover + c.linear, c.copies, c.weight)).collect();
            let (got, listed) = (knapsack(&copies, capacity), knapsack_by_sorting(&each, capacity));
            proptest::prop_assert!((got - listed).abs() <= 2e-6 * listed.abs().max(1.0), "{} vs {}", got, listed);
            proptest::prop_assert!(got <= knapsack_by_sorting(&first, capacity) * (1.0 + 2e-6) + 1e-9);
        }
    }

    fn item(cover: f64, linear: f64, cost: i64, hours: f64, available: u64) -> Item {
        Item {
            cell: 0,
            cover,
            linear,
            cost,
            hours,
            available,
            side: Side::Micro,
            pinned: false,
        }
    }

    fn linear_model() -> Model {
        Model {
            universes: vec![1e12],
            cover_weight: 1.0,
            hour_cost: 0.0,
        }
    }

    const NO_HOURS: f64 = f64::INFINITY;

    /// Greedy by ratio takes A (6 for 6) and then nothing fits in 4; B + C (4.9 + 4.9 for
    /// 10) is better.
    fn knapsack_trap() -> ([Item; 3], Limits) {
        let items = [
            item(0.0, 6.0, 6, 0.0, 1),
            item(0.0, 4.9, 5, 0.0, 1),
            item(0.0, 4.9, 5, 0.0, 1),
        ];
        let limits = Limits {
            budget: 10,
            hours: NO_HOURS,
        };
        (items, limits)
    }

    #[test]
    fn the_guess_repairs_the_greedy_knapsack_failure() {
        // Forcing B or C first finds B + C.
        let (items, limits) = knapsack_trap();
        let model = linear_model();
        let plain = optimise(&items, &model, limits, &[true; 3], GREEDY);
        assert!((plain.value - 6.0).abs() < 1e-9);
        let guessed = optimise(&items, &model, limits, &[true; 3], GUESSES_ONLY);
        assert!((guessed.value - 9.8).abs() < 1e-9);
        assert_eq!(guessed.counts, [0, 1, 1]);
        assert!(guessed.upper_bound >= 9.8 - 1e-9);
    }

    #[test]
    fn a_pair_guess_repairs_the_failure_with_two_large_creators() {
        // The case property testing found: two large creators fill the budget exactly; the
        // greedy, forced to take either first, then takes the small dense one and the other
        // no longer fits. Forcing both first finds the optimum.
        let items = [
            item(0.0, 1.2, 1, 0.0, 1),
            item(0.0, 12.0, 12, 0.0, 1),
            item(0.0, 7.5, 8, 0.0, 1),
        ];
        let limits = Limits {
            budget: 20,
            hours: NO_HOURS,
        };
        let found = optimise(&items, &linear_model(), limits, &[true; 3], GUESSES_ONLY);
        assert_eq!(found.counts, [0, 1, 1]);
        assert!((found.value - 19.5).abs() < 1e-9);
        // Without guesses the greedy stops at 13.2.
        let plain = optimise(&items, &linear_model(), limits, &[true; 3], GREEDY);
        assert!((plain.value - 13.2).abs() < 1e-9, "{}", plain.value);
    }

    #[test]
    fn dropping_a_creator_and_refilling_repairs_the_greedy() {
        let (items, limits) = knapsack_trap();
        let model = linear_model();
        let kappa = combined_costs(&items, &model, limits, Weighing::Combined);
        let base = State::new(&items, &model, limits);
        let mut plan = base.clone();
        greedy(&mut plan, &kappa, &[true; 3]);
        assert_eq!(plan.counts, [1, 0, 0]);
        let repaired = drop_and_refill(&base, plan, &kappa, &[true; 3]);
        assert_eq!(repaired.counts, [0, 1, 1]);
    }

    #[test]
    fn a_complete_search_proves_the_plan_on_small_pools_only() {
        let model = linear_model();
        let (small, limits) = knapsack_trap();
        let s = optimise(&small, &model, limits, &[true; 3], FULL);
        assert_eq!(s.counts, [0, 1, 1]);
        assert!(s.proven);
        assert_eq!((s.upper_bound, s.ratio()), (s.value, 1.0));
        // Without the later steps the certificate proves less, and nothing is proven.
        let g = optimise(&small, &model, limits, &[true; 3], GREEDY);
        assert!(!g.proven && g.ratio() < SEARCH_BELOW);
        // Sixty copies in all are too many to search; the certificate stays: 40 of 40.8.
        let many = [item(0.0, 1.0, 49, 0.0, 20); 3];
        let limits = Limits {
            budget: 2_000,
            hours: NO_HOURS,
        };
        let s = optimise(&many, &model, limits, &[true; 3], FULL);
        assert!((s.value - 40.0).abs() < 1e-9);
        assert!(!s.proven);
        assert!(s.ratio() < SEARCH_BELOW, "{}", s.ratio());
    }

    #[test]
    fn batches_take_exactly_what_one_at_a_time_would() {
        // Two coverage items in one cell and a linear one; compare batching with copies taken
        // one by one (the batch size is bounded by one when every item has one copy).
        let model = Model {
            universes: vec![10_000.0],
            cover_weight: 1.0,
            hour_cost: 0.0,
        };
        let grouped = [
            item(900.0, 0.0, 100, 1.0, 40),
            item(5_000.0, 0.0, 700, 2.0, 5),
            item(0.0, 3.0, 1, 0.5, 30),
        ];
        let mut single = Vec::new();
        for g in grouped {
            for _ in 0..g.available {
                single.push(Item { available: 1, ..g });
            }
        }
        let limits = Limits {
            budget: 5_000,
            hours: 30.0,
        };
        let a = optimise(&grouped, &model, limits, &[true; 3], GREEDY);
        let b = optimise(&single, &model, limits, &vec![true; single.len()], GREEDY);
        assert!(
            (a.value - b.value).abs() < 1e-6 * b.value,
            "{} vs {}",
            a.value,
            b.value
        );
        assert_eq!(a.spent, b.spent);
    }

    #[test]
    fn limits_and_pins_are_respected() {
        let mut items = vec![
            item(0.0, 1.0, 300, 5.0, 100),
            item(0.0, 50.0, 4_000, 7.0, 1),
        ];
        items[1].pinned = true;
        let limits = Limits {
            budget: 5_000,
            hours: 20.0,
        };
        let s = optimise(&items, &linear_model(), limits, &[true, true], FULL);
        assert_eq!(s.counts[1], 1, "the pin is in");
        assert!(s.spent <= 5_000 && s.hours <= 20.0 + 1e-9);
        assert_eq!(
            s.counts[0], 2,
            "13 hours left buy two of the 5-hour creators"
        );
        assert!(s.ratio() > 0.0 && s.ratio() <= 1.0);
        // A pin that does not fit is reported, not forced.
        items[1].cost = 6_000;
        let s = optimise(&items, &linear_model(), limits, &[true, true], FULL);
        assert_eq!((s.counts[1], s.unplaced_pins), (0, 1));
    }

    #[test]
    fn nothing_fits_a_zero_budget() {
        let items = [item(10.0, 1.0, 1, 0.0, 3)];
        let s = optimise(
            &items,
            &linear_model(),
            Limits {
                budget: 0,
                hours: NO_HOURS,
            },
            &[true],
            FULL,
        );
        assert_eq!((s.counts[0], s.value, s.spent), (0, 0.0, 0));
        assert_eq!(s.ratio(), 1.0);
    }

    #[test]
    fn the_bound_is_tight_for_a_linear_pool_that_fills_the_budget() {
        let items = [item(0.0, 2.0, 10, 0.0, 10)];
        let s = optimise(
            &items,
            &linear_model(),
            Limits {
                budget: 100,
                hours: NO_HOURS,
            },
            &[true],
            GREEDY,
        );
        assert_eq!(s.counts[0], 10);
        assert!((s.ratio() - 1.0).abs() < 1e-12);
    }
}
