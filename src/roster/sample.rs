//! A sample roster: fictional creators drawn from the benchmark table's
//! distributions, for trying the planner without a file of one's own.
//!
//! Every creator is made up (handles `sample_bakes_0042`, names
//! `Sample Baker 0042`). How each is drawn, from [`Assumptions::default()`]:
//!
//! - **tier**: nano 60 %, micro 30 %, macro 8 %, mega 2 % (roughly the
//!   market's shape: most creators are small);
//! - **followers**: log-uniform between the tier's bounds (nano 1k–10k, micro
//!   10k–100k, macro 100k–1M, mega 1M–10M);
//! - **platform**: Instagram 50 %, TikTok 30 %, YouTube 20 %;
//! - **engagement**: the table's rate for the tier and platform, as a rate per
//!   follower (rates per view times the tier's reach rate), ±30 %, kept to
//!   0.0001 %;
//! - **price**: the table's price range for the tier and platform, log-linear
//!   in followers as the engine prices ([`PriceRange::price_for`]), ±25 %, in
//!   whole US dollars (at least $1);
//! - **fake followers**: the table's share for the tier, ±30 %, kept to 0.01 %;
//! - **niche** (running, baking, gaming, fashion, travel, tech) and
//!   **country** (NL, BE, DE, FR, GB, US): uniform.
//!
//! Deterministic: one seed gives one roster, on every machine (a splitmix64
//! generator of its own, no `rand`). Handles are unique within a roster, so an
//! exported sample imports without merges; each creator's `line` is the line
//! it has in that export (`index + 2`).
//!
//! [`PriceRange::price_for`]: micromacro_engine::PriceRange::price_for

use micromacro_engine::{Assumptions, Currency, Platform, Tier};

use super::creator::RosterCreator;

/// Niches: (niche, word in the handle, word in the name).
const NICHES: [(&str, &str, &str); 6] = [
    ("running", "runs", "Runner"),
    ("baking", "bakes", "Baker"),
    ("gaming", "plays", "Gamer"),
    ("fashion", "styles", "Stylist"),
    ("travel", "travels", "Traveller"),
    ("tech", "codes", "Techie"),
];

/// Countries (ISO codes).
const COUNTRIES: [&str; 6] = ["NL", "BE", "DE", "FR", "GB", "US"];

/// Cumulative tier shares: nano 60 %, micro 30 %, macro 8 %, mega 2 %.
const TIER_SHARES: [(f64, Tier); 4] = [
    (0.60, Tier::Nano),
    (0.90, Tier::Micro),
    (0.98, Tier::Macro),
    (1.00, Tier::Mega),
];

/// Cumulative platform shares: Instagram 50 %, TikTok 30 %, YouTube 20 %.
const PLATFORM_SHARES: [(f64, Platform); 3] = [
    (0.5, Platform::Instagram),
    (0.8, Platform::TikTok),
    (1.0, Platform::YouTube),
];

/// splitmix64 (Steele, Lea, Flood 2014): small, fast, and good enough to
/// scatter a sample.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `[1 − spread, 1 + spread)`.
    fn spread(&mut self, spread: f64) -> f64 {
        1.0 - spread + 2.0 * spread * self.unit()
    }

    /// An index below `n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        ((self.unit() * n as f64) as usize).min(n - 1)
    }

    /// The value whose cumulative share first exceeds a uniform draw.
    fn pick<T: Copy>(&mut self, shares: &[(f64, T)]) -> Option<T> {
        let u = self.unit();
        shares
            .iter()
            .find(|(cumulative, _)| u < *cumulative)
            .or(shares.last())
            .map(|(_, v)| *v)
    }
}

/// Rounds to `scale` steps per unit (`1e6`: six decimals).
fn round_to(value: f64, scale: f64) -> f64 {
    (value * scale).round() / scale
}

/// `n` fictional creators drawn from the benchmark table (see the module
/// docs); the same `seed` gives the same roster.
#[must_use]
pub fn sample(n: usize, seed: u64) -> Vec<RosterCreator> {
    draw(n, seed, None, None)
}

/// [`sample`] with every creator on `platform` in `country` (as a list writes it, `NL`): a
/// sample that fits one brief. Everything else is drawn as [`sample`] draws it.
#[must_use]
pub fn sample_for(
    n: usize,
    seed: u64,
    platform: Platform,
    country: &'static str,
) -> Vec<RosterCreator> {
    draw(n, seed, Some(platform), Some(country))
}

