//! Number helpers shared by the charts: decimals per axis or table column, and pixel rounding.

/// Largest number of decimals a tick step or value is written with; beyond this the reader
/// learns nothing and labels only get longer.
const MAX_DECIMALS: usize = 6;

/// The fewest decimals that write `step` exactly (0 for 5,000; 1 for 0.5 and 2.5; 2 for 0.25),
/// capped at [`MAX_DECIMALS`]. Labels on one axis share the step's decimals, so they line up.
pub(crate) fn decimals_for_step(step: f64) -> usize {
    if !step.is_finite() || step <= 0.0 {
        return 0;
    }
    let mut scaled = step;
    for decimals in 0..MAX_DECIMALS {
        // Relative tolerance: steps come out of a multiplication by a power of ten, so 0.3 may
        // arrive as 0.30000000000000004. Relative to the step itself, so a tiny step is not
        // mistaken for a whole number.
        if (scaled - scaled.round()).abs() <= 1e-6 * scaled {
            return decimals;
        }
        scaled *= 10.0;
    }
    MAX_DECIMALS
}

/// Decimals for a column of money amounts in whole currency units: none when every amount is
/// whole (fees usually are), otherwise cents.
pub(crate) fn money_decimals(values: impl IntoIterator<Item = f64>) -> usize {
    let whole = values
        .into_iter()
        .filter(|v| v.is_finite())
        .all(|v| (v - v.round()).abs() < 0.005);
    if whole { 0 } else { 2 }
}

/// A length in pixels as a backend coordinate. Rounds to the nearest pixel; `as` saturates at
/// the `i32` range and maps NaN to 0, so no input can panic here. Callers pass finite values:
/// NaN is filtered out of the data before anything is mapped to pixels.
pub(crate) fn to_px(value: f64) -> i32 {
    value.round() as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_decimals() {
        assert_eq!(decimals_for_step(5_000.0), 0);
        assert_eq!(decimals_for_step(1.0), 0);
        assert_eq!(decimals_for_step(0.5), 1);
        assert_eq!(decimals_for_step(2.5), 1);
        assert_eq!(decimals_for_step(0.25), 2);
        assert_eq!(decimals_for_step(0.1 + 0.2), 1);
        assert_eq!(decimals_for_step(1e-12), MAX_DECIMALS);
        assert_eq!(decimals_for_step(f64::NAN), 0);
        assert_eq!(decimals_for_step(0.0), 0);
    }

    #[test]
    fn money_columns() {
        assert_eq!(money_decimals([100.0, 2_500.0]), 0);
        assert_eq!(money_decimals([100.0, 277.78]), 2);
        assert_eq!(money_decimals([f64::NAN, 5.0]), 0);
        assert_eq!(money_decimals([]), 0);
    }

    #[test]
    fn pixels_never_panic() {
        assert_eq!(to_px(2.5), 3);
        assert_eq!(to_px(-2.5), -3);
        assert_eq!(to_px(f64::NAN), 0);
        assert_eq!(to_px(1e300), i32::MAX);
        assert_eq!(to_px(f64::NEG_INFINITY), i32::MIN);
    }
}
