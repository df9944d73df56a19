//! The market: how many creators there are in the brief's region and niche, how many people
//! they can reach, and what one costs.
//!
//! * **People** ([`people`]): platform users per country, published. The brief's region is
//!   its country ([`Brief::country`]) for a national campaign, the country's
//!   [`MarketTable::local_share`] for a local one (a city or region), and every country the app
//!   knows together for an international one.
//! * **Audience universe** of the brief's niche on a platform:
//!   `U = people on the platform in the region × niche share` ([`MarketTable::universe`]); the
//!   typical creators' audiences deduplicate inside it (random duplication,
//!   [`overlap`](crate::value::overlap)), so a niche's creators saturate it.
//! * **Supply** ([`MarketTable::band_supply`]): the creators of a follower band in the region
//!   who would take the brief:
//!   `N(≥1k) × (s(lo) − s(hi)) × niche share (nano and micro only) × availability(tier)`, where
//!   `N(≥1k) = people × creators per user ÷ s(10k)` and `s(f)` is the share of creators (with
//!   1,000 followers or more) who have at least `f`: a power law through HypeAuditor's shares
//!   (`s(10k)` = 18.5 %, `s(1M)` = 0.1 %, 2026), `s(f) = (f / 1k)^−β₁` below 10k and
//!   `s(10k)·(f / 10k)^−β₂` above, with `β₁ = log₁₀(1 / s(10k))` and `β₂ = log₁₀(s(10k) / s(1M)) ÷ 2`.
//!   Macro and mega creators reach across niches, so a niche does not shrink their supply; the
//!   share of their audience that cares is their niche fit ([`value`](crate::value::model)).
//! * **Price** ([`price_curve`]): one curve per platform, no cap.
//! * **Paid social** ([`paid_social`]): what Meta ads cost per 1,000 impressions in each
//!   country, the yardstick beside a plan's own cost per 1,000 impressions.
//!
//! Invariants (tested): supply and universes are finite and non-negative; supply never grows
//! with a deeper niche or a narrower scope; `s` falls with followers.

pub mod paid_social;
pub mod people;
pub mod price_curve;
pub mod pricing;

use crate::inputs::brief::{Brief, GeoScope};
use crate::inputs::country::Country;
use crate::inputs::error::{Field, ValidationError, check};
use crate::inputs::platform::Platform;
use crate::inputs::source::{SourceId, Sourced};
use crate::inputs::table::{PerNiche, PerTier};
use crate::inputs::tier::Tier;

/// Follower count where the creator counts start (the nano tier's lower bound).
const FROM: f64 = 1_000.0;

/// The market's figures in the defaults table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarketTable {
    /// Creators with 10,000 followers or more per user of the platform.
    pub creators_per_user: Sourced<f64>,
    /// Share of creators (1,000 followers or more) with at least 10,000.
    pub share_above_10k: Sourced<f64>,
    /// Share of creators (1,000 followers or more) with more than 1,000,000.
    pub share_above_1m: Sourced<f64>,
    /// Share of a tier's creators open to a paid deal in the campaign's window.
    pub availability: PerTier<Sourced<f64>>,
    /// Share of a platform's users, and of its small creators, inside the brief's niche.
    pub niche_share: PerNiche<Sourced<f64>>,
    /// Share of a country's platform users in a local campaign's city or region.
    pub local_share: Sourced<f64>,
    /// A factor on every published count of platform users (1: as published; the sampled
    /// worlds move it across the counts' range).
    pub users_scale: f64,
}

