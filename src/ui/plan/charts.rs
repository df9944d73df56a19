//! The planner's four charts, drawn by `crate::chart` on canvases.

use leptos::prelude::*;
use micromacro_engine::{CreatorMetrics, Factor, PerFactor, PerTier, Strategy, Tier, ValueUnit};
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;

use super::PlanModel;
use super::model::now_ms;
use crate::chart::{
    BudgetCurvesChart, BudgetCurvesText, FactorLeansChart, FactorLeansText, ReachCostChart,
    ReachCostText, ReachMetric, TornadoChart, TornadoText, ValueOverTimeChart, ValueOverTimeText,
    budget_curves, factor_leans, reach_cost, tornado, value_over_time,
};
use crate::i18n::{Lang, factor_name_key, format_money, format_number, id_text, tr};
use crate::ui::use_i18n;

/// Shared by the four figures: a tick on window resize (so canvases are
/// redrawn at their new size) and the time of the last redraw after an edit.
#[derive(Clone, Copy)]
struct ChartsContext {
    resized: RwSignal<u32>,
    redraw_ms: RwSignal<Option<f64>>,
    /// Every sampled world is in; until then a redraw is the edit's own (and is timed).
    ranges_done: Memo<bool>,
}

pub(crate) fn reach_cost_text(
    lang: Lang,
    number: crate::chart::NumberFormat<'_>,
) -> ReachCostText<'_> {
    ReachCostText {
        title: tr(lang, "charts.reach_cost.title").to_owned(),
        x_axis: tr(lang, "charts.axis.cost").to_owned(),
        y_axis: tr(lang, "charts.axis.reach").to_owned(),
        tiers: PerTier::from_fn(|tier: Tier| id_text(lang, "tier", tier.as_str(), "name")),
        budget: tr(lang, "charts.budget_line").to_owned(),
        no_data: tr(lang, "charts.no_data").to_owned(),
        number,
    }
}

pub(crate) fn budget_curves_text(
    lang: Lang,
    unit: ValueUnit,
    number: crate::chart::NumberFormat<'_>,
) -> BudgetCurvesText<'_> {
    BudgetCurvesText {
        title: tr(lang, "charts.budget_curves.title").to_owned(),
        x_axis: tr(lang, "charts.axis.budget").to_owned(),
        y_axis: tr(lang, &format!("charts.axis.value.{}", unit.as_str())).to_owned(),
        micro_side: id_text(lang, "strategy", "micro_side", "name"),
        macro_side: id_text(lang, "strategy", "macro_side", "name"),
        free: id_text(lang, "strategy", "free", "name"),
        budget: tr(lang, "charts.budget_line").to_owned(),
        no_data: tr(lang, "charts.no_data").to_owned(),
        number,
    }
}

pub(crate) fn factor_leans_text(
    lang: Lang,
    number: crate::chart::NumberFormat<'_>,
) -> FactorLeansText<'_> {
    FactorLeansText {
        title: tr(lang, "charts.factors.title").to_owned(),
        factors: PerFactor::from_fn(|factor: Factor| tr(lang, factor_name_key(factor)).to_owned()),
        micro_side: tr(lang, "checklist.meter.micro").to_owned(),
        macro_side: tr(lang, "checklist.meter.macro").to_owned(),
        mix_band: tr(lang, "charts.mix_band").to_owned(),
        overall: tr(lang, "charts.split").to_owned(),
        no_data: tr(lang, "charts.no_data").to_owned(),
        number,
    }
}

pub(crate) fn tornado_text(lang: Lang, number: crate::chart::NumberFormat<'_>) -> TornadoText<'_> {
    TornadoText {
        title: tr(lang, "charts.tornado.title").to_owned(),
        names: micromacro_engine::Assumption::ALL
            .iter()
            .map(|a| id_text(lang, "assumption", a.as_str(), "name"))
            .collect(),
        micro_side: tr(lang, "charts.tornado.micro").to_owned(),
        macro_side: tr(lang, "charts.tornado.macro").to_owned(),
        no_data: tr(lang, "charts.tornado.pending").to_owned(),
        number,
    }
}

pub(crate) fn value_text(
    lang: Lang,
    number: crate::chart::NumberFormat<'_>,
) -> ValueOverTimeText<'_> {
    ValueOverTimeText {
        title: tr(lang, "charts.value_time.title").to_owned(),
        x_axis: tr(lang, "charts.axis.weeks").to_owned(),
        y_axis: tr(lang, "charts.axis.value").to_owned(),
        media: tr(lang, "charts.media").to_owned(),
        content: tr(lang, "charts.content").to_owned(),
        no_data: tr(lang, "charts.no_data").to_owned(),
        number,
    }
}

