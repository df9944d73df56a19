//! Benchmarks that learn from the user's own results.
//!
//! Each published benchmark a result speaks to ([`Benchmark`]: the reach rate by tier, the
//! engagement rate by platform and tier, the click-through rate, the conversion rate by tier,
//! the price by platform and tier) gets a factor on its central value and a narrower range,
//! from a stated Bayesian rule on the log scale:
//!
//! - **Evidence.** Each creator with results gives one log ratio `xᵢ = ln(actual rate ÷
//!   forecast rate)` per benchmark it speaks to (see [`evidence`]), capped at `±ln 10` so that a
//!   typing slip cannot carry a benchmark off on its own.
//! - **Prior.** The published value, worth [`PRIOR_CREATORS`] creators' results: the benchmark
//!   is the mean of many creators, and one campaign of ten creators should move it by a third
//!   of the way to what they showed, not all the way. (Our assumption: 20, with 10–50 as its
//!   range; with 10 one campaign moves it half way, with 50 a sixth.)
//! - **Posterior** (normal–normal on the log scale, known spread, the prior as `n₀` pseudo
//!   observations at 0): `shift = Σxᵢ ÷ (n₀ + n)`, `factor = e^shift`; the range's log width
//!   around the central value is multiplied by `√(n₀ ÷ (n₀ + n))`. One campaign nudges, ten
//!   dominate; more evidence never widens the range.
//!
//! The calibrated table ([`Calibration::apply`]) moves only the published cells, which then
//! name [`SourceId::YourResults`] as their source: a value the user typed stays as typed. Ranges written as absolute values (engagement and reach rates)
//! move with the central value and narrow; ranges written as factors (price, conversion) follow
//! the central value as they are.
//!
//! Invariants: with no evidence every factor is 1 and the table is unchanged; the shift always
//! lies between 0 and the mean evidence (the posterior sits between prior and data); the
//! narrowing is in (0, 1] and falls as evidence grows.

use crate::assumptions::defaults::Assumptions;
use crate::inputs::money::Money;
use crate::inputs::platform::Platform;
use crate::inputs::source::SourceId;
use crate::inputs::tier::Tier;
use crate::results::compare::CampaignComparison;

/// How many creators' results the published benchmark is worth (see the module docs).
pub const PRIOR_CREATORS: f64 = 20.0;

/// The cap on one creator's log ratio: a tenfold miss either way.
pub const MAX_LOG_RATIO: f64 = core::f64::consts::LN_10;

/// A benchmark results can speak to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Benchmark {
    /// Share of followers one post reaches, by tier.
    ReachRate(Tier),
    /// Engagement rate, by platform and tier.
    Engagement(Platform, Tier),
    /// Clicks per impression.
    ClickThrough,
    /// Conversions per engagement, by tier.
    Conversion(Tier),
    /// Price per post, by platform and tier.
    Price(Platform, Tier),
}

impl Benchmark {
    /// A stable id for the UI and tests: `engagement.instagram.micro`, `click_through`.
    #[must_use]
    pub fn id(self) -> String {
        match self {
            Benchmark::ReachRate(t) => format!("reach_rate.{}", t.as_str()),
            Benchmark::Engagement(p, t) => format!("engagement.{}.{}", p.as_str(), t.as_str()),
            Benchmark::ClickThrough => "click_through".to_owned(),
            Benchmark::Conversion(t) => format!("conversion.{}", t.as_str()),
            Benchmark::Price(p, t) => format!("price.{}.{}", p.as_str(), t.as_str()),
        }
    }

