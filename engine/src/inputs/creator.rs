//! A creator record: who they are and what the campaign buys from them.
//!
//! A [`Creator`] holds what the user knows. Only the platform and follower count are required;
//! every `Option` field left at `None` is filled from the defaults table for the creator's tier
//! and platform when metrics are computed (and the metrics say which ones were filled, see
//! [`EstimatedInputs`](crate::EstimatedInputs)).
//!
//! Engagement rates are stored with the method they were measured by
//! ([`EngagementBasis`]): the sources divide engagements by followers (Instagram benchmarks,
//! the seed articles), by views (Modash for TikTok and YouTube), by reach or by impressions, and
//! the numbers are not comparable. The engine converts every rate to "per follower" before it
//! multiplies by followers:
//!
//! ```text
//! per-follower rate = rate                  (basis: followers)
//!                   = rate × reach rate     (basis: views, reach or impressions)
//! ```
//!
//! because a post's views (or reach, or impressions, counting one view per account reached) are
//! `followers × reach rate` (Minter.io 2019 median reach rates; see
//! [`defaults`](crate::assumptions::defaults)).
//!
//! Invariant: [`Creator::validate`] accepts exactly the values every computation handles
//! without NaN, infinity, overflow or panic.

use crate::inputs::error::{Field, ValidationError, check};
use crate::inputs::ids::id_enum;
use crate::inputs::money::Money;
use crate::inputs::platform::Platform;
use crate::inputs::tier::{Tier, TierThresholds};

/// Largest follower count accepted (10 billion: more than there are people).
pub const MAX_FOLLOWERS: u64 = 10_000_000_000;

/// Most posts one creator can make in one campaign.
pub const MAX_POSTS: u32 = 1_000;

id_enum! {
    /// What the user decided about a creator for the optimiser.
    pub enum Choice: "choice" {
        /// The optimiser may pick the creator or not.
        Open => "open",
        /// Always in the plan (pinned by hand).
        Pinned => "pinned",
        /// Never in the plan (excluded by hand).
        Excluded => "excluded",
    }
}

id_enum! {
    /// What an engagement rate was divided by.
    pub enum EngagementBasis: "engagement basis" {
        /// Engagements per post ÷ followers (the seed articles; Instagram benchmarks).
        Followers => "followers",
        /// Engagements ÷ views (Modash for TikTok and YouTube).
        Views => "views",
        /// Engagements ÷ accounts reached (ERR).
        Reach => "reach",
        /// Engagements ÷ impressions (e.g. Captiv8).
        Impressions => "impressions",
    }
}

/// An engagement rate and how it was measured.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EngagementRate {
    /// The rate as a fraction (0.035 = 3.5 %).
    pub rate: f64,
    /// What it was divided by.
    pub basis: EngagementBasis,
}

impl EngagementRate {
    /// A rate per follower (0.035 = 3.5 %).
    #[must_use]
    pub const fn per_follower(rate: f64) -> Self {
        EngagementRate {
            rate,
            basis: EngagementBasis::Followers,
        }
    }

    /// A rate per view (0.035 = 3.5 %).
    #[must_use]
    pub const fn per_view(rate: f64) -> Self {
        EngagementRate {
            rate,
            basis: EngagementBasis::Views,
        }
    }

    /// The equivalent rate per follower, given the share of followers a post reaches.
    #[must_use]
    pub fn follower_equivalent(&self, reach_rate: f64) -> f64 {
        match self.basis {
            EngagementBasis::Followers => self.rate,
            EngagementBasis::Views | EngagementBasis::Reach | EngagementBasis::Impressions => {
                self.rate * reach_rate
            }
        }
    }

    /// Checks the rate is in 0–100 %.
    pub fn validate(&self, field: Field) -> Result<(), ValidationError> {
        check::rate(self.rate, field).map(drop)
    }
}

/// One creator in a roster.
#[derive(Debug, Clone, PartialEq)]
pub struct Creator {
    /// Display name or handle (free text; not used in calculations).
    pub name: String,
    /// The platform of the posts bought.
    pub platform: Platform,
    /// Follower count (1 ..= [`MAX_FOLLOWERS`]).
    pub followers: u64,
    /// Measured engagement rate; `None`: the tier's benchmark for the platform.
    pub engagement: Option<EngagementRate>,
    /// Price per post in any currency; `None`: estimated from the price table.
    pub price_per_post: Option<Money>,
    /// Posts in the campaign (1 ..= [`MAX_POSTS`]).
    pub posts: u32,
    /// Share of the audience inside the target region (0–1); `None`: the tier's default for
    /// the brief's geography.
    pub target_region_share: Option<f64>,
    /// Share of followers that are fake or inactive (0–1); `None`: the tier's default.
    pub fake_follower_share: Option<f64>,
    /// How well the creator's niche fits the brand (0 = not at all, 1 = exactly); `None`:
    /// unknown, left out of the niche factor.
    pub niche_fit: Option<f64>,
    /// The user flagged a brand-fit or reputation risk (notes, past controversy).
    pub brand_risk: bool,
    /// Conversions per engagement (0–1); `None`: the tier's default (calcbee).
    pub conversion_rate: Option<f64>,
    /// The creator's niche or category, when known: creators of one niche share an audience
    /// cell in the overlap model.
    pub niche: Option<String>,
    /// Pinned, excluded or left to the optimiser.
    pub choice: Choice,
    /// How many of this creator the user's plan hires: 0 for a candidate the optimiser may
    /// choose, 1 for a creator of the plan, more for a typical creator the plan stands for
    /// several of (see [`advice`](crate::decision::advice)). At most [`MAX_PLANNED`].
    pub planned: u32,
}

