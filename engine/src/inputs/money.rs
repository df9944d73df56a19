//! Exact money: integer cents with a currency (invariant 6).
//!
//! [`Money`] is an `i64` number of cents plus a [`Currency`] (EUR or USD). Sums of money are
//! integer sums; floats appear only where a rate turns into money (an exchange rate, a CPM, a
//! share of a budget), and each such product is rounded to the cent once, half away from zero,
//! before it is added to anything. Arithmetic saturates instead of overflowing, so no input can
//! make the engine panic.
//!
//! Conversion uses one editable [`ExchangeRate`] (USD per EUR; default in
//! [`defaults`](crate::assumptions::defaults)). The benchmark tables are in USD, as their sources are;
//! everything the engine reports is in the currency of the brief's budget.
//!
//! Invariants: [`Money::split`] parts always add up to the whole, to the cent; adding two
//! amounts in different currencies is refused ([`Money::checked_add`] returns `None`).

use core::cmp::Ordering;
use core::fmt;

use crate::inputs::error::{Field, ValidationError, check};
use crate::inputs::ids::id_enum;

id_enum! {
    /// A currency the app can plan in.
    pub enum Currency: "currency" {
        /// Euro.
        Eur => "EUR",
        /// US dollar.
        Usd => "USD",
    }
}

/// The exchange rate between the two currencies, as US dollars per euro (e.g. 1.08).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExchangeRate {
    /// How many US dollars one euro buys.
    pub usd_per_eur: f64,
}

impl ExchangeRate {
    /// Largest accepted rate; anything above is a typing error, not an exchange rate.
    pub const MAX: f64 = 1_000.0;

    /// Checks the rate is a finite number in `(0, 1000]`.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let r = check::non_negative(self.usd_per_eur, Field::ExchangeRate)?;
        if r == 0.0 || r > Self::MAX {
            return Err(ValidationError::OutOfRange {
                field: Field::ExchangeRate,
                value: r,
                min: f64::MIN_POSITIVE,
                max: Self::MAX,
            });
        }
        Ok(())
    }

    /// Units of `to` that one unit of `from` buys.
    #[must_use]
    pub fn factor(&self, from: Currency, to: Currency) -> f64 {
        match (from, to) {
            (Currency::Eur, Currency::Usd) => self.usd_per_eur,
            (Currency::Usd, Currency::Eur) => 1.0 / self.usd_per_eur,
            _ => 1.0,
        }
    }
}

/// An exact amount of money: whole cents in one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    cents: i64,
    currency: Currency,
}

/// Rounds half away from zero to a whole number of cents; saturates at the `i64` range and maps
/// NaN to zero (Rust's float-to-int casts saturate), so it never panics.
pub(crate) fn round_cents(cents: f64) -> i64 {
    cents.round() as i64
}

impl Money {
    /// Largest amount accepted as user input (budget, price, hourly cost): 10^14 cents, i.e. one
    /// trillion units. Far above any campaign, and low enough that `price × posts` sums stay
    /// inside `i64`.
    pub const MAX_INPUT_CENTS: i64 = 100_000_000_000_000;

    /// An amount in cents.
    #[must_use]
    pub const fn from_cents(cents: i64, currency: Currency) -> Money {
        Money { cents, currency }
    }

    /// An amount in whole currency units (euros, dollars); saturates on overflow.
    #[must_use]
    pub const fn from_major(units: i64, currency: Currency) -> Money {
        Money {
            cents: units.saturating_mul(100),
            currency,
        }
    }

    /// Zero in `currency`.
    #[must_use]
    pub const fn zero(currency: Currency) -> Money {
        Money { cents: 0, currency }
    }

    /// Parses a user-entered amount in whole units (e.g. `1234.56`), rounded to the cent.
    ///
    /// Rejects NaN/infinity, negative amounts and amounts above
    /// [`MAX_INPUT_CENTS`](Self::MAX_INPUT_CENTS), naming `field`.
    pub fn from_major_f64(
        amount: f64,
        currency: Currency,
        field: Field,
    ) -> Result<Money, ValidationError> {
        let amount = check::non_negative(amount, field)?;
        let max = Self::MAX_INPUT_CENTS as f64 / 100.0;
        if amount > max {
            return Err(ValidationError::OutOfRange {
                field,
                value: amount,
                min: 0.0,
                max,
            });
        }
        Ok(Money::from_cents(round_cents(amount * 100.0), currency))
    }

    /// The amount in cents.
    #[must_use]
    pub const fn cents(self) -> i64 {
        self.cents
    }

    /// The currency.
    #[must_use]
    pub const fn currency(self) -> Currency {
        self.currency
    }

