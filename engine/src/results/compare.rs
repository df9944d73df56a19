//! After the campaign: what each creator delivered against what the plan forecast.
//!
//! For each creator of the plan with results, the forecast is the engine's own figures for that
//! creator ([`creator_metrics`](crate::creator_metrics())) with the posts actually delivered
//! (a creator who posted once instead of twice is compared with one post), on the campaign's
//! own table: the published benchmarks with the user's edits, never a calibrated table, because
//! results are the evidence calibration learns from and must not be compared with a forecast
//! that already holds them. Its P10–P90 range comes from the same sampled worlds as every range
//! of the app ([`SEED`], [`SAMPLES`]); the campaign's totals are summed within each world, so
//! their range is the range of the sum, not a sum of ranges.
//!
//! A figure is [`Status::Within`] its range when `low ≤ actual ≤ high`, else above or below.
//!
//! Realised costs per result are the fees paid over what was delivered, beside the same ratio
//! of the forecast for the same creators: CPM = fees ÷ impressions × 1000, CPE = fees ÷
//! engagements, cost per conversion = fees ÷ conversions, and ROI = (revenue × margin − fees −
//! management cost) ÷ (fees + management cost), the plan's own definition, with the planned
//! management hours (results carry no hours).
//!
//! Invariants: only creators that read and have at least one result are compared; a figure is
//! compared only when its actual was given; every actual is finite and not negative (the
//! caller's reader refuses anything else).

use crate::assumptions::defaults::Assumptions;
use crate::explain::sampling::{Band, SAMPLES, SEED, SplitMix64};
use crate::inputs::brief::Brief;
use crate::inputs::creator::Creator;
use crate::inputs::ids::id_enum;
use crate::inputs::money::Money;
use crate::inputs::platform::Platform;
use crate::inputs::tier::Tier;
use crate::value::metrics::{CreatorMetrics, creator_metrics};

id_enum! {
    /// A figure results report and the plan forecast.
    pub enum Measure: "measure" {
        /// People reached at least once (the platforms' "Reach", "Accounts reached").
        Reach => "reach",
        /// Times the posts were shown ("Impressions", "Views").
        Impressions => "impressions",
        /// Likes, comments, saves and shares.
        Engagements => "engagements",
        /// Link clicks.
        Clicks => "clicks",
        /// Conversions (promo codes, tracked sales).
        Conversions => "conversions",
        /// The fee paid, in the campaign's currency.
        Fee => "fee",
    }
}

id_enum! {
    /// Where an actual figure fell against its forecast range.
    pub enum Status: "status" {
        /// Below the P10 of the forecast.
        Below => "below",
        /// Between P10 and P90.
        Within => "within",
        /// Above the P90.
        Above => "above",
    }
}

impl Status {
    /// Where `actual` falls against `band`.
    #[must_use]
    pub fn of(actual: f64, band: &Band) -> Self {
        if actual < band.low {
            Status::Below
        } else if actual > band.high {
            Status::Above
        } else {
            Status::Within
        }
    }
}

/// What one creator delivered, as reported. Every figure is optional: a results file rarely
/// has them all.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Delivered {
    /// Posts delivered; `None`: as planned.
    pub posts: Option<u32>,
    /// The fee paid.
    pub fee: Option<Money>,
    /// People reached.
    pub reach: Option<f64>,
    /// Impressions or views.
    pub impressions: Option<f64>,
    /// Engagements.
    pub engagements: Option<f64>,
    /// Link clicks.
    pub clicks: Option<f64>,
    /// Conversions.
    pub conversions: Option<f64>,
    /// Revenue attributed to the creator.
    pub revenue: Option<Money>,
}

impl Delivered {
    /// Whether any figure was reported.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Delivered::default()
    }

    /// The actual value of `measure`, in the campaign's currency's major units for the fee.
    #[must_use]
    pub fn actual(&self, measure: Measure) -> Option<f64> {
        match measure {
            Measure::Reach => self.reach,
            Measure::Impressions => self.impressions,
            Measure::Engagements => self.engagements,
            Measure::Clicks => self.clicks,
            Measure::Conversions => self.conversions,
            Measure::Fee => self.fee.map(Money::to_major_f64),
        }
    }
}

/// The forecast of `measure` in a creator's metrics.
fn planned(m: &CreatorMetrics, measure: Measure) -> f64 {
    match measure {
        Measure::Reach => m.estimated_reach,
        Measure::Impressions => m.impressions,
        Measure::Engagements => m.engagements,
        Measure::Clicks => m.clicks,
        Measure::Conversions => m.code_redemptions,
        Measure::Fee => m.cost.to_major_f64(),
    }
}

