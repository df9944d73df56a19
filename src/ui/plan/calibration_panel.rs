//! Your benchmarks: what the saved campaigns' results say about the published benchmarks, and
//! the switch that makes new plans use them (the rule is the engine's `calibration`; the
//! campaigns' evidence is `crate::plan::calibration`).

use leptos::prelude::*;
use micromacro_engine::{Benchmark, Calibration, Observation, evidence};

use super::PlanModel;
use crate::i18n::{format_count, plain_number, tr, tr_args};
use crate::plan::results_text::{benchmark_label, benchmark_value, shift_text};
use crate::storage::calibration_setting;
use crate::storage::local_store::LocalStore;
use crate::storage::saved_campaigns;
use crate::ui::{NoticeKind, Notices, use_i18n};

/// The calibration card.
#[component]
pub fn CalibrationPanel(
    /// This campaign's results against its forecast (`results_panel::results_view`).
    results: Memo<Option<crate::plan::ResultsView>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let notices = expect_context::<Notices>();
    // The other saved campaigns' evidence, read once; this campaign's comes from the form as it
    // is now, so its results count as soon as they are typed.
    let saved_evidence: StoredValue<Vec<Observation>> = StoredValue::new({
        let this = model.saved_id.get_untracked();
        let loaded = saved_campaigns::load_all(&LocalStore, i18n.lang()).unwrap_or_default();
        let others: Vec<_> = loaded
            .campaigns
            .iter()
            .filter(|c| Some(&c.id) != this.as_ref())
            .map(|c| &c.plan)
            .collect();
        crate::plan::calibration::evidence_of(others, 1)
    });
    let own = Memo::new(move |_| results.with(|v| v.as_ref().map(|v| evidence(&v.comparison, 0))));
    let calibration = Memo::new(move |_| {
        let mut all = saved_evidence.get_value();
        own.with(|o| all.extend(o.iter().flatten().copied()));
        Calibration::from_evidence(&all)
    });
    let on = RwSignal::new(calibration_setting::load(&LocalStore));
    // While it is on, the plan's table is the calibrated one.
    Effect::new(move |_| {
        let next = on
            .get()
            .then(|| calibration.get())
            .filter(|c| !c.posteriors.is_empty());
        if model.calibration.with_untracked(|c| *c != next) {
            model.calibration.set(next);
        }
    });
    let toggle = move |checked: bool| {
        on.set(checked);
        if let Err(error) = calibration_setting::save(&LocalStore, checked) {
            notices.push(
                NoticeKind::Error,
                "calibration.save_failed",
                vec![(
                    "reason",
                    crate::ui::error_text::store_error(i18n.lang(), &error),
                )],
            );
        }
    };

    // Narrow memos, so an edit elsewhere in the form does not redraw the table.
    let currency = Memo::new(move |_| model.input.with(|i| i.currency));
    let published = model.published;
    let table = move || {
        let lang = i18n.lang();
        let currency = currency.get();
        let published = published.get();
        let c = calibration.get();
        if c.posteriors.is_empty() {
            return view! { <p data-testid="calibration-none">{tr(lang, "calibration.none")}</p> }
                .into_any();
        }
        let rows = c
            .posteriors
            .iter()
            .map(|p| {
                let b: Benchmark = p.benchmark;
                let value = b.value_in(&published);
                let evidence = tr_args(
                    lang,
                    "calibration.evidence",
                    &[
                        ("creators", &format_count(lang, p.creators)),
                        ("campaigns", &format_count(lang, p.campaigns)),
                    ],
                );
                view! {
                    <tr data-testid="calibration-row" data-benchmark=b.id() data-factor=plain_number(p.factor) data-creators=p.creators>
                        <th scope="row">{benchmark_label(lang, b)}</th>
                        <td>{benchmark_value(lang, b, value, currency)}</td>
                        <td>{benchmark_value(lang, b, value * p.factor, currency)}</td>
                        <td>{shift_text(lang, p)}</td>
                        <td>{evidence}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <p data-testid="calibration-from">{tr_args(lang, "calibration.from", &[("n", &format_count(lang, c.campaigns))])}</p>
            <div class="results__scroll">
                <table class="defaults-table">
                    <caption>{tr(lang, "calibration.title")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(lang, "calibration.col.benchmark")}</th>
                            <th scope="col">{tr(lang, "calibration.col.published")}</th>
                            <th scope="col">{tr(lang, "calibration.col.yours")}</th>
                            <th scope="col">{tr(lang, "calibration.col.shift")}</th>
                            <th scope="col">{tr(lang, "calibration.col.evidence")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };

    view! {
        <section
            class="card calibration"
            aria-labelledby="calibration-title"
            data-testid="calibration"
            data-campaigns=move || calibration.with(|c| c.campaigns)
            data-on=move || on.get().to_string()
        >
            <h2 id="calibration-title">{i18n.text("calibration.title")}</h2>
            <p class="section-intro">{i18n.text("calibration.intro")}</p>
            <crate::ui::fields::CheckboxField
                id="use-calibration"
                label_key="calibration.use"
                help_key="calibration.rule"
                checked=Signal::derive(move || on.get())
                on_change=Callback::new(toggle)
            />
            {table}
        </section>
    }
}
