//! Your plan and the advice: the creators the user decided to hire, evaluated exactly as they
//! are, the best plans the optimiser finds beside it, and the few changes that close most of
//! the gap.
//!
//! * **Your plan** is every creator of the roster with [`Creator::planned`] above 0 (and not
//!   excluded), `planned` copies each: all hired, whatever the budget and the team's hours say.
//!   Its figures are those of exactly these creators; over the budget shows as a negative
//!   [`Plan::unspent`]. It is not optimised, so it carries no certificate
//!   ([`Plan::bound`] is 1 and [`Plan::proven`] false by convention).
//! * **The best from your own creators** ([`Advice::best_own`]): the optimiser over the roster
//!   (your plan and the candidates), without the typical creators of the market.
//! * **The best with the market**: the decision's free plan.
//! * **The gap** ([`Advice::gap_to`]): how much more value a best plan has, relative to yours
//!   (`best ÷ yours − 1`, never below 0).
//! * **Changes** ([`Advice::changes`]): single moves from your plan toward the two best plans,
//!   each worked out from your plan as it is, so each can be adopted on its own:
//!   * *add* a creator of a best plan that yours lacks (as many copies of a typical creator as
//!     the best plan hires, or as fit in the budget left);
//!   * *swap* one of your creators for one of theirs (the fee freed pays for it);
//!   * *drop* one of your creators: offered when your plan is over budget, or when the creator
//!     adds next to nothing (below [`DROP_LOSS`] of the value) for its fee.
//!
//!   Within budget a move must stay within it and gain at least [`MIN_GAIN`] of your plan's
//!   value; over budget a move must cut the spend, and those that bring the plan within the
//!   budget come first, then by value lost per euro saved. Pinned creators are never dropped or
//!   swapped out. The best [`MAX_CHANGES`] moves that touch distinct creators and differ in
//!   outcome are kept, largest gain first (of several alike creators, one stands for all).
//!
//! Invariants (tested): every change's `value` and `spent` are those of your plan with the
//! change applied (the value by the model's exact value); a change of a plan within the budget keeps
//! it within the budget; no change touches a pinned creator.

use crate::decision::decide::{Pick, Plan, Strategy};
use crate::inputs::creator::Creator;
use crate::inputs::error::{Field, ValidationError};
use crate::inputs::ids::id_enum;
use crate::inputs::money::Money;
use crate::order::sort_by;
use crate::value::context::Ctx;
use crate::value::model::{Item, Model};
use crate::value::pool::{Origin, Pool};

/// At most this many changes are offered.
pub const MAX_CHANGES: usize = 4;

/// A change that adds or swaps must gain at least this share of your plan's value.
pub const MIN_GAIN: f64 = 0.005;

/// A creator whose removal loses less than this share of your plan's value is offered as a
/// drop even within the budget (its fee buys next to nothing).
pub const DROP_LOSS: f64 = 0.001;

/// Up to this many creators in your plan, swaps are tried (each pair is one evaluation).
pub const SWAP_PLAN_LIMIT: usize = 200;

id_enum! {
    /// What a change does to your plan.
    pub enum ChangeKind: "change" {
        /// Replace one of your creators with another.
        Swap => "swap",
        /// Add a creator.
        Add => "add",
        /// Remove one of your creators.
        Drop => "drop",
    }
}

/// One change to your plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    /// Swap, add or drop.
    pub kind: ChangeKind,
    /// The candidate of your plan it removes (all its copies), for a swap or a drop.
    pub drop: Option<usize>,
    /// The candidate it adds and how many copies, for a swap or an add.
    pub add: Option<Pick>,
    /// Your plan's value after the change.
    pub value: f64,
    /// Your plan's fees after the change.
    pub spent: Money,
    /// `value ÷ your plan's value − 1` (negative for a drop that costs value); `None` when
    /// your plan has no value yet.
    pub gain: Option<f64>,
}

/// Your plan, the best from your own creators, and the changes toward the best plans.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    /// Your plan: every creator the user decided to hire (see the [module docs](self)).
    pub yours: Plan,
    /// The optimiser's best from the user's own creators only (the roster and the plan).
    pub best_own: Plan,
    /// The changes, best first.
    pub changes: Vec<Change>,
}

impl Advice {
    /// How much more value `best` has than your plan, relative to yours (`≥ 0`); `None` when
    /// your plan has no value (nothing hired, or nothing of value).
    #[must_use]
    pub fn gap_to(&self, best: &Plan) -> Option<f64> {
        gap(self.yours.value, best.value)
    }
}

