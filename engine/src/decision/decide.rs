//! The decision: three plans from one pool, the verdict read from the best
//! one, and what each of the nine factors did to it.
//!
//! For a brief, the (possibly edited) table and the user's creators:
//!
//! 1. the **pool** ([`pool`](crate::value::pool)): the user's creators plus, unless switched off, the
//!    typical creators of the market;
//! 2. **three plans**, each the optimiser's best ([`optimise`](crate::optimise::solver)) for the brief's
//!    objective ([`value`](crate::value::model)) within the budget and the team's hours:
//!    [`Strategy::MicroSide`] (nano and micro only), [`Strategy::MacroSide`] (macro and mega
//!    only) and [`Strategy::Free`]; each hires as many creators as it needs, and what it leaves
//!    unspent is explained ([`Limit`]);
//! 3. the **verdict** from the free plan's split: micro-side share of spend ≥
//!    [`Assumptions::micro_verdict_share`] (2/3) → micro, ≤
//!    [`Assumptions::macro_verdict_share`] (1/3) → macro, else mix; the split shown is that
//!    plan's split. A budget that buys nobody in the pool is the state
//!    [`DecisionState::TooSmall`], not a verdict; one where nobody is worth their price,
//!    [`DecisionState::NotWorth`];
//! 4. **the nine factors explain** ([`factors`](crate::inputs::factors)): each is neutralised in turn
//!    and the free plan re-run; the change in its micro-side share is the factor's lean.
//!
//! Per plan: the creators it hires (named, or typical × n), what it spends, its value and the
//! certificate "at least X % of the best possible", reach, engaged audience, CPM, conversions,
//! cost per conversion, revenue, profit and ROI (when order value and margin are given), hours,
//! risk and value over time.
//!
//! Invariants (property-tested): no plan spends more than the budget or uses more than the
//! hours; the verdict always agrees with the free plan's split; `TooSmall` or `NotWorth` exactly
//! when the free plan hires nobody.

use crate::assumptions::defaults::Assumptions;
use crate::decision::advice::{self, Advice};
use crate::inputs::brief::{Brief, GeoScope, Objective};
use crate::inputs::creator::Creator;
use crate::inputs::error::{Field, ValidationError};
use crate::inputs::factors::{Direction, Factor, FactorEffect, Verdict};
use crate::inputs::ids::id_enum;
use crate::inputs::money::{Money, round_cents};
use crate::inputs::tier::Side;
use crate::optimise::solver::{Effort, FULL, Limits, Solution, UNCERTIFIED, optimise};
use crate::value::campaign::{CampaignTotals, totals};
use crate::value::context::Ctx;
use crate::value::model::{Item, Model, ValueUnit, items, order_value, unit};
use crate::value::pool::{Candidate, Pool, build};
use crate::value::value_over_time::{self, ValueOverTime};
use crate::value::worth::{self, usable};

id_enum! {
    /// Which creators a plan may use.
    pub enum Strategy: "strategy" {
        /// Nano and micro creators only.
        MicroSide => "micro_side",
        /// Macro and mega creators only.
        MacroSide => "macro_side",
        /// Any creator of the pool.
        Free => "free",
    }
}

id_enum! {
    /// Why a plan leaves budget unspent.
    pub enum Limit: "limit" {
        /// Nothing is left: the budget is spent to the cent.
        None => "none",
        /// What is left is less than any creator the plan could still add costs.
        Budget => "budget",
        /// The team's hours are used up: no creator that is still affordable fits in them.
        Hours => "hours",
        /// Every creator of the pool this plan may use is already in it.
        Pool => "pool",
        /// The creators left would add no value (their audience is already reached).
        Value => "value",
        /// The market's creators of every affordable band are hired (a finite market).
        Supply => "supply",
        /// The creators left would bring in less than they cost (fee and team time).
        Worth => "worth",
    }
}

id_enum! {
    /// Whether the brief gets a verdict.
    pub enum DecisionState: "state" {
        /// The free plan hires creators: the verdict is its split.
        Ok => "ok",
        /// The budget (or the hours) buys nobody in the pool.
        TooSmall => "too-small",
        /// Nobody in the pool is worth their price: under the brief's price ceiling, or (a
        /// conversion brief with order value and margin) nobody's orders cover their cost.
        NotWorth => "not-worth",
        /// The pool is empty: no creators entered and the market switched off.
        Empty => "empty",
    }
}

/// A candidate a plan hires, and how many copies (more than one only for typical creators).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pick {
    /// Index into [`Pool::candidates`].
    pub candidate: usize,
    /// How many.
    pub count: u64,
}

/// One plan: the optimiser's best for one strategy.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Which creators it may use.
    pub strategy: Strategy,
    /// Who it hires, the user's creators first, then typical ones by tier.
    pub picks: Vec<Pick>,
    /// The objective's value.
    pub value: f64,
    /// The plan reaches at least this share (0–1) of the best possible value. Worked out for
    /// the free plan, the one recommended; for the others, whose certificate no one reads, 0
    /// unless a complete search proved them optimal (their plans are the same either way).
    pub bound: f64,
    /// A complete search proved that no plan within the limits reaches a higher value
    /// (`bound` is then 1).
    pub proven: bool,
    /// Fees spent.
    pub spent: Money,
    /// Budget left.
    pub unspent: Money,
    /// Why budget is left.
    pub left_because: Limit,
    /// When the plan stopped at the brief's price ceiling ([`Limit::Worth`]): what the next
    /// result would cost, beside the ceiling.
    pub worth_stop: Option<WorthStop>,
    /// Share of the spend on nano and micro creators (0 when nothing is spent).
    pub micro_share: f64,
    /// Totals: reach, engaged audience, conversions, costs per result, hours, risk.
    pub totals: CampaignTotals,
    /// Conversions × order value, when the order value is given.
    pub revenue: Option<Money>,
    /// Conversions × order value × margin − fees − the team's time (hours × hourly cost), when
    /// both are given.
    pub profit: Option<Money>,
    /// Profit ÷ (fees + the team's time), when both are given and something is spent.
    pub roi: Option<f64>,
    /// Value over the horizon (engagement arriving week by week, content value).
    pub value_over_time: ValueOverTime,
    /// Pinned creators that did not fit in the limits.
    pub unplaced_pins: usize,
}