    /// The amount in whole units as a float, for display and ratios only (never sum these).
    #[must_use]
    pub fn to_major_f64(self) -> f64 {
        self.cents as f64 / 100.0
    }

    /// True for exactly zero.
    #[must_use]
    pub const fn is_zero(self) -> bool {
        self.cents == 0
    }

    /// Checks the amount is a valid input: not negative, at most
    /// [`MAX_INPUT_CENTS`](Self::MAX_INPUT_CENTS).
    pub fn validate_input(self, field: Field) -> Result<Money, ValidationError> {
        if self.cents < 0 {
            return Err(ValidationError::Negative { field });
        }
        if self.cents > Self::MAX_INPUT_CENTS {
            return Err(ValidationError::OutOfRange {
                field,
                value: self.to_major_f64(),
                min: 0.0,
                max: Self::MAX_INPUT_CENTS as f64 / 100.0,
            });
        }
        Ok(self)
    }

    /// The same value in `to`, rounded to the cent (one rounding per conversion).
    #[must_use]
    pub fn convert(self, to: Currency, rate: ExchangeRate) -> Money {
        if self.currency == to {
            return self;
        }
        Money::from_cents(
            round_cents(self.cents as f64 * rate.factor(self.currency, to)),
            to,
        )
    }

    /// `self + rhs`, or `None` when the currencies differ or the sum overflows.
    #[must_use]
    pub fn checked_add(self, rhs: Money) -> Option<Money> {
        if self.currency != rhs.currency {
            return None;
        }
        self.cents
            .checked_add(rhs.cents)
            .map(|cents| Money::from_cents(cents, self.currency))
    }

    /// `self - rhs`, or `None` when the currencies differ or the difference overflows.
    #[must_use]
    pub fn checked_sub(self, rhs: Money) -> Option<Money> {
        if self.currency != rhs.currency {
            return None;
        }
        self.cents
            .checked_sub(rhs.cents)
            .map(|cents| Money::from_cents(cents, self.currency))
    }

    /// Adds cents of the same currency, saturating (engine-internal sums, already converted).
    pub(crate) const fn plus_cents(self, cents: i64) -> Money {
        Money::from_cents(self.cents.saturating_add(cents), self.currency)
    }

    /// `self × n`, or `None` when the product does not fit (an error for the caller to report,
    /// never a silently saturated amount).
    #[must_use]
    pub fn checked_times(self, n: u64) -> Option<Money> {
        let n = i64::try_from(n).ok()?;
        Some(Money::from_cents(self.cents.checked_mul(n)?, self.currency))
    }

    /// The exact sum of amounts in one currency, or `None` when it does not fit in `i64`
    /// cents (or the currencies differ). Summed in `i128`, so only the total is checked.
    #[must_use]
    pub fn checked_sum(
        currency: Currency,
        amounts: impl IntoIterator<Item = Money>,
    ) -> Option<Money> {
        let mut total: i128 = 0;
        for m in amounts {
            if m.currency != currency {
                return None;
            }
            total += i128::from(m.cents);
        }
        Some(Money::from_cents(i64::try_from(total).ok()?, currency))
    }

    /// `self × n`, saturating. Only for amounts known to be small (a price times posts, which
    /// validation bounds far below `i64::MAX`); sums use [`Money::checked_sum`].
    #[must_use]
    pub fn times(self, n: u64) -> Money {
        let n = i64::try_from(n).unwrap_or(i64::MAX);
        Money::from_cents(self.cents.saturating_mul(n), self.currency)
    }

    /// `self × factor`, rounded to the cent once (for rates times money, e.g. hours × hourly
    /// cost). A non-finite factor gives zero rather than a panic.
    #[must_use]
    pub fn scale(self, factor: f64) -> Money {
        if !factor.is_finite() {
            return Money::zero(self.currency);
        }
        Money::from_cents(round_cents(self.cents as f64 * factor), self.currency)
    }

    /// `self / divisor` rounded to the cent, or `None` when the divisor is zero, negative or not
    /// finite (a cost per engagement with no engagements is undefined, not infinite).
    #[must_use]
    pub fn per(self, divisor: f64) -> Option<Money> {
        if divisor.is_finite() && divisor > 0.0 {
            Some(Money::from_cents(
                round_cents(self.cents as f64 / divisor),
                self.currency,
            ))
        } else {
            None
        }
    }

    /// `self / other` as a plain ratio, or `None` for different currencies or a zero divisor.
    #[must_use]
    pub fn ratio(self, other: Money) -> Option<f64> {
        (self.currency == other.currency && other.cents != 0)
            .then(|| self.cents as f64 / other.cents as f64)
    }

