//! A fast hash for the library's index of creator keys: the library hashes every key each time
//! it is read (tens of thousands), and the standard library's hash, built to resist inputs
//! crafted to collide, costs more than the rest of building the index. The keys are the
//! user's own creators, read from their own browser's database, so that resistance buys
//! nothing here.
//!
//! The mixing is the one the Rust compiler uses for its own tables (a rotate, an xor and a
//! multiply per eight bytes), with a final fold of the high bits into the low ones.
//!
//! Invariants: the hash is a function of the bytes written and their order only; equal keys
//! hash equally (the `Hash` impls decide which bytes, as for any hasher).

use std::hash::{BuildHasherDefault, Hasher};

/// The hasher; see the module docs.
#[derive(Clone, Copy, Default)]
pub struct KeyHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl KeyHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0_u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0_u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            // The length keeps "ab" and "ab\0" apart.
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        // A multiply carries low bits up, never down: fold the high bits into the low ones,
        // which pick the table's bucket.
        let x = (self.0 ^ (self.0 >> 33)).wrapping_mul(SEED);
        x ^ (x >> 29)
    }
}

/// Builds [`KeyHasher`]s: the index's `HashMap` parameter.
pub type BuildKeyHasher = BuildHasherDefault<KeyHasher>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::CreatorKey;
    use micromacro_engine::Platform;
    use std::hash::{BuildHasher, Hash};

    fn hash(key: &impl Hash) -> u64 {
        BuildKeyHasher::default().hash_one(key)
    }

    #[test]
    fn equal_keys_hash_equally_and_near_keys_apart() {
        let a = CreatorKey::new(Platform::Instagram, "Lisa.Bakes");
        assert_eq!(
            hash(&a),
            hash(&CreatorKey::new(Platform::Instagram, "lisa.bakes"))
        );
        let others = [
            CreatorKey::new(Platform::TikTok, "lisa.bakes"),
            CreatorKey::new(Platform::Instagram, "lisa.bake"),
            CreatorKey::new(Platform::Instagram, "lisa.bakes2"),
        ];
        for other in &others {
            assert_ne!(hash(&a), hash(other), "{other:?}");
        }
        assert_ne!(hash(&"ab"), hash(&"ab\0"));
    }

    #[test]
    fn fifty_thousand_handles_spread_over_the_table() {
        // The low bits pick a bucket, the high ones tell keys in it apart: handles that differ
        // only in a number must not pile up in either.
        let (mut low, mut high) = (vec![0_u32; 1 << 16], vec![0_u32; 1 << 16]);
        for i in 0..50_000 {
            let h = hash(&CreatorKey::new(
                Platform::Instagram,
                &format!("creator_{i}"),
            ));
            low[(h & 0xFFFF) as usize] += 1;
            high[(h >> 48) as usize] += 1;
        }
        for buckets in [low, high] {
            let fullest = buckets.iter().copied().max().unwrap_or(0);
            assert!(fullest <= 8, "{fullest} keys in one bucket");
        }
    }
}
