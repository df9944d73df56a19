//! The roster: import a creator list (CSV/TSV) or a sample, see what was read and what was
//! not, browse up to 10,000 creators (only the rows in view are rendered), search, filter,
//! sort, pin or exclude, let the optimiser choose, and export.
//!
//! The logic is in `crate::roster` (reading and writing files) and `crate::plan` (the roster's
//! state, its view, choosing); this component wires it to the page.

use leptos::prelude::*;
use micromacro_engine::{Choice, IdEnum, Platform, Tier};

use super::PlanModel;
use crate::browser::library_db::DbError;
use crate::i18n::{format_count, format_number, id_text, plain_number, tr, tr_args};
use crate::library::MergeReport;
use crate::plan::roster_row::{RosterRow, RosterRowKey, choice_of};
use crate::plan::roster_state::{ROW_PX, picked_entries, visible_rows};
use crate::plan::{Query, RowRef, SortKey, chosen_rows, plan_csv, roster_view};
use crate::roster::{self, Import, ImportError, RosterCreator};
use crate::ui::library::{LibraryStatus, use_library};
use crate::ui::use_i18n;

/// Creators in the sample roster.
const SAMPLE_SIZE: usize = 60;

/// What the last import did.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Read {
        imported: usize,
        merged: usize,
        rejected: Vec<crate::roster::RowProblem>,
        /// What joining the library did; `Err`: the database refused, and the creators are
        /// kept with this campaign instead.
        library: Result<MergeReport, DbError>,
    },
    Refused(ImportError),
}

fn choice_label(lang: crate::i18n::Lang, id: &str) -> String {
    id_text(lang, "choice", id, "name")
}

