//! Per-creator metrics: engaged audience, reach, clicks, costs per result, EMV and time.
//!
//! For a creator with `F` followers, per-follower engagement rate `ER` (converted from its
//! measuring basis, see [`creator`](crate::inputs::creator)), reach rate `rr` (share of followers one
//! post reaches, Minter.io 2019), fake-follower share `φ`, share of the audience in the target
//! region `g`, `k` posts at price `p`:
//!
//! | metric | formula | source |
//! |---|---|---|
//! | engaged audience ("net reach" in the sources) | `F × ER` | article 000: 50k × 12 % = 6,000 |
//! | authenticity factor `a` | `(1 − φ) ÷ (1 − φ_tier)` | the creator's real share against the tier's typical one |
//! | reach rate used `rr'` | `min(1, rr × a)` | Minter.io 2019 reach rates, adjusted once for fake followers |
//! | reach per post | `F × rr'` | |
//! | estimated reach (unique, over `k` posts) | `F · (1 − (1 − rr')^k)` | random duplication across posts within the audience |
//! | effective reach | `estimated reach × g` | limited to the target region |
//! | effective engaged audience | `F × ER × g` | the engaged audience inside the target region |
//! | impressions | `k × reach per post` | one view per account reached per post |
//! | engagements | `k × F × ER` | ER = engagements per post ÷ followers (Hootsuite) |
//! | clicks | `impressions × CTR` | CTR from the table (our assumption, 1 %) |
//! | conversions (code redemptions) | `engagements × conversion rate` | calcbee's method; the creator's rate or the tier's |
//! | cost | `k × p` | |
//! | CPM (engaged) | `cost ÷ (engaged audience ÷ 1000)` | "CPM on net reach", article 000 |
//! | CPM | `cost ÷ (impressions ÷ 1000)` | Aspire, Upfluence |
//! | CPE | `cost ÷ engagements` | Aspire, Upfluence |
//! | CPC | `cost ÷ clicks` | |
//! | EMV | `impressions ÷ 1000 × CPM_emv + engagements × CPE_emv` | fair-influence (hybrid method) |
//! | management hours | `h_creator(tier) + k × h_post` | our assumption |
//! | management cost | `hours × hourly cost` | article 000: "time is a cost" |
//!
//! Naming: the seed articles call `F × ER` "net reach", but it counts people who *engage*, not
//! people who *see* the post (research note: "followers × ER gives engaged users, not reach").
//! The API calls it [`engaged_audience`](CreatorMetrics::engaged_audience) and keeps "reach" for
//! people who see a post.
//!
//! Fake followers are discounted **once**. Minter's reach rates divide reach by all followers,
//! fake ones included, so a creator with the tier's typical fake share reaches exactly `rr`;
//! only a creator with more (or fewer) fakes than typical reaches less (or more): `a` above.
//! Measured engagement rates already count only the accounts that engaged, so the engaged
//! audience is not discounted again.
//! The Instagram reach rates are applied to TikTok and YouTube too (no per-tier view rates
//! were found); edit them in the table for a platform-specific plan.
//!
//! EMV multiplies the unrounded unit rates (converted to the brief's currency as floats) and
//! rounds the result once: YouTube's $0.35 per engagement is €0.324…, not 32¢.
//!
//! EMV is reported as "equivalent media cost", never as revenue.
//!
//! Invariants: every metric is finite and non-negative; costs per result are `None` (not
//! infinite) when their denominator is zero; money is rounded to the cent once per figure.

use crate::assumptions::defaults::Assumptions;
use crate::inputs::brief::Brief;
use crate::inputs::creator::Creator;
use crate::inputs::error::ValidationError;
use crate::inputs::money::{Money, round_cents};
use crate::inputs::platform::Platform;
use crate::inputs::tier::{Side, Tier};
use crate::value::context::{Ctx, Profile};

/// Which of a creator's inputs were filled from the defaults table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EstimatedInputs {
    /// The engagement rate is the tier benchmark.
    pub engagement: bool,
    /// The price is estimated from the price table.
    pub price: bool,
    /// The target-region share is the tier default for the brief's geography.
    pub target_region_share: bool,
    /// The fake-follower share is the tier default.
    pub fake_follower_share: bool,
}

impl EstimatedInputs {
    /// Every input estimated (a scenario's typical creator).
    pub const ALL: EstimatedInputs = EstimatedInputs {
        engagement: true,
        price: true,
        target_region_share: true,
        fake_follower_share: true,
    };
}