/// Saves a canvas as a PNG file.
fn download_png(canvas: &web_sys::HtmlCanvasElement, file_name: &str) {
    if let Ok(url) = canvas.to_data_url_with_type("image/png") {
        crate::browser::download(&url, file_name);
    }
}

/// One chart: a canvas sized for the screen's pixel density, drawn by
/// `draw` in an effect (which re-runs when anything it reads changes), an
/// `aria-label` sentence, the data as a table for screen readers, and a PNG
/// download.
#[component]
fn ChartFigure<D>(
    /// The canvas's `data-testid`.
    testid: &'static str,
    /// The PNG's file name.
    file_name: &'static str,
    /// A sentence describing the chart (its `aria-label`).
    #[prop(into)]
    label: Signal<String>,
    /// The table's column headers.
    #[prop(into)]
    headers: Signal<Vec<String>>,
    /// The table's rows.
    #[prop(into)]
    rows: Signal<Vec<Vec<String>>>,
    /// Draws the chart on a canvas backend.
    draw: D,
) -> impl IntoView
where
    D: Fn(CanvasBackend) + 'static,
{
    let i18n = use_i18n();
    let charts = expect_context::<ChartsContext>();
    let model = expect_context::<PlanModel>();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    Effect::new(move |_| {
        charts.resized.track();
        let Some(canvas) = canvas.get() else { return };
        let ratio = web_sys::window()
            .map_or(1.0, |w| w.device_pixel_ratio())
            .max(1.0);
        // The CSS gives the canvas its width and a 16:9 shape; the bitmap gets
        // that many device pixels, so lines and text are sharp on any screen.
        let css_width = f64::from(canvas.client_width().max(320));
        let css_height = (css_width * 9.0 / 16.0).round();
        canvas.set_width((css_width * ratio).round() as u32);
        canvas.set_height((css_height * ratio).round() as u32);
        if let Some(backend) = CanvasBackend::with_canvas_object(canvas) {
            draw(backend);
        }
        // Timed: the redraw the edit caused, not the later one that adds the ranges.
        if let Some(edited) = model
            .edited_at
            .get_value()
            .filter(|_| !charts.ranges_done.get_untracked())
        {
            charts.redraw_ms.set(Some(now_ms() - edited));
        }
    });
    view! {
        <figure class="chart">
            <canvas
                class="chart__canvas"
                node_ref=canvas
                data-testid=testid
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
                <details class="chart__data">
                    <summary>{i18n.text("charts.data")}</summary>
                    <table>
                        <thead>
                            <tr>{move || headers.get().into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                        </thead>
                        <tbody>
                            {move || {
                                rows.get()
                                    .into_iter()
                                    .map(|row| view! { <tr>{row.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}</tr> })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </details>
            </figcaption>
        </figure>
    }
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
    let charts = ChartsContext {
        resized: RwSignal::new(0),
        redraw_ms: RwSignal::new(None),
        ranges_done,
    };
    provide_context(charts);
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        charts.resized.update(|n| *n += 1)
    });
    on_cleanup(move || resize.remove());

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
        ReachCostChart::from_metrics(
            &metrics,
            model.brief.get().budget,
            ReachMetric::EffectiveReach,
        )
        .with_bands(&bands)
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
            None => BudgetCurvesChart {
                curves: Vec::new(),
                budget: budget.to_major_f64(),
                ranges: Vec::new(),
            },
        }))
    });
    let unit = Memo::new(move |_| {
        model
            .curves
            .with(|c| c.as_ref().map_or(ValueUnit::People, |c| c.unit))
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

    let number = move |lang: Lang| move |v: f64, d: usize| format_number(lang, v, d);
    let col = move |key: &'static str| tr(i18n.lang(), key).to_owned();

    let reach_cost_label = move || {
        let lang = i18n.lang();
        let n = reach_cost_model.with(|m| m.points.len());
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
        model
            .sensitivity
            .with(|s| TornadoChart::from_swings(s.as_deref().unwrap_or_default(), share))
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
            data-redraw-ms=move || charts.redraw_ms.get().map(|ms| format!("{ms:.1}")).unwrap_or_default()
        >
            <h2 id="charts-title">{i18n.text("charts.title")}</h2>
            <div class="charts__grid">
                <ChartFigure
                    testid="chart-reach-cost"
                    file_name="micromacro-reach-cost.png"
                    label=Signal::derive(reach_cost_label)
                    headers=Signal::derive(move || vec!["#".into(), col("creators.quick_tier"), col("creators.followers"), col("charts.axis.cost"), col("charts.axis.reach")])
                    rows=Signal::derive(move || {
                        let fmt = number(i18n.lang());
                        reach_cost_model.with(|m| m.table_rows(&reach_cost_text(i18n.lang(), &fmt)))
                    })
                    draw=move |backend| {
                        let lang = i18n.lang();
                        let fmt = number(lang);
                        let root = backend.into_drawing_area();
                        reach_cost_model.with(|m| {
                            let _ = reach_cost::draw(&root, m, &reach_cost_text(lang, &fmt));
                        });
                        let _ = root.present();
                    }
                />
                <ChartFigure
                    testid="chart-budget-curves"
                    file_name="micromacro-budget-curves.png"
                    label=Signal::derive(curves_label)
                    headers=Signal::derive(move || {
                        let lang = i18n.lang();
                        vec![
                            col("charts.axis.budget"),
                            id_text(lang, "strategy", "micro_side", "name"),
                            id_text(lang, "strategy", "macro_side", "name"),
                            id_text(lang, "strategy", "free", "name"),
                        ]
                    })
                    rows=Signal::derive(move || {
                        let fmt = number(i18n.lang());
                        curves_model.with(|m| m.as_ref().map(|m| m.table_rows(&budget_curves_text(i18n.lang(), unit.get(), &fmt))).unwrap_or_default())
                    })
                    draw=move |backend| {
                        let lang = i18n.lang();
                        let fmt = number(lang);
                        let root = backend.into_drawing_area();
                        curves_model.with(|m| {
                            if let Some(m) = m {
                                let _ = budget_curves::draw(&root, m, &budget_curves_text(lang, unit.get(), &fmt));
                            }
                        });
                        let _ = root.present();
                    }
                />
                <ChartFigure
                    testid="chart-factors"
                    file_name="micromacro-factors.png"
                    label=Signal::derive(factors_label)
                    headers=Signal::derive(move || vec![col("recommend.factors"), col("charts.col.lean"), col("charts.col.share_without")])
                    rows=Signal::derive(move || {
                        let fmt = number(i18n.lang());
                        factors_model.with(|m| m.as_ref().map(|m| m.table_rows(&factor_leans_text(i18n.lang(), &fmt))).unwrap_or_default())
                    })
                    draw=move |backend| {
                        let lang = i18n.lang();
                        let fmt = number(lang);
                        let root = backend.into_drawing_area();
                        factors_model.with(|m| {
                            if let Some(m) = m {
                                let _ = factor_leans::draw(&root, m, &factor_leans_text(lang, &fmt));
                            }
                        });
                        let _ = root.present();
                    }
                />
                <ChartFigure
                    testid="chart-value-time"
                    file_name="micromacro-value-over-time.png"
                    label=Signal::derive(value_label)
                    headers=Signal::derive(move || vec![col("charts.axis.weeks"), col("charts.media"), col("charts.content"), col("charts.col.total")])
                    rows=Signal::derive(move || {
                        let fmt = number(i18n.lang());
                        value_model.with(|m| m.as_ref().map(|m| m.table_rows(&value_text(i18n.lang(), &fmt))).unwrap_or_default())
                    })
                    draw=move |backend| {
                        let lang = i18n.lang();
                        let fmt = number(lang);
                        let root = backend.into_drawing_area();
                        value_model.with(|m| {
                            if let Some(m) = m {
                                let _ = value_over_time::draw(&root, m, &value_text(lang, &fmt));
                            }
                        });
                        let _ = root.present();
                    }
                />
            </div>
            <section class="sensitivity" data-testid="sensitivity" aria-labelledby="sensitivity-title">
                <h3 id="sensitivity-title">{i18n.text("sensitivity.title")}</h3>
                <p class="section-intro">{i18n.text("sensitivity.intro")}</p>
                <ChartFigure
                    testid="chart-sensitivity"
                    file_name="micromacro-sensitivity.png"
                    label=Signal::derive(tornado_label)
                    headers=Signal::derive(move || vec![col("sensitivity.assumption"), col("sensitivity.low"), col("sensitivity.high")])
                    rows=Signal::derive(move || {
                        let fmt = number(i18n.lang());
                        tornado_model.with(|m| m.table_rows(&tornado_text(i18n.lang(), &fmt)))
                    })
                    draw=move |backend| {
                        let lang = i18n.lang();
                        let fmt = number(lang);
                        let root = backend.into_drawing_area();
                        tornado_model.with(|m| {
                            let _ = tornado::draw(&root, m, &tornado_text(lang, &fmt));
                        });
                        let _ = root.present();
                    }
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
                                            data-swing=swing.share_swing.to_string()
                                            data-value-swing=swing.value_swing.to_string()
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
