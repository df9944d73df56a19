//! Value versus budget: the best plan's value for the objective as the budget grows, one line
//! per strategy (micro side only, macro side only, free), with the current budget marked.
//!
//! The lines come from the engine's [`value_curves`](micromacro_engine::value_curves): the
//! optimiser's best plan at each budget, from the same pool as the plans on the page. They show
//! what one number cannot: where the team's hours stop a side from spending more, where the
//! free plan starts to mix, and where the lines cross the answer changes. Each line has its own
//! marker shape as well as colour. Once the sampled worlds are in, each strategy's value at the
//! current budget gets its P10–P90 range as a whisker on the budget line: the lines are
//! the central table's, the whiskers say how far the benchmarks' ranges move them.

use micromacro_engine::{Money, Strategy, ValueCurves, ValueUnit};
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::PathElement;
use plotters::prelude::DrawingBackend;
use plotters::style::Color;

use super::axis::{AxisSpec, Cartesian};
use super::format::money_decimals;
use super::frame::{Frame, LegendEntry, Marker, Swatch};
use super::{NumberFormat, theme};

/// Beyond this many points per line the markers would merge into a thick line; the lines alone
/// are drawn (the legend still shows each line's marker).
const MAX_MARKED_POINTS: usize = 24;

/// The line of one strategy.
#[derive(Debug, Clone, PartialEq)]
pub struct Curve {
    /// Whose line this is (its colour, marker and name).
    pub strategy: Strategy,
    /// `(budget, value)` points, budgets ascending, in whole currency units and the value's
    /// unit.
    pub points: Vec<(f64, f64)>,
}

impl Curve {
    /// The points that can be drawn: both coordinates finite.
    fn drawable(&self) -> impl Iterator<Item = (f64, f64)> + Clone + '_ {
        self.points
            .iter()
            .copied()
            .filter(|(x, y)| x.is_finite() && y.is_finite())
    }
}

/// One strategy's value at the current budget as a P10–P90 range over the sampled worlds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BudgetRange {
    /// Whose value it is.
    pub strategy: Strategy,
    /// The 10th percentile.
    pub low: f64,
    /// The 90th percentile.
    pub high: f64,
}

/// The data of the value-versus-budget chart.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetCurvesChart {
    /// One line per strategy, in [`Strategy::ALL`] order.
    pub curves: Vec<Curve>,
    /// The current budget in whole currency units; marked when positive.
    pub budget: f64,
    /// Each strategy's value range at the current budget, once the worlds are in; drawn
    /// as whiskers on the budget line and written beside the figures in the table.
    pub ranges: Vec<BudgetRange>,
    /// What the values count (people, conversions, money), for the y axis's caption.
    pub unit: ValueUnit,
}

impl BudgetCurvesChart {
    /// The chart of the engine's curves against the brief's current `budget`.
    #[must_use]
    pub fn from_curves(curves: &ValueCurves, budget: Money) -> Self {
        let line = |points: &[micromacro_engine::CurvePoint]| {
            let mut line: Vec<(f64, f64)> = points
                .iter()
                .map(|p| (p.budget.to_major_f64(), p.value))
                .collect();
            // The engine keeps the caller's order; a line must run left to right.
            micromacro_engine::order::sort_by(&mut line, |a, b| a.0.total_cmp(&b.0));
            line
        };
        BudgetCurvesChart {
            curves: Strategy::ALL
                .iter()
                .map(|&strategy| Curve {
                    strategy,
                    points: line(curves.get(strategy)),
                })
                .collect(),
            budget: budget.to_major_f64(),
            ranges: Vec::new(),
            unit: curves.unit,
        }
    }

    /// The chart while the curves are being worked out: its frame and axes only.
    #[must_use]
    pub fn pending(budget: Money, unit: ValueUnit) -> Self {
        BudgetCurvesChart {
            curves: Vec::new(),
            budget: budget.to_major_f64(),
            ranges: Vec::new(),
            unit,
        }
    }

    /// The chart with each strategy's value range at the current budget from `ranges` (the
    /// sampled worlds' plans, in [`Strategy::ALL`] order); ranges without width are left out.
    #[must_use]
    pub fn with_ranges(mut self, ranges: &micromacro_engine::Ranges) -> Self {
        self.ranges = Strategy::ALL
            .iter()
            .zip(&ranges.plans)
            .map(|(&strategy, bands)| BudgetRange {
                strategy,
                low: bands.value.low,
                high: bands.value.high,
            })
            .filter(|r| r.low.is_finite() && r.high.is_finite() && r.high > r.low)
            .collect();
        self
    }

    /// The range of `strategy` at the current budget, if known.
    fn range(&self, strategy: Strategy) -> Option<&BudgetRange> {
        self.ranges.iter().find(|r| r.strategy == strategy)
    }

