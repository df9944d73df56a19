//! Factor effects: what each of the nine factors did to the free plan, as a horizontal bar from
//! the centre line towards micro (left) or macro (right).
//!
//! A bar's length is the factor's lean (the engine's counterfactual): the change in the free
//! plan's micro-side share of spend when the factor is neutralised, so −1 means the factor
//! moved all of the spend to micro creators. Below the nine bars a diamond marks the free
//! plan's own split on the same scale (`1 − 2 × micro share`: −1 all micro, +1 all macro),
//! coloured by its verdict; the shaded band is where that split gives the verdict "mix" (the
//! table's verdict thresholds). The bars are micro teal or macro violet by their direction, and
//! the ends of the axis are labelled with the caller's words for micro and macro, so the chart
//! reads without colour.

use micromacro_engine::{Assumptions, Decision, Factor, FactorEffect, PerFactor, Verdict};
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::{DashedPathElement, PathElement, Polygon, Rectangle};
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, VPos};
use plotters::style::{Color, RGBColor};

use super::NumberFormat;
use super::axis::{Scale, Ticks};
use super::format::to_px;
use super::frame::{DrawResult, Frame, Rect, TextRole};
use super::theme;

/// Widest share of the area the factor names may take; longer names are shortened.
const NAME_COLUMN_SHARE: f64 = 0.38;
/// Thickest a bar gets at the reference size, however few rows there are.
pub(super) const MAX_BAR_THICKNESS: f64 = 20.0;
/// Bar thickness as a share of its row.
pub(super) const BAR_SHARE: f64 = 0.62;
/// Half the width of the stub that marks a balanced factor, at the reference size.
const BALANCED_STUB: f64 = 5.0;

/// One factor's bar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FactorBar {
    /// Which factor (its name comes from the text).
    pub factor: Factor,
    /// Lean in `[−1, +1]`: −1 micro, +1 macro. Drawn clamped to that range.
    pub lean: f64,
    /// The free plan's micro-side share of spend with the factor neutralised (0–1; shown in
    /// the data table).
    pub share_without: f64,
}

/// The data of the factor-leans chart.
#[derive(Debug, Clone, PartialEq)]
pub struct FactorLeansChart {
    /// One bar per factor, top to bottom.
    pub bars: Vec<FactorBar>,
    /// The free plan's split as a lean (`1 − 2 × micro share`), drawn as a diamond below the
    /// bars; `None` for none.
    pub overall: Option<f64>,
    /// The verdict of the split, which colours the diamond.
    pub verdict: Option<Verdict>,
    /// The mix band as leans `(left, right)`: a split inside it gives the verdict "mix".
    pub band: (f64, f64),
}

/// A micro-side share of spend as a lean: 1 → −1 (all micro), 0 → +1 (all macro).
#[must_use]
pub fn share_as_lean(share: f64) -> f64 {
    1.0 - 2.0 * share
}

impl FactorLeansChart {
    /// The chart of a decision: the factor effects (the decision's own, or filled in after
    /// it) in the engine's order, and the free plan's split with its verdict (none when the
    /// budget buys nobody).
    #[must_use]
    pub fn from_decision(
        decision: &Decision,
        factors: &[FactorEffect],
        assumptions: &Assumptions,
    ) -> Self {
        FactorLeansChart {
            bars: factors
                .iter()
                .map(|e| FactorBar {
                    factor: e.factor,
                    lean: e.lean,
                    share_without: e.share_without,
                })
                .collect(),
            overall: decision
                .verdict
                .map(|_| share_as_lean(decision.micro_share)),
            verdict: decision.verdict,
            band: (
                share_as_lean(assumptions.micro_verdict_share.value),
                share_as_lean(assumptions.macro_verdict_share.value),
            ),
        }
    }

    /// The data as table rows, one per factor and a last one for the free plan's split, for a
    /// screen-reader table beside the canvas. Columns: factor name, lean (two decimals; −1
    /// micro … +1 macro), the micro-side share without the factor in percent (empty for the
    /// split's row).
    #[must_use]
    pub fn table_rows(&self, text: &FactorLeansText<'_>) -> Vec<Vec<String>> {
        let number = text.number;
        self.bars
            .iter()
            .map(|b| {
                vec![
                    text.factors.get(b.factor).clone(),
                    number(b.lean, 2),
                    number(b.share_without * 100.0, 0),
                ]
            })
            .chain(
                self.overall
                    .map(|lean| vec![text.overall.clone(), number(lean, 2), String::new()]),
            )
            .collect()
    }
}

/// Everything the factor-leans chart writes, in the reader's language.
#[derive(Clone)]
pub struct FactorLeansText<'a> {
    /// Title at the top left; empty for none.
    pub title: String,
    /// Name of each factor, written beside its bar.
    pub factors: PerFactor<String>,
    /// Label of the axis's left end, e.g. "← Micro".
    pub micro_side: String,
    /// Label of the axis's right end, e.g. "Macro →".
    pub macro_side: String,
    /// Label above the shaded band, e.g. "Mix".
    pub mix_band: String,
    /// Name of the split's row, e.g. "Free plan's split".
    pub overall: String,
    /// Shown when there is no factor to draw.
    pub no_data: String,
    /// Writes tick labels (−1.0 … 1.0) and table numbers.
    pub number: NumberFormat<'a>,
}

