//! Results against the forecast: one row per creator, a horizontal line from the P10 to the
//! P90 of the forecast reach, a tick at its central value, and a dot at the reach the creator
//! delivered, coloured by where it fell (within, above or below the range).
//!
//! Laid out like the factor chart ([`factor_leans`](super::factor_leans)): names on the left,
//! a shared axis from zero to the largest figure below, a legend of the three colours along the
//! bottom.

use micromacro_engine::{CampaignComparison, Measure, Status};
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::{Circle, PathElement};
use plotters::prelude::DrawingBackend;
use plotters::style::Color;
use plotters::style::text_anchor::{HPos, VPos};

use super::NumberFormat;
use super::axis::Ticks;
use super::factor_leans::Layout;
use super::format::to_px;
use super::frame::{Frame, TextRole};
use super::theme;

/// One creator's row.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultRowPoint {
    /// The creator's handle.
    pub name: String,
    /// P10, central and P90 of the forecast.
    pub planned: (f64, f64, f64),
    /// What was delivered.
    pub actual: f64,
    /// Where it fell.
    pub status: Status,
}

/// The data of the results chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultsChart {
    /// Which figure it shows.
    pub measure: Measure,
    /// One row per creator that reported it, in the plan's order.
    pub rows: Vec<ResultRowPoint>,
}

impl ResultsChart {
    /// The chart of `measure` from a comparison, the creators named by `handles`.
    #[must_use]
    pub fn from_comparison(
        comparison: &CampaignComparison,
        handles: &[String],
        measure: Measure,
    ) -> Self {
        let rows = handles
            .iter()
            .zip(&comparison.creators)
            .filter_map(|(name, c)| {
                let f = c.as_ref()?.get(measure)?;
                Some(ResultRowPoint {
                    name: name.clone(),
                    planned: (f.planned.low, f.planned.central, f.planned.high),
                    actual: f.actual,
                    status: f.status,
                })
            })
            .collect();
        ResultsChart { measure, rows }
    }

    /// The data as table rows: name, forecast, P10, P90, actual, where it fell.
    #[must_use]
    pub fn table_rows(&self, text: &ResultsText<'_>) -> Vec<Vec<String>> {
        self.rows
            .iter()
            .map(|r| {
                vec![
                    r.name.clone(),
                    (text.number)(r.planned.1, 0),
                    (text.number)(r.planned.0, 0),
                    (text.number)(r.planned.2, 0),
                    (text.number)(r.actual, 0),
                    text.status(r.status).to_owned(),
                ]
            })
            .collect()
    }
}

/// Everything the results chart writes, in the reader's language.
#[derive(Clone)]
pub struct ResultsText<'a> {
    /// Title at the top left; empty for none.
    pub title: String,
    /// The words for within, above and below, in [`Status::ALL`] order.
    pub statuses: Vec<String>,
    /// The legend's word for the forecast range.
    pub range: String,
    /// Shown when there is nothing to draw.
    pub no_data: String,
    /// Writes tick labels and table numbers.
    pub number: NumberFormat<'a>,
}

impl ResultsText<'_> {
    /// The word for `status`.
    #[must_use]
    pub fn status(&self, status: Status) -> &str {
        self.statuses
            .get(status as usize)
            .map_or(status.as_str(), String::as_str)
    }
}

/// The colour of a status.
const fn colour(status: Status) -> plotters::style::RGBColor {
    match status {
        Status::Within => theme::MICRO,
        Status::Above => theme::MEDIA_VALUE,
        Status::Below => theme::DANGER,
    }
}

