//! Honest ranges: seeded, repeatable sampling of the benchmarks' ranges, P10–P90 of each
//! plan's headline figures, and the verdict's robustness as its confidence.
//!
//! A *world* is the defaults table with every uncertain entry drawn from its range
//! ([`Spreads::world`]); the user's own figures (their creators' measured rates and prices,
//! their edits of the table) stay fixed. World `i` of seed `s` draws from its own
//! SplitMix64 stream seeded with `s` and `i`, so the same inputs give the same worlds on every
//! machine and in every browser, and worlds can be computed in any order or in chunks (the UI
//! fills the ranges in progressively without blocking input).
//!
//! In each world the three plans are optimised again ([`plans`]); the summary gives, per plan
//! and figure, the 10th and 90th percentile over the worlds (nearest rank), widened to include
//! the central figure where it falls outside (the range always contains the figure shown), and
//! the **robustness**: the share of worlds in which the free plan gives the verdict of the
//! central table. That share is the confidence the page shows.
//!
//! Invariants (tested): `p10 ≤ central ≤ p90`; zero-width spreads give zero-width ranges;
//! the same seed gives the same figures.

use crate::assumptions::defaults::Assumptions;
use crate::assumptions::ranges::Spreads;
use crate::decision::decide::{Plans, Strategy, plans};
use crate::inputs::brief::Brief;
use crate::inputs::creator::Creator;
use crate::inputs::error::ValidationError;
use crate::inputs::factors::Verdict;

/// How many worlds the UI samples.
pub const SAMPLES: usize = 200;

/// The seed the UI uses (any fixed number: the figures only need to repeat).
pub const SEED: u64 = 0x4D49_4352_4F4D_4143;

/// A small, fast, seedable generator (SplitMix64, Steele, Lea and Flood 2014): enough for
/// drawing uniform numbers, with no dependency.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// The stream of world `index` of `seed`.
    #[must_use]
    pub fn for_world(seed: u64, index: usize) -> Self {
        let mut s = SplitMix64(seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        // Discard one output so neighbouring worlds do not start correlated.
        s.next_u64();
        s
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform number in `[0, 1)`.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1_u64 << 53) as f64
    }
}

/// The figures of one plan in one world.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Figures {
    /// The objective's value.
    pub value: f64,
    /// Engaged audience ("net reach").
    pub engaged: f64,
    /// Unique reach in the target region.
    pub effective_reach: f64,
    /// Expected conversions.
    pub conversions: f64,
    /// Fees per conversion in the brief's currency (major units); `None` without conversions.
    pub cost_per_conversion: Option<f64>,
}

impl Figures {
    /// The figures of a plan.
    #[must_use]
    pub fn of(plan: &crate::decision::decide::Plan) -> Self {
        Figures {
            value: plan.value,
            engaged: plan.totals.engaged_audience,
            effective_reach: plan.totals.effective_reach.unique,
            conversions: plan.totals.code_redemptions,
            cost_per_conversion: plan.totals.cost_per_conversion.map(|m| m.to_major_f64()),
        }
    }
}

/// What one world gave.
#[derive(Debug, Clone, PartialEq)]
pub struct World {
    /// The free plan's verdict in this world.
    pub verdict: Option<Verdict>,
    /// The three plans' figures, in [`Strategy::ALL`] order.
    pub plans: Vec<Figures>,
    /// Your plan's figures (the creators the user decided to hire).
    pub yours: Figures,
    /// The free plan's value so far at the end of each week of the horizon
    /// ([`cumulative_weeks`]).
    pub weeks: Vec<f64>,
}

impl World {
    fn of(p: &Plans) -> Self {
        World {
            verdict: p.verdict,
            plans: p.plans.iter().map(Figures::of).collect(),
            yours: Figures::of(&p.yours),
            weeks: p
                .plans
                .get(Strategy::Free.index())
                .map_or_else(Vec::new, |free| cumulative_weeks(&free.value_over_time)),
        }
    }
}

/// A plan's value so far (media and content, in major currency units) at the end of each week,
/// in week order: the top edge of the value-over-time chart.
#[must_use]
pub fn cumulative_weeks(value: &crate::value::value_over_time::ValueOverTime) -> Vec<f64> {
    value
        .weeks
        .iter()
        .map(|w| w.cumulative_value.to_major_f64())
        .collect()
}

