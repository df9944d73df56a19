//! Worth buying: a plan buys a creator only while what it adds is worth what it costs.
//!
//! Three rules, by objective:
//!
//! * **Profit** (conversion with an order value and a margin): a creator whose orders' gross
//!   profit does not cover its fee and the team's time (hours × hourly cost) is not bought
//!   ([`worthy`]); budget left for that reason is "not worth it at this price".
//! * **A reference price** (community): a copy is kept only while an engaged person it adds
//!   costs no more than an engagement bought on the platform, its earned-media rate per
//!   engagement ([`Assumptions::emv`](crate::Assumptions::emv), sourced and editable): the
//!   value per euro must be at least `1 ÷ reference` ([`reference`]). Budget left for that reason
//!   is "not worth it at this price", with the next engaged person's cost beside the
//!   reference ([`next_best`]).
//! * **Value per euro** (awareness, content, conversion without order value: objectives whose
//!   market price would buy nobody; paid social's CPM is shown beside the plan as a yardstick,
//!   [`paid_social`](crate::market::paid_social)): a copy is kept only while the value it adds
//!   per euro is at least [`Assumptions::efficiency_floor`](crate::Assumptions::efficiency_floor)
//!   `r` of what a euro buys from the best creator the plan may use, on its own.
//!
//! Both floors count a euro of fee or of the team's time (hours × hourly cost) and trim the
//! same way ([`trim`]). A copy's value is what the plan loses without it: `w·U·m·p ÷ (1 − p) + l`
//! for a copy reaching the share `p` of a cell of `U` people of which the share `m` is
//! unreached (`l` its linear value), so a creator whose audience the plan already reaches, or
//! whose audience is barely in the brief's region and niche, falls below the floor. Copies below
//! it are removed, the least valuable per euro first; budget left under the relative floor is
//! "audience saturated".
//!
//! Invariants (tested): trimming never adds a copy, never removes a pin, and leaves every
//! remaining copy within the rule; under a reference, no copy left adds less per euro than the
//! reference allows, whatever the budget.

use crate::inputs::brief::Objective;
use crate::value::context::Ctx;
use crate::value::model::{Item, Model, ValueUnit, order_value};
use crate::value::pool::Pool;

/// Whether each candidate is worth its cost under the profit rule: the gross profit of its
/// orders (its conversions, as the plan's figures count them, × order value × margin) covers
/// its fee and the team's time. Pins always are: the user insists on them.
pub(crate) fn worthy(ctx: &Ctx<'_>, pool: &Pool, items: &[Item]) -> Vec<bool> {
    let per_hour = ctx.hourly_cost().cents() as f64;
    let per_order = order_value(ctx).filter(|_| ctx.brief.objective == Objective::Conversion);
    items
        .iter()
        .zip(&pool.candidates)
        .map(|(item, c)| match per_order {
            None => true,
            Some(per_order) => {
                item.pinned
                    || c.metrics.code_redemptions * per_order * 100.0
                        >= item.cost as f64 + item.hours * per_hour
            }
        })
        .collect()
}

/// What one copy of `i` adds on its own, per cent of its fee.
fn alone_per_cent(items: &[Item], model: &Model, i: usize) -> f64 {
    let it = &items[i];
    let u = model.universes[it.cell];
    let cover = if it.cover > 0.0 {
        model.cover_weight * u * (it.cover / u).min(1.0)
    } else {
        0.0
    };
    (cover + it.linear) / cost_of(model, it)
}

/// A copy's cost in cents: its fee and the team's hours at the hour's cost.
fn cost_of(model: &Model, it: &Item) -> f64 {
    (it.cost as f64 + it.hours * model.hour_cost).max(1.0)
}

/// The value per cent a copy must add to be kept: the floor share of the best that one copy of
/// an `allowed` creator the `budget` (cents) can pay adds on its own. `None` when the rule does
/// not apply.
pub(crate) fn floor(
    ctx: &Ctx<'_>,
    items: &[Item],
    model: &Model,
    allowed: &[bool],
    budget: i64,
) -> Option<f64> {
    if let Some(reference) = reference(ctx) {
        return Some(reference);
    }
    if ctx.brief.objective == Objective::Conversion && order_value(ctx).is_some() {
        return None;
    }
    let best = (0..items.len())
        .filter(|&i| allowed[i] && items[i].available > 0 && items[i].cost <= budget)
        .map(|i| alone_per_cent(items, model, i))
        .fold(0.0, f64::max);
    (best > 0.0).then_some(best * ctx.a.efficiency_floor.value)
}

/// The brief's price ceiling ([`Brief::price_ceiling`](crate::Brief::price_ceiling)) as the
/// value per cent a copy must add whatever the plan: [`quoted_value`] per ceiling, in cents of
/// the brief's currency. `None` without a ceiling, or for content, whose value is money.
pub(crate) fn reference(ctx: &Ctx<'_>) -> Option<f64> {
    let ceiling = ctx.cents_f64(ctx.brief.price_ceiling?);
    let quoted = quoted_value(ctx)?;
    (ceiling > 0.0).then(|| quoted / ceiling)
}

