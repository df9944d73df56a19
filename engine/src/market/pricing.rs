//! The price table: a price range per tier and platform, and a price for any follower count.
//!
//! The sources publish ranges per tier ("micro, Instagram: $100–500", wordontheblock 2023). The
//! default price of a tier is the range's midpoint. To price one creator, or to find which
//! creator a budget buys, the engine interpolates inside the tier *log-linearly*:
//!
//! ```text
//! price(f) = low + (high − low) · ln(f / from) / ln(to / from)     for from ≤ f ≤ to
//! ```
//!
//! where `from`/`to` are the tier's follower bounds ([`TierThresholds::bounds`](crate::TierThresholds::bounds)). The
//! wordontheblock ranges meet at the tier boundaries (micro ends at $500 where macro starts), so
//! the price is continuous across tiers; Sprout Social's estimator interpolates between tiers in
//! the same spirit (linear regression). Log-linear rather than linear
//! because follower counts span decades inside one tier: linearly, a 30k creator would cost
//! almost the bottom of the micro range. With log-linear interpolation the tier's typical
//! creator (the geometric mean of its bounds) costs exactly the midpoint, which makes the two
//! defaults agree. As a check: $5,000 buys a ≈298k-follower creator on Instagram, in line with
//! Captiv8's ≈$5,000 per post at 100–500k followers and article 000's "one 300–500k creator for
//! about $5,000".
//!
//! Invariants: `price` is non-decreasing in followers; [`largest_affordable`] returns the
//! largest follower count whose price fits the budget, so it is non-decreasing in the budget.

use crate::inputs::error::{Field, ValidationError};
use crate::inputs::money::{Currency, ExchangeRate, Money, round_cents};

/// A price range per post.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PriceRange {
    /// Price at the tier's lower follower bound.
    pub low: Money,
    /// Price at the tier's upper follower bound.
    pub high: Money,
}

impl PriceRange {
    /// A range in whole US dollars (the benchmark tables are in USD).
    #[must_use]
    pub const fn usd(low: i64, high: i64) -> Self {
        PriceRange {
            low: Money::from_major(low, Currency::Usd),
            high: Money::from_major(high, Currency::Usd),
        }
    }

    /// The midpoint, the tier's default price per post (rounded half up to the cent).
    #[must_use]
    pub fn midpoint(&self) -> Money {
        let (low, high) = (self.low.cents(), self.high.cents());
        // Computed as low + (high − low) / 2 to stay inside i64 for valid ranges.
        let half = high.saturating_sub(low).saturating_add(1) / 2;
        Money::from_cents(low.saturating_add(half), self.low.currency())
    }

    /// Both ends converted to `currency`.
    #[must_use]
    pub fn convert(&self, currency: Currency, rate: ExchangeRate) -> PriceRange {
        PriceRange {
            low: self.low.convert(currency, rate),
            high: self.high.convert(currency, rate),
        }
    }

    /// Checks `0 < low ≤ high ≤ MAX_INPUT_CENTS`, both in one currency.
    pub fn validate(&self, field: Field) -> Result<(), ValidationError> {
        self.low.validate_input(field)?;
        self.high.validate_input(field)?;
        if self.low.is_zero() {
            // A free creator would make a swarm infinitely large.
            return Err(ValidationError::OutOfRange {
                field,
                value: 0.0,
                min: 0.01,
                max: Money::MAX_INPUT_CENTS as f64 / 100.0,
            });
        }
        if self.low.currency() != self.high.currency() || self.low.cents() > self.high.cents() {
            return Err(ValidationError::NotIncreasing { field });
        }
        Ok(())
    }

    /// The price of a creator with `followers` followers in a tier whose bounds are
    /// `(from, to)`; follower counts outside the bounds get the nearest end of the range.
    #[must_use]
    pub fn price_for(&self, (from, to): (u64, u64), followers: u64) -> Money {
        let t = position(from, to, followers);
        let span = self.high.cents().saturating_sub(self.low.cents()) as f64;
        self.low.plus_cents(round_cents(span * t))
    }
}

