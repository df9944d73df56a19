//! A set of creators taken together: totals, deduplicated reach, costs per result, time, risk.
//!
//! Used for the user's roster ([`campaign_totals`]) and for every scenario. Per-creator figures
//! come from [`metrics`](crate::value::metrics); audiences are combined as described in
//! [`overlap`](crate::value::overlap):
//!
//! * effective reach (inside the target region) is deduplicated by random duplication within
//!   **audience cells**: one cell per platform, and one per platform and niche for creators
//!   whose niche is known, each with the universe of the brief's region and niche on its
//!   platform ([`MarketTable::universe`](crate::market::MarketTable::universe)). Cells are taken as separate audiences (the WFA framework's
//!   generalised mixture model with one cluster per cell); with one cell this
//!   is the plain random-duplication formula;
//! * estimated reach (all regions) has no universe to deduplicate in, so it is summed;
//! * the engaged audience ("net reach") is summed, as the sources sum it (article 000: ten
//!   micros ≈ 25,000).
//!
//! The duplication waste in money is `cost × (gross − unique) ÷ gross` of the effective reach
//! (as in dev.to's audience-overlap example: 200K expected, 120K unique, so
//! $2,400 of $6,000 bought duplicates).
//!
//! Risk is summarised three ways, all in 0–1: brand-risk *exposure* (the reach-weighted mean of
//! the creators' exposure index: the expected share of the campaign's reach tied to a creator
//! who draws negative publicity), *concentration* (the largest single creator's share of the
//! spend: one relationship, one point of failure) and the follower-weighted fake-follower share.
//!
//! Invariants: money totals are exact integer sums, and a total that does not fit is a
//! [`ValidationError::Overflow`], never a saturated number; management cost is computed once
//! from the total hours; every ratio is `None` or finite.

use crate::assumptions::defaults::Assumptions;
use crate::inputs::brief::Brief;
use crate::inputs::creator::Creator;
use crate::inputs::error::{Field, ValidationError};
use crate::inputs::money::Money;
use crate::inputs::platform::Platform;
use crate::value::context::Ctx;
use crate::value::metrics::{CreatorMetrics, resolve_roster};
use crate::value::overlap::{CombinedReach, combine_groups, frequency};

/// Gross and unique reach with the impressions behind them.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ReachTotals {
    /// Sum of the creators' reach.
    pub gross: f64,
    /// People reached at least once.
    pub unique: f64,
    /// Views behind that reach.
    pub impressions: f64,
}

impl ReachTotals {
    /// People counted more than once (`gross − unique`): reach paid for that is not new.
    #[must_use]
    pub fn duplication(&self) -> f64 {
        self.combined().duplication()
    }

    /// Share of the gross reach that is duplication.
    #[must_use]
    pub fn duplication_share(&self) -> f64 {
        self.combined().duplication_share()
    }

    /// Average views per person reached; `None` without reach.
    #[must_use]
    pub fn frequency(&self) -> Option<f64> {
        frequency(self.impressions, self.unique)
    }

    fn combined(&self) -> CombinedReach {
        CombinedReach {
            gross: self.gross,
            unique: self.unique,
        }
    }
}

/// How exposed a set of creators is (each 0–1).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RiskProfile {
    /// Reach-weighted mean brand-risk exposure index.
    pub exposure: f64,
    /// Largest single creator's share of the spend.
    pub concentration: f64,
    /// Follower-weighted fake-follower share.
    pub fake_follower_share: f64,
}

