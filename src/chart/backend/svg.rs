//! An SVG document as a drawing surface: the client report's charts (shown as images) and the
//! native tests' drawings.
//!
//! Each primitive becomes one element with its colour as `#RRGGBB` and its opacity as an
//! attribute; text is set by its anchor (`text-anchor`, and a `dy` that moves the baseline so
//! the anchor is the text's top, middle or bottom, as the canvas's `textBaseline` does).
//!
//! Invariants: the document is well formed whatever is drawn (text and attribute values are
//! escaped; the document is closed once, when presented or dropped); the same drawing gives
//! the same bytes.

use std::fmt::Write as _;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

/// An SVG document of `size` pixels being drawn into a string; [`present`] (or dropping it)
/// closes the document.
///
/// [`present`]: DrawingBackend::present
pub struct Svg<'a> {
    out: &'a mut String,
    size: (u32, u32),
    closed: bool,
}

/// Drawing into a string cannot fail.
type Drawn = Result<(), DrawingErrorKind<std::convert::Infallible>>;

impl<'a> Svg<'a> {
    /// A document of `size` pixels, written to `out` (after what it holds).
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        let (w, h) = size;
        let _ = write!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">"#
        );
        Svg {
            out,
            size,
            closed: false,
        }
    }

    /// Opens an element `<name` with its colour (`paint` is `fill` or `stroke`) and opacity;
    /// the caller adds the rest and closes it.
    fn open(&mut self, name: &str, paint: &str, color: BackendColor) {
        let (r, g, b) = color.rgb;
        let _ = write!(
            self.out,
            "\n<{name} {paint}=\"#{r:02X}{g:02X}{b:02X}\" opacity=\"{}\"",
            super::opacity(color)
        );
    }

    /// ` stroke-width="w" fill="none"` for an outline.
    fn outline(&mut self, style: &impl BackendStyle) {
        let _ = write!(
            self.out,
            " stroke-width=\"{}\" fill=\"none\"",
            style.stroke_width()
        );
    }

    /// ` points="x,y x,y …"`.
    fn points(&mut self, path: impl IntoIterator<Item = BackendCoord>) {
        self.out.push_str(" points=\"");
        for (i, (x, y)) in path.into_iter().enumerate() {
            let gap = if i == 0 { "" } else { " " };
            let _ = write!(self.out, "{gap}{x},{y}");
        }
        self.out.push('"');
    }
}

/// `text` with the characters that end or open markup escaped.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

impl Drop for Svg<'_> {
    fn drop(&mut self) {
        let _ = self.present();
    }
}