/// The value, in the objective's unit, of what a price ceiling is quoted for: 1,000 people
/// reached (as a CPM is), one engaged person, one conversion (its gross profit when the value
/// is money). `None` for content.
pub(crate) fn quoted_value(ctx: &Ctx<'_>) -> Option<f64> {
    match crate::value::model::unit(ctx, ctx.brief.objective) {
        ValueUnit::Money if ctx.brief.objective == Objective::Conversion => order_value(ctx),
        unit => unit.ceiling_units(),
    }
}

/// The most value per cent the next copy of any creator `allowed`, still available and within
/// `budget` cents, would add to `counts`; `None` when there is none.
pub(crate) fn next_best(
    items: &[Item],
    model: &Model,
    allowed: &[bool],
    counts: &[u64],
    budget: i64,
) -> Option<f64> {
    let unreached = model.unreached(items, counts);
    (0..items.len())
        .filter(|&i| allowed[i] && counts[i] < items[i].available && items[i].cost <= budget)
        .map(|i| next_gain(model, &items[i], &unreached) / cost_of(model, &items[i]))
        .reduce(f64::max)
}

/// What one more copy of `it` adds to a plan that leaves the shares `unreached` of the cells
/// unreached.
fn next_gain(model: &Model, it: &Item, unreached: &[f64]) -> f64 {
    let cover = if it.cover > 0.0 {
        let u = model.universes[it.cell];
        model.cover_weight * u * unreached[it.cell] * (it.cover / u).min(1.0)
    } else {
        0.0
    };
    cover + it.linear
}

/// Removes the copies `counts` holds that add less per euro than `floor` (per cent), least
/// valuable per euro first, until every copy left adds at least that; returns whether any was
/// removed. Pins stay.
pub(crate) fn trim(items: &[Item], model: &Model, floor: f64, counts: &mut [u64]) -> bool {
    let mut trimmed = false;
    // Each cell's unreached share.
    let mut m = model.unreached(items, counts);
    loop {
        let removable = |i: usize| counts[i] - u64::from(items[i].pinned && counts[i] > 0);
        // What the last copy of `i` adds, per cent of its fee.
        let last = |i: usize, m: &[f64]| {
            let it = &items[i];
            let u = model.universes[it.cell];
            let p = (it.cover / u).min(1.0);
            let cover = if it.cover <= 0.0 {
                0.0
            } else if p >= 1.0 {
                f64::INFINITY
            } else {
                model.cover_weight * u * m[it.cell] * p / (1.0 - p)
            };
            (cover + it.linear) / cost_of(model, it)
        };
        let worst = (0..items.len())
            .filter(|&i| removable(i) > 0)
            .map(|i| (i, last(i, &m)))
            .filter(|&(_, v)| v < floor)
            .min_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        let Some((i, _)) = worst else { break };
        let it = &items[i];
        let u = model.universes[it.cell];
        let p = (it.cover / u).min(1.0);
        // Copies to remove: all of a creator whose value does not depend on the others; for a
        // creator of a shared audience, as many as it takes for its last copy to reach the
        // floor (each one removed multiplies the cell's unreached share by 1 / (1 − p)).
        let need = if it.cover <= 0.0 || p <= 0.0 {
            removable(i)
        } else {
            let w_u_p = model.cover_weight * u * p / (1.0 - p);
            let target = (floor * cost_of(model, it) - it.linear) / (w_u_p * m[it.cell]);
            let k = (target.ln() / -(-p).ln_1p()).ceil();
            if k.is_finite() && k >= 1.0 {
                k as u64
            } else {
                1
            }
        };
        counts[i] -= need.min(removable(i)).max(1);
        trimmed = true;
        m = model.unreached(items, counts);
    }
    trimmed
}

/// An upper bound on what creators still above `floor` could add to `counts` within `budget`
/// cents: the fractional knapsack of their next copy's gain, each copy counted at that gain
/// (the gains of further copies are smaller).
pub(crate) fn room_above_floor(
    items: &[Item],
    model: &Model,
    floor: f64,
    allowed: &[bool],
    counts: &[u64],
    budget: i64,
) -> f64 {
    let unreached = model.unreached(items, counts);
    let mut options: Vec<(f64, f64, u64)> = (0..items.len())
        .filter(|&i| allowed[i] && counts[i] < items[i].available)
        .filter_map(|i| {
            let it = &items[i];
            let gain = next_gain(model, it, &unreached);
            // Above the floor by fee and time; within the budget by fee.
            let fee = it.cost.max(1) as f64;
            (gain / cost_of(model, it) >= floor).then_some((
                gain,
                fee,
                items[i].available - counts[i],
            ))
        })
        .collect();
    crate::order::sort_by(&mut options, |a, b| (b.0 / b.1).total_cmp(&(a.0 / a.1)));
    let mut room = budget.max(0) as f64;
    let mut total = 0.0;
    for (gain, cost, copies) in options {
        if room <= 0.0 {
            break;
        }
        let take = (room / cost).min(copies as f64);
        total += take * gain;
        room -= take * cost;
    }
    total
}