/// World `index` of `seed`: the table drawn from `spreads`, the three plans optimised in it.
pub fn world(
    brief: &Brief,
    assumptions: &Assumptions,
    roster: &[Creator],
    spreads: &Spreads,
    seed: u64,
    index: usize,
) -> Result<World, ValidationError> {
    let mut rng = SplitMix64::for_world(seed, index);
    let table = spreads.world(assumptions, &mut |_| rng.next_f64());
    Ok(World::of(&plans(brief, &table, roster)?))
}

/// One creator's figures in one world.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CreatorFigures {
    /// Engaged audience ("net reach").
    pub engaged: f64,
    /// People in the target region reached at least once.
    pub effective: f64,
}

/// One creator's P10–P90 bands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CreatorBands {
    /// Engaged audience ("net reach").
    pub engaged: Band,
    /// People in the target region reached at least once.
    pub effective: Band,
}

/// The figures of each of `creators` in world `index` of `seed`: the table [`world`] draws
/// for the same index, so a creator row's range and its plan's range rest on the same worlds.
/// `None` for a creator whose figures do not read.
#[must_use]
pub fn creator_world(
    brief: &Brief,
    assumptions: &Assumptions,
    creators: &[Creator],
    spreads: &Spreads,
    seed: u64,
    index: usize,
) -> Vec<Option<CreatorFigures>> {
    let mut rng = SplitMix64::for_world(seed, index);
    let table = spreads.world(assumptions, &mut |_| rng.next_f64());
    creators
        .iter()
        .map(|c| {
            crate::value::metrics::creator_metrics(c, brief, &table)
                .ok()
                .map(|m| CreatorFigures {
                    engaged: m.engaged_audience,
                    effective: m.effective_reach,
                })
        })
        .collect()
}

/// Per creator, the P10–P90 bands of its figures over `worlds` (from [`creator_world`])
/// around its central figures.
#[must_use]
pub fn creator_bands(
    central: &[CreatorFigures],
    worlds: &[Vec<Option<CreatorFigures>>],
) -> Vec<CreatorBands> {
    central
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let band = |get: fn(&CreatorFigures) -> f64| {
                let mut samples: Vec<f64> = worlds
                    .iter()
                    .filter_map(|w| w.get(i).copied().flatten())
                    .map(|f| get(&f))
                    .collect();
                Band::of(get(c), &mut samples)
            };
            CreatorBands {
                engaged: band(|f| f.engaged),
                effective: band(|f| f.effective),
            }
        })
        .collect()
}

/// One plan's bands: `c` the central figures, `get` the plan's figures in a world.
fn plan_bands(
    c: &Figures,
    worlds: &[World],
    get: impl Fn(&World) -> Option<&Figures>,
) -> PlanBands {
    let band = |figure: fn(&Figures) -> f64| {
        let mut v: Vec<f64> = worlds.iter().filter_map(&get).map(figure).collect();
        Band::of(figure(c), &mut v)
    };
    PlanBands {
        value: band(|f| f.value),
        engaged: band(|f| f.engaged),
        effective_reach: band(|f| f.effective_reach),
        conversions: band(|f| f.conversions),
        cost_per_conversion: c.cost_per_conversion.map(|cpa| {
            let mut v: Vec<f64> = worlds
                .iter()
                .filter_map(|w| get(w).and_then(|f| f.cost_per_conversion))
                .collect();
            Band::of(cpa, &mut v)
        }),
    }
}

/// A P10–P90 range around a central figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    /// The low end (10th percentile, or the central figure if lower).
    pub low: f64,
    /// The central figure (from the central table).
    pub central: f64,
    /// The high end (90th percentile, or the central figure if higher).
    pub high: f64,
}

impl Band {
    /// The band of `samples` around `central`.
    #[must_use]
    pub fn of(central: f64, samples: &mut [f64]) -> Self {
        crate::order::sort_by(samples, f64::total_cmp);
        let rank = |p: f64| {
            if samples.is_empty() {
                central
            } else {
                // Nearest rank: the smallest value with at least p of the samples at or below.
                let i = ((p * samples.len() as f64).ceil() as usize).clamp(1, samples.len()) - 1;
                samples[i]
            }
        };
        Band {
            low: rank(0.1).min(central),
            central,
            high: rank(0.9).max(central),
        }
    }
}

/// The bands of one plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlanBands {
    /// The objective's value.
    pub value: Band,
    /// Engaged audience.
    pub engaged: Band,
    /// Unique reach in the target region.
    pub effective_reach: Band,
    /// Expected conversions.
    pub conversions: Band,
    /// Cost per conversion, when the central plan has conversions (over the worlds that have).
    pub cost_per_conversion: Option<Band>,
}

