//! The planner's charts, drawn by `crate::chart` on canvases through one figure component.

use leptos::prelude::*;
use micromacro_engine::{CreatorMetrics, Strategy, ValueUnit};
use plotters::prelude::IntoDrawingArea;

use super::PlanModel;
use crate::browser::now_ms;
use std::sync::Arc;

use crate::chart::backend::canvas::Canvas;
use crate::chart::{
    BudgetCurvesChart, Chart, FactorLeansChart, ReachCostChart, ReachMetric, TornadoChart,
    ValueOverTimeChart,
};
use crate::i18n::{
    Digits, Lang, format_money, format_number, id_text, plain_number, tr, write_number,
};
use crate::ui::use_i18n;

/// Shared by the four figures: a tick on window resize (so canvases are
/// redrawn at their new size) and the time of the last redraw after an edit.
#[derive(Clone, Copy)]
struct ChartsContext {
    resized: RwSignal<u32>,
    /// How many timed redraws there were, and the last one's time from its edit (ms).
    redraw_ms: RwSignal<(u32, Option<f64>)>,
    /// Every sampled world is in; until then a redraw is the edit's own (and is timed).
    ranges_done: Memo<bool>,
}

/// Saves a canvas as a PNG file.
fn download_png(canvas: &web_sys::HtmlCanvasElement, file_name: &str) {
    if let Ok(url) = canvas.to_data_url_with_type("image/png") {
        crate::browser::download(&url, file_name);
    }
}

/// One chart: a canvas sized for the screen's pixel density, drawn in an effect (which re-runs
/// when the chart's model or the language changes), an `aria-label` sentence, the data as a
/// table for screen readers, and a PNG download. Generic over the chart only in these few
/// lines: the figure itself is [`figure`], compiled once for all five charts.
#[component]
fn ChartFigure<C: Chart>(
    /// The canvas's `data-testid`.
    testid: &'static str,
    /// The PNG's file name.
    file_name: &'static str,
    /// A sentence describing the chart (its `aria-label`).
    #[prop(into)]
    label: Signal<String>,
    /// The chart, `None` while there is nothing to draw (an empty frame is shown).
    chart: Memo<Option<C>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let number = move |lang: Lang| move |v: f64, d: usize| format_number(lang, v, d);
    let draw = move |backend: Canvas| {
        let lang = i18n.lang();
        let fmt = number(lang);
        let root = backend.into_drawing_area();
        chart.with(|c| {
            if let Some(c) = c {
                let _ = c.draw(&root, &c.text(lang, &fmt));
            }
        });
        let _ = root.present();
    };
    let table = move || {
        let lang = i18n.lang();
        let fmt = number(lang);
        chart.with(|c| {
            c.as_ref()
                .map(|c| (c.headers(lang), c.table_rows(&c.text(lang, &fmt))))
                .unwrap_or_default()
        })
    };
    figure(testid, file_name, label, Arc::new(draw), Arc::new(table))
}

/// A table: column headers and rows of cells.
type Table = (Vec<String>, Vec<Vec<String>>);

