//! Scenarios (F5): the same budget as a micro swarm, one macro creator, or a mix.
//!
//! All three spend the brief's budget on the brief's platform, one post per creator (the
//! sources' examples compare single posts), with every input from the defaults table:
//!
//! * **Micro swarm**: as many *typical* micro creators as the budget buys,
//!   `n = ⌊budget ÷ price⌋`, where the typical micro has the geometric mean of the tier's
//!   follower bounds (31,623 by default) and costs the midpoint of the tier's price range
//!   ([`tier`](crate::tier), [`pricing`](crate::pricing)). What is left over stays unspent.
//! * **Single macro**: the largest macro creator the budget buys, priced log-linearly inside
//!   the macro tier ([`largest_affordable`]). Below the tier's lowest price there is no
//!   macro to buy (reach 0); above its highest price the creator is the top of the tier and the
//!   rest stays unspent (buying a mega creator is a different strategy).
//! * **Mix**: the budget split by [`Brief::mix_micro_share`] (exactly, to the cent); the micro
//!   part buys a swarm, the macro part a single macro. If the macro part cannot buy a macro it
//!   stays unspent: moving it to micros would make the mix's reach fall when the budget grows.
//!
//! For each: engaged audience, estimated and effective reach (deduplicated, see
//! [`campaign`](crate::campaign)), CPM, CPE, management hours and cost, risk and long-term value
//! ([`value_over_time`](mod@crate::value_over_time)).
//!
//! **Break-even engagement rate**: the per-follower rate at which the single macro's engaged
//! audience equals the swarm's, `swarm engaged audience ÷ macro followers` (article 000's point:
//! a macro needs an unusually high rate to match a swarm).
//!
//! **Curves** ([`reach_curves`]) repeat the three plans for a list of budgets, for the charts.
//!
//! Invariant (property-tested): for every strategy, a larger budget never gives a smaller
//! engaged audience, estimated reach or effective reach. Integer swarm sizes, the exact budget
//! split and the monotone price search make every step non-decreasing.

use crate::brief::Brief;
use crate::campaign::{CampaignTotals, totals};
use crate::context::Ctx;
use crate::defaults::Assumptions;
use crate::error::{Field, ValidationError};
use crate::ids::id_enum;
use crate::metrics::{CreatorMetrics, compute};
use crate::money::Money;
use crate::pricing::largest_affordable;
use crate::tier::Tier;
use crate::value_over_time::{self, ValueOverTime};

id_enum! {
    /// How the budget is spent.
    pub enum Strategy: "strategy" {
        /// Many typical micro creators.
        MicroSwarm => "micro_swarm",
        /// One macro creator.
        SingleMacro => "single_macro",
        /// A swarm and one macro, split by the brief's mix share.
        Mix => "mix",
    }
}

/// A group of identical creators in a scenario.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LineupEntry {
    /// Their tier.
    pub tier: Tier,
    /// Followers of each.
    pub followers: u64,
    /// Price per post of each, in the brief's currency.
    pub price_per_post: Money,
    /// How many.
    pub count: u64,
}

/// One strategy for one budget.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// The strategy.
    pub strategy: Strategy,
    /// The budget it was given (brief currency).
    pub budget: Money,
    /// Who is bought (micro group first, then the macro, when present).
    pub lineup: Vec<LineupEntry>,
    /// Fees actually spent.
    pub spent: Money,
    /// Budget left over.
    pub unspent: Money,
    /// Totals: reach, costs per result, hours, risk.
    pub totals: CampaignTotals,
    /// Value over the brief's horizon.
    pub value: ValueOverTime,
}

impl Scenario {
    /// Number of micro creators bought.
    #[must_use]
    pub fn micro_creators(&self) -> u64 {
        self.lineup
            .iter()
            .filter(|e| e.tier == Tier::Micro)
            .map(|e| e.count)
            .sum()
    }

    /// The macro creator bought, if any.
    #[must_use]
    pub fn macro_creator(&self) -> Option<&LineupEntry> {
        self.lineup.iter().find(|e| e.tier == Tier::Macro)
    }
}