/// The colour of a bar leaning `lean`; a lean of exactly zero is muted (it leans nowhere).
fn lean_colour(lean: f64) -> RGBColor {
    if lean < 0.0 {
        theme::MICRO
    } else if lean > 0.0 {
        theme::MACRO
    } else {
        theme::MUTED
    }
}

/// The colour of a verdict.
const fn verdict_colour(verdict: Verdict) -> RGBColor {
    match verdict {
        Verdict::Micro => theme::MICRO,
        Verdict::Macro => theme::MACRO,
        Verdict::Mix => theme::MIX,
    }
}

/// A lean as drawn: clamped to the axis; `None` when not a number.
fn drawn_lean(lean: f64) -> Option<f64> {
    lean.is_finite().then(|| lean.clamp(-1.0, 1.0))
}

/// Where the parts of the chart go (shared with the tornado, which draws its rows on the same
/// lean axis).
pub(super) struct Layout {
    /// The bars' area, from −1 to +1 across.
    pub(super) plot: Rect,
    /// Lean to x pixel.
    pub(super) x: Scale,
    /// Widest a factor name may be, right-aligned left of the plot.
    pub(super) name_width: i32,
    /// Space between the names and the plot.
    pub(super) gap: i32,
}

impl Layout {
    /// Lays out the chart below `top`, or `None` when the area is too small.
    pub(super) fn new(
        frame: &Frame,
        top: i32,
        names: &[&str],
        ticks: &Ticks,
        number: NumberFormat<'_>,
    ) -> Option<Layout> {
        let margin = frame.margin();
        let name_width = names
            .iter()
            .map(|n| frame.text_width(TextRole::Label, n))
            .max()
            .unwrap_or(0)
            .min(to_px(f64::from(frame.width) * NAME_COLUMN_SHARE));
        let gap = frame.px(8.0);
        // The "1.0" tick label is centred on the right edge.
        let half_end_label = frame.text_width(TextRole::Tick, &ticks.label(ticks.hi, number)) / 2;
        let plot = Rect {
            left: margin + name_width + gap,
            // Room above for the band's label.
            top: top + frame.line_height(TextRole::Label) + frame.px(2.0),
            right: frame.width - margin - half_end_label,
            // Room below for the tick labels and the side labels.
            bottom: frame.height
                - margin
                - frame.line_height(TextRole::Label)
                - frame.px(2.0)
                - frame.line_height(TextRole::Tick)
                - frame.px(6.0),
        };
        (plot.width() >= frame.px_min1(40.0) && plot.height() >= frame.px_min1(24.0)).then(|| {
            Layout {
                plot,
                x: Scale::new(ticks, plot.left, plot.right),
                name_width,
                gap,
            }
        })
    }

    /// The x pixel of the centre line.
    pub(super) fn centre(&self) -> i32 {
        self.x.map(0.0)
    }
}

/// Draws the factor-leans chart on `area`, filling it. The caller presents the area.
///
/// # Errors
///
/// Only the backend's own drawing errors; no data can make this fail or panic.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &FactorLeansChart,
    text: &FactorLeansText<'_>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let frame = Frame::of(area);
    frame.background(area)?;
    let top = frame.title(area, &text.title)?;

    // Rows: the bars, then the free plan's split.
    let overall = chart.overall.filter(|l| l.is_finite());
    let names: Vec<&str> = chart
        .bars
        .iter()
        .map(|b| text.factors.get(b.factor).as_str())
        .chain(overall.map(|_| text.overall.as_str()))
        .collect();
    let ticks = Ticks::fixed(-1.0, 1.0, 0.5);
    let Some(layout) = Layout::new(&frame, top, &names, &ticks, text.number) else {
        return Ok(());
    };

    draw_band(area, &frame, &layout, chart.band, &text.mix_band)?;
    draw_axis(
        area,
        &frame,
        &layout,
        &ticks,
        text.number,
        (&text.micro_side, &text.macro_side),
    )?;
    if names.is_empty() {
        frame.message(area, layout.plot, &text.no_data)?;
    } else {
        draw_rows(area, &frame, &layout, chart, &names, overall)?;
    }
    // The centre line on top of the bars: every bar starts from it.
    let (plot, x0) = (layout.plot, layout.centre());
    area.draw(&PathElement::new(
        vec![(x0, plot.top), (x0, plot.bottom)],
        theme::INK.stroke_width(frame.stroke(1.5)),
    ))
}

