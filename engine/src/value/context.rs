//! A validated brief and table, and the lookups every calculation shares (engine-internal).
//!
//! Public entry points build a [`Ctx`] first: that validates the brief and the assumptions once,
//! so everything downstream can compute without re-checking and without failing. Creators are
//! then resolved into [`CreatorMetrics`](crate::CreatorMetrics) inputs: missing values are filled
//! from the table and every amount is converted to the brief's currency.

use crate::assumptions::defaults::Assumptions;
use crate::inputs::brief::Brief;
use crate::inputs::creator::Creator;
use crate::inputs::error::ValidationError;
use crate::inputs::money::{Currency, Money};
use crate::inputs::platform::Platform;
use crate::inputs::tier::Tier;
use crate::market::price_curve::{CELEBRITY_FEES_USD, PriceCurve};
use crate::market::pricing::PriceRange;
use crate::value::metrics::EstimatedInputs;

/// A brief and an assumptions table that have both passed validation, with the price curve of
/// each platform fitted once.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub(crate) brief: &'a Brief,
    pub(crate) a: &'a Assumptions,
    curves: [PriceCurve; Platform::COUNT],
}

/// A creator with every input known, in the brief's currency.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Profile {
    pub(crate) platform: Platform,
    pub(crate) tier: Tier,
    pub(crate) followers: u64,
    /// Engagement rate per follower (converted from its basis).
    pub(crate) engagement_rate: f64,
    pub(crate) price: Money,
    pub(crate) posts: u32,
    pub(crate) region_share: f64,
    pub(crate) fake_share: f64,
    pub(crate) niche_fit: Option<f64>,
    pub(crate) brand_risk: bool,
    /// Conversions per engagement.
    pub(crate) conversion_rate: f64,
    pub(crate) niche: Option<String>,
    pub(crate) estimated: EstimatedInputs,
}

impl<'a> Ctx<'a> {
    /// Validates both inputs.
    pub(crate) fn new(brief: &'a Brief, a: &'a Assumptions) -> Result<Self, ValidationError> {
        brief.validate()?;
        a.validate()?;
        let mut ctx = Ctx {
            brief,
            a,
            curves: [PriceCurve {
                alpha: 1.0,
                ln_scale: 0.0,
            }; Platform::COUNT],
        };
        ctx.curves = core::array::from_fn(|i| ctx.fit_curve(Platform::ALL[i]));
        Ok(ctx)
    }

    /// The price curve of `platform` in the brief's currency ([`price_curve`](crate::market::price_curve)):
    /// fitted to the table's midpoint at each tier's typical follower count and to the largest
    /// accounts' published fees, scaled to the platform by its mega midpoint.
    fn fit_curve(&self, platform: Platform) -> PriceCurve {
        let mut points: Vec<(f64, f64)> = Tier::ALL
            .iter()
            .map(|&tier| {
                let followers = self.a.typical_followers(tier) as f64;
                (
                    followers,
                    self.price_range(platform, tier).midpoint().cents() as f64,
                )
            })
            .collect();
        let mega = |p: Platform| self.price_range(p, Tier::Mega).midpoint().cents() as f64;
        let scale = mega(platform) / mega(Platform::Instagram).max(1.0);
        for (followers, usd) in CELEBRITY_FEES_USD {
            let cents = self.cents_f64(Money::from_major(usd as i64, Currency::Usd)) * scale;
            points.push((followers, cents));
        }
        PriceCurve::fit(&points)
    }

    /// The audience universe of the brief's niche on `platform`, in people.
    pub(crate) fn universe(&self, platform: Platform) -> f64 {
        self.a.market.universe(self.brief, platform)
    }

    pub(crate) fn currency(&self) -> Currency {
        self.brief.currency()
    }

    /// `m` in the brief's currency.
    pub(crate) fn money(&self, m: Money) -> Money {
        m.convert(self.currency(), self.a.exchange_rate.value)
    }

