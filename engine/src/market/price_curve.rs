//! One price curve per platform: `price(f) = p₀ · (f / F₀)^α`, with no cap.
//!
//! Fitted by least squares on the log scale (`ln price = a + α ln f`) to the price table's
//! midpoints at each tier's typical follower count (wordontheblock 2023, with the user's edits)
//! and to the published fees of the largest accounts (Hopper HQ 2023, Instagram: $3.23M a post
//! at 600M followers, $2.6M at 480M, $1.38M at 256M; for TikTok and YouTube scaled by the ratio
//! of their mega midpoint to Instagram's, since no such list exists for them). On the default
//! table the Instagram fit has `α ≈ 0.91`: each tenfold of followers costs about eight times
//! more, so a creator's cost per follower falls slowly with size, and a 50M account costs what
//! such accounts cost instead of the table's top price. The table's midpoints lie within
//! 0.7–1.5 times the curve (its range).
//!
//! Invariants (tested): the price rises with followers; it is at least one cent and at most
//! [`Money::MAX_INPUT_CENTS`]; the fit reproduces an exact power law.

use crate::inputs::money::Money;

/// Published fees per post of the largest Instagram accounts, in US dollars (followers, fee):
/// Ronaldo, Messi and Kohli in Hopper HQ's 2023 list.
pub const CELEBRITY_FEES_USD: [(f64, f64); 3] = [(600e6, 3.23e6), (480e6, 2.6e6), (256e6, 1.38e6)];

/// A fitted price curve, in cents of one currency.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PriceCurve {
    /// The exponent α.
    pub alpha: f64,
    /// `ln` of the price in cents at one follower (the fit's intercept).
    pub ln_scale: f64,
}

impl PriceCurve {
    /// The least-squares fit of `ln price` on `ln followers` through `points`
    /// (followers, price in cents); points that are not positive are skipped. With fewer than two
    /// distinct follower counts, a curve proportional to followers through their mean.
    #[must_use]
    pub fn fit(points: &[(f64, f64)]) -> Self {
        let logs: Vec<(f64, f64)> = points
            .iter()
            .filter(|(f, p)| *f > 0.0 && *p > 0.0 && f.is_finite() && p.is_finite())
            .map(|(f, p)| (f.ln(), p.ln()))
            .collect();
        let n = logs.len() as f64;
        if logs.is_empty() {
            return PriceCurve {
                alpha: 1.0,
                ln_scale: 0.0,
            };
        }
        let mx = logs.iter().map(|(x, _)| x).sum::<f64>() / n;
        let my = logs.iter().map(|(_, y)| y).sum::<f64>() / n;
        let sxx: f64 = logs.iter().map(|(x, _)| (x - mx) * (x - mx)).sum();
        let sxy: f64 = logs.iter().map(|(x, y)| (x - mx) * (y - my)).sum();
        let alpha = if sxx > 1e-12 { sxy / sxx } else { 1.0 };
        // A price that falls with followers would make the largest account free: never below
        // proportional-to-nothing growth.
        let alpha = alpha.max(0.0);
        PriceCurve {
            alpha,
            ln_scale: my - alpha * mx,
        }
    }

    /// The price in cents of a creator with `followers` followers: at least one cent, at most
    /// [`Money::MAX_INPUT_CENTS`].
    #[must_use]
    pub fn price_cents(&self, followers: u64) -> i64 {
        let f = (followers.max(1)) as f64;
        let cents = (self.ln_scale + self.alpha * f.ln()).exp();
        if cents.is_finite() {
            (cents.round() as i64).clamp(1, Money::MAX_INPUT_CENTS)
        } else {
            Money::MAX_INPUT_CENTS
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exact_power_law_is_reproduced() {
        let points: Vec<(f64, f64)> = [1e3, 1e4, 1e5, 1e6]
            .iter()
            .map(|&f: &f64| (f, 7.0 * f.powf(0.9)))
            .collect();
        let c = PriceCurve::fit(&points);
        assert!((c.alpha - 0.9).abs() < 1e-9);
        assert_eq!(
            c.price_cents(1_000_000),
            (7.0 * 1e6f64.powf(0.9)).round() as i64
        );
    }

    #[test]
    fn prices_rise_with_followers_and_stay_in_bounds() {
        let c = PriceCurve::fit(&[(3_162.0, 5_500.0), (31_623.0, 30_000.0), (3e6, 4_250_000.0)]);
        let mut last = 0;
        for f in [
            1,
            1_000,
            10_000,
            100_000,
            1_000_000,
            50_000_000,
            600_000_000,
            u64::MAX,
        ] {
            let p = c.price_cents(f);
            assert!(
                p >= last && (1..=Money::MAX_INPUT_CENTS).contains(&p),
                "{f}: {p}"
            );
            last = p;
        }
        assert_eq!(PriceCurve::fit(&[]).price_cents(100), 100);
    }
}
