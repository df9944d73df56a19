//! Snapshot and content tests of the charts, rendered natively to SVG.
//!
//! Each chart is drawn from a fixed data set built through the engine API at 640×360 and
//! compared byte for byte with `tests/snapshots/<name>.svg`. To accept a deliberate change,
//! run `UPDATE_SNAPSHOTS=1 cargo test --test chart_snapshots` and review the SVG diff.
//! Snapshots are the same on every machine: the charts never measure text, and the SVG
//! backend (`micromacro::chart::backend::svg`) needs no font.
//!
//! Byte equality alone would also accept a blank chart that was committed blank, so every
//! snapshot test also checks what the SVG contains: one dot per creator, one line per strategy,
//! nine bars, the caller's words.

use micromacro::chart::backend::svg::Svg;
use micromacro::chart::{
    BudgetCurvesChart, BudgetCurvesText, CreatorPoint, Curve, FactorBar, FactorLeansChart,
    FactorLeansText, ReachCostChart, ReachCostText, ReachMetric, TornadoChart, TornadoRow,
    TornadoText, ValueOverTimeChart, ValueOverTimeText, ValueWeek, budget_curves, factor_leans,
    reach_cost, share_as_lean, theme, tornado, value_over_time,
};
use micromacro::i18n::{Lang, format_number};
use micromacro_engine::{
    Assumption, Assumptions, Brief, Creator, Currency, EngagementRate, Factor, GeoScope, Money,
    Objective, PerFactor, PerTier, Platform, Strategy, Tier, ValueUnit, Verdict, roster_metrics,
    value_curves,
};
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use plotters::style::RGBColor;

const SIZE: (u32, u32) = (640, 360);

// ---------------------------------------------------------------------------------------------
// Rendering, snapshots and reading the SVG
// ---------------------------------------------------------------------------------------------

/// Renders with `draw` on an SVG backend of `size` and returns the document.
fn render(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<Svg<'_>, Shift>) -> Result<(), String>,
) -> String {
    let mut svg = String::new();
    {
        let root = Svg::new(&mut svg, size).into_drawing_area();
        draw(&root).expect("drawing failed");
        root.present().expect("presenting failed");
    }
    svg
}

/// Compares `svg` with the committed snapshot, or writes it when `UPDATE_SNAPSHOTS=1`.
fn assert_snapshot(name: &str, svg: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.svg"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, svg).unwrap();
        return;
    }
    let how = "run `UPDATE_SNAPSHOTS=1 cargo test --test chart_snapshots` and review the diff";
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("no snapshot {} ({e}): {how}", path.display()));
    if expected != svg {
        let line = expected
            .lines()
            .zip(svg.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || "lengths differ".to_owned(),
                |i| format!("first difference at line {}", i + 1),
            );
        panic!(
            "chart {name} differs from {} ({line}); if the change is intended, {how}",
            path.display()
        );
    }
}

/// The SVG's elements named `tag`, each as its attribute text.
fn elements<'s>(svg: &'s str, tag: &str) -> Vec<&'s str> {
    let open = format!("<{tag} ");
    svg.match_indices(&open)
        .map(|(i, _)| {
            let rest = &svg[i..];
            &rest[..rest.find('>').unwrap_or(rest.len())]
        })
        .collect()
}

/// The SVG backend writes colours as upper-case `#RRGGBB`.
fn svg_colour(colour: RGBColor) -> String {
    theme::hex(colour).to_ascii_uppercase()
}

/// The `tag` elements filled with `colour`.
fn filled<'s>(svg: &'s str, tag: &str, colour: RGBColor) -> Vec<&'s str> {
    let fill = format!("fill=\"{}\"", svg_colour(colour));
    elements(svg, tag)
        .into_iter()
        .filter(|e| e.contains(&fill))
        .collect()
}

/// The `polyline`s stroked with `colour`.
fn lines_of(svg: &str, colour: RGBColor) -> Vec<&str> {
    let stroke = format!("stroke=\"{}\"", svg_colour(colour));
    elements(svg, "polyline")
        .into_iter()
        .filter(|e| e.contains(&stroke))
        .collect()
}

/// The value of `name` in an element's attribute text.
fn attr<'e>(element: &'e str, name: &str) -> &'e str {
    let key = format!(" {name}=\"");
    let start = element
        .find(&key)
        .unwrap_or_else(|| panic!("no {name} in {element}"))
        + key.len();
    let len = element[start..].find('"').unwrap();
    &element[start..start + len]
}