/// The figure of [`ChartFigure`], with the chart behind `draw` and `table`.
fn figure(
    testid: &'static str,
    file_name: &'static str,
    label: Signal<String>,
    draw: Arc<dyn Fn(Canvas) + Send + Sync>,
    table: Arc<dyn Fn() -> Table + Send + Sync>,
) -> AnyView {
    let i18n = use_i18n();
    let charts = expect_context::<ChartsContext>();
    let model = expect_context::<PlanModel>();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    // A chart is drawn only near the screen: the planner's charts are below the fold on a
    // phone, so the first load and an edit do not draw what nobody sees; scrolling to a chart
    // draws it with the plan as it is then.
    let near_screen = RwSignal::new(false);
    let watch = StoredValue::new_local(None::<crate::browser::VisibilityWatch>);
    Effect::new(move |_| {
        if let Some(canvas) = canvas.get() {
            let found = crate::browser::watch_visibility(&canvas, "400px 0px", move |near| {
                near_screen.set(near)
            });
            // Without the observer (very old browsers) every chart is drawn at once.
            if found.is_none() {
                near_screen.set(true);
            }
            watch.set_value(found);
        }
    });
    let drawn = RwSignal::new(0_u32);
    Effect::new(move |_| {
        charts.resized.track();
        if !near_screen.get() {
            return;
        }
        let Some(canvas) = canvas.get() else { return };
        let ratio = web_sys::window()
            .map_or(1.0, |w| w.device_pixel_ratio())
            .max(1.0);
        // The CSS gives the canvas its width and shape (16:9; the full-width tornado is flatter
        // beside two columns of charts, so its text comes out the same size as theirs); the
        // bitmap gets that many device pixels, so lines and text are sharp on any screen.
        let css_width = f64::from(canvas.client_width().max(320));
        let css_height = match canvas.client_height() {
            0 => (css_width * 9.0 / 16.0).round(),
            laid_out => f64::from(laid_out),
        };
        canvas.set_width((css_width * ratio).round() as u32);
        canvas.set_height((css_height * ratio).round() as u32);
        if let Some(backend) = Canvas::new(&canvas) {
            draw(backend);
            drawn.update(|n| *n += 1);
        }
        // Timed: the redraw the edit caused, not the later one that adds the ranges.
        if let Some(edited) = model
            .edited_at
            .get_value()
            .filter(|_| !charts.ranges_done.get_untracked())
        {
            charts
                .redraw_ms
                .update(|(count, ms)| (*count, *ms) = (*count + 1, Some(now_ms() - edited)));
        }
    });
    // The table is built when its disclosure is first opened and follows the chart from then
    // on: a closed table costs nothing at load or after an edit.
    let opened = RwSignal::new(false);
    let rows = move || {
        opened.get().then(|| {
            let (headers, rows) = table();
            view! {
                <table>
                    <thead>
                        <tr>{headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|row| view! { <tr>{row.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}</tr> })
                            .collect_view()}
                    </tbody>
                </table>
            }
        })
    };
    view! {
        <figure class="chart">
            <canvas
                class="chart__canvas"
                node_ref=canvas
                data-testid=testid
                data-draws=move || drawn.get().to_string()
                role="img"
                aria-label=move || label.get()
            ></canvas>
            <figcaption class="chart__tools">
                <button
                    type="button"
                    class="button button--small"
                    data-testid=format!("{testid}-png")
                    on:click=move |_| {
                        if let Some(canvas) = canvas.get_untracked() {
                            download_png(&canvas, file_name);
                        }
                    }
                >
                    {i18n.text("charts.download")}
                </button>
                <details
                    class="chart__data"
                    on:toggle:target=move |ev| {
                        if ev.target().open() {
                            opened.set(true);
                        }
                    }
                >
                    <summary>{i18n.text("charts.data")}</summary>
                    {rows}
                </details>
            </figcaption>
        </figure>
    }
    .into_any()
}

/// Gives the charts below the caller what they share: a count of window resizes (each redraws
/// them), the redraw timing, and whether the ranges are all in.
fn provide_charts(ranges_done: Memo<bool>) -> ChartsContext {
    let charts = ChartsContext {
        resized: RwSignal::new(0),
        redraw_ms: RwSignal::new((0, None)),
        ranges_done,
    };
    provide_context(charts);
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        charts.resized.update(|n| *n += 1)
    });
    on_cleanup(move || resize.remove());
    charts
}

/// One chart outside the plan's charts section (the results'), with the same canvas, data
/// table and PNG download: it redraws when its model changes or the window is resized.
#[component]
pub fn StandaloneChart<C: Chart>(
    /// The canvas's `data-testid`.
    testid: &'static str,
    /// The PNG's file name.
    file_name: &'static str,
    /// The canvas's accessible description.
    #[prop(into)]
    label: Signal<String>,
    /// The chart, when there is one to draw.
    chart: Memo<Option<C>>,
) -> impl IntoView {
    provide_charts(Memo::new(|_| true));
    view! { <ChartFigure testid=testid file_name=file_name label=label chart=chart /> }
}

