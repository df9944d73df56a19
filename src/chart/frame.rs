//! The frame every chart draws in: sizes relative to the area, the background, the title, the
//! legend, markers, and text placed without measuring it.
//!
//! **Sizes.** Every length is given at the reference size of 640×360 pixels and multiplied by
//! the area's [`unit`](Frame::unit): `min(width ÷ 640, height ÷ 360)`. A canvas the UI has
//! scaled by `devicePixelRatio` is larger in pixels, so its unit is larger and the chart looks
//! the same, only sharper. Strokes and markers never shrink below one pixel.
//!
//! **Text.** Plotters can measure text, but in the browser it does so by adding a `<span>` with
//! an inline `style` attribute to the page, which the app's CSP refuses (and a refused style
//! would measure the wrong font anyway). So nothing here asks the backend to measure: text is
//! placed by its anchor (left, centre or right; top, centre or bottom), which every backend
//! honours, and the room it needs is reserved from [`Frame::text_width`], a per-character
//! estimate that errs on the wide side. Titles wrap and long labels are shortened with an
//! ellipsis to the room they have.

use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::{Circle, PathElement, Polygon, Rectangle};
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontDesc, FontFamily, FontStyle, RGBColor, ShapeStyle, TextStyle};

use super::format::to_px;
use super::theme;

/// Opacity of the P10–P90 whiskers: lighter than the marks they belong to.
pub(crate) const WHISKER_OPACITY: f64 = 0.45;

/// What every drawing step returns.
pub(crate) type DrawResult<DB> =
    Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Width of the reference layout, in pixels.
const REFERENCE_WIDTH: f64 = 640.0;
/// Height of the reference layout, in pixels.
const REFERENCE_HEIGHT: f64 = 360.0;
/// Space between the area's edge and anything drawn, at the reference size.
pub(crate) const MARGIN: f64 = 12.0;
/// Line height as a multiple of the font size.
const LINE_HEIGHT: f64 = 1.3;
/// Bold glyphs are about this much wider than regular ones.
const BOLD_WIDTH: f64 = 1.07;
/// Most lines a title wraps to; the rest is cut with an ellipsis.
const TITLE_LINES: usize = 2;

/// What a piece of text is, which sets its size and weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextRole {
    /// The chart's title, bold.
    Title,
    /// Legend entries.
    Legend,
    /// Axis captions.
    Caption,
    /// Tick labels.
    Tick,
    /// Labels inside or beside the plot (budget line, factor names, band name).
    Label,
    /// The message of an empty chart.
    Message,
}

impl TextRole {
    /// Font size at the reference size, in pixels. Ticks are the smallest at 11 px, still
    /// readable at 640×360 on a phone held sideways.
    const fn reference_size(self) -> f64 {
        match self {
            TextRole::Title => 15.0,
            TextRole::Legend | TextRole::Caption | TextRole::Label => 12.0,
            TextRole::Tick => 11.0,
            TextRole::Message => 13.0,
        }
    }

    /// Titles are bold; everything else is regular.
    const fn is_bold(self) -> bool {
        matches!(self, TextRole::Title)
    }

    const fn weight(self) -> FontStyle {
        if self.is_bold() {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }
}

/// A rectangle in area coordinates (pixels from the area's top-left corner).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rect {
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
}

impl Rect {
    pub(crate) const fn width(&self) -> i32 {
        self.right.saturating_sub(self.left)
    }

    pub(crate) const fn height(&self) -> i32 {
        self.bottom.saturating_sub(self.top)
    }

    pub(crate) const fn centre(&self) -> (i32, i32) {
        (self.left + self.width() / 2, self.top + self.height() / 2)
    }
}

/// A marker shape: the curves differ by shape as well as colour, so they can be told apart
/// without colour vision and in greyscale print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    Circle,
    Square,
    Triangle,
}

/// How a legend entry shows its series.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Swatch {
    /// A dot, for scatter points.
    Dot(RGBColor),
    /// A short line with a marker, for curves.
    Line(RGBColor, Marker),
    /// A shaded block with a solid top edge, for areas.
    Area(RGBColor),
}

/// One legend entry.
pub(crate) struct LegendEntry<'t> {
    pub label: &'t str,
    pub swatch: Swatch,
}

/// Opacity of area fills: light enough for grid lines and the series above to show through.
pub(crate) const AREA_OPACITY: f64 = 0.3;

