//! The app's chart colours and type, matching the custom properties in `style/main.css`.
//!
//! Micro is teal, macro violet and the mix amber everywhere in the app, so a reader who has
//! learnt the colours on one page can read every chart. The tier shades run light to dark from
//! nano to mega within those two hues. Colours never carry meaning alone: every chart also has
//! a legend or labels, and a data table beside it.

use micromacro_engine::{Strategy, Tier};
use plotters::style::RGBColor;

/// Micro side and the micro-swarm strategy (`--micro`).
pub const MICRO: RGBColor = RGBColor(0x0f, 0x76, 0x6e);
/// Macro side and the single-macro strategy (`--macro`).
pub const MACRO: RGBColor = RGBColor(0x6d, 0x28, 0xd9);
/// The mix strategy and the mix band (`--mix`).
pub const MIX: RGBColor = RGBColor(0xb4, 0x53, 0x09);
/// The soft amber that shades the mix band (`--mix-soft`).
pub const MIX_SOFT: RGBColor = RGBColor(0xfe, 0xf3, 0xc7);

/// Nano tier: a lighter teal than micro.
pub const TIER_NANO: RGBColor = RGBColor(0x14, 0xb8, 0xa6);
/// Micro tier.
pub const TIER_MICRO: RGBColor = MICRO;
/// Macro tier.
pub const TIER_MACRO: RGBColor = MACRO;
/// Mega tier: a darker violet than macro.
pub const TIER_MEGA: RGBColor = RGBColor(0x4c, 0x1d, 0x95);

/// Earned media value in the value-over-time chart (`--info`): a hue of its own, because a
/// value component is neither micro nor macro.
pub const MEDIA_VALUE: RGBColor = RGBColor(0x1d, 0x4e, 0xd8);
/// Content-library value in the value-over-time chart.
pub const CONTENT_VALUE: RGBColor = MIX;

/// Results below their forecast range (`--danger`).
pub const DANGER: RGBColor = RGBColor(0xb9, 0x1c, 0x1c);
/// Text, axes and the centre line (`--ink`).
pub const INK: RGBColor = RGBColor(0x0f, 0x17, 0x2a);
/// Secondary text, tick labels and the budget line (`--ink-muted`).
pub const MUTED: RGBColor = RGBColor(0x47, 0x55, 0x69);
/// Grid lines (`--line`).
pub const GRID: RGBColor = RGBColor(0xe2, 0xe8, 0xf0);
/// Chart background (`--surface`).
pub const BACKGROUND: RGBColor = RGBColor(0xff, 0xff, 0xff);

/// The app's font stack (`--font`), without quotes so it is valid both as an SVG attribute and
/// in a canvas `font` shorthand. No web fonts: the charts use what the system has.
pub const FONT_FAMILY: &str =
    "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif";

/// The colour of a tier's dots and legend entry.
#[must_use]
pub const fn tier_colour(tier: Tier) -> RGBColor {
    match tier {
        Tier::Nano => TIER_NANO,
        Tier::Micro => TIER_MICRO,
        Tier::Macro => TIER_MACRO,
        Tier::Mega => TIER_MEGA,
    }
}

/// The colour of a strategy's curve.
#[must_use]
pub const fn strategy_colour(strategy: Strategy) -> RGBColor {
    match strategy {
        Strategy::MicroSide => MICRO,
        Strategy::MacroSide => MACRO,
        Strategy::Free => MIX,
    }
}

/// `#rrggbb` of a colour, for HTML legends or tests that look for a colour in an SVG.
#[must_use]
pub fn hex(colour: RGBColor) -> String {
    let RGBColor(r, g, b) = colour;
    format!("#{r:02x}{g:02x}{b:02x}")
}