/// The three strategies side by side for the brief's budget.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The micro swarm.
    pub micro_swarm: Scenario,
    /// The single macro.
    pub single_macro: Scenario,
    /// The mix.
    pub mix: Scenario,
    /// Engagement rate per follower the single macro would need for its engaged audience to
    /// equal the swarm's; `None` when the budget buys no macro. Can exceed 1 (no real creator
    /// could match the swarm).
    pub break_even_engagement_rate: Option<f64>,
}

impl Comparison {
    /// The scenario of `strategy`.
    #[must_use]
    pub fn get(&self, strategy: Strategy) -> &Scenario {
        match strategy {
            Strategy::MicroSwarm => &self.micro_swarm,
            Strategy::SingleMacro => &self.single_macro,
            Strategy::Mix => &self.mix,
        }
    }
}

/// One budget of a reach curve.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CurvePoint {
    /// The budget (brief currency).
    pub budget: Money,
    /// Creators bought.
    pub creators: u64,
    /// Engaged audience ("net reach").
    pub engaged_audience: f64,
    /// Unique estimated reach.
    pub estimated_reach: f64,
    /// Unique effective reach (target region).
    pub effective_reach: f64,
}

/// Reach against budget for each strategy (one point per budget, in the order given).
#[derive(Debug, Clone, PartialEq)]
pub struct ReachCurves {
    /// The micro swarm's curve.
    pub micro_swarm: Vec<CurvePoint>,
    /// The single macro's curve.
    pub single_macro: Vec<CurvePoint>,
    /// The mix's curve.
    pub mix: Vec<CurvePoint>,
}

impl ReachCurves {
    /// The curve of `strategy`.
    #[must_use]
    pub fn get(&self, strategy: Strategy) -> &[CurvePoint] {
        match strategy {
            Strategy::MicroSwarm => &self.micro_swarm,
            Strategy::SingleMacro => &self.single_macro,
            Strategy::Mix => &self.mix,
        }
    }
}

/// Compares the three strategies for the brief's budget.
pub fn compare(brief: &Brief, assumptions: &Assumptions) -> Result<Comparison, ValidationError> {
    let ctx = Ctx::new(brief, assumptions)?;
    let planner = Planner::new(&ctx);
    let budget = brief.budget;
    let swarm = planner.plan(Strategy::MicroSwarm, budget);
    let single = planner.plan(Strategy::SingleMacro, budget);
    let break_even = single
        .macro_
        .as_ref()
        .and_then(|m| break_even_engagement_rate(swarm.totals(&ctx).engaged_audience, m.followers));
    Ok(Comparison {
        micro_swarm: swarm.into_scenario(&ctx),
        single_macro: single.into_scenario(&ctx),
        mix: planner.plan(Strategy::Mix, budget).into_scenario(&ctx),
        break_even_engagement_rate: break_even,
    })
}

/// Reach curves of the three strategies over `budgets` (any currency; converted to the
/// brief's). A negative or too large budget is rejected as [`Field::CurveBudget`].
pub fn reach_curves(
    brief: &Brief,
    assumptions: &Assumptions,
    budgets: &[Money],
) -> Result<ReachCurves, ValidationError> {
    let ctx = Ctx::new(brief, assumptions)?;
    let planner = Planner::new(&ctx);
    let mut curves = ReachCurves {
        micro_swarm: Vec::with_capacity(budgets.len()),
        single_macro: Vec::with_capacity(budgets.len()),
        mix: Vec::with_capacity(budgets.len()),
    };
    for &budget in budgets {
        let budget = ctx.money(budget.validate_input(Field::CurveBudget)?);
        for (strategy, curve) in [
            (Strategy::MicroSwarm, &mut curves.micro_swarm),
            (Strategy::SingleMacro, &mut curves.single_macro),
            (Strategy::Mix, &mut curves.mix),
        ] {
            let t = planner.plan(strategy, budget).totals(&ctx);
            curve.push(CurvePoint {
                budget,
                creators: t.creators,
                engaged_audience: t.engaged_audience,
                estimated_reach: t.estimated_reach.unique,
                effective_reach: t.effective_reach.unique,
            });
        }
    }
    Ok(curves)
}