    /// The kind of benchmark, without platform and tier (`engagement`).
    #[must_use]
    pub fn kind(self) -> &'static str {
        match self {
            Benchmark::ReachRate(_) => "reach_rate",
            Benchmark::Engagement(..) => "engagement",
            Benchmark::ClickThrough => "click_through",
            Benchmark::Conversion(_) => "conversion",
            Benchmark::Price(..) => "price",
        }
    }

    /// The published (or the table's) central value of this benchmark in `a`: a fraction, or
    /// for a price the midpoint in the table's currency's major units.
    #[must_use]
    pub fn value_in(self, a: &Assumptions) -> f64 {
        match self {
            Benchmark::ReachRate(t) => a.reach_rate.get(t).value,
            Benchmark::Engagement(p, t) => a.engagement.get(p).get(t).value.rate,
            Benchmark::ClickThrough => a.click_through_rate.value,
            Benchmark::Conversion(t) => a.conversion_rate.get(t).value,
            Benchmark::Price(p, t) => a.price.get(p).get(t).value.midpoint().to_major_f64(),
        }
    }
}

/// One creator's evidence about one benchmark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Observation {
    /// The benchmark it speaks to.
    pub benchmark: Benchmark,
    /// `ln(actual ÷ forecast)`, capped at ±[`MAX_LOG_RATIO`].
    pub log_ratio: f64,
    /// Which campaign it comes from (to count campaigns).
    pub campaign: usize,
}

/// `ln(actual ÷ forecast)`, capped; `None` unless both are positive and finite.
fn log_ratio(actual: f64, forecast: f64) -> Option<f64> {
    (actual > 0.0 && forecast > 0.0 && actual.is_finite() && forecast.is_finite()).then(|| {
        (actual / forecast)
            .ln()
            .clamp(-MAX_LOG_RATIO, MAX_LOG_RATIO)
    })
}

/// The observations one campaign's results give, `campaign` naming it. Per creator:
///
/// - reach rate: from impressions, `impressions ÷ (posts × followers)` against the forecast's
///   rate; else from reach, the rate per post that gives that unique reach over the posts
///   (`1 − (1 − reach ÷ followers)^(1/posts)`);
/// - engagement rate: engagements against the forecast's;
/// - click-through: clicks per impression when impressions were reported, else clicks against
///   the forecast's;
/// - conversion: conversions per engagement when engagements were reported, else conversions
///   against the forecast's;
/// - price: the fee against the forecast's.
///
/// Engagement, conversion and price speak to their benchmark only when the forecast used it:
/// a creator whose own rate or fee was given is measured against that, not the benchmark.
#[must_use]
pub fn evidence(comparison: &CampaignComparison, campaign: usize) -> Vec<Observation> {
    use crate::results::compare::Measure;
    let mut out = Vec::new();
    for c in comparison.creators.iter().flatten() {
        let r = &c.rates;
        let d = &c.delivered;
        let followers = r.followers as f64;
        let posts = f64::from(r.posts.max(1));
        let mut push = |benchmark, ratio: Option<f64>| {
            if let Some(log_ratio) = ratio {
                out.push(Observation {
                    benchmark,
                    log_ratio,
                    campaign,
                });
            }
        };
        let forecast = |m: Measure| c.get(m).map(|f| f.planned.central);
        let reach_rate = match (d.impressions, d.reach) {
            (Some(impressions), _) => Some(impressions / (posts * followers)),
            (None, Some(reach)) if reach < followers => {
                Some(1.0 - (1.0 - reach / followers).powf(1.0 / posts))
            }
            (None, Some(_)) => Some(1.0),
            (None, None) => None,
        };
        push(
            Benchmark::ReachRate(c.tier),
            reach_rate.and_then(|rate| log_ratio(rate, r.reach_rate)),
        );
        // A rate or price the user gave for the creator is not the benchmark: results that
        // differ from it say nothing about the benchmark.
        if r.engagement_estimated {
            push(
                Benchmark::Engagement(c.platform, c.tier),
                d.engagements
                    .and_then(|e| log_ratio(e, forecast(Measure::Engagements)?)),
            );
        }
        let clicks = match (d.clicks, d.impressions) {
            (Some(clicks), Some(impressions)) if impressions > 0.0 => {
                log_ratio(clicks / impressions, r.click_through)
            }
            (Some(clicks), _) => forecast(Measure::Clicks).and_then(|f| log_ratio(clicks, f)),
            _ => None,
        };
        push(Benchmark::ClickThrough, clicks);
        let conversions = match (d.conversions, d.engagements) {
            (Some(conversions), Some(engagements)) if engagements > 0.0 => {
                log_ratio(conversions / engagements, r.conversion_rate)
            }
            (Some(conversions), _) => {
                forecast(Measure::Conversions).and_then(|f| log_ratio(conversions, f))
            }
            _ => None,
        };
        if r.conversion_estimated {
            push(Benchmark::Conversion(c.tier), conversions);
        }
        if r.price_estimated {
            push(
                Benchmark::Price(c.platform, c.tier),
                d.fee
                    .and_then(|fee| log_ratio(fee.to_major_f64(), forecast(Measure::Fee)?)),
            );
        }
    }
    out
}

