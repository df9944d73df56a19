//! Decimal text to the nearest `f64`, without the standard library's float parser.
//!
//! `str::parse::<f64>` brings `core`'s Eisel-Lemire parser into the wasm with its table of
//! 128-bit powers of five (data that gzip cannot shrink, in the main module, whose code reads
//! numbers) and a decimal slow path. The app reads numbers in three places:
//! what people type ([`crate::plan::number`]), roster files, and [`super::decimal`]'s check
//! that a shortest text reads back as the same number. Those are short decimals, so:
//!
//! - most texts (up to 15 significant digits, a power of ten up to 22 either way) take
//!   Clinger's fast path: the digits and the power are both exact `f64`s, so one
//!   multiplication or division rounds once, to the nearest;
//! - the rest are exact: the value is `w · 10^e` for an integer `w`, a quotient of two big
//!   integers, and the 53-bit quotient with its remainder gives the nearest `f64`.
//!
//! Invariants: for every text it accepts — an optional sign, digits with at most one `.` and
//! at least one digit, an optional exponent `e`/`E` with an optional sign and digits — the
//! result is the `f64` nearest the exact value, ties to even, which is what
//! `str::parse::<f64>` returns (tested on many texts, the hard cases among them); anything
//! else, including `inf` and `NaN`, which the standard parser reads, is `None`. Beyond 800
//! significant digits, later digits only count as "more than": a halfway point between two
//! `f64`s has at most 767, so the result stays exact.

use super::big::Big;

/// Significant digits kept exactly.
const MAX_DIGITS: usize = 800;

/// 10^0 … 10^22: the powers of ten an `f64` holds exactly.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The nearest `f64` to the decimal `text` (see the module docs), or `None`.
#[must_use]
pub fn parse_f64(text: &str) -> Option<f64> {
    let (negative, decimal) = Decimal::read(text)?;
    let magnitude = decimal.nearest();
    Some(if negative { -magnitude } else { magnitude })
}

/// A non-negative decimal: `digits · 10^exp10`, plus "a little more" when digits were cut.
struct Decimal {
    /// Significant digits (values 0–9), the first one not zero; empty for zero.
    digits: Vec<u8>,
    exp10: i64,
    /// Nonzero digits were cut after [`MAX_DIGITS`].
    more: bool,
}

impl Decimal {
    /// The sign and the value of `text`, if it is a decimal number.
    fn read(text: &str) -> Option<(bool, Decimal)> {
        let bytes = text.as_bytes();
        let (negative, mut i) = match bytes.first() {
            Some(b'-') => (true, 1),
            Some(b'+') => (false, 1),
            _ => (false, 0),
        };
        let mut decimal = Decimal {
            digits: Vec::new(),
            exp10: 0,
            more: false,
        };
        let (mut any_digit, mut after_point) = (false, false);
        while let Some(&b) = bytes.get(i) {
            match b {
                b'0'..=b'9' => {
                    any_digit = true;
                    let digit = b - b'0';
                    if decimal.digits.is_empty() && digit == 0 {
                        // A leading zero only moves the point.
                        decimal.exp10 -= i64::from(after_point);
                    } else if decimal.digits.len() < MAX_DIGITS {
                        decimal.digits.push(digit);
                        decimal.exp10 -= i64::from(after_point);
                    } else {
                        decimal.more |= digit != 0;
                        decimal.exp10 += i64::from(!after_point);
                    }
                }
                b'.' if !after_point => after_point = true,
                _ => break,
            }
            i += 1;
        }
        if !any_digit {
            return None;
        }
        if let Some(b'e' | b'E') = bytes.get(i) {
            i += 1;
            let (minus, start) = match bytes.get(i) {
                Some(b'-') => (true, i + 1),
                Some(b'+') => (false, i + 1),
                _ => (false, i),
            };
            let exp_digits = &bytes[start..];
            if exp_digits.is_empty() || !exp_digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            // Far past any f64 either way, and far from overflowing an i64.
            let exp = exp_digits
                .iter()
                .fold(0i64, |n, d| (n * 10 + i64::from(d - b'0')).min(1 << 40));
            decimal.exp10 += if minus { -exp } else { exp };
            i = bytes.len();
        }
        (i == bytes.len()).then_some((negative, decimal))
    }