/// The most copies of one creator a plan can hire (a typical creator still to be found, `× n`).
pub const MAX_PLANNED: u32 = 10_000;

impl Creator {
    /// A creator with one post and everything else taken from the defaults table.
    #[must_use]
    pub fn new(platform: Platform, followers: u64) -> Self {
        Creator {
            name: String::new(),
            platform,
            followers,
            engagement: None,
            price_per_post: None,
            posts: 1,
            target_region_share: None,
            fake_follower_share: None,
            niche_fit: None,
            brand_risk: false,
            conversion_rate: None,
            niche: None,
            choice: Choice::Open,
            planned: 0,
        }
    }

    /// Puts `copies` of this creator in the user's plan (0: a candidate only).
    #[must_use]
    pub fn with_planned(mut self, copies: u32) -> Self {
        self.planned = copies;
        self
    }

    /// Sets the conversion rate (conversions per engagement).
    #[must_use]
    pub fn with_conversion_rate(mut self, rate: f64) -> Self {
        self.conversion_rate = Some(rate);
        self
    }

    /// Sets whether the creator is pinned, excluded or open.
    #[must_use]
    pub fn with_choice(mut self, choice: Choice) -> Self {
        self.choice = choice;
        self
    }

    /// Sets the display name.
    #[must_use]
    pub fn named(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    /// Sets the measured engagement rate.
    #[must_use]
    pub fn with_engagement(mut self, engagement: EngagementRate) -> Self {
        self.engagement = Some(engagement);
        self
    }

    /// Sets the price per post.
    #[must_use]
    pub fn with_price(mut self, price: Money) -> Self {
        self.price_per_post = Some(price);
        self
    }

    /// Sets the number of posts.
    #[must_use]
    pub fn with_posts(mut self, posts: u32) -> Self {
        self.posts = posts;
        self
    }

    /// Sets the share of the audience in the target region.
    #[must_use]
    pub fn with_target_region_share(mut self, share: f64) -> Self {
        self.target_region_share = Some(share);
        self
    }

    /// Sets the fake-follower share.
    #[must_use]
    pub fn with_fake_follower_share(mut self, share: f64) -> Self {
        self.fake_follower_share = Some(share);
        self
    }

    /// The creator's tier under `thresholds`.
    #[must_use]
    pub fn tier(&self, thresholds: &TierThresholds) -> Tier {
        thresholds.tier_of(self.followers)
    }

    /// Checks every field; the error names the first field that is wrong.
    pub fn validate(&self) -> Result<(), ValidationError> {
        check::count(self.followers, 1, MAX_FOLLOWERS, Field::Followers)?;
        if let Some(e) = &self.engagement {
            e.validate(Field::EngagementRate)?;
        }
        if let Some(p) = self.price_per_post {
            p.validate_input(Field::PricePerPost)?;
        }
        check::count(u64::from(self.posts), 1, u64::from(MAX_POSTS), Field::Posts)?;
        if let Some(s) = self.target_region_share {
            check::rate(s, Field::TargetRegionShare)?;
        }
        if let Some(s) = self.fake_follower_share {
            check::rate(s, Field::FakeFollowerShare)?;
        }
        if let Some(s) = self.niche_fit {
            check::rate(s, Field::NicheFit)?;
        }
        if let Some(r) = self.conversion_rate {
            check::rate(r, Field::CreatorConversionRate)?;
        }
        check::count(
            u64::from(self.planned),
            0,
            u64::from(MAX_PLANNED),
            Field::Planned,
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::money::Currency;

    #[test]
    fn a_minimal_creator_is_valid() {
        assert_eq!(Creator::new(Platform::Instagram, 50_000).validate(), Ok(()));
    }

    #[test]
    fn each_invalid_field_is_named() {
        let base = Creator::new(Platform::TikTok, 50_000);
        let cases: Vec<(Creator, Field, &str)> = vec![
            (
                Creator {
                    followers: 0,
                    ..base.clone()
                },
                Field::Followers,
                "out_of_range",
            ),
            (
                base.clone()
                    .with_engagement(EngagementRate::per_follower(f64::NAN)),
                Field::EngagementRate,
                "not_finite",
            ),
            (
                base.clone().with_engagement(EngagementRate::per_view(1.2)),
                Field::EngagementRate,
                "rate_out_of_range",
            ),
            (
                base.clone()
                    .with_price(Money::from_cents(-1, Currency::Eur)),
                Field::PricePerPost,
                "negative",
            ),
            (base.clone().with_posts(0), Field::Posts, "out_of_range"),
            (
                base.clone().with_target_region_share(-0.5),
                Field::TargetRegionShare,
                "negative",
            ),
            (
                base.clone().with_fake_follower_share(1.5),
                Field::FakeFollowerShare,
                "rate_out_of_range",
            ),
            (
                Creator {
                    niche_fit: Some(f64::INFINITY),
                    ..base.clone()
                },
                Field::NicheFit,
                "not_finite",
            ),
        ];
        for (creator, field, kind) in cases {
            let err = creator.validate().unwrap_err();
            assert_eq!((err.field(), err.kind()), (field, kind), "{creator:?}");
        }
    }

    #[test]
    fn rates_per_view_convert_through_the_reach_rate() {
        assert_eq!(
            EngagementRate::per_follower(0.05).follower_equivalent(0.2),
            0.05
        );
        let per_view = EngagementRate::per_view(0.05).follower_equivalent(0.2);
        assert!((per_view - 0.01).abs() < 1e-15);
    }
}
