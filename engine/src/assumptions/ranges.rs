//! How uncertain each benchmark is: a low and a high value per default, with its source.
//!
//! The sources publish ranges, not points: Modash's "average" engagement band per follower
//! band (the central value in [`defaults`](crate::assumptions::defaults) is the band's midpoint), the spread
//! of reach rates across studies (Minter.io's medians against startmotionmedia's 2024 ranges),
//! price bands, and the seeds' own "3–5 %" and "10,000–15,000". [`Spreads`] holds a low and a
//! high for every default the plans depend on; where no source gives a range, the spread is
//! our assumption and says so.
//!
//! A spread is written in the same units as its value. [`Spreads::world`] turns one draw
//! `u ∈ [0, 1]` per entry into a table: `u = 0` gives the low value, `u = ½` the central one
//! and `u = 1` the high one, linearly in between (so every input's median is its central
//! value even when the range is lopsided, e.g. Minter's mega reach rate at the top of
//! startmotionmedia's range).
//!
//! Invariants: `low ≤ central ≤ high` for every entry of [`Spreads::default`] against
//! [`Assumptions::default`] (tested), and any draw gives a table that passes
//! [`Assumptions::validate`] whenever the central table does.

use crate::assumptions::defaults::Assumptions;
use crate::inputs::creator::EngagementRate;
use crate::inputs::ids::id_enum;
use crate::inputs::platform::Platform;
use crate::inputs::source::{SourceId, Sourced};
use crate::inputs::table::{PerPlatform, PerTier};
use crate::inputs::tier::Tier;

id_enum! {
    /// A group of uncertain assumptions, swung together in the sensitivity analysis.
    pub enum Assumption: "assumption" {
        /// Engagement rates by platform and tier.
        Engagement => "engagement",
        /// Share of followers one post reaches, by tier.
        ReachRate => "reach_rate",
        /// Prices per post (a factor on the price table).
        Price => "price",
        /// Conversions per engagement, by tier.
        Conversion => "conversion",
        /// Fake-follower shares, by tier.
        FakeShare => "fake_share",
        /// Share of an audience in the target region, by tier.
        RegionShare => "region_share",
        /// Management hours per creator, by tier.
        Hours => "hours",
        /// Backlash exposure, by tier.
        Backlash => "backlash",
        /// Content value per post, by tier.
        ContentValue => "content_value",
        /// People on the platform in the target region (a factor on every published count).
        Universe => "universe",
        /// Creators per platform user (the market's supply).
        Supply => "supply",
        /// Share of creators open to a deal, by tier.
        Availability => "availability",
    }
}

/// A low and a high value, with where the range comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    /// The low end.
    pub low: f64,
    /// The high end.
    pub high: f64,
    /// Where the range comes from.
    pub source: SourceId,
}

impl Spread {
    const fn new(low: f64, high: f64, source: SourceId) -> Self {
        Spread { low, high, source }
    }

    const fn assumed(low: f64, high: f64) -> Self {
        Spread::new(low, high, SourceId::OurAssumption)
    }

    /// The value at draw `u ∈ [0, 1]`: low at 0, `central` at ½, high at 1, linear in between;
    /// the ends are widened to include `central` when it lies outside them.
    #[must_use]
    pub fn at(&self, central: f64, u: f64) -> f64 {
        let low = self.low.min(central);
        let high = self.high.max(central);
        let u = if u.is_finite() {
            u.clamp(0.0, 1.0)
        } else {
            0.5
        };
        if u <= 0.5 {
            // Written from the centre so that u = ½ gives `central` exactly.
            central - (central - low) * (1.0 - u / 0.5)
        } else {
            central + (high - central) * ((u - 0.5) / 0.5)
        }
    }
}

/// A relative spread: the factor at the low and at the high end (`0.5` to `1.5` is ±50 %).
const fn factor(low: f64, high: f64) -> Spread {
    Spread::assumed(low, high)
}

/// The ranges of the defaults. Engagement and reach rates are absolute (fractions); the others
/// are factors on the central value (so they follow the user's edits of the table).
#[derive(Debug, Clone, PartialEq)]
pub struct Spreads {
    /// Engagement rate per platform and tier (fractions, in each platform's basis).
    pub engagement: PerPlatform<PerTier<Spread>>,
    /// Reach rate per tier (fractions).
    pub reach_rate: PerTier<Spread>,
    /// Factor on every price of the table.
    pub price: Spread,
    /// Factor on the conversion rate of each tier.
    pub conversion: Spread,
    /// Factor on the fake-follower share of each tier.
    pub fake_share: Spread,
    /// Factor on the region share of each tier.
    pub region_share: Spread,
    /// Factor on the management hours per creator of each tier.
    pub hours: Spread,
    /// Factor on the backlash exposure of each tier.
    pub backlash: Spread,
    /// Factor on the content value of each tier.
    pub content_value: Spread,
    /// Factor on every published count of platform users.
    pub universe: Spread,
    /// Factor on the creators per platform user.
    pub supply: Spread,
    /// Factor on each tier's availability.
    pub availability: Spread,
}