    /// The nearest `f64`, ties to even.
    fn nearest(&self) -> f64 {
        if self.digits.is_empty() {
            return 0.0;
        }
        // The value lies in [10^(magnitude-1), 10^magnitude).
        let magnitude = self.digits.len() as i64 + self.exp10;
        if magnitude > 310 {
            return f64::INFINITY;
        }
        if magnitude < -324 {
            // Below 10^-325, less than half the smallest f64 above zero.
            return 0.0;
        }
        if let Some(value) = self.fast() {
            return value;
        }
        let whole = Big::from_digits(&self.digits);
        let power = Big::power_of_ten(self.exp10.unsigned_abs() as usize);
        if self.exp10 >= 0 {
            nearest_quotient(&whole.times(&power), &Big::one(), self.more)
        } else {
            nearest_quotient(&whole, &power, self.more)
        }
    }

    /// Clinger's fast path: exact digits and an exact power of ten, one rounding.
    fn fast(&self) -> Option<f64> {
        if self.more || self.digits.len() > 15 || self.exp10.unsigned_abs() > 22 {
            return None;
        }
        let whole = self.digits.iter().fold(0u64, |n, &d| n * 10 + u64::from(d)) as f64;
        let power = EXACT_POWERS[self.exp10.unsigned_abs() as usize];
        Some(if self.exp10 >= 0 {
            whole * power
        } else {
            whole / power
        })
    }
}

/// The `f64` nearest `n / d` (plus a little when `more`), ties to even; `n`, `d` > 0.
fn nearest_quotient(n: &Big, d: &Big, more: bool) -> f64 {
    const HIDDEN: u64 = 1 << 52;
    // q = floor(n · 2^s / d) with 2^52 <= q < 2^53, so the value is q · 2^-s, rounded by the
    // remainder.
    let mut s = 52 - (n.bits() as i64 - d.bits() as i64);
    let (mut q, mut rest, mut divisor) = divide(n, d, s);
    if q >= 2 * HIDDEN {
        s -= 1;
        (q, rest, divisor) = divide(n, d, s);
    } else if q < HIDDEN {
        s += 1;
        (q, rest, divisor) = divide(n, d, s);
    }
    let mut biased = 52 - s + 1023;
    if biased >= 2047 {
        return f64::INFINITY;
    }
    if biased <= 0 {
        // Below the smallest normal: a fixed scale of 2^1074, q < 2^52.
        (q, rest, divisor) = divide(n, d, 1074);
        biased = 0;
    }
    // Round on the remainder: above half (or at half with digits cut) up; at half to even.
    match rest.times_two().compare(&divisor) {
        std::cmp::Ordering::Greater => q += 1,
        std::cmp::Ordering::Equal if more || q % 2 == 1 => q += 1,
        _ => {}
    }
    if biased == 0 {
        // q = 2^52 after rounding up is the smallest normal, which the same bits encode.
        return f64::from_bits(q);
    }
    if q == 2 * HIDDEN {
        q = HIDDEN;
        biased += 1;
        if biased >= 2047 {
            return f64::INFINITY;
        }
    }
    f64::from_bits(((biased as u64) << 52) | (q - HIDDEN))
}