impl Plan {
    /// Number of creators hired.
    #[must_use]
    pub fn creators(&self) -> u64 {
        self.picks.iter().map(|p| p.count).sum()
    }

    /// How close to the best possible plan this one is known to be.
    #[must_use]
    pub fn optimality(&self) -> Optimality {
        if self.proven {
            Optimality::Proven
        } else {
            Optimality::AtLeast(self.bound)
        }
    }
}

/// Where a plan stopped buying at the brief's price ceiling
/// ([`Brief::price_ceiling`](crate::Brief::price_ceiling)).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WorthStop {
    /// What the next result would cost from the best creator the plan could still add (fee
    /// and the team's time), quoted as the ceiling is (per 1,000 people reached, per engaged
    /// person, per conversion).
    pub next: Money,
    /// The brief's ceiling, in its currency.
    pub reference: Money,
}

/// What is known of a plan's distance to the best possible one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Optimality {
    /// A complete search proved no plan within the limits is better.
    Proven,
    /// The certificate: at least this share (0–1) of the best possible value.
    AtLeast(f64),
}

/// The decision for a brief.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// The candidates.
    pub pool: Pool,
    /// The three plans, in [`Strategy::ALL`] order.
    pub plans: Vec<Plan>,
    /// What the value counts.
    pub unit: ValueUnit,
    /// Whether there is a verdict.
    pub state: DecisionState,
    /// The verdict, when the state is [`DecisionState::Ok`].
    pub verdict: Option<Verdict>,
    /// The free plan's micro-side share of spend (the verdict's basis).
    pub micro_share: f64,
    /// What each factor did to the free plan, in [`Factor::ALL`] order.
    pub factors: Vec<FactorEffect>,
    /// The cheapest creator of the pool, for the "too small" message.
    pub cheapest: Option<Money>,
    /// Your plan, the best from your own creators, and the changes toward the best plans.
    pub advice: Advice,
}

impl Decision {
    /// The plan of `strategy`.
    #[must_use]
    pub fn plan(&self, strategy: Strategy) -> &Plan {
        &self.plans[strategy.index()]
    }

    /// The free plan.
    #[must_use]
    pub fn free(&self) -> &Plan {
        self.plan(Strategy::Free)
    }

    /// The candidate of a pick.
    #[must_use]
    pub fn candidate(&self, pick: Pick) -> &Candidate {
        &self.pool.candidates[pick.candidate]
    }
}

/// The verdict for a free plan's micro-side share of spend under the table's thresholds.
#[must_use]
pub fn verdict_for_share(share: f64, assumptions: &Assumptions) -> Verdict {
    if share >= assumptions.micro_verdict_share.value {
        Verdict::Micro
    } else if share <= assumptions.macro_verdict_share.value {
        Verdict::Macro
    } else {
        Verdict::Mix
    }
}

/// The three plans and the verdict, without the factors' counterfactuals (what each sampled
/// world of the ranges needs).
#[derive(Debug, Clone, PartialEq)]
pub struct Plans {
    /// The three plans, in [`Strategy::ALL`] order.
    pub plans: Vec<Plan>,
    /// Whether there is a verdict.
    pub state: DecisionState,
    /// The verdict, when the state is [`DecisionState::Ok`].
    pub verdict: Option<Verdict>,
    /// Your plan: the creators the user decided to hire ([`advice`]).
    pub yours: Plan,
}

/// The three plans, the verdict and your plan for a brief.
pub fn plans(
    brief: &Brief,
    assumptions: &Assumptions,
    roster: &[Creator],
) -> Result<Plans, ValidationError> {
    let ctx = Ctx::new(brief, assumptions)?;
    let pool = build(&ctx, roster)?;
    let (items, model) = items(&ctx, &pool, brief.objective, None);
    let (plans, state, verdict) = three_plans(&ctx, &pool, &items, &model)?;
    let counts = advice::planned_counts(&pool, roster);
    Ok(Plans {
        plans,
        state,
        verdict,
        yours: your_plan(&ctx, &pool, &items, &model, counts)?,
    })
}

/// Your plan's figures: exactly the planned copies, with no limit (see [`advice`]).
fn your_plan(
    ctx: &Ctx<'_>,
    pool: &Pool,
    items: &[Item],
    model: &Model,
    counts: Vec<u64>,
) -> Result<Plan, ValidationError> {
    let picks = advice::your_picks(&counts);
    let value = model.value_of(items, picks.iter().copied());
    let solution = Solution {
        spent: advice::fees(items, &picks)?,
        hours: picks.iter().map(|&(i, n)| items[i].hours * n as f64).sum(),
        value,
        upper_bound: value,
        unplaced_pins: 0,
        proven: false,
        counts,
    };
    let all = vec![true; items.len()];
    let none = vec![false; items.len()];
    let mut yours = plan(
        ctx,
        pool,
        (items, model),
        (&all, &none),
        advice::YOURS,
        &solution,
    )?;
    yours.left_because = Limit::None;
    yours.worth_stop = None;
    Ok(yours)
}

type ThreePlans = (Vec<Plan>, DecisionState, Option<Verdict>);