/// The roster panel.
#[component]
pub fn RosterPanel() -> impl IntoView {
    let i18n = use_i18n();
    let model = expect_context::<PlanModel>();
    let library = use_library();
    let matching = expect_context::<super::library_sync::Matching>().0;
    let outcome = RwSignal::new(None::<Outcome>);
    let query = RwSignal::new(Query::default());
    let scroll = RwSignal::new(0.0_f64);

    // Imported creators join the library; if the browser's database refuses, they stay with
    // this campaign (stored with it), so nothing read is lost.
    let add = move |import: Import| {
        let report = import.report;
        let platform = model.input.with_untracked(|i| i.platform);
        leptos::task::spawn_local(async move {
            let creators = import.creators;
            let kept = creators.clone();
            let joined = library.merge(creators, platform).await;
            if joined.is_err() {
                model.edit(|i| {
                    i.roster_embedded = true;
                    i.roster = i.roster.with(|r| {
                        r.add(kept, platform);
                    });
                });
            }
            outcome.set(Some(Outcome::Read {
                imported: report.imported,
                merged: report.merged,
                rejected: report.rejected,
                library: joined,
            }));
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        super::file_input::read_picked(&ev, move |bytes| {
            match bytes.and_then(|bytes| roster::import(&bytes)) {
                Ok(import) => add(import),
                Err(error) => outcome.set(Some(Outcome::Refused(error))),
            }
        });
    };
    let on_sample = move |_| {
        let (platform, country) = model.input.with_untracked(|i| (i.platform, i.country));
        let creators = roster::sample_for(
            SAMPLE_SIZE,
            2026,
            platform,
            crate::library::country::code(country),
        );
        let imported = creators.len();
        add(Import {
            creators,
            report: crate::roster::ImportReport {
                imported,
                merged: 0,
                rejected: Vec::new(),
                separator: b',',
            },
        });
    };
    let on_clear = move |_| {
        if !crate::browser::confirm(tr(i18n.lang(), "library.clear_confirm")) {
            return;
        }
        leptos::task::spawn_local(async move {
            let _ = library.clear().await;
            model.edit(|i| {
                i.roster = Default::default();
                i.roster_embedded = false;
            });
            outcome.set(None);
        });
    };
    let on_choose = move |_| {
        let rows = model.decision.with_untracked(|d| {
            d.as_ref().map(|d| {
                model.roster.with_untracked(|r| {
                    model
                        .input
                        .with_untracked(|i| chosen_rows(i, &i.roster.0, d, &r.ids))
                })
            })
        });
        if let Some(rows) = rows {
            model.edit(|i| i.creators.extend(rows));
        }
    };
    let export_roster = move |_| {
        let lang = i18n.lang();
        let csv = model.input.with_untracked(|i| {
            let creators: Vec<_> = i
                .roster
                .0
                .entries()
                .iter()
                .map(|e| RosterCreator::clone(&e.creator))
                .collect();
            roster::roster_to_csv(lang, &creators)
        });
        crate::browser::download_text("micromacro-roster.csv", "text/csv;charset=utf-8", &csv);
    };
    let export_plan = move |_| {
        let lang = i18n.lang();
        let csv = model.decision.with_untracked(|d| {
            d.as_ref().map(|d| {
                model.roster.with_untracked(|r| {
                    let names: Vec<String> = r.creators.iter().map(|c| c.name.clone()).collect();
                    let typical: Vec<bool> = model.input.with_untracked(|i| {
                        r.ids
                            .iter()
                            .map(|id| match id {
                                RowRef::Form(id) => {
                                    i.creators.iter().any(|c| c.id == *id && c.typical > 0)
                                }
                                RowRef::Roster(_) => false,
                            })
                            .collect()
                    });
                    plan_csv(lang, d, &names, &typical)
                })
            })
        });
        if let Some(csv) = csv {
            crate::browser::download_text("micromacro-plan.csv", "text/csv;charset=utf-8", &csv);
        }
    };

    // The roster as the table lists it: a new choice or a keystroke elsewhere in the form
    // does not filter and sort thousands of rows again.
    let listed = Memo::new_with_compare(
        move |_| model.input.with(|i| (i.roster.clone(), i.platform)),
        |a, b| !matches!((a, b), (Some(a), Some(b)) if a.1 == b.1 && a.0.same_rows(&b.0)),
    );
    // The rows the table shows (search, filter, sort), recomputed only when the roster's rows
    // or the query change.
    let shown = Memo::new(move |_| {
        let q = query.get();
        listed.with(|(roster, platform)| {
            model
                .assumptions
                .with(|a| roster_view(&roster.0, &q, *platform, &a.thresholds))
        })
    });
    let count = move || model.input.with(|i| i.roster.0.len());
    // Engine positions of roster entries in the best plan, for the "in the best plan" mark.
    let picked = Memo::new(move |_| {
        let ids = model.roster.with(|r| r.ids.clone());
        model.decision.with(|d| {
            d.as_ref()
                .map_or_else(Default::default, |d| picked_entries(d, &ids))
        })
    });
    let window = move || {
        let total = shown.with(Vec::len);
        let (first, last) = visible_rows(scroll.get(), total);
        (first, last, total)
    };

    let report = move || {
        let lang = i18n.lang();
        outcome.get().map(|o| match o {
            Outcome::Refused(error) => view! {
                <div class="notice notice--error" role="alert" data-testid="roster-report" data-kind="error" data-imported="0" data-rejected="0" data-merged="0">
                    <p>{crate::ui::error_text::import_error(lang, &error)}</p>
                </div>
            }
            .into_any(),
            Outcome::Read { imported, merged, rejected, library } => {
                let joined = crate::ui::library_report(lang, &library, rejected.len());
                let kind = if rejected.is_empty() { "info" } else { "error" };
                let summary = tr_args(
                    lang,
                    "roster.report",
                    &[
                        ("imported", &format_count(lang, imported)),
                        ("merged", &format_count(lang, merged)),
                        ("rejected", &format_count(lang, rejected.len())),
                    ],
                );
                let rows = rejected
                    .iter()
                    .take(100)
                    .map(|p| {
                        let text = crate::ui::error_text::row_problem(
                            lang,
                            "roster",
                            p.line,
                            p.column.map(|c| c.as_str()),
                            p.kind.as_str(),
                        );
                        view! { <li data-testid="roster-error" data-line=p.line data-kind=p.kind.as_str()>{text}</li> }
                    })
                    .collect_view();
                let more = (rejected.len() > 100).then(|| {
                    view! { <p>{tr_args(lang, "roster.more_problems", &[("n", &format_count(lang, rejected.len() - 100))])}</p> }
                });
                view! {
                    <div class=format!("notice notice--{kind}") role="status" data-testid="roster-report" data-kind=kind
                        data-imported=imported data-rejected=rejected.len() data-merged=merged>
                        <div>
                            <p>{summary}</p>
                            {joined}
                            <ul class="roster__problems">{rows}</ul>
                            {more}
                        </div>
                    </div>
                }
                .into_any()
            }
        })
    };

    // The rows in view. Keyed by what each shows (`RosterRow`): an edit rebuilds only the rows
    // whose text changed; whether a row is in the best plan and its menu follow in place.
    let rows = Memo::new(move |_| {
        let lang = i18n.lang();
        let (first, last, _) = window();
        model.input.with(|i| {
            let entries = i.roster.0.entries();
            model.assumptions.with(|a| {
                shown.with(|s| {
                    s[first..last]
                        .iter()
                        .filter_map(|&p| entries.get(p))
                        .map(|e| RosterRow::of(lang, e, i.platform, &a.thresholds))
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let row = move |key: RosterRowKey| {
        let lang = key.lang;
        let id = key.id;
        let in_plan = move || picked.with(|p| p.contains(&id));
        let choice = move || rows.with(|rows| choice_of(rows, id));
        // The menu's first value; later changes follow through `prop:value`.
        let initial = rows
            .with_untracked(|rows| choice_of(rows, id))
            .unwrap_or(Choice::Open);
        let select_id = format!("roster-{id}-choice");
        let tier = key.tier;
        view! {
            <li class="roster__row" data-testid="roster-row" data-handle=key.handle.clone() data-in-plan=move || in_plan().to_string()>
                <span class="roster__handle">{key.name}</span>
                <span class="roster__cell">{key.platform}</span>
                <span class=format!("badge badge--tier badge--{}", tier.as_str())>{id_text(lang, "tier", tier.as_str(), "name")}</span>
                <span class="roster__cell roster__number">{key.followers}</span>
                <span class="roster__cell roster__number">{key.engagement}</span>
                <span class="roster__cell roster__number">{key.price}</span>
                <span class="roster__cell">{move || in_plan().then(|| view! { <span class="badge badge--in-plan">{tr(lang, "creators.in_plan")}</span> })}</span>
                <label class="sr-only" for=select_id.clone()>{tr_args(lang, "roster.choice_label", &[("handle", &key.handle)])}</label>
                <select
                    id=select_id
                    class="roster__choice"
                    data-testid="roster-choice"
                    prop:value=move || choice().map(|c| c.as_str())
                    on:change:target=move |ev| {
                        if let Ok(choice) = ev.target().value().parse::<Choice>() {
                            model.edit(|i| crate::plan::choose(i, id, choice));
                        }
                    }
                >
                    {Choice::IDS
                        .iter()
                        .map(|&o| view! { <option value=o selected=o == initial.as_str()>{choice_label(lang, o)}</option> })
                        .collect_view()}
                </select>
            </li>
        }
    };

    let platform_options =
        move || {
            let lang = i18n.lang();
            std::iter::once(
                view! { <option value="">{tr(lang, "roster.all_platforms").to_owned()}</option> },
            )
            .chain(Platform::IDS.iter().map(
                |&p| view! { <option value=p>{id_text(lang, "platform", p, "name")}</option> },
            ))
            .collect_view()
        };
    let tier_options = move || {
        let lang = i18n.lang();
        std::iter::once(
            view! { <option value="">{tr(lang, "roster.all_tiers").to_owned()}</option> },
        )
        .chain(
            Tier::IDS
                .iter()
                .map(|&t| view! { <option value=t>{id_text(lang, "tier", t, "name")}</option> }),
        )
        .collect_view()
    };
    let sort_options = move || {
        let lang = i18n.lang();
        SortKey::ALL
            .iter()
            .map(|k| view! { <option value=k.id()>{tr(lang, &format!("roster.sort.{}", k.id())).to_owned()}</option> })
            .collect_view()
    };
    let storage = move || {
        // Read again whenever the plan changes (autosave may have just written).
        model.input.track();
        model.saved_at.track();
        crate::browser::storage_bytes_used().map(|bytes| {
            tr_args(
                i18n.lang(),
                "roster.storage",
                &[("kb", &format_number(i18n.lang(), bytes as f64 / 1024.0, 0))],
            )
        })
    };

    view! {
        <section class="card roster" aria-labelledby="roster-title" data-testid="roster">
            <h2 id="roster-title">{i18n.text("roster.title")}</h2>
            <p class="section-intro">{i18n.text("roster.intro")}</p>
            <div class="roster__actions">
                <label class="button" for="roster-import">{i18n.text("roster.import")}</label>
                <input
                    id="roster-import"
                    class="sr-only"
                    type="file"
                    accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
                    data-testid="roster-import"
                    on:change=on_file
                />
                <button type="button" class="button button--quiet" data-testid="roster-sample" on:click=on_sample>
                    {i18n.text("roster.sample")}
                </button>
                <button type="button" class="button button--quiet" data-testid="roster-export" on:click=export_roster disabled=move || count() == 0>
                    {i18n.text("roster.export")}
                </button>
                <button type="button" class="button button--quiet" data-testid="roster-clear" on:click=on_clear disabled=move || count() == 0>
                    {i18n.text("roster.clear")}
                </button>
            </div>
            {report}
            <p class="roster__count" data-testid="roster-count" data-count=move || count().to_string()
                data-library=move || library.library.with(|l| l.len()).to_string() data-matching=move || matching.get().to_string()>
                {move || i18n.format("roster.count", &[("n", &format_number(i18n.lang(), count() as f64, 0))])}
                " "
                {move || i18n.format("library.of_library", &[("n", &format_number(i18n.lang(), library.library.with(|l| l.len()) as f64, 0))])}
                " "
                <span class="roster__storage">{storage}</span>
            </p>
            {move || (matching.get() > count()).then(|| view! {
                <p class="field__help" data-testid="roster-cut">{i18n.format("library.cut", &[
                    ("matching", &format_number(i18n.lang(), matching.get() as f64, 0)),
                    ("max", &format_number(i18n.lang(), crate::plan::MAX_ROSTER as f64, 0)),
                ])}</p>
            })}
            {move || library.status.with(|s| match s {
                LibraryStatus::Failed(error) => Some(view! {
                    <p class="notice notice--error" role="alert" data-testid="library-unavailable" data-error=error.id()>
                        {crate::ui::library_error(i18n.lang(), error)}
                    </p>
                }),
                _ => None,
            })}
            <p class="field__help">{i18n.text("library.planner_note")}" "<a href="#/campaigns" data-testid="library-link">{i18n.text("library.open")}</a></p>
            <p class="field__help">{i18n.text("roster.link_note")}</p>
            <div class="roster__filters">
                <label for="roster-niche">{i18n.text("library.niche")}</label>
                <input
                    id="roster-niche"
                    class="field__input"
                    type="text"
                    data-testid="roster-niche"
                    prop:value=move || model.input.with(|i| i.library_niche.clone())
                    on:change:target=move |ev| {
                        let text = ev.target().value();
                        model.edit(|i| i.library_niche = text);
                    }
                />
            </div>
            <div class="roster__filters">
                <label for="roster-search">{i18n.text("roster.search")}</label>
                <input
                    id="roster-search"
                    class="field__input"
                    type="search"
                    data-testid="roster-search"
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        query.update(|q| q.text = text);
                        scroll.set(0.0);
                    }
                />
                <label for="roster-platform">{i18n.text("roster.platform")}</label>
                <select id="roster-platform" data-testid="roster-platform" on:change:target=move |ev| {
                    // The options are "" (every platform) and `Platform`'s ids.
                    let platform = Platform::from_id(&ev.target().value());
                    query.update(|q| q.platform = platform);
                }>{platform_options}</select>
                <label for="roster-tier">{i18n.text("roster.tier")}</label>
                <select id="roster-tier" data-testid="roster-tier" on:change:target=move |ev| {
                    // The options are "" (every tier) and `Tier`'s ids.
                    let tier = Tier::from_id(&ev.target().value());
                    query.update(|q| q.tier = tier);
                }>{tier_options}</select>
                <label for="roster-sort">{i18n.text("roster.sort")}</label>
                <select id="roster-sort" data-testid="roster-sort" on:change:target=move |ev| {
                    // The options are `SortKey`'s ids: every value the select reports is one.
                    if let Some(sort) = SortKey::from_id(&ev.target().value()) {
                        query.update(|q| {
                            q.sort = sort;
                            q.descending = matches!(sort, SortKey::Followers | SortKey::Engagement | SortKey::Price);
                        });
                    }
                }>{sort_options}</select>
            </div>
            <p class="roster__shown" data-testid="roster-shown" data-count=move || shown.with(Vec::len).to_string()>
                {move || i18n.format("roster.shown", &[("n", &format_number(i18n.lang(), shown.with(Vec::len) as f64, 0))])}
            </p>
            <div
                class="roster__window"
                data-testid="roster-window"
                // Nothing to scroll through: no empty box, and no empty stop for the keyboard.
                hidden=move || shown.with(Vec::is_empty)
                tabindex="0"
                role="region"
                aria-label=move || tr(i18n.lang(), "roster.table_label").to_owned()
                on:scroll:target=move |ev| scroll.set(f64::from(ev.target().scroll_top()))
            >
                <ol
                    class="roster__rows"
                    style:padding-top=move || format!("{}px", plain_number(window().0 as f64 * ROW_PX))
                    style:padding-bottom=move || {
                        let (_, last, total) = window();
                        format!("{}px", plain_number((total - last) as f64 * ROW_PX))
                    }
                >
                    <For each=move || rows.with(|rows| rows.iter().map(|r| r.key.clone()).collect::<Vec<_>>()) key=|key| key.clone() children=row />
                </ol>
            </div>
            <div class="roster__actions">
                <button type="button" class="button" data-testid="choose" on:click=on_choose disabled=move || count() == 0>
                    {i18n.text("roster.choose")}
                </button>
                <button type="button" class="button button--quiet" data-testid="plan-export" on:click=export_plan>
                    {i18n.text("roster.plan_export")}
                </button>
            </div>
        </section>
    }
}
