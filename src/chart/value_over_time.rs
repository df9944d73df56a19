//! Value over time: what the campaign is worth, week by week over the brief's horizon, as two
//! stacked areas of cumulative value.
//!
//! Article 004's point is that a campaign's value does not stop in the week of the posts. The
//! engine models two kinds of value ([`value_over_time`](micromacro_engine::value_over_time())):
//!
//! * **earned media value**, from engagement that arrives in the weeks after posting and decays
//!   by tier (macro posts fade fast, micro posts linger), so its area rises steeply and then
//!   flattens;
//! * **the content library**, posts the brand may reuse, earned evenly over their useful life,
//!   so its area keeps climbing long after the media value has stopped.
//!
//! Stacked and cumulative, the top edge is the total value so far, and the chart shows at a
//! glance how much of it arrives after week one, which a short-term dashboard misses. The x
//! axis starts at week 0 with nothing earned. Once the sampled worlds are in, each week's total
//! gets its P10–P90 as a whisker: how far the benchmarks' ranges move the value so far.

use micromacro_engine::ValueOverTime;
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::{PathElement, Polygon};
use plotters::prelude::DrawingBackend;
use plotters::style::Color;

use super::axis::{AxisSpec, Cartesian};
use super::format::money_decimals;
use super::frame::{AREA_OPACITY, Frame, LegendEntry, Swatch};
use super::{NumberFormat, theme};

/// Cumulative value at the end of one week, in whole currency units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ValueWeek {
    /// Week number, from 1 (the week of the posts).
    pub week: u32,
    /// Earned media value arrived up to and including this week.
    pub media: f64,
    /// Content-library value earned up to and including this week.
    pub content: f64,
}

impl ValueWeek {
    /// All value up to and including this week.
    #[must_use]
    pub fn total(&self) -> f64 {
        self.media + self.content
    }

    /// Both values finite: the week can be drawn.
    fn is_drawable(&self) -> bool {
        self.media.is_finite() && self.content.is_finite()
    }
}

/// The data of the value-over-time chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueOverTimeChart {
    /// One entry per week of the horizon, in week order.
    pub weeks: Vec<ValueWeek>,
    /// The total so far's P10–P90 at the end of each week, aligned with `weeks`; empty
    /// until the sampled worlds are in. Drawn as whiskers on the total edge.
    pub ranges: Vec<(f64, f64)>,
}

impl ValueOverTimeChart {
    /// The chart of the engine's weekly values. The cumulative sums are added up in cents, as
    /// the engine reports them, and only then turned into currency units.
    #[must_use]
    pub fn from_value(value: &ValueOverTime) -> Self {
        // The engine reports weeks in order; sorting first keeps the sums cumulative anyway.
        let mut source: Vec<_> = value.weeks.iter().collect();
        micromacro_engine::order::sort_by_key(&mut source, |w| w.week);
        let (mut media, mut content) = (0_i64, 0_i64);
        let weeks = source
            .into_iter()
            .map(|w| {
                media = media.saturating_add(w.media_value.cents());
                content = content.saturating_add(w.content_value.cents());
                ValueWeek {
                    week: w.week,
                    media: major(media),
                    content: major(content),
                }
            })
            .collect();
        ValueOverTimeChart {
            weeks,
            ranges: Vec::new(),
        }
    }

    /// The chart with the total so far's range at the end of each week (one `(P10, P90)` per
    /// week, in week order); a range that is not a finite, ordered pair is left undrawn.
    #[must_use]
    pub fn with_ranges(mut self, ranges: &[(f64, f64)]) -> Self {
        self.ranges = ranges.to_vec();
        self
    }

    /// The range of week `i` (by position), when it can be drawn.
    fn range(&self, i: usize) -> Option<(f64, f64)> {
        self.ranges
            .get(i)
            .copied()
            .filter(|(low, high)| low.is_finite() && high.is_finite() && high > low)
    }

    /// The data as table rows, one per week, for a screen-reader table beside the canvas.
    /// Columns: week, media value so far, content-library value so far, total so far (the three
    /// values cumulative, as drawn).
    #[must_use]
    pub fn table_rows(&self, text: &ValueOverTimeText<'_>) -> Vec<Vec<String>> {
        let number = text.number;
        let decimals = money_decimals(
            self.weeks
                .iter()
                .flat_map(|w| [w.media, w.content, w.total()]),
        );
        self.weeks
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let total = match self.range(i) {
                    // "4,900 (3,100–7,400)"
                    Some((low, high)) => format!(
                        "{} ({}–{})",
                        number(w.total(), decimals),
                        number(low, decimals),
                        number(high, decimals)
                    ),
                    None => number(w.total(), decimals),
                };
                vec![
                    number(f64::from(w.week), 0),
                    number(w.media, decimals),
                    number(w.content, decimals),
                    total,
                ]
            })
            .collect()
    }
}