fn three_plans(
    ctx: &Ctx<'_>,
    pool: &Pool,
    items: &[Item],
    model: &Model,
) -> Result<ThreePlans, ValidationError> {
    let limits = limits(ctx);
    let mut plans = Vec::with_capacity(Strategy::COUNT);
    for strategy in Strategy::ALL.iter().copied() {
        let (allowed, declined) = usable(
            ctx,
            (pool, items),
            model,
            allowed(items, strategy),
            limits.budget,
        );
        // Only the free plan's certificate is shown (the plan recommended).
        let effort = if strategy == Strategy::Free {
            FULL
        } else {
            UNCERTIFIED
        };
        let solution = solve(ctx, items, model, limits, &allowed, effort);
        plans.push(plan(
            ctx,
            pool,
            (items, model),
            (&allowed, &declined),
            strategy,
            &solution,
        )?);
    }
    let free = &plans[Strategy::Free.index()];
    let state = if pool.candidates.is_empty() {
        DecisionState::Empty
    } else if free.picks.is_empty() && free.left_because == Limit::Worth {
        DecisionState::NotWorth
    } else if free.picks.is_empty() {
        DecisionState::TooSmall
    } else {
        DecisionState::Ok
    };
    let verdict = (state == DecisionState::Ok).then(|| verdict_for_share(free.micro_share, ctx.a));
    Ok((plans, state, verdict))
}

/// The whole decision: pool, three plans, verdict and the nine factors.
pub fn decide(
    brief: &Brief,
    assumptions: &Assumptions,
    roster: &[Creator],
) -> Result<Decision, ValidationError> {
    decision(brief, assumptions, roster, true)
}

/// The decision, with the nine counterfactuals when `explain`.
fn decision(
    brief: &Brief,
    assumptions: &Assumptions,
    roster: &[Creator],
    explain_factors: bool,
) -> Result<Decision, ValidationError> {
    let ctx = Ctx::new(brief, assumptions)?;
    let pool = build(&ctx, roster)?;
    let limits = limits(&ctx);
    let (items, model) = items(&ctx, &pool, brief.objective, None);
    let (plans, state, verdict) = three_plans(&ctx, &pool, &items, &model)?;
    let micro_share = plans[Strategy::Free.index()].micro_share;
    let factors = match state {
        _ if !explain_factors => Vec::new(),
        DecisionState::Ok => {
            let value = |s: Strategy| plans[s.index()].value;
            let with = Sides {
                share: micro_share,
                advantage: advantage(
                    value(Strategy::MicroSide),
                    value(Strategy::MacroSide),
                    value(Strategy::Free),
                ),
            };
            explain(&ctx, &pool, &items, limits, with)
        }
        DecisionState::TooSmall | DecisionState::NotWorth | DecisionState::Empty => Factor::ALL
            .iter()
            .map(|&factor| FactorEffect {
                factor,
                lean: 0.0,
                share_without: micro_share,
                pull: 0.0,
                direction: Direction::Inactive,
            })
            .collect(),
    };
    let cheapest = pool
        .candidates
        .iter()
        .map(|c| c.metrics.cost)
        .min_by_key(|m| m.cents());
    let counts = advice::planned_counts(&pool, roster);
    let yours = your_plan(&ctx, &pool, &items, &model, counts)?;
    let free = &plans[Strategy::Free.index()];
    let best_own = if pool.candidates.iter().any(|c| c.origin.is_typical()) {
        let (allowed, declined) = usable(
            &ctx,
            (&pool, &items),
            &model,
            advice::own_only(&pool),
            limits.budget,
        );
        let solution = solve(&ctx, &items, &model, limits, &allowed, UNCERTIFIED);
        plan(
            &ctx,
            &pool,
            (&items, &model),
            (&allowed, &declined),
            Strategy::Free,
            &solution,
        )?
    } else {
        free.clone()
    };
    let your_picks: Vec<(usize, u64)> =
        yours.picks.iter().map(|p| (p.candidate, p.count)).collect();
    let changes = advice::changes(&ctx, &items, &model, &your_picks, &[free, &best_own]);
    let advice = Advice {
        yours,
        best_own,
        changes,
    };
    Ok(Decision {
        unit: unit(&ctx, brief.objective),
        pool,
        plans,
        state,
        verdict,
        micro_share,
        factors,
        cheapest,
        advice,
    })
}

/// One plan only: the optimiser's best for `strategy` (one optimiser run, without the
/// counterfactuals of [`decide`]).
pub fn best_plan(
    brief: &Brief,
    assumptions: &Assumptions,
    roster: &[Creator],
    strategy: Strategy,
) -> Result<Plan, ValidationError> {
    let ctx = Ctx::new(brief, assumptions)?;
    let pool = build(&ctx, roster)?;
    let (items, model) = items(&ctx, &pool, brief.objective, None);
    let (allowed, declined) = usable(
        &ctx,
        (&pool, &items),
        &model,
        allowed(&items, strategy),
        ctx.brief.budget.cents(),
    );
    let solution = solve(&ctx, &items, &model, limits(&ctx), &allowed, FULL);
    plan(
        &ctx,
        &pool,
        (&items, &model),
        (&allowed, &declined),
        strategy,
        &solution,
    )
}

fn limits(ctx: &Ctx<'_>) -> Limits {
    Limits {
        budget: ctx.brief.budget.cents(),
        hours: ctx.brief.management_capacity_hours,
    }
}

fn allowed(items: &[Item], strategy: Strategy) -> Vec<bool> {
    items
        .iter()
        .map(|item| match strategy {
            Strategy::MicroSide => item.side == Side::Micro,
            Strategy::MacroSide => item.side == Side::Macro,
            Strategy::Free => true,
        })
        .collect()
}

