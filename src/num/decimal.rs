//! Plain decimal text of an `f64`, without the standard library's float formatting.
//!
//! `format!("{x:.2}")` and `x.to_string()` pull `core`'s float printing into the wasm
//! (Grisu and Dragon, exact and shortest, with their bignum and tables), and the number writer was its only user in the first-load module. Every
//! finite `f64` is `m · 2^e` with an integer `m`, so its value is exactly a decimal number:
//! `m · 2^e` for `e ≥ 0`, `m · 5^-e / 10^-e` otherwise. [`expand`] writes those digits with a
//! small big integer, and both notations the app needs are read off them:
//!
//! - [`fixed`]: `d` decimals, rounded half to even on the exact value, which is what
//!   `format!("{x:.d$}")` writes (the tests compare the two on many values);
//! - [`shortest`]: the fewest decimals that read back as the same `f64`, rounded to the
//!   nearer candidate (an exact half up). That is what `x.to_string()` writes, except that an
//!   integer too large for an `f64` to hold exactly (above 2^53) keeps its exact digits where
//!   Rust writes zeros; both read back the same.
//!
//! Invariants: the input is finite and not negative (the caller writes the sign); the text
//! has at least one digit before the decimal point, and a `.` only when decimals follow.

use super::big::Big;

/// `x` exactly, as decimal digits (ASCII, no leading zeros, `"0"` for zero) and how many of
/// them come after the decimal point.
fn expand(x: f64) -> (Vec<u8>, usize) {
    if x == 0.0 {
        return (vec![b'0'], 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    // Subnormals have no implicit leading bit and the smallest exponent.
    let (m, e) = match biased {
        0 => (fraction, -1074),
        _ => (fraction | (1 << 52), biased - 1075),
    };
    let mut big = Big(vec![m as u32, (m >> 32) as u32]);
    // Times `base` `times` times, mostly by `base^step` (2^31 and 5^13 are the largest powers
    // that fit a limb's multiplier).
    let (base, step, power) = if e >= 0 {
        (2u32, 31, 1 << 31)
    } else {
        (5, 13, 1_220_703_125)
    };
    let times = e.unsigned_abs();
    for _ in 0..times / step {
        big.multiply_add(power, 0);
    }
    for _ in 0..times % step {
        big.multiply_add(base, 0);
    }
    let point = if e >= 0 { 0 } else { times as usize };
    (to_digits(big.0), point)
}

/// The decimal digits of `limbs`, most significant first.
fn to_digits(mut limbs: Vec<u32>) -> Vec<u8> {
    const CHUNK: u64 = 1_000_000_000;
    let mut chunks = Vec::new(); // base 10^9, least significant first
    while limbs.iter().any(|&l| l != 0) {
        let mut rest = 0u64;
        for limb in limbs.iter_mut().rev() {
            let current = (rest << 32) | u64::from(*limb);
            *limb = (current / CHUNK) as u32;
            rest = current % CHUNK;
        }
        while limbs.last() == Some(&0) {
            limbs.pop();
        }
        chunks.push(rest as u32);
    }
    let mut digits = Vec::with_capacity(chunks.len() * 9);
    for (i, chunk) in chunks.iter().rev().enumerate() {
        let mut nine = [b'0'; 9];
        let mut n = *chunk;
        for slot in nine.iter_mut().rev() {
            *slot = b'0' + (n % 10) as u8;
            n /= 10;
        }
        // The leading chunk has no leading zeros.
        let skip = if i == 0 {
            nine.iter().take_while(|&&d| d == b'0').count()
        } else {
            0
        };
        digits.extend_from_slice(&nine[skip..]);
    }
    if digits.is_empty() {
        digits.push(b'0');
    }
    digits
}

/// `x` with exactly `decimals` digits after the decimal point, rounded half to even on its
/// exact value: the text of `format!("{x:.decimals$}")`.
pub fn fixed(x: f64, decimals: usize) -> String {
    let (digits, point) = expand(x);
    rounded(digits, point, decimals, Ties::Even)
}

/// Which way an exact half goes.
#[derive(Clone, Copy, PartialEq)]
enum Ties {
    /// To the even digit, as `format!("{x:.2}")` does.
    Even,
    /// Up, as Rust's shortest round trip does between two candidates equally near.
    Up,
}

/// The number `digits` with `point` of them after the decimal point (as [`expand`] writes
/// it), with exactly `decimals` digits after the point, an exact half going `ties`.
fn rounded(mut digits: Vec<u8>, point: usize, decimals: usize, ties: Ties) -> String {
    // At least one digit before the point.
    if digits.len() <= point {
        let zeros = point + 1 - digits.len();
        digits.splice(0..0, std::iter::repeat_n(b'0', zeros));
    }
    if point > decimals {
        let kept = digits.len() - (point - decimals);
        let (first, rest) = (digits[kept], &digits[kept + 1..]);
        let half_goes_up = ties == Ties::Up || digits[kept - 1] % 2 == 1;
        let up =
            first > b'5' || (first == b'5' && (half_goes_up || rest.iter().any(|&d| d != b'0')));
        digits.truncate(kept);
        if up {
            round_up(&mut digits);
        }
    } else {
        digits.resize(digits.len() + decimals - point, b'0');
    }
    let whole = digits.len() - decimals;
    let mut text = String::with_capacity(digits.len() + 1);
    text.extend(digits[..whole].iter().map(|&d| char::from(d)));
    if decimals > 0 {
        text.push('.');
        text.extend(digits[whole..].iter().map(|&d| char::from(d)));
    }
    text
}

/// Adds one to the last digit of `digits`, carrying.
fn round_up(digits: &mut Vec<u8>) {
    for digit in digits.iter_mut().rev() {
        if *digit == b'9' {
            *digit = b'0';
        } else {
            *digit += 1;
            return;
        }
    }
    digits.insert(0, b'1');
}

/// `x` with the fewest decimals that read back as the same `f64` (see the module docs).
pub fn shortest(x: f64) -> String {
    let (digits, point) = expand(x);
    (0..point)
        .map(|decimals| rounded(digits.clone(), point, decimals, Ties::Up))
        .find(|text| super::parse_f64(text) == Some(x))
        .unwrap_or_else(|| rounded(digits, point, point, Ties::Even))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values the app writes (money, rates, counts, hours), edge cases of rounding and of the
    /// float format, and a deterministic spread over many magnitudes.
    fn samples() -> Vec<f64> {
        let mut values = vec![
            0.0,
            0.5,
            1.5,
            2.5,
            0.125,
            0.375,
            0.035,
            0.1,
            0.2,
            0.3,
            1.005,
            2.675,
            1234.5,
            999.995,
            9.995,
            0.05,
            12_500.0,
            1e-7,
            1e21,
            1e23,
            4.35,
            0.285,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            2f64.powi(53),
            123_456_789.123_456_79,
        ];
        // A xorshift walk: no dependency, the same values on every run.
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let unit = (state >> 11) as f64 / (1u64 << 53) as f64;
            let magnitude = (state % 23) as i32 - 8; // 1e-8 ..= 1e14
            values.push(unit * 10f64.powi(magnitude));
            // Values on a grid of cents and thousandths, where ties are likeliest.
            values.push((state % 10_000_000) as f64 / 1000.0);
        }
        values
    }

    #[test]
    fn fixed_matches_the_standard_library_digit_for_digit() {
        for x in samples() {
            for decimals in 0..=6 {
                assert_eq!(
                    fixed(x, decimals),
                    format!("{x:.decimals$}"),
                    "{x:e} to {decimals}"
                );
            }
        }
    }

    #[test]
    fn shortest_reads_back_and_matches_the_standard_library_below_two_to_the_53() {
        for x in samples() {
            let text = shortest(x);
            assert_eq!(text.parse::<f64>(), Ok(x), "{x:e}");
            if x < 2f64.powi(53) {
                assert_eq!(text, x.to_string(), "{x:e}");
            }
        }
    }

    #[test]
    fn large_integers_keep_their_exact_digits() {
        assert_eq!(shortest(1e23), "99999999999999991611392");
        assert_eq!(shortest(2f64.powi(60)), "1152921504606846976");
        assert_eq!(fixed(0.0, 2), "0.00");
        assert_eq!(fixed(0.996, 2), "1.00");
        assert_eq!(fixed(99.5, 0), "100");
    }
}
