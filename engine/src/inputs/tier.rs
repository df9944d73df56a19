//! Creator tiers (nano, micro, macro, mega), derived from followers with editable thresholds.
//!
//! Default bounds (from article 000 and the common industry split):
//!
//! | tier  | followers               |
//! |-------|-------------------------|
//! | nano  | below 10,000 (1,000 is the lower anchor of its price range) |
//! | micro | 10,000 – 99,999         |
//! | macro | 100,000 – 999,999       |
//! | mega  | 1,000,000 and more (10,000,000 is the upper anchor of its price range) |
//!
//! Article 000 counts every creator between 1,000 and 100,000 as "micro" and article 004 uses
//! 1,000–50,000; the app splits off nano because the benchmark tables do. For the micro-versus-
//! macro question nano counts as the micro [`Side`] and mega as the macro side (article 000
//! calls mega "the top end of macro").
//!
//! Each tier's *typical* creator, used by the scenarios, has the geometric mean of the tier's
//! bounds as follower count (31,623 for micro, 316,228 for macro): follower counts are heavily
//! skewed, so the geometric mean sits nearer the many small accounts than the arithmetic mean
//! would, and with log-linear pricing (see [`pricing`](crate::market::pricing)) it is exactly the
//! creator who costs the midpoint of the tier's price range.
//!
//! Invariant: thresholds strictly increase, so every follower count has exactly one tier.

use crate::inputs::creator::MAX_FOLLOWERS;
use crate::inputs::error::{Field, ValidationError};
use crate::inputs::ids::id_enum;

id_enum! {
    /// A creator's size class.
    pub enum Tier: "tier" {
        /// Fewer followers than the micro threshold (default: below 10,000).
        Nano => "nano",
        /// Default: 10,000 – 99,999 followers.
        Micro => "micro",
        /// Default: 100,000 – 999,999 followers.
        Macro => "macro",
        /// Default: 1,000,000 followers or more.
        Mega => "mega",
    }
}

id_enum! {
    /// Which side of the micro-versus-macro question a tier is on.
    pub enum Side: "side" {
        /// Nano and micro creators.
        Micro => "micro",
        /// Macro and mega creators.
        Macro => "macro",
    }
}

impl Tier {
    /// The side of the micro/macro question this tier belongs to (nano → micro, mega → macro).
    #[must_use]
    pub const fn side(self) -> Side {
        match self {
            Tier::Nano | Tier::Micro => Side::Micro,
            Tier::Macro | Tier::Mega => Side::Macro,
        }
    }
}

/// Follower thresholds that define the tiers. Editable; defaults in
/// [`TIER_THRESHOLDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TierThresholds {
    /// Lower anchor of the nano tier (its price range starts here). Smaller accounts still
    /// count as nano.
    pub nano_from: u64,
    /// First follower count of the micro tier.
    pub micro_from: u64,
    /// First follower count of the macro tier.
    pub macro_from: u64,
    /// First follower count of the mega tier.
    pub mega_from: u64,
    /// Upper anchor of the mega tier (its price range ends here). Larger accounts still count
    /// as mega and are priced at the top of the range.
    pub mega_to: u64,
}

/// Default tier thresholds (article 000: micro up to 100,000, macro above).
///
/// `nano_from` (1,000) is where the nano price range starts (wordontheblock's "nano 1–10K");
/// `mega_to` (10,000,000) is where the mega price range ends, our assumption: the sources give
/// mega as open-ended ("1M+").
pub const TIER_THRESHOLDS: TierThresholds = TierThresholds {
    nano_from: 1_000,
    micro_from: 10_000,
    macro_from: 100_000,
    mega_from: 1_000_000,
    mega_to: 10_000_000,
};

impl Default for TierThresholds {
    fn default() -> Self {
        TIER_THRESHOLDS
    }
}

impl TierThresholds {
    /// Checks `1 ≤ nano_from < micro_from < macro_from < mega_from < mega_to ≤ MAX_FOLLOWERS`.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let ordered = 1 <= self.nano_from
            && self.nano_from < self.micro_from
            && self.micro_from < self.macro_from
            && self.macro_from < self.mega_from
            && self.mega_from < self.mega_to
            && self.mega_to <= MAX_FOLLOWERS;
        if ordered {
            Ok(())
        } else {
            Err(ValidationError::NotIncreasing {
                field: Field::TierThresholds,
            })
        }
    }

    /// The tier of a creator with `followers` followers.
    #[must_use]
    pub const fn tier_of(&self, followers: u64) -> Tier {
        if followers >= self.mega_from {
            Tier::Mega
        } else if followers >= self.macro_from {
            Tier::Macro
        } else if followers >= self.micro_from {
            Tier::Micro
        } else {
            Tier::Nano
        }
    }

    /// The tier's anchor bounds `(from, to)`: its price range runs from `from` followers to `to`
    /// followers (`to` is the next tier's first count; for mega it is `mega_to`).
    #[must_use]
    pub const fn bounds(&self, tier: Tier) -> (u64, u64) {
        match tier {
            Tier::Nano => (self.nano_from, self.micro_from),
            Tier::Micro => (self.micro_from, self.macro_from),
            Tier::Macro => (self.macro_from, self.mega_from),
            Tier::Mega => (self.mega_from, self.mega_to),
        }
    }

    /// The typical creator's follower count: the geometric mean of the tier's bounds, rounded.
    #[must_use]
    pub fn typical_followers(&self, tier: Tier) -> u64 {
        let (lo, hi) = self.bounds(tier);
        ((lo as f64) * (hi as f64)).sqrt().round() as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_tiers_match_the_product_table() {
        let t = TierThresholds::default();
        assert_eq!(t.validate(), Ok(()));
        let cases = [
            (0, Tier::Nano),
            (999, Tier::Nano),
            (9_999, Tier::Nano),
            (10_000, Tier::Micro),
            (99_999, Tier::Micro),
            (100_000, Tier::Macro),
            (999_999, Tier::Macro),
            (1_000_000, Tier::Mega),
            (u64::MAX, Tier::Mega),
        ];
        for (followers, tier) in cases {
            assert_eq!(t.tier_of(followers), tier, "{followers}");
        }
    }

    #[test]
    fn typical_creator_is_the_geometric_mean() {
        let t = TierThresholds::default();
        assert_eq!(t.typical_followers(Tier::Nano), 3_162);
        assert_eq!(t.typical_followers(Tier::Micro), 31_623);
        assert_eq!(t.typical_followers(Tier::Macro), 316_228);
        assert_eq!(t.typical_followers(Tier::Mega), 3_162_278);
    }

    #[test]
    fn edited_thresholds_are_checked() {
        let mut t = TierThresholds {
            micro_from: 50_000,
            ..TierThresholds::default()
        };
        assert_eq!(t.validate(), Ok(()));
        assert_eq!(t.tier_of(49_999), Tier::Nano);
        t.macro_from = 50_000;
        assert_eq!(
            t.validate(),
            Err(ValidationError::NotIncreasing {
                field: Field::TierThresholds
            })
        );
    }

    #[test]
    fn sides() {
        assert_eq!(Tier::Nano.side(), Side::Micro);
        assert_eq!(Tier::Mega.side(), Side::Macro);
        assert_eq!("macro".parse::<Tier>(), Ok(Tier::Macro));
        assert_eq!(Tier::IDS, ["nano", "micro", "macro", "mega"]);
    }
}
