//! Long-term value: what a campaign is worth week by week over the brief's horizon.
//!
//! Article 004 argues that brands judge campaigns by short-term numbers (clicks, direct sales,
//! discount-code redemptions) and miss what lasts: awareness, trust, an engaged community, and
//! content that "keeps delivering for weeks to months"; a macro post "fades fast" and its
//! content often cannot be reused. The model makes those claims explicit and editable:
//!
//! * **Engagement decays by tier.** A post's engagements (and with them its media value, EMV)
//!   arrive over the weeks after posting. With weekly retention `r` (the share of a week's
//!   engagement that carries into the next; [`Assumptions::weekly_retention`]), the share
//!   arriving in week `w` (1-based) is `(1 − r) · r^(w−1)`, so by the end of week `w` a share
//!   `1 − r^w` has arrived. Micro content lingers (`r` = 0.35), macro fades fast (0.15).
//! * **Reusable content keeps value**: each post becomes an asset worth
//!   [`Assumptions::content_asset_value`] for its tier times the share the brand can use (the
//!   tier's [`Assumptions::content_reuse_share`] with usage rights, the
//!   [`Assumptions::no_rights_content_share`] without), earned linearly over
//!   [`Assumptions::content_life_weeks`] (value to week `w` = `value · min(w, L) / L`).
//! * **KPIs side by side.** Short term: clicks, code redemptions and the first week's value.
//!   Long term: awareness (unique people reached in the target region), the engaged community
//!   (real, in-region people who engaged), the content library and the value over the horizon.
//!
//! All weekly assumptions are ours (see [`defaults`](crate::assumptions::defaults)); the shape follows
//! article 004. Values are equivalent media cost and content cost, not revenue.
//!
//! Invariants: one [`WeekValue`] per week of the horizon; weekly money values add up exactly
//! to the cumulative value (cumulative figures are rounded to the cent per tier, then
//! differenced); cumulative value never falls.

use crate::assumptions::defaults::Assumptions;
use crate::inputs::brief::Brief;
use crate::inputs::creator::Creator;
use crate::inputs::error::ValidationError;
use crate::inputs::money::{Money, round_cents};
use crate::inputs::table::PerTier;
use crate::inputs::tier::Tier;
use crate::value::campaign::{CampaignTotals, totals};
use crate::value::context::Ctx;
use crate::value::metrics::{CreatorMetrics, resolve_roster};

/// Value arriving in one week.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WeekValue {
    /// Week number, starting at 1 (the week of the posts).
    pub week: u32,
    /// Engagements arriving this week.
    pub engagements: f64,
    /// Earned media value arriving this week.
    pub media_value: Money,
    /// Content-library value earned this week.
    pub content_value: Money,
    /// `media_value + content_value`.
    pub total_value: Money,
    /// Total value up to and including this week.
    pub cumulative_value: Money,
}

/// Short-term KPIs: what a dashboard shows the week after posting.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShortTermKpis {
    /// Estimated clicks.
    pub clicks: f64,
    /// Estimated code redemptions.
    pub code_redemptions: f64,
    /// Value arriving in week 1.
    pub first_week_value: Money,
    /// Fees per click.
    pub cost_per_click: Option<Money>,
    /// Fees per code redemption.
    pub cost_per_redemption: Option<Money>,
}

/// Long-term KPIs: what stays after the campaign.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LongTermKpis {
    /// Unique people reached in the target region.
    pub awareness: f64,
    /// Real, in-region people who engaged.
    pub engaged_community: f64,
    /// Reusable assets (posts with usage rights).
    pub content_assets: u64,
    /// Content-library value earned over the horizon.
    pub content_library_value: Money,
    /// Earned media value arriving over the horizon.
    pub media_value: Money,
    /// All value over the horizon.
    pub total_value: Money,
    /// Share of the horizon's value that arrives after week 1 (0–1).
    pub share_after_first_week: f64,
    /// Total value per unit of fees; `None` when nothing was spent.
    pub value_per_cost: Option<f64>,
}

