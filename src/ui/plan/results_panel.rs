//! Results after the campaign: entered or imported per creator of the plan, and set against the
//! forecast with its range (the logic is `crate::plan::results` and `results_text`).

use leptos::prelude::*;
use micromacro_engine::{Measure, Status};

use super::PlanModel;
use crate::i18n::{format_count, plain_number, tr, tr_args};
use crate::plan::results_text::{Kpi, kpi_line, measure_value, status_key};
use crate::plan::{ResultsMerge, ResultsView};
use crate::results::{Figure, ResultsProblem, import_results};
use crate::roster::ImportError;
use crate::ui::use_i18n;

/// What the last import did.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Refused(ImportError),
    Read(ResultsMerge, Vec<ResultsProblem>),
}

/// The plan's results against its forecast, for the results and calibration panels (worked
/// out once for both): against the campaign's own table, never the calibrated one (see
/// `plan::results`).
pub fn results_view(model: PlanModel) -> Memo<Option<ResultsView>> {
    Memo::new(move |_| {
        let brief = model.brief.get();
        model
            .published
            .with(|table| model.input.with(|i| i.compare_results(&brief, table)))
    })
}

/// The results card: the import, a row of inputs per creator, and the comparison.
#[component]
pub fn ResultsPanel(
    /// The comparison ([`results_view`]).
    view_memo: Memo<Option<ResultsView>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let outcome = RwSignal::new(None::<Outcome>);
    let reach_total = move || {
        view_memo.with(|v| {
            v.as_ref()
                .and_then(|v| v.comparison.total(Measure::Reach).copied())
        })
    };

    let on_file = move |ev: leptos::ev::Event| {
        super::file_input::read_picked(&ev, move |bytes| {
            let currency = model.input.with_untracked(|i| i.currency);
            let rate = model.assumptions.with_untracked(|a| a.exchange_rate.value);
            match bytes.and_then(|bytes| import_results(&bytes, currency, rate)) {
                Ok(import) => {
                    let mut merge = ResultsMerge::default();
                    model.edit(|i| merge = i.merge_results(&import));
                    outcome.set(Some(Outcome::Read(merge, import.rejected)));
                }
                Err(error) => outcome.set(Some(Outcome::Refused(error))),
            }
        });
    };

    let report = move || {
        let lang = i18n.lang();
        outcome.get().map(|o| match o {
            Outcome::Refused(error) => view! {
                <div class="notice notice--error" role="alert" data-testid="results-report" data-matched="0" data-unmatched="0" data-rejected="0">
                    <p>{crate::ui::error_text::import_error(lang, &error)}</p>
                </div>
            }
            .into_any(),
            Outcome::Read(merge, problems) => {
                let kind = if merge.unmatched.is_empty() && problems.is_empty() { "info" } else { "error" };
                let summary = tr_args(
                    lang,
                    "results.report",
                    &[
                        ("matched", &format_count(lang, merge.matched)),
                        ("unmatched", &format_count(lang, merge.unmatched.len())),
                        ("rejected", &format_count(lang, problems.len())),
                    ],
                );
                let unmatched = merge
                    .unmatched
                    .iter()
                    .take(100)
                    .map(|(line, handle)| {
                        let text = tr_args(lang, "results.unmatched", &[("line", &format_count(lang, *line)), ("handle", handle)]);
                        view! { <li data-testid="results-unmatched" data-line=*line>{text}</li> }
                    })
                    .collect_view();
                let rejected = problems
                    .iter()
                    .take(100)
                    .map(|p| {
                        let text = crate::ui::error_text::row_problem(
                            lang,
                            "results",
                            p.line,
                            p.column.map(|c| c.as_str()),
                            p.kind.as_str(),
                        );
                        view! { <li data-testid="results-error" data-line=p.line data-kind=p.kind.as_str()>{text}</li> }
                    })
                    .collect_view();
                view! {
                    <div class=format!("notice notice--{kind}") role="status" data-testid="results-report"
                        data-matched=merge.matched data-unmatched=merge.unmatched.len() data-rejected=problems.len()>
                        <div>
                            <p>{summary}</p>
                            <ul class="roster__problems">{unmatched}{rejected}</ul>
                        </div>
                    </div>
                }
                .into_any()
            }
        })
    };

    // The plan's named creators: a memo, so typing a result (which changes the form) does not
    // redraw the inputs being typed in.
    let creators = Memo::new(move |_| {
        model.input.with(|i| {
            i.creators
                .iter()
                .filter(|r| r.typical == 0 && !r.name.trim().is_empty())
                .map(|r| r.name.clone())
                .collect::<Vec<_>>()
        })
    });
    // Each row follows its own creator's results only: typing in one row, or adding a creator
    // to the plan, leaves the other rows as they are.
    let results = Memo::new(move |_| model.input.with(|i| i.results.clone()));
    let notation = Memo::new(move |_| model.input.with(|i| i.notation));
    let currency = Memo::new(move |_| model.input.with(|i| i.currency));
    let reach_status = move |handle: &str| {
        view_memo.with(|v| {
            let v = v.as_ref()?;
            let at = v.handles.iter().position(|h| h == handle)?;
            let c = v.comparison.creators.get(at)?.as_ref()?;
            c.get(Measure::Reach).map(|f| f.status.as_str())
        })
    };
    let entry_row = move |name: String| {
        let handle = StoredValue::new(name.clone());
        let key = crate::roster::handle_key(&name);
        let row = Memo::new(move |_| {
            results.with(|rs| {
                rs.iter()
                    .find(|r| crate::roster::handle_key(&r.handle) == key)
                    .cloned()
            })
        });
        let cells = Figure::ALL
            .iter()
            .map(|&figure| {
                let text = move || {
                    row.with(|r| r.as_ref().map(|r| r.get(figure).to_owned()).unwrap_or_default())
                };
                let error = move || {
                    let notation = notation.get();
                    row.with(|r| r.as_ref()?.read(figure, notation).err())
                };
                let label = move || {
                    let lang = i18n.lang();
                    tr_args(
                        lang,
                        "results.input_label",
                        &[
                            ("figure", tr(lang, &format!("results.figure.{}", figure.as_str()))),
                            ("creator", &handle.get_value()),
                        ],
                    )
                };
                view! {
                    <td>
                        <input
                            class="field__input results__input"
                            type="text"
                            inputmode="decimal"
                            autocomplete="off"
                            aria-label=label
                            data-figure=figure.as_str()
                            aria-invalid=move || error().is_some().then_some("true")
                            prop:value=text
                            on:input:target=move |ev| {
                                let value = ev.target().value();
                                model.edit(|i| i.set_result(&handle.get_value(), figure, value));
                            }
                        />
                        {move || error().map(|e| view! { <span class="field__error" role="alert">{tr(i18n.lang(), e.message_key())}</span> })}
                    </td>
                }
            })
            .collect_view();
        let shown = name.clone();
        view! {
            <tr data-testid="result-row" data-handle=name.clone() data-status=move || reach_status(&handle.get_value())>
                <th scope="row">{shown}</th>
                {cells}
            </tr>
        }
    };

    let chart = Memo::new(move |_| {
        view_memo.with(|v| {
            v.as_ref().map(|v| {
                crate::chart::ResultsChart::from_comparison(
                    &v.comparison,
                    &v.handles,
                    Measure::Reach,
                )
            })
        })
    });

    let comparison = move || {
        let lang = i18n.lang();
        let currency = currency.get();
        let Some(ResultsView {
            handles,
            comparison,
        }) = view_memo.get()
        else {
            return view! { <p class="section-intro" data-testid="results-none">{tr(lang, "results.none")}</p> }.into_any();
        };
        let line = |who: String, f: &micromacro_engine::Compared, testid: &'static str| {
            let status = f.status;
            let cls = match status {
                Status::Within => "status status--within",
                Status::Above => "status status--above",
                Status::Below => "status status--below",
            };
            view! {
                <tr data-testid=testid data-measure=f.measure.as_str() data-status=status.as_str()
                    data-actual=plain_number(f.actual) data-planned=plain_number(f.planned.central)
                    data-low=plain_number(f.planned.low) data-high=plain_number(f.planned.high)>
                    <th scope="row">{who}</th>
                    <td>{tr(lang, &format!("results.figure.{}", f.measure.as_str())).to_owned()}</td>
                    <td>{measure_value(lang, f.measure, f.planned.central, currency)}</td>
                    <td>{format!("{}–{}", measure_value(lang, f.measure, f.planned.low, currency), measure_value(lang, f.measure, f.planned.high, currency))}</td>
                    <td>{measure_value(lang, f.measure, f.actual, currency)}</td>
                    <td><span class=cls>{tr(lang, status_key(status)).to_owned()}</span></td>
                </tr>
            }
        };
        let per_creator = handles
            .iter()
            .zip(&comparison.creators)
            .filter_map(|(h, c)| Some((h, c.as_ref()?)))
            .flat_map(|(h, c)| {
                c.figures
                    .iter()
                    .map(|f| line(h.clone(), f, "result-figure"))
                    .collect::<Vec<_>>()
            })
            .collect_view();
        let campaign = tr(lang, "results.campaign").to_owned();
        let totals = comparison
            .totals
            .iter()
            .map(|f| line(campaign.clone(), f, "result-total"))
            .collect_view();
        let kpis = Kpi::ALL
            .iter()
            .filter_map(|&kpi| {
                let realised = kpi.of(&comparison.kpis);
                let text = kpi_line(lang, kpi, realised, currency)?;
                Some(view! {
                    <div class="metric" data-kpi=kpi.id() data-actual=realised.actual.map(plain_number) data-planned=realised.planned.map(plain_number)>
                        <dt>{tr(lang, &format!("results.kpi.{}", kpi.id())).to_owned()}</dt>
                        <dd>{text}</dd>
                    </div>
                })
            })
            .collect_view();
        view! {
            <div class="results__scroll">
                <table class="defaults-table results__table" data-testid="results-comparison">
                    <caption>{tr(lang, "results.compare_title")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(lang, "results.col.creator")}</th>
                            <th scope="col">{tr(lang, "results.col.figure")}</th>
                            <th scope="col">{tr(lang, "results.col.planned")}</th>
                            <th scope="col">{tr(lang, "results.col.range")}</th>
                            <th scope="col">{tr(lang, "results.col.actual")}</th>
                            <th scope="col">{tr(lang, "results.col.status")}</th>
                        </tr>
                    </thead>
                    <tbody>{per_creator}</tbody>
                    <tbody>{totals}</tbody>
                </table>
            </div>
            <h3>{tr(lang, "results.kpis_title")}</h3>
            <dl class="your-plan__figures" data-testid="results-kpis">{kpis}</dl>
            <p class="field__help">{tr(lang, "results.kpi.how")}</p>
            <p class="field__help">{tr(lang, "results.how")}</p>
        }
        .into_any()
    };

    view! {
        <section
            class="card results"
            aria-labelledby="results-title"
            data-testid="campaign-results"
            data-reach-actual=move || reach_total().map(|t| plain_number(t.actual))
            data-reach-status=move || reach_total().map(|t| t.status.as_str())
        >
            <h2 id="results-title">{i18n.text("results.title")}</h2>
            <p class="section-intro">{i18n.text("results.intro")}</p>
            <Show
                when=move || creators.with(|c| !c.is_empty())
                fallback=move || view! { <p>{i18n.text("results.empty_plan")}</p> }
            >
                <div class="field">
                    <label class="field__label" for="results-import">{i18n.text("results.import")}</label>
                    <input
                        id="results-import"
                        class="field__input"
                        type="file"
                        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
                        data-testid="results-import"
                        aria-describedby="results-import-help"
                        on:change=on_file
                    />
                    <p class="field__help" id="results-import-help">{i18n.text("results.import_hint")}</p>
                </div>
                {report}
                <div class="results__scroll">
                    <table class="defaults-table results__table" data-testid="results-entry">
                        <caption>{i18n.text("results.entry_caption")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{i18n.text("results.col.creator")}</th>
                                {Figure::ALL
                                    .iter()
                                    .map(|f| {
                                        let key = format!("results.figure.{}", f.as_str());
                                        view! { <th scope="col">{move || tr(i18n.lang(), &key).to_owned()}</th> }
                                    })
                                    .collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || creators.get() key=|name| name.clone() let:name>
                                {entry_row(name)}
                            </For>
                        </tbody>
                    </table>
                </div>
                {comparison}
                // Outside the comparison, so an edit redraws the canvas rather than replacing it.
                <Show when=move || chart.with(Option::is_some)>
                    <super::charts::StandaloneChart
                        testid="chart-results"
                        file_name="results-reach.png"
                        label=Signal::derive(move || tr(i18n.lang(), "results.chart.alt").to_owned())
                        chart=chart
                    />
                </Show>
            </Show>
        </section>
    }
}