/// One figure: the forecast's range and what happened.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Compared {
    /// What was measured.
    pub measure: Measure,
    /// The forecast: central and P10–P90.
    pub planned: Band,
    /// What was reported.
    pub actual: f64,
    /// Where the actual fell.
    pub status: Status,
}

impl Compared {
    /// `actual` against the forecast `planned`, with where it fell.
    #[must_use]
    pub fn new(measure: Measure, planned: Band, actual: f64) -> Self {
        Compared {
            measure,
            planned,
            actual,
            status: Status::of(actual, &planned),
        }
    }
}

/// The rates a creator's forecast rested on, which calibration compares results with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlannedRates {
    /// Followers.
    pub followers: u64,
    /// Posts delivered (as compared).
    pub posts: u32,
    /// Share of followers one post reaches.
    pub reach_rate: f64,
    /// Engagements per follower per post.
    pub engagement_rate: f64,
    /// Clicks per impression.
    pub click_through: f64,
    /// Conversions per engagement.
    pub conversion_rate: f64,
    /// Whether the engagement rate was the benchmark (not the creator's own).
    pub engagement_estimated: bool,
    /// Whether the price was the price table's (not the creator's own).
    pub price_estimated: bool,
    /// Whether the conversion rate was the tier's benchmark (not the creator's own).
    pub conversion_estimated: bool,
}

/// One creator's results against the forecast.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatorComparison {
    /// The creator's platform.
    pub platform: Platform,
    /// The creator's tier.
    pub tier: Tier,
    /// What the forecast rested on.
    pub rates: PlannedRates,
    /// What was reported.
    pub delivered: Delivered,
    /// Each reported figure against its forecast, in [`Measure::ALL`] order.
    pub figures: Vec<Compared>,
}

impl CreatorComparison {
    /// The comparison of `measure`, when it was reported.
    #[must_use]
    pub fn get(&self, measure: Measure) -> Option<&Compared> {
        self.figures.iter().find(|f| f.measure == measure)
    }
}

/// A cost per result or the ROI, forecast and realised, over the creators that reported what
/// it needs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Realised {
    /// The forecast for the same creators.
    pub planned: Option<f64>,
    /// What the results give.
    pub actual: Option<f64>,
}

/// Realised costs per result and ROI against the forecast.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kpis {
    /// Fees per thousand impressions.
    pub cpm: Realised,
    /// Fees per engagement.
    pub cpe: Realised,
    /// Fees per conversion.
    pub cost_per_conversion: Realised,
    /// Return on fees and management time (needs revenue and the brief's margin).
    pub roi: Realised,
}

/// A campaign's results against its forecast.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignComparison {
    /// Per creator given, in order: `None` when it does not read or reported nothing.
    pub creators: Vec<Option<CreatorComparison>>,
    /// Each figure summed over the creators that reported it, against the forecast of the sum.
    pub totals: Vec<Compared>,
    /// Realised costs per result and ROI.
    pub kpis: Kpis,
}

impl CampaignComparison {
    /// The campaign's total of `measure`, when any creator reported it.
    #[must_use]
    pub fn total(&self, measure: Measure) -> Option<&Compared> {
        self.totals.iter().find(|f| f.measure == measure)
    }

    /// How many creators reported results.
    #[must_use]
    pub fn reported(&self) -> usize {
        self.creators.iter().flatten().count()
    }
}