/// What the results say about one benchmark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Posterior {
    /// The benchmark.
    pub benchmark: Benchmark,
    /// Creators' results behind it.
    pub creators: usize,
    /// Campaigns they come from.
    pub campaigns: usize,
    /// The mean log ratio of the evidence alone.
    pub evidence_mean: f64,
    /// The posterior's shift on the log scale, `Σxᵢ ÷ (n₀ + n)`.
    pub shift: f64,
    /// The factor on the published central value, `e^shift`.
    pub factor: f64,
    /// The factor on the range's log width, `√(n₀ ÷ (n₀ + n))`.
    pub narrowing: f64,
}

/// The benchmarks the user's results calibrate.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Calibration {
    /// One posterior per benchmark with evidence, in [`Benchmark`] order.
    pub posteriors: Vec<Posterior>,
    /// Campaigns with any evidence.
    pub campaigns: usize,
}

impl Calibration {
    /// The posteriors of `observations` (the rule of the module docs).
    #[must_use]
    pub fn from_evidence(observations: &[Observation]) -> Self {
        let mut by: std::collections::BTreeMap<Benchmark, (Vec<f64>, Vec<usize>)> =
            std::collections::BTreeMap::new();
        let mut campaigns: Vec<usize> = Vec::new();
        for o in observations {
            let entry = by.entry(o.benchmark).or_default();
            entry
                .0
                .push(o.log_ratio.clamp(-MAX_LOG_RATIO, MAX_LOG_RATIO));
            if !entry.1.contains(&o.campaign) {
                entry.1.push(o.campaign);
            }
            if !campaigns.contains(&o.campaign) {
                campaigns.push(o.campaign);
            }
        }
        let posteriors = by
            .into_iter()
            .map(|(benchmark, (xs, cs))| {
                let n = xs.len() as f64;
                let sum: f64 = xs.iter().sum();
                let shift = sum / (PRIOR_CREATORS + n);
                Posterior {
                    benchmark,
                    creators: xs.len(),
                    campaigns: cs.len(),
                    evidence_mean: sum / n,
                    shift,
                    factor: shift.exp(),
                    narrowing: (PRIOR_CREATORS / (PRIOR_CREATORS + n)).sqrt(),
                }
            })
            .collect();
        Calibration {
            posteriors,
            campaigns: campaigns.len(),
        }
    }

    /// The posterior of `benchmark`, when results speak to it.
    #[must_use]
    pub fn get(&self, benchmark: Benchmark) -> Option<&Posterior> {
        self.posteriors.iter().find(|p| p.benchmark == benchmark)
    }

