//! The two surfaces the charts draw on: a canvas in the planner ([`canvas`]) and an SVG
//! document in the client report and the native tests ([`svg`]).
//!
//! Both implement plotters' [`DrawingBackend`](plotters::prelude::DrawingBackend) for the
//! primitives the charts use (lines, paths, rectangles, polygons, circles, text by its anchor).
//! They are ours rather than plotters' own canvas and SVG backends for two reasons:
//!
//! * **Numbers.** A colour's opacity and a font's size are `f64`. Written with `{}` they pull
//!   `core`'s float printer into the chart modules; here they go through [`crate::num`], which
//!   the app already carries.
//! * **No measuring.** Neither backend measures text through the page (plotters' way in the
//!   browser inserts a styled `<span>`, which the CSP refuses). [`estimate_text_size`] answers
//!   from the per-character estimate the charts' layout uses.
//!
//! Invariants: nothing drawn with a fully transparent colour; every number written is finite
//! (an opacity outside `0..=1` is clamped, a non-finite one is opaque).
//!
//! [`estimate_text_size`]: plotters::prelude::DrawingBackend::estimate_text_size

pub mod canvas;
pub mod svg;

use plotters_backend::{BackendColor, BackendTextStyle, FontStyle, FontTransform};

/// An opacity as text: `0`, `0.45`, `1`.
fn opacity(color: BackendColor) -> String {
    let alpha = if color.alpha.is_finite() {
        color.alpha.clamp(0.0, 1.0)
    } else {
        1.0
    };
    crate::num::shortest(alpha)
}

/// A font size in pixels as text (a positive, finite number; else the reference 12 px).
fn font_px(style: &impl BackendTextStyle) -> String {
    let size = style.size();
    crate::num::shortest(if size.is_finite() && size > 0.0 {
        size
    } else {
        12.0
    })
}

/// The CSS keyword of a font style, or `None` for the regular one.
fn font_style(style: FontStyle) -> Option<&'static str> {
    match style {
        FontStyle::Normal => None,
        FontStyle::Oblique => Some("oblique"),
        FontStyle::Italic => Some("italic"),
        FontStyle::Bold => Some("bold"),
    }
}

/// How many quarter turns clockwise a text is turned.
fn quarter_turns(transform: FontTransform) -> u8 {
    match transform {
        FontTransform::None => 0,
        FontTransform::Rotate90 => 1,
        FontTransform::Rotate180 => 2,
        FontTransform::Rotate270 => 3,
    }
}

/// The size of `text` in pixels, estimated as the charts' layout estimates it (on the wide
/// side), a line 1.2 font sizes high.
fn text_size(text: &str, style: &impl BackendTextStyle) -> (u32, u32) {
    let size = if style.size().is_finite() {
        style.size().max(0.0)
    } else {
        0.0
    };
    let width = super::frame::ems(text) * size;
    (width.ceil() as u32, (size * 1.2).ceil() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opacities_are_written_without_core_float_printing() {
        let at = |alpha| {
            opacity(BackendColor {
                alpha,
                rgb: (1, 2, 3),
            })
        };
        assert_eq!(at(1.0), "1");
        assert_eq!(at(0.45), "0.45");
        assert_eq!(at(0.0), "0");
        assert_eq!(at(1.5), "1");
        assert_eq!(at(-0.5), "0");
        assert_eq!(at(f64::NAN), "1");
    }
}