/// The drawing area's size and the unit every length is multiplied by.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    pub width: i32,
    pub height: i32,
    /// Pixels per reference pixel: 1 at 640×360, 2 at 1280×720.
    pub unit: f64,
}

impl Frame {
    /// The frame of `area`.
    pub(crate) fn of<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>) -> Frame {
        let (width, height) = area.dim_in_pixel();
        let unit = (f64::from(width) / REFERENCE_WIDTH).min(f64::from(height) / REFERENCE_HEIGHT);
        Frame {
            width: i32::try_from(width).unwrap_or(i32::MAX),
            height: i32::try_from(height).unwrap_or(i32::MAX),
            unit,
        }
    }

    /// A length given at the reference size, in pixels here.
    pub(crate) fn px(&self, reference: f64) -> i32 {
        to_px(reference * self.unit)
    }

    /// A length given at the reference size, in pixels here and at least one: strokes, dashes
    /// and markers stay visible on the smallest area.
    pub(crate) fn px_min1(&self, reference: f64) -> i32 {
        self.px(reference).max(1)
    }

    /// A stroke width given at the reference size.
    pub(crate) fn stroke(&self, reference: f64) -> u32 {
        self.px_min1(reference).unsigned_abs()
    }

    /// The margin at every edge, in pixels.
    pub(crate) fn margin(&self) -> i32 {
        self.px(MARGIN)
    }

    /// Font size of `role`, in pixels.
    pub(crate) fn font_size(&self, role: TextRole) -> f64 {
        role.reference_size() * self.unit
    }

    /// Height of one line of `role` text, in pixels.
    pub(crate) fn line_height(&self, role: TextRole) -> i32 {
        to_px(self.font_size(role) * LINE_HEIGHT)
    }

    /// Estimated width of `text` set in `role`, in pixels; errs on the wide side.
    pub(crate) fn text_width(&self, role: TextRole, text: &str) -> i32 {
        let ems = ems(text);
        let bold = if role.is_bold() { BOLD_WIDTH } else { 1.0 };
        to_px(ems * bold * self.font_size(role)).max(0)
    }

    /// The style of `role` text in `colour`, anchored at `h`/`v`.
    pub(crate) fn text_style(
        &self,
        role: TextRole,
        colour: RGBColor,
        h: HPos,
        v: VPos,
    ) -> TextStyle<'static> {
        TextStyle {
            font: FontDesc::new(
                FontFamily::Name(theme::FONT_FAMILY),
                self.font_size(role),
                role.weight(),
            ),
            color: colour.to_backend_color(),
            pos: Pos::new(h, v),
        }
    }

    /// `text` shortened with an ellipsis to fit `max_width` pixels of `role` text (unchanged if
    /// it fits; empty if not even the ellipsis fits).
    pub(crate) fn fit(&self, role: TextRole, text: &str, max_width: i32) -> String {
        if self.text_width(role, text) <= max_width {
            return text.to_owned();
        }
        let mut out = String::new();
        for c in text.chars() {
            out.push(c);
            if self.text_width(role, &out) + self.text_width(role, ELLIPSIS) > max_width {
                out.pop();
                break;
            }
        }
        let out = out.trim_end();
        if out.is_empty() {
            return String::new();
        }
        format!("{out}{ELLIPSIS}")
    }

    /// `text` broken at spaces into at most `max_lines` lines of `max_width` pixels; the last
    /// line ends in an ellipsis when text was left over.
    pub(crate) fn wrap(
        &self,
        role: TextRole,
        text: &str,
        max_width: i32,
        max_lines: usize,
    ) -> Vec<String> {
        let max_lines = max_lines.max(1);
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        let mut words = text.split_whitespace().peekable();
        while let Some(word) = words.next() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if line.is_empty() || self.text_width(role, &candidate) <= max_width {
                line = candidate;
                continue;
            }
            if lines.len() + 1 == max_lines {
                // No line left: what remains goes on this one, shortened below.
                line = std::iter::once(candidate.as_str())
                    .chain(words.by_ref())
                    .collect::<Vec<_>>()
                    .join(" ");
                break;
            }
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
            .into_iter()
            .map(|l| self.fit(role, &l, max_width))
            .filter(|l| !l.is_empty())
            .collect()
    }

    /// Paints the background: the canvas is redrawn in place, so the old chart must go.
    pub(crate) fn background<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
    ) -> DrawResult<DB> {
        area.fill(&theme::BACKGROUND)
    }

    /// Draws the title at the top left (wrapped to two lines) and returns the first free row
    /// below it. An empty title takes no room: the page may caption the chart itself.
    pub(crate) fn title<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        title: &str,
    ) -> Result<i32, DrawingAreaErrorKind<DB::ErrorType>> {
        let margin = self.margin();
        let mut top = margin;
        let lines = self.wrap(TextRole::Title, title, self.width - 2 * margin, TITLE_LINES);
        if lines.is_empty() {
            return Ok(top);
        }
        let style = self.text_style(TextRole::Title, theme::INK, HPos::Left, VPos::Top);
        for line in &lines {
            area.draw_text(line, &style, (margin, top))?;
            top += self.line_height(TextRole::Title);
        }
        Ok(top + self.px(4.0))
    }

    /// Draws the legend as rows of entries from `top`, wrapping at the right margin, and
    /// returns the first free row below it.
    pub(crate) fn legend<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        entries: &[LegendEntry<'_>],
        top: i32,
    ) -> Result<i32, DrawingAreaErrorKind<DB::ErrorType>> {
        if entries.is_empty() {
            return Ok(top);
        }
        let margin = self.margin();
        let row = self.line_height(TextRole::Legend).max(self.px(16.0));
        let swatch = self.px(18.0);
        let gap = self.px(6.0);
        let spacing = self.px(16.0);
        let available = self.width - 2 * margin;
        let style = self.text_style(TextRole::Legend, theme::INK, HPos::Left, VPos::Center);
        let (mut x, mut y) = (margin, top);
        for entry in entries {
            let label_room = available - swatch - gap;
            let label = self.fit(TextRole::Legend, entry.label, label_room);
            let width = swatch + gap + self.text_width(TextRole::Legend, &label);
            if x > margin && x + width > margin + available {
                x = margin;
                y += row;
            }
            let mid = y + row / 2;
            self.swatch(
                area,
                entry.swatch,
                Rect {
                    left: x,
                    top: mid - swatch / 2,
                    right: x + swatch,
                    bottom: mid + swatch / 2,
                },
            )?;
            area.draw_text(&label, &style, (x + swatch + gap, mid))?;
            x += width + spacing;
        }
        Ok(y + row + self.px(6.0))
    }

    /// Draws one legend swatch inside `cell`.
    fn swatch<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        swatch: Swatch,
        cell: Rect,
    ) -> DrawResult<DB> {
        let (cx, cy) = cell.centre();
        match swatch {
            Swatch::Dot(colour) => {
                area.draw(&Circle::new((cx, cy), self.px_min1(5.0), colour.filled()))
            }
            Swatch::Line(colour, marker) => {
                // A filled bar, not a path: the SVG then has exactly one polyline per series.
                let half = self.px_min1(2.0) / 2;
                area.draw(&Rectangle::new(
                    [
                        (cell.left, cy - half),
                        (cell.right, cy - half + self.px_min1(2.0)),
                    ],
                    colour.filled(),
                ))?;
                self.marker(area, marker, (cx, cy), colour)
            }
            Swatch::Area(colour) => {
                let edge = self.px_min1(2.0);
                area.draw(&Rectangle::new(
                    [(cell.left, cell.top), (cell.right, cell.bottom)],
                    colour.mix(AREA_OPACITY).filled(),
                ))?;
                area.draw(&Rectangle::new(
                    [(cell.left, cell.top), (cell.right, cell.top + edge)],
                    colour.filled(),
                ))
            }
        }
    }

    /// Draws a marker centred on `at`.
    pub(crate) fn marker<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        marker: Marker,
        at: (i32, i32),
        colour: RGBColor,
    ) -> DrawResult<DB> {
        let r = self.px_min1(4.0);
        let style: ShapeStyle = colour.filled();
        let (x, y) = at;
        match marker {
            Marker::Circle => area.draw(&Circle::new(at, r, style)),
            Marker::Square => area.draw(&Rectangle::new([(x - r, y - r), (x + r, y + r)], style)),
            Marker::Triangle => {
                // Same visual weight as the others: a little taller than the circle's radius.
                let t = r + r / 3;
                area.draw(&Polygon::new(
                    vec![(x, y - t), (x + t, y + t * 3 / 4), (x - t, y + t * 3 / 4)],
                    style,
                ))
            }
        }
    }

    /// A P10–P90 range: a vertical line at `x` from pixel row `bottom` to `top`, with caps,
    /// lighter than the marks it belongs to (drawn before them, so the marks stay on top).
    pub(crate) fn whisker<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        x: i32,
        (bottom, top): (i32, i32),
        colour: RGBColor,
    ) -> DrawResult<DB> {
        let style = colour.mix(WHISKER_OPACITY).stroke_width(self.stroke(2.0));
        let cap = self.px_min1(4.0);
        area.draw(&PathElement::new(vec![(x, bottom), (x, top)], style))?;
        for y in [bottom, top] {
            area.draw(&PathElement::new(vec![(x - cap, y), (x + cap, y)], style))?;
        }
        Ok(())
    }

    /// Writes `text` in the middle of `rect`: the message of a chart with nothing to show.
    pub(crate) fn message<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        rect: Rect,
        text: &str,
    ) -> DrawResult<DB> {
        let text = self.fit(TextRole::Message, text, rect.width() - 2 * self.margin());
        if text.is_empty() {
            return Ok(());
        }
        let style = self.text_style(TextRole::Message, theme::MUTED, HPos::Center, VPos::Center);
        area.draw_text(&text, &style, rect.centre())
    }
}

