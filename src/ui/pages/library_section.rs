//! The creator library on the campaigns page: import into it, browse it (search, sort by what
//! creators delivered), each creator's history over the saved campaigns, export, empty; and
//! the storage it lives in (how much is used, and asking the browser to keep it).
//!
//! The logic is in `crate::library` (merge, browse, histories) and the browser's database in
//! `crate::browser::library_db`; this component wires them to the page.

use leptos::prelude::*;
use leptos::task::spawn_local;
use micromacro_engine::{IdEnum, Platform};

use crate::browser::library_db::{self, DbError};
use crate::i18n::{Lang, format_count, format_number, id_text, plain_number, tr, tr_args};
use crate::library::browse::{LibrarySort, SearchIndex, browse};
use crate::library::history::{Appearance, Histories, histories};
use crate::library::{CreatorKey, MergeReport};
use crate::plan::roster_state::{ROW_PX, visible_rows};
use crate::roster::{self, ImportError};
use crate::storage::saved_campaigns::Loaded;
use crate::ui::library::{LibraryStatus, use_library};
use crate::ui::use_i18n;

/// What the last import did.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Read {
        rejected: usize,
        joined: Result<MergeReport, DbError>,
    },
    Refused(ImportError),
}

/// Bytes as people read them (`1.2 MB`).
fn bytes_text(lang: Lang, bytes: f64) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    if bytes >= 1024.0 * MB {
        format!("{} GB", format_number(lang, bytes / (1024.0 * MB), 1))
    } else {
        format!("{} MB", format_number(lang, bytes / MB, 1))
    }
}

/// One campaign of a creator's history.
fn history_row(lang: Lang, appearance: &Appearance) -> impl IntoView + use<> {
    let name = if appearance.name.trim().is_empty() {
        tr(lang, "library.unnamed").to_owned()
    } else {
        appearance.name.clone()
    };
    let (status, ratio, text) = match appearance.delivered {
        Some(d) => (
            d.status.id(),
            d.ratio().map(plain_number).unwrap_or_default(),
            tr_args(
                lang,
                "library.delivered",
                &[
                    (
                        "measure",
                        tr(lang, &format!("results.figure.{}", d.measure.id())),
                    ),
                    ("actual", &format_number(lang, d.actual, 0)),
                    ("planned", &format_number(lang, d.planned, 0)),
                    (
                        "status",
                        tr(lang, crate::plan::results_text::status_key(d.status)),
                    ),
                ],
            ),
        ),
        None => (
            "none",
            String::new(),
            tr(lang, "library.no_results").to_owned(),
        ),
    };
    let href = format!("#/plan/{}", appearance.campaign);
    view! {
        <li data-testid="creator-history" data-campaign=appearance.campaign.clone() data-status=status data-ratio=ratio>
            <a href=href>{name}</a>": "{text}
        </li>
    }
}

/// The library section as a view (the campaigns page mounts it as a part of the planner's
/// module, `crate::ui::lazy::library_section`).
pub fn library_section(
    campaigns: RwSignal<Result<Loaded, crate::storage::local_store::StoreError>>,
) -> AnyView {
    view! { <LibrarySection campaigns /> }.into_any()
}