    /// The data as table rows, one per budget (ascending), for a screen-reader table beside the
    /// canvas. Columns: budget, then the value of each curve in [`curves`](Self::curves) order;
    /// a curve without a point at that budget has an empty cell.
    #[must_use]
    pub fn table_rows(&self, text: &BudgetCurvesText<'_>) -> Vec<Vec<String>> {
        let number = text.number;
        let mut budgets: Vec<f64> = self
            .curves
            .iter()
            .flat_map(|c| c.points.iter().map(|p| p.0))
            .collect();
        micromacro_engine::order::sort_by(&mut budgets, f64::total_cmp);
        budgets.dedup_by(|a, b| a.total_cmp(b).is_eq());
        let decimals = money_decimals(budgets.iter().copied());
        budgets
            .iter()
            .map(|&budget| {
                std::iter::once(number(budget, decimals))
                    .chain(self.curves.iter().map(|c| {
                        c.points
                            .iter()
                            .find(|p| p.0.total_cmp(&budget).is_eq())
                            .map_or_else(String::new, |p| {
                                // At the current budget: "4,900 (3,100–7,400)".
                                match self.range(c.strategy).filter(|_| budget == self.budget) {
                                    Some(r) => format!(
                                        "{} ({}–{})",
                                        number(p.1, 0),
                                        number(r.low, 0),
                                        number(r.high, 0)
                                    ),
                                    None => number(p.1, 0),
                                }
                            })
                    }))
                    .collect()
            })
            .collect()
    }
}

/// Everything the value-versus-budget chart writes, in the reader's language.
#[derive(Clone)]
pub struct BudgetCurvesText<'a> {
    /// Title at the top left; empty for none.
    pub title: String,
    /// Caption of the x axis, with the currency, e.g. "Budget (€)".
    pub x_axis: String,
    /// Caption of the y axis, naming the value's unit.
    pub y_axis: String,
    /// Legend name of the micro-side line.
    pub micro_side: String,
    /// Legend name of the macro-side line.
    pub macro_side: String,
    /// Legend name of the free plan's line.
    pub free: String,
    /// Label of the current-budget line, e.g. "Your budget".
    pub budget: String,
    /// Shown in the plot when no line has a point to draw.
    pub no_data: String,
    /// Writes tick labels and table numbers.
    pub number: NumberFormat<'a>,
}

impl BudgetCurvesText<'_> {
    /// The legend name of `strategy`.
    #[must_use]
    pub fn strategy_name(&self, strategy: Strategy) -> &str {
        match strategy {
            Strategy::MicroSide => &self.micro_side,
            Strategy::MacroSide => &self.macro_side,
            Strategy::Free => &self.free,
        }
    }
}

/// Each strategy's marker: shapes as well as colours tell the lines apart.
const fn marker(strategy: Strategy) -> Marker {
    match strategy {
        Strategy::MicroSide => Marker::Circle,
        Strategy::MacroSide => Marker::Square,
        Strategy::Free => Marker::Triangle,
    }
}

/// Draws the value-versus-budget chart on `area`, filling it. The caller presents the area.
///
/// # Errors
///
/// Only the backend's own drawing errors; no data can make this fail or panic.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &BudgetCurvesChart,
    text: &BudgetCurvesText<'_>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let frame = Frame::of(area);
    frame.background(area)?;
    let top = frame.title(area, &text.title)?;
    let legend: Vec<LegendEntry<'_>> = chart
        .curves
        .iter()
        .map(|c| LegendEntry {
            label: text.strategy_name(c.strategy),
            swatch: Swatch::Line(theme::strategy_colour(c.strategy), marker(c.strategy)),
        })
        .collect();
    let top = frame.legend(area, &legend, top)?;

    let budget = (chart.budget.is_finite() && chart.budget > 0.0).then_some(chart.budget);
    let all_points = || chart.curves.iter().flat_map(Curve::drawable);
    let x = AxisSpec::covering(&text.x_axis, all_points().map(|p| p.0).chain(budget), false);
    let y = AxisSpec::covering(
        &text.y_axis,
        all_points().map(|p| p.1).chain(
            chart
                .ranges
                .iter()
                .map(|r| r.high)
                .filter(|_| budget.is_some()),
        ),
        true,
    );
    let Some(plot) = Cartesian::layout(&frame, top, &x, &y, text.number) else {
        return Ok(());
    };
    plot.draw_axes(area, &frame, &text.x_axis, &text.y_axis, text.number)?;
    if let Some(budget) = budget {
        plot.draw_vertical_marker(area, &frame, budget, &text.budget)?;
    }
    if all_points().next().is_none() {
        return frame.message(area, plot.plot, &text.no_data);
    }

    // The ranges at the current budget, side by side around the budget line (micro side left,
    // free right), behind the lines and markers.
    if let Some(budget) = budget {
        let gap = frame.px_min1(6.0);
        for (i, strategy) in Strategy::ALL.iter().enumerate() {
            if let Some(r) = chart.range(*strategy) {
                let ((x, bottom), (_, top)) =
                    (plot.point(budget, r.low), plot.point(budget, r.high));
                let x = x + (i as i32 - 1) * gap;
                frame.whisker(area, x, (bottom, top), theme::strategy_colour(*strategy))?;
            }
        }
    }
    let stroke = frame.stroke(2.0);
    for curve in &chart.curves {
        let colour = theme::strategy_colour(curve.strategy);
        let pixels: Vec<(i32, i32)> = curve.drawable().map(|(x, y)| plot.point(x, y)).collect();
        if pixels.len() >= 2 {
            area.draw(&PathElement::new(pixels, colour.stroke_width(stroke)))?;
        }
    }
    // Markers after every line, so no line hides another line's markers.
    for curve in &chart.curves {
        let colour = theme::strategy_colour(curve.strategy);
        let count = curve.drawable().count();
        if count <= MAX_MARKED_POINTS {
            for (x, y) in curve.drawable() {
                frame.marker(area, marker(curve.strategy), plot.point(x, y), colour)?;
            }
        }
    }
    Ok(())
}
