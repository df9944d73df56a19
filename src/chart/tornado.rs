//! The tornado: how far each uncertain assumption, swung across its range on its own,
//! moves the best plan's split, largest first.
//!
//! Drawn on the factor chart's axis ([`factor_leans`](super::factor_leans)): left is "more of
//! the spend on micro creators", right "more on macro creators", in points of the spend
//! (−1 … +1). Each assumption's bar runs from where the split lands with the assumption at the
//! low end of its range to where it lands at the high end; a thin stub marks an assumption that
//! does not move the split. The rows come in the engine's order (largest swing first).

use micromacro_engine::{Assumption, Swing};
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::{PathElement, Rectangle};
use plotters::prelude::DrawingBackend;
use plotters::style::Color;
use plotters::style::text_anchor::{HPos, VPos};

use super::NumberFormat;
use super::axis::Ticks;
use super::factor_leans::{BAR_SHARE, Layout, MAX_BAR_THICKNESS, draw_axis};
use super::format::to_px;
use super::frame::{Frame, TextRole};
use super::theme;

/// Half the width of the stub that marks an assumption without effect, at the reference size.
const STUB: f64 = 3.0;

/// One assumption's bar: the split's move at the low and at the high end, as leans (negative:
/// more of the spend on micro creators).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TornadoRow {
    /// Which assumption.
    pub assumption: Assumption,
    /// The move with the assumption at the low end of its range.
    pub low: f64,
    /// The move with the assumption at the high end of its range.
    pub high: f64,
}

/// The data of the tornado.
#[derive(Debug, Clone, PartialEq)]
pub struct TornadoChart {
    /// One row per assumption, largest swing first.
    pub rows: Vec<TornadoRow>,
}

impl TornadoChart {
    /// The tornado of the engine's swings around the free plan's central micro share.
    #[must_use]
    pub fn from_swings(swings: &[Swing], central_share: f64) -> Self {
        TornadoChart {
            rows: swings
                .iter()
                .map(|s| TornadoRow {
                    assumption: s.assumption,
                    low: central_share - s.share.0,
                    high: central_share - s.share.1,
                })
                .collect(),
        }
    }

    /// The data as table rows: name, the move at the low end, at the high end (two decimals).
    #[must_use]
    pub fn table_rows(&self, text: &TornadoText<'_>) -> Vec<Vec<String>> {
        self.rows
            .iter()
            .map(|r| {
                vec![
                    text.name(r.assumption).to_owned(),
                    (text.number)(r.low, 2),
                    (text.number)(r.high, 2),
                ]
            })
            .collect()
    }
}

/// Everything the tornado writes, in the reader's language.
#[derive(Clone)]
pub struct TornadoText<'a> {
    /// Title at the top left; empty for none.
    pub title: String,
    /// Name of each assumption, in [`Assumption::ALL`] order.
    pub names: Vec<String>,
    /// Label of the axis's left end, e.g. "← More micro".
    pub micro_side: String,
    /// Label of the axis's right end, e.g. "More macro →".
    pub macro_side: String,
    /// Shown when there is nothing to draw.
    pub no_data: String,
    /// Writes tick labels and table numbers.
    pub number: NumberFormat<'a>,
}

impl TornadoText<'_> {
    /// The name of `assumption`.
    #[must_use]
    pub fn name(&self, assumption: Assumption) -> &str {
        self.names
            .get(assumption.index())
            .map_or(assumption.as_str(), String::as_str)
    }
}

/// Draws the tornado on `area`, filling it. The caller presents the area.
///
/// # Errors
///
/// Only the backend's own drawing errors; no data can make this fail or panic.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &TornadoChart,
    text: &TornadoText<'_>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let frame = Frame::of(area);
    frame.background(area)?;
    let top = frame.title(area, &text.title)?;
    let names: Vec<&str> = chart.rows.iter().map(|r| text.name(r.assumption)).collect();
    let ticks = Ticks::fixed(-1.0, 1.0, 0.5);
    let Some(layout) = Layout::new(&frame, top, &names, &ticks, text.number) else {
        return Ok(());
    };
    draw_axis(
        area,
        &frame,
        &layout,
        &ticks,
        text.number,
        (&text.micro_side, &text.macro_side),
    )?;
    let (plot, x, x0) = (layout.plot, layout.x, layout.centre());
    if names.is_empty() {
        frame.message(area, plot, &text.no_data)?;
    } else {
        let row = f64::from(plot.height()) / names.len() as f64;
        let thickness = (row * BAR_SHARE).min(MAX_BAR_THICKNESS * frame.unit);
        let half = to_px(thickness / 2.0).max(1);
        let row_centre = |i: usize| to_px(f64::from(plot.top) + row * (i as f64 + 0.5));
        let name_style = frame.text_style(TextRole::Label, theme::INK, HPos::Right, VPos::Center);
        for (i, (name, r)) in names.iter().zip(&chart.rows).enumerate() {
            let label = frame.fit(TextRole::Label, name, layout.name_width);
            let cy = row_centre(i);
            area.draw_text(&label, &name_style, (plot.left - layout.gap, cy))?;
            let (Some(a), Some(b)) = (clamp(r.low), clamp(r.high)) else {
                continue;
            };
            let (mut left, mut right) = (x.map(a.min(b)), x.map(a.max(b)));
            if right - left < 2 {
                let stub = frame.px_min1(STUB);
                let mid = (left + right) / 2;
                (left, right) = (mid - stub, mid + stub);
            }
            // Each end in its own colour: which end of the range pushes which way.
            let mid = x.map(((a + b) / 2.0).clamp(-1.0, 1.0)).clamp(left, right);
            area.draw(&Rectangle::new(
                [(left, cy - half), (mid, cy + half)],
                theme::MICRO.filled(),
            ))?;
            area.draw(&Rectangle::new(
                [(mid, cy - half), (right, cy + half)],
                theme::MACRO.filled(),
            ))?;
        }
    }
    // The central split is the centre line: every bar is a move away from it.
    area.draw(&PathElement::new(
        vec![(x0, plot.top), (x0, plot.bottom)],
        theme::INK.stroke_width(frame.stroke(1.5)),
    ))
}

fn clamp(v: f64) -> Option<f64> {
    v.is_finite().then(|| v.clamp(-1.0, 1.0))
}