fn gap(yours: f64, best: f64) -> Option<f64> {
    (yours > 0.0).then(|| (best / yours - 1.0).max(0.0))
}

/// Copies of each candidate in the user's plan (indexed like the pool).
pub(crate) fn planned_counts(pool: &Pool, roster: &[Creator]) -> Vec<u64> {
    pool.candidates
        .iter()
        .map(|c| match c.origin {
            Origin::Roster(i) => roster.get(i).map_or(0, |r| u64::from(r.planned)),
            Origin::Typical { .. } => 0,
        })
        .collect()
}

/// Which candidates the best plan from the user's own creators may use.
pub(crate) fn own_only(pool: &Pool) -> Vec<bool> {
    pool.candidates
        .iter()
        .map(|c| !c.origin.is_typical())
        .collect()
}

/// Fees of `picks`, in cents; an overflow is an error, not a saturated figure.
pub(crate) fn fees(items: &[Item], picks: &[(usize, u64)]) -> Result<i64, ValidationError> {
    let overflow = ValidationError::Overflow {
        field: Field::MoneyTotal,
    };
    picks.iter().try_fold(0_i64, |sum, &(i, n)| {
        let n = i64::try_from(n).map_err(|_| overflow.clone())?;
        items[i]
            .cost
            .checked_mul(n)
            .and_then(|c| sum.checked_add(c))
            .ok_or_else(|| overflow.clone())
    })
}

/// A move under evaluation: drop a candidate, add copies of one, or both.
#[derive(Clone, Copy)]
struct Move {
    drop: Option<usize>,
    add: Option<(usize, u64)>,
    value: f64,
    spent: i64,
}