/// The ellipsis that ends shortened text.
const ELLIPSIS: &str = "…";

/// Estimated advance width of `text` in ems (see [`em_width`]).
pub(crate) fn ems(text: &str) -> f64 {
    text.chars().map(em_width).sum()
}

/// Estimated advance width of a character in ems, for a typical sans-serif system font, rounded
/// up: narrow glyphs, capitals, wide glyphs and everything else (digits are 0.556 em in most
/// sans-serifs). Overestimating costs a little space; underestimating overlaps text.
fn em_width(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | '(' | ')' | '[' | ']' => 0.3,
        ' ' | 'f' | 't' | 'r' | 'I' | '-' | '\u{a0}' | '\u{202f}' => 0.38,
        'm' | 'w' | 'M' | 'W' | '@' | '%' | '—' | '…' => 0.92,
        'A'..='Z' => 0.72,
        _ => 0.6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(unit: f64) -> Frame {
        Frame {
            width: to_px(640.0 * unit),
            height: to_px(360.0 * unit),
            unit,
        }
    }

    #[test]
    fn sizes_scale_with_the_area() {
        let one = frame(1.0);
        let two = frame(2.0);
        assert_eq!(one.px(12.0) * 2, two.px(12.0));
        assert_eq!(
            one.font_size(TextRole::Tick) * 2.0,
            two.font_size(TextRole::Tick)
        );
        assert_eq!(
            one.text_width(TextRole::Legend, "Micro swarm") * 2,
            two.text_width(TextRole::Legend, "Micro swarm")
        );
        // Strokes and markers never vanish, even on a tiny area.
        assert_eq!(frame(0.01).stroke(1.0), 1);
        assert_eq!(frame(0.0).px_min1(5.0), 1);
    }

    #[test]
    fn fit_shortens_with_an_ellipsis() {
        let f = frame(1.0);
        let text = "Authenticiteit en geloofwaardigheid";
        assert_eq!(f.fit(TextRole::Label, text, 1_000), text);
        let short = f.fit(TextRole::Label, text, 80);
        assert!(short.ends_with('…'), "{short}");
        assert!(f.text_width(TextRole::Label, &short) <= 80);
        assert_eq!(f.fit(TextRole::Label, text, 1), "");
    }

    #[test]
    fn wrap_breaks_at_spaces_and_cuts_what_is_left() {
        let f = frame(1.0);
        let text = "Bereik tegenover kosten per creator in het doelgebied";
        let one = f.wrap(TextRole::Title, text, 10_000, 2);
        assert_eq!(one, [text]);
        let two = f.wrap(TextRole::Title, text, 200, 2);
        assert_eq!(two.len(), 2);
        assert!(two[1].ends_with('…'), "{two:?}");
        assert!(two.iter().all(|l| f.text_width(TextRole::Title, l) <= 200));
        assert!(f.wrap(TextRole::Title, "", 200, 2).is_empty());
        assert!(f.wrap(TextRole::Title, "   ", 200, 2).is_empty());
    }
}
