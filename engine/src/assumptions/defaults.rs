//! The defaults table: every benchmark number the engine uses, with its source (invariant 5).
//!
//! [`Assumptions::default()`] is the table. Each value is a [`Sourced`] value whose
//! [`SourceId`] names the publication and year (see [`source`](crate::inputs::source)); values that are
//! the app's own assumption are tagged [`SourceId::OurAssumption`] and the comment next to them
//! says why. Every field is public so the UI can show and edit it; an edited value is tagged
//! [`SourceId::User`] by [`Sourced::set`]. [`Assumptions::validate`] checks an edited table.
//!
//! The table is versioned ([`DEFAULTS_VERSION`]): a report made with an older table can say so,
//! because vendors revising their rates silently breaks comparisons (Kolsquare raised EMV
//! figures by ~30 % in 2025).
//!
//! Where the sources disagree, the comment says which one was taken, why, and the alternative.
//!
//! Money in the table is in US dollars, as published; the engine converts it to the brief's
//! currency with [`Assumptions::exchange_rate`].

use crate::inputs::brief::GeoScope;
use crate::inputs::creator::EngagementRate;
use crate::inputs::error::{Field, ValidationError, check};
use crate::inputs::money::{Currency, ExchangeRate, Money};
use crate::inputs::platform::Platform;
use crate::inputs::source::{SourceId, Sourced};
use crate::inputs::table::{PerNiche, PerPlatform, PerRisk, PerScope, PerStyle, PerTier};
use crate::inputs::tier::{Tier, TierThresholds};
use crate::market::pricing::PriceRange;

/// Version of the default figures; bump it whenever a default value changes.
pub const DEFAULTS_VERSION: &str = "2026.1";

/// Earned-media-value rates of one platform.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EmvRates {
    /// Value of 1,000 impressions.
    pub cpm: Money,
    /// Value of one engagement.
    pub per_engagement: Money,
}