/// The changes toward `targets` (the best plans) from your plan `yours` (candidate, copies).
pub(crate) fn changes(
    ctx: &Ctx<'_>,
    items: &[Item],
    model: &Model,
    yours: &[(usize, u64)],
    targets: &[&Plan],
) -> Vec<Change> {
    let budget = ctx.brief.budget.cents();
    let Ok(spent) = fees(items, yours) else {
        return Vec::new();
    };
    let value = model.value_of(items, yours.iter().copied());
    let over = spent > budget;
    let have = |i: usize| yours.iter().find(|(j, _)| *j == i).map_or(0, |(_, n)| *n);
    // What the best plans hire that yours has fewer of: the most either plan hires.
    let mut wanted: Vec<(usize, u64)> = Vec::new();
    for plan in targets {
        for pick in &plan.picks {
            match wanted.iter_mut().find(|(i, _)| *i == pick.candidate) {
                Some(w) => w.1 = w.1.max(pick.count),
                None => wanted.push((pick.candidate, pick.count)),
            }
        }
    }
    let droppable: Vec<(usize, u64)> = yours
        .iter()
        .copied()
        .filter(|&(i, _)| !items[i].pinned)
        .collect();
    let evaluate = |drop: Option<usize>, add: Option<(usize, u64)>| -> Option<Move> {
        let mut picks: Vec<(usize, u64)> = yours
            .iter()
            .copied()
            .filter(|(i, _)| Some(*i) != drop)
            .collect();
        if let Some((t, k)) = add {
            match picks.iter_mut().find(|(i, _)| *i == t) {
                Some(p) => p.1 += k,
                None => picks.push((t, k)),
            }
        }
        Some(Move {
            drop,
            add,
            value: model.value_of(items, picks.iter().copied()),
            spent: fees(items, &picks).ok()?,
        })
    };
    // As many copies (up to `want`) as `room` cents pay for.
    let fit = |t: usize, want: u64, room: i64| -> u64 {
        let cost = items[t].cost;
        if room < 0 {
            0
        } else if cost <= 0 {
            want
        } else {
            want.min(u64::try_from(room / cost).unwrap_or(0))
        }
    };
    let mut moves = Vec::new();
    for &(t, most) in &wanted {
        let want = most.saturating_sub(have(t));
        if want == 0 {
            continue;
        }
        if !over {
            let k = fit(t, want, budget - spent);
            if k > 0 {
                moves.extend(evaluate(None, Some((t, k))));
            }
        }
        if yours.len() <= SWAP_PLAN_LIMIT {
            for &(d, n) in &droppable {
                if d == t {
                    continue;
                }
                let freed = items[d]
                    .cost
                    .saturating_mul(i64::try_from(n).unwrap_or(i64::MAX));
                let k = fit(t, want, budget.saturating_sub(spent).saturating_add(freed));
                if k > 0 {
                    moves.extend(evaluate(Some(d), Some((t, k))));
                }
            }
        }
    }
    for &(d, _) in &droppable {
        moves.extend(evaluate(Some(d), None));
    }
    let min_gain = MIN_GAIN * value;
    moves.retain(|m| {
        if over {
            m.spent < spent
        } else if m.add.is_some() {
            m.spent <= budget && m.value - value > min_gain.max(1e-9)
        } else {
            m.spent < spent && value - m.value <= DROP_LOSS * value
        }
    });
    if over {
        // Those that bring the plan within budget first, then the least value lost (or the
        // most gained) per cent saved.
        let key = |m: &Move| (m.value - value) / (spent - m.spent) as f64;
        sort_by(&mut moves, |a, b| {
            (b.spent <= budget)
                .cmp(&(a.spent <= budget))
                .then(key(b).total_cmp(&key(a)))
        });
    } else {
        // Gains first, largest first; then the free drops, largest saving first.
        sort_by(&mut moves, |a, b| {
            b.add
                .is_some()
                .cmp(&a.add.is_some())
                .then(b.value.total_cmp(&a.value))
                .then(a.spent.cmp(&b.spent))
        });
    }
    let mut used: Vec<usize> = Vec::new();
    let mut chosen = Vec::new();
    for m in moves {
        let touched = [m.drop, m.add.map(|(t, _)| t)];
        if touched.iter().flatten().any(|i| used.contains(i)) {
            continue;
        }
        // Moves with the same outcome (dropping one of several alike creators) are one choice:
        // the first stands for the others.
        let alike = |c: &Change| {
            c.spent.cents() == m.spent
                && (c.value - m.value).abs() <= 1e-9 * m.value.abs().max(1.0)
                && c.drop.is_some() == m.drop.is_some()
                && c.add.is_some() == m.add.is_some()
        };
        if chosen.iter().any(alike) {
            continue;
        }
        used.extend(touched.iter().flatten());
        chosen.push(Change {
            kind: match (m.drop, m.add) {
                (Some(_), Some(_)) => ChangeKind::Swap,
                (None, _) => ChangeKind::Add,
                (Some(_), None) => ChangeKind::Drop,
            },
            drop: m.drop,
            add: m.add.map(|(candidate, count)| Pick { candidate, count }),
            value: m.value,
            spent: Money::from_cents(m.spent, ctx.currency()),
            gain: (value > 0.0).then(|| m.value / value - 1.0),
        });
        if chosen.len() == MAX_CHANGES {
            break;
        }
    }
    chosen
}

/// Your plan's picks (candidate, copies) from the planned counts; excluded creators are not
/// in the pool, so never in the plan.
pub(crate) fn your_picks(counts: &[u64]) -> Vec<(usize, u64)> {
    counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(i, &n)| (i, n))
        .collect()
}

