//! Axes: "nice" tick values, value-to-pixel scales, and the two-number-axes plot that three of
//! the four charts share.
//!
//! Ticks fall on 1, 2, 2.5 or 5 times a power of ten, the axis runs from a tick to a tick, and
//! every label on an axis has the same number of decimals (the step's), so `0 · 2,500 · 5,000`
//! or `0.0 · 0.5 · 1.0` line up. An axis always has a positive, finite span: no data, one value
//! or all zeros give the span `0 … 1`, so nothing divides by zero and every pixel is finite.

use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::{DashedPathElement, PathElement};
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, VPos};
use plotters::style::{Color, FontTransform};

use super::NumberFormat;
use super::format::{decimals_for_step, to_px};
use super::frame::{DrawResult, Frame, Rect, TextRole};
use super::theme;

/// Largest magnitude an axis accepts: beyond it spans and rounded bounds could overflow to
/// infinity. Far above any reach or budget.
const MAX_MAGNITUDE: f64 = 1e300;

/// Most ticks any axis gets, whatever the caller's data.
const MAX_TICKS: usize = 10;

/// Tick values of one axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Ticks {
    /// First tick: the axis's lower bound.
    pub lo: f64,
    /// The axis's upper bound: the last tick, unless the axis [ends at its data](Self::ending_at).
    pub hi: f64,
    /// Distance between ticks.
    pub step: f64,
    /// Decimals every label of this axis is written with.
    pub decimals: usize,
}

impl Ticks {
    /// Ticks covering `lo ..= hi` with at most about `target` intervals. `integer` axes (weeks,
    /// people) never step by less than one or by 2.5. Non-finite bounds count as zero; an empty
    /// span becomes `lo … lo + 1` (or `lo … 2lo`).
    pub(crate) fn nice(lo: f64, hi: f64, target: usize, integer: bool) -> Ticks {
        let clean = |v: f64| {
            if v.is_finite() {
                v.clamp(-MAX_MAGNITUDE, MAX_MAGNITUDE)
            } else {
                0.0
            }
        };
        let (mut lo, mut hi) = (clean(lo), clean(hi));
        if lo > hi {
            std::mem::swap(&mut lo, &mut hi);
        }
        if hi - lo <= 0.0 {
            hi = lo + lo.abs().max(1.0);
        }
        let target = target.clamp(1, MAX_TICKS) as f64;
        let step = nice_step((hi - lo) / target, integer);
        let first = (lo / step + 1e-9).floor() * step;
        let mut last = (hi / step - 1e-9).ceil() * step;
        if last <= first {
            last = first + step;
        }
        Ticks {
            lo: first,
            hi: last,
            step,
            decimals: decimals_for_step(step),
        }
    }

    /// The same ticks on an axis that ends at `end` instead of the next round number, when
    /// `end` lies inside the axis: weeks end at the horizon (26), not at 30.
    pub(crate) fn ending_at(self, end: f64) -> Ticks {
        if end.is_finite() && end > self.lo && end < self.hi {
            Ticks { hi: end, ..self }
        } else {
            self
        }
    }

    /// Fixed ticks `lo, lo + step, …, hi` (the factor axis: −1 to +1 by 0.5).
    pub(crate) fn fixed(lo: f64, hi: f64, step: f64) -> Ticks {
        Ticks {
            lo,
            hi,
            step,
            decimals: decimals_for_step(step),
        }
    }

    /// The tick values, from `lo` up to `hi`. Computed as `lo + i × step` rather than by
    /// repeated addition, so errors do not accumulate; a value within rounding of zero is
    /// exactly zero, so no formatter writes "−0".
    pub(crate) fn values(&self) -> Vec<f64> {
        let count = ((self.hi - self.lo) / self.step + 1e-9).floor();
        let count = if count.is_finite() && count >= 0.0 {
            (count as usize).min(4 * MAX_TICKS)
        } else {
            0
        };
        (0..=count)
            .map(|i| {
                let v = self.lo + i as f64 * self.step;
                if v.abs() < self.step * 1e-9 { 0.0 } else { v }
            })
            .collect()
    }

    /// The label of tick `value`.
    pub(crate) fn label(&self, value: f64, number: NumberFormat<'_>) -> String {
        number(value, self.decimals)
    }
}

/// The smallest of 1, 2, 2.5, 5 and 10 times a power of ten that is at least `raw`.
fn nice_step(raw: f64, integer: bool) -> f64 {
    if integer && raw <= 1.0 {
        return 1.0;
    }
    let raw = if raw.is_finite() && raw > 0.0 {
        raw
    } else {
        1.0
    };
    let magnitude = 10_f64.powi(raw.log10().floor() as i32);
    let candidates: &[f64] = if integer && magnitude < 10.0 {
        // 2.5 is not a whole number of weeks or people.
        &[1.0, 2.0, 5.0, 10.0]
    } else {
        &[1.0, 2.0, 2.5, 5.0, 10.0]
    };
    candidates
        .iter()
        .map(|c| c * magnitude)
        .find(|step| *step >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * magnitude)
}

