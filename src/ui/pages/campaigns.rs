//! `#/campaigns`: the campaigns saved in this browser.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::Lang;
use crate::i18n::{format_count, format_number};
use crate::storage::backup::{self, BackupError, MAX_FILE_BYTES};
use crate::storage::campaign_ops::{self, Deleted, Imported};
use crate::storage::local_store::{LocalStore, StoreError};
use crate::storage::saved_campaigns::{self, Loaded, SavedCampaign};
use crate::ui::use_i18n;
use micromacro_engine::IdEnum;

/// Saves the export file.
fn download_json(file_name: &str, json: &str) {
    let encoded: String = js_sys::encode_uri_component(json).into();
    browser::download(
        &format!("data:application/json;charset=utf-8,{encoded}"),
        file_name,
    );
}

/// The page's state, shared by the page and its rows: what is listed, and what the last
/// action left to say.
#[derive(Clone, Copy)]
struct List {
    loaded: RwSignal<Result<Loaded, StoreError>>,
    /// The campaign being renamed and the name typed so far.
    renaming: RwSignal<Option<(String, String)>>,
    /// The last deletion, until it is undone or another one replaces it.
    deleted: RwSignal<Option<Deleted>>,
    /// Why the last action failed.
    failure: RwSignal<Option<StoreError>>,
    /// What the last import did, or why the file was refused.
    imported: RwSignal<Option<Result<Imported, BackupError>>>,
}

impl List {
    fn new(lang: Lang) -> Self {
        Self {
            loaded: RwSignal::new(saved_campaigns::load_all(&LocalStore, lang)),
            renaming: RwSignal::new(None),
            deleted: RwSignal::new(None),
            failure: RwSignal::new(None),
            imported: RwSignal::new(None),
        }
    }

    fn reload(self, lang: Lang) {
        self.loaded
            .set(saved_campaigns::load_all(&LocalStore, lang));
    }

