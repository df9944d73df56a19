//! `#/campaigns`: the campaigns saved in this browser.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::format_number;
use crate::storage::backup::{self, BackupError, ImportReport, MAX_FILE_BYTES};
use crate::storage::local_store::StoreError;
use crate::storage::saved_campaigns::{self, Loaded, SavedCampaign};
use crate::ui::use_i18n;

/// Saves the export file.
fn download_json(file_name: &str, json: &str) {
    let encoded: String = js_sys::encode_uri_component(json).into();
    browser::download(
        &format!("data:application/json;charset=utf-8,{encoded}"),
        file_name,
    );
}

/// What the last import did, or why it could not.
#[derive(Clone, Debug, PartialEq)]
enum ImportOutcome {
    Done {
        imported: usize,
        duplicates: usize,
        rejected: Vec<(usize, crate::storage::saved_campaigns::RecordError)>,
        failed: Option<String>,
    },
    Refused(String),
}

/// A campaign deleted a moment ago, kept so the deletion can be undone.
#[derive(Clone, Debug, PartialEq)]
struct Deleted {
    id: String,
    name: String,
    raw: String,
}

/// The list of saved campaigns: open, rename, duplicate, delete (with undo).
/// It follows changes made in other tabs (the `storage` event), reports
/// entries it cannot read (and leaves them untouched), and says so when the
/// browser refuses storage.
#[component]
pub fn CampaignsPage() -> impl IntoView {
    let i18n = use_i18n();
    let load = move || saved_campaigns::load_all(i18n.lang());
    let loaded = RwSignal::new(load());
    let reload = move || loaded.set(load());
    let listener = window_event_listener(leptos::ev::storage, move |_| reload());
    on_cleanup(move || listener.remove());
    let deleted = RwSignal::new(None::<Deleted>);
    let renaming = RwSignal::new(None::<(String, String)>);
    let failure = RwSignal::new(None::<StoreError>);

    let act = move |result: Result<(), StoreError>| {
        failure.set(result.err());
        reload();
    };
    let duplicate = move |campaign: SavedCampaign| {
        let now = js_sys::Date::now();
        let mut plan = campaign.plan;
        plan.name = i18n.format("campaigns.copy_name", &[("name", &plan.name)]);
        let copy = SavedCampaign {
            id: saved_campaigns::new_id(now, js_sys::Math::random()),
            updated_ms: now,
            plan,
        };
        act(saved_campaigns::save(&copy));
    };
    let delete = move |campaign: SavedCampaign| match saved_campaigns::delete(&campaign.id) {
        Ok(raw) => {
            deleted.set(raw.map(|raw| Deleted {
                id: campaign.id,
                name: campaign.plan.name,
                raw,
            }));
            act(Ok(()));
        }
        Err(error) => act(Err(error)),
    };
    let undo = move |_| {
        if let Some(d) = deleted.get_untracked() {
            deleted.set(None);
            act(saved_campaigns::restore(&d.id, &d.raw));
        }
    };
    let finish_rename = move |campaign: SavedCampaign| {
        if let Some((_, name)) = renaming.get_untracked() {
            renaming.set(None);
            let mut plan = campaign.plan;
            plan.name = name.trim().to_owned();
            act(saved_campaigns::save(&SavedCampaign { plan, ..campaign }));
        }
    };
    let import_outcome = RwSignal::new(None::<ImportOutcome>);
    let export_all = move |_| {
        let campaigns =
            loaded.with_untracked(|l| l.as_ref().map(|l| l.campaigns.clone()).unwrap_or_default());
        let now = js_sys::Date::now();
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(now))
            .to_iso_string()
            .as_string()
            .unwrap_or_default();
        download_json(
            &format!(
                "micromacro-campaigns-{}.json",
                date.get(..10).unwrap_or("export")
            ),
            &backup::export(&campaigns, now),
        );
    };
    let import_text = move |raw: String| {
        let existing =
            loaded.with_untracked(|l| l.as_ref().map(|l| l.campaigns.clone()).unwrap_or_default());
        let outcome = match backup::import(&raw, &existing, i18n.lang(), || {
            saved_campaigns::new_id(js_sys::Date::now(), js_sys::Math::random())
        }) {
            Err(error) => ImportOutcome::Refused(crate::i18n::backup_error(i18n.lang(), &error)),
            Ok(ImportReport {
                to_save,
                duplicates,
                rejected,
            }) => {
                let mut imported = 0;
                let mut failed = None;
                for campaign in &to_save {
                    match saved_campaigns::save(campaign) {
                        Ok(()) => imported += 1,
                        Err(error) => {
                            failed = Some(crate::i18n::store_error(i18n.lang(), &error));
                            break;
                        }
                    }
                }
                ImportOutcome::Done {
                    imported,
                    duplicates,
                    rejected,
                    failed,
                }
            }
        };
        import_outcome.set(Some(outcome));
        reload();
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = crate::browser::picked_file(&ev) else {
            return;
        };
        // The size is checked before anything is read.
        if file.size() > MAX_FILE_BYTES as f64 {
            import_outcome.set(Some(ImportOutcome::Refused(crate::i18n::backup_error(
                i18n.lang(),
                &BackupError::TooLarge,
            ))));
            return;
        }
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string())
            {
                Some(text) => import_text(text),
                None => import_outcome.set(Some(ImportOutcome::Refused(
                    crate::i18n::backup_error(i18n.lang(), &BackupError::NotABackup),
                ))),
            }
        });
    };
    let import_report = move || {
        import_outcome.get().map(|outcome| match outcome {
            ImportOutcome::Refused(reason) => view! {
                <div class="notice notice--error" role="alert" data-testid="import-report" data-kind="error">
                    <p>{i18n.format("campaigns.import_refused", &[("reason", &reason)])}</p>
                </div>
            }
            .into_any(),
            ImportOutcome::Done { imported, duplicates, rejected, failed } => {
                let kind = if rejected.is_empty() && failed.is_none() { "info" } else { "error" };
                let rejected_count = rejected.len();
                let summary = i18n.format(
                    "campaigns.import_done",
                    &[("imported", &imported.to_string()), ("duplicates", &duplicates.to_string()), ("rejected", &rejected_count.to_string())],
                );
                view! {
                    <div class=format!("notice notice--{kind}") role="status" data-testid="import-report" data-kind=kind
                        data-imported=imported.to_string() data-duplicates=duplicates.to_string() data-rejected=rejected_count.to_string()>
                        <div>
                            <p>{summary}</p>
                            <ul>
                                {rejected.into_iter().map(|(index, reason)| view! {
                                    <li>{i18n.format("campaigns.import_rejected", &[("n", &index.to_string()), ("reason", &crate::i18n::record_error(i18n.lang(), &reason))])}</li>
                                }).collect_view()}
                            </ul>
                            {failed.map(|reason| view! { <p>{i18n.format("campaigns.failed", &[("reason", &reason)])}</p> })}
                        </div>
                    </div>
                }
                .into_any()
            }
        })
    };
    let display_name = move |name: &str| {
        if name.trim().is_empty() {
            i18n.text("campaigns.untitled")().to_owned()
        } else {
            name.to_owned()
        }
    };

    let row = move |campaign: SavedCampaign| {
        let id = campaign.id.clone();
        let name = campaign.plan.name.clone();
        let is_renaming = {
            let id = id.clone();
            move || renaming.with(|r| r.as_ref().is_some_and(|(rid, _)| *rid == id))
        };
        let summary = campaign.clone();
        let details = move || {
            let lang = i18n.lang();
            let campaign = &summary;
            i18n.format(
                "campaigns.details",
                &[
                    ("time", &browser::local_time(campaign.updated_ms, lang)),
                    ("creators", &campaign.plan.creators.len().to_string()),
                    (
                        "budget",
                        &format_number(
                            lang,
                            crate::plan::parse_decimal(
                                campaign.plan.notation,
                                &campaign.plan.budget,
                            )
                            .unwrap_or(0.0),
                            0,
                        ),
                    ),
                    (
                        "currency",
                        match campaign.plan.currency {
                            micromacro_engine::Currency::Eur => "EUR",
                            micromacro_engine::Currency::Usd => "USD",
                        },
                    ),
                ],
            )
        };
        let (c1, c2, c3) = (campaign.clone(), campaign.clone(), campaign);
        let start_rename = {
            let (id, name) = (id.clone(), name.clone());
            move |_| renaming.set(Some((id.clone(), name.clone())))
        };
        view! {
            <li class="card campaign-row" data-testid="campaign-row" data-id=id.clone()>
                <Show
                    when=is_renaming.clone()
                    fallback={
                        let name = name.clone();
                        move || view! { <h2 class="campaign-row__name">{display_name(&name)}</h2> }
                    }
                >
                    <form
                        class="campaign-row__rename"
                        on:submit={
                            let c = c1.clone();
                            move |ev| {
                                ev.prevent_default();
                                finish_rename(c.clone());
                            }
                        }
                    >
                        <label class="sr-only" for="rename-input">{i18n.text("campaigns.new_name")}</label>
                        <input
                            id="rename-input"
                            class="field__input"
                            data-testid="rename-input"
                            autofocus
                            prop:value=move || renaming.with(|r| r.as_ref().map(|(_, n)| n.clone()).unwrap_or_default())
                            on:input:target=move |ev| renaming.update(|r| if let Some((_, n)) = r { *n = ev.target().value() })
                            on:keydown=move |ev| if ev.key() == "Escape" { renaming.set(None) }
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
                    <button type="button" class="button button--small" data-testid="duplicate" on:click=move |_| duplicate(c2.clone())>
                        {i18n.text("campaigns.duplicate")}
                    </button>
                    <button type="button" class="button button--small button--danger" data-testid="delete" on:click=move |_| delete(c3.clone())>
                        {i18n.text("campaigns.delete")}
                    </button>
                </div>
            </li>
        }
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
            {move || failure.get().map(|error| view! {
                <p class="notice notice--error" role="alert" data-testid="notice" data-kind="error">
                    {i18n.format("campaigns.failed", &[("reason", &crate::i18n::store_error(i18n.lang(), &error))])}
                </p>
            })}
            {move || deleted.get().map(|d| view! {
                <div class="notice notice--info" role="status" data-testid="notice" data-kind="info">
                    <p>{i18n.format("campaigns.deleted", &[("name", &display_name(&d.name))])}</p>
                    <button type="button" class="button button--small" data-testid="undo" on:click=undo>
                        {i18n.text("campaigns.undo")}
                    </button>
                </div>
            })}
            {move || match loaded.get() {
                Err(error) => view! {
                    <p class="notice notice--error" role="alert" data-testid="notice" data-kind="error">
                        {i18n.format("campaigns.unavailable", &[("reason", &crate::i18n::store_error(i18n.lang(), &error))])}
                    </p>
                }.into_any(),
                Ok(Loaded { campaigns, unreadable }) => {
                    let warning = (!unreadable.is_empty()).then(|| view! {
                        <p class="notice notice--error" role="alert" data-testid="notice" data-kind="error">
                            {i18n.format("campaigns.unreadable", &[("n", &unreadable.len().to_string())])}
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
                        view! { <ul class="campaign-list">{campaigns.into_iter().map(row).collect_view()}</ul> }.into_any()
                    };
                    view! { {warning} {list} }.into_any()
                }
            }}
        </section>
    }
}