/// The four charts of the plan. They redraw when any input changes; the
/// section's `data-redraw-ms` is the time from the last edit to the last
/// redraw (read by the browser tests to measure it).
#[component]
pub fn PlanCharts() -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    // The charts take the ranges once every world is in: they are drawn once after an edit,
    // not again after each slice of worlds (the figures above fill in progressively).
    let ranges_done = Memo::new(move |_| {
        let target = super::ranges_task::samples_for(model.roster.with(|r| r.creators.len()));
        model
            .ranges
            .with(|r| r.as_ref().is_some_and(|r| r.samples >= target))
    });
    let charts = provide_charts(ranges_done);

    let reach_cost_model = Memo::new(move |_| {
        let (ids, metrics): (Vec<u64>, Vec<CreatorMetrics>) = model.row_metrics.with(|rows| {
            rows.rows()
                .iter()
                .filter_map(|(id, m)| m.clone().map(|m| (*id, m)))
                .unzip()
        });
        // Each row's P10–P90 effective reach, once the sampled worlds are in.
        let bands: Vec<Option<(f64, f64)>> = model.row_ranges.with(|ranges| {
            let ranges = ranges.as_ref().filter(|_| ranges_done.get());
            ids.iter()
                .map(|&id| {
                    ranges
                        .and_then(|r| super::model::row_range(r, id))
                        .map(|b| (b.effective.low, b.effective.high))
                })
                .collect()
        });
        Some(
            ReachCostChart::from_metrics(
                &metrics,
                model.brief.get().budget,
                ReachMetric::EffectiveReach,
            )
            .with_bands(&bands),
        )
    });
    let curves_model = Memo::new(move |_| {
        let budget = model.brief.get().budget;
        // While the curves are being worked out the chart shows its frame and a message.
        Some(model.curves.with(|c| match c {
            Some(curves) => {
                let chart = BudgetCurvesChart::from_curves(curves, budget);
                // Each plan's value range at this budget, once the sampled worlds are in.
                model
                    .ranges
                    .with(|r| match r.as_ref().filter(|_| ranges_done.get()) {
                        Some(r) => chart.with_ranges(r),
                        None => chart,
                    })
            }
            None => BudgetCurvesChart::pending(budget, ValueUnit::People),
        }))
    });
    let factors_model = Memo::new(move |_| {
        let effects = model.factor_effects().unwrap_or_default();
        model.decision.with(|d| {
            d.as_ref().map(|d| {
                model
                    .assumptions
                    .with(|a| FactorLeansChart::from_decision(d, &effects, a))
            })
        })
    });
    // Value over time of the best plan.
    let value_model = Memo::new(move |_| {
        // The total so far's range by week, once the sampled worlds are in.
        let ranges: Vec<(f64, f64)> = model.ranges.with(|r| {
            r.iter()
                .filter(|_| ranges_done.get())
                .flat_map(|r| r.weeks.iter().map(|b| (b.low, b.high)))
                .collect()
        });
        model.decision.with(|d| {
            d.as_ref().map(|d| {
                ValueOverTimeChart::from_value(&d.free().value_over_time).with_ranges(&ranges)
            })
        })
    });

    let reach_cost_label = move || {
        let lang = i18n.lang();
        let n = reach_cost_model.with(|m| m.as_ref().map_or(0, |m| m.points.len()));
        i18n.format(
            "charts.reach_cost.label",
            &[
                ("n", &n.to_string()),
                ("budget", &format_money(lang, model.brief.get().budget, 0)),
            ],
        )
    };
    let curves_label = move || {
        let lang = i18n.lang();
        let brief = model.brief.get();
        let value = |s: Strategy| {
            model.decision.with(|d| {
                d.as_ref().map_or_else(String::new, |d| {
                    super::comparison::value_text(lang, d, d.plan(s).value)
                })
            })
        };
        i18n.format(
            "charts.budget_curves.label",
            &[
                ("max", &format_money(lang, brief.budget.times(2), 0)),
                ("micro", &value(Strategy::MicroSide)),
                ("macro", &value(Strategy::MacroSide)),
                ("free", &value(Strategy::Free)),
            ],
        )
    };
    let factors_label = move || {
        let share = model
            .decision
            .with(|d| d.as_ref().map_or(0.0, |d| d.micro_share));
        i18n.format(
            "charts.factors.label",
            &[("share", &crate::i18n::format_percent(i18n.lang(), share, 0))],
        )
    };
    let tornado_model = Memo::new(move |_| {
        let share = model
            .decision
            .with(|d| d.as_ref().map_or(0.0, |d| d.micro_share));
        Some(
            model
                .sensitivity
                .with(|s| TornadoChart::from_swings(s.as_deref().unwrap_or_default(), share)),
        )
    });
    let tornado_label = move || {
        let lang = i18n.lang();
        model
            .sensitivity
            .with(|s| match s.as_ref().and_then(|s| s.first()) {
                Some(top) => i18n.format(
                    "charts.tornado.label",
                    &[
                        (
                            "top",
                            &id_text(lang, "assumption", top.assumption.as_str(), "name"),
                        ),
                        ("points", &format_number(lang, top.share_swing * 100.0, 0)),
                    ],
                ),
                None => tr(lang, "charts.tornado.pending").to_owned(),
            })
    };
    let value_label = move || {
        let lang = i18n.lang();
        let (weeks, total) = model.decision.with(|d| {
            d.as_ref().map_or((0, String::new()), |d| {
                let v = &d.free().value_over_time;
                (
                    v.weeks.len(),
                    format_money(lang, v.long_term.total_value, 0),
                )
            })
        });
        i18n.format(
            "charts.value_time.label",
            &[("weeks", &weeks.to_string()), ("total", &total)],
        )
    };

    view! {
        <section
            class="card charts"
            aria-labelledby="charts-title"
            data-testid="charts"
            data-redraw-ms=move || charts.redraw_ms.get().1.map(|ms| write_number(Lang::En, ms, false, Digits::Fixed(1))).unwrap_or_default()
            data-redraws=move || charts.redraw_ms.get().0.to_string()
        >
            <h2 id="charts-title">{i18n.text("charts.title")}</h2>
            <div class="charts__grid">
                <ChartFigure
                    testid="chart-reach-cost"
                    file_name="micromacro-reach-cost.png"
                    label=Signal::derive(reach_cost_label)
                    chart=reach_cost_model
                />
                <ChartFigure
                    testid="chart-budget-curves"
                    file_name="micromacro-budget-curves.png"
                    label=Signal::derive(curves_label)
                    chart=curves_model
                />
                <ChartFigure
                    testid="chart-factors"
                    file_name="micromacro-factors.png"
                    label=Signal::derive(factors_label)
                    chart=factors_model
                />
                <ChartFigure
                    testid="chart-value-time"
                    file_name="micromacro-value-over-time.png"
                    label=Signal::derive(value_label)
                    chart=value_model
                />
            </div>
            <section class="sensitivity" data-testid="sensitivity" aria-labelledby="sensitivity-title">
                <h3 id="sensitivity-title">{i18n.text("sensitivity.title")}</h3>
                <p class="section-intro">{i18n.text("sensitivity.intro")}</p>
                <ChartFigure
                    testid="chart-sensitivity"
                    file_name="micromacro-sensitivity.png"
                    label=Signal::derive(tornado_label)
                    chart=tornado_model
                />
                <ol class="sensitivity__rows">
                    {move || {
                        let lang = i18n.lang();
                        model.sensitivity.with(|s| {
                            s.as_deref()
                                .unwrap_or_default()
                                .iter()
                                .map(|swing| {
                                    let name = id_text(lang, "assumption", swing.assumption.as_str(), "name");
                                    let text = i18n.format(
                                        "sensitivity.row",
                                        &[
                                            ("name", &name),
                                            ("low", &crate::i18n::format_percent(lang, swing.share.0, 0)),
                                            ("high", &crate::i18n::format_percent(lang, swing.share.1, 0)),
                                            ("value", &crate::i18n::format_percent(lang, swing.value_swing, 0)),
                                        ],
                                    );
                                    view! {
                                        <li
                                            class="sensitivity__row"
                                            data-testid="sensitivity-row"
                                            data-assumption=swing.assumption.as_str()
                                            data-swing=plain_number(swing.share_swing)
                                            data-value-swing=plain_number(swing.value_swing)
                                        >
                                            <strong>{name}</strong>
                                            ": "
                                            {text}
                                            " "
                                            <span class="sensitivity__source">{id_text(lang, "assumption", swing.assumption.as_str(), "source")}</span>
                                        </li>
                                    }
                                })
                                .collect_view()
                        })
                    }}
                </ol>
            </section>
        </section>
    }
}