/// `points` budgets evenly spaced from zero to `max` inclusive (one point: just `max`), for
/// the x-axis of the reach curves. Exact: each is `max × i ÷ (points − 1)` in whole cents.
#[must_use]
pub fn budget_steps(max: Money, points: usize) -> Vec<Money> {
    match points {
        0 => Vec::new(),
        1 => vec![max],
        _ => {
            let last = (points - 1) as i128;
            (0..points)
                .map(|i| {
                    let cents = i128::from(max.cents()) * i as i128 / last;
                    Money::from_cents(i64::try_from(cents).unwrap_or(0), max.currency())
                })
                .collect()
        }
    }
}

/// How many creators at `price` a budget buys; `None` for a zero price or mixed currencies.
#[must_use]
pub fn micro_swarm_size(budget: Money, price: Money) -> Option<u64> {
    (budget.currency() == price.currency() && price.cents() > 0 && budget.cents() >= 0)
        .then(|| (budget.cents() / price.cents()) as u64)
}

/// The engagement rate per follower a creator with `followers` followers needs to reach an
/// engaged audience of `target`; `None` for zero followers or a non-finite target.
#[must_use]
pub fn break_even_engagement_rate(target: f64, followers: u64) -> Option<f64> {
    (followers > 0 && target.is_finite() && target >= 0.0).then(|| target / followers as f64)
}

/// Builds the plans of a validated context; the typical micro is computed once.
pub(crate) struct Planner<'c, 'a> {
    ctx: &'c Ctx<'a>,
    micro: CreatorMetrics,
}

/// What a strategy buys for a budget.
pub(crate) struct Plan {
    strategy: Strategy,
    budget: Money,
    micro: Option<(CreatorMetrics, u64)>,
    pub(crate) macro_: Option<CreatorMetrics>,
}

impl<'c, 'a> Planner<'c, 'a> {
    pub(crate) fn new(ctx: &'c Ctx<'a>) -> Self {
        Planner {
            ctx,
            micro: compute(&ctx.typical(Tier::Micro), ctx),
        }
    }

    /// Price of one typical micro (at least one cent).
    pub(crate) fn micro_price(&self) -> Money {
        self.micro.price_per_post
    }

    /// The lowest price of a macro creator on the brief's platform.
    pub(crate) fn cheapest_macro(&self) -> Money {
        self.ctx
            .price_range(self.ctx.brief.platform, Tier::Macro)
            .low
    }

    pub(crate) fn plan(&self, strategy: Strategy, budget: Money) -> Plan {
        let (micro_budget, macro_budget) = match strategy {
            Strategy::MicroSwarm => (budget, Money::zero(budget.currency())),
            Strategy::SingleMacro => (Money::zero(budget.currency()), budget),
            Strategy::Mix => budget.split(self.ctx.brief.mix_micro_share),
        };
        let price = self.micro.price_per_post.cents().max(1);
        let count = (micro_budget.cents().max(0) / price) as u64;
        Plan {
            strategy,
            budget,
            micro: (count > 0).then(|| (self.micro.clone(), count)),
            macro_: self.macro_for(macro_budget),
        }
    }

    /// The largest macro creator `budget` buys, with its metrics.
    fn macro_for(&self, budget: Money) -> Option<CreatorMetrics> {
        let ctx = self.ctx;
        let range = ctx.price_range(ctx.brief.platform, Tier::Macro);
        let (followers, price) =
            largest_affordable(&range, ctx.a.thresholds.bounds(Tier::Macro), budget)?;
        let mut profile = ctx.typical(Tier::Macro);
        profile.followers = followers;
        profile.price = price;
        Some(compute(&profile, ctx))
    }
}

impl Plan {
    fn groups(&self) -> impl Iterator<Item = (&CreatorMetrics, u64)> + Clone {
        self.micro
            .iter()
            .map(|(m, n)| (m, *n))
            .chain(self.macro_.iter().map(|m| (m, 1)))
    }

    pub(crate) fn totals(&self, ctx: &Ctx<'_>) -> CampaignTotals {
        totals(self.groups(), ctx)
    }

