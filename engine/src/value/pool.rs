//! The candidate pool: the user's creators plus, unless switched off, typical creators of the
//! market.
//!
//! The optimiser ([`optimise`](crate::optimise::solver)) chooses plans from this pool:
//!
//! * **The user's creators** (typed or imported), each once, with their pin or exclusion
//!   ([`Choice`]). An excluded creator never enters the pool.
//! * **The market** ([`Brief::use_market`](crate::Brief::use_market)): for every tier on the
//!   brief's platform, three typical creators, one per third of the tier's follower band on a log
//!   scale (each at the middle of its third; the middle one is the tier's typical creator, the
//!   geometric mean of the bounds), with every other input from the table and the price from the
//!   platform's curve ([`market::price_curve`](crate::market::price_curve)). Each stands for the
//!   creators of its band in the brief's region and niche who would take a deal
//!   ([`MarketTable::band_supply`](crate::market::MarketTable::band_supply)), less the user's own
//!   creators of that band, who take the place of typical ones: a finite market, so a plan can
//!   run out of a band ("supply exhausted"). They are always labelled typical
//!   ([`Origin::Typical`]) and never mixed up with named creators.
//!
//! Invariants: every candidate has been validated and resolved (no `None` input left);
//! `available ≥ 1`, and at least the copies the user's plan hires; typical candidates are never
//! pinned; a band with less than one creator left has no typical candidate.

use crate::inputs::creator::{Choice, Creator};
use crate::inputs::error::ValidationError;
use crate::inputs::ids::id_enum;
use crate::inputs::tier::{Side, Tier};
use crate::value::context::Ctx;
use crate::value::metrics::{CreatorMetrics, compute};

id_enum! {
    /// Where in its tier's follower band a typical creator sits.
    pub enum Size: "band" {
        /// At 1/6 of the band (log scale): a smaller account of the tier.
        Small => "small",
        /// At 1/2: the tier's typical creator (geometric mean of the bounds).
        Middle => "middle",
        /// At 5/6: a larger account of the tier.
        Large => "large",
    }
}

/// Where a candidate comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The user's creator at this position of the roster.
    Roster(usize),
    /// A typical creator of the market.
    Typical {
        /// Its tier.
        tier: Tier,
        /// Where in the tier's band.
        band: Size,
    },
}

impl Origin {
    /// True for a typical creator of the market.
    #[must_use]
    pub fn is_typical(&self) -> bool {
        matches!(self, Origin::Typical { .. })
    }
}

/// One candidate: a creator (or a group of interchangeable typical creators).
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The user's creator, or a typical one.
    pub origin: Origin,
    /// The metrics of one copy (one creator with its posts).
    pub metrics: CreatorMetrics,
    /// How many copies the optimiser may take (1 for the user's creators, or as many as the
    /// user's plan hires of one).
    pub available: u64,
    /// Pinned or open (excluded creators are not in the pool).
    pub choice: Choice,
}

impl Candidate {
    /// The side of the micro/macro question.
    #[must_use]
    pub fn side(&self) -> Side {
        self.metrics.side
    }
}

/// The candidates of a brief.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pool {
    /// The user's creators first (roster order, excluded ones left out), then the market by
    /// tier and band.
    pub candidates: Vec<Candidate>,
}

impl Pool {
    /// How many of the candidates are the user's own.
    #[must_use]
    pub fn own_creators(&self) -> usize {
        self.candidates
            .iter()
            .filter(|c| !c.origin.is_typical())
            .count()
    }
}

/// Builds the pool: validates and resolves the roster, then adds the market when the brief
/// asks for it.
pub(crate) fn build(ctx: &Ctx<'_>, roster: &[Creator]) -> Result<Pool, ValidationError> {
    let mut candidates = Vec::with_capacity(roster.len() + 12);
    for (index, creator) in roster.iter().enumerate() {
        creator
            .validate()
            .map_err(|e| ValidationError::in_roster(index, e))?;
        if creator.choice == Choice::Excluded {
            continue;
        }
        candidates.push(Candidate {
            origin: Origin::Roster(index),
            metrics: compute(&ctx.resolve(creator), ctx),
            // A typical creator the user's plan hires several of stands for that many.
            available: u64::from(creator.planned.max(1)),
            choice: creator.choice,
        });
    }
    if ctx.brief.use_market {
        let platform = ctx.brief.platform;
        for tier in Tier::ALL.iter().copied() {
            for band in Size::ALL.iter().copied() {
                let (lo, hi) = band_edges(ctx, tier, band);
                let supply = ctx.a.market.band_supply(ctx.brief, platform, tier, lo, hi);
                // The user's own creators of the band are some of the market's: they take the
                // place of typical ones.
                let own = roster
                    .iter()
                    .filter(|c| {
                        let f = c.followers as f64;
                        c.choice != Choice::Excluded && c.platform == platform && lo <= f && f < hi
                    })
                    .count() as f64;
                let left = (supply - own).floor();
                if left < 1.0 {
                    continue;
                }
                let followers = typical_followers(ctx, tier, band);
                candidates.push(Candidate {
                    origin: Origin::Typical { tier, band },
                    metrics: compute(&ctx.typical_with(tier, followers), ctx),
                    // Below 2^53, so exact; a count beyond u64 is not a market.
                    available: left.min(u64::MAX as f64) as u64,
                    choice: Choice::Open,
                });
            }
        }
    }
    Ok(Pool { candidates })
}