    /// `m` in cents of the brief's currency, unrounded: for unit rates that are multiplied
    /// before the one rounding of the result (EMV's $0.35 per engagement must not become 32¢).
    pub(crate) fn cents_f64(&self, m: Money) -> f64 {
        m.cents() as f64
            * self
                .a
                .exchange_rate
                .value
                .factor(m.currency(), self.currency())
    }

    pub(crate) fn hourly_cost(&self) -> Money {
        self.money(self.brief.hourly_cost)
    }

    /// A tier's price range on a platform, in the brief's currency. Never below one cent: an
    /// extreme exchange rate must not round a creator down to free (an infinite swarm).
    pub(crate) fn price_range(&self, platform: Platform, tier: Tier) -> PriceRange {
        let r = self
            .a
            .price
            .get(platform)
            .get(tier)
            .value
            .convert(self.currency(), self.a.exchange_rate.value);
        let low = Money::from_cents(r.low.cents().max(1), r.low.currency());
        let high = Money::from_cents(r.high.cents().max(low.cents()), r.high.currency());
        PriceRange { low, high }
    }

    /// The estimated price per post of a creator with `followers` followers: the platform's
    /// price curve (no cap).
    pub(crate) fn price_for(&self, platform: Platform, followers: u64) -> Money {
        Money::from_cents(
            self.curves[platform.index()].price_cents(followers),
            self.currency(),
        )
    }

    /// The per-follower engagement rate of the table for a tier.
    pub(crate) fn default_engagement_rate(&self, platform: Platform, tier: Tier) -> f64 {
        self.a
            .engagement
            .get(platform)
            .get(tier)
            .value
            .follower_equivalent(self.a.reach_rate.get(tier).value)
    }

    /// Fills in a creator's missing inputs from the table.
    pub(crate) fn resolve(&self, c: &Creator) -> Profile {
        let tier = self.a.thresholds.tier_of(c.followers);
        let reach_rate = self.a.reach_rate.get(tier).value;
        let estimated = EstimatedInputs {
            engagement: c.engagement.is_none(),
            price: c.price_per_post.is_none(),
            target_region_share: c.target_region_share.is_none(),
            fake_follower_share: c.fake_follower_share.is_none(),
        };
        Profile {
            platform: c.platform,
            tier,
            followers: c.followers,
            engagement_rate: c.engagement.map_or_else(
                || self.default_engagement_rate(c.platform, tier),
                |e| e.follower_equivalent(reach_rate),
            ),
            price: c.price_per_post.map_or_else(
                || self.price_for(c.platform, c.followers),
                |p| self.money(p),
            ),
            posts: c.posts,
            region_share: c
                .target_region_share
                .unwrap_or_else(|| self.default_region_share(tier)),
            fake_share: c
                .fake_follower_share
                .unwrap_or(self.a.fake_follower_share.get(tier).value),
            niche_fit: c.niche_fit,
            brand_risk: c.brand_risk,
            conversion_rate: c
                .conversion_rate
                .unwrap_or(self.a.conversion_rate.get(tier).value),
            niche: c
                .niche
                .as_ref()
                .map(|n| crate::case_fold::fold(n.trim()))
                .filter(|n| !n.is_empty()),
            estimated,
        }
    }

    fn default_region_share(&self, tier: Tier) -> f64 {
        self.a
            .region_share
            .get(self.brief.geography)
            .get(tier)
            .value
    }

    /// A typical creator of `tier` with `followers` followers on the brief's platform, one post,
    /// every input from the table, priced on the platform's curve.
    pub(crate) fn typical_with(&self, tier: Tier, followers: u64) -> Profile {
        let platform = self.brief.platform;
        let price = self.price_for(platform, followers);
        Profile {
            platform,
            tier,
            followers,
            engagement_rate: self.default_engagement_rate(platform, tier),
            price,
            posts: 1,
            region_share: self.default_region_share(tier),
            fake_share: self.a.fake_follower_share.get(tier).value,
            niche_fit: None,
            brand_risk: false,
            conversion_rate: self.a.conversion_rate.get(tier).value,
            niche: None,
            estimated: EstimatedInputs::ALL,
        }
    }
}