/// Share of `counts`' spend on the micro side (0 when nothing is spent).
fn micro_share_of(items: &[Item], counts: &[u64]) -> f64 {
    let (mut micro, mut all) = (0.0, 0.0);
    for (item, &n) in items.iter().zip(counts) {
        let cost = item.cost as f64 * n as f64;
        all += cost;
        if item.side == Side::Micro {
            micro += cost;
        }
    }
    if all > 0.0 { micro / all } else { 0.0 }
}

/// Builds a plan's figures from the optimiser's solution (`allowed` and `declined` as
/// [`usable`] gives them).
fn plan(
    ctx: &Ctx<'_>,
    pool: &Pool,
    (items, model): (&[Item], &Model),
    (allowed, declined): (&[bool], &[bool]),
    strategy: Strategy,
    solution: &Solution,
) -> Result<Plan, ValidationError> {
    let typical: Vec<bool> = pool
        .candidates
        .iter()
        .map(|c| c.origin.is_typical())
        .collect();
    let picks: Vec<Pick> = solution
        .counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(candidate, &count)| Pick { candidate, count })
        .collect();
    let groups = picks
        .iter()
        .map(|p| (&pool.candidates[p.candidate].metrics, p.count));
    let totals = totals(groups.clone(), ctx)?;
    let value_over_time = value_over_time::compute(groups, &totals, ctx);
    let currency = ctx.currency();
    let spent = Money::from_cents(solution.spent, currency);
    let unspent = ctx
        .brief
        .budget
        .checked_sub(spent)
        .ok_or(ValidationError::Overflow {
            field: Field::MoneyTotal,
        })?;
    let revenue = ctx
        .brief
        .aov
        .map(|aov| ctx.money(aov).scale(totals.code_redemptions));
    // Time is a cost: profit and ROI count the team's hours at the hourly cost beside the fees.
    let loaded = totals.loaded_cost();
    let profit = order_value(ctx).map(|per_order| {
        let gross = round_cents(per_order * 100.0 * totals.code_redemptions);
        Money::from_cents(gross.saturating_sub(loaded.cents()), currency)
    });
    let roi = profit.and_then(|p| p.ratio(loaded));
    let (left_because, worth_stop) =
        left_because(ctx, (items, model), (allowed, declined, &typical), solution);
    Ok(Plan {
        strategy,
        value: solution.value,
        bound: solution.ratio(),
        proven: solution.proven,
        spent,
        unspent,
        left_because,
        worth_stop,
        micro_share: micro_share_of(items, &solution.counts),
        picks,
        totals,
        revenue,
        profit,
        roi,
        value_over_time,
        unplaced_pins: solution.unplaced_pins,
    })
}

/// Why a plan stops where it stops (see [`Limit`]), and, when it stopped at the brief's price
/// ceiling, where. `allowed`: the items the plan could use; `declined`: those it could
/// have used but that are not worth their cost; `typical`: the market's.
fn left_because(
    ctx: &Ctx<'_>,
    (items, model): (&[Item], &Model),
    (allowed, declined, typical): (&[bool], &[bool], &[bool]),
    s: &Solution,
) -> (Limit, Option<WorthStop>) {
    let limit = limit(ctx, items, (allowed, declined, typical), s);
    if limit != Limit::Value && limit != Limit::Worth {
        return (limit, None);
    }
    // Creators left within the budget, none of them worth its price under the brief's
    // ceiling: that is the reason, with the figures.
    let stop = worth::reference(ctx).and_then(|reference| {
        let quoted = worth::quoted_value(ctx)?;
        let budget_left = ctx.brief.budget.cents() - s.spent;
        let either: Vec<bool> = allowed
            .iter()
            .zip(declined)
            .map(|(a, d)| *a || *d)
            .collect();
        // A next copy that adds nothing is the audience's saturation, not a price.
        let next = worth::next_best(items, model, &either, &s.counts, budget_left)
            .filter(|&next| next > 0.0)?;
        let cost =
            |per_cent: f64| Money::from_cents(round_cents(quoted / per_cent), ctx.currency());
        (next < reference).then(|| WorthStop {
            next: cost(next),
            reference: cost(reference),
        })
    });
    match stop {
        Some(stop) => (Limit::Worth, Some(stop)),
        None => (limit, None),
    }
}

fn limit(
    ctx: &Ctx<'_>,
    items: &[Item],
    (allowed, declined, typical): (&[bool], &[bool], &[bool]),
    s: &Solution,
) -> Limit {
    let budget_left = ctx.brief.budget.cents() - s.spent;
    if budget_left <= 0 {
        return Limit::None;
    }
    let hours_left = ctx.brief.management_capacity_hours - s.hours;
    let left = |set: &[bool]| -> Vec<&Item> {
        items
            .iter()
            .zip(set)
            .zip(&s.counts)
            .filter(|((item, ok), n)| **ok && **n < item.available)
            .map(|((item, _), _)| item)
            .collect()
    };
    let (remaining, not_worth) = (left(allowed), left(declined));
    let affordable = |list: &[&Item]| list.iter().any(|i| i.cost <= budget_left);
    if !affordable(&remaining) && affordable(&not_worth) {
        return Limit::Worth;
    }
    if remaining.is_empty() {
        // Nobody left: the market's bands ran out, or there was no market to run out.
        let market = (0..items.len()).any(|i| allowed[i] && typical[i]);
        return if market { Limit::Supply } else { Limit::Pool };
    }
    let affordable: Vec<&&Item> = remaining.iter().filter(|i| i.cost <= budget_left).collect();
    if affordable.is_empty() {
        return Limit::Budget;
    }
    if affordable.iter().all(|i| i.hours > hours_left + 1e-9) {
        return Limit::Hours;
    }
    Limit::Value
}