/// Maps values of `lo ..= hi` to pixels `from ..= to` (`to < from` for a y axis, which grows
/// upwards). Values outside the range are clamped to its ends, non-finite ones go to `from`:
/// nothing is ever drawn outside the plot.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Scale {
    lo: f64,
    hi: f64,
    from: f64,
    to: f64,
}

impl Scale {
    pub(crate) fn new(ticks: &Ticks, from: i32, to: i32) -> Scale {
        Scale {
            lo: ticks.lo,
            hi: ticks.hi,
            from: f64::from(from),
            to: f64::from(to),
        }
    }

    /// The pixel of `value`.
    pub(crate) fn map(&self, value: f64) -> i32 {
        let span = self.hi - self.lo;
        let t = if value.is_finite() && span > 0.0 {
            ((value - self.lo) / span).clamp(0.0, 1.0)
        } else {
            0.0
        };
        to_px(self.from + t * (self.to - self.from))
    }
}

/// One number axis of a plot: its caption and the data it must show.
pub(crate) struct AxisSpec<'t> {
    /// Caption, from the caller.
    pub caption: &'t str,
    /// Smallest value to show (the axis also always shows zero).
    pub min: f64,
    /// Largest value to show.
    pub max: f64,
    /// Whole-number axis (weeks, people): never steps by less than one.
    pub integer: bool,
    /// The axis ends at `max` rather than at the next round number.
    pub tight: bool,
}

impl<'t> AxisSpec<'t> {
    /// An axis from zero (or the smallest negative value) to the largest finite value.
    pub(crate) fn covering(
        caption: &'t str,
        values: impl IntoIterator<Item = f64>,
        integer: bool,
    ) -> AxisSpec<'t> {
        let (min, max) = values
            .into_iter()
            .filter(|v| v.is_finite())
            .fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        AxisSpec {
            caption,
            min,
            max,
            integer,
            tight: false,
        }
    }

    /// The same axis ending at its largest value: for a fixed horizon, not an open quantity.
    pub(crate) fn tight(self) -> AxisSpec<'t> {
        AxisSpec {
            tight: true,
            ..self
        }
    }

    /// Whether the data spans anything. An axis without (no data, or only zeros) keeps its grid
    /// but gets no tick labels: numbers such as `0 · 0.2 · … · 1` would invent a scale the data
    /// does not have.
    pub(crate) fn has_extent(&self) -> bool {
        self.max > self.min
    }

    /// Ticks for this axis with about `target` intervals.
    fn ticks(&self, target: i32) -> Ticks {
        let target = target.max(2).unsigned_abs() as usize;
        let ticks = Ticks::nice(self.min, self.max, target, self.integer);
        if self.tight {
            ticks.ending_at(self.max)
        } else {
            ticks
        }
    }
}

/// A plot with a number axis at the bottom and one at the left, laid out in a frame.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cartesian {
    /// The plot rectangle (inside the axes).
    pub plot: Rect,
    /// Data x to pixel x.
    pub x: Scale,
    /// Data y to pixel y (upwards).
    pub y: Scale,
    x_ticks: Ticks,
    y_ticks: Ticks,
    /// Whether the x ticks are labelled (see [`AxisSpec::has_extent`]).
    x_labels: bool,
    /// Whether the y ticks are labelled.
    y_labels: bool,
}