impl Default for Spreads {
    fn default() -> Self {
        use SourceId::{ModashInstagram, ModashTikTok, ModashYouTube, StartMotionMedia};
        // Modash's "average" bands for the follower band of each tier's typical creator (the
        // central values in `defaults` are these bands' midpoints).
        let band = |low: f64, high: f64, source| Spread::new(low, high, source);
        let instagram = PerTier([
            band(0.0338, 0.0442, ModashInstagram),
            band(0.0084, 0.0111, ModashInstagram),
            band(0.0087, 0.0114, ModashInstagram),
            band(0.0102, 0.0127, ModashInstagram),
        ]);
        let tiktok = PerTier([
            band(0.1206, 0.1404, ModashTikTok),
            band(0.0838, 0.0937, ModashTikTok),
            band(0.0666, 0.0739, ModashTikTok),
            band(0.0620, 0.0684, ModashTikTok),
        ]);
        let youtube = PerTier([
            band(0.0147, 0.0202, ModashYouTube),
            band(0.0036, 0.0051, ModashYouTube),
            band(0.0019, 0.0027, ModashYouTube),
            band(0.0013, 0.0018, ModashYouTube),
        ]);
        Spreads {
            engagement: PerPlatform([instagram, tiktok, youtube]),
            // startmotionmedia (mid-2024) feed-post reach ranges by tier; Minter's medians
            // (the central values) sit inside or at the top of them.
            reach_rate: PerTier([
                band(0.20, 0.40, StartMotionMedia),
                band(0.15, 0.30, StartMotionMedia),
                band(0.10, 0.20, StartMotionMedia),
                band(0.05, 0.12, StartMotionMedia),
            ]),
            // Our assumption: a creator's fee varies ±35 % around the table's price (Pinkk
            // publishes ±35 % bands for creator predictions; no price source gives a spread for
            // a given follower count).
            price: factor(0.65, 1.35),
            // Our assumptions: ±50 % where the sources give a single figure (calcbee's
            // conversion rates) or none (fake shares, region shares, hours, backlash, content
            // value, universe).
            conversion: factor(0.5, 1.5),
            fake_share: factor(0.5, 1.5),
            region_share: factor(0.75, 1.25),
            hours: factor(0.5, 1.5),
            backlash: factor(0.5, 1.5),
            content_value: factor(0.5, 1.5),
            // The published user counts differ by kind (monthly users of all ages against adult
            // advertising audiences: Spain's Instagram 37.5M against 26.4M, 2025): ±20 %.
            universe: Spread::new(0.8, 1.2, SourceId::DataReportal),
            // I-Com's Italy (0.090 %) and Kolsquare's Spain (0.051 %) around our 0.07 %, widened:
            // 0.04–0.12 %.
            supply: Spread::new(0.04 / 0.07, 0.12 / 0.07, SourceId::ICom),
            availability: factor(0.5, 1.33),
        }
    }
}

/// One draw per uncertain entry of the table, in `[0, 1]` (½ is the central value).
pub type Draw<'a> = &'a mut dyn FnMut(Assumption) -> f64;

