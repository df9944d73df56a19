//! Reach versus cost: each creator of the roster as a dot, what they cost (x, in whole currency
//! units) against how many people they reach (y), coloured by tier, with the campaign budget as
//! a dashed vertical line.
//!
//! The chart answers "who gives the most reach for the money?": dots high and to the left are
//! good value, dots right of the budget line cannot be paid on their own. Once the sampled
//! worlds are in, each dot gets a vertical whisker from its reach's P10 to its P90,
//! drawn behind the dots. Which reach the y axis
//! shows is the model's [`ReachMetric`] (effective reach by default: people in the target
//! region); the caller's axis caption names it.

use micromacro_engine::{CreatorMetrics, Money, PerTier, Tier};
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::Circle;
use plotters::prelude::DrawingBackend;
use plotters::style::Color;

use super::axis::{AxisSpec, Cartesian};
use super::format::money_decimals;
use super::frame::{Frame, LegendEntry, Swatch};
use super::{NumberFormat, ReachMetric, theme};

/// Opacity of the dots: where creators overlap, both stay visible.
const DOT_OPACITY: f64 = 0.85;
/// One creator on the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CreatorPoint {
    /// The creator's tier, which colours the dot.
    pub tier: Tier,
    /// Followers (shown in the data table).
    pub followers: u64,
    /// Fees for all the creator's posts, in whole currency units (x).
    pub cost: f64,
    /// The creator's reach by the chart's metric (y).
    pub reach: f64,
    /// P10 and P90 of that reach over the sampled worlds, once they are in.
    pub band: Option<(f64, f64)>,
}

/// The data of the reach-versus-cost chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ReachCostChart {
    /// Which reach the y axis shows.
    pub metric: ReachMetric,
    /// One point per creator, in roster order.
    pub points: Vec<CreatorPoint>,
    /// The campaign budget in whole currency units; drawn as a vertical line when positive.
    pub budget: f64,
}

impl ReachCostChart {
    /// The chart of a roster's metrics (from `roster_metrics`), in roster order, against the
    /// brief's `budget`. Costs and budget are in the brief's currency, as the engine reports.
    #[must_use]
    pub fn from_metrics(metrics: &[CreatorMetrics], budget: Money, metric: ReachMetric) -> Self {
        ReachCostChart {
            metric,
            points: metrics
                .iter()
                .map(|m| CreatorPoint {
                    tier: m.tier,
                    followers: m.followers,
                    cost: m.cost.to_major_f64(),
                    reach: metric.of_creator(m),
                    band: None,
                })
                .collect(),
            budget: budget.to_major_f64(),
        }
    }

    /// Adds each creator's P10–P90 reach (in roster order; `None` for one without): drawn as
    /// whiskers and written in the data table.
    #[must_use]
    pub fn with_bands(mut self, bands: &[Option<(f64, f64)>]) -> Self {
        for (point, band) in self.points.iter_mut().zip(bands) {
            point.band =
                band.filter(|(low, high)| low.is_finite() && high.is_finite() && high > low);
        }
        self
    }

    /// The points that can be drawn: cost and reach both finite.
    fn drawable(&self) -> impl Iterator<Item = &CreatorPoint> + Clone {
        self.points
            .iter()
            .filter(|p| p.cost.is_finite() && p.reach.is_finite())
    }

    /// The budget, when there is one to draw.
    fn budget_line(&self) -> Option<f64> {
        (self.budget.is_finite() && self.budget > 0.0).then_some(self.budget)
    }

    /// The data as table rows, one per creator in roster order, for a screen-reader table
    /// beside the canvas. Columns: number in the roster (from 1), tier name, followers, cost,
    /// reach. Costs have cents only when some cost has cents.
    #[must_use]
    pub fn table_rows(&self, text: &ReachCostText<'_>) -> Vec<Vec<String>> {
        let number = text.number;
        let cost_decimals = money_decimals(self.points.iter().map(|p| p.cost));
        self.points
            .iter()
            .enumerate()
            .map(|(i, p)| {
                vec![
                    number((i + 1) as f64, 0),
                    text.tiers.get(p.tier).clone(),
                    number(p.followers as f64, 0),
                    number(p.cost, cost_decimals),
                    match p.band {
                        // "4,900 (3,100–7,400)", as everywhere else.
                        Some((low, high)) => {
                            format!(
                                "{} ({}–{})",
                                number(p.reach, 0),
                                number(low, 0),
                                number(high, 0)
                            )
                        }
                        None => number(p.reach, 0),
                    },
                ]
            })
            .collect()
    }
}

/// Everything the reach-versus-cost chart writes, in the reader's language.
#[derive(Clone)]
pub struct ReachCostText<'a> {
    /// Title at the top left; empty for none (when the page captions the chart).
    pub title: String,
    /// Caption of the x axis, with the currency, e.g. "Cost (€)".
    pub x_axis: String,
    /// Caption of the y axis, naming the metric, e.g. "Effective reach (people)".
    pub y_axis: String,
    /// Name of each tier, for the legend and the table.
    pub tiers: PerTier<String>,
    /// Label of the budget line, e.g. "Budget €5,000".
    pub budget: String,
    /// Shown in the plot when there is no creator to draw.
    pub no_data: String,
    /// Writes tick labels and table numbers.
    pub number: NumberFormat<'a>,
}

/// Draws the reach-versus-cost chart on `area`, filling it. The caller presents the area.
///
/// # Errors
///
/// Only the backend's own drawing errors; no data can make this fail or panic.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &ReachCostChart,
    text: &ReachCostText<'_>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let frame = Frame::of(area);
    frame.background(area)?;
    let top = frame.title(area, &text.title)?;
    let legend: Vec<LegendEntry<'_>> = Tier::ALL
        .iter()
        .map(|&tier| LegendEntry {
            label: text.tiers.get(tier),
            swatch: Swatch::Dot(theme::tier_colour(tier)),
        })
        .collect();
    let top = frame.legend(area, &legend, top)?;

    let points = chart.drawable();
    let budget = chart.budget_line();
    let x = AxisSpec::covering(
        &text.x_axis,
        points.clone().map(|p| p.cost).chain(budget),
        false,
    );
    let y = AxisSpec::covering(
        &text.y_axis,
        points
            .clone()
            .flat_map(|p| [Some(p.reach), p.band.map(|(_, high)| high)])
            .flatten(),
        true,
    );
    let Some(plot) = Cartesian::layout(&frame, top, &x, &y, text.number) else {
        return Ok(());
    };
    plot.draw_axes(area, &frame, &text.x_axis, &text.y_axis, text.number)?;
    if let Some(budget) = budget {
        plot.draw_vertical_marker(area, &frame, budget, &text.budget)?;
    }

    let radius = frame.px_min1(5.0);
    // Whiskers first, so every dot stays on top of every range.
    for p in points.clone() {
        if let Some((low, high)) = p.band {
            let ((x, bottom), (_, top)) = (plot.point(p.cost, low), plot.point(p.cost, high));
            frame.whisker(area, x, (bottom, top), theme::tier_colour(p.tier))?;
        }
    }
    let mut drawn = 0_usize;
    for p in points {
        let style = theme::tier_colour(p.tier).mix(DOT_OPACITY).filled();
        area.draw(&Circle::new(plot.point(p.cost, p.reach), radius, style))?;
        drawn += 1;
    }
    if drawn == 0 {
        frame.message(area, plot.plot, &text.no_data)?;
    }
    Ok(())
}