impl Cartesian {
    /// Lays out a plot below `top`, with room for tick labels and captions, or `None` when the
    /// area is too small to hold one.
    pub(crate) fn layout(
        frame: &Frame,
        top: i32,
        x: &AxisSpec<'_>,
        y: &AxisSpec<'_>,
        number: NumberFormat<'_>,
    ) -> Option<Cartesian> {
        let margin = frame.margin();
        let tick_gap = frame.px(6.0);
        let caption_room = |caption: &str| {
            if caption.trim().is_empty() {
                0
            } else {
                frame.line_height(TextRole::Caption) + frame.px(4.0)
            }
        };

        let plot_top = top + frame.px(6.0);
        let bottom = frame.height
            - margin
            - caption_room(x.caption)
            - frame.line_height(TextRole::Tick)
            - tick_gap;
        let plot_height = bottom - plot_top;
        if plot_height < frame.px_min1(24.0) {
            return None;
        }

        // About one tick per two and a half label heights.
        let y_target = plot_height / (frame.line_height(TextRole::Tick) * 5 / 2).max(1);
        let y_ticks = y.ticks(y_target);
        let (x_labels, y_labels) = (x.has_extent(), y.has_extent());
        let y_label_width = if y_labels {
            y_ticks
                .values()
                .iter()
                .map(|v| frame.text_width(TextRole::Tick, &y_ticks.label(*v, number)))
                .max()
                .unwrap_or(0)
                .min(frame.width * 2 / 5)
        } else {
            0
        };
        let left = margin + caption_room(y.caption) + y_label_width + tick_gap;

        // Guess the x labels' width from the largest value, then let the last label decide how
        // much room the right edge needs (it is centred on the plot's right edge).
        let widest_x = frame
            .text_width(TextRole::Tick, &number(x.max.max(x.min.abs()), 0))
            .min(frame.width / 2);
        let right_guess = frame.width - margin;
        let x_target = (right_guess - left) / (widest_x + frame.px(24.0)).max(1);
        let x_ticks = x.ticks(x_target);
        let last_tick = x_ticks.values().last().copied().unwrap_or(x_ticks.hi);
        let last_label = x_ticks.label(last_tick, number);
        let half_last = if x_labels {
            (frame.text_width(TextRole::Tick, &last_label) / 2).min(frame.width / 5)
        } else {
            0
        };
        let right = right_guess.min(frame.width - frame.px(4.0) - half_last);
        if right - left < frame.px_min1(32.0) {
            return None;
        }

        let plot = Rect {
            left,
            top: plot_top,
            right,
            bottom,
        };
        Some(Cartesian {
            plot,
            x: Scale::new(&x_ticks, plot.left, plot.right),
            y: Scale::new(&y_ticks, plot.bottom, plot.top),
            x_ticks,
            y_ticks,
            x_labels,
            y_labels,
        })
    }

    /// The pixel of the data point `(x, y)`.
    pub(crate) fn point(&self, x: f64, y: f64) -> (i32, i32) {
        (self.x.map(x), self.y.map(y))
    }