    /// `a` with every published cell the results speak to moved by its factor, and its range
    /// narrowed (see the module docs). Cells the user typed stay as they are.
    #[must_use]
    pub fn apply(&self, a: &Assumptions) -> Assumptions {
        let mut a = a.clone();
        for p in &self.posteriors {
            let f = p.factor;
            match p.benchmark {
                Benchmark::ReachRate(t) => {
                    let cell = a.reach_rate.get_mut(t);
                    if !cell.is_user() {
                        let old = cell.value;
                        cell.value = (old * f).min(1.0);
                        cell.source = SourceId::YourResults;
                        let spread = a.spreads.reach_rate.get_mut(t);
                        (spread.low, spread.high) =
                            moved(spread.low, spread.high, old, cell.value, p.narrowing);
                    }
                }
                Benchmark::Engagement(platform, t) => {
                    let cell = a.engagement.get_mut(platform).get_mut(t);
                    if !cell.is_user() {
                        let old = cell.value.rate;
                        cell.value.rate = (old * f).min(1.0);
                        cell.source = SourceId::YourResults;
                        let new = cell.value.rate;
                        let spread = a.spreads.engagement.get_mut(platform).get_mut(t);
                        (spread.low, spread.high) =
                            moved(spread.low, spread.high, old, new, p.narrowing);
                    }
                }
                Benchmark::ClickThrough => {
                    let cell = &mut a.click_through_rate;
                    if !cell.is_user() {
                        cell.value = (cell.value * f).min(1.0);
                        cell.source = SourceId::YourResults;
                    }
                }
                Benchmark::Conversion(t) => {
                    let cell = a.conversion_rate.get_mut(t);
                    if !cell.is_user() {
                        cell.value = (cell.value * f).min(1.0);
                        cell.source = SourceId::YourResults;
                    }
                }
                Benchmark::Price(platform, t) => {
                    let cell = a.price.get_mut(platform).get_mut(t);
                    if !cell.is_user() {
                        let scale =
                            |m: Money| Money::from_cents(m.scale(f).cents().max(1), m.currency());
                        cell.value.low = scale(cell.value.low);
                        cell.value.high = scale(cell.value.high);
                        cell.source = SourceId::YourResults;
                    }
                }
            }
        }
        a
    }
}