/// Every default the engine uses. `Default` gives the sourced values; all fields are editable.
#[derive(Debug, Clone, PartialEq)]
pub struct Assumptions {
    /// Tier thresholds.
    pub thresholds: TierThresholds,
    /// Where the thresholds come from (article 000 for the micro/macro line; see
    /// [`TIER_THRESHOLDS`](crate::inputs::tier::TIER_THRESHOLDS)).
    pub thresholds_source: SourceId,
    /// Follower count of each tier's typical creator in the scenarios; `None` (the default):
    /// the geometric mean of the tier's bounds ([`TierThresholds::typical_followers`]).
    pub typical_followers: PerTier<Option<u64>>,
    /// US dollars per euro.
    pub exchange_rate: Sourced<ExchangeRate>,
    /// Engagement rate by platform and tier, with its measuring method.
    pub engagement: PerPlatform<PerTier<Sourced<EngagementRate>>>,
    /// Price per post by platform and tier (USD).
    pub price: PerPlatform<PerTier<Sourced<PriceRange>>>,
    /// Share of followers reached by one post, by tier.
    pub reach_rate: PerTier<Sourced<f64>>,
    /// Share of fake or inactive followers, by tier.
    pub fake_follower_share: PerTier<Sourced<f64>>,
    /// Real-follower share below which a creator is flagged as low credibility.
    pub credibility_threshold: Sourced<f64>,
    /// Share of a typical creator's audience inside the target region, by scope and tier.
    pub region_share: PerScope<PerTier<Sourced<f64>>>,
    /// Earned-media-value rates by platform (USD).
    pub emv: PerPlatform<Sourced<EmvRates>>,
    /// Clicks per impression.
    pub click_through_rate: Sourced<f64>,
    /// Conversions (code redemptions) per engagement, by tier.
    pub conversion_rate: PerTier<Sourced<f64>>,
    /// Management hours per creator (finding, briefing, contract, review, payment), by tier.
    pub management_hours_per_creator: PerTier<Sourced<f64>>,
    /// Management hours per post (review and approval).
    pub management_hours_per_post: Sourced<f64>,
    /// Share of a week's post engagement that carries over into the next week, by tier.
    pub weekly_retention: PerTier<Sourced<f64>>,
    /// Value of one reusable content asset (USD), by tier.
    pub content_asset_value: PerTier<Sourced<Money>>,
    /// Weeks a reusable asset keeps its value.
    pub content_life_weeks: Sourced<f64>,
    /// Brand-risk exposure index (0–1) of a creator, by tier.
    pub backlash_exposure: PerTier<Sourced<f64>>,
    /// Brand-risk exposure index of a creator the user flagged.
    pub flagged_exposure: Sourced<f64>,
    /// A creator is bought only while a euro spent on it adds at least this share of what a
    /// euro buys from the best creator the plan may use, on its own (see `worth`).
    pub efficiency_floor: Sourced<f64>,
    /// What paid social costs per 1,000 impressions, by country (USD): the yardstick beside a
    /// plan's own cost per 1,000 impressions ([`paid_social`](crate::market::paid_social)).
    pub paid_social_cpm: crate::inputs::table::PerCountry<Sourced<Money>>,
    /// The market: creator counts, their tiers and availability, niche and local shares
    /// ([`market`](crate::market)); with the published platform users per country they give the
    /// typical creators' supply and the audience universes.
    pub market: crate::market::MarketTable,
    /// Free plan's micro-side share of spend at or above which the verdict is micro.
    pub micro_verdict_share: Sourced<f64>,
    /// Free plan's micro-side share of spend at or below which the verdict is macro.
    pub macro_verdict_share: Sourced<f64>,
    /// How strongly a creator's backlash exposure lowers the value it delivers, by the brief's
    /// risk tolerance.
    pub backlash_weight: PerRisk<Sourced<f64>>,
    /// Niche fit (0–1) of a creator whose fit is unknown, by the brief's niche depth and tier.
    pub niche_fit: PerNiche<PerTier<Sourced<f64>>>,
    /// How well a tier's content suits the brief's content style (a multiplier on value).
    pub content_style_fit: PerStyle<PerTier<Sourced<f64>>>,
    /// Share of a post's content value the brand can reuse in its own channels, by tier.
    pub content_reuse_share: PerTier<Sourced<f64>>,
    /// Share of content value a post keeps when the brief has no usage rights.
    pub no_rights_content_share: Sourced<f64>,
    /// Credit (0–1) for each repeated engaged exposure in a community plan.
    pub repeat_exposure_credit: Sourced<f64>,
    /// How far each benchmark may be off: its low and high values with their source.
    /// Part of the table, so the user edits a range like a value, and it is saved with it.
    pub spreads: crate::assumptions::ranges::Spreads,
}

/// Shorthand for a sourced rate per follower.
const fn per_follower(rate: f64, source: SourceId) -> Sourced<EngagementRate> {
    Sourced::new(EngagementRate::per_follower(rate), source)
}

/// Shorthand for a sourced rate per view.
const fn per_view(rate: f64, source: SourceId) -> Sourced<EngagementRate> {
    Sourced::new(EngagementRate::per_view(rate), source)
}

/// Shorthand for a USD price range with a source.
const fn usd(low: i64, high: i64, source: SourceId) -> Sourced<PriceRange> {
    Sourced::new(PriceRange::usd(low, high), source)
}

/// A per-tier table of assumed values.
const fn assumed_tiers<T: Copy>(nano: T, micro: T, macro_: T, mega: T) -> PerTier<Sourced<T>> {
    PerTier([
        Sourced::assumed(nano),
        Sourced::assumed(micro),
        Sourced::assumed(macro_),
        Sourced::assumed(mega),
    ])
}