/// The optimiser's best plan among `allowed`, with the copies that add less per euro than the
/// floor taken out ([`worth::trim`](crate::value::worth)). After a trim the certificate bounds what
/// creators still above the floor could add to the plan (within the budget left).
fn solve(
    ctx: &Ctx<'_>,
    items: &[Item],
    model: &Model,
    limits: Limits,
    allowed: &[bool],
    effort: Effort,
) -> Solution {
    let mut s = optimise(items, model, limits, allowed, effort);
    if effort.certify && !limits.hours.is_finite() && model.hour_cost > 0.0 && !s.proven {
        // Time is a cost: the plan is ranked by value per euro of fee and team time, so its
        // certificate compares it with the best plan of the same total cost.
        s.upper_bound = s
            .upper_bound
            .min(total_cost_bound_of(items, model, allowed, &s))
            .max(s.value);
    }
    let floor = crate::value::worth::floor(ctx, items, model, allowed, limits.budget);
    let trimmed =
        floor.is_some_and(|floor| crate::value::worth::trim(items, model, floor, &mut s.counts));
    if trimmed {
        recount(items, model, &mut s);
    }
    if !effort.certify {
        if !s.proven {
            s.upper_bound = f64::INFINITY;
        }
    } else if let (true, Some(floor)) = (trimmed, floor) {
        s.upper_bound = s.value
            + crate::value::worth::room_above_floor(
                items,
                model,
                floor,
                allowed,
                &s.counts,
                limits.budget - s.spent,
            );
    }
    s
}

/// The value, fees and hours of `s` after a trim changed its counts (no longer proven).
fn recount(items: &[Item], model: &Model, s: &mut Solution) {
    let picks = s.counts.iter().copied().enumerate();
    s.value = model.value_of(items, picks);
    s.spent = s
        .counts
        .iter()
        .zip(items)
        .map(|(&n, it)| it.cost.saturating_mul(i64::try_from(n).unwrap_or(i64::MAX)))
        .fold(0_i64, i64::saturating_add);
    s.hours = s
        .counts
        .iter()
        .zip(items)
        .map(|(&n, it)| n as f64 * it.hours)
        .sum();
    s.proven = false;
}

/// The bound of [`crate::optimise::solver::total_cost_bound`] for the solution `s`: from the plan, and
/// from nothing, the smaller, with the capacity the plan's own fees and time.
fn total_cost_bound_of(items: &[Item], model: &Model, allowed: &[bool], s: &Solution) -> f64 {
    use crate::optimise::solver::{State, total_cost_bound};
    let unlimited = Limits {
        budget: i64::MAX / 4,
        hours: f64::INFINITY,
    };
    let capacity = s.spent as f64 + s.hours * model.hour_cost;
    let mut plan = State::new(items, model, unlimited);
    for (i, &n) in s.counts.iter().enumerate() {
        if n > 0 {
            plan.take(i, n);
        }
    }
    let empty = State::new(items, model, unlimited);
    total_cost_bound(&plan, allowed, capacity).min(total_cost_bound(&empty, allowed, capacity))
}

/// The nine counterfactuals: each factor neutralised, the free plan re-run.
fn explain(
    ctx: &Ctx<'_>,
    pool: &Pool,
    actual: &[Item],
    limits: Limits,
    with: Sides,
) -> Vec<FactorEffect> {
    Factor::ALL
        .iter()
        .map(|&factor| effect(ctx, pool, actual, limits, with, factor))
        .collect()
}

/// What a factor's counterfactual compares: the free plan's micro-side share of spend, and the
/// micro side's value advantage over the macro side as a share of the free plan's value
/// (`(V_micro − V_macro) ÷ V_free`, in `[−1, 1]`), which keeps moving where the share is
/// already all on one side.
#[derive(Debug, Clone, Copy)]
struct Sides {
    share: f64,
    advantage: f64,
}

fn advantage(micro: f64, macro_side: f64, free: f64) -> f64 {
    if free > 0.0 {
        ((micro - macro_side) / free).clamp(-1.0, 1.0)
    } else {
        0.0
    }
}

/// The three plans of `items` as [`Sides`].
fn sides(ctx: &Ctx<'_>, pool: &Pool, items: &[Item], model: &Model, limits: Limits) -> Sides {
    let run = |strategy: Strategy| {
        let (ok, _) = usable(
            ctx,
            (pool, items),
            model,
            allowed(items, strategy),
            limits.budget,
        );
        solve(ctx, items, model, limits, &ok, UNCERTIFIED)
    };
    let free = run(Strategy::Free);
    let (micro, macro_side) = (run(Strategy::MicroSide), run(Strategy::MacroSide));
    Sides {
        share: micro_share_of(items, &free.counts),
        advantage: advantage(micro.value, macro_side.value, free.value),
    }
}

/// What one factor did to the free plan (see the [module docs](self)).
fn effect(
    ctx: &Ctx<'_>,
    pool: &Pool,
    actual: &[Item],
    limits: Limits,
    with: Sides,
    factor: Factor,
) -> FactorEffect {
    let objective = ctx.brief.objective;
    let (without, inactive) = match factor {
        Factor::Objectives => {
            let all: Vec<Sides> = Objective::ALL
                .iter()
                .map(|&o| {
                    if o == objective {
                        with
                    } else {
                        let (items, model) = items(ctx, pool, o, None);
                        sides(ctx, pool, &items, &model, limits)
                    }
                })
                .collect();
            let n = all.len() as f64;
            let mean = Sides {
                share: all.iter().map(|s| s.share).sum::<f64>() / n,
                advantage: all.iter().map(|s| s.advantage).sum::<f64>() / n,
            };
            (mean, false)
        }
        _ => {
            let (items, model) = items(ctx, pool, objective, Some(factor));
            let limits = if factor == Factor::AudienceSize {
                Limits {
                    hours: f64::INFINITY,
                    ..limits
                }
            } else {
                limits
            };
            let unchanged = items == actual && limits.hours == ctx.brief.management_capacity_hours;
            let inactive = unchanged || cannot_act(ctx, factor);
            let without = if unchanged {
                with
            } else {
                sides(ctx, pool, &items, &model, limits)
            };
            (without, inactive)
        }
    };
    let lean = (without.share - with.share).clamp(-1.0, 1.0);
    FactorEffect {
        factor,
        lean,
        share_without: without.share,
        pull: if inactive {
            0.0
        } else {
            (without.advantage - with.advantage).clamp(-1.0, 1.0)
        },
        direction: if inactive {
            Direction::Inactive
        } else {
            Direction::of_lean(lean)
        },
    }
}