/// Totals of a set of creators.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignTotals {
    /// Number of creators.
    pub creators: u64,
    /// Number of posts.
    pub posts: u64,
    /// Fees.
    pub cost: Money,
    /// Sum of the engaged audiences (the sources' "net reach", summed as they sum it).
    #[doc(alias = "net_reach")]
    pub engaged_audience: f64,
    /// Sum of the real, in-region engaged audiences.
    pub effective_engaged_audience: f64,
    /// Reach in all regions.
    pub estimated_reach: ReachTotals,
    /// Reach inside the target region.
    pub effective_reach: ReachTotals,
    /// Engagements.
    pub engagements: f64,
    /// Estimated clicks.
    pub clicks: f64,
    /// Estimated conversions (code redemptions).
    pub code_redemptions: f64,
    /// Fees per conversion; `None` without conversions.
    pub cost_per_conversion: Option<Money>,
    /// The part of the fees that bought duplicated effective reach.
    pub duplication_waste_cost: Money,
    /// Cost per 1,000 engaged people.
    pub cpm_engaged: Option<Money>,
    /// Cost per 1,000 impressions.
    pub cpm: Option<Money>,
    /// Cost per engagement.
    pub cpe: Option<Money>,
    /// Cost per click.
    pub cpc: Option<Money>,
    /// Earned media value.
    pub emv: Money,
    /// Management hours.
    pub management_hours: f64,
    /// Cost of the management hours.
    pub management_cost: Money,
    /// The hours fit the brief's management capacity.
    pub within_capacity: bool,
    /// Risk summary.
    pub risk: RiskProfile,
}

impl CampaignTotals {
    /// Fees plus management cost: the fully loaded cost (Influship's yardstick).
    #[must_use]
    pub fn loaded_cost(&self) -> Money {
        self.cost.plus_cents(self.management_cost.cents())
    }
}

/// Totals of a roster for a brief (the roster's creators together).
pub fn campaign_totals(
    roster: &[Creator],
    brief: &Brief,
    assumptions: &Assumptions,
) -> Result<CampaignTotals, ValidationError> {
    let ctx = Ctx::new(brief, assumptions)?;
    let metrics = resolve_roster(roster, &ctx)?;
    totals(metrics.iter().map(|m| (m, 1)), &ctx)
}

/// The audience cell of a creator: its platform, and its niche when known.
pub(crate) fn cell_key(m: &CreatorMetrics) -> CellKey<'_> {
    (m.platform, m.niche.as_deref())
}

/// An audience cell's key: the platform, and the niche when known.
pub(crate) type CellKey<'k> = (Platform, Option<&'k str>);

/// Unique reach of groups `(reach, count, cell)`: random duplication inside each cell (a cell on
/// platform `p` has the universe `universe(p)`), cells added up.
pub(crate) fn unique_by_cell<'k>(
    groups: impl Iterator<Item = (f64, u64, CellKey<'k>)>,
    universe: impl Fn(Platform) -> f64,
) -> CombinedReach {
    // Cells and their `(reach, count)` groups; few cells, so a list beats a map.
    let mut cells: Vec<(CellKey<'k>, Vec<(f64, f64)>)> = Vec::new();
    for (reach, n, key) in groups {
        match cells.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push((reach, n as f64)),
            None => cells.push((key, vec![(reach, n as f64)])),
        }
    }
    cells
        .into_iter()
        .fold(CombinedReach::default(), |acc, ((platform, _), list)| {
            let c = combine_groups(list, Some(universe(platform)), 0.0);
            CombinedReach {
                gross: acc.gross + c.gross,
                unique: acc.unique + c.unique,
            }
        })
}