impl Default for Assumptions {
    #[allow(clippy::too_many_lines)] // One table, kept in one place on purpose.
    fn default() -> Self {
        use SourceId::{
            Calcbee, FairInfluence, Minter, ModashCredibility, ModashInstagram, ModashTikTok,
            ModashYouTube, WordOnTheBlock,
        };

        // Engagement rate by tier and platform: the midpoint of Modash's "average" band for the
        // follower band that holds the tier's typical creator (nano 1–5K, micro 10–50K,
        // macro 100–500K, mega >1M). Modash is the one source covering all three platforms and
        // all four tiers with one method per platform (median; Instagram per follower, TikTok
        // and YouTube per view), so the tiers and platforms are comparable.
        // Alternatives: HypeAuditor's 2026 report (via eMarketer) gives Instagram nano 1.78 %,
        // micro 0.54 %, mega 0.33 % (micro above mega, unlike Modash's U-shape, but no macro
        // figure); Markerly 2016 gives micro 2.4 %, mega 1.7 % (like rate, old).
        let instagram = PerTier([
            per_follower(0.0390, ModashInstagram),  // 1–5K: 3.38–4.42 %
            per_follower(0.00975, ModashInstagram), // 10–50K: 0.84–1.11 %
            per_follower(0.01005, ModashInstagram), // 100–500K: 0.87–1.14 %
            per_follower(0.01145, ModashInstagram), // >1M: 1.02–1.27 %
        ]);
        // Modash, November 2025 (median engagements ÷ median views). Its March 2023 table showed
        // 0.6–2.19 %: the method changed; we use the current one.
        let tiktok = PerTier([
            per_view(0.1305, ModashTikTok),  // 1–5K: 12.06–14.04 %
            per_view(0.08875, ModashTikTok), // 10–50K: 8.38–9.37 %
            per_view(0.07025, ModashTikTok), // 100–500K: 6.66–7.39 %
            per_view(0.0652, ModashTikTok),  // >1M: 6.20–6.84 %
        ]);
        // Modash (8M creators; engagements per view). Alternative: Influencer Hero's database
        // median of 0.54 % across sizes.
        let youtube = PerTier([
            per_view(0.01745, ModashYouTube), // 1–5K: 1.47–2.02 %
            per_view(0.00435, ModashYouTube), // 10–50K: 0.36–0.51 %
            per_view(0.0023, ModashYouTube),  // 100–500K: 0.19–0.27 %
            per_view(0.00155, ModashYouTube), // >1M: 0.13–0.18 %
        ]);

        // Price per post, USD: wordontheblock's 2023 pricing guide, chosen because it covers all
        // tiers on all three platforms and its ranges meet at the tier boundaries (so the
        // log-linear price is continuous). Alternative: Statista via HubSpot DE (nano IG
        // $65–111 ... celebrity $2,738–4,678), whose tiers use other follower bands.
        // The mega ranges are open-ended in the source ("$10,000+"); the upper end at 10M
        // followers is our assumption: Captiv8's ≈$75,000 per Instagram post at 3–7M (via
        // Kolsquare), scaled by the same factor (7.5×) for TikTok and YouTube. So the mega rows
        // are marked as assumptions.
        let price_instagram = PerTier([
            usd(10, 100, WordOnTheBlock),
            usd(100, 500, WordOnTheBlock),
            usd(500, 10_000, WordOnTheBlock),
            Sourced::assumed(PriceRange::usd(10_000, 75_000)),
        ]);
        let price_tiktok = PerTier([
            usd(5, 25, WordOnTheBlock),
            usd(25, 125, WordOnTheBlock),
            usd(125, 2_500, WordOnTheBlock),
            Sourced::assumed(PriceRange::usd(2_500, 18_750)),
        ]);
        let price_youtube = PerTier([
            usd(20, 200, WordOnTheBlock),
            usd(200, 1_000, WordOnTheBlock),
            usd(1_000, 20_000, WordOnTheBlock),
            Sourced::assumed(PriceRange::usd(20_000, 150_000)),
        ]);

        // EMV = impressions ÷ 1000 × CPM + engagements × CPE, fair-influence's published rates:
        // the only open source that prices both impressions and engagements per platform.
        // Alternatives: Upfluence's impressions × $6.50 CPM (set the CPE to zero to get it);
        // Duel's $10.80 CPM on followers × ER for Instagram.
        let emv = |cpm: i64, cpe_cents: i64| {
            Sourced::new(
                EmvRates {
                    cpm: Money::from_major(cpm, Currency::Usd),
                    per_engagement: Money::from_cents(cpe_cents, Currency::Usd),
                },
                FairInfluence,
            )
        };

        Assumptions {
            thresholds: crate::inputs::tier::TIER_THRESHOLDS,
            thresholds_source: SourceId::Article000,
            typical_followers: PerTier([None; 4]),
            // Our assumption: about the ECB's average euro reference rate for 2024 (≈1.08). Rates
            // move daily; the user should enter today's rate.
            exchange_rate: Sourced::assumed(ExchangeRate { usd_per_eur: 1.08 }),
            engagement: PerPlatform([instagram, tiktok, youtube]),
            price: PerPlatform([price_instagram, price_tiktok, price_youtube]),
            // Minter.io 2019, median Instagram feed-post reach ÷ followers over 3–4M posts:
            // 0–20K 37.72 %, 20–100K 22.945 %, 100K–1M 22.885 %, >1M 19.09 %. The micro tier
            // (10–100K, typical creator 31.6K) takes the 20–100K figure. Alternative: the
            // wider ranges of startmotionmedia (mid-2024: 20–40 %, 15–30 %, 10–20 %, 5–12 %).
            // No per-tier view rates were found for TikTok and YouTube; the engine applies these
            // to all platforms (an assumption, stated in `metrics`).
            reach_rate: PerTier([
                Sourced::new(0.3772, Minter),
                Sourced::new(0.22945, Minter),
                Sourced::new(0.22885, Minter),
                Sourced::new(0.1909, Minter),
            ]),
            // Our assumption, as the research notes suggest: about 10 % (nano) rising to 25 %
            // (mega). Anchors: HypeAuditor found 22.23 % of Instagram influencers' followers
            // suspicious, and the share of accounts involved in fraud rising from 42 % (nano) to
            // 66 % (mega) (HypeAuditor 2021). Editable from 0 to 100 %.
            fake_follower_share: assumed_tiers(0.10, 0.15, 0.20, 0.25),
            // Modash: followers credibility below 75 % "is often a sign of fraud".
            credibility_threshold: Sourced::new(0.75, ModashCredibility),
            // Our assumption, following article 000: micro creators have a strong local
            // following, macro creators a broad international one. International campaigns
            // target wherever the audience is (share 1).
            region_share: PerScope([
                assumed_tiers(0.60, 0.40, 0.15, 0.05),
                assumed_tiers(0.85, 0.75, 0.50, 0.30),
                assumed_tiers(1.0, 1.0, 1.0, 1.0),
            ]),
            emv: PerPlatform([emv(8, 25), emv(10, 15), emv(20, 35)]),
            // Our assumption: no click-through figure is in the research notes. Linkjolt's
            // glossary (2025) quotes 1–3 % for Instagram links; we take the low end because many
            // influencer posts carry no clickable link.
            click_through_rate: Sourced::assumed(0.01),
            // calcbee's defaults, applied the way calcbee does (conversions = engagements ×
            // rate): micro 1.5 %, macro 0.8 %. Nano takes the micro figure and mega the macro
            // figure (same side of the question).
            conversion_rate: PerTier([
                Sourced::new(0.015, Calcbee),
                Sourced::new(0.015, Calcbee),
                Sourced::new(0.008, Calcbee),
                Sourced::new(0.008, Calcbee),
            ]),
            // Our assumption. Article 000 and Influship say managing many creators is a hidden
            // cost but give no hours; these are planning figures for sourcing, briefing,
            // contracting and paying one creator (agents and legal review make macro and mega
            // deals longer), plus an hour of review per post.
            management_hours_per_creator: assumed_tiers(3.0, 4.0, 6.0, 10.0),
            management_hours_per_post: Sourced::assumed(1.0),
            // Our assumption, following article 004: a macro post "fades fast" while micro
            // content keeps delivering for weeks. The share of a week's engagement that carries
            // into the next week: 35 % for nano and micro (≈65 % of a post's engagement arrives
            // in week one), 15 % for macro and 10 % for mega.
            weekly_retention: assumed_tiers(0.35, 0.35, 0.15, 0.10),
            // Our assumption: what commissioning a comparable piece of content would cost the
            // brand. Only counted when the brief has usage rights.
            content_asset_value: assumed_tiers(
                Money::from_major(100, Currency::Usd),
                Money::from_major(200, Currency::Usd),
                Money::from_major(600, Currency::Usd),
                Money::from_major(1_500, Currency::Usd),
            ),
            // Our assumption: article 004 says reused content keeps its value "weeks to months"
            // after the campaign; we depreciate an asset linearly over half a year.
            content_life_weeks: Sourced::assumed(26.0),
            // Our assumption: a relative index of the chance that a creator draws negative
            // publicity during the campaign. Article 000: macro creators face more scrutiny and a
            // higher risk of backlash; the fraud shares above rise with size too.
            backlash_exposure: assumed_tiers(0.02, 0.03, 0.08, 0.15),
            flagged_exposure: Sourced::assumed(0.5),
            market: crate::market::MarketTable::default(),
            // Our assumption: a plan stops buying where a euro buys less than a quarter of what
            // it buys from the brief's best creator (range 10–50 %): no campaign pays four times
            // the best price per result it can get. Without a stop, a budget buys creators whose
            // audience the plan already reaches or who barely reach the brief's region and niche,
            // and the paid-social prices that could serve as an outside yardstick (superads 2025:
            // $6–23 per 1,000 impressions) are below what any creator costs per person reached.
            efficiency_floor: Sourced::assumed(0.25),
            paid_social_cpm: crate::market::paid_social::defaults(),
            // Our reading of article 000's checklist rule ("mostly A → micro, mostly B → macro,
            // balanced → both"): two thirds of the spend on one side is "mostly".
            micro_verdict_share: Sourced::assumed(2.0 / 3.0),
            macro_verdict_share: Sourced::assumed(1.0 / 3.0),
            // Our assumption: a creator delivers with probability 1 − exposure × weight. Low
            // tolerance counts a backlash three times (the brand's own damage on top of the lost
            // post, article 000's Pepsi and Acne Studios cases); high tolerance counts half.
            backlash_weight: PerRisk([
                Sourced::assumed(3.0),
                Sourced::assumed(1.0),
                Sourced::assumed(0.5),
            ]),
            // Our assumption, following article 000's factor 7: micro creators go deep in one
            // niche, macro creators are versatile with "little niche depth". For a broad brief
            // every audience fits; the deeper the niche, the smaller the share of a large
            // creator's audience that cares.
            niche_fit: PerNiche([
                assumed_tiers(1.0, 1.0, 1.0, 1.0),
                assumed_tiers(1.0, 0.95, 0.85, 0.75),
                assumed_tiers(1.0, 0.9, 0.6, 0.4),
            ]),
            // Our assumption, following article 000's factor 8: micro content is personal and
            // relatable, macro content polished with broad appeal.
            content_style_fit: PerStyle([
                assumed_tiers(1.2, 1.2, 0.8, 0.7),
                assumed_tiers(1.0, 1.0, 1.0, 1.0),
                assumed_tiers(0.8, 0.9, 1.2, 1.3),
            ]),
            // Our assumption, following article 004: a macro post "often cannot be reused in
            // other channels" and the creator's freedom is limited; micro content becomes a
            // content stream.
            content_reuse_share: assumed_tiers(1.0, 1.0, 0.5, 0.3),
            // Our assumption: without usage rights a post is still shared and seen, but cannot
            // be used in ads or on the brand's channels.
            no_rights_content_share: Sourced::assumed(0.2),
            // Our assumption: in a community a second engaged exposure is worth a quarter of a
            // new engaged person (article 000: close ties come from repeated contact).
            repeat_exposure_credit: Sourced::assumed(0.25),
            spreads: crate::assumptions::ranges::Spreads::default(),
        }
    }
}

