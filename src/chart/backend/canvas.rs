//! A `<canvas>` as a drawing surface: the planner's charts.
//!
//! Each primitive is one path on the canvas's 2D context, its colour set as `rgba(…)` and its
//! line width as the style's stroke width. Horizontal and vertical lines are moved half a pixel
//! so a one-pixel line covers one row of pixels instead of blurring over two. Text is set by its
//! anchor through `textAlign` and `textBaseline`; a turned text is drawn in a turned context,
//! saved and restored around it.
//!
//! Invariants: the context's state is the same after each primitive as before it, but for the
//! fill, stroke, line width, font, alignment and baseline every primitive sets before use.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// A canvas's 2D context, drawn on at the canvas's pixel size.
pub struct Canvas {
    context: CanvasRenderingContext2d,
    size: (u32, u32),
}

/// The canvas refused a drawing call.
#[derive(Debug, thiserror::Error)]
#[error("the canvas refused to draw")]
pub struct CanvasError;

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

fn refused(_: JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError)
}

impl Canvas {
    /// The canvas's surface, or `None` when it has no 2D context.
    #[must_use]
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Self> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(Canvas {
            context,
            size: (canvas.width(), canvas.height()),
        })
    }

    fn fill(&self, color: BackendColor) {
        self.context.set_fill_style_str(&css_colour(color));
    }

    fn stroke(&self, style: &impl BackendStyle) {
        self.context
            .set_stroke_style_str(&css_colour(style.color()));
        self.context.set_line_width(f64::from(style.stroke_width()));
    }

    /// Begins a path through `path`'s points.
    fn trace(&self, path: impl IntoIterator<Item = BackendCoord>) {
        self.context.begin_path();
        let mut points = path.into_iter();
        if let Some((x, y)) = points.next() {
            self.context.move_to(f64::from(x), f64::from(y));
            for (x, y) in points {
                self.context.line_to(f64::from(x), f64::from(y));
            }
        }
    }
}

/// `rgba(r,g,b,a)`.
fn css_colour(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("rgba({r},{g},{b},{})", super::opacity(color))
}

/// A line's ends, moved half a pixel across the line when it is horizontal or vertical.
fn crisp((x1, y1): BackendCoord, (x2, y2): BackendCoord) -> [(f64, f64); 2] {
    let (mut a, mut b) = (
        (f64::from(x1), f64::from(y1)),
        (f64::from(x2), f64::from(y2)),
    );
    if x1 == x2 {
        a.0 -= 0.5;
        b.0 -= 0.5;
    }
    if y1 == y2 {
        a.1 -= 0.5;
        b.1 -= 0.5;
    }
    [a, b]
}

impl DrawingBackend for Canvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        if color.alpha > 0.0 {
            self.fill(color);
            self.context.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            let [a, b] = crisp(from, to);
            self.stroke(style);
            self.context.begin_path();
            self.context.move_to(a.0, a.1);
            self.context.line_to(b.0, b.1);
            self.context.stroke();
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
            let (x, y) = (f64::from(x0), f64::from(y0));
            let (w, h) = (f64::from(x1 - x0), f64::from(y1 - y0));
            if fill {
                self.fill(style.color());
                self.context.fill_rect(x, y, w, h);
            } else {
                self.stroke(style);
                self.context.stroke_rect(x, y, w, h);
            }
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            self.stroke(style);
            self.trace(path);
            self.context.stroke();
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            self.fill(style.color());
            self.trace(path);
            self.context.close_path();
            self.context.fill();
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
        if style.color().alpha <= 0.0 {
            return Ok(());
        }
        self.context.begin_path();
        self.context
            .arc(
                f64::from(x),
                f64::from(y),
                f64::from(radius),
                0.0,
                std::f64::consts::TAU,
            )
            .map_err(refused)?;
        if fill {
            self.fill(style.color());
            self.context.fill();
        } else {
            self.stroke(style);
            self.context.stroke();
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
        let quarter_turns = super::quarter_turns(style.transform());
        let ctx = &self.context;
        let at = if quarter_turns == 0 {
            (f64::from(x), f64::from(y))
        } else {
            ctx.save();
            ctx.translate(f64::from(x), f64::from(y)).map_err(refused)?;
            ctx.rotate(f64::from(quarter_turns) * std::f64::consts::FRAC_PI_2)
                .map_err(refused)?;
            (0.0, 0.0)
        };
        ctx.set_text_align(match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "center",
            HPos::Right => "end",
        });
        ctx.set_text_baseline(match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        ctx.set_fill_style_str(&css_colour(color));
        let weight = super::font_style(style.style()).map_or(String::new(), |s| format!("{s} "));
        ctx.set_font(&format!(
            "{weight}{}px {}",
            super::font_px(style),
            style.family().as_str()
        ));
        let drawn = ctx.fill_text(text, at.0, at.1).map_err(refused);
        if quarter_turns != 0 {
            ctx.restore();
        }
        drawn
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

    #[test]
    fn colours_are_css_rgba() {
        let colour = BackendColor {
            alpha: 0.45,
            rgb: (16, 32, 255),
        };
        assert_eq!(css_colour(colour), "rgba(16,32,255,0.45)");
    }

    #[test]
    fn straight_lines_sit_on_pixel_centres() {
        assert_eq!(crisp((3, 0), (3, 9)), [(2.5, 0.0), (2.5, 9.0)]);
        assert_eq!(crisp((0, 4), (7, 4)), [(0.0, 3.5), (7.0, 3.5)]);
        assert_eq!(crisp((0, 0), (7, 4)), [(0.0, 0.0), (7.0, 4.0)]);
    }
}