/// The strategy your plan is labelled with: it may use any creator.
pub(crate) const YOURS: Strategy = Strategy::Free;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assumptions::defaults::Assumptions;
    use crate::decision::decide::decide;
    use crate::inputs::brief::{Brief, Objective};
    use crate::inputs::creator::Choice;
    use crate::inputs::money::Currency;
    use crate::inputs::platform::Platform;

    fn usd(major: i64) -> Money {
        Money::from_major(major, Currency::Usd)
    }

    fn brief(budget: i64) -> Brief {
        Brief {
            budget: usd(budget),
            // A team that limits its hours to 40: the optimiser is held to them, your plan not.
            management_capacity_hours: 40.0,
            use_market: false,
            objective: Objective::Community,
            ..Brief::default()
        }
    }

    fn micro(price: i64) -> Creator {
        Creator::new(Platform::Instagram, 50_000)
            .with_engagement(crate::EngagementRate::per_follower(0.05))
            .with_price(usd(price))
    }

    #[test]
    fn your_plan_hires_every_planned_creator_whatever_the_hours_say() {
        // Article 000's ten micros of 50k at 5 % for $500 each: a team limited to 40 hours
        // would let the optimiser take eight of them; your plan hires all ten.
        let roster: Vec<Creator> = (0..10).map(|_| micro(500).with_planned(1)).collect();
        let d = decide(&brief(5_000), &Assumptions::default(), &roster).unwrap();
        let yours = &d.advice.yours;
        assert_eq!(yours.creators(), 10);
        assert_eq!(yours.spent, usd(5_000));
        assert_eq!(yours.unspent, usd(0));
        assert!((yours.totals.engaged_audience - 25_000.0).abs() < 1e-6);
        assert!(d.free().creators() < 10, "the hours limit the optimiser");
        assert_eq!(d.advice.gap_to(d.free()), Some(0.0));
    }

    #[test]
    fn a_plan_over_budget_says_by_how_much_and_the_changes_cut_it() {
        let roster: Vec<Creator> = (0..3).map(|_| micro(500).with_planned(1)).collect();
        let d = decide(&brief(1_000), &Assumptions::default(), &roster).unwrap();
        assert_eq!(d.advice.yours.spent, usd(1_500));
        assert_eq!(d.advice.yours.unspent, usd(-500));
        let first = d
            .advice
            .changes
            .first()
            .expect("a change to get within budget");
        assert_eq!(first.kind, ChangeKind::Drop);
        assert!(first.spent <= usd(1_000));
        assert!(first.gain.unwrap() < 0.0, "dropping costs value");
        // Three alike creators: dropping any of them is one choice, offered once.
        assert_eq!(d.advice.changes.len(), 1, "{:?}", d.advice.changes);
    }

    #[test]
    fn candidates_are_not_your_plan_and_the_advice_adds_the_best_of_them() {
        // One planned creator, two candidates of which one is far better per dollar.
        let roster = vec![
            Creator::new(Platform::Instagram, 20_000)
                .with_price(usd(800))
                .with_planned(1),
            Creator::new(Platform::Instagram, 60_000).with_price(usd(400)),
            Creator::new(Platform::Instagram, 15_000).with_price(usd(900)),
        ];
        let d = decide(&brief(1_000), &Assumptions::default(), &roster).unwrap();
        assert_eq!(d.advice.yours.creators(), 1);
        assert_eq!(d.advice.yours.picks[0].candidate, 0);
        let gap = d.advice.gap_to(d.free()).unwrap();
        assert!(gap > 0.0);
        let swap = d.advice.changes[0];
        assert_eq!(swap.kind, ChangeKind::Swap);
        assert_eq!(swap.drop, Some(0));
        assert_eq!(swap.add.map(|p| p.candidate), Some(1));
        assert!(swap.spent <= usd(1_000));
        // The change is exactly your plan with it applied.
        let adopted = vec![
            roster[0].clone().with_planned(0),
            roster[1].clone().with_planned(1),
            roster[2].clone(),
        ];
        let after = decide(&brief(1_000), &Assumptions::default(), &adopted).unwrap();
        assert!((after.advice.yours.value - swap.value).abs() < 1e-9 * swap.value);
        assert_eq!(after.advice.yours.spent, swap.spent);
        assert!(
            swap.gain.unwrap() >= gap - 1e-12 || after.advice.gap_to(after.free()) == Some(0.0)
        );
    }

    #[test]
    fn pinned_creators_are_never_dropped_or_swapped() {
        let roster: Vec<Creator> = (0..3)
            .map(|_| micro(500).with_planned(1).with_choice(Choice::Pinned))
            .collect();
        let d = decide(&brief(1_000), &Assumptions::default(), &roster).unwrap();
        assert!(d.advice.changes.iter().all(|c| c.drop.is_none()));
    }

    #[test]
    fn with_the_market_the_advice_can_add_typical_creators_in_numbers() {
        let brief = Brief {
            budget: usd(5_000),
            ..Brief::default()
        };
        let roster = vec![micro(500).with_planned(1)];
        let d = decide(&brief, &Assumptions::default(), &roster).unwrap();
        assert_eq!(d.advice.yours.creators(), 1);
        let typical_add = d.advice.changes.iter().find_map(|c| {
            c.add
                .filter(|p| d.pool.candidates[p.candidate].origin.is_typical())
        });
        let add = typical_add.expect("the market offers typical creators");
        assert!(add.count >= 1);
        for c in &d.advice.changes {
            assert!(c.spent <= brief.budget, "{c:?}");
            assert!(c.gain.unwrap() > MIN_GAIN);
        }
        // Without a plan there is no value to compare with.
        let none = decide(&brief, &Assumptions::default(), &[micro(500)]).unwrap();
        assert_eq!(none.advice.yours.creators(), 0);
        assert_eq!(none.advice.gap_to(none.free()), None);
    }
}