/// What one factor did to the free plan of `plans` (the three plans [`decide_now`] or
/// [`decide`] worked out for the same inputs, in [`Strategy::ALL`] order): its counterfactual,
/// worked out alone so that a large pool's nine can be spread over time. `None` when the free
/// plan hires nobody (no verdict to explain).
pub fn factor_effect(
    brief: &Brief,
    assumptions: &Assumptions,
    roster: &[Creator],
    factor: Factor,
    plans: &[Plan],
) -> Result<Option<FactorEffect>, ValidationError> {
    let ctx = Ctx::new(brief, assumptions)?;
    let pool = build(&ctx, roster)?;
    let (items, _) = items(&ctx, &pool, brief.objective, None);
    let limits = limits(&ctx);
    let value = |s: Strategy| plans.get(s.index()).map_or(0.0, |p| p.value);
    let Some(free) = plans
        .get(Strategy::Free.index())
        .filter(|p| !p.picks.is_empty())
    else {
        return Ok(None);
    };
    let with = Sides {
        share: free.micro_share,
        advantage: advantage(
            value(Strategy::MicroSide),
            value(Strategy::MacroSide),
            value(Strategy::Free),
        ),
    };
    Ok(Some(effect(&ctx, &pool, &items, limits, with, factor)))
}

/// The decision without the nine counterfactuals (`factors` empty): what the page needs at
/// once after an edit; [`factor_effect`] fills them in.
pub fn decide_now(
    brief: &Brief,
    assumptions: &Assumptions,
    roster: &[Creator],
) -> Result<Decision, ValidationError> {
    decision(brief, assumptions, roster, false)
}

/// Factors that by the model's construction cannot change any plan for this brief, even when
/// neutralising them changes a number (so the UI can say why, not just "no effect").
fn cannot_act(ctx: &Ctx<'_>, factor: Factor) -> bool {
    let brief = ctx.brief;
    match factor {
        // Awareness and content value people reached and content, not engagements.
        Factor::Engagement => matches!(brief.objective, Objective::Awareness | Objective::Content),
        // Conversions and content count wherever the audience lives.
        Factor::Geography => {
            matches!(brief.objective, Objective::Conversion | Objective::Content)
                || (brief.geography == GeoScope::International
                    && ctx
                        .a
                        .region_share
                        .get(GeoScope::International)
                        .iter()
                        .all(|(_, s)| s.value >= 1.0))
        }
        _ => false,
    }
}

/// One budget of a value curve.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CurvePoint {
    /// The budget.
    pub budget: Money,
    /// The plan's value.
    pub value: f64,
    /// Creators hired.
    pub creators: u64,
    /// Fees spent.
    pub spent: Money,
}

/// The best value against budget for each strategy, from the same pool.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueCurves {
    /// What the value counts.
    pub unit: ValueUnit,
    /// One curve per strategy, in [`Strategy::ALL`] order, one point per budget.
    pub curves: Vec<Vec<CurvePoint>>,
}

impl ValueCurves {
    /// The curve of `strategy`.
    #[must_use]
    pub fn get(&self, strategy: Strategy) -> &[CurvePoint] {
        &self.curves[strategy.index()]
    }

    /// Appends the points of `later` (curves over larger budgets, e.g. computed one budget at
    /// a time), each keeping the best plan of any smaller budget as [`value_curves`] does.
    pub fn append(&mut self, later: ValueCurves) {
        for (curve, more) in self.curves.iter_mut().zip(later.curves) {
            for point in more {
                let point = match curve.last() {
                    Some(b) if b.value > point.value => CurvePoint {
                        budget: point.budget,
                        ..*b
                    },
                    _ => point,
                };
                curve.push(point);
            }
        }
    }
}