/// Compares each creator's results with the forecast for it (see the module docs). `creators`
/// are the plan's creators as planned, each with what it delivered.
#[must_use]
pub fn compare(
    brief: &Brief,
    assumptions: &Assumptions,
    creators: &[(Creator, Delivered)],
) -> CampaignComparison {
    // The creators as compared: posts as delivered; those that do not read or reported
    // nothing are left out.
    let (compared, central): (Vec<Option<Creator>>, Vec<Option<CreatorMetrics>>) = creators
        .iter()
        .map(|(c, d)| {
            if d.is_empty() {
                return (None, None);
            }
            let mut c = c.clone();
            if let Some(posts) = d.posts.filter(|&p| p > 0) {
                c.posts = posts;
            }
            match creator_metrics(&c, brief, assumptions) {
                Ok(m) => (Some(c), Some(m)),
                Err(_) => (None, None),
            }
        })
        .unzip();
    // samples[w][i]: creator i's metrics in world w.
    let worlds: Vec<Vec<Option<CreatorMetrics>>> = (0..SAMPLES)
        .map(|w| {
            let mut rng = SplitMix64::for_world(SEED, w);
            let table = assumptions
                .spreads
                .world(assumptions, &mut |_| rng.next_f64());
            compared
                .iter()
                .map(|c| {
                    c.as_ref()
                        .and_then(|c| creator_metrics(c, brief, &table).ok())
                })
                .collect()
        })
        .collect();
    let band_of = |i: usize, measure: Measure, m: &CreatorMetrics| {
        let mut samples: Vec<f64> = worlds
            .iter()
            .filter_map(|w| w[i].as_ref().map(|m| planned(m, measure)))
            .collect();
        Band::of(planned(m, measure), &mut samples)
    };
    let per_creator: Vec<Option<CreatorComparison>> = central
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let m = m.as_ref()?;
            let delivered = creators[i].1;
            let figures = Measure::ALL
                .iter()
                .filter_map(|&measure| {
                    let actual = delivered.actual(measure)?;
                    Some(Compared::new(measure, band_of(i, measure, m), actual))
                })
                .collect();
            Some(CreatorComparison {
                platform: m.platform,
                tier: m.tier,
                rates: PlannedRates {
                    followers: m.followers,
                    posts: m.posts,
                    reach_rate: if m.followers > 0 {
                        m.reach_per_post / m.followers as f64
                    } else {
                        0.0
                    },
                    engagement_rate: m.engagement_rate,
                    click_through: assumptions.click_through_rate.value,
                    conversion_rate: m.conversion_rate,
                    engagement_estimated: m.estimated.engagement,
                    price_estimated: m.estimated.price,
                    conversion_estimated: creators[i].0.conversion_rate.is_none(),
                },
                delivered,
                figures,
            })
        })
        .collect();
    let totals = Measure::ALL
        .iter()
        .filter_map(|&measure| {
            let who: Vec<usize> = per_creator
                .iter()
                .enumerate()
                .filter(|(_, c)| c.as_ref().is_some_and(|c| c.get(measure).is_some()))
                .map(|(i, _)| i)
                .collect();
            if who.is_empty() {
                return None;
            }
            let sum = |metrics: &[Option<CreatorMetrics>]| -> f64 {
                who.iter()
                    .filter_map(|&i| metrics[i].as_ref().map(|m| planned(m, measure)))
                    .sum()
            };
            let mut samples: Vec<f64> = worlds.iter().map(|w| sum(w)).collect();
            let planned = Band::of(sum(&central), &mut samples);
            let actual: f64 = who
                .iter()
                .filter_map(|&i| creators[i].1.actual(measure))
                .sum();
            Some(Compared::new(measure, planned, actual))
        })
        .collect();
    let kpis = kpis(brief, assumptions, &central, &per_creator);
    CampaignComparison {
        creators: per_creator,
        totals,
        kpis,
    }
}

/// Each creator that reads and reported something: its central metrics and its comparison.
fn reporting<'a>(
    central: &'a [Option<CreatorMetrics>],
    per_creator: &'a [Option<CreatorComparison>],
) -> impl Iterator<Item = (&'a CreatorMetrics, &'a CreatorComparison)> {
    central
        .iter()
        .zip(per_creator)
        .filter_map(|(m, c)| Some((m.as_ref()?, c.as_ref()?)))
}

/// Fees over a result, forecast and realised, over the creators that reported both.
fn cost_per(
    central: &[Option<CreatorMetrics>],
    per_creator: &[Option<CreatorComparison>],
    measure: Measure,
    per: f64,
) -> Realised {
    let (mut planned_fees, mut planned_result, mut fees, mut result) = (0.0, 0.0, 0.0, 0.0);
    let mut any = false;
    for (m, c) in reporting(central, per_creator) {
        let (Some(fee), Some(actual)) = (c.delivered.fee, c.delivered.actual(measure)) else {
            continue;
        };
        any = true;
        planned_fees += m.cost.to_major_f64();
        planned_result += planned(m, measure);
        fees += fee.to_major_f64();
        result += actual;
    }
    let ratio = |fees: f64, result: f64| (any && result > 0.0).then(|| fees / result * per);
    Realised {
        planned: ratio(planned_fees, planned_result),
        actual: ratio(fees, result),
    }
}