impl Default for MarketTable {
    fn default() -> Self {
        use SourceId::{HypeAuditor, ICom, Linktree, MetaFlorida};
        MarketTable {
            // I-Com counts 37,700 creators with 10k+ followers in Italy (2024): 0.090 % of its
            // 41.7M Instagram users; Kolsquare's 102,575 Spanish Instagram creators (2026) with
            // HypeAuditor's 18.5 % above 10k give 0.051 % of Spain's 37.5M. We take 0.07 %
            // between them; the range is theirs, widened (0.04–0.12 %).
            creators_per_user: Sourced::new(0.0007, ICom),
            share_above_10k: Sourced::new(0.185, HypeAuditor),
            share_above_1m: Sourced::new(0.001, HypeAuditor),
            // Linktree (2022): about 30 % of creators have done a brand deal, most of them small;
            // for creators with 10k+ followers, whose accounts are a business more often, our
            // assumption is 60 % (two thirds of French influencers have turned a deal down, so
            // not all who could will).
            availability: PerTier([
                Sourced::new(0.30, Linktree),
                Sourced::assumed(0.60),
                Sourced::assumed(0.60),
                Sourced::assumed(0.60),
            ]),
            // Broad: everyone is in the audience (our assumption). Focused: a category as large
            // as lifestyle, the largest on Instagram (13.8 %, Meta and Richard Florida 2022).
            // Deep: a specialist niche inside one category, our assumption (3 %, range 1–5 %).
            niche_share: PerNiche([
                Sourced::assumed(1.0),
                Sourced::new(0.138, MetaFlorida),
                Sourced::assumed(0.03),
            ]),
            // Our assumption: a city region's share of its country's users, about Amsterdam's
            // metropolitan area in the Netherlands (2.5M of 17.9M: 14 %); 12 %, range 5–25 %.
            local_share: Sourced::assumed(0.12),
            users_scale: 1.0,
        }
    }
}