/// A range `low ≤ old ≤ high` moved to `new` with its log widths times `narrowing`.
fn moved(low: f64, high: f64, old: f64, new: f64, narrowing: f64) -> (f64, f64) {
    if old <= 0.0 || low <= 0.0 || new <= 0.0 {
        return (low.min(new), high.max(new));
    }
    let low = new * (low / old).powf(narrowing);
    let high = (new * (high / old).powf(narrowing)).min(1.0);
    (low.min(new), high.max(new))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn obs(benchmark: Benchmark, ratio: f64, campaign: usize) -> Observation {
        Observation {
            benchmark,
            log_ratio: ratio.ln(),
            campaign,
        }
    }

    const IG_MICRO: Benchmark = Benchmark::Engagement(Platform::Instagram, Tier::Micro);

    #[test]
    fn no_evidence_leaves_the_table_as_published() {
        let a = Assumptions::default();
        let c = Calibration::from_evidence(&[]);
        assert_eq!(c.campaigns, 0);
        assert_eq!(c.apply(&a), a);
    }

    /// The rule's golden cases: the published value is worth 20 creators.
    #[test]
    fn golden_updates() {
        // (creators at a ratio, campaigns, expected factor, expected narrowing)
        let cases: &[(usize, f64, usize, f64, f64)] = &[
            // One campaign of ten creators at half the benchmark: a third of the way on the
            // log scale, 0.5^(10/30).
            (
                10,
                0.5,
                1,
                0.5f64.powf(10.0 / 30.0),
                (20.0f64 / 30.0).sqrt(),
            ),
            // Three campaigns of ten at half: 0.5^(30/50) = 0.660.
            (
                30,
                0.5,
                3,
                0.5f64.powf(30.0 / 50.0),
                (20.0f64 / 50.0).sqrt(),
            ),
            // Ten campaigns of ten at double: 2^(100/120), most of the way.
            (
                100,
                2.0,
                10,
                2.0f64.powf(100.0 / 120.0),
                (20.0f64 / 120.0).sqrt(),
            ),
            // A thousandfold miss counts as tenfold: 10^(1/21).
            (
                1,
                1000.0,
                1,
                10.0f64.powf(1.0 / 21.0),
                (20.0f64 / 21.0).sqrt(),
            ),
        ];
        for &(n, ratio, campaigns, factor, narrowing) in cases {
            let observations: Vec<Observation> = (0..n)
                .map(|i| obs(IG_MICRO, ratio, i % campaigns))
                .collect();
            let c = Calibration::from_evidence(&observations);
            let p = c.get(IG_MICRO).unwrap();
            assert!(
                (p.factor - factor).abs() < 1e-12,
                "{n} at {ratio}: {}",
                p.factor
            );
            assert!((p.narrowing - narrowing).abs() < 1e-12);
            assert_eq!(
                (p.creators, p.campaigns, c.campaigns),
                (n, campaigns, campaigns)
            );
        }
        assert!((0.5f64.powf(0.6) - 0.659_753_955).abs() < 1e-9);
    }

    #[test]
    fn the_calibrated_table_moves_published_cells_and_keeps_typed_ones() {
        let a = Assumptions::default();
        let observations: Vec<Observation> = (0..30).map(|i| obs(IG_MICRO, 0.5, i % 3)).collect();
        let c = Calibration::from_evidence(&observations);
        let b = c.apply(&a);
        let before = a
            .engagement
            .get(Platform::Instagram)
            .get(Tier::Micro)
            .value
            .rate;
        let after = b
            .engagement
            .get(Platform::Instagram)
            .get(Tier::Micro)
            .value
            .rate;
        assert!((after / before - 0.5f64.powf(0.6)).abs() < 1e-12);
        assert_eq!(
            b.engagement
                .get(Platform::Instagram)
                .get(Tier::Micro)
                .source,
            SourceId::YourResults,
            "a calibrated value names where it comes from"
        );
        let (s0, s1) = (
            a.spreads
                .engagement
                .get(Platform::Instagram)
                .get(Tier::Micro),
            b.spreads
                .engagement
                .get(Platform::Instagram)
                .get(Tier::Micro),
        );
        assert!(s1.low <= after && after <= s1.high);
        assert!(
            (s1.high / s1.low).ln() < (s0.high / s0.low).ln(),
            "narrower"
        );
        assert!(b.validate().is_ok());
        // Other benchmarks untouched.
        assert_eq!(
            a.engagement.get(Platform::TikTok).get(Tier::Micro),
            b.engagement.get(Platform::TikTok).get(Tier::Micro)
        );
        // A value the user typed stays.
        let mut typed = a.clone();
        typed
            .engagement
            .get_mut(Platform::Instagram)
            .get_mut(Tier::Micro)
            .set(crate::inputs::creator::EngagementRate::per_follower(0.07));
        assert_eq!(
            c.apply(&typed)
                .engagement
                .get(Platform::Instagram)
                .get(Tier::Micro),
            typed.engagement.get(Platform::Instagram).get(Tier::Micro)
        );
    }

    proptest! {
        /// More evidence never widens the range, and the posterior lies between the published
        /// value and the evidence.
        #[test]
        fn more_evidence_never_widens_and_stays_between(
            ratios in prop::collection::vec(0.05f64..20.0, 1..60),
            more in prop::collection::vec(0.05f64..20.0, 1..20),
        ) {
            let first: Vec<Observation> = ratios.iter().map(|&r| obs(IG_MICRO, r, 0)).collect();
            let mut all = first.clone();
            all.extend(more.iter().map(|&r| obs(IG_MICRO, r, 1)));
            let p1 = *Calibration::from_evidence(&first).get(IG_MICRO).unwrap();
            let p2 = *Calibration::from_evidence(&all).get(IG_MICRO).unwrap();
            prop_assert!(p2.narrowing < p1.narrowing);
            let a = Assumptions::default();
            let width = |c: &Calibration| {
                let s = *c.apply(&a).spreads.engagement.get(Platform::Instagram).get(Tier::Micro);
                (s.high / s.low).ln()
            };
            let published = {
                let s = a.spreads.engagement.get(Platform::Instagram).get(Tier::Micro);
                (s.high / s.low).ln()
            };
            let (w1, w2) = (width(&Calibration::from_evidence(&first)), width(&Calibration::from_evidence(&all)));
            prop_assert!(w1 <= published + 1e-12);
            prop_assert!(w2 <= w1 + 1e-9);
            let mean = p1.evidence_mean;
            prop_assert!(p1.shift.abs() <= mean.abs() + 1e-12);
            prop_assert!(p1.shift * mean >= 0.0);
        }
    }
}