/// Everything the engine computes for one creator, plus the inputs it used.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatorMetrics {
    /// Platform.
    pub platform: Platform,
    /// Tier derived from followers.
    pub tier: Tier,
    /// Side of the micro/macro question.
    pub side: Side,
    /// Followers.
    pub followers: u64,
    /// Engagement rate per follower used (converted from its basis, or the benchmark).
    pub engagement_rate: f64,
    /// Price per post used, in the brief's currency.
    pub price_per_post: Money,
    /// Posts in the campaign.
    pub posts: u32,
    /// Target-region share used.
    pub target_region_share: f64,
    /// Fake-follower share used.
    pub fake_follower_share: f64,
    /// Which inputs came from the defaults table.
    pub estimated: EstimatedInputs,
    /// How well the creator's niche fits (as entered).
    pub niche_fit: Option<f64>,
    /// The user flagged a brand risk.
    pub brand_risk: bool,

    /// People who engage with a typical post: `followers × engagement rate`. The sources call
    /// this "net reach".
    #[doc(alias = "net_reach")]
    pub engaged_audience: f64,
    /// Engaged audience that is real and inside the target region.
    pub effective_engaged_audience: f64,
    /// Real accounts one post reaches.
    pub reach_per_post: f64,
    /// Unique real accounts reached over all posts.
    pub estimated_reach: f64,
    /// Estimated reach inside the target region.
    pub effective_reach: f64,
    /// Views over all posts (one per account reached per post).
    pub impressions: f64,
    /// Engagements over all posts.
    pub engagements: f64,
    /// Estimated link clicks.
    pub clicks: f64,
    /// Estimated conversions (discount-code redemptions): engagements × conversion rate.
    pub code_redemptions: f64,
    /// Conversions per engagement used (the creator's, or the tier's default).
    pub conversion_rate: f64,
    /// The creator's niche (lower case), when known.
    pub niche: Option<String>,

    /// Fees: price per post × posts.
    pub cost: Money,
    /// Cost per 1,000 engaged people (the sources' "CPM on net reach").
    pub cpm_engaged: Option<Money>,
    /// Cost per 1,000 impressions.
    pub cpm: Option<Money>,
    /// Cost per engagement.
    pub cpe: Option<Money>,
    /// Cost per click.
    pub cpc: Option<Money>,
    /// Earned media value (hybrid CPM + CPE method), an equivalent media cost.
    pub emv: Money,
    /// Hours spent managing this creator.
    pub management_hours: f64,
    /// Cost of those hours.
    pub management_cost: Money,

    /// Real-follower share is below the credibility threshold (Modash: 75 %).
    pub low_credibility: bool,
    /// Brand-risk exposure index (0–1): the tier's, or the flagged value if flagged and higher.
    pub backlash_exposure: f64,
}

/// Metrics of one creator for a brief.
pub fn creator_metrics(
    creator: &Creator,
    brief: &Brief,
    assumptions: &Assumptions,
) -> Result<CreatorMetrics, ValidationError> {
    let ctx = Ctx::new(brief, assumptions)?;
    creator.validate()?;
    Ok(compute(&ctx.resolve(creator), &ctx))
}

/// Metrics of every creator of a roster, in roster order. The first invalid creator stops the
/// computation with [`ValidationError::InRoster`] naming its position.
pub fn roster_metrics(
    roster: &[Creator],
    brief: &Brief,
    assumptions: &Assumptions,
) -> Result<Vec<CreatorMetrics>, ValidationError> {
    let ctx = Ctx::new(brief, assumptions)?;
    resolve_roster(roster, &ctx)
}

pub(crate) fn resolve_roster(
    roster: &[Creator],
    ctx: &Ctx<'_>,
) -> Result<Vec<CreatorMetrics>, ValidationError> {
    roster
        .iter()
        .enumerate()
        .map(|(i, c)| {
            c.validate().map_err(|e| ValidationError::in_roster(i, e))?;
            Ok(compute(&ctx.resolve(c), ctx))
        })
        .collect()
}