    /// Draws the grid, both axes, their tick labels and captions.
    pub(crate) fn draw_axes<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        frame: &Frame,
        x_caption: &str,
        y_caption: &str,
        number: NumberFormat<'_>,
    ) -> DrawResult<DB> {
        let plot = self.plot;
        let grid = theme::GRID.stroke_width(frame.stroke(1.0));
        let axis = theme::MUTED.stroke_width(frame.stroke(1.0));
        let tick_gap = frame.px(6.0);

        let y_label = frame.text_style(TextRole::Tick, theme::MUTED, HPos::Right, VPos::Center);
        for value in self.y_ticks.values() {
            let y = self.y.map(value);
            area.draw(&PathElement::new(
                vec![(plot.left, y), (plot.right, y)],
                grid,
            ))?;
            if self.y_labels {
                let label = self.y_ticks.label(value, number);
                area.draw_text(&label, &y_label, (plot.left - tick_gap, y))?;
            }
        }
        let x_label = frame.text_style(TextRole::Tick, theme::MUTED, HPos::Center, VPos::Top);
        for value in self.x_ticks.values() {
            let x = self.x.map(value);
            area.draw(&PathElement::new(
                vec![(x, plot.top), (x, plot.bottom)],
                grid,
            ))?;
            if self.x_labels {
                let label = self.x_ticks.label(value, number);
                area.draw_text(&label, &x_label, (x, plot.bottom + tick_gap))?;
            }
        }

        // The axes sit on zero, which every plot here includes.
        let (x0, y0) = self.point(0.0, 0.0);
        area.draw(&PathElement::new(
            vec![(plot.left, y0), (plot.right, y0)],
            axis,
        ))?;
        area.draw(&PathElement::new(
            vec![(x0, plot.top), (x0, plot.bottom)],
            axis,
        ))?;

        let margin = frame.margin();
        if !x_caption.trim().is_empty() {
            let style = frame.text_style(TextRole::Caption, theme::INK, HPos::Center, VPos::Bottom);
            let text = frame.fit(TextRole::Caption, x_caption, plot.width());
            let (cx, _) = plot.centre();
            area.draw_text(&text, &style, (cx, frame.height - margin))?;
        }
        if !y_caption.trim().is_empty() {
            // Turned a quarter counter-clockwise, reading upwards along the axis; with the
            // anchor at its top edge the text extends to the right, away from the border.
            let style = frame
                .text_style(TextRole::Caption, theme::INK, HPos::Center, VPos::Top)
                .transform(FontTransform::Rotate270);
            let text = frame.fit(TextRole::Caption, y_caption, plot.height());
            let (_, cy) = plot.centre();
            area.draw_text(&text, &style, (margin, cy))?;
        }
        Ok(())
    }

    /// Draws a dashed vertical line at `x` across the plot with `label` at its top: the budget.
    /// The label sits on the side of the line with more room.
    pub(crate) fn draw_vertical_marker<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        frame: &Frame,
        x: f64,
        label: &str,
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
        let plot = self.plot;
        let px = self.x.map(x);
        let style = theme::MUTED.stroke_width(frame.stroke(1.5));
        area.draw(&DashedPathElement::new(
            vec![(px, plot.top), (px, plot.bottom)],
            frame.px_min1(6.0),
            frame.px_min1(4.0),
            style,
        ))?;
        if label.trim().is_empty() {
            return Ok(());
        }
        let gap = frame.px(4.0);
        let (cx, _) = plot.centre();
        let (h, at, room) = if px <= cx {
            (HPos::Left, px + gap, plot.right - px - gap)
        } else {
            (HPos::Right, px - gap, px - plot.left - gap)
        };
        let text = frame.fit(TextRole::Label, label, room);
        let style = frame.text_style(TextRole::Label, theme::MUTED, h, VPos::Top);
        area.draw_text(&text, &style, (at, plot.top + frame.px(2.0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_ticks_land_on_round_numbers() {
        let t = Ticks::nice(0.0, 4_730.0, 5, false);
        assert_eq!((t.lo, t.hi, t.step, t.decimals), (0.0, 5_000.0, 1_000.0, 0));
        assert_eq!(
            t.values(),
            [0.0, 1_000.0, 2_000.0, 3_000.0, 4_000.0, 5_000.0]
        );

        let t = Ticks::nice(0.0, 12_000.0, 5, false);
        assert_eq!((t.hi, t.step), (12_500.0, 2_500.0));

        let t = Ticks::nice(-1.0, 1.0, 4, false);
        assert_eq!((t.step, t.decimals), (0.5, 1));
        assert_eq!(t.values(), [-1.0, -0.5, 0.0, 0.5, 1.0]);
    }

    #[test]
    fn integer_axes_step_by_whole_numbers() {
        let t = Ticks::nice(0.0, 12.0, 8, true);
        assert_eq!((t.step, t.decimals, t.hi), (2.0, 0, 12.0));
        let t = Ticks::nice(0.0, 3.0, 8, true);
        assert_eq!(t.step, 1.0);
        let t = Ticks::nice(0.0, 13.0, 5, true);
        assert_eq!(t.step, 5.0);
    }

    #[test]
    fn degenerate_ranges_get_a_span() {
        for (lo, hi) in [
            (0.0, 0.0),
            (f64::NAN, f64::NAN),
            (0.0, f64::INFINITY),
            (f64::NEG_INFINITY, 0.0),
            (5.0, 5.0),
            (-3.0, -3.0),
            (0.0, f64::MAX),
            (-f64::MAX, f64::MAX),
        ] {
            let t = Ticks::nice(lo, hi, 5, false);
            assert!(t.lo.is_finite() && t.hi.is_finite(), "{lo}..{hi}: {t:?}");
            assert!(t.hi > t.lo, "{lo}..{hi}: {t:?}");
            assert!(t.step > 0.0 && t.step.is_finite(), "{lo}..{hi}: {t:?}");
            let values = t.values();
            assert!(
                (2..=4 * MAX_TICKS + 1).contains(&values.len()),
                "{lo}..{hi}: {values:?}"
            );
        }
        assert_eq!(Ticks::nice(0.0, 0.0, 5, false).hi, 1.0);
        let t = Ticks::nice(5.0, 5.0, 5, false);
        assert!(t.lo <= 5.0 && t.hi >= 10.0);
    }

    #[test]
    fn a_tight_axis_ends_at_its_data() {
        let t = Ticks::nice(0.0, 26.0, 6, true).ending_at(26.0);
        assert_eq!((t.lo, t.hi, t.step), (0.0, 26.0, 5.0));
        assert_eq!(t.values(), [0.0, 5.0, 10.0, 15.0, 20.0, 25.0]);
        // Outside the axis, or not a number: unchanged.
        let t = Ticks::nice(0.0, 26.0, 6, true);
        assert_eq!(t.ending_at(f64::NAN), t);
        assert_eq!(t.ending_at(0.0), t);
        assert_eq!(t.ending_at(99.0), t);
    }

    #[test]
    fn ticks_have_no_negative_zero() {
        let t = Ticks::nice(-0.3, 0.3, 6, false);
        assert!(t.values().iter().all(|v| *v != 0.0 || v.is_sign_positive()));
    }

    #[test]
    fn scales_clamp_into_the_plot() {
        let ticks = Ticks::nice(0.0, 100.0, 5, false);
        let y = Scale::new(&ticks, 300, 100);
        assert_eq!(y.map(0.0), 300);
        assert_eq!(y.map(100.0), 100);
        assert_eq!(y.map(50.0), 200);
        assert_eq!(y.map(-5.0), 300);
        assert_eq!(y.map(1e9), 100);
        assert_eq!(y.map(f64::NAN), 300);
        assert_eq!(y.map(f64::INFINITY), 300);
    }
}
