//! Numbers as text and back, without `core`'s float parser and printer (both large in the
//! wasm; clippy.toml and the size report's forbidden code keep them out).
//!
//! - [`parse_f64`]: decimal text to the nearest `f64`, as `str::parse::<f64>` reads it.
//! - [`fixed`] and [`shortest`]: a non-negative finite `f64` as decimal text with a `.`, as
//!   `format!("{x:.d$}")` and `x.to_string()` write it.
//!
//! Language notation (grouping, the Dutch decimal comma) is not here: `crate::i18n` writes
//! numbers for people with these, and `crate::json` writes and reads its numbers with them.
//! This module depends on nothing else in the crate.

mod big;
mod decimal;
mod parse_float;

pub use decimal::{fixed, shortest};
pub use parse_float::parse_f64;

/// `x` for a machine to read: [`shortest`] with a `-` when the text is not zero (so never
/// `-0`), as `x.to_string()` writes a finite `f64` up to 2^53. A non-finite `x`, which no
/// caller should pass, is written `NaN`, `inf` or `-inf`, as Rust writes it, so that it is
/// refused when read back rather than mistaken for a number.
#[must_use]
pub fn plain(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let digits = shortest(x.abs());
    if x < 0.0 && digits != "0" {
        format!("-{digits}")
    } else {
        digits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_reads_back_as_the_same_number_and_never_writes_minus_zero() {
        for x in [
            0.0,
            -0.0,
            1.5,
            -1.5,
            0.1 + 0.2,
            -1e-7,
            1e21,
            123_456.789,
            f64::MIN_POSITIVE,
        ] {
            let text = plain(x);
            assert_eq!(parse_f64(&text), Some(x + 0.0), "{x:e} as {text}");
            assert!(!text.contains('e'), "{text} has an exponent");
        }
        assert_eq!(plain(-0.0), "0");
        assert_eq!(plain(-2.5), "-2.5");
        assert_eq!(plain(f64::NAN), "NaN");
        assert_eq!(parse_f64(&plain(f64::INFINITY)), None);
    }
}
