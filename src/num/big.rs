//! A small unsigned big integer for exact decimal arithmetic on `f64`s: [`super::decimal`]
//! writes an `f64`'s exact digits with it, [`super::parse_float`] reads decimal text into the
//! nearest `f64`. Only what those two need: multiply by a small factor and add, multiply,
//! shift left, subtract, compare, bit length.
//!
//! Invariant: the limbs are little-endian base 2^32; every operation but [`Big::multiply_add`]
//! leaves no zero limb at the top (`multiply_add` keeps the ones it was given).

/// A non-negative integer (see the module docs for its limbs).
#[derive(Clone, Default)]
pub(super) struct Big(pub(super) Vec<u32>);

impl Big {
    pub(super) fn one() -> Big {
        Big(vec![1])
    }

    pub(super) fn from_digits(digits: &[u8]) -> Big {
        let mut big = Big(Vec::new());
        for chunk in digits.chunks(9) {
            let value = chunk.iter().fold(0u32, |n, &d| n * 10 + u32::from(d));
            big.multiply_add(10u32.pow(chunk.len() as u32), value);
        }
        big
    }

    pub(super) fn power_of_ten(exp: usize) -> Big {
        let mut big = Big::one();
        for _ in 0..exp / 9 {
            big.multiply_add(1_000_000_000, 0);
        }
        big.multiply_add(10u32.pow((exp % 9) as u32), 0);
        big
    }

    /// `self · k + add`.
    pub(super) fn multiply_add(&mut self, k: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let value = u64::from(*limb) * u64::from(k) + carry;
            *limb = value as u32;
            carry = value >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    pub(super) fn times(&self, other: &Big) -> Big {
        let mut limbs = vec![0u32; self.0.len() + other.0.len()];
        for (i, &a) in self.0.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in other.0.iter().enumerate() {
                let value = u64::from(a) * u64::from(b) + u64::from(limbs[i + j]) + carry;
                limbs[i + j] = value as u32;
                carry = value >> 32;
            }
            limbs[i + other.0.len()] = carry as u32;
        }
        Big(limbs).trimmed()
    }

    pub(super) fn times_two(&self) -> Big {
        self.shifted_left(1)
    }

    pub(super) fn shifted_left(&self, bits: usize) -> Big {
        let (whole, part) = (bits / 32, bits % 32);
        let mut limbs = vec![0u32; whole];
        let mut carry = 0u32;
        for &limb in &self.0 {
            limbs.push(if part == 0 {
                limb
            } else {
                (limb << part) | carry
            });
            carry = if part == 0 { 0 } else { limb >> (32 - part) };
        }
        limbs.push(carry);
        Big(limbs).trimmed()
    }

    /// `self - other`, for `other <= self`.
    pub(super) fn subtract(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let value = i64::from(*limb) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            *limb = value.rem_euclid(1 << 32) as u32;
            borrow = i64::from(value < 0);
        }
        let trimmed = std::mem::take(self).trimmed();
        *self = trimmed;
    }

    pub(super) fn compare(&self, other: &Big) -> std::cmp::Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }

    pub(super) fn bits(&self) -> usize {
        self.0
            .last()
            .map_or(0, |top| self.0.len() * 32 - top.leading_zeros() as usize)
    }

    pub(super) fn trimmed(mut self) -> Big {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        self
    }
}