    fn into_scenario(self, ctx: &Ctx<'_>) -> Scenario {
        let t = self.totals(ctx);
        let value = value_over_time::compute(self.groups(), &t, ctx);
        let lineup = self
            .groups()
            .map(|(m, count)| LineupEntry {
                tier: m.tier,
                followers: m.followers,
                price_per_post: m.price_per_post,
                count,
            })
            .collect();
        Scenario {
            strategy: self.strategy,
            budget: self.budget,
            lineup,
            spent: t.cost,
            unspent: self
                .budget
                .checked_sub(t.cost)
                .unwrap_or_else(|| ctx.zero()),
            totals: t,
            value,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;

    #[test]
    fn default_comparison_spends_within_budget() {
        let brief = Brief::default();
        let c = compare(&brief, &Assumptions::default()).unwrap();
        for s in [&c.micro_swarm, &c.single_macro, &c.mix] {
            assert!(s.spent <= brief.budget, "{:?}", s.strategy);
            assert_eq!(s.spent.checked_add(s.unspent), Some(brief.budget));
            assert_eq!(s.value.weeks.len(), brief.horizon_weeks as usize);
        }
        // A micro costs €277.78 ($300 midpoint at 1.08 $/€): €5,000 buys 17 (18 would be
        // €5,000.04).
        assert_eq!(c.micro_swarm.micro_creators(), 17);
        let m = c.single_macro.macro_creator().expect("€5,000 buys a macro");
        assert!((100_000..1_000_000).contains(&m.followers));
        assert_eq!(c.mix.micro_creators(), 8);
        assert!(c.mix.macro_creator().is_some());
        let be = c.break_even_engagement_rate.unwrap();
        let swarm = c.micro_swarm.totals.engaged_audience;
        assert!((be * m.followers as f64 - swarm).abs() < 1e-6 * swarm);
    }

    #[test]
    fn small_budgets_buy_no_macro() {
        let brief = Brief {
            budget: Money::from_major(300, Currency::Eur),
            ..Brief::default()
        };
        let c = compare(&brief, &Assumptions::default()).unwrap();
        assert_eq!(c.single_macro.macro_creator(), None);
        assert_eq!(c.single_macro.totals.effective_reach.unique, 0.0);
        assert_eq!(c.break_even_engagement_rate, None);
        assert_eq!(c.micro_swarm.micro_creators(), 1);
    }

    #[test]
    fn curves_have_one_point_per_budget() {
        let budgets = budget_steps(Money::from_major(20_000, Currency::Eur), 5);
        assert_eq!(
            budgets.iter().map(|b| b.cents() / 100).collect::<Vec<_>>(),
            [0, 5_000, 10_000, 15_000, 20_000]
        );
        let curves = reach_curves(&Brief::default(), &Assumptions::default(), &budgets).unwrap();
        for s in Strategy::ALL.iter().copied() {
            assert_eq!(curves.get(s).len(), 5);
            assert_eq!(curves.get(s)[0].creators, 0);
        }
        // The curve point equals the comparison for the same budget.
        let c = compare(&Brief::default(), &Assumptions::default()).unwrap();
        assert_eq!(
            curves.micro_swarm[1].effective_reach,
            c.micro_swarm.totals.effective_reach.unique
        );
    }

    #[test]
    fn a_negative_curve_budget_is_named() {
        let err = reach_curves(
            &Brief::default(),
            &Assumptions::default(),
            &[Money::from_cents(-1, Currency::Eur)],
        )
        .unwrap_err();
        assert_eq!(err.field(), Field::CurveBudget);
    }

    #[test]
    fn helpers() {
        let eur = |x| Money::from_major(x, Currency::Eur);
        assert_eq!(micro_swarm_size(eur(5_000), eur(500)), Some(10));
        assert_eq!(micro_swarm_size(eur(5_000), eur(0)), None);
        assert_eq!(
            micro_swarm_size(eur(5_000), Money::from_major(1, Currency::Usd)),
            None
        );
        assert_eq!(break_even_engagement_rate(25_000.0, 400_000), Some(0.0625));
        assert_eq!(break_even_engagement_rate(1.0, 0), None);
        assert_eq!(budget_steps(eur(10), 1), [eur(10)]);
        assert!(budget_steps(eur(10), 0).is_empty());
    }
}