/// Where `followers` sits between `from` and `to` on a log scale, in `0.0..=1.0`.
fn position(from: u64, to: u64, followers: u64) -> f64 {
    if to <= from || followers <= from {
        return 0.0;
    }
    if followers >= to {
        return 1.0;
    }
    let t = (followers as f64 / from as f64).ln() / (to as f64 / from as f64).ln();
    t.clamp(0.0, 1.0)
}

/// The largest creator of a tier (bounds `(from, to)`, so follower counts `from ..= to − 1`)
/// whose price fits `budget`, with that price; `None` when even the smallest does not fit.
///
/// Found by binary search on the (non-decreasing, rounded) price, so the answer is exact to the
/// cent and to the follower, and at most ~34 prices are evaluated.
#[must_use]
pub fn largest_affordable(
    range: &PriceRange,
    bounds: (u64, u64),
    budget: Money,
) -> Option<(u64, Money)> {
    let (from, to) = bounds;
    let top = to.saturating_sub(1).max(from);
    let fits = |f: u64| range.price_for(bounds, f).cents() <= budget.cents();
    if !fits(from) {
        return None;
    }
    let (mut lo, mut hi) = (from, top);
    // Invariant: fits(lo); every f > hi does not fit.
    while lo < hi {
        let mid = lo + (hi - lo).div_ceil(2);
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    Some((lo, range.price_for(bounds, lo)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MACRO_IG: PriceRange = PriceRange::usd(500, 10_000);
    const MACRO_BOUNDS: (u64, u64) = (100_000, 1_000_000);

    #[test]
    fn ends_and_midpoint() {
        assert_eq!(
            MACRO_IG.price_for(MACRO_BOUNDS, 100_000),
            Money::from_major(500, Currency::Usd)
        );
        assert_eq!(
            MACRO_IG.price_for(MACRO_BOUNDS, 50),
            Money::from_major(500, Currency::Usd)
        );
        assert_eq!(
            MACRO_IG.price_for(MACRO_BOUNDS, 1_000_000),
            Money::from_major(10_000, Currency::Usd)
        );
        assert_eq!(MACRO_IG.midpoint(), Money::from_major(5_250, Currency::Usd));
        // The geometric mean of the bounds costs the midpoint (to the cent, up to rounding of
        // the follower count).
        let typical = MACRO_IG.price_for(MACRO_BOUNDS, 316_228);
        assert!((typical.cents() - 525_000).abs() <= 1, "{typical}");
    }

    #[test]
    fn five_thousand_dollars_buys_a_creator_near_300k() {
        let budget = Money::from_major(5_000, Currency::Usd);
        let (followers, price) = largest_affordable(&MACRO_IG, MACRO_BOUNDS, budget).unwrap();
        assert!(price <= budget);
        assert!(MACRO_IG.price_for(MACRO_BOUNDS, followers + 1) > budget);
        assert!((297_000..=299_000).contains(&followers), "{followers}");
    }

    #[test]
    fn too_small_or_too_large_budgets() {
        let small = Money::from_major(499, Currency::Usd);
        assert_eq!(largest_affordable(&MACRO_IG, MACRO_BOUNDS, small), None);
        let huge = Money::from_major(1_000_000, Currency::Usd);
        let (followers, price) = largest_affordable(&MACRO_IG, MACRO_BOUNDS, huge).unwrap();
        assert_eq!(followers, 999_999);
        assert!(price <= Money::from_major(10_000, Currency::Usd));
    }

    #[test]
    fn a_flat_range_buys_the_top_of_the_tier() {
        let flat = PriceRange::usd(500, 500);
        let budget = Money::from_major(500, Currency::Usd);
        assert_eq!(
            largest_affordable(&flat, MACRO_BOUNDS, budget),
            Some((999_999, budget))
        );
    }

    #[test]
    fn validation() {
        assert_eq!(MACRO_IG.validate(Field::Budget), Ok(()));
        assert!(PriceRange::usd(10, 5).validate(Field::Budget).is_err());
        assert!(PriceRange::usd(0, 5).validate(Field::Budget).is_err());
        let mixed = PriceRange {
            low: Money::from_major(1, Currency::Eur),
            high: Money::from_major(2, Currency::Usd),
        };
        assert!(mixed.validate(Field::Budget).is_err());
    }
}