/// The follower counts a band spans: the tier's bounds cut in thirds on a log scale (the mega
/// tier's top band has no upper end: the market has no largest account).
fn band_edges(ctx: &Ctx<'_>, tier: Tier, band: Size) -> (f64, f64) {
    let (from, to) = ctx.a.thresholds.bounds(tier);
    let (lo, hi) = ((from.max(1)) as f64, to.max(from + 1) as f64);
    let at = |t: f64| (lo.ln() + (hi.ln() - lo.ln()) * t).exp();
    match band {
        Size::Small => (lo, at(1.0 / 3.0)),
        Size::Middle => (at(1.0 / 3.0), at(2.0 / 3.0)),
        Size::Large if tier == Tier::Mega => (at(2.0 / 3.0), f64::INFINITY),
        Size::Large => (at(2.0 / 3.0), hi),
    }
}

/// Followers of a typical creator: the tier's typical count for the middle band, else 1/6 or
/// 5/6 of the way through the tier's bounds on a log scale.
fn typical_followers(ctx: &Ctx<'_>, tier: Tier, band: Size) -> u64 {
    let (from, to) = ctx.a.thresholds.bounds(tier);
    let position = match band {
        Size::Middle => return ctx.a.typical_followers(tier),
        Size::Small => 1.0 / 6.0,
        Size::Large => 5.0 / 6.0,
    };
    let (lo, hi) = ((from.max(1)) as f64, to.max(from + 1) as f64);
    let f = (lo.ln() + (hi.ln() - lo.ln()) * position).exp().round() as u64;
    f.clamp(from.max(1), to.saturating_sub(1).max(from.max(1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assumptions::defaults::Assumptions;
    use crate::inputs::brief::Brief;
    use crate::inputs::platform::Platform;

    #[test]
    fn the_market_holds_the_supply_of_each_band_and_your_creators_take_their_place() {
        let brief = Brief {
            niche_depth: crate::inputs::brief::NicheDepth::Broad,
            ..Brief::default()
        };
        let table = Assumptions::default();
        let ctx = Ctx::new(&brief, &table).unwrap();
        let pool = build(&ctx, &[]).unwrap();
        assert_eq!(
            pool.candidates.len(),
            12,
            "every band of the Netherlands has creators"
        );
        assert_eq!(pool.own_creators(), 0);
        let mut total = 0;
        for c in &pool.candidates {
            let Origin::Typical { tier, band } = c.origin else {
                unreachable!()
            };
            assert_eq!(c.metrics.tier, tier);
            let (lo, hi) = band_edges(&ctx, tier, band);
            let supply = table
                .market
                .band_supply(&brief, brief.platform, tier, lo, hi);
            assert_eq!(c.available, supply.floor() as u64, "{tier} {band}");
            total += c.available;
        }
        // 11.9M Instagram users: some 45,000 creators with 1,000 followers or more, of whom about
        // 16,000 would take a deal (most of them nano).
        assert!((10_000..25_000).contains(&total), "{total}");
        let middle = &pool.candidates[4];
        assert_eq!(
            middle.origin,
            Origin::Typical {
                tier: Tier::Micro,
                band: Size::Middle
            }
        );
        assert_eq!(middle.metrics.followers, 31_623);
        // Ten of your own micros of that band are ten fewer typical ones.
        let own: Vec<Creator> = (0..10)
            .map(|_| Creator::new(Platform::Instagram, 31_000))
            .collect();
        let with_own = build(&ctx, &own).unwrap();
        let typical_middle = with_own
            .candidates
            .iter()
            .find(|c| c.origin == middle.origin)
            .unwrap();
        assert_eq!(typical_middle.available, middle.available - 10);
    }

    #[test]
    fn a_deep_local_niche_has_few_small_creators_and_the_same_large_ones() {
        let table = Assumptions::default();
        let count = |geography, niche_depth, tier: Tier| {
            let brief = Brief {
                geography,
                niche_depth,
                ..Brief::default()
            };
            let ctx = Ctx::new(&brief, &table).unwrap();
            build(&ctx, &[])
                .unwrap()
                .candidates
                .iter()
                .filter(|c| c.metrics.tier == tier)
                .map(|c| c.available)
                .sum::<u64>()
        };
        use crate::inputs::brief::{GeoScope, NicheDepth};
        let broad = count(GeoScope::National, NicheDepth::Broad, Tier::Micro);
        let deep = count(GeoScope::National, NicheDepth::Deep, Tier::Micro);
        let local_deep = count(GeoScope::Local, NicheDepth::Deep, Tier::Micro);
        assert!(
            deep < broad / 10 && local_deep < deep,
            "{broad} {deep} {local_deep}"
        );
        assert_eq!(
            count(GeoScope::National, NicheDepth::Deep, Tier::Mega),
            count(GeoScope::National, NicheDepth::Broad, Tier::Mega)
        );
    }

    #[test]
    fn excluded_creators_stay_out_and_the_market_can_be_switched_off() {
        let brief = Brief {
            use_market: false,
            ..Brief::default()
        };
        let table = Assumptions::default();
        let ctx = Ctx::new(&brief, &table).unwrap();
        let roster = [
            Creator::new(Platform::Instagram, 20_000),
            Creator::new(Platform::TikTok, 200_000).with_choice(Choice::Excluded),
            Creator::new(Platform::YouTube, 2_000).with_choice(Choice::Pinned),
        ];
        let pool = build(&ctx, &roster).unwrap();
        let origins: Vec<_> = pool.candidates.iter().map(|c| c.origin).collect();
        assert_eq!(origins, [Origin::Roster(0), Origin::Roster(2)]);
        assert_eq!(pool.candidates[1].choice, Choice::Pinned);
    }

    #[test]
    fn an_invalid_creator_is_named() {
        let brief = Brief::default();
        let table = Assumptions::default();
        let ctx = Ctx::new(&brief, &table).unwrap();
        let roster = [Creator::new(Platform::Instagram, 0)];
        assert_eq!(build(&ctx, &roster).unwrap_err().creator_index(), Some(0));
    }
}