fn draw(
    n: usize,
    seed: u64,
    platform: Option<Platform>,
    country: Option<&'static str>,
) -> Vec<RosterCreator> {
    let (fixed_platform, fixed_country) = (platform, country);
    let table = Assumptions::default();
    let mut rng = SplitMix64(seed);
    (0..n)
        .map(|i| {
            let tier = rng.pick(&TIER_SHARES).unwrap_or(Tier::Nano);
            let drawn = rng.pick(&PLATFORM_SHARES).unwrap_or(Platform::Instagram);
            let platform = fixed_platform.unwrap_or(drawn);
            let bounds = table.thresholds.bounds(tier);
            let (from, to) = (bounds.0.max(1) as f64, bounds.1.max(1) as f64);
            let followers = (from.ln() + rng.unit() * (to.ln() - from.ln()))
                .exp()
                .round();
            let followers =
                (followers as u64).clamp(bounds.0.max(1), bounds.1.saturating_sub(1).max(1));

            let reach = table.reach_rate.get(tier).value;
            let base = table
                .engagement
                .get(platform)
                .get(tier)
                .value
                .follower_equivalent(reach);
            let engagement = round_to(base * rng.spread(0.30), 1e6).clamp(0.0, 1.0);

            let list_price = table
                .price
                .get(platform)
                .get(tier)
                .value
                .price_for(bounds, followers)
                .to_major_f64();
            let price = round_to(list_price * rng.spread(0.25), 1.0).max(1.0);

            let fake = table.fake_follower_share.get(tier).value;
            let fake = round_to(fake * rng.spread(0.30), 1e4).clamp(0.0, 1.0);

            let (niche, handle_word, name_word) = NICHES[rng.below(NICHES.len())];
            let drawn = COUNTRIES[rng.below(COUNTRIES.len())];
            let country = fixed_country.unwrap_or(drawn);
            let number = i + 1;
            RosterCreator {
                line: i + 2,
                handle: format!("sample_{handle_word}_{number:04}"),
                name: Some(format!("Sample {name_word} {number:04}")),
                platform: Some(platform),
                followers,
                engagement: Some(engagement),
                price: Some((price, Some(Currency::Usd))),
                country: Some(country.to_owned()),
                niche: Some(niche.to_owned()),
                fake_share: Some(fake),
                conversion_rate: None,
                posts: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use micromacro_engine::{ExchangeRate, TierThresholds};
    use std::collections::HashSet;

    #[test]
    fn a_sample_for_a_brief_differs_only_in_platform_and_country() {
        let mixed = sample(40, 9);
        let fitted = sample_for(40, 9, Platform::TikTok, "BE");
        for (m, f) in mixed.iter().zip(&fitted) {
            assert_eq!(
                (f.platform, f.country.as_deref()),
                (Some(Platform::TikTok), Some("BE"))
            );
            assert_eq!(
                (&m.handle, m.followers, m.niche.as_ref()),
                (&f.handle, f.followers, f.niche.as_ref())
            );
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_roster() {
        assert_eq!(sample(50, 7), sample(50, 7));
        assert_ne!(sample(50, 7), sample(50, 8));
        assert!(sample(0, 1).is_empty());
    }

    #[test]
    fn the_first_creator_is_pinned_down() {
        // Guards determinism across machines and versions: a change here
        // changes every sample roster a user has seen.
        let first = sample(1, 1).remove(0);
        assert_eq!(
            first,
            RosterCreator {
                line: 2,
                handle: "sample_codes_0001".into(),
                name: Some("Sample Techie 0001".into()),
                platform: Some(Platform::TikTok),
                followers: 9354,
                engagement: Some(0.047581),
                price: Some((24.0, Some(Currency::Usd))),
                country: Some("FR".into()),
                niche: Some("tech".into()),
                fake_share: Some(0.1158),
                conversion_rate: None,
                posts: None,
            }
        );
        // A longer roster starts with the same creators.
        assert_eq!(sample(3, 1)[0], first);
    }

    #[test]
    fn the_tiers_have_the_markets_shape_and_values_the_tables_ranges() {
        let roster = sample(10_000, 1);
        let thresholds = TierThresholds::default();
        let table = Assumptions::default();
        let mut per_tier = [0usize; 4];
        let handles: HashSet<&str> = roster.iter().map(|c| c.handle.as_str()).collect();
        assert_eq!(handles.len(), roster.len(), "handles are unique");
        for c in &roster {
            let tier = thresholds.tier_of(c.followers);
            per_tier[tier.index()] += 1;
            let (from, to) = thresholds.bounds(tier);
            assert!((from..to).contains(&c.followers), "{c:?}");
            let platform = c.platform.unwrap();
            let base = table
                .engagement
                .get(platform)
                .get(tier)
                .value
                .follower_equivalent(table.reach_rate.get(tier).value);
            let e = c.engagement.unwrap();
            assert!(e >= base * 0.7 - 1e-6 && e <= base * 1.3 + 1e-6, "{c:?}");
            let range = table.price.get(platform).get(tier).value;
            let (price, currency) = c.price.unwrap();
            assert_eq!(currency, Some(Currency::Usd));
            assert!(
                price >= (range.low.to_major_f64() * 0.75).floor().max(1.0),
                "{c:?}"
            );
            assert!(price <= (range.high.to_major_f64() * 1.25).ceil(), "{c:?}");
            assert!(c.handle.starts_with("sample_"));
            let creator = c.to_creator(
                Platform::Instagram,
                Currency::Eur,
                ExchangeRate { usd_per_eur: 1.08 },
            );
            assert_eq!(creator.validate(), Ok(()), "{c:?}");
        }
        let shares: Vec<f64> = per_tier.iter().map(|n| *n as f64 / 10_000.0).collect();
        for (share, expected) in shares.iter().zip([0.60, 0.30, 0.08, 0.02]) {
            assert!((share - expected).abs() < 0.02, "{shares:?}");
        }
    }
}
