//! The candidate pool: the user's creators plus, unless switched off, typical creators from the
//! benchmark table (the "market").
//!
//! PRODUCT.md §4.1. The optimiser ([`optimise`](crate::optimise)) chooses plans from this pool:
//!
//! * **The user's creators** (typed or imported), each once, with their pin or exclusion
//!   ([`Choice`]). An excluded creator never enters the pool.
//! * **The market** ([`Brief::use_market`](crate::Brief::use_market)): for every tier on the
//!   brief's platform, three typical creators spread over the tier's follower band (at 1/6, 1/2
//!   and 5/6 of the band on a log scale; the middle one is the tier's typical creator, the
//!   geometric mean of the bounds) with every other input from the table and the price
//!   interpolated log-linearly inside the tier's range ([`pricing`](crate::pricing)). Each
//!   typical creator stands for many interchangeable people: enough copies that it alone could
//!   absorb [`MARKET_DEPTH_EUR`] (the real market has thousands of creators per tier: 81.5 % of
//!   Instagram creators are nano, mission_anchors §3a). They are always labelled typical
//!   ([`Origin::Typical`]) and never mixed up with named creators.
//!
//! Invariants: every candidate has been validated and resolved (no `None` input left);
//! `available ≥ 1`, and at least the copies the user's plan hires; typical candidates are never
//! pinned.

use crate::context::Ctx;
use crate::creator::{Choice, Creator};
use crate::error::ValidationError;
use crate::ids::id_enum;
use crate::metrics::{CreatorMetrics, compute};
use crate::money::{Currency, Money};
use crate::tier::{Side, Tier};

/// How much one typical creator of the market can absorb, in euros (converted to the brief's
/// currency): the largest budget the brief form is expected to meet (€5 M, PRODUCT.md §4.1).
pub const MARKET_DEPTH_EUR: i64 = 5_000_000;

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
        let depth = ctx.money(Money::from_major(MARKET_DEPTH_EUR, Currency::Eur));
        for tier in Tier::ALL.iter().copied() {
            for band in Size::ALL.iter().copied() {
                let followers = typical_followers(ctx, tier, band);
                let metrics = compute(&ctx.typical_with(tier, followers), ctx);
                let price = metrics.cost.cents().max(1);
                let available = u64::try_from((depth.cents() + price - 1) / price)
                    .unwrap_or(1)
                    .max(1);
                candidates.push(Candidate {
                    origin: Origin::Typical { tier, band },
                    metrics,
                    available,
                    choice: Choice::Open,
                });
            }
        }
    }
    Ok(Pool { candidates })
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
    use crate::brief::Brief;
    use crate::defaults::Assumptions;
    use crate::platform::Platform;

    #[test]
    fn the_market_has_three_typical_creators_per_tier_deep_enough_for_five_million() {
        let brief = Brief::default();
        let table = Assumptions::default();
        let ctx = Ctx::new(&brief, &table).unwrap();
        let pool = build(&ctx, &[]).unwrap();
        assert_eq!(pool.candidates.len(), 12);
        assert_eq!(pool.own_creators(), 0);
        for c in &pool.candidates {
            assert!(c.origin.is_typical());
            let depth = c.metrics.cost.cents() as f64 * c.available as f64;
            assert!(
                depth >= 500_000_000.0,
                "{:?} absorbs only {depth} cents",
                c.origin
            );
            assert_eq!(
                c.metrics.tier,
                match c.origin {
                    Origin::Typical { tier, .. } => tier,
                    Origin::Roster(_) => unreachable!(),
                }
            );
        }
        // The middle micro is the tier's typical creator at the range's midpoint ($300).
        let middle = &pool.candidates[4];
        assert_eq!(
            middle.origin,
            Origin::Typical {
                tier: Tier::Micro,
                band: Size::Middle
            }
        );
        assert_eq!(middle.metrics.followers, 31_623);
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