/// The points of a polyline or polygon.
fn points(element: &str) -> Vec<(i32, i32)> {
    attr(element, "points")
        .split_whitespace()
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

/// The texts the SVG shows.
fn texts(svg: &str) -> Vec<&str> {
    svg.split("<text ")
        .skip(1)
        .map(|t| {
            let body = &t[t.find('>').unwrap() + 1..];
            body[..body.find("</text>").unwrap()].trim()
        })
        .collect()
}

/// Nothing a broken computation writes may appear in the drawing.
fn assert_sane(svg: &str, what: &str) {
    assert!(svg.starts_with("<svg"), "{what}: not an SVG");
    assert!(
        svg.trim_end().ends_with("</svg>"),
        "{what}: unterminated SVG"
    );
    for bad in ["NaN", "=\"inf", "=\"-inf", "2147483647", "-2147483648"] {
        assert!(!svg.contains(bad), "{what}: the SVG contains {bad}");
    }
}

// ---------------------------------------------------------------------------------------------
// The fixed data set and the caller's text
// ---------------------------------------------------------------------------------------------

fn english(value: f64, decimals: usize) -> String {
    format_number(Lang::En, value, decimals)
}

fn dutch(value: f64, decimals: usize) -> String {
    format_number(Lang::Nl, value, decimals)
}

/// A €8,000 community campaign in one country over half a year, with usage rights.
fn brief() -> Brief {
    Brief {
        objective: Objective::Community,
        budget: Money::from_major(8_000, Currency::Eur),
        geography: GeoScope::National,
        horizon_weeks: 26,
        usage_rights: true,
        ..Brief::default()
    }
}

/// Twelve creators across the four tiers: 3 nano, 4 micro, 3 macro, 2 mega.
fn roster() -> Vec<Creator> {
    let eur = |x| Money::from_major(x, Currency::Eur);
    let ig = |followers| Creator::new(Platform::Instagram, followers);
    vec![
        ig(4_000).with_engagement(EngagementRate::per_follower(0.07)),
        ig(7_500).with_price(eur(90)),
        ig(9_000).with_posts(2),
        ig(18_000).with_engagement(EngagementRate::per_follower(0.05)),
        ig(35_000).with_price(eur(350)).with_posts(2),
        ig(60_000),
        ig(90_000).with_engagement(EngagementRate::per_follower(0.03)),
        ig(150_000).with_price(eur(1_200)),
        ig(420_000),
        ig(800_000).with_engagement(EngagementRate::per_follower(0.012)),
        ig(1_500_000).with_price(eur(9_500)),
        ig(3_000_000),
    ]
}

fn tier_counts() -> PerTier<usize> {
    let table = Assumptions::default();
    let mut counts = PerTier::from_fn(|_| 0);
    for c in roster() {
        *counts.get_mut(c.tier(&table.thresholds)) += 1;
    }
    counts
}

fn reach_cost_chart() -> ReachCostChart {
    let brief = brief();
    let metrics = roster_metrics(&roster(), &brief, &Assumptions::default()).unwrap();
    ReachCostChart::from_metrics(&metrics, brief.budget, ReachMetric::EffectiveReach)
}

fn reach_cost_text(number: micromacro::chart::NumberFormat<'_>) -> ReachCostText<'_> {
    ReachCostText {
        title: "Reach versus cost per creator".to_owned(),
        x_axis: "Cost (€)".to_owned(),
        y_axis: "Effective reach (people)".to_owned(),
        tiers: PerTier(["Nano", "Micro", "Macro", "Mega"].map(str::to_owned)),
        budget: "Budget".to_owned(),
        no_data: "Add creators to see them here".to_owned(),
        number,
    }
}

const BUDGET_STEPS: usize = 9;

/// Budgets from €0 to €20,000 in equal steps.
fn budget_steps() -> Vec<Money> {
    let last = BUDGET_STEPS as i64 - 1;
    (0..BUDGET_STEPS as i64)
        .map(|i| Money::from_major(20_000 * i / last, Currency::Eur))
        .collect()
}

fn budget_curves_chart() -> BudgetCurvesChart {
    let brief = brief();
    let curves = value_curves(&brief, &Assumptions::default(), &roster(), &budget_steps()).unwrap();
    BudgetCurvesChart::from_curves(&curves, brief.budget)
}

fn budget_curves_text(number: micromacro::chart::NumberFormat<'_>) -> BudgetCurvesText<'_> {
    BudgetCurvesText {
        title: "Value as the budget grows".to_owned(),
        x_axis: "Budget (€)".to_owned(),
        y_axis: "Engaged people".to_owned(),
        micro_side: "Micro side only".to_owned(),
        macro_side: "Macro side only".to_owned(),
        free: "Best plan".to_owned(),
        budget: "Your budget".to_owned(),
        no_data: "No curves to show".to_owned(),
        number,
    }
}

/// Fixed effects that lean both ways and once not at all: the drawing is tested on known bars
/// (the engine's counterfactual leans are tested in the engine).
fn factor_leans_chart() -> FactorLeansChart {
    const LEANS: [f64; 9] = [-0.35, 0.2, -0.6, 0.0, 0.1, 0.0, -0.15, -0.3, 0.25];
    FactorLeansChart {
        bars: Factor::ALL
            .iter()
            .zip(LEANS)
            .map(|(&factor, lean)| FactorBar {
                factor,
                lean,
                share_without: (0.8 + lean).clamp(0.0, 1.0),
            })
            .collect(),
        overall: Some(share_as_lean(0.8)),
        verdict: Some(Verdict::Micro),
        band: (share_as_lean(2.0 / 3.0), share_as_lean(1.0 / 3.0)),
    }
}

const FACTOR_NAMES: [&str; 9] = [
    "Audience size",
    "Engagement",
    "Cost and budget",
    "Geography",
    "Reputation",
    "Authenticity",
    "Niche",
    "Content",
    "Objectives",
];

fn factor_leans_text(number: micromacro::chart::NumberFormat<'_>) -> FactorLeansText<'_> {
    FactorLeansText {
        title: "What each factor did".to_owned(),
        factors: PerFactor(FACTOR_NAMES.map(str::to_owned)),
        micro_side: "← Micro".to_owned(),
        macro_side: "Macro →".to_owned(),
        mix_band: "Mix".to_owned(),
        overall: "Best plan split".to_owned(),
        no_data: "No factors to show".to_owned(),
        number,
    }
}

fn value_chart() -> ValueOverTimeChart {
    let value =
        micromacro_engine::value_over_time(&roster(), &brief(), &Assumptions::default()).unwrap();
    ValueOverTimeChart::from_value(&value)
}

fn value_text(number: micromacro::chart::NumberFormat<'_>) -> ValueOverTimeText<'_> {
    ValueOverTimeText {
        title: "Value over 26 weeks".to_owned(),
        x_axis: "Week".to_owned(),
        y_axis: "Value so far (€)".to_owned(),
        media: "Media value".to_owned(),
        content: "Content library".to_owned(),
        no_data: "No value to show yet".to_owned(),
        number,
    }
}

fn draw_reach_cost(size: (u32, u32), chart: &ReachCostChart, text: &ReachCostText<'_>) -> String {
    render(size, |a| {
        reach_cost::draw(a, chart, text).map_err(|e| e.to_string())
    })
}

fn draw_budget_curves(
    size: (u32, u32),
    chart: &BudgetCurvesChart,
    text: &BudgetCurvesText<'_>,
) -> String {
    render(size, |a| {
        budget_curves::draw(a, chart, text).map_err(|e| e.to_string())
    })
}

fn draw_factor_leans(
    size: (u32, u32),
    chart: &FactorLeansChart,
    text: &FactorLeansText<'_>,
) -> String {
    render(size, |a| {
        factor_leans::draw(a, chart, text).map_err(|e| e.to_string())
    })
}

fn draw_value(
    size: (u32, u32),
    chart: &ValueOverTimeChart,
    text: &ValueOverTimeText<'_>,
) -> String {
    render(size, |a| {
        value_over_time::draw(a, chart, text).map_err(|e| e.to_string())
    })
}

// ---------------------------------------------------------------------------------------------
// Snapshots with their content
// ---------------------------------------------------------------------------------------------

#[test]
fn reach_cost_snapshot() {
    let chart = reach_cost_chart();
    let text = reach_cost_text(&english);
    let svg = draw_reach_cost(SIZE, &chart, &text);
    assert_sane(&svg, "reach_cost");

    // One dot per creator in its tier's colour, plus the tier's legend dot.
    let counts = tier_counts();
    for tier in Tier::ALL.iter().copied() {
        let dots = filled(&svg, "circle", theme::tier_colour(tier));
        assert_eq!(dots.len(), counts.get(tier) + 1, "{tier} dots");
    }
    assert_eq!(elements(&svg, "circle").len(), roster().len() + Tier::COUNT);

    // The budget line is dashed: several short segments on one x, right of the axis.
    let budget = lines_of(&svg, theme::MUTED)
        .into_iter()
        .filter(|l| {
            let p = points(l);
            p.len() == 2 && p[0].0 == p[1].0 && p[0].1 != p[1].1
        })
        .count();
    assert!(budget >= 5, "dashes of the budget line: {budget}");

    let shown = texts(&svg);
    for word in [
        "Reach versus cost per creator",
        "Cost (€)",
        "Effective reach (people)",
        "Nano",
        "Micro",
        "Macro",
        "Mega",
        "Budget",
        "0",
    ] {
        assert!(shown.contains(&word), "{word:?} not in {shown:?}");
    }
    assert!(!shown.contains(&"Add creators to see them here"));
    assert_snapshot("reach_cost", &svg);
}

#[test]
fn reach_ranges_are_whiskers_behind_their_dots() {
    let plain = reach_cost_chart();
    // Every creator ranges from 60 % to 150 % of its reach; one has no range (yet).
    let mut bands: Vec<Option<(f64, f64)>> = plain
        .points
        .iter()
        .map(|p| Some((p.reach * 0.6, p.reach * 1.5)))
        .collect();
    bands[0] = None;
    let chart = plain.clone().with_bands(&bands);
    let text = reach_cost_text(&english);
    let svg = draw_reach_cost(SIZE, &chart, &text);
    assert_sane(&svg, "reach_cost with ranges");
    // The legend's dots come first; the creators' dots after them.
    let first_dot = svg.match_indices("<circle ").nth(Tier::COUNT).unwrap().0;
    let mut whiskers = 0;
    for tier in Tier::ALL.iter().copied() {
        for line in lines_of(&svg, theme::tier_colour(tier)) {
            let p = points(line);
            if p.len() == 2 && p[0].0 == p[1].0 {
                whiskers += 1;
                // Upward from P10 to P90 (screen y grows downward), drawn before any dot.
                assert!(p[1].1 < p[0].1, "{line}");
                assert!(svg.find(line).unwrap() < first_dot, "a whisker over a dot");
            }
        }
    }
    assert_eq!(
        whiskers,
        plain.points.len() - 1,
        "one whisker per creator with a range"
    );
    // The axis makes room for the highest P90, and the table writes each range.
    let rows = chart.table_rows(&text);
    assert!(
        rows[1][4].contains('(') && rows[1][4].contains('–'),
        "{:?}",
        rows[1]
    );
    assert!(!rows[0][4].contains('('), "{:?}", rows[0]);
    // Without ranges the chart is the committed snapshot, unchanged.
    assert_snapshot("reach_cost", &draw_reach_cost(SIZE, &plain, &text));
}

#[test]
fn value_ranges_are_whiskers_on_the_budget_line() {
    let plain = budget_curves_chart();
    let value_at_budget = |strategy: Strategy| {
        plain
            .curves
            .iter()
            .find(|c| c.strategy == strategy)
            .and_then(|c| c.points.iter().rfind(|p| p.0 <= plain.budget))
            .map_or(1_000.0, |p| p.1.max(1_000.0))
    };
    // At a budget the curves have a point for, as the planner's curves always do.
    let mut chart = plain.clone();
    chart.budget = 10_000.0;
    chart.ranges = Strategy::ALL
        .iter()
        .map(|&strategy| {
            let v = value_at_budget(strategy);
            micromacro::chart::BudgetRange {
                strategy,
                low: v * 0.7,
                high: v * 1.4,
            }
        })
        .collect();
    let text = budget_curves_text(&english);
    let svg = draw_budget_curves(SIZE, &chart, &text);
    assert_sane(&svg, "budget_curves with ranges");
    let mut xs = Vec::new();
    for strategy in Strategy::ALL.iter().copied() {
        let whiskers: Vec<Vec<(i32, i32)>> = lines_of(&svg, theme::strategy_colour(strategy))
            .into_iter()
            .map(points)
            .filter(|p| p.len() == 2 && p[0].0 == p[1].0)
            .collect();
        assert_eq!(whiskers.len(), 1, "{strategy}: one whisker at the budget");
        // Upward from P10 to P90 (screen y grows downward).
        assert!(whiskers[0][1].1 < whiskers[0][0].1, "{whiskers:?}");
        xs.push(whiskers[0][0].0);
    }
    // Side by side around the budget line: micro side left, free right.
    assert!(xs[0] < xs[1] && xs[1] < xs[2], "{xs:?}");
    // The table writes the range at the current budget only.
    let rows = chart.table_rows(&text);
    let at_budget = rows
        .iter()
        .filter(|r| r[1..].iter().all(|cell| cell.contains('–')))
        .count();
    assert_eq!(at_budget, 1, "{rows:?}");
    // Without ranges the chart is the committed snapshot, unchanged.
    assert_snapshot("budget_curves", &draw_budget_curves(SIZE, &plain, &text));
}

#[test]
fn value_ranges_are_whiskers_on_the_total() {
    let plain = value_chart();
    let ranges: Vec<(f64, f64)> = plain
        .weeks
        .iter()
        .map(|w| (w.total() * 0.8, w.total() * 1.25))
        .collect();
    let chart = plain.clone().with_ranges(&ranges);
    let text = value_text(&english);
    let svg = draw_value(SIZE, &chart, &text);
    assert_sane(&svg, "value with ranges");
    let whiskers: Vec<Vec<(i32, i32)>> = lines_of(&svg, theme::INK)
        .into_iter()
        .map(points)
        .filter(|p| p.len() == 2 && p[0].0 == p[1].0 && p[0].1 != p[1].1)
        .collect();
    assert_eq!(whiskers.len(), plain.weeks.len(), "one whisker per week");
    // Weeks left to right; each upward from P10 to P90; the later ones reach higher.
    for pair in whiskers.windows(2) {
        assert!(pair[0][0].0 < pair[1][0].0, "{pair:?}");
        assert!(pair[1][1].1 <= pair[0][1].1, "{pair:?}");
    }
    let rows = chart.table_rows(&text);
    assert!(rows.iter().all(|r| r[3].contains('–')), "{rows:?}");
    assert_snapshot("value_over_time", &draw_value(SIZE, &plain, &text));
}

#[test]
fn budget_curves_snapshot() {
    let chart = budget_curves_chart();
    let text = budget_curves_text(&english);
    let svg = draw_budget_curves(SIZE, &chart, &text);
    assert_sane(&svg, "budget_curves");

    // One line per strategy through every budget step, rising left to right (a larger budget
    // never shows less value: the curves keep the best plan of any smaller budget).
    for strategy in Strategy::ALL.iter().copied() {
        let lines = lines_of(&svg, theme::strategy_colour(strategy));
        assert_eq!(lines.len(), 1, "{strategy}: {lines:?}");
        let p = points(lines[0]);
        assert_eq!(p.len(), BUDGET_STEPS, "{strategy}");
        assert!(
            p.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 >= w[1].1),
            "{strategy}: {p:?}"
        );
    }
    // Markers: a circle per micro-side point, a square per macro-side point, a triangle per
    // best-plan point, each plus its legend marker.
    assert_eq!(filled(&svg, "circle", theme::MICRO).len(), BUDGET_STEPS + 1);
    assert_eq!(filled(&svg, "polygon", theme::MIX).len(), BUDGET_STEPS + 1);
    // Squares and legend bars are rects: the macro colour has a square per point, a legend
    // square and the legend's line.
    assert_eq!(filled(&svg, "rect", theme::MACRO).len(), BUDGET_STEPS + 2);
    // The micro side reaches someone with the first budget step that buys a micro creator, the
    // macro side only once the budget buys a macro: the lines differ.
    let swarm = points(lines_of(&svg, theme::MICRO)[0]);
    let single = points(lines_of(&svg, theme::MACRO)[0]);
    assert_ne!(swarm, single);

    let shown = texts(&svg);
    for word in [
        "Value as the budget grows",
        "Budget (€)",
        "Micro side only",
        "Macro side only",
        "Best plan",
        "Your budget",
        "20,000",
    ] {
        assert!(shown.contains(&word), "{word:?} not in {shown:?}");
    }
    assert_snapshot("budget_curves", &svg);
}

#[test]
fn factor_leans_snapshot() {
    let chart = factor_leans_chart();
    let text = factor_leans_text(&english);
    let svg = draw_factor_leans(SIZE, &chart, &text);
    assert_sane(&svg, "factor_leans");

    assert_eq!(chart.bars.len(), Factor::COUNT);
    let micro = chart.bars.iter().filter(|b| b.lean < 0.0).count();
    let macro_ = chart.bars.iter().filter(|b| b.lean > 0.0).count();
    let zero = Factor::COUNT - micro - macro_;
    assert!(
        micro > 0 && macro_ > 0,
        "the data set should lean both ways: {chart:?}"
    );
    assert_eq!(filled(&svg, "rect", theme::MICRO).len(), micro);
    assert_eq!(filled(&svg, "rect", theme::MACRO).len(), macro_);
    assert_eq!(filled(&svg, "rect", theme::MUTED).len(), zero);

    // Bars start at the centre line and point the way their factor leans.
    let centre = lines_of(&svg, theme::INK);
    assert_eq!(centre.len(), 1);
    let centre_x = points(centre[0])[0].0;
    for bar in filled(&svg, "rect", theme::MICRO) {
        let x: i32 = attr(bar, "x").parse().unwrap();
        let width: i32 = attr(bar, "width").parse().unwrap();
        assert_eq!(x + width, centre_x, "micro bars end at the centre: {bar}");
    }
    for bar in filled(&svg, "rect", theme::MACRO) {
        assert_eq!(attr(bar, "x").parse::<i32>().unwrap(), centre_x, "{bar}");
    }
    // The mix band spans the middle third of the split (−⅓ … +⅓) around the centre.
    let band = filled(&svg, "rect", theme::MIX_SOFT);
    assert_eq!(band.len(), 1);
    let (x, width): (i32, i32) = (
        attr(band[0], "x").parse().unwrap(),
        attr(band[0], "width").parse().unwrap(),
    );
    assert!((x + width / 2 - centre_x).abs() <= 1, "{band:?}");
    // The best plan's split is one diamond.
    assert_eq!(elements(&svg, "polygon").len(), 1);

    let shown = texts(&svg);
    for word in FACTOR_NAMES.iter().copied().chain([
        "What each factor did",
        "← Micro",
        "Macro →",
        "Mix",
        "Best plan split",
        "-1.0",
        "0.0",
        "1.0",
    ]) {
        assert!(shown.contains(&word), "{word:?} not in {shown:?}");
    }
    assert_snapshot("factor_leans", &svg);
}

#[test]
fn value_over_time_snapshot() {
    let chart = value_chart();
    let text = value_text(&english);
    let svg = draw_value(SIZE, &chart, &text);
    assert_sane(&svg, "value_over_time");

    assert_eq!(chart.weeks.len(), 26);
    // Two stacked areas and their top edges, from week 0 to week 26.
    assert_eq!(filled(&svg, "polygon", theme::MEDIA_VALUE).len(), 1);
    assert_eq!(filled(&svg, "polygon", theme::CONTENT_VALUE).len(), 1);
    let media = lines_of(&svg, theme::MEDIA_VALUE);
    let total = lines_of(&svg, theme::CONTENT_VALUE);
    assert_eq!((media.len(), total.len()), (1, 1));
    let (media, total) = (points(media[0]), points(total[0]));
    assert_eq!((media.len(), total.len()), (27, 27));
    // Cumulative: the edges never fall (y grows downwards), and the total is above the media.
    for edge in [&media, &total] {
        assert!(
            edge.windows(2).all(|w| w[0].0 < w[1].0 && w[1].1 <= w[0].1),
            "{edge:?}"
        );
    }
    assert!(media.iter().zip(&total).all(|(m, t)| t.1 <= m.1));
    // Media value fades: most of it has arrived within four weeks, while the content library
    // keeps growing to the end.
    let gain = |edge: &[(i32, i32)], from: usize, to: usize| edge[from].1 - edge[to].1;
    assert!(gain(&media, 0, 4) > 4 * gain(&media, 4, 26), "{media:?}");
    let library = |i: usize| media[i].1 - total[i].1;
    assert!(library(26) > library(13) && library(13) > library(4));

    let shown = texts(&svg);
    for word in [
        "Value over 26 weeks",
        "Week",
        "Value so far (€)",
        "Media value",
        "Content library",
    ] {
        assert!(shown.contains(&word), "{word:?} not in {shown:?}");
    }
    assert_snapshot("value_over_time", &svg);
}

// ---------------------------------------------------------------------------------------------
// Language, scale and determinism
// ---------------------------------------------------------------------------------------------

#[test]
fn numbers_are_written_by_the_callers_formatter() {
    let svg = draw_reach_cost(SIZE, &reach_cost_chart(), &reach_cost_text(&dutch));
    let shown = texts(&svg);
    let grouped = |sep: char| {
        shown.iter().any(|t| {
            t.len() > 4 && t.contains(sep) && t.chars().all(|c| c.is_ascii_digit() || c == sep)
        })
    };
    assert!(grouped('.'), "Dutch groups thousands with a dot: {shown:?}");
    assert!(
        !grouped(','),
        "no English grouping in a Dutch chart: {shown:?}"
    );

    let svg = draw_factor_leans(SIZE, &factor_leans_chart(), &factor_leans_text(&dutch));
    let shown = texts(&svg);
    assert!(
        shown.contains(&"-0,5") && shown.contains(&"0,5"),
        "{shown:?}"
    );
}

#[test]
fn everything_scales_with_the_area() {
    // A canvas scaled by devicePixelRatio 2 draws the same chart twice as large.
    let chart = reach_cost_chart();
    let text = reach_cost_text(&english);
    let one = draw_reach_cost(SIZE, &chart, &text);
    let two = draw_reach_cost((1280, 720), &chart, &text);
    let radius = |svg: &str| -> Vec<f64> {
        elements(svg, "circle")
            .iter()
            .map(|c| attr(c, "r").parse().unwrap())
            .collect()
    };
    assert!(
        radius(&one)
            .iter()
            .zip(radius(&two))
            .all(|(a, b)| b == 2.0 * a)
    );
    let title_size = |svg: &str| -> f64 {
        let title = elements(svg, "text")
            .into_iter()
            .find(|t| t.contains("font-weight=\"bold\""))
            .expect("a bold title");
        attr(title, "font-size").parse().unwrap()
    };
    assert!((title_size(&two) - 2.0 * title_size(&one)).abs() < 1e-9);
    // Same content: the same texts in the same order.
    assert_eq!(texts(&one), texts(&two));
}

#[test]
fn drawing_is_deterministic() {
    let chart = value_chart();
    let text = value_text(&english);
    assert_eq!(
        draw_value(SIZE, &chart, &text),
        draw_value(SIZE, &chart, &text)
    );
}

#[test]
fn an_empty_title_takes_no_room() {
    let chart = factor_leans_chart();
    let mut text = factor_leans_text(&english);
    let titled = draw_factor_leans(SIZE, &chart, &text);
    text.title.clear();
    let bare = draw_factor_leans(SIZE, &chart, &text);
    assert!(!texts(&bare).contains(&"How each factor leans"));
    let band_top = |svg: &str| -> i32 {
        attr(filled(svg, "rect", theme::MIX_SOFT)[0], "y")
            .parse()
            .unwrap()
    };
    assert!(band_top(&bare) < band_top(&titled));
}

#[test]
fn long_titles_wrap_and_long_names_are_shortened() {
    let chart = factor_leans_chart();
    let mut text = factor_leans_text(&english);
    text.title = "Hoe elke factor van het advies naar micro- of macro-influencers leunt, \
                  gewogen naar hoe zwaar die factor volgens de aannames meetelt"
        .to_owned();
    *text.factors.get_mut(Factor::Authenticity) =
        "Authenticiteit, geloofwaardigheid en het aandeel echte volgers".to_owned();
    let svg = draw_factor_leans(SIZE, &chart, &text);
    assert_sane(&svg, "long text");
    let shown = texts(&svg);
    let bold = elements(&svg, "text")
        .into_iter()
        .filter(|t| t.contains("font-weight=\"bold\""))
        .count();
    assert_eq!(bold, 2, "the title wraps to two lines: {shown:?}");
    assert!(
        shown
            .iter()
            .any(|t| t.starts_with("Authenticiteit") && t.ends_with('…')),
        "{shown:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Tables for screen readers
// ---------------------------------------------------------------------------------------------

#[test]
fn table_rows_mirror_the_charts() {
    let rows = reach_cost_chart().table_rows(&reach_cost_text(&dutch));
    assert_eq!(rows.len(), roster().len());
    assert!(rows.iter().all(|r| r.len() == 5));
    assert_eq!(rows[0][0], "1");
    assert_eq!(rows[0][1], "Nano");
    assert_eq!(rows[0][2], "4.000");
    assert_eq!(rows[11][2], "3.000.000");
    assert_eq!(rows[11][1], "Mega");

    let chart = budget_curves_chart();
    let rows = chart.table_rows(&budget_curves_text(&english));
    assert_eq!(rows.len(), BUDGET_STEPS);
    assert!(rows.iter().all(|r| r.len() == 4));
    assert_eq!(rows[0], ["0", "0", "0", "0"]);
    assert_eq!(rows[8][0], "20,000");
    assert_eq!(
        rows[8][1],
        english(chart.curves[0].points[8].1, 0),
        "the micro side's value at €20,000"
    );

    let chart = factor_leans_chart();
    let rows = chart.table_rows(&factor_leans_text(&english));
    assert_eq!(rows.len(), Factor::COUNT + 1);
    assert_eq!(rows[0][0], "Audience size");
    // The lean with two decimals and the micro share without the factor in whole percent.
    assert_eq!(rows[2][1], "-0.60");
    assert_eq!(rows[2][2], "20", "cost: 80 % micro with it, 20 % without");
    assert_eq!(rows[0][2], "45");
    assert_eq!(rows[9][0], "Best plan split");
    assert_eq!(rows[9][1], english(chart.overall.unwrap(), 2));
    assert_eq!(rows[9][1], "-0.60", "80 % micro is −0.6 on the lean scale");
    assert_eq!(rows[9][2], "");

    let value =
        micromacro_engine::value_over_time(&roster(), &brief(), &Assumptions::default()).unwrap();
    let rows = ValueOverTimeChart::from_value(&value).table_rows(&value_text(&english));
    assert_eq!(rows.len(), 26);
    assert_eq!(rows[0][0], "1");
    let total = value.long_term.total_value.to_major_f64();
    let decimals = if value.long_term.total_value.cents() % 100 == 0 {
        0
    } else {
        2
    };
    assert_eq!(
        rows[25][3],
        english(total, decimals),
        "the last row totals the horizon"
    );
}

#[test]
fn the_value_model_sums_the_engines_weeks_exactly() {
    let value =
        micromacro_engine::value_over_time(&roster(), &brief(), &Assumptions::default()).unwrap();
    let chart = ValueOverTimeChart::from_value(&value);
    for (week, engine) in chart.weeks.iter().zip(&value.weeks) {
        assert_eq!(week.week, engine.week);
        let cents = (week.total() * 100.0).round() as i64;
        assert_eq!(cents, engine.cumulative_value.cents(), "week {}", week.week);
    }
    assert_eq!(
        chart.weeks.last().map(|w| (w.media * 100.0).round() as i64),
        Some(value.long_term.media_value.cents())
    );
}

// ---------------------------------------------------------------------------------------------
// Degenerate input: never a panic, never a NaN, a sensible empty chart
// ---------------------------------------------------------------------------------------------

/// Sizes from nothing to a large high-DPI canvas.
const SIZES: [(u32, u32); 7] = [
    (0, 0),
    (1, 1),
    (40, 20),
    (200, 120),
    (640, 360),
    (360, 640),
    (2560, 1440),
];

#[test]
fn reach_cost_degenerate_input() {
    let point = |tier, cost, reach| CreatorPoint {
        tier,
        followers: 10_000,
        cost,
        reach,
        band: None,
    };
    let text = reach_cost_text(&english);
    let empty =
        ReachCostChart::from_metrics(&[], Money::zero(Currency::Eur), ReachMetric::default());
    let cases = [
        ("empty, zero budget", empty.clone()),
        (
            "empty with a budget",
            ReachCostChart {
                budget: 5_000.0,
                ..empty.clone()
            },
        ),
        (
            "one creator",
            ReachCostChart {
                points: vec![point(Tier::Micro, 300.0, 4_000.0)],
                ..empty.clone()
            },
        ),
        (
            "all zero",
            ReachCostChart {
                points: vec![point(Tier::Nano, 0.0, 0.0); 3],
                ..empty.clone()
            },
        ),
        (
            "not numbers",
            ReachCostChart {
                points: vec![
                    point(Tier::Macro, f64::NAN, 1.0),
                    point(Tier::Mega, 1.0, f64::INFINITY),
                    point(Tier::Micro, f64::NEG_INFINITY, f64::NAN),
                ],
                budget: f64::NAN,
                ..empty.clone()
            },
        ),
        (
            "extremes",
            ReachCostChart {
                points: vec![
                    point(Tier::Mega, f64::MAX, 1e-300),
                    point(Tier::Nano, -5.0, -1.0),
                ],
                budget: f64::INFINITY,
                ..empty.clone()
            },
        ),
    ];
    for (what, chart) in &cases {
        for size in SIZES {
            let svg = draw_reach_cost(size, chart, &text);
            assert_sane(&svg, &format!("{what} at {size:?}"));
        }
        let svg = draw_reach_cost(SIZE, chart, &text);
        let drawable = chart
            .points
            .iter()
            .filter(|p| p.cost.is_finite() && p.reach.is_finite())
            .count();
        assert_eq!(
            elements(&svg, "circle").len(),
            drawable + Tier::COUNT,
            "{what}"
        );
        assert_eq!(
            texts(&svg).contains(&"Add creators to see them here"),
            drawable == 0,
            "{what}: the empty message shows exactly when nothing is drawn"
        );
    }
    // A zero budget draws no budget line; an axis with nothing to show has no numbers, rather
    // than a made-up scale.
    let is_number = |t: &&str| {
        t.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    let svg = draw_reach_cost(SIZE, &cases[0].1, &text);
    assert!(!texts(&svg).contains(&"Budget"));
    assert!(!texts(&svg).iter().any(is_number), "{:?}", texts(&svg));
    // With a budget the cost axis has a scale, the reach axis still has none.
    let svg = draw_reach_cost(SIZE, &cases[1].1, &text);
    assert!(texts(&svg).contains(&"Budget"));
    assert!(texts(&svg).contains(&"5,000"), "{:?}", texts(&svg));
    assert!(!texts(&svg).contains(&"1"), "{:?}", texts(&svg));
}

#[test]
fn budget_curves_degenerate_input() {
    let text = budget_curves_text(&english);
    let curve = |strategy, points: Vec<(f64, f64)>| Curve { strategy, points };
    let brief = brief();
    let a = Assumptions::default();
    let one_step = value_curves(&brief, &a, &roster(), &[brief.budget]).unwrap();
    let zero = value_curves(&brief, &a, &roster(), &[Money::zero(Currency::Eur); 5]).unwrap();
    let none = value_curves(&brief, &a, &roster(), &[]).unwrap();
    let cases = [
        (
            "no budgets",
            BudgetCurvesChart::from_curves(&none, brief.budget),
        ),
        (
            "one budget",
            BudgetCurvesChart::from_curves(&one_step, brief.budget),
        ),
        (
            "zero budgets",
            BudgetCurvesChart::from_curves(&zero, Money::zero(Currency::Eur)),
        ),
        (
            "no curves",
            BudgetCurvesChart {
                curves: Vec::new(),
                budget: 0.0,
                ranges: Vec::new(),
                unit: ValueUnit::People,
            },
        ),
        (
            "not numbers",
            BudgetCurvesChart {
                curves: vec![
                    curve(
                        Strategy::MicroSide,
                        vec![(0.0, f64::NAN), (f64::NAN, 1.0), (2.0, 3.0)],
                    ),
                    curve(Strategy::MacroSide, vec![(f64::INFINITY, f64::INFINITY)]),
                    curve(Strategy::Free, vec![(1.0, -4.0), (1.0, 4.0)]),
                ],
                budget: -3.0,
                ranges: Vec::new(),
                unit: ValueUnit::People,
            },
        ),
    ];
    for (what, chart) in &cases {
        for size in SIZES {
            assert_sane(
                &draw_budget_curves(size, chart, &text),
                &format!("{what} at {size:?}"),
            );
        }
    }
    // One budget: a marker per strategy and no line to draw.
    let svg = draw_budget_curves(SIZE, &cases[1].1, &text);
    assert_eq!(filled(&svg, "circle", theme::MICRO).len(), 2);
    assert!(lines_of(&svg, theme::MICRO).is_empty());
    // Nothing at all: the message.
    for i in [0, 3] {
        let svg = draw_budget_curves(SIZE, &cases[i].1, &text);
        assert!(texts(&svg).contains(&"No curves to show"), "{}", cases[i].0);
    }
    // Zero budgets are data: flat lines at zero, no message.
    let svg = draw_budget_curves(SIZE, &cases[2].1, &text);
    assert!(!texts(&svg).contains(&"No curves to show"));
}

#[test]
fn factor_leans_degenerate_input() {
    let text = factor_leans_text(&english);
    let bar = |factor, lean| FactorBar {
        factor,
        lean,
        share_without: 0.5,
    };
    let band = (-1.0 / 3.0, 1.0 / 3.0);
    let cases = [
        (
            "nothing",
            FactorLeansChart {
                bars: Vec::new(),
                overall: None,
                verdict: None,
                band,
            },
        ),
        (
            "only the overall lean",
            FactorLeansChart {
                bars: Vec::new(),
                overall: Some(-0.4),
                verdict: Some(Verdict::Mix),
                band,
            },
        ),
        (
            "one factor",
            FactorLeansChart {
                bars: vec![bar(Factor::Cost, 0.7)],
                overall: None,
                verdict: None,
                band,
            },
        ),
        (
            "all balanced",
            FactorLeansChart {
                bars: Factor::ALL.iter().map(|&f| bar(f, 0.0)).collect(),
                overall: Some(0.0),
                verdict: Some(Verdict::Mix),
                band,
            },
        ),
        (
            "out of range and not numbers",
            FactorLeansChart {
                bars: vec![
                    bar(Factor::Cost, f64::NAN),
                    bar(Factor::Niche, 5.0),
                    bar(Factor::Content, -f64::INFINITY),
                    bar(Factor::Geography, -3.0),
                ],
                overall: Some(f64::NAN),
                verdict: None,
                band: (f64::NAN, 4.0),
            },
        ),
    ];
    for (what, chart) in &cases {
        for size in SIZES {
            assert_sane(
                &draw_factor_leans(size, chart, &text),
                &format!("{what} at {size:?}"),
            );
        }
    }
    let svg = draw_factor_leans(SIZE, &cases[0].1, &text);
    assert!(texts(&svg).contains(&"No factors to show"));
    // Balanced factors still show a bar each, muted, at the centre.
    let svg = draw_factor_leans(SIZE, &cases[3].1, &text);
    assert_eq!(filled(&svg, "rect", theme::MUTED).len(), Factor::COUNT);
    // Out of range leans are drawn clamped to the axis; NaN and infinity are left out.
    let svg = draw_factor_leans(SIZE, &cases[4].1, &text);
    assert_eq!(filled(&svg, "rect", theme::MACRO).len(), 1);
    assert_eq!(filled(&svg, "rect", theme::MICRO).len(), 1);
    assert!(
        elements(&svg, "polygon").is_empty(),
        "no diamond for a NaN lean"
    );
}

#[test]
fn value_over_time_degenerate_input() {
    let text = value_text(&english);
    let week = |week, media, content| ValueWeek {
        week,
        media,
        content,
    };
    let no_creators =
        micromacro_engine::value_over_time(&[], &brief(), &Assumptions::default()).unwrap();
    // Without usage rights and with the no-rights share of content set to nothing: media only.
    let mut no_content = Assumptions::default();
    no_content.no_rights_content_share.set(0.0);
    let one_week = micromacro_engine::value_over_time(
        &roster(),
        &Brief {
            horizon_weeks: 1,
            usage_rights: false,
            ..brief()
        },
        &no_content,
    )
    .unwrap();
    let cases = [
        (
            "no weeks",
            ValueOverTimeChart {
                weeks: Vec::new(),
                ranges: Vec::new(),
            },
        ),
        ("no creators", ValueOverTimeChart::from_value(&no_creators)),
        (
            "one week, no rights",
            ValueOverTimeChart::from_value(&one_week),
        ),
        (
            "not numbers",
            ValueOverTimeChart {
                weeks: vec![
                    week(1, f64::NAN, 1.0),
                    week(2, 3.0, f64::INFINITY),
                    week(3, 4.0, 2.0),
                ],
                // A range with a hole, one the wrong way round and one not a number.
                ranges: vec![(0.0, 2.0), (5.0, 1.0), (f64::NAN, 9.0)],
            },
        ),
        (
            "huge",
            ValueOverTimeChart {
                weeks: vec![week(u32::MAX, f64::MAX, f64::MAX)],
                ranges: vec![(f64::MAX, f64::INFINITY)],
            },
        ),
    ];
    for (what, chart) in &cases {
        for size in SIZES {
            assert_sane(
                &draw_value(size, chart, &text),
                &format!("{what} at {size:?}"),
            );
        }
    }
    for i in [0, 1] {
        let svg = draw_value(SIZE, &cases[i].1, &text);
        assert!(
            texts(&svg).contains(&"No value to show yet"),
            "{}",
            cases[i].0
        );
        assert!(elements(&svg, "polygon").is_empty(), "{}", cases[i].0);
    }
    // One week without usage rights: media value only, from week 0 to week 1.
    let svg = draw_value(SIZE, &cases[2].1, &text);
    assert_eq!(filled(&svg, "polygon", theme::MEDIA_VALUE).len(), 1);
    assert!(filled(&svg, "polygon", theme::CONTENT_VALUE).is_empty());
    assert_eq!(points(lines_of(&svg, theme::MEDIA_VALUE)[0]).len(), 2);
}

// ---------------------------------------------------------------------------------------------
// The charts never ask the backend to measure text
// ---------------------------------------------------------------------------------------------

/// In the browser plotters measures text by adding a `<span>` with an inline `style` to the
/// page, which the app's CSP (`style-src 'self'`) refuses. These plotters APIs measure text;
/// the chart module lays out text itself and must not call them.
#[test]
fn the_chart_module_uses_no_text_measuring_api() {
    const MEASURING: [&str; 9] = [
        "estimate_text_size",
        "layout_box",
        "box_size",
        "titled(",
        ".caption(",
        "configure_series_labels",
        "configure_mesh",
        "MultiLineText",
        "Pie",
    ];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/chart");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            files += 1;
            let source = std::fs::read_to_string(&path).unwrap();
            for (number, line) in source.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                for api in MEASURING {
                    assert!(
                        !code.contains(api),
                        "{}:{}: `{api}` measures text through the backend",
                        path.display(),
                        number + 1
                    );
                }
            }
        }
    }
    assert!(files >= 6, "read only {files} files of {}", dir.display());
}

// ---------------------------------------------------------------------------------------------
// The tornado
// ---------------------------------------------------------------------------------------------

/// Fixed swings: one wide, one narrow, one without effect (the engine's swings are tested in
/// the engine).
fn tornado_chart() -> TornadoChart {
    TornadoChart {
        rows: vec![
            TornadoRow {
                assumption: Assumption::Hours,
                low: -0.4,
                high: 0.3,
            },
            TornadoRow {
                assumption: Assumption::Price,
                low: 0.05,
                high: -0.1,
            },
            TornadoRow {
                assumption: Assumption::Universe,
                low: 0.0,
                high: 0.0,
            },
        ],
    }
}

fn tornado_text(number: micromacro::chart::NumberFormat<'_>) -> TornadoText<'_> {
    TornadoText {
        title: "What moves the split".to_owned(),
        names: Assumption::ALL
            .iter()
            .map(|a| a.as_str().replace('_', " "))
            .collect(),
        micro_side: "← more micro".to_owned(),
        macro_side: "more macro →".to_owned(),
        no_data: "Working it out".to_owned(),
        number,
    }
}

fn draw_tornado(size: (u32, u32), chart: &TornadoChart, text: &TornadoText<'_>) -> String {
    render(size, |a| {
        tornado::draw(a, chart, text).map_err(|e| e.to_string())
    })
}

#[test]
fn tornado_snapshot() {
    let chart = tornado_chart();
    let text = tornado_text(&english);
    let svg = draw_tornado(SIZE, &chart, &text);
    assert_sane(&svg, "tornado");
    // Each row is a micro part and a macro part; the row without effect is a stub.
    assert_eq!(filled(&svg, "rect", theme::MICRO).len(), 3);
    assert_eq!(filled(&svg, "rect", theme::MACRO).len(), 3);
    let centre = lines_of(&svg, theme::INK);
    assert_eq!(centre.len(), 1);
    let shown = texts(&svg);
    for word in [
        "What moves the split",
        "hours",
        "price",
        "universe",
        "← more micro",
        "more macro →",
    ] {
        assert!(shown.contains(&word), "{word:?} not in {shown:?}");
    }
    let rows = chart.table_rows(&text);
    assert_eq!(rows[0], ["hours", "-0.40", "0.30"]);
    assert_snapshot("tornado", &svg);
}

#[test]
fn tornado_degenerate_input() {
    let text = tornado_text(&english);
    let cases = [
        TornadoChart { rows: Vec::new() },
        TornadoChart {
            rows: vec![TornadoRow {
                assumption: Assumption::Price,
                low: f64::NAN,
                high: 7.0,
            }],
        },
    ];
    for chart in &cases {
        for size in SIZES {
            assert_sane(
                &draw_tornado(size, chart, &text),
                &format!("{chart:?} at {size:?}"),
            );
        }
    }
    let svg = draw_tornado(SIZE, &cases[0], &text);
    assert!(texts(&svg).contains(&"Working it out"));
}