    /// Shows the outcome of an action and the list as it now is.
    fn done<T>(self, lang: Lang, result: Result<T, StoreError>) {
        self.failure.set(result.err());
        self.reload(lang);
    }
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn fresh_id() -> String {
    saved_campaigns::new_id(now(), js_sys::Math::random())
}

/// The list of saved campaigns: open, rename, duplicate, delete (with undo).
/// It follows changes made in other tabs (the `storage` event), reports
/// entries it cannot read (and leaves them untouched), and says so when the
/// browser refuses storage. What each action does is [`campaign_ops`]; this page asks and
/// shows.
#[component]
pub fn CampaignsPage() -> impl IntoView {
    let i18n = use_i18n();
    let list = List::new(i18n.lang());
    let library = crate::ui::library::use_library();
    // What merging a backup's library did.
    let library_joined = RwSignal::new(
        None::<Result<crate::library::MergeReport, crate::browser::library_db::DbError>>,
    );
    let listener = window_event_listener(leptos::ev::storage, move |_| list.reload(i18n.lang()));
    on_cleanup(move || listener.remove());

    let undo = move |_| {
        if let Some(deleted) = list.deleted.get_untracked() {
            list.deleted.set(None);
            list.done(i18n.lang(), campaign_ops::undo(&LocalStore, &deleted));
        }
    };
    let export_all = move |_| {
        let campaigns = list
            .loaded
            .with_untracked(|l| l.as_ref().map(|l| l.campaigns.clone()).unwrap_or_default());
        let now = now();
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(now))
            .to_iso_string()
            .as_string()
            .unwrap_or_default();
        download_json(
            &format!(
                "micromacro-campaigns-{}.json",
                date.get(..10).unwrap_or("export")
            ),
            &backup::export(
                &campaigns,
                &library.library.with_untracked(|l| l.creators().to_vec()),
                crate::storage::calibration_setting::load(&LocalStore),
                now,
            ),
        );
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = crate::browser::picked_file(&ev) else {
            return;
        };
        // The size is checked before anything is read.
        if file.size() > MAX_FILE_BYTES as f64 {
            list.imported.set(Some(Err(BackupError::TooLarge)));
            return;
        }
        library_joined.set(None);
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            let mut outcome = match text {
                Some(text) => campaign_ops::import(&LocalStore, &text, i18n.lang(), fresh_id),
                None => Err(BackupError::NotABackup),
            };
            // The file's library joins this browser's (the campaigns are saved first: their
            // rosters, if any, move into the library too).
            if let Ok(imported) = &mut outcome {
                let creators = std::mem::take(&mut imported.library);
                if !creators.is_empty() {
                    library_joined.set(Some(
                        library
                            .merge(creators, micromacro_engine::Platform::Instagram)
                            .await,
                    ));
                }
            }
            list.imported.set(Some(outcome));
            list.reload(i18n.lang());
        });
    };
    let import_report = move || {
        let lang = i18n.lang();
        list.imported.get().map(|outcome| match outcome {
            Err(error) => view! {
                <div class="notice notice--error" role="alert" data-testid="import-report" data-kind="error">
                    <p>{i18n.format("campaigns.import_refused", &[("reason", &crate::ui::error_text::backup_error(lang, &error))])}</p>
                </div>
            }
            .into_any(),
            Ok(Imported { imported, duplicates, rejected, failed, library_rejected, .. }) => {
                let kind = if rejected.is_empty() && failed.is_none() { "info" } else { "error" };
                let rejected_count = rejected.len();
                let summary = i18n.format(
                    "campaigns.import_done",
                    &[("imported", &format_count(lang, imported)), ("duplicates", &format_count(lang, duplicates)), ("rejected", &format_count(lang, rejected_count))],
                );
                view! {
                    <div class=format!("notice notice--{kind}") role="status" data-testid="import-report" data-kind=kind
                        data-imported=imported data-duplicates=duplicates data-rejected=rejected_count>
                        <div>
                            <p>{summary}</p>
                            <ul>
                                {rejected.into_iter().map(|(index, reason)| view! {
                                    <li>{i18n.format("campaigns.import_rejected", &[("n", &format_count(lang, index)), ("reason", &crate::ui::error_text::record_error(lang, &reason))])}</li>
                                }).collect_view()}
                            </ul>
                            {failed.map(|error| view! { <p>{i18n.format("campaigns.failed", &[("reason", &crate::ui::error_text::store_error(lang, &error))])}</p> })}
                            {library_joined.get().map(|joined| crate::ui::library_report(lang, &joined, library_rejected))}
                        </div>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="campaigns" data-testid="page-campaigns">
            <h1>{i18n.text("campaigns.title")}</h1>
            <p class="lead">{i18n.text("campaigns.intro")}</p>
            <div class="campaigns__backup">
                <button type="button" class="button" data-testid="export-all" on:click=export_all>
                    {i18n.text("campaigns.export")}
                </button>
                <input
                    id="import-file"
                    class="sr-only"
                    type="file"
                    accept="application/json,.json"
                    data-testid="import-file"
                    on:change=on_file
                />
                <label class="button" for="import-file">{i18n.text("campaigns.import")}</label>
            </div>
            {import_report}
            {move || list.failure.get().map(|error| view! {
                <p class="notice notice--error" role="alert" data-testid="notice" data-kind="error">
                    {i18n.format("campaigns.failed", &[("reason", &crate::ui::error_text::store_error(i18n.lang(), &error))])}
                </p>
            })}
            {move || list.deleted.get().map(|d| view! {
                <div class="notice notice--info" role="status" data-testid="notice" data-kind="info">
                    <p>{i18n.format("campaigns.deleted", &[("name", &display_name(i18n, &d.name))])}</p>
                    <button type="button" class="button button--small" data-testid="undo" on:click=undo>
                        {i18n.text("campaigns.undo")}
                    </button>
                </div>
            })}
            {move || match list.loaded.get() {
                Err(error) => view! {
                    <p class="notice notice--error" role="alert" data-testid="notice" data-kind="error">
                        {i18n.format("campaigns.unavailable", &[("reason", &crate::ui::error_text::store_error(i18n.lang(), &error))])}
                    </p>
                }.into_any(),
                Ok(Loaded { campaigns, unreadable }) => {
                    let warning = (!unreadable.is_empty()).then(|| view! {
                        <p class="notice notice--error" role="alert" data-testid="notice" data-kind="error">
                            {i18n.format("campaigns.unreadable", &[("n", &format_count(i18n.lang(), unreadable.len()))])}
                        </p>
                    });
                    let list = if campaigns.is_empty() {
                        view! {
                            <p class="empty-state" data-testid="campaigns-empty">
                                {i18n.text("campaigns.empty")} " "
                                <a href="#/plan">{i18n.text("home.cta_plan")}</a>
                            </p>
                        }.into_any()
                    } else {
                        view! {
                            <ul class="campaign-list">
                                {campaigns.into_iter().map(|campaign| view! { <CampaignRow campaign list /> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    };
                    view! { {warning} {list} }.into_any()
                }
            }}
        </section>
        {crate::ui::lazy::show(move || crate::ui::lazy::library_section(list.loaded))}
    }
}

/// A campaign's name as listed: "Untitled campaign" when it has none.
fn display_name(i18n: crate::ui::I18n, name: &str) -> String {
    if name.trim().is_empty() {
        i18n.text("campaigns.untitled")().to_owned()
    } else {
        name.to_owned()
    }
}

/// One saved campaign: its name (or the rename form), when it was saved and what it holds,
/// and its actions.
#[component]
fn CampaignRow(campaign: SavedCampaign, list: List) -> impl IntoView {
    let i18n = use_i18n();
    let id = campaign.id.clone();
    let campaign = StoredValue::new(campaign);
    let is_renaming = {
        let id = id.clone();
        move || {
            list.renaming
                .with(|r| r.as_ref().is_some_and(|(rid, _)| *rid == id))
        }
    };
    let details = move || {
        let lang = i18n.lang();
        campaign.with_value(|c| {
            i18n.format(
                "campaigns.details",
                &[
                    ("time", &browser::local_time(c.updated_ms, lang)),
                    (
                        "creators",
                        &match c.plan.creators.len() {
                            1 => i18n.text("campaigns.creators_one")().to_owned(),
                            n => {
                                i18n.format("campaigns.creators", &[("n", &format_count(lang, n))])
                            }
                        },
                    ),
                    (
                        "budget",
                        &format_number(
                            lang,
                            crate::plan::parse_decimal(c.plan.notation, &c.plan.budget)
                                .unwrap_or(0.0),
                            0,
                        ),
                    ),
                    ("currency", c.plan.currency.id()),
                ],
            )
        })
    };
    let start_rename = move |_| {
        campaign.with_value(|c| list.renaming.set(Some((c.id.clone(), c.plan.name.clone()))))
    };
    let finish_rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some((_, name)) = list.renaming.get_untracked() {
            list.renaming.set(None);
            let result =
                campaign.with_value(|c| campaign_ops::rename(&LocalStore, c, &name, now()));
            list.done(i18n.lang(), result);
        }
    };
    let duplicate = move |_| {
        let result = campaign.with_value(|c| {
            let name = i18n.format("campaigns.copy_name", &[("name", &c.plan.name)]);
            campaign_ops::duplicate(&LocalStore, c, name, fresh_id(), now())
        });
        list.done(i18n.lang(), result);
    };
    let delete = move |_| {
        let result = campaign.with_value(|c| campaign_ops::delete(&LocalStore, c));
        if let Ok(deleted) = &result {
            list.deleted.set(deleted.clone());
        }
        list.done(i18n.lang(), result);
    };
    view! {
        <li class="card campaign-row" data-testid="campaign-row" data-id=id.clone()>
            <Show
                when=is_renaming
                fallback=move || view! {
                    <h2 class="campaign-row__name">{campaign.with_value(|c| display_name(i18n, &c.plan.name))}</h2>
                }
            >
                <form class="campaign-row__rename" on:submit=finish_rename>
                    <label class="sr-only" for="rename-input">{i18n.text("campaigns.new_name")}</label>
                    <input
                        id="rename-input"
                        class="field__input"
                        data-testid="rename-input"
                        autofocus
                        prop:value=move || list.renaming.with(|r| r.as_ref().map(|(_, n)| n.clone()).unwrap_or_default())
                        on:input:target=move |ev| list.renaming.update(|r| if let Some((_, n)) = r { *n = ev.target().value() })
                        on:keydown=move |ev| if ev.key() == "Escape" { list.renaming.set(None) }
                    />
                    <button type="submit" class="button button--primary button--small" data-testid="rename-save">
                        {i18n.text("campaigns.rename_save")}
                    </button>
                </form>
            </Show>
            <p class="campaign-row__details">{details}</p>
            <div class="campaign-row__actions">
                <a class="button button--primary button--small" href=format!("#/plan/{id}") data-testid="open">
                    {i18n.text("campaigns.open")}
                </a>
                <button type="button" class="button button--small" data-testid="rename" on:click=start_rename>
                    {i18n.text("campaigns.rename")}
                </button>
                <button type="button" class="button button--small" data-testid="duplicate" on:click=duplicate>
                    {i18n.text("campaigns.duplicate")}
                </button>
                <button type="button" class="button button--small button--danger" data-testid="delete" on:click=delete>
                    {i18n.text("campaigns.delete")}
                </button>
            </div>
        </li>
    }
}