/// Largest accepted multiplier in the value model (style fit, backlash weight).
pub const MAX_MULTIPLIER: f64 = 10.0;

/// Largest accepted management hours per creator or per post.
pub const MAX_HOURS_PER_ITEM: f64 = 1_000.0;

/// Highest accepted weekly retention: at 1.0 engagement would never arrive.
pub const MAX_WEEKLY_RETENTION: f64 = 0.99;

impl Assumptions {
    /// The follower count of `tier`'s typical creator: the override if set, else the geometric
    /// mean of the tier's bounds.
    #[must_use]
    pub fn typical_followers(&self, tier: Tier) -> u64 {
        self.typical_followers
            .get(tier)
            .unwrap_or_else(|| self.thresholds.typical_followers(tier))
    }

    /// Checks every value of the table; the error names the first wrong entry.
    pub fn validate(&self) -> Result<(), ValidationError> {
        self.thresholds.validate()?;
        for (tier, typical) in self.typical_followers.iter() {
            if let Some(f) = *typical {
                let (from, to) = self.thresholds.bounds(tier);
                // The nano tier also holds accounts below its price anchor.
                let min = if tier == Tier::Nano { 1 } else { from };
                check::count(f, min, to - 1, Field::TypicalFollowers(tier))?;
            }
        }
        self.exchange_rate.value.validate()?;
        for platform in Platform::ALL.iter().copied() {
            for (tier, e) in self.engagement.get(platform).iter() {
                e.value
                    .validate(Field::DefaultEngagementRate(platform, tier))?;
            }
            for (tier, p) in self.price.get(platform).iter() {
                p.value.validate(Field::PriceRange(platform, tier))?;
            }
            let emv = &self.emv.get(platform).value;
            emv.cpm.validate_input(Field::EmvCpm(platform))?;
            emv.per_engagement
                .validate_input(Field::EmvPerEngagement(platform))?;
        }
        for tier in Tier::ALL.iter().copied() {
            check::rate(self.reach_rate.get(tier).value, Field::ReachRate(tier))?;
            check::rate(
                self.fake_follower_share.get(tier).value,
                Field::DefaultFakeFollowerShare(tier),
            )?;
            for scope in GeoScope::ALL.iter().copied() {
                check::rate(
                    self.region_share.get(scope).get(tier).value,
                    Field::RegionShare(scope, tier),
                )?;
            }
            check::rate(
                self.conversion_rate.get(tier).value,
                Field::ConversionRate(tier),
            )?;
            check::in_range(
                self.management_hours_per_creator.get(tier).value,
                0.0,
                MAX_HOURS_PER_ITEM,
                Field::ManagementHoursPerCreator(tier),
            )?;
            check::in_range(
                self.weekly_retention.get(tier).value,
                0.0,
                MAX_WEEKLY_RETENTION,
                Field::WeeklyRetention(tier),
            )?;
            self.content_asset_value
                .get(tier)
                .value
                .validate_input(Field::ContentAssetValue(tier))?;
            check::rate(
                self.backlash_exposure.get(tier).value,
                Field::BacklashExposure(tier),
            )?;
        }
        check::rate(
            self.credibility_threshold.value,
            Field::CredibilityThreshold,
        )?;
        check::rate(self.click_through_rate.value, Field::ClickThroughRate)?;
        check::in_range(
            self.management_hours_per_post.value,
            0.0,
            MAX_HOURS_PER_ITEM,
            Field::ManagementHoursPerPost,
        )?;
        check::in_range(
            self.content_life_weeks.value,
            1.0,
            f64::from(crate::inputs::brief::MAX_HORIZON_WEEKS),
            Field::ContentLifeWeeks,
        )?;
        check::rate(self.flagged_exposure.value, Field::FlaggedExposure)?;
        self.market.validate()?;
        check::rate(
            self.efficiency_floor.value,
            Field::Market("efficiency_floor"),
        )?;
        for (_, cpm) in self.paid_social_cpm.iter() {
            cpm.value.validate_input(Field::Market("paid_social_cpm"))?;
        }
        check::rate(self.micro_verdict_share.value, Field::MicroVerdictShare)?;
        check::in_range(
            self.macro_verdict_share.value,
            0.0,
            self.micro_verdict_share.value,
            Field::MacroVerdictShare,
        )?;
        for (risk, w) in self.backlash_weight.iter() {
            check::in_range(w.value, 0.0, MAX_MULTIPLIER, Field::BacklashWeight(risk))?;
        }
        for tier in Tier::ALL.iter().copied() {
            for (depth, fits) in self.niche_fit.iter() {
                check::rate(fits.get(tier).value, Field::DefaultNicheFit(depth, tier))?;
            }
            for (style, fits) in self.content_style_fit.iter() {
                check::in_range(
                    fits.get(tier).value,
                    0.0,
                    MAX_MULTIPLIER,
                    Field::ContentStyleFit(style, tier),
                )?;
            }
            check::rate(
                self.content_reuse_share.get(tier).value,
                Field::ContentReuseShare(tier),
            )?;
        }
        check::rate(
            self.no_rights_content_share.value,
            Field::NoRightsContentShare,
        )?;
        check::rate(
            self.repeat_exposure_credit.value,
            Field::RepeatExposureCredit,
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::source::SourceKind;

    #[test]
    fn the_default_table_is_valid() {
        assert_eq!(Assumptions::default().validate(), Ok(()));
    }

    #[test]
    fn every_value_names_a_source_with_a_name() {
        let a = Assumptions::default();
        let mut sources = vec![a.exchange_rate.source, a.credibility_threshold.source];
        for p in Platform::ALL.iter().copied() {
            sources.extend(a.engagement.get(p).iter().map(|(_, v)| v.source));
            sources.extend(a.price.get(p).iter().map(|(_, v)| v.source));
            sources.push(a.emv.get(p).source);
        }
        sources.extend(a.reach_rate.iter().map(|(_, v)| v.source));
        assert!(sources.iter().all(|s| s.source().kind != SourceKind::User));
        assert!(sources.iter().all(|s| !s.source().name.is_empty()));
        assert_eq!(
            a.engagement
                .get(Platform::TikTok)
                .get(Tier::Micro)
                .source
                .source()
                .year,
            Some(2025)
        );
        assert_eq!(
            a.price
                .get(Platform::YouTube)
                .get(Tier::Macro)
                .source
                .source()
                .year,
            Some(2023)
        );
    }

    #[test]
    fn editing_marks_the_value_and_validation_names_it() {
        let mut a = Assumptions::default();
        a.reach_rate.get_mut(Tier::Micro).set(1.5);
        assert!(a.reach_rate.get(Tier::Micro).is_user());
        assert_eq!(
            a.validate(),
            Err(ValidationError::RateOutOfRange {
                field: Field::ReachRate(Tier::Micro),
                value: 1.5
            })
        );
        let mut a = Assumptions::default();
        a.price
            .get_mut(Platform::TikTok)
            .get_mut(Tier::Macro)
            .set(PriceRange::usd(3_000, 2_000));
        assert_eq!(
            a.validate().unwrap_err().field(),
            Field::PriceRange(Platform::TikTok, Tier::Macro)
        );
        let mut a = Assumptions::default();
        *a.typical_followers.get_mut(Tier::Micro) = Some(5_000);
        assert_eq!(
            a.validate().unwrap_err().field(),
            Field::TypicalFollowers(Tier::Micro)
        );
    }

    #[test]
    fn typical_followers_default_to_the_geometric_mean() {
        let mut a = Assumptions::default();
        assert_eq!(a.typical_followers(Tier::Micro), 31_623);
        *a.typical_followers.get_mut(Tier::Micro) = Some(50_000);
        assert_eq!(a.typical_followers(Tier::Micro), 50_000);
    }
}