/// The ranges of a decision.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranges {
    /// How many worlds they rest on.
    pub samples: usize,
    /// One per plan, in [`Strategy::ALL`] order.
    pub plans: Vec<PlanBands>,
    /// Your plan's.
    pub yours: PlanBands,
    /// Share of worlds in which the free plan gives the central verdict (0–1); `None` when the
    /// central table gives no verdict or there are no worlds.
    pub robustness: Option<f64>,
    /// The free plan's value so far at the end of each week, one band per week of the horizon.
    pub weeks: Vec<Band>,
}

/// Summarises `worlds` around the central figures `central` (one per plan, in
/// [`Strategy::ALL`] order), your plan's `central_yours`, the central free plan's value by week
/// `central_weeks` ([`cumulative_weeks`]) and the central verdict.
#[must_use]
pub fn summarise(
    central: &[Figures],
    central_yours: &Figures,
    central_weeks: &[f64],
    verdict: Option<Verdict>,
    worlds: &[World],
) -> Ranges {
    let plans = Strategy::ALL
        .iter()
        .zip(central)
        .map(|(s, c)| {
            let i = s.index();
            plan_bands(c, worlds, |w| w.plans.get(i))
        })
        .collect();
    let yours = plan_bands(central_yours, worlds, |w| Some(&w.yours));
    let robustness = verdict.filter(|_| !worlds.is_empty()).map(|v| {
        worlds.iter().filter(|w| w.verdict == Some(v)).count() as f64 / worlds.len() as f64
    });
    let weeks = central_weeks
        .iter()
        .enumerate()
        .map(|(week, &c)| {
            let mut v: Vec<f64> = worlds
                .iter()
                .filter_map(|w| w.weeks.get(week))
                .copied()
                .collect();
            Band::of(c, &mut v)
        })
        .collect();
    Ranges {
        yours,
        samples: worlds.len(),
        plans,
        robustness,
        weeks,
    }
}

