//! The charts of Micro·Macro, drawn with plotters on any backend.
//!
//! | chart | module | shows |
//! |---|---|---|
//! | reach versus cost | [`reach_cost`] | each creator a dot: cost (x) against reach (y, a [`ReachMetric`]), coloured by tier, with the campaign budget as a dashed vertical line |
//! | value versus budget | [`budget_curves`] | the best plan's value against budget for the micro side, the macro side and the free plan, from [`value_curves`](micromacro_engine::value_curves), with the current budget marked |
//! | tornado | [`tornado`] | how far each uncertain assumption, swung across its range, moves the best plan's split, largest first |
//! | factor effects | [`factor_leans`] | what each of the nine factors did to the free plan (its counterfactual lean) as bars from −1 (micro, left) to +1 (macro, right) around a centre line, the mix band of the verdict shaded, and the free plan's split as a diamond |
//! | results | [`results`] | each creator's forecast range (P10–P90, central tick) with the result as a dot coloured by where it fell |
//! | value over time | [`value_over_time`] | cumulative value week by week as stacked areas: earned media value (which fades fast: most of a post's engagement arrives in its first weeks) and the content library (which keeps earning for months) |
//!
//! Every chart has the same three parts:
//!
//! * a **model**, a plain struct of numbers built from engine output
//!   ([`ReachCostChart::from_metrics`], [`BudgetCurvesChart::from_curves`],
//!   [`FactorLeansChart::from_decision`], [`ValueOverTimeChart::from_value`]), which also
//!   gives its data as rows for a screen-reader table (`table_rows`);
//! * a **text struct** ([`ReachCostText`], [`BudgetCurvesText`], [`FactorLeansText`],
//!   [`ValueOverTimeText`]) holding every word the chart shows, already translated, and the
//!   caller's [`NumberFormat`];
//! * a **`draw` function** generic over plotters'
//!   [`DrawingBackend`](plotters::prelude::DrawingBackend): the UI passes a canvas backend, the
//!   snapshot tests an SVG string.
//!
//! # Invariants
//!
//! * **Pure.** Drawing reads the model and the text and writes to the area it is given, nothing
//!   else: no DOM, no Leptos, no clock. The same input gives the same drawing, byte for byte on
//!   the SVG backend.
//! * **Generic over the backend**, and it never asks the backend to measure text. Plotters'
//!   captions, series legends and right-hand axis labels measure text, and in the browser
//!   plotters measures by inserting a `<span>` with an inline `style` attribute, which the
//!   app's Content-Security-Policy (`style-src 'self'`) refuses. So the charts lay out their
//!   own titles, legends and axes, placing text by its anchor and sizing space from a
//!   conservative width estimate (the private `frame` module); a test keeps the measuring
//!   APIs out.
//! * **Text comes from the caller**, translated: no English (or any language) lives here. Numbers
//!   are written by the caller's [`NumberFormat`], so Dutch reads `1.234,5`.
//! * **Sizes are relative to the area**: at 640×360 the text is at its reference size; a canvas
//!   scaled by `devicePixelRatio` (say 1280×720) gets everything twice as large, so it looks the
//!   same, only sharper.
//! * **Never panics, never draws NaN.** Empty data, a zero budget, a single point, zeros, NaN or
//!   infinite values draw a sensible empty or partial chart: non-finite values are skipped,
//!   every axis has a minimum span, every pixel coordinate is clamped inside the plot.
//!
//! The [`Chart`] trait gathers the three parts with the chart's words in a language (from the
//! catalogue, by key: [`figures`]), so the page shows every chart through one figure.
//!
//! The caller owns the surrounding page: a heading or `<figcaption>`, the one-sentence summary,
//! and the data table built from `table_rows`.

pub mod backend;
pub mod budget_curves;
pub mod factor_leans;
pub mod figures;
pub mod reach_cost;
pub mod results;
pub mod theme;
pub mod tornado;
pub mod value_over_time;

mod axis;
mod format;
mod frame;
mod metric;

pub use budget_curves::{BudgetCurvesChart, BudgetCurvesText, BudgetRange, Curve};
pub use factor_leans::{FactorBar, FactorLeansChart, FactorLeansText, share_as_lean};
pub use metric::ReachMetric;
pub use reach_cost::{CreatorPoint, ReachCostChart, ReachCostText};
pub use results::{ResultRowPoint, ResultsChart, ResultsText};
pub use tornado::{TornadoChart, TornadoRow, TornadoText};
pub use value_over_time::{ValueOverTimeChart, ValueOverTimeText, ValueWeek};

/// A chart as the page shows it: its model (`Self`), its words in a language, its data as a
/// table (headers and rows) and its drawing. Implemented in [`figures`] for the five charts.
pub trait Chart: PartialEq + Send + Sync + 'static {
    /// Every word the chart draws, translated, with the caller's number writer.
    type Text<'a>;
    /// The chart's words in `lang`, its numbers written by `number`.
    fn text<'a>(&self, lang: crate::i18n::Lang, number: NumberFormat<'a>) -> Self::Text<'a>;
    /// The data table's column headers in `lang`, one per cell of [`Chart::table_rows`].
    fn headers(&self, lang: crate::i18n::Lang) -> Vec<String>;
    /// The data as table rows, for a screen-reader table beside the drawing.
    fn table_rows(&self, text: &Self::Text<'_>) -> Vec<Vec<String>>;
    /// Draws the chart on `area` (see the module's invariants).
    ///
    /// # Errors
    ///
    /// Only the backend's own drawing errors.
    fn draw<DB: plotters::prelude::DrawingBackend>(
        &self,
        area: &plotters::drawing::DrawingArea<DB, plotters::coord::Shift>,
        text: &Self::Text<'_>,
    ) -> Result<(), plotters::drawing::DrawingAreaErrorKind<DB::ErrorType>>;
}

/// Writes a number the way the reader's language does: `(value, decimals) -> text`.
///
/// The charts pick `decimals` from the spacing of the axis ticks (0 for `0, 5,000, 10,000`; 1
/// for `−1, −0.5, 0`) and per table column, so the caller's formatter only has to group digits
/// and place the decimal sign. In the app this is
/// `&|value, decimals| format_number(lang, value, decimals)`. A non-finite value may reach it
/// only through `table_rows` of a model holding one; the app's formatter writes a dash.
pub type NumberFormat<'a> = &'a dyn Fn(f64, usize) -> String;

/// A [`Chart`] as an SVG document of `size` pixels, in `lang` (the client report's charts).
pub fn chart_svg<C: Chart>(
    chart: &C,
    size: (u32, u32),
    lang: crate::i18n::Lang,
    number: NumberFormat<'_>,
) -> String {
    let text = chart.text(lang, number);
    svg_string(size, |area| {
        let _ = chart.draw(area, &text);
    })
}

/// Draws a chart into an SVG document of `size` pixels (the report's vector charts; the same
/// drawing code as the canvases). Drawing errors leave what was drawn so far.
pub fn svg_string(
    size: (u32, u32),
    draw: impl FnOnce(&plotters::drawing::DrawingArea<backend::svg::Svg<'_>, plotters::coord::Shift>),
) -> String {
    use plotters::prelude::IntoDrawingArea;
    let mut svg = String::new();
    {
        let root = backend::svg::Svg::new(&mut svg, size).into_drawing_area();
        draw(&root);
        let _ = root.present();
    }
    svg
}
