//! Turning raw numbers from input fields into engine values, with typed errors.
//!
//! The UI reads numbers from `<input>`s as floats; these helpers check them and name the field
//! when they are wrong, so a negative follower count or a 120 % rate gets a message next to the
//! right input. (Locale-aware parsing of "1.234,56" is the UI's job; these take the number.)
//! For money see [`Money::from_major_f64`](crate::Money::from_major_f64).

use crate::inputs::error::{Field, ValidationError, check};

/// A whole, non-negative count (followers, posts, universe) from a float.
///
/// Rejects NaN/infinity ([`ValidationError::NotFinite`]), negative numbers
/// ([`ValidationError::Negative`]), fractions ([`ValidationError::NotWhole`]) and numbers above
/// 2^53 ([`ValidationError::OutOfRange`], beyond which floats skip integers).
pub fn count_from_f64(value: f64, field: Field) -> Result<u64, ValidationError> {
    const MAX_EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    let value = check::non_negative(value, field)?;
    if value.fract() != 0.0 {
        return Err(ValidationError::NotWhole { field });
    }
    if value > MAX_EXACT {
        return Err(ValidationError::OutOfRange {
            field,
            value,
            min: 0.0,
            max: MAX_EXACT,
        });
    }
    Ok(value as u64)
}

/// A rate from a percentage as users type it (`3.5` → `0.035`), in 0–100 %.
pub fn rate_from_percent(percent: f64, field: Field) -> Result<f64, ValidationError> {
    let percent = check::non_negative(percent, field)?;
    if percent > 100.0 {
        return Err(ValidationError::RateOutOfRange {
            field,
            value: percent / 100.0,
        });
    }
    Ok(percent / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(count_from_f64(50_000.0, Field::Followers), Ok(50_000));
        assert_eq!(count_from_f64(0.0, Field::Followers), Ok(0));
        let kinds: Vec<_> = [-1.0, 1.5, f64::NAN, 1e17]
            .iter()
            .map(|&v| count_from_f64(v, Field::Followers).unwrap_err().kind())
            .collect();
        assert_eq!(
            kinds,
            ["negative", "not_whole", "not_finite", "out_of_range"]
        );
    }

    #[test]
    fn percentages() {
        assert_eq!(rate_from_percent(3.5, Field::EngagementRate), Ok(0.035));
        assert_eq!(rate_from_percent(100.0, Field::EngagementRate), Ok(1.0));
        assert_eq!(
            rate_from_percent(120.0, Field::EngagementRate),
            Err(ValidationError::RateOutOfRange {
                field: Field::EngagementRate,
                value: 1.2
            })
        );
        assert!(rate_from_percent(-0.1, Field::EngagementRate).is_err());
    }
}