/// Draws the results chart on `area`, filling it. The caller presents the area.
///
/// # Errors
///
/// Only the backend's own drawing errors; no data can make this fail or panic.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &ResultsChart,
    text: &ResultsText<'_>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let frame = Frame::of(area);
    frame.background(area)?;
    let top = frame.title(area, &text.title)?;
    let names: Vec<&str> = chart.rows.iter().map(|r| r.name.as_str()).collect();
    let largest = chart
        .rows
        .iter()
        .flat_map(|r| [r.planned.2, r.actual])
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let ticks = Ticks::nice(0.0, largest, 5, true);
    let Some(layout) = Layout::new(&frame, top, &names, &ticks, text.number) else {
        return Ok(());
    };
    let plot = layout.plot;
    let grid = theme::GRID.stroke_width(frame.stroke(1.0));
    let tick_style = frame.text_style(TextRole::Tick, theme::MUTED, HPos::Center, VPos::Top);
    for value in ticks.values() {
        let px = layout.x.map(value);
        area.draw(&PathElement::new(
            vec![(px, plot.top), (px, plot.bottom)],
            grid,
        ))?;
        area.draw_text(
            &ticks.label(value, text.number),
            &tick_style,
            (px, plot.bottom + frame.px(6.0)),
        )?;
    }
    // The legend along the bottom: the range, then the three colours of the dots.
    let legend_y = frame.height - frame.margin();
    let mut at = plot.left;
    let entries = std::iter::once((text.range.as_str(), theme::MUTED))
        .chain(Status::ALL.iter().map(|&s| (text.status(s), colour(s))));
    for (label, c) in entries {
        let r = frame.px_min1(4.0);
        area.draw(&Circle::new((at + r, legend_y - r), r, c.filled()))?;
        let style = frame.text_style(TextRole::Label, theme::INK, HPos::Left, VPos::Bottom);
        area.draw_text(label, &style, (at + 3 * r, legend_y))?;
        at += 3 * r + frame.text_width(TextRole::Label, label) + frame.px(14.0);
    }
    if names.is_empty() {
        return frame.message(area, plot, &text.no_data);
    }
    let row = f64::from(plot.height()) / names.len() as f64;
    let row_centre = |i: usize| to_px(f64::from(plot.top) + row * (i as f64 + 0.5));
    let name_style = frame.text_style(TextRole::Label, theme::INK, HPos::Right, VPos::Center);
    let range_style = theme::MUTED.mix(0.6).stroke_width(frame.stroke(3.0));
    let cap = frame.px_min1(4.0);
    for (i, r) in chart.rows.iter().enumerate() {
        let cy = row_centre(i);
        let label = frame.fit(TextRole::Label, &r.name, layout.name_width);
        area.draw_text(&label, &name_style, (plot.left - layout.gap, cy))?;
        let (low, central, high) = r.planned;
        if [low, central, high].iter().all(|v| v.is_finite()) {
            let (l, h) = (layout.x.map(low), layout.x.map(high));
            area.draw(&PathElement::new(vec![(l, cy), (h, cy)], range_style))?;
            let c = layout.x.map(central);
            area.draw(&PathElement::new(
                vec![(c, cy - cap), (c, cy + cap)],
                theme::INK.stroke_width(frame.stroke(1.5)),
            ))?;
        }
        if r.actual.is_finite() {
            let x = layout.x.map(r.actual);
            area.draw(&Circle::new(
                (x, cy),
                frame.px_min1(5.0),
                colour(r.status).filled(),
            ))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text() -> ResultsText<'static> {
        ResultsText {
            title: "Reach".into(),
            statuses: vec!["below".into(), "within".into(), "above".into()],
            range: "forecast P10–P90".into(),
            no_data: "no results".into(),
            number: &|v, d| format!("{v:.d$}"),
        }
    }

    fn svg(chart: &ResultsChart) -> String {
        super::super::svg_string((640, 360), |area| {
            draw(area, chart, &text()).unwrap();
        })
    }

    #[test]
    fn each_creator_gets_its_range_and_a_dot_in_its_status_colour() {
        let chart = ResultsChart {
            measure: Measure::Reach,
            rows: vec![
                ResultRowPoint {
                    name: "@anna".into(),
                    planned: (3_000.0, 4_500.0, 6_000.0),
                    actual: 1_000.0,
                    status: Status::Below,
                },
                ResultRowPoint {
                    name: "@bram".into(),
                    planned: (3_000.0, 4_500.0, 6_000.0),
                    actual: f64::NAN,
                    status: Status::Within,
                },
            ],
        };
        let out = svg(&chart);
        assert!(out.contains("@anna") && out.contains("@bram"));
        let danger = super::super::theme::hex(theme::DANGER);
        assert!(
            out.to_ascii_uppercase()
                .contains(&danger.to_ascii_uppercase())
        );
        assert!(!out.contains("NaN"));
        let rows = chart.table_rows(&text());
        assert_eq!(rows[0], ["@anna", "4500", "3000", "6000", "1000", "below"]);
    }

    #[test]
    fn nothing_to_show_says_so() {
        let out = svg(&ResultsChart {
            measure: Measure::Reach,
            rows: Vec::new(),
        });
        assert!(out.contains("no results"));
    }
}