/// The items a plan may use: its side's, worth their cost; and those declined for their cost.
pub(crate) fn usable(
    ctx: &Ctx<'_>,
    (pool, items): (&Pool, &[Item]),
    model: &Model,
    side: Vec<bool>,
    budget: i64,
) -> (Vec<bool>, Vec<bool>) {
    let mut worthy = worthy(ctx, pool, items);
    // A creator whose value does not depend on the others (no shared audience) is below the
    // value-per-euro floor whatever the plan: left out before the optimiser runs, so the budget
    // goes to creators above it.
    if let Some(floor) = floor(ctx, items, model, &side, budget) {
        for (i, w) in worthy.iter_mut().enumerate() {
            let it = &items[i];
            let cost = (it.cost as f64 + it.hours * model.hour_cost).max(1.0);
            if it.cover <= 0.0 && !it.pinned && it.linear / cost < floor {
                *w = false;
            }
        }
    }
    let allowed = side.iter().zip(&worthy).map(|(s, w)| *s && *w).collect();
    let declined = side.iter().zip(&worthy).map(|(s, w)| *s && !*w).collect();
    (allowed, declined)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assumptions::defaults::Assumptions;
    use crate::inputs::brief::Brief;
    use crate::inputs::tier::Side;

    fn item(cover: f64, cost: i64, available: u64) -> Item {
        Item {
            cell: 0,
            cover,
            linear: 0.0,
            cost,
            hours: 0.0,
            available,
            side: Side::Micro,
            pinned: false,
        }
    }

    #[test]
    fn copies_below_the_floor_go_and_the_rest_keep_it() {
        let model = Model {
            universes: vec![10_000.0],
            cover_weight: 1.0,
            hour_cost: 0.0,
        };
        // Copies reaching 10 % and 20 % of the cell each: 40 and 10 of them leave 0.2 %
        // unreached, so the last copies add almost nothing.
        let items = [item(1_000.0, 100, 1_000), item(2_000.0, 150, 1_000)];
        let floor = 0.25 * (2_000.0 / 150.0);
        let mut counts = vec![40, 10];
        assert!(trim(&items, &model, floor, &mut counts));
        let missed = (0.9f64.ln() * counts[0] as f64 + 0.8f64.ln() * counts[1] as f64).exp();
        for (i, p, cost) in [(0, 0.1, 100.0), (1, 0.2, 150.0)] {
            if counts[i] > 0 {
                let last = 10_000.0 * missed * p / (1.0 - p) / cost;
                assert!(last >= floor - 1e-9, "{counts:?}: {last} < {floor}");
            }
        }
        // A plan well above the floor is left alone.
        let mut few = vec![2, 1];
        assert!(!trim(&items, &model, floor, &mut few));
        assert_eq!(few, vec![2, 1]);
    }

    #[test]
    fn the_floor_is_a_share_of_the_best_buy_and_profit_briefs_have_none() {
        let a = Assumptions::default();
        let brief = Brief::default();
        let ctx = Ctx::new(&brief, &a).unwrap();
        let model = Model {
            universes: vec![10_000.0],
            cover_weight: 1.0,
            hour_cost: 0.0,
        };
        let items = [item(1_000.0, 100, 1), item(2_000.0, 400, 1)];
        let f = floor(&ctx, &items, &model, &[true, true], 1_000).unwrap();
        // A creator the budget cannot pay sets no floor.
        let g = floor(&ctx, &items, &model, &[true, true], 200).unwrap();
        assert!((g - f).abs() < 1e-12);
        let dear = [item(1_000.0, 100_000, 1), item(2_000.0, 400, 1)];
        let h = floor(&ctx, &dear, &model, &[true, true], 1_000).unwrap();
        assert!((h - a.efficiency_floor.value * 5.0).abs() < 1e-12);
        assert!((f - a.efficiency_floor.value * 10.0).abs() < 1e-12);
        let profit = Brief {
            objective: Objective::Conversion,
            aov: Some(crate::inputs::money::Money::from_major(
                50,
                crate::inputs::money::Currency::Eur,
            )),
            margin: Some(0.4),
            ..Brief::default()
        };
        let ctx = Ctx::new(&profit, &a).unwrap();
        assert_eq!(floor(&ctx, &items, &model, &[true, true], 1_000), None);
    }

    #[test]
    fn a_pin_is_never_trimmed() {
        let model = Model {
            universes: vec![1_000.0],
            cover_weight: 1.0,
            hour_cost: 0.0,
        };
        let mut pinned = item(990.0, 100, 1);
        pinned.pinned = true;
        let items = [pinned, item(990.0, 100, 1)];
        let mut counts = vec![1, 1];
        trim(&items, &model, 0.5, &mut counts);
        assert_eq!(counts[0], 1);
        assert_eq!(counts[1], 0);
    }
}