fn kpis(
    brief: &Brief,
    assumptions: &Assumptions,
    central: &[Option<CreatorMetrics>],
    per_creator: &[Option<CreatorComparison>],
) -> Kpis {
    let margin = brief.margin;
    let aov = brief
        .aov
        .map(|aov| aov.convert(brief.currency(), assumptions.exchange_rate.value));
    let (mut planned_gain, mut planned_cost, mut gain, mut cost) = (0.0, 0.0, 0.0, 0.0);
    let mut any = false;
    for (m, c) in reporting(central, per_creator) {
        let (Some(fee), Some(revenue), Some(margin), Some(aov)) =
            (c.delivered.fee, c.delivered.revenue, margin, aov)
        else {
            continue;
        };
        any = true;
        let management = m.management_cost.to_major_f64();
        planned_gain += m.code_redemptions * aov.to_major_f64() * margin;
        planned_cost += m.cost.to_major_f64() + management;
        gain += revenue.to_major_f64() * margin;
        cost += fee.to_major_f64() + management;
    }
    let roi = |gain: f64, cost: f64| (any && cost > 0.0).then(|| (gain - cost) / cost);
    Kpis {
        cpm: cost_per(central, per_creator, Measure::Impressions, 1_000.0),
        cpe: cost_per(central, per_creator, Measure::Engagements, 1.0),
        cost_per_conversion: cost_per(central, per_creator, Measure::Conversions, 1.0),
        roi: Realised {
            planned: roi(planned_gain, planned_cost),
            actual: roi(gain, cost),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::money::Currency;

    fn brief() -> Brief {
        Brief {
            budget: Money::from_major(5_000, Currency::Usd),
            ..Brief::default()
        }
    }

    /// A creator whose engagement rate is the benchmark (so its forecast has a range).
    fn micro(followers: u64) -> Creator {
        Creator::new(Platform::Instagram, followers)
            .with_price(Money::from_major(500, Currency::Usd))
    }

    #[test]
    fn each_reported_figure_is_compared_with_its_range_and_marked() {
        let a = Assumptions::default();
        let plain = compare(&brief(), &a, &[(micro(50_000), Delivered::default())]);
        assert_eq!(
            plain.reported(),
            0,
            "a creator that reported nothing is not compared"
        );
        let central = creator_metrics(&micro(50_000), &brief(), &a).unwrap();
        let delivered = Delivered {
            engagements: Some(central.engagements * 0.5),
            reach: Some(central.estimated_reach),
            impressions: Some(central.impressions * 3.0),
            fee: Some(Money::from_major(500, Currency::Usd)),
            ..Delivered::default()
        };
        let c = compare(&brief(), &a, &[(micro(50_000), delivered)]);
        let creator = c.creators[0].as_ref().unwrap();
        let engagement = creator.get(Measure::Engagements).unwrap();
        assert!((engagement.planned.central - central.engagements).abs() < 1e-9);
        assert!(engagement.planned.low < engagement.planned.central);
        assert!(engagement.planned.high > engagement.planned.central);
        assert_eq!(engagement.status, Status::Below);
        assert_eq!(creator.get(Measure::Reach).unwrap().status, Status::Within);
        assert_eq!(
            creator.get(Measure::Impressions).unwrap().status,
            Status::Above
        );
        assert!(
            creator.get(Measure::Clicks).is_none(),
            "not reported, not compared"
        );
        assert_eq!(
            c.total(Measure::Reach).unwrap().actual,
            central.estimated_reach
        );
        // Realised CPE: $500 over half the forecast engagements is twice the forecast's.
        let cpe = c.kpis.cpe;
        assert!((cpe.actual.unwrap() / cpe.planned.unwrap() - 2.0).abs() < 1e-9);
    }

    #[test]
    fn posts_delivered_set_the_forecast() {
        let a = Assumptions::default();
        let two = micro(50_000).with_posts(2);
        let one_post = Delivered {
            posts: Some(1),
            engagements: Some(1.0),
            ..Delivered::default()
        };
        let one = creator_metrics(&micro(50_000).with_posts(1), &brief(), &a).unwrap();
        let c = compare(&brief(), &a, &[(two, one_post)]);
        let planned = c.creators[0]
            .as_ref()
            .unwrap()
            .get(Measure::Engagements)
            .unwrap();
        assert!(
            (planned.planned.central - one.engagements).abs() < 1e-9,
            "{planned:?}"
        );
    }

    #[test]
    fn totals_are_the_range_of_the_sum() {
        let a = Assumptions::default();
        let d = Delivered {
            engagements: Some(2_500.0),
            ..Delivered::default()
        };
        let c = compare(&brief(), &a, &[(micro(50_000), d), (micro(50_000), d)]);
        let total = c.total(Measure::Engagements).unwrap();
        let one = c.creators[0]
            .as_ref()
            .unwrap()
            .get(Measure::Engagements)
            .unwrap();
        assert!((total.planned.central - 2.0 * one.planned.central).abs() < 1e-9);
        assert!((total.planned.low - 2.0 * one.planned.low).abs() < 1e-6);
        assert_eq!(total.actual, 5_000.0);
    }
}