/// Cents as whole currency units (as [`Money::to_major_f64`](micromacro_engine::Money::to_major_f64) does), for drawing only.
fn major(cents: i64) -> f64 {
    cents as f64 / 100.0
}

/// Everything the value-over-time chart writes, in the reader's language.
#[derive(Clone)]
pub struct ValueOverTimeText<'a> {
    /// Title at the top left; empty for none.
    pub title: String,
    /// Caption of the x axis, e.g. "Week".
    pub x_axis: String,
    /// Caption of the y axis, with the currency, e.g. "Value so far (€)".
    pub y_axis: String,
    /// Legend name of the earned-media area, e.g. "Media value (engagement)".
    pub media: String,
    /// Legend name of the content-library area, e.g. "Content library".
    pub content: String,
    /// Shown in the plot when there is no value to draw.
    pub no_data: String,
    /// Writes tick labels and table numbers.
    pub number: NumberFormat<'a>,
}

/// Draws the value-over-time chart on `area`, filling it. The caller presents the area.
///
/// # Errors
///
/// Only the backend's own drawing errors; no data can make this fail or panic.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &ValueOverTimeChart,
    text: &ValueOverTimeText<'_>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let frame = Frame::of(area);
    frame.background(area)?;
    let top = frame.title(area, &text.title)?;
    let legend = [
        LegendEntry {
            label: &text.media,
            swatch: Swatch::Area(theme::MEDIA_VALUE),
        },
        LegendEntry {
            label: &text.content,
            swatch: Swatch::Area(theme::CONTENT_VALUE),
        },
    ];
    let top = frame.legend(area, &legend, top)?;

    // Week 0: before the posts, nothing is earned; the areas start from the origin.
    let origin = ValueWeek {
        week: 0,
        media: 0.0,
        content: 0.0,
    };
    let weeks: Vec<ValueWeek> = std::iter::once(origin)
        .chain(chart.weeks.iter().copied().filter(ValueWeek::is_drawable))
        .collect();
    // Weeks end at the horizon: the axis stops at the last week, not at the next round number.
    let x = AxisSpec::covering(&text.x_axis, weeks.iter().map(|w| f64::from(w.week)), true).tight();
    let highs = (0..chart.weeks.len()).filter_map(|i| chart.range(i).map(|r| r.1));
    let y = AxisSpec::covering(
        &text.y_axis,
        weeks.iter().map(ValueWeek::total).chain(highs),
        false,
    );
    let Some(plot) = Cartesian::layout(&frame, top, &x, &y, text.number) else {
        return Ok(());
    };
    plot.draw_axes(area, &frame, &text.x_axis, &text.y_axis, text.number)?;

    let has_media = weeks.iter().any(|w| w.media != 0.0);
    let has_content = weeks.iter().any(|w| w.content != 0.0);
    if weeks.len() < 2 || !(has_media || has_content) {
        return frame.message(area, plot.plot, &text.no_data);
    }

    let at = |week: &ValueWeek, value: f64| plot.point(f64::from(week.week), value);
    let media_edge: Vec<(i32, i32)> = weeks.iter().map(|w| at(w, w.media)).collect();
    let total_edge: Vec<(i32, i32)> = weeks.iter().map(|w| at(w, w.total())).collect();
    let stroke = frame.stroke(2.0);

    if has_media {
        // Down to the x axis and back: the area under the media edge.
        let baseline = weeks.iter().rev().map(|w| at(w, 0.0));
        let outline: Vec<(i32, i32)> = media_edge.iter().copied().chain(baseline).collect();
        area.draw(&Polygon::new(
            outline,
            theme::MEDIA_VALUE.mix(AREA_OPACITY).filled(),
        ))?;
    }
    if has_content {
        // Between the media edge and the total edge: the content stacked on the media value.
        let outline: Vec<(i32, i32)> = total_edge
            .iter()
            .copied()
            .chain(media_edge.iter().rev().copied())
            .collect();
        area.draw(&Polygon::new(
            outline,
            theme::CONTENT_VALUE.mix(AREA_OPACITY).filled(),
        ))?;
    }
    // The total's range at each week, over the fills and under the edges.
    for (i, w) in chart.weeks.iter().enumerate() {
        if let Some((low, high)) = chart.range(i).filter(|_| w.is_drawable()) {
            let ((x, bottom), (_, top)) = (at(w, low), at(w, high));
            frame.whisker(area, x, (bottom, top), theme::INK)?;
        }
    }
    // Edges over both fills; the total edge last, it is the figure the reader follows.
    if has_media {
        area.draw(&PathElement::new(
            media_edge,
            theme::MEDIA_VALUE.stroke_width(stroke),
        ))?;
    }
    if has_content {
        area.draw(&PathElement::new(
            total_edge,
            theme::CONTENT_VALUE.stroke_width(stroke),
        ))?;
    }
    Ok(())
}