/// `floor(n · 2^s / d)` (below 2^55 for the callers' `s`), the remainder and the divisor,
/// both scaled so that `rest / divisor` is the fraction cut off.
fn divide(n: &Big, d: &Big, s: i64) -> (u64, Big, Big) {
    let shift = |big: &Big, by: i64| big.shifted_left(by.max(0) as usize);
    let (mut rest, divisor) = (shift(n, s), shift(d, -s));
    let mut q = 0u64;
    for bit in (0..55).rev() {
        let part = divisor.shifted_left(bit);
        if rest.compare(&part) != std::cmp::Ordering::Less {
            rest.subtract(&part);
            q |= 1 << bit;
        }
    }
    (q, rest, divisor)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Compares with the standard library's parser, bit for bit.
    fn same_as_std(text: &str) {
        let expected = text.parse::<f64>().ok();
        let got = parse_f64(text);
        assert_eq!(
            got.map(f64::to_bits),
            expected.map(f64::to_bits),
            "{text}: {got:?} against {expected:?}"
        );
    }

    #[test]
    fn hard_cases_read_as_the_standard_parser_reads_them() {
        let cases = [
            "0",
            "-0",
            "+1",
            "0.1",
            "0.2",
            "0.3",
            "0.30000000000000004",
            "1.005",
            "2.675",
            "12.5",
            ".5",
            "5.",
            "007",
            "0.000",
            "1e0",
            "1E5",
            "1e-5",
            "1e+5",
            "3.5e2",
            "123456789012345678901234567890",
            "9007199254740992",
            "9007199254740993",
            "9007199254740993.0000000000000000000001",
            "9007199254740995",
            "1e22",
            "1e23",
            "8.98846567431158e307",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "2e308",
            "1e400",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "5e-324",
            "3e-324",
            "1e-400",
            "0e999999999999",
            "1e-99999999999999999999",
            "1e99999999999999999999",
            "0.000000000000000000000000000000000000000000001",
            "179769313486231580793728971405301e276",
            "1448997445238699",
            "4.35",
            "999.995",
        ];
        for text in cases {
            same_as_std(text);
        }
    }

    #[test]
    fn what_is_not_a_number_is_none() {
        for text in [
            "", "-", "+", ".", "-.", "e5", ".e5", "1e", "1e+", "1e-", "--1", "+-1", "1.2.3", " 1",
            "1 ", "1,5", "inf", "-inf", "infinity", "NaN", "1_000", "0x10", "1e5.0", "١",
        ] {
            assert_eq!(parse_f64(text), None, "{text:?}");
        }
    }

    #[test]
    fn more_than_800_digits_still_round_exactly() {
        // The halfway point between 1 and the next f64 (1 + 2^-53), written out in full, then
        // nudged above it by one more digit far past the 800th: the nudge must round up.
        let half = "1.00000000000000011102230246251565404236316680908203125";
        same_as_std(half);
        let nudged = format!("{half}{}1", "0".repeat(900));
        same_as_std(&nudged);
        same_as_std(&format!("{}e-900", "1".repeat(1000)));
    }

    /// A small deterministic generator (xorshift), so failures reproduce.
    struct Numbers(u64);

    impl Numbers {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    #[test]
    fn random_decimal_texts_read_as_the_standard_parser_reads_them() {
        let mut numbers = Numbers(0x9E37_79B9_7F4A_7C15);
        for _ in 0..20_000 {
            let longest = if numbers.below(4) == 0 { 40 } else { 19 };
            let length = 1 + numbers.below(longest) as usize;
            let digits: String = (0..length)
                .map(|_| char::from(b'0' + numbers.below(10) as u8))
                .collect();
            let point = numbers.below(length as u64 + 1) as usize;
            let exp = numbers.below(680) as i64 - 340;
            let text = format!("{}.{}e{exp}", &digits[..point], &digits[point..]);
            same_as_std(&text);
            same_as_std(&digits[..point.max(1)]);
        }
    }

    #[test]
    fn every_f64_reads_back_from_its_own_texts() {
        let mut numbers = Numbers(0x2545_F491_4F6C_DD1D);
        for _ in 0..20_000 {
            let x = f64::from_bits(numbers.next() >> 1);
            if !x.is_finite() {
                continue;
            }
            for text in [format!("{x}"), format!("{x:e}"), format!("{x:.3e}")] {
                same_as_std(&text);
            }
            assert_eq!(parse_f64(&format!("{x:e}")), Some(x));
        }
    }
}