/// The library section of the campaigns page; `campaigns` are the saved campaigns listed above
/// it (their plans make the creators' histories).
#[component]
pub fn LibrarySection(
    campaigns: RwSignal<Result<Loaded, crate::storage::local_store::StoreError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let library = use_library();
    let outcome = RwSignal::new(None::<Outcome>);
    let text = RwSignal::new(String::new());
    let sort = RwSignal::new(LibrarySort::default());
    let scroll = RwSignal::new(0.0_f64);
    let import_platform = RwSignal::new(Platform::Instagram);
    let selected = RwSignal::new(None::<CreatorKey>);
    let estimate = RwSignal::new(None::<Option<(f64, f64)>>);
    let persisted = RwSignal::new(None::<bool>);

    let refresh_estimate = move || {
        spawn_local(async move {
            estimate.set(Some(library_db::estimate().await));
            persisted.set(library_db::persisted().await);
        });
    };
    refresh_estimate();

    let index = Memo::new(move |_| library.library.with(|l| SearchIndex::new(l)));
    let histories = Memo::new(move |_| {
        campaigns.with(|loaded| match loaded {
            Ok(loaded) => histories(loaded.campaigns.iter().map(|c| (c.id.as_str(), &c.plan))),
            Err(_) => Histories::new(),
        })
    });
    let shown = Memo::new(move |_| {
        let (text, sort) = (text.get(), sort.get());
        library
            .library
            .with(|l| index.with(|index| histories.with(|h| browse(l, index, h, &text, sort))))
    });
    let count = move || library.library.with(|l| l.len());
    let window = move || {
        let total = shown.with(Vec::len);
        let (first, last) = visible_rows(scroll.get(), total);
        (first, last, total)
    };

    let on_file = move |ev: leptos::ev::Event| {
        crate::ui::plan::file_input::read_picked(&ev, move |bytes| {
            match bytes.and_then(|b| roster::import(&b)) {
                Ok(import) => {
                    let rejected = import.report.rejected.len();
                    spawn_local(async move {
                        let joined = library
                            .merge(import.creators, import_platform.get_untracked())
                            .await;
                        outcome.set(Some(Outcome::Read { rejected, joined }));
                        refresh_estimate();
                    });
                }
                Err(error) => outcome.set(Some(Outcome::Refused(error))),
            }
        });
    };
    let on_export = move |_| {
        let csv = library
            .library
            .with_untracked(|l| roster::roster_to_csv(i18n.lang(), l.creators()));
        crate::browser::download_text("micromacro-library.csv", "text/csv;charset=utf-8", &csv);
    };
    let on_clear = move |_| {
        if crate::browser::confirm(tr(i18n.lang(), "library.clear_confirm")) {
            spawn_local(async move {
                // The last import's report no longer describes the library once it is emptied.
                match library.clear().await {
                    Ok(()) => outcome.set(None),
                    Err(error) => outcome.set(Some(Outcome::Read {
                        rejected: 0,
                        joined: Err(error),
                    })),
                }
                selected.set(None);
                refresh_estimate();
            });
        }
    };
    let on_persist = move |_| {
        spawn_local(async move {
            persisted.set(library_db::persist().await);
        });
    };

    let report = move || {
        let lang = i18n.lang();
        outcome.get().map(|o| match o {
            Outcome::Refused(error) => view! {
                <div class="notice notice--error" role="alert" data-testid="library-report" data-kind="refused"
                    data-new="0" data-updated="0" data-unchanged="0" data-rejected="0">
                    <p>{crate::ui::error_text::import_error(lang, &error)}</p>
                </div>
            }
            .into_any(),
            Outcome::Read { rejected, joined } => view! {
                <div class="notice notice--info" role="status">{crate::ui::library_report(lang, &joined, rejected)}</div>
            }
            .into_any(),
        })
    };

    let rows = move || {
        let lang = i18n.lang();
        let (first, last, _) = window();
        let positions: Vec<usize> = shown.with(|s| s[first..last].to_vec());
        library.library.with(|l| {
            positions
                .into_iter()
                .filter_map(|p| l.creators().get(p).cloned())
                .map(|c| {
                    let key = CreatorKey::of(&c, Platform::Instagram);
                    let (campaigns, record) = histories.with(|h| {
                        h.get(&key).map_or((0, None), |a| (a.len(), crate::library::history::track_record(a)))
                    });
                    let platform = c.platform.unwrap_or(Platform::Instagram);
                    let handle = c.handle.clone();
                    let label = tr_args(lang, "library.history", &[("handle", &handle)]);
                    let pick = key.clone();
                    view! {
                        <li class="roster__row library__row" data-testid="library-row" data-handle=handle.clone()
                            data-campaigns=campaigns data-delivered=record.map(plain_number).unwrap_or_default()>
                            <span class="roster__handle">{c.name.clone().unwrap_or_else(|| handle.clone())}</span>
                            <span class="roster__cell">{id_text(lang, "platform", platform.id(), "name")}</span>
                            <span class="roster__cell roster__number">{format_number(lang, c.followers as f64, 0)}</span>
                            <span class="roster__cell">{c.country.clone().unwrap_or_default()}</span>
                            <span class="roster__cell">{c.niche.clone().unwrap_or_default()}</span>
                            <span class="roster__cell">{if campaigns == 1 {
                                tr(lang, "library.campaigns_one").to_owned()
                            } else {
                                tr_args(lang, "library.campaigns", &[("n", &format_count(lang, campaigns))])
                            }}</span>
                            <button type="button" class="button button--quiet library__history-button" data-testid="library-history-open"
                                aria-label=label on:click=move |_| selected.set(Some(pick.clone()))>
                                {tr(lang, "library.history_show").to_owned()}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    let history = move || {
        let lang = i18n.lang();
        selected.get().map(|key| {
            let appearances = histories.with(|h| h.get(&key).cloned().unwrap_or_default());
            let title = tr_args(lang, "library.history", &[("handle", key.handle())]);
            let label = title.clone();
            let body = if appearances.is_empty() {
                view! { <p data-testid="creator-history-empty">{tr(lang, "library.no_history").to_owned()}</p> }.into_any()
            } else {
                view! { <ul class="library__history-list">{appearances.iter().map(|a| history_row(lang, a)).collect_view()}</ul> }.into_any()
            };
            view! {
                <section class="library__history" data-testid="creator-history-panel" data-handle=key.handle().to_owned() aria-label=label>
                    <h3>{title}</h3>
                    {body}
                </section>
            }
        })
    };

    let estimate_view = move || {
        let lang = i18n.lang();
        estimate.get().map(|e| match e {
            Some((used, quota)) => view! {
                <p data-testid="storage-estimate" data-used=plain_number(used) data-quota=plain_number(quota)>
                    {tr_args(lang, "library.estimate", &[("used", &bytes_text(lang, used)), ("quota", &bytes_text(lang, quota))])}
                </p>
            }
            .into_any(),
            None => view! { <p data-testid="storage-estimate" data-used="" data-quota="">{tr(lang, "library.no_estimate").to_owned()}</p> }.into_any(),
        })
    };

    let platform_options = move || {
        let lang = i18n.lang();
        Platform::IDS
            .iter()
            .map(|&p| view! { <option value=p selected=move || import_platform.get().id() == p>{id_text(lang, "platform", p, "name")}</option> })
            .collect_view()
    };
    let sort_options = move || {
        let lang = i18n.lang();
        LibrarySort::ALL
            .iter()
            .map(|k| {
                let key = match k {
                    LibrarySort::Handle => "roster.sort.handle",
                    LibrarySort::Followers => "roster.sort.followers",
                    LibrarySort::Delivered => "library.sort.delivered",
                    LibrarySort::Campaigns => "library.sort.campaigns",
                };
                view! { <option value=k.id()>{tr(lang, key).to_owned()}</option> }
            })
            .collect_view()
    };
    let status = move || {
        library.status.with(|s| match s {
            LibraryStatus::Loading => "loading",
            LibraryStatus::Ready => "ready",
            LibraryStatus::Failed(_) => "failed",
        })
    };

    view! {
        <section class="card library" aria-labelledby="library-title" data-testid="library"
            data-count=move || count().to_string() data-status=status
            data-load-ms=move || library.load_ms.get().map(plain_number).unwrap_or_default()>
            <h2 id="library-title">{i18n.text("library.title")}</h2>
            <p class="section-intro">{i18n.text("library.intro")}</p>
            {move || match library.status.get() {
                LibraryStatus::Loading => Some(view! { <p role="status">{tr(i18n.lang(), "library.loading").to_owned()}</p> }.into_any()),
                LibraryStatus::Failed(error) => Some(view! {
                    <p class="notice notice--error" role="alert" data-testid="library-unavailable" data-error=error.id()>
                        {crate::ui::library_error(i18n.lang(), &error)}
                    </p>
                }.into_any()),
                LibraryStatus::Ready => None,
            }}
            {move || (library.set_aside.get() > 0).then(|| view! {
                <p class="notice notice--error" role="alert" data-testid="library-set-aside" data-count=library.set_aside.get()>
                    {i18n.format("library.set_aside", &[("n", &format_count(i18n.lang(), library.set_aside.get()))])}
                </p>
            })}
            {move || (library.moved.get() > 0).then(|| view! {
                <p class="notice notice--info" role="status" data-testid="library-moved" data-count=library.moved.get()>
                    {i18n.format("library.moved", &[("n", &format_count(i18n.lang(), library.moved.get()))])}
                </p>
            })}
            <div class="roster__actions">
                <label class="button" for="library-import">{i18n.text("library.import")}</label>
                <input id="library-import" class="sr-only" type="file" data-testid="library-import"
                    accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" on:change=on_file />
                <label for="library-import-platform">{i18n.text("library.import_platform")}</label>
                <select id="library-import-platform" data-testid="library-import-platform" on:change:target=move |ev| {
                    if let Some(p) = Platform::from_id(&ev.target().value()) {
                        import_platform.set(p);
                    }
                }>{platform_options}</select>
                <button type="button" class="button button--quiet" data-testid="library-export" on:click=on_export disabled=move || count() == 0>
                    {i18n.text("library.export")}
                </button>
                <button type="button" class="button button--quiet" data-testid="library-clear" on:click=on_clear disabled=move || count() == 0>
                    {i18n.text("library.clear")}
                </button>
            </div>
            {report}
            <p class="roster__count">{move || match count() {
                1 => i18n.text("library.count_one")().to_owned(),
                n => i18n.format("library.count", &[("n", &format_number(i18n.lang(), n as f64, 0))]),
            }}</p>
            <div class="roster__filters">
                <label for="library-search">{i18n.text("library.search")}</label>
                <input id="library-search" class="field__input" type="search" data-testid="library-search"
                    on:input:target=move |ev| {
                        text.set(ev.target().value());
                        scroll.set(0.0);
                    } />
                <label for="library-sort">{i18n.text("roster.sort")}</label>
                <select id="library-sort" data-testid="library-sort" on:change:target=move |ev| {
                    if let Some(s) = LibrarySort::from_id(&ev.target().value()) {
                        sort.set(s);
                    }
                }>{sort_options}</select>
            </div>
            <p class="roster__shown" data-testid="library-shown" data-count=move || shown.with(Vec::len).to_string()>
                {move || i18n.format("roster.shown", &[("n", &format_number(i18n.lang(), shown.with(Vec::len) as f64, 0))])}
            </p>
            <div class="roster__window" data-testid="library-window" hidden=move || shown.with(Vec::is_empty)
                tabindex="0" role="region" aria-label=move || tr(i18n.lang(), "library.table_label").to_owned()
                on:scroll:target=move |ev| scroll.set(f64::from(ev.target().scroll_top()))>
                <ol class="roster__rows"
                    style:padding-top=move || format!("{}px", plain_number(window().0 as f64 * ROW_PX))
                    style:padding-bottom=move || {
                        let (_, last, total) = window();
                        format!("{}px", plain_number((total - last) as f64 * ROW_PX))
                    }>
                    {rows}
                </ol>
            </div>
            {history}
            <h3>{i18n.text("library.storage_title")}</h3>
            {estimate_view}
            <p>{i18n.text("library.persist_why")}</p>
            <p data-testid="storage-persisted" data-persisted=move || persisted.get().map(|p| p.to_string()).unwrap_or_default()>
                {move || persisted.get().map(|p| tr(i18n.lang(), if p { "library.persisted" } else { "library.not_persisted" }).to_owned())}
            </p>
            <button type="button" class="button button--quiet" data-testid="storage-persist" on:click=on_persist
                disabled=move || persisted.get() == Some(true)>
                {i18n.text("library.persist")}
            </button>
        </section>
    }
}