/// Totals of groups of identical creators `(metrics, how many)`; an overflowing money total is
/// an error.
pub(crate) fn totals<'m, I>(groups: I, ctx: &Ctx<'_>) -> Result<CampaignTotals, ValidationError>
where
    I: Iterator<Item = (&'m CreatorMetrics, u64)> + Clone,
{
    let currency = ctx.currency();
    let overflow = ValidationError::Overflow {
        field: Field::MoneyTotal,
    };
    let mut creators = 0_u64;
    let mut posts = 0_u64;
    let mut cost_cents: i128 = 0;
    let mut emv_cents: i128 = 0;
    let mut largest_cost = 0_i64;
    let mut engaged = 0.0;
    let mut effective_engaged = 0.0;
    let mut engagements = 0.0;
    let mut clicks = 0.0;
    let mut redemptions = 0.0;
    let mut impressions = 0.0;
    let mut effective_impressions = 0.0;
    let mut hours = 0.0;
    let mut exposure_weighted = 0.0;
    let mut exposure_plain = 0.0;
    let mut followers = 0.0;
    let mut fake_weighted = 0.0;

    for (m, n) in groups.clone() {
        let count = n as f64;
        creators = creators.saturating_add(n);
        posts = posts.saturating_add(n.saturating_mul(u64::from(m.posts)));
        cost_cents += i128::from(m.cost.cents()) * i128::from(n);
        emv_cents += i128::from(m.emv.cents()) * i128::from(n);
        if n > 0 {
            largest_cost = largest_cost.max(m.cost.cents());
        }
        engaged += count * m.engaged_audience;
        effective_engaged += count * m.effective_engaged_audience;
        engagements += count * m.engagements;
        clicks += count * m.clicks;
        redemptions += count * m.code_redemptions;
        impressions += count * m.impressions;
        effective_impressions += count * m.impressions * m.target_region_share;
        hours += count * m.management_hours;
        exposure_weighted += count * m.estimated_reach * m.backlash_exposure;
        exposure_plain += count * m.backlash_exposure;
        followers += count * m.followers as f64;
        fake_weighted += count * m.followers as f64 * m.fake_follower_share;
    }

    let to_money = |cents: i128| {
        i64::try_from(cents)
            .map(|c| Money::from_cents(c, currency))
            .map_err(|_| overflow.clone())
    };
    let cost = to_money(cost_cents)?;
    let emv = to_money(emv_cents)?;
    let effective = unique_by_cell(
        groups
            .clone()
            .map(|(m, n)| (m.effective_reach, n, cell_key(m))),
        |platform| ctx.universe(platform),
    );
    let estimated = combine_groups(
        groups.map(|(m, n)| (m.estimated_reach, n as f64)),
        None,
        0.0,
    );

    let exposure = if estimated.gross > 0.0 {
        exposure_weighted / estimated.gross
    } else if creators > 0 {
        exposure_plain / creators as f64
    } else {
        0.0
    };
    let concentration = if cost.cents() > 0 {
        largest_cost as f64 / cost.cents() as f64
    } else {
        0.0
    };
    let management_cost = ctx.hourly_cost().scale(hours);

    Ok(CampaignTotals {
        creators,
        posts,
        cost,
        engaged_audience: engaged,
        effective_engaged_audience: effective_engaged,
        estimated_reach: ReachTotals {
            gross: estimated.gross,
            unique: estimated.unique,
            impressions,
        },
        effective_reach: ReachTotals {
            gross: effective.gross,
            unique: effective.unique,
            impressions: effective_impressions,
        },
        engagements,
        clicks,
        code_redemptions: redemptions,
        cost_per_conversion: cost.per(redemptions),
        duplication_waste_cost: cost.scale(effective.duplication_share()),
        cpm_engaged: cost.per(engaged / 1_000.0),
        cpm: cost.per(impressions / 1_000.0),
        cpe: cost.per(engagements),
        cpc: cost.per(clicks),
        emv,
        management_hours: hours,
        management_cost,
        within_capacity: hours <= ctx.brief.management_capacity_hours,
        risk: RiskProfile {
            exposure,
            concentration: concentration.clamp(0.0, 1.0),
            fake_follower_share: if followers > 0.0 {
                fake_weighted / followers
            } else {
                0.0
            },
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::creator::EngagementRate;
    use crate::inputs::money::Currency;
    use crate::inputs::platform::Platform;

    fn creator(followers: u64, rate: f64, price: i64) -> Creator {
        Creator::new(Platform::Instagram, followers)
            .with_engagement(EngagementRate::per_follower(rate))
            .with_price(Money::from_major(price, Currency::Eur))
            .with_target_region_share(1.0)
    }

    #[test]
    fn totals_add_fees_and_engaged_audiences() {
        let roster = [creator(50_000, 0.12, 1_000), creator(500_000, 0.01, 4_000)];
        let t = campaign_totals(&roster, &Brief::default(), &Assumptions::default()).unwrap();
        assert_eq!(t.creators, 2);
        assert_eq!(t.cost, Money::from_major(5_000, Currency::Eur));
        assert!((t.engaged_audience - 11_000.0).abs() < 1e-9);
        assert!(t.effective_reach.unique <= t.effective_reach.gross);
        assert!((t.risk.concentration - 0.8).abs() < 1e-12);
        // 11,000 engaged for €5,000: €454.55 per thousand.
        assert_eq!(
            t.cpm_engaged,
            Some(Money::from_cents(45_455, Currency::Eur))
        );
        // Micro 4 h + 1 h per post, macro 6 h + 1 h: 12 h at €50.
        assert!((t.management_hours - 12.0).abs() < 1e-12);
        assert_eq!(t.management_cost, Money::from_major(600, Currency::Eur));
        assert!(t.within_capacity);
    }

    #[test]
    fn creators_of_different_niches_do_not_overlap() {
        let mut table = Assumptions::default();
        // A universe of 20,000 people: the Netherlands' Instagram users in a tiny niche.
        table
            .market
            .niche_share
            .get_mut(crate::inputs::brief::NicheDepth::Focused)
            .set(20_000.0 / 11.9e6);
        let mut a = creator(100_000, 0.02, 1_000);
        let mut b = a.clone();
        let same = campaign_totals(&[a.clone(), b.clone()], &Brief::default(), &table).unwrap();
        a.niche = Some("Running".into());
        b.niche = Some("baking".into());
        let apart = campaign_totals(&[a, b], &Brief::default(), &table).unwrap();
        assert!(apart.effective_reach.unique > same.effective_reach.unique);
        // Apart, each fills its own cell: twice the unique reach of one creator alone.
        let one =
            campaign_totals(&[creator(100_000, 0.02, 1_000)], &Brief::default(), &table).unwrap();
        assert!((apart.effective_reach.unique - 2.0 * one.effective_reach.unique).abs() < 1e-6);
    }

    #[test]
    fn money_totals_that_overflow_are_an_error() {
        // Engine review §7: 100 creators at the highest price × 1,000 posts used to saturate.
        let c = Creator::new(Platform::Instagram, 50_000)
            .with_price(Money::from_cents(Money::MAX_INPUT_CENTS, Currency::Eur))
            .with_posts(crate::inputs::creator::MAX_POSTS);
        let roster = vec![c; 100];
        let err = campaign_totals(&roster, &Brief::default(), &Assumptions::default()).unwrap_err();
        assert_eq!(err.kind(), "overflow");
        assert_eq!(err.field(), Field::MoneyTotal);
    }

    #[test]
    fn an_empty_roster_has_zero_totals_and_no_ratios() {
        let t = campaign_totals(&[], &Brief::default(), &Assumptions::default()).unwrap();
        assert_eq!(t.creators, 0);
        assert!(t.cost.is_zero());
        assert_eq!(
            (t.cpm, t.cpe, t.cpc, t.cpm_engaged),
            (None, None, None, None)
        );
        assert_eq!(t.risk, RiskProfile::default());
        assert_eq!(t.effective_reach.frequency(), None);
    }

    #[test]
    fn duplicated_reach_is_costed() {
        // Two identical creators filling most of a small universe.
        let mut table = Assumptions::default();
        // A universe of 20,000 people: the Netherlands' Instagram users in a tiny niche.
        table
            .market
            .niche_share
            .get_mut(crate::inputs::brief::NicheDepth::Focused)
            .set(20_000.0 / 11.9e6);
        let roster = [creator(100_000, 0.02, 1_000), creator(100_000, 0.02, 1_000)];
        let t = campaign_totals(&roster, &Brief::default(), &table).unwrap();
        let share = t.effective_reach.duplication_share();
        assert!(share > 0.0);
        assert_eq!(
            t.duplication_waste_cost,
            Money::from_major(2_000, Currency::Eur).scale(share)
        );
    }
}