impl MarketTable {
    /// Checks every figure: shares in (0, 1], the shares of the tail falling, finite scale.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let shares = [
            (self.creators_per_user.value, "creators_per_user"),
            (self.share_above_10k.value, "share_above_10k"),
            (self.share_above_1m.value, "share_above_1m"),
            (self.local_share.value, "local_share"),
        ]
        .into_iter()
        .chain(
            self.availability
                .0
                .iter()
                .map(|a| (a.value, "availability")),
        )
        .chain(self.niche_share.0.iter().map(|n| (n.value, "niche_share")));
        for (value, name) in shares {
            // Written so that NaN fails too.
            if !(value > 0.0 && value <= 1.0) {
                return Err(ValidationError::OutOfRange {
                    field: Field::Market(name),
                    value,
                    min: 1e-9,
                    max: 1.0,
                });
            }
        }
        if self.share_above_1m.value >= self.share_above_10k.value
            || self.share_above_10k.value >= 1.0
        {
            return Err(ValidationError::NotIncreasing {
                field: Field::Market("share_above_1m"),
            });
        }
        check::non_negative(self.users_scale, Field::Market("users_scale"))?;
        Ok(())
    }

    /// Share of creators (with 1,000 followers or more) who have at least `followers`.
    #[must_use]
    pub fn share_at_least(&self, followers: f64) -> f64 {
        let s10k = self.share_above_10k.value;
        let s1m = self.share_above_1m.value;
        if followers <= FROM {
            return 1.0;
        }
        // Powers as exp and ln, which the engine links anyway (a `powf` would add libm's pow).
        let decades = core::f64::consts::LN_10;
        if followers <= 10.0 * FROM {
            let beta = (1.0 / s10k).ln() / decades;
            return (-beta * (followers / FROM).ln()).exp();
        }
        let beta = (s10k / s1m).ln() / decades / 2.0;
        s10k * (-beta * (followers / (10.0 * FROM)).ln()).exp()
    }

    /// People on `platform` in the brief's region.
    #[must_use]
    pub fn region_users(&self, brief: &Brief, platform: Platform) -> f64 {
        let millions = match brief.geography {
            GeoScope::Local => brief.country.users(platform).value * self.local_share.value,
            GeoScope::National => brief.country.users(platform).value,
            GeoScope::International => Country::ALL.iter().map(|c| c.users(platform).value).sum(),
        };
        millions * 1e6 * self.users_scale
    }

    /// The audience universe of the brief's niche on `platform`: people in the region × the
    /// niche's share (at least one person).
    #[must_use]
    pub fn universe(&self, brief: &Brief, platform: Platform) -> f64 {
        (self.region_users(brief, platform) * self.niche_share.get(brief.niche_depth).value)
            .max(1.0)
    }

    /// Creators of `tier` with `lo ≤ followers < hi` on `platform` in the brief's region and
    /// niche who would take a deal (`hi` may be infinite).
    #[must_use]
    pub fn band_supply(
        &self,
        brief: &Brief,
        platform: Platform,
        tier: Tier,
        lo: f64,
        hi: f64,
    ) -> f64 {
        let above_1k = self.region_users(brief, platform) * self.creators_per_user.value
            / self.share_above_10k.value;
        let band = (self.share_at_least(lo) - self.share_at_least(hi)).max(0.0);
        let niche = match tier {
            Tier::Nano | Tier::Micro => self.niche_share.get(brief.niche_depth).value,
            Tier::Macro | Tier::Mega => 1.0,
        };
        let n = above_1k * band * niche * self.availability.get(tier).value;
        if n.is_finite() { n.max(0.0) } else { 0.0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::brief::NicheDepth;

    fn brief(geography: GeoScope, niche_depth: NicheDepth) -> Brief {
        Brief {
            geography,
            niche_depth,
            ..Brief::default()
        }
    }

    #[test]
    fn the_tier_shares_are_hypeauditors() {
        let m = MarketTable::default();
        assert!((m.share_at_least(10_000.0) - 0.185).abs() < 1e-12);
        assert!((m.share_at_least(1_000_000.0) - 0.001).abs() < 1e-12);
        assert_eq!(m.share_at_least(500.0), 1.0);
        let mut last = 1.0;
        for f in [2e3, 5e3, 1e4, 5e4, 1e5, 1e6, 1e7, 1e9] {
            let s = m.share_at_least(f);
            assert!(s < last, "{f}");
            last = s;
        }
    }

    #[test]
    fn supply_shrinks_with_a_deeper_niche_and_a_narrower_scope() {
        let m = MarketTable::default();
        let micro = |b: &Brief| m.band_supply(b, Platform::Instagram, Tier::Micro, 1e4, 1e5);
        let national = micro(&brief(GeoScope::National, NicheDepth::Broad));
        // The Netherlands: 11.9M Instagram users × 0.07 % with 10k+ followers, 92.6 % of them
        // below 100k, 60 % available.
        let expected =
            11.9e6 * 0.0007 * (1.0 - 0.185 * 10f64.powf(-(185f64.log10()) / 2.0) / 0.185) * 0.6;
        assert!(
            (national - expected).abs() < 1e-6 * expected,
            "{national} vs {expected}"
        );
        assert!(micro(&brief(GeoScope::National, NicheDepth::Focused)) < national);
        assert!(
            micro(&brief(GeoScope::National, NicheDepth::Deep))
                < micro(&brief(GeoScope::National, NicheDepth::Focused))
        );
        assert!(micro(&brief(GeoScope::Local, NicheDepth::Broad)) < national);
        assert!(micro(&brief(GeoScope::International, NicheDepth::Broad)) > national);
        // A niche does not shrink the supply of creators who reach across niches.
        let mega =
            |b: &Brief| m.band_supply(b, Platform::Instagram, Tier::Mega, 1e6, f64::INFINITY);
        assert_eq!(
            mega(&brief(GeoScope::National, NicheDepth::Deep)),
            mega(&brief(GeoScope::National, NicheDepth::Broad))
        );
    }

    #[test]
    fn the_universe_is_the_regions_users_in_the_niche() {
        let m = MarketTable::default();
        let u = m.universe(
            &brief(GeoScope::National, NicheDepth::Focused),
            Platform::Instagram,
        );
        assert!((u - 11.9e6 * 0.138).abs() < 1.0);
        let local = m.universe(
            &brief(GeoScope::Local, NicheDepth::Focused),
            Platform::Instagram,
        );
        assert!((local - u * 0.12).abs() < 1.0);
        assert!(
            m.universe(
                &brief(GeoScope::International, NicheDepth::Focused),
                Platform::Instagram
            ) > u
        );
        assert_eq!(MarketTable::default().validate(), Ok(()));
    }
}