/// Value over time with both KPI summaries.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueOverTime {
    /// One entry per week of the horizon.
    pub weeks: Vec<WeekValue>,
    /// Short-term KPIs.
    pub short_term: ShortTermKpis,
    /// Long-term KPIs.
    pub long_term: LongTermKpis,
}

/// Value over the brief's horizon of a roster's creators.
pub fn value_over_time(
    creators: &[Creator],
    brief: &Brief,
    assumptions: &Assumptions,
) -> Result<ValueOverTime, ValidationError> {
    let ctx = Ctx::new(brief, assumptions)?;
    let metrics = resolve_roster(creators, &ctx)?;
    let groups = metrics.iter().map(|m| (m, 1));
    let t = totals(groups.clone(), &ctx)?;
    Ok(compute(groups, &t, &ctx))
}

/// Share of a post's content value the brand keeps: the tier's reuse share with usage rights
/// (article 004: macro content often cannot be reused), the no-rights share without.
pub(crate) fn content_share(ctx: &Ctx<'_>, tier: Tier) -> f64 {
    if ctx.brief.usage_rights {
        ctx.a.content_reuse_share.get(tier).value
    } else {
        ctx.a.no_rights_content_share.value
    }
}

/// Per tier: everything the weekly model needs, summed over creators.
#[derive(Debug, Clone, Copy, Default)]
struct TierSums {
    emv_cents: f64,
    engagements: f64,
    assets: u64,
}