/// Value curves over `budgets` (in increasing order; any currency, converted). Each point is
/// the best plan found at that budget or any smaller one on the list (a plan that fits a
/// smaller budget fits a larger one, so more budget never shows less value).
pub fn value_curves(
    brief: &Brief,
    assumptions: &Assumptions,
    roster: &[Creator],
    budgets: &[Money],
) -> Result<ValueCurves, ValidationError> {
    let ctx = Ctx::new(brief, assumptions)?;
    let pool = build(&ctx, roster)?;
    let (items, model) = items(&ctx, &pool, brief.objective, None);
    let hours = brief.management_capacity_hours;
    let mut curves = Vec::with_capacity(Strategy::COUNT);
    for strategy in Strategy::ALL.iter().copied() {
        let side = allowed(&items, strategy);
        let mut best: Option<CurvePoint> = None;
        let mut curve = Vec::with_capacity(budgets.len());
        for &budget in budgets {
            let budget = ctx.money(budget.validate_input(Field::CurveBudget)?);
            let (allowed, _) = usable(&ctx, (&pool, &items), &model, side.clone(), budget.cents());
            let s = solve(
                &ctx,
                &items,
                &model,
                Limits {
                    budget: budget.cents(),
                    hours,
                },
                &allowed,
                UNCERTIFIED,
            );
            let point = CurvePoint {
                budget,
                value: s.value,
                creators: s.counts.iter().sum(),
                spent: Money::from_cents(s.spent, budget.currency()),
            };
            let point = match best {
                Some(b) if b.value > point.value => CurvePoint { budget, ..b },
                _ => point,
            };
            best = Some(point);
            curve.push(point);
        }
        curves.push(curve);
    }
    Ok(ValueCurves {
        unit: unit(&ctx, brief.objective),
        curves,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::money::Currency;

    #[test]
    fn the_default_brief_gets_a_verdict_that_matches_its_split() {
        let d = decide(&Brief::default(), &Assumptions::default(), &[]).unwrap();
        assert_eq!(d.state, DecisionState::Ok);
        assert_eq!(d.plans.len(), 3);
        assert_eq!(
            d.verdict,
            Some(verdict_for_share(d.micro_share, &Assumptions::default()))
        );
        assert_eq!(d.factors.len(), 9);
        for p in &d.plans {
            assert!(p.spent <= Brief::default().budget);
            // No limit on the team's hours unless the user sets one: the hours are a cost.
            assert!(p.totals.management_hours.is_finite());
        }
        let micro = d.plan(Strategy::MicroSide);
        assert!(
            micro
                .picks
                .iter()
                .all(|p| d.candidate(*p).side() == Side::Micro)
        );
    }

    #[test]
    fn factors_say_which_way_they_pull_where_the_split_is_all_on_one_side() {
        // The default brief at €5,000: the best plan is all micro, so no factor can move the
        // split; their pull on the micro side's value advantage still shows.
        let d = decide(&Brief::default(), &Assumptions::default(), &[]).unwrap();
        assert_eq!(d.micro_share, 1.0);
        let active: Vec<&FactorEffect> = d
            .factors
            .iter()
            .filter(|e| e.direction != Direction::Inactive)
            .collect();
        assert!(!active.is_empty());
        let pulling = active.iter().filter(|e| e.pull.abs() >= 0.01).count();
        assert!(pulling >= 3, "{:?}", d.factors);
        for e in &d.factors {
            assert!((-1.0..=1.0).contains(&e.pull), "{e:?}");
            if e.direction == Direction::Inactive {
                assert_eq!(e.pull, 0.0);
            }
        }
        // On the price curve a larger creator costs less per follower: cost pulls toward
        // macro creators (without it the micro side's lead would grow).
        let cost = &d.factors[Factor::Cost.index()];
        assert!(cost.pull > 0.0, "{cost:?}");
    }

    #[test]
    fn authenticity_acts_on_typical_creators_through_their_tiers_fake_shares() {
        // Only the market's typical creators, each at its tier's typical fake share (more in
        // larger tiers): without fake followers the larger tiers gain the most reach, so the
        // factor pulls toward micro creators.
        let d = decide(&Brief::default(), &Assumptions::default(), &[]).unwrap();
        let authenticity = &d.factors[Factor::Authenticity.index()];
        assert_ne!(
            authenticity.direction,
            Direction::Inactive,
            "{authenticity:?}"
        );
        assert!(authenticity.pull < -0.01, "{authenticity:?}");
        let tiered = authenticity.pull;
        // With the same fake share in every tier the pull all but goes (what is left is every
        // reach growing alike against the audiences' saturation): it comes from the tiers'
        // different shares.
        let mut equal = Assumptions::default();
        for tier in crate::inputs::tier::Tier::ALL.iter().copied() {
            equal.fake_follower_share.get_mut(tier).value = 0.15;
        }
        let d = decide(&Brief::default(), &equal, &[]).unwrap();
        let authenticity = &d.factors[Factor::Authenticity.index()];
        assert!(
            authenticity.pull.abs() < tiered.abs() / 10.0,
            "{authenticity:?}"
        );
    }

    #[test]
    fn a_budget_that_buys_nobody_is_too_small_not_a_verdict() {
        let brief = Brief {
            budget: Money::from_major(5, Currency::Eur),
            ..Brief::default()
        };
        let d = decide(&brief, &Assumptions::default(), &[]).unwrap();
        assert_eq!((d.state, d.verdict), (DecisionState::TooSmall, None));
        assert!(d.cheapest.unwrap().cents() > 500);
        assert_eq!(d.free().left_because, Limit::Budget);
    }

    /// The sources' ten-micros example as a community brief from the user's own creators:
    /// ten micros of 50,000 followers at 5 % for $500 each, one macro of 500,000 at 1 % for
    /// $5,000. The team's time is free here, so a result's cost is the fee alone.
    fn ceiling_brief(ceiling: Option<Money>) -> (Brief, Vec<Creator>) {
        use crate::inputs::creator::EngagementRate;
        use crate::inputs::platform::Platform;
        let usd = |major| Money::from_major(major, Currency::Usd);
        let creator = |name: String, followers, rate, price| {
            Creator::new(Platform::Instagram, followers)
                .named(name)
                .with_engagement(EngagementRate::per_follower(rate))
                .with_price(usd(price))
        };
        let mut roster: Vec<Creator> = (1..=10)
            .map(|i| creator(format!("Micro {i}"), 50_000, 0.05, 500))
            .collect();
        roster.push(creator("Big star".into(), 500_000, 0.01, 5_000));
        let brief = Brief {
            objective: Objective::Community,
            budget: usd(10_000),
            hourly_cost: usd(0),
            use_market: false,
            price_ceiling: ceiling,
            ..Brief::default()
        };
        (brief, roster)
    }

    #[test]
    fn a_price_ceiling_buys_only_results_that_cost_no_more() {
        let a = Assumptions::default();
        let usd_cents = |cents| Money::from_cents(cents, Currency::Usd);
        // One micro on its own: what an engaged person costs from it.
        let (mut one, roster) = ceiling_brief(None);
        one.budget = usd_cents(50_000);
        let alone = best_plan(&one, &a, &roster[..1], Strategy::Free).unwrap();
        let micro_cost = 50_000.0 / alone.value;
        let big = best_plan(&one, &a, &roster[10..], Strategy::Free).unwrap();
        assert!(big.picks.is_empty());
        let mut dear = one.clone();
        dear.budget = usd_cents(500_000);
        let big = best_plan(&dear, &a, &roster[10..], Strategy::Free).unwrap();
        let macro_cost = 500_000.0 / big.value;
        assert!(macro_cost > 2.0 * micro_cost, "{micro_cost} {macro_cost}");

        // A ceiling between the two: the ten micros, not the macro, and the budget the macro
        // would have taken is left as not worth it, with both figures.
        let between = (micro_cost * 1.5).round() as i64;
        let (brief, roster) = ceiling_brief(Some(usd_cents(between)));
        let d = decide(&brief, &a, &roster).unwrap();
        let free = d.free();
        assert_eq!(free.creators(), 10, "{free:?}");
        assert!(free.picks.iter().all(|p| p.candidate < 10));
        assert_eq!(free.left_because, Limit::Worth);
        let stop = free.worth_stop.unwrap();
        assert_eq!(stop.reference, usd_cents(between));
        assert!(stop.next > stop.reference);
        assert_eq!(d.state, DecisionState::Ok);
        // Without a ceiling, the relative floor decides as before: no figures.
        let (brief, roster) = ceiling_brief(None);
        let d = decide(&brief, &a, &roster).unwrap();
        assert_eq!(d.free().worth_stop, None);

        // A ceiling below every creator's result: nobody is worth it, not "too small", and
        // the next result's cost is the best micro's.
        let below = (micro_cost * 0.8).round() as i64;
        let (brief, roster) = ceiling_brief(Some(usd_cents(below)));
        let d = decide(&brief, &a, &roster).unwrap();
        assert_eq!((d.state, d.verdict), (DecisionState::NotWorth, None));
        let stop = d.free().worth_stop.unwrap();
        assert_eq!(stop.next.cents(), micro_cost.round() as i64);
        assert_eq!(stop.reference, usd_cents(below));
    }

    #[test]
    fn a_ceiling_is_quoted_per_thousand_reached_per_engaged_person_or_per_conversion() {
        let a = Assumptions::default();
        let eur = |major| Money::from_major(major, Currency::Eur);
        let reference = |objective, aov: Option<Money>, margin| {
            let brief = Brief {
                objective,
                aov,
                margin,
                price_ceiling: Some(eur(10)),
                ..Brief::default()
            };
            crate::value::worth::reference(&Ctx::new(&brief, &a).unwrap())
        };
        // €10 per 1,000 people reached: one person per cent.
        assert_eq!(reference(Objective::Awareness, None, None), Some(1.0));
        // €10 per engaged person, or per conversion: one per 1,000 cents.
        assert_eq!(reference(Objective::Community, None, None), Some(0.001));
        assert_eq!(reference(Objective::Conversion, None, None), Some(0.001));
        // With order value and margin the value is gross profit: €20 per order at €10 each.
        let profit = reference(Objective::Conversion, Some(eur(50)), Some(0.4)).unwrap();
        assert!((profit - 20.0 / 1_000.0).abs() < 1e-12);
        // Content's value is money: no ceiling applies.
        assert_eq!(reference(Objective::Content, None, None), None);
    }

    #[test]
    fn a_ceiling_of_nothing_is_refused() {
        let brief = Brief {
            price_ceiling: Some(Money::from_cents(0, Currency::Eur)),
            ..Brief::default()
        };
        assert!(matches!(
            brief.validate(),
            Err(ValidationError::OutOfRange {
                field: Field::PriceCeiling,
                ..
            })
        ));
    }

    #[test]
    fn no_creators_and_no_market_is_an_empty_pool() {
        let brief = Brief {
            use_market: false,
            ..Brief::default()
        };
        let d = decide(&brief, &Assumptions::default(), &[]).unwrap();
        assert_eq!(d.state, DecisionState::Empty);
    }

    #[test]
    fn factors_one_at_a_time_equal_the_whole_decision() {
        let brief = Brief {
            budget: Money::from_major(20_000, Currency::Eur),
            ..Brief::default()
        };
        let a = Assumptions::default();
        let whole = decide(&brief, &a, &[]).unwrap();
        let now = decide_now(&brief, &a, &[]).unwrap();
        assert!(now.factors.is_empty());
        assert_eq!(now.plans, whole.plans);
        for effect in &whole.factors {
            let one = factor_effect(&brief, &a, &[], effect.factor, &now.plans)
                .unwrap()
                .unwrap();
            assert_eq!(&one, effect);
        }
    }

    #[test]
    fn curves_built_a_budget_at_a_time_equal_the_whole_curves() {
        let brief = Brief::default();
        let a = Assumptions::default();
        let budgets: Vec<Money> = (0..6)
            .map(|i| Money::from_major(2_000 * i, Currency::Eur))
            .collect();
        let whole = value_curves(&brief, &a, &[], &budgets).unwrap();
        let mut parts = value_curves(&brief, &a, &[], &budgets[..1]).unwrap();
        for b in &budgets[1..] {
            parts.append(value_curves(&brief, &a, &[], &[*b]).unwrap());
        }
        assert_eq!(parts, whole);
    }

    #[test]
    fn verdict_thresholds() {
        let a = Assumptions::default();
        assert_eq!(verdict_for_share(1.0, &a), Verdict::Micro);
        assert_eq!(verdict_for_share(2.0 / 3.0, &a), Verdict::Micro);
        assert_eq!(verdict_for_share(0.5, &a), Verdict::Mix);
        assert_eq!(verdict_for_share(1.0 / 3.0, &a), Verdict::Macro);
        assert_eq!(verdict_for_share(0.0, &a), Verdict::Macro);
    }
}