/// All of it at once: `samples` worlds of `seed` summarised around the central decision (for
/// tests, benchmarks and callers that need not fill the ranges in progressively).
pub fn ranges(
    brief: &Brief,
    assumptions: &Assumptions,
    roster: &[Creator],
    spreads: &Spreads,
    seed: u64,
    samples: usize,
) -> Result<Ranges, ValidationError> {
    let central = plans(brief, assumptions, roster)?;
    let worlds = (0..samples)
        .map(|i| world(brief, assumptions, roster, spreads, seed, i))
        .collect::<Result<Vec<_>, _>>()?;
    let figures: Vec<Figures> = central.plans.iter().map(Figures::of).collect();
    let weeks = cumulative_weeks(&central.plans[Strategy::Free.index()].value_over_time);
    let yours = Figures::of(&central.yours);
    Ok(summarise(
        &figures,
        &yours,
        &weeks,
        central.verdict,
        &worlds,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assumptions::ranges::Spread;

    #[test]
    fn bands_use_the_nearest_rank_and_contain_the_central_figure() {
        let mut v: Vec<f64> = (1..=10).map(f64::from).collect();
        let b = Band::of(5.0, &mut v);
        assert_eq!((b.low, b.high), (1.0, 9.0));
        let b = Band::of(20.0, &mut [1.0, 2.0]);
        assert_eq!((b.low, b.central, b.high), (1.0, 20.0, 20.0));
        let b = Band::of(3.0, &mut []);
        assert_eq!((b.low, b.high), (3.0, 3.0));
    }

    #[test]
    fn the_same_seed_gives_the_same_worlds_and_another_seed_other_ones() {
        let brief = Brief::default();
        let a = Assumptions::default();
        let s = Spreads::default();
        let one = world(&brief, &a, &[], &s, 7, 3).unwrap();
        assert_eq!(one, world(&brief, &a, &[], &s, 7, 3).unwrap());
        let other: Vec<World> = (0..8)
            .map(|i| world(&brief, &a, &[], &s, 8, i).unwrap())
            .collect();
        assert!(other.iter().any(|w| w != &one));
    }

    #[test]
    fn zero_width_spreads_give_zero_width_ranges() {
        let brief = Brief::default();
        let a = Assumptions::default();
        let mut s = Spreads::default();
        let point = |sp: &mut Spread, c: f64| {
            sp.low = c;
            sp.high = c;
        };
        for platform in crate::inputs::platform::Platform::ALL.iter().copied() {
            for tier in crate::inputs::tier::Tier::ALL.iter().copied() {
                let c = a.engagement.get(platform).get(tier).value.rate;
                point(s.engagement.get_mut(platform).get_mut(tier), c);
            }
        }
        for tier in crate::inputs::tier::Tier::ALL.iter().copied() {
            point(s.reach_rate.get_mut(tier), a.reach_rate.get(tier).value);
        }
        for f in [
            &mut s.price,
            &mut s.conversion,
            &mut s.fake_share,
            &mut s.region_share,
            &mut s.hours,
            &mut s.backlash,
            &mut s.content_value,
            &mut s.universe,
            &mut s.supply,
            &mut s.availability,
        ] {
            point(f, 1.0);
        }
        let r = ranges(&brief, &a, &[], &s, SEED, 20).unwrap();
        for p in &r.plans {
            assert_eq!(p.value.low, p.value.high, "{p:?}");
            assert_eq!(p.engaged.low, p.engaged.central);
        }
        for b in &r.weeks {
            assert_eq!((b.low, b.high), (b.central, b.central), "{b:?}");
        }
        assert_eq!(r.robustness, Some(1.0));
    }

    #[test]
    fn ranges_contain_the_central_figures_and_robustness_is_a_share() {
        let r = ranges(
            &Brief::default(),
            &Assumptions::default(),
            &[],
            &Spreads::default(),
            SEED,
            40,
        )
        .unwrap();
        assert_eq!(r.samples, 40);
        for p in &r.plans {
            for b in [p.value, p.engaged, p.effective_reach, p.conversions] {
                assert!(b.low <= b.central && b.central <= b.high, "{b:?}");
            }
        }
        let robust = r.robustness.unwrap();
        assert!((0.0..=1.0).contains(&robust));
        // One band per week of the horizon, containing the central value; as each world's
        // value so far never falls, neither do the bands' ends.
        assert_eq!(r.weeks.len(), Brief::default().horizon_weeks as usize);
        for pair in r.weeks.windows(2) {
            assert!(
                pair[0].low <= pair[1].low && pair[0].high <= pair[1].high,
                "{pair:?}"
            );
        }
        for b in &r.weeks {
            assert!(b.low <= b.central && b.central <= b.high, "{b:?}");
        }
        assert!(r.weeks.last().is_some_and(|b| b.high > b.low));
        // Real spreads move the plans: some band has width.
        assert!(r.plans.iter().any(|p| p.value.high > p.value.low));
    }

    #[test]
    fn a_creator_rows_range_moves_with_the_benchmarks_it_uses_and_repeats() {
        use crate::inputs::creator::EngagementRate;
        use crate::inputs::platform::Platform;
        let (brief, table, spreads) =
            (Brief::default(), Assumptions::default(), Spreads::default());
        let creators = [
            // Engagement from the benchmarks: its range is the benchmark's.
            Creator::new(Platform::Instagram, 40_000),
            // Everything typed: only what the user left to the benchmarks may move it.
            Creator::new(Platform::Instagram, 40_000)
                .with_engagement(EngagementRate::per_follower(0.04))
                .with_fake_follower_share(0.05),
        ];
        let central: Vec<CreatorFigures> = creators
            .iter()
            .map(|c| {
                let m = crate::value::metrics::creator_metrics(c, &brief, &table).unwrap();
                CreatorFigures {
                    engaged: m.engaged_audience,
                    effective: m.effective_reach,
                }
            })
            .collect();
        let worlds: Vec<Vec<Option<CreatorFigures>>> = (0..SAMPLES)
            .map(|i| creator_world(&brief, &table, &creators, &spreads, SEED, i))
            .collect();
        let bands = creator_bands(&central, &worlds);
        for b in bands.iter().flat_map(|b| [b.engaged, b.effective]) {
            assert!(b.low <= b.central && b.central <= b.high, "{b:?}");
        }
        let (benchmarked, typed) = (bands[0].engaged, bands[1].engaged);
        assert!(
            benchmarked.high > benchmarked.low * 1.2,
            "the benchmark's range shows: {benchmarked:?}"
        );
        assert_eq!(typed.low, typed.high, "typed figures stay fixed: {typed:?}");
        // Reach depends on the reach-rate benchmark, which no row types: it always moves.
        assert!(bands[1].effective.high > bands[1].effective.low);
        // Seeded: the same worlds again give the same bands.
        let again: Vec<Vec<Option<CreatorFigures>>> = (0..SAMPLES)
            .map(|i| creator_world(&brief, &table, &creators, &spreads, SEED, i))
            .collect();
        assert_eq!(creator_bands(&central, &again), bands);
    }
}