/// The metrics of a resolved creator.
pub(crate) fn compute(p: &Profile, ctx: &Ctx<'_>) -> CreatorMetrics {
    let a = ctx.a;
    let followers = p.followers as f64;
    let posts = f64::from(p.posts);
    let real = 1.0 - p.fake_share;
    let tier_real = 1.0 - a.fake_follower_share.get(p.tier).value;
    // The tier's reach rate already includes its typical fake share; adjust only for the
    // difference (see the module docs). A tier share of 100 % fakes leaves the rate as is.
    let authenticity = if tier_real > 0.0 {
        real / tier_real
    } else {
        1.0
    };
    let reach_rate = (a.reach_rate.get(p.tier).value * authenticity).clamp(0.0, 1.0);

    let engaged_audience = followers * p.engagement_rate;
    let reach_per_post = followers * reach_rate;
    // Random duplication across posts inside the creator's real audience: each post reaches a
    // share `rr` of it independently. `1 − (1 − rr)^k` via exp/ln_1p keeps precision for small
    // rates; `rr = 1` gives ln(0) = −∞ and exp(−∞) = 0, i.e. everyone, as it should.
    let unique_share = -(posts * (-reach_rate).ln_1p()).exp_m1();
    let estimated_reach = followers * unique_share;
    let effective_reach = estimated_reach * p.region_share;
    let impressions = posts * reach_per_post;
    let engagements = posts * engaged_audience;
    let clicks = impressions * a.click_through_rate.value;
    let code_redemptions = engagements * p.conversion_rate;

    // Price ≤ Money::MAX_INPUT_CENTS and posts ≤ MAX_POSTS: the product fits in i64.
    let cost = p.price.times(u64::from(p.posts));
    let emv_rates = a.emv.get(p.platform).value;
    let emv_cents = ctx.cents_f64(emv_rates.cpm) * impressions / 1_000.0
        + ctx.cents_f64(emv_rates.per_engagement) * engagements;
    let management_hours = a.management_hours_per_creator.get(p.tier).value
        + posts * a.management_hours_per_post.value;

    let tier_exposure = a.backlash_exposure.get(p.tier).value;
    let backlash_exposure = if p.brand_risk {
        tier_exposure.max(a.flagged_exposure.value)
    } else {
        tier_exposure
    };

    CreatorMetrics {
        platform: p.platform,
        tier: p.tier,
        side: p.tier.side(),
        followers: p.followers,
        engagement_rate: p.engagement_rate,
        price_per_post: p.price,
        posts: p.posts,
        target_region_share: p.region_share,
        fake_follower_share: p.fake_share,
        estimated: p.estimated,
        niche_fit: p.niche_fit,
        brand_risk: p.brand_risk,
        engaged_audience,
        effective_engaged_audience: engaged_audience * p.region_share,
        reach_per_post,
        estimated_reach,
        effective_reach,
        impressions,
        engagements,
        clicks,
        code_redemptions,
        conversion_rate: p.conversion_rate,
        niche: p.niche.clone(),
        cost,
        cpm_engaged: cost.per(engaged_audience / 1_000.0),
        cpm: cost.per(impressions / 1_000.0),
        cpe: cost.per(engagements),
        cpc: cost.per(clicks),
        emv: Money::from_cents(round_cents(emv_cents), ctx.currency()),
        management_hours,
        management_cost: ctx.hourly_cost().scale(management_hours),
        low_credibility: real < a.credibility_threshold.value,
        backlash_exposure,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::creator::EngagementRate;
    use crate::inputs::money::Currency;

    fn usd_brief() -> Brief {
        Brief {
            budget: Money::from_major(5_000, Currency::Usd),
            hourly_cost: Money::from_major(40, Currency::Usd),
            ..Brief::default()
        }
    }

    #[test]
    fn one_creator_by_hand() {
        // 50k followers, 4 % ER, $400 a post, 2 posts, 20 % fake (the micro tier's typical share
        // is 15 %, so the reach rate is scaled by 0.8 ÷ 0.85), 50 % in region; micro tier:
        // reach rate 22.945 %, CTR 1 %, conversion 1.5 %, 4 h + 2 × 1 h at $40.
        let c = Creator::new(Platform::Instagram, 50_000)
            .with_engagement(EngagementRate::per_follower(0.04))
            .with_price(Money::from_major(400, Currency::Usd))
            .with_posts(2)
            .with_fake_follower_share(0.2)
            .with_target_region_share(0.5);
        let m = creator_metrics(&c, &usd_brief(), &Assumptions::default()).unwrap();
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9 * b.max(1.0);
        assert_eq!(m.tier, Tier::Micro);
        assert!(close(m.engaged_audience, 2_000.0));
        let rr = 0.22945 * 0.8 / 0.85;
        assert!(close(m.reach_per_post, 50_000.0 * rr));
        let unique = 50_000.0 * (1.0 - (1.0 - rr).powi(2));
        assert!(close(m.estimated_reach, unique));
        assert!(close(m.effective_reach, unique * 0.5));
        let impressions = 2.0 * 50_000.0 * rr;
        assert!(close(m.impressions, impressions));
        assert!(close(m.engagements, 4_000.0));
        assert!(close(m.clicks, impressions * 0.01));
        assert!(close(m.code_redemptions, 60.0));
        assert!(close(m.effective_engaged_audience, 1_000.0));
        assert_eq!(m.cost, Money::from_major(800, Currency::Usd));
        assert_eq!(m.cpm_engaged, Some(Money::from_major(400, Currency::Usd)));
        assert_eq!(m.cpe, Some(Money::from_cents(20, Currency::Usd)));
        assert_eq!(
            m.cpc,
            Money::from_major(800, Currency::Usd).per(impressions * 0.01)
        );
        // EMV: impressions × $8 / 1000 + 4,000 × $0.25, rounded once.
        let emv = (impressions * 800.0 / 1_000.0 + 4_000.0 * 25.0).round() as i64;
        assert_eq!(m.emv, Money::from_cents(emv, Currency::Usd));
        assert!(close(m.management_hours, 6.0));
        assert_eq!(m.management_cost, Money::from_major(240, Currency::Usd));
        // 80 % real followers is above Modash's 75 % line.
        assert!(!m.low_credibility);
    }

    #[test]
    fn defaults_fill_missing_inputs_and_say_so() {
        let c = Creator::new(Platform::TikTok, 31_623);
        let m = creator_metrics(&c, &usd_brief(), &Assumptions::default()).unwrap();
        assert_eq!(m.estimated, EstimatedInputs::ALL);
        // TikTok's micro rate is per view (8.875 %); per follower it is × 22.945 %.
        assert!((m.engagement_rate - 0.08875 * 0.22945).abs() < 1e-12);
        // The typical micro is priced on TikTok's curve, inside the table's $25–125.
        assert!(
            (2_500..=12_500).contains(&m.price_per_post.cents()),
            "{}",
            m.price_per_post.cents()
        );
        assert_eq!(m.fake_follower_share, 0.15);
        assert_eq!(m.target_region_share, 0.75);
    }

    #[test]
    fn zero_engagement_gives_no_cost_per_engagement() {
        let c = Creator::new(Platform::YouTube, 10_000)
            .with_engagement(EngagementRate::per_view(0.0))
            .with_price(Money::from_major(100, Currency::Eur));
        let m = creator_metrics(&c, &Brief::default(), &Assumptions::default()).unwrap();
        assert_eq!(m.cpe, None);
        assert_eq!(m.cpm_engaged, None);
        assert!(m.cpm.is_some());
    }

    #[test]
    fn prices_are_converted_to_the_brief_currency() {
        let c = Creator::new(Platform::Instagram, 20_000)
            .with_price(Money::from_major(108, Currency::Usd));
        let m = creator_metrics(&c, &Brief::default(), &Assumptions::default()).unwrap();
        assert_eq!(m.price_per_post, Money::from_major(100, Currency::Eur));
    }

    #[test]
    fn emv_unit_rates_are_not_rounded_before_multiplying() {
        // Engine review §5: YouTube's $0.35 per engagement in euros is 0.324…, not 32 cents; a
        // 50k creator at 3 % per follower then earns 1,500 × €0.3240… of engagement value.
        let c = Creator::new(Platform::YouTube, 50_000)
            .with_engagement(EngagementRate::per_follower(0.03))
            .with_price(Money::from_major(100, Currency::Eur));
        let m = creator_metrics(&c, &Brief::default(), &Assumptions::default()).unwrap();
        let per_engagement = 35.0 / 1.08;
        let per_mille = 2_000.0 / 1.08;
        let expected = (m.impressions / 1_000.0 * per_mille + 1_500.0 * per_engagement).round();
        assert_eq!(m.emv.cents(), expected as i64);
    }

    #[test]
    fn fake_followers_are_discounted_once() {
        // A creator with the tier's typical fake share reaches exactly the benchmark rate; the
        // engaged audience is the measured rate times followers, with no further discount.
        let typical = Creator::new(Platform::Instagram, 50_000).with_fake_follower_share(0.15);
        let m = creator_metrics(&typical, &Brief::default(), &Assumptions::default()).unwrap();
        assert!((m.reach_per_post - 50_000.0 * 0.22945).abs() < 1e-6);
        let fake = typical.clone().with_fake_follower_share(0.575);
        let f = creator_metrics(&fake, &Brief::default(), &Assumptions::default()).unwrap();
        assert!((f.reach_per_post - m.reach_per_post / 2.0).abs() < 1e-6);
        assert_eq!(f.engaged_audience, m.engaged_audience);
    }

    #[test]
    fn the_creators_own_conversion_rate_wins() {
        let c = Creator::new(Platform::Instagram, 50_000)
            .with_engagement(EngagementRate::per_follower(0.02))
            .with_conversion_rate(0.05);
        let m = creator_metrics(&c, &Brief::default(), &Assumptions::default()).unwrap();
        assert!((m.code_redemptions - 50.0).abs() < 1e-9);
        let d = creator_metrics(
            &Creator {
                conversion_rate: None,
                ..c
            },
            &Brief::default(),
            &Assumptions::default(),
        )
        .unwrap();
        assert!((d.code_redemptions - 15.0).abs() < 1e-9);
    }

    #[test]
    fn roster_errors_name_the_creator() {
        let roster = [
            Creator::new(Platform::Instagram, 5_000),
            Creator::new(Platform::Instagram, 5_000).with_posts(0),
        ];
        let err = roster_metrics(&roster, &Brief::default(), &Assumptions::default()).unwrap_err();
        assert_eq!(err.creator_index(), Some(1));
    }
}