/// The mix band, shaded behind everything, with dashed edges and its name above.
fn draw_band<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    frame: &Frame,
    layout: &Layout,
    band: (f64, f64),
    name: &str,
) -> DrawResult<DB> {
    let plot = layout.plot;
    let clamp = |v: f64| {
        if v.is_finite() {
            v.clamp(-1.0, 1.0)
        } else {
            0.0
        }
    };
    let (left, right) = (layout.x.map(clamp(band.0)), layout.x.map(clamp(band.1)));
    area.draw(&Rectangle::new(
        [(left, plot.top), (right, plot.bottom)],
        theme::MIX_SOFT.filled(),
    ))?;
    let edge_style = theme::MIX.mix(0.6).stroke_width(frame.stroke(1.0));
    for edge in [left, right] {
        area.draw(&DashedPathElement::new(
            vec![(edge, plot.top), (edge, plot.bottom)],
            frame.px_min1(4.0),
            frame.px_min1(3.0),
            edge_style,
        ))?;
    }
    if name.trim().is_empty() {
        return Ok(());
    }
    let label = frame.fit(TextRole::Label, name, plot.width());
    let style = frame.text_style(TextRole::Label, theme::MIX, HPos::Center, VPos::Bottom);
    area.draw_text(&label, &style, (layout.centre(), plot.top - frame.px(2.0)))
}

/// The lean axis: grid, tick labels, and which end is micro and which macro.
pub(super) fn draw_axis<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    frame: &Frame,
    layout: &Layout,
    ticks: &Ticks,
    number: NumberFormat<'_>,
    (micro_side, macro_side): (&str, &str),
) -> DrawResult<DB> {
    let plot = layout.plot;
    let grid = theme::GRID.stroke_width(frame.stroke(1.0));
    let tick_style = frame.text_style(TextRole::Tick, theme::MUTED, HPos::Center, VPos::Top);
    for value in ticks.values() {
        let px = layout.x.map(value);
        // Zero has the centre line instead.
        if value != 0.0 {
            area.draw(&PathElement::new(
                vec![(px, plot.top), (px, plot.bottom)],
                grid,
            ))?;
        }
        let label = ticks.label(value, number);
        area.draw_text(&label, &tick_style, (px, plot.bottom + frame.px(6.0)))?;
    }
    area.draw(&PathElement::new(
        vec![(plot.left, plot.bottom), (plot.right, plot.bottom)],
        theme::MUTED.stroke_width(frame.stroke(1.0)),
    ))?;

    let side_y = frame.height - frame.margin();
    for (label, colour, h, at) in [
        (micro_side, theme::MICRO, HPos::Left, plot.left),
        (macro_side, theme::MACRO, HPos::Right, plot.right),
    ] {
        let label = frame.fit(TextRole::Label, label, plot.width() / 2 - frame.px(4.0));
        let style = frame.text_style(TextRole::Label, colour, h, VPos::Bottom);
        area.draw_text(&label, &style, (at, side_y))?;
    }
    Ok(())
}

/// One row per name: the factors' bars, then the weighted lean's diamond below a rule.
fn draw_rows<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    frame: &Frame,
    layout: &Layout,
    chart: &FactorLeansChart,
    names: &[&str],
    overall: Option<f64>,
) -> DrawResult<DB> {
    let (plot, x, x0) = (layout.plot, layout.x, layout.centre());
    let row = f64::from(plot.height()) / names.len().max(1) as f64;
    let thickness = (row * BAR_SHARE).min(MAX_BAR_THICKNESS * frame.unit);
    let half = to_px(thickness / 2.0).max(1);
    let row_centre = |i: usize| to_px(f64::from(plot.top) + row * (i as f64 + 0.5));

    let name_style = frame.text_style(TextRole::Label, theme::INK, HPos::Right, VPos::Center);
    for (i, name) in names.iter().enumerate() {
        let label = frame.fit(TextRole::Label, name, layout.name_width);
        area.draw_text(&label, &name_style, (plot.left - layout.gap, row_centre(i)))?;
    }

    for (i, bar) in chart.bars.iter().enumerate() {
        let Some(lean) = drawn_lean(bar.lean) else {
            continue;
        };
        let cy = row_centre(i);
        let end = x.map(lean);
        let (left, right, half) = if end == x0 {
            // A lean too small to see still gets a short, thinner bar across the centre line:
            // "balanced" is an answer too, and no bar would look like no data.
            let stub = frame.px_min1(BALANCED_STUB);
            (x0 - stub, x0 + stub, (half / 2).max(1))
        } else {
            (x0.min(end), x0.max(end), half)
        };
        area.draw(&Rectangle::new(
            [(left, cy - half), (right, cy + half)],
            lean_colour(lean).filled(),
        ))?;
    }

    if let Some(lean) = overall {
        let i = names.len() - 1;
        // A rule sets the verdict's row apart from the factors.
        let rule_y = to_px(f64::from(plot.top) + row * i as f64);
        area.draw(&PathElement::new(
            vec![(plot.left, rule_y), (plot.right, rule_y)],
            theme::MUTED.stroke_width(frame.stroke(1.0)),
        ))?;
        let (cx, cy) = (x.map(lean), row_centre(i));
        let r = to_px((thickness / 2.0).max(frame.unit * 5.0)).max(2);
        area.draw(&Polygon::new(
            vec![(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)],
            chart.verdict.map_or(theme::MUTED, verdict_colour).filled(),
        ))?;
    }
    Ok(())
}