impl Spreads {
    /// The table in one world: every uncertain entry moved to its value at the draw `next`
    /// gives for it (called once per entry, in a fixed order, so a seeded source of draws
    /// gives the same world every time). Edited (user) values stay as they are: the user's
    /// own figure is not a benchmark.
    pub fn world(&self, central: &Assumptions, next: Draw<'_>) -> Assumptions {
        let mut a = central.clone();
        for platform in Platform::ALL.iter().copied() {
            for tier in Tier::ALL.iter().copied() {
                let cell = a.engagement.get_mut(platform).get_mut(tier);
                let u = next(Assumption::Engagement);
                if !cell.is_user() {
                    let spread = self.engagement.get(platform).get(tier);
                    let rate = spread.at(cell.value.rate, u).clamp(0.0, 1.0);
                    cell.value = EngagementRate {
                        rate,
                        basis: cell.value.basis,
                    };
                }
            }
        }
        for tier in Tier::ALL.iter().copied() {
            let u = next(Assumption::ReachRate);
            let cell = a.reach_rate.get_mut(tier);
            if !cell.is_user() {
                cell.value = self.reach_rate.get(tier).at(cell.value, u).clamp(0.0, 1.0);
            }
        }
        let price = self.price.at(1.0, next(Assumption::Price));
        for platform in Platform::ALL.iter().copied() {
            for cell in a.price.get_mut(platform).0.iter_mut() {
                if !cell.is_user() {
                    let low = cell.value.low.scale(price);
                    let high = cell.value.high.scale(price);
                    cell.value.low =
                        crate::inputs::money::Money::from_cents(low.cents().max(1), low.currency());
                    cell.value.high = crate::inputs::money::Money::from_cents(
                        high.cents().max(cell.value.low.cents()),
                        high.currency(),
                    );
                }
            }
        }
        scale_tiers(
            &mut a.conversion_rate,
            &self.conversion,
            Assumption::Conversion,
            next,
            1.0,
        );
        scale_tiers(
            &mut a.fake_follower_share,
            &self.fake_share,
            Assumption::FakeShare,
            next,
            0.99,
        );
        for scope in crate::inputs::brief::GeoScope::ALL.iter().copied() {
            scale_tiers(
                a.region_share.get_mut(scope),
                &self.region_share,
                Assumption::RegionShare,
                next,
                1.0,
            );
        }
        scale_tiers(
            &mut a.management_hours_per_creator,
            &self.hours,
            Assumption::Hours,
            next,
            crate::assumptions::defaults::MAX_HOURS_PER_ITEM,
        );
        scale_tiers(
            &mut a.backlash_exposure,
            &self.backlash,
            Assumption::Backlash,
            next,
            1.0,
        );
        for tier in Tier::ALL.iter().copied() {
            let u = next(Assumption::ContentValue);
            let cell = a.content_asset_value.get_mut(tier);
            if !cell.is_user() {
                cell.value = cell.value.scale(self.content_value.at(1.0, u));
            }
        }
        let u = next(Assumption::Universe);
        a.market.users_scale *= self.universe.at(1.0, u).max(0.0);
        let u = next(Assumption::Supply);
        let cell = &mut a.market.creators_per_user;
        if !cell.is_user() {
            cell.value = (cell.value * self.supply.at(1.0, u)).clamp(1e-9, 1.0);
        }
        for cell in a.market.availability.0.iter_mut() {
            let u = next(Assumption::Availability);
            if !cell.is_user() {
                cell.value = (cell.value * self.availability.at(1.0, u)).clamp(1e-9, 1.0);
            }
        }
        a
    }
}

/// Scales each tier's value by the spread's factor at its own draw, capped at `max`.
fn scale_tiers(
    table: &mut PerTier<Sourced<f64>>,
    spread: &Spread,
    which: Assumption,
    next: Draw<'_>,
    max: f64,
) {
    for cell in table.0.iter_mut() {
        let u = next(which);
        if !cell.is_user() {
            // Not `f64::clamp`: with a bound that is not a constant, its check of the bounds
            // brings float debug printing into the wasm; `max` is positive.
            cell.value = (cell.value * spread.at(1.0, u)).max(0.0).min(max);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn central_values_lie_inside_their_ranges_or_at_an_end() {
        let a = Assumptions::default();
        let s = Spreads::default();
        for platform in Platform::ALL.iter().copied() {
            for tier in Tier::ALL.iter().copied() {
                let central = a.engagement.get(platform).get(tier).value.rate;
                let spread = s.engagement.get(platform).get(tier);
                assert!(
                    spread.low <= central && central <= spread.high,
                    "{platform} {tier}"
                );
            }
        }
        for factor in [s.price, s.conversion, s.hours, s.universe] {
            assert!(factor.low <= 1.0 && 1.0 <= factor.high);
        }
    }

    #[test]
    fn a_draw_of_one_half_is_the_central_table_and_every_world_is_valid() {
        let a = Assumptions::default();
        let s = Spreads::default();
        assert_eq!(s.world(&a, &mut |_| 0.5), a);
        for u in [0.0, 0.25, 0.75, 1.0] {
            assert_eq!(s.world(&a, &mut |_| u).validate(), Ok(()), "u = {u}");
        }
        let low = s.world(&a, &mut |_| 0.0);
        assert_eq!(
            low.engagement
                .get(Platform::Instagram)
                .get(Tier::Micro)
                .value
                .rate,
            0.0084
        );
        // Minter's mega reach rate (19.09 %) is above startmotionmedia's 5–12 %: the range is
        // widened to include it, so u = 1 stays at the central value.
        let high = s.world(&a, &mut |_| 1.0);
        assert_eq!(
            high.reach_rate.get(Tier::Mega).value,
            a.reach_rate.get(Tier::Mega).value
        );
    }

    #[test]
    fn the_users_own_values_do_not_move() {
        let mut a = Assumptions::default();
        a.reach_rate.get_mut(Tier::Micro).set(0.3);
        let w = Spreads::default().world(&a, &mut |_| 0.0);
        assert_eq!(w.reach_rate.get(Tier::Micro).value, 0.3);
        assert!(w.reach_rate.get(Tier::Nano).value < a.reach_rate.get(Tier::Nano).value);
    }
}