impl DrawingBackend for Svg<'_> {
    type ErrorType = std::convert::Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        if !self.closed {
            self.closed = true;
            self.out.push_str("\n</svg>\n");
        }
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        if color.alpha > 0.0 {
            self.open("rect", "fill", color);
            let _ = write!(self.out, " x=\"{x}\" y=\"{y}\" width=\"1\" height=\"1\"/>");
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        (x1, y1): BackendCoord,
        (x2, y2): BackendCoord,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            self.open("line", "stroke", style.color());
            self.outline(style);
            let _ = write!(
                self.out,
                " x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\"/>"
            );
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            if fill {
                self.open("rect", "fill", style.color());
            } else {
                self.open("rect", "stroke", style.color());
                self.outline(style);
            }
            let (w, h) = (x1 - x0, y1 - y0);
            let _ = write!(
                self.out,
                " x=\"{x0}\" y=\"{y0}\" width=\"{w}\" height=\"{h}\"/>"
            );
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            self.open("polyline", "stroke", style.color());
            self.outline(style);
            self.points(path);
            self.out.push_str("/>");
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            self.open("polygon", "fill", style.color());
            self.points(path);
            self.out.push_str("/>");
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            if fill {
                self.open("circle", "fill", style.color());
            } else {
                self.open("circle", "stroke", style.color());
                self.outline(style);
            }
            let _ = write!(self.out, " cx=\"{x}\" cy=\"{y}\" r=\"{radius}\"/>");
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        (x, y): BackendCoord,
    ) -> Drawn {
        let color = style.color();
        if color.alpha <= 0.0 {
            return Ok(());
        }
        self.open("text", "fill", color);
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        // From the anchor to the baseline: an em box is about 0.76 em above the baseline of a
        // sans-serif and 0.24 em below it.
        let dy = match style.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.26em",
            VPos::Bottom => "-0.24em",
        };
        let _ = write!(
            self.out,
            " x=\"{x}\" y=\"{y}\" dy=\"{dy}\" text-anchor=\"{anchor}\" font-size=\"{}\" font-family=\"",
            super::font_px(style)
        );
        escape(self.out, style.family().as_str());
        self.out.push('"');
        if let Some(font_style) = super::font_style(style.style()) {
            let attribute = if font_style == "bold" {
                "font-weight"
            } else {
                "font-style"
            };
            let _ = write!(self.out, " {attribute}=\"{font_style}\"");
        }
        let turn = 90 * u16::from(super::quarter_turns(style.transform()));
        if turn != 0 {
            let _ = write!(self.out, " transform=\"rotate({turn} {x} {y})\"");
        }
        self.out.push('>');
        escape(self.out, text);
        self.out.push_str("</text>");
        Ok(())
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        Ok(super::text_size(text, style))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::prelude::*;
    use plotters::style::text_anchor::Pos;

    fn drawn(draw: impl FnOnce(&DrawingArea<Svg<'_>, plotters::coord::Shift>)) -> String {
        let mut out = String::new();
        draw(&Svg::new(&mut out, (200, 100)).into_drawing_area());
        out
    }

    #[test]
    fn shapes_become_elements_with_colour_and_opacity() {
        let out = drawn(|area| {
            area.draw(&Rectangle::new([(10, 10), (30, 20)], RED.mix(0.5).filled()))
                .unwrap();
            area.draw(&PathElement::new(
                vec![(0, 0), (5, 5), (9, 0)],
                Color::stroke_width(&BLUE, 2),
            ))
            .unwrap();
            area.draw(&Circle::new((50, 50), 4, GREEN.filled()))
                .unwrap();
            area.draw(&Polygon::new(vec![(1, 1), (2, 2), (3, 1)], BLACK))
                .unwrap();
            area.draw(&Rectangle::new([(0, 0), (1, 1)], TRANSPARENT))
                .unwrap();
        });
        assert!(
            out.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100""#)
        );
        assert!(
            out.contains(
                r##"<rect fill="#FF0000" opacity="0.5" x="10" y="10" width="20" height="10"/>"##
            ),
            "{out}"
        );
        assert!(out.contains(r##"<polyline stroke="#0000FF" opacity="1" stroke-width="2" fill="none" points="0,0 5,5 9,0"/>"##), "{out}");
        assert!(
            out.contains(r##"<circle fill="#00FF00" opacity="1" cx="50" cy="50" r="4"/>"##),
            "{out}"
        );
        assert!(
            out.contains(r##"<polygon fill="#000000" opacity="1" points="1,1 2,2 3,1"/>"##),
            "{out}"
        );
        assert_eq!(
            out.matches("<rect").count(),
            1,
            "a transparent shape draws nothing"
        );
        assert!(out.ends_with("</svg>\n"));
    }

    #[test]
    fn text_is_escaped_and_set_by_its_anchor() {
        let out = drawn(|area| {
            let style = TextStyle::from(("sans-serif", 11.5).into_font().style(FontStyle::Bold))
                .pos(Pos::new(HPos::Right, VPos::Center));
            area.draw_text("<a & \"b\">", &style, (100, 40)).unwrap();
            let turned =
                TextStyle::from(("sans-serif", 12).into_font()).transform(FontTransform::Rotate270);
            area.draw_text("up", &turned, (5, 50)).unwrap();
        });
        assert!(
            out.contains(r##"<text fill="#000000" opacity="1" x="100" y="40" dy="0.26em" text-anchor="end" font-size="11.5" font-family="sans-serif" font-weight="bold">&lt;a &amp; &quot;b&quot;&gt;</text>"##),
            "{out}"
        );
        assert!(
            out.contains(r#"transform="rotate(270 5 50)">up</text>"#),
            "{out}"
        );
    }
}