pub(crate) fn compute<'m>(
    groups: impl Iterator<Item = (&'m CreatorMetrics, u64)>,
    t: &CampaignTotals,
    ctx: &Ctx<'_>,
) -> ValueOverTime {
    let a = ctx.a;
    let mut sums = PerTier::<TierSums>::from_fn(|_| TierSums::default());
    for (m, n) in groups {
        let s = sums.get_mut(m.tier);
        s.emv_cents += m.emv.times(n).cents() as f64;
        s.engagements += m.engagements * n as f64;
        s.assets = s
            .assets
            .saturating_add(n.saturating_mul(u64::from(m.posts)));
    }
    let usage_rights = ctx.brief.usage_rights;
    let life = a.content_life_weeks.value;
    let asset_value = PerTier::from_fn(|tier| ctx.money(a.content_asset_value.get(tier).value));

    // Cumulative values after `w` weeks, rounded to the cent per tier so sums stay exact.
    let cumulative = |w: u32| -> (i64, i64, f64) {
        let (mut media, mut content, mut engagements) = (0_i64, 0_i64, 0.0);
        for tier in Tier::ALL.iter().copied() {
            let s = sums.get(tier);
            let arrived = 1.0 - a.weekly_retention.get(tier).value.powi(w as i32);
            media = media.saturating_add(round_cents(s.emv_cents * arrived));
            engagements += s.engagements * arrived;
            let earned = (f64::from(w) / life).min(1.0);
            let value = asset_value.get(tier).cents() as f64 * s.assets as f64;
            content =
                content.saturating_add(round_cents(value * content_share(ctx, tier) * earned));
        }
        (media, content, engagements)
    };

    let currency = ctx.currency();
    let money = |cents: i64| Money::from_cents(cents, currency);
    let horizon = ctx.brief.horizon_weeks;
    let mut weeks = Vec::with_capacity(horizon as usize);
    let mut previous = (0_i64, 0_i64, 0.0);
    for week in 1..=horizon {
        let now = cumulative(week);
        let media = now.0.saturating_sub(previous.0);
        let content = now.1.saturating_sub(previous.1);
        weeks.push(WeekValue {
            week,
            engagements: (now.2 - previous.2).max(0.0),
            media_value: money(media),
            content_value: money(content),
            total_value: money(media.saturating_add(content)),
            cumulative_value: money(now.0.saturating_add(now.1)),
        });
        previous = now;
    }
    let (media, content, _) = previous;
    let total = media.saturating_add(content);
    let first_week = weeks.first().map_or(0, |w| w.total_value.cents());

    ValueOverTime {
        short_term: ShortTermKpis {
            clicks: t.clicks,
            code_redemptions: t.code_redemptions,
            first_week_value: money(first_week),
            cost_per_click: t.cost.per(t.clicks),
            cost_per_redemption: t.cost.per(t.code_redemptions),
        },
        long_term: LongTermKpis {
            awareness: t.effective_reach.unique,
            engaged_community: t.effective_engaged_audience,
            content_assets: if usage_rights {
                Tier::ALL.iter().map(|&tier| sums.get(tier).assets).sum()
            } else {
                0
            },
            content_library_value: money(content),
            media_value: money(media),
            total_value: money(total),
            share_after_first_week: if total > 0 {
                (total - first_week) as f64 / total as f64
            } else {
                0.0
            },
            value_per_cost: money(total).ratio(t.cost),
        },
        weeks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::creator::EngagementRate;
    use crate::inputs::money::Currency;
    use crate::inputs::platform::Platform;

    fn creator(followers: u64) -> Creator {
        Creator::new(Platform::Instagram, followers)
            .with_engagement(EngagementRate::per_follower(0.03))
            .with_price(Money::from_major(1_000, Currency::Eur))
    }

    #[test]
    fn one_point_per_week_and_exact_sums() {
        let brief = Brief {
            horizon_weeks: 30,
            ..Brief::default()
        };
        let v = value_over_time(
            &[creator(40_000), creator(400_000)],
            &brief,
            &Assumptions::default(),
        )
        .unwrap();
        assert_eq!(v.weeks.len(), 30);
        assert_eq!(v.weeks[0].week, 1);
        let sum: i64 = v.weeks.iter().map(|w| w.total_value.cents()).sum();
        assert_eq!(sum, v.long_term.total_value.cents());
        assert_eq!(
            v.weeks.last().unwrap().cumulative_value,
            v.long_term.total_value
        );
        assert!(
            v.weeks
                .windows(2)
                .all(|w| w[0].cumulative_value <= w[1].cumulative_value)
        );
        assert_eq!(
            v.long_term.total_value.cents(),
            v.long_term.media_value.cents() + v.long_term.content_library_value.cents()
        );
        // Past the content life (26 weeks) the library is fully earned: 1 micro asset at $200
        // (all reusable) and 1 macro asset at $600 (half reusable, article 004), in euros.
        let a = Assumptions::default();
        let expected =
            Money::from_major(500, Currency::Usd).convert(Currency::Eur, a.exchange_rate.value);
        assert!((v.long_term.content_library_value.cents() - expected.cents()).abs() <= 1);
        assert_eq!(v.long_term.content_assets, 2);
    }

    #[test]
    fn micro_value_lingers_longer_than_macro_value() {
        let brief = Brief {
            usage_rights: false,
            ..Brief::default()
        };
        let a = Assumptions::default();
        let micro = value_over_time(&[creator(40_000)], &brief, &a).unwrap();
        let mac = value_over_time(&[creator(400_000)], &brief, &a).unwrap();
        assert!(micro.long_term.share_after_first_week > mac.long_term.share_after_first_week);
        // Retention 0.35: 65 % arrives in week one.
        let first = micro.weeks[0].media_value.cents() as f64;
        let all = micro.long_term.media_value.cents() as f64 / (1.0 - 0.35_f64.powi(12));
        assert!((first / all - 0.65).abs() < 1e-3);
        assert_eq!(micro.long_term.content_assets, 0);
        // Without usage rights a post keeps only the no-rights share of its content value.
        let with_rights = Brief {
            usage_rights: true,
            ..brief
        };
        let reusable = value_over_time(&[creator(40_000)], &with_rights, &a).unwrap();
        let ratio = micro.long_term.content_library_value.cents() as f64
            / reusable.long_term.content_library_value.cents() as f64;
        assert!((ratio - 0.2).abs() < 1e-3, "{ratio}");
    }

    #[test]
    fn no_creators_no_value() {
        let v = value_over_time(&[], &Brief::default(), &Assumptions::default()).unwrap();
        assert_eq!(v.weeks.len(), 12);
        assert!(v.long_term.total_value.is_zero());
        assert_eq!(v.long_term.value_per_cost, None);
        assert_eq!(v.short_term.cost_per_click, None);
    }
}