    /// Splits `self` into `(part, rest)` where `part ≈ self × share` (rounded half up to the
    /// cent) and `rest = self − part`, so the two parts add up to `self` exactly. `share` is
    /// clamped to `0..=1` (NaN counts as zero) and used to nine decimals. The split is done in
    /// integers, so `part` never falls and grows by at most one cent when `self` grows by one.
    #[must_use]
    pub fn split(self, share: f64) -> (Money, Money) {
        const SCALE: i128 = 1_000_000_000;
        let share = if share.is_nan() {
            0.0
        } else {
            share.clamp(0.0, 1.0)
        };
        let parts = (share * SCALE as f64).round() as i128;
        let total = i128::from(self.cents);
        // Floor division after adding half: rounds half up, also for negative amounts.
        let first = (total * parts + SCALE / 2).div_euclid(SCALE);
        let first = i64::try_from(first).unwrap_or(0);
        (
            Money::from_cents(first, self.currency),
            Money::from_cents(self.cents - first, self.currency),
        )
    }
}

impl PartialOrd for Money {
    /// Amounts compare only within one currency; across currencies there is no order.
    fn partial_cmp(&self, other: &Money) -> Option<Ordering> {
        (self.currency == other.currency).then(|| self.cents.cmp(&other.cents))
    }
}

impl fmt::Display for Money {
    /// Plain machine format, `1234.56 EUR`; the UI formats per language itself.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let abs = self.cents.unsigned_abs();
        write!(f, "{sign}{}.{:02} {}", abs / 100, abs % 100, self.currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RATE: ExchangeRate = ExchangeRate { usd_per_eur: 1.25 };

    #[test]
    fn split_parts_add_up_exactly() {
        for cents in [0, 1, 2, 3, 99, 100, 12_345, 1_000_001, -7] {
            for share in [0.0, 0.1, 1.0 / 3.0, 0.5, 0.999, 1.0, f64::NAN, 7.0, -1.0] {
                let m = Money::from_cents(cents, Currency::Eur);
                let (a, b) = m.split(share);
                assert_eq!(a.cents() + b.cents(), cents, "{cents} × {share}");
            }
        }
    }

    #[test]
    fn conversion_rounds_once_and_round_trips_closely() {
        let eur = Money::from_major(100, Currency::Eur);
        let usd = eur.convert(Currency::Usd, RATE);
        assert_eq!(usd, Money::from_cents(12_500, Currency::Usd));
        assert_eq!(usd.convert(Currency::Eur, RATE), eur);
        assert_eq!(eur.convert(Currency::Eur, RATE), eur);
    }

    #[test]
    fn parsing_user_amounts() {
        let m = Money::from_major_f64(1234.567, Currency::Usd, Field::Budget).unwrap();
        assert_eq!(m.cents(), 123_457);
        assert_eq!(
            Money::from_major_f64(-1.0, Currency::Usd, Field::Budget),
            Err(ValidationError::Negative {
                field: Field::Budget
            })
        );
        assert!(matches!(
            Money::from_major_f64(f64::INFINITY, Currency::Usd, Field::Budget),
            Err(ValidationError::NotFinite { .. })
        ));
        assert!(matches!(
            Money::from_major_f64(1e13, Currency::Usd, Field::Budget),
            Err(ValidationError::OutOfRange { .. })
        ));
    }

    #[test]
    fn mixed_currencies_do_not_add_or_compare() {
        let e = Money::from_major(1, Currency::Eur);
        let d = Money::from_major(1, Currency::Usd);
        assert_eq!(e.checked_add(d), None);
        assert_eq!(e.partial_cmp(&d), None);
        assert_eq!(e.checked_add(e), Some(Money::from_major(2, Currency::Eur)));
    }

    #[test]
    fn arithmetic_saturates_instead_of_panicking() {
        let big = Money::from_cents(i64::MAX - 1, Currency::Eur);
        assert_eq!(big.times(10).cents(), i64::MAX);
        assert_eq!(big.plus_cents(10).cents(), i64::MAX);
        assert_eq!(big.scale(1e10).cents(), i64::MAX);
        assert_eq!(big.scale(f64::NAN).cents(), 0);
        assert_eq!(big.per(0.0), None);
        assert_eq!(big.checked_add(big), None);
    }

    #[test]
    fn display_is_plain() {
        assert_eq!(
            Money::from_cents(123_456, Currency::Eur).to_string(),
            "1234.56 EUR"
        );
        assert_eq!(
            Money::from_cents(-5, Currency::Usd).to_string(),
            "-0.05 USD"
        );
        assert_eq!("USD".parse::<Currency>(), Ok(Currency::Usd));
        assert!("usd".parse::<Currency>().is_err());
    }
}
