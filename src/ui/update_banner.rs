//! Offline support: registers the service worker, and offers a reload when a new
//! version has been deployed and is ready.
//!
//! The worker is registered from Rust (no inline script, so the CSP stays as it is), relative
//! to the page (`./sw.js`), so it works under any sub-path. A new worker waits until the user
//! accepts the reload: only then is it asked to take over (`skip-waiting`), and the page
//! reloads when it does. Where service workers are unavailable (a private window, an old
//! browser, `file://`) nothing happens and the page works online as before.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::ui::use_i18n;

/// Watches `worker` until it is installed; then, if a page is already controlled (this is an
/// update, not the first install), hands it to `ready`.
fn watch(worker: web_sys::ServiceWorker, ready: RwSignal<Option<web_sys::ServiceWorker>>) {
    let watched = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        let controlled = web_sys::window()
            .map(|w| w.navigator().service_worker())
            .and_then(|c| c.controller())
            .is_some();
        if watched.state() == web_sys::ServiceWorkerState::Installed && controlled {
            ready.set(Some(watched.clone()));
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// Registers the worker and reports a waiting update into `ready`.
fn register(ready: RwSignal<Option<web_sys::ServiceWorker>>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // `navigator.serviceWorker` is missing where workers are unavailable.
    let has_workers =
        js_sys::Reflect::has(&window.navigator(), &"serviceWorker".into()).unwrap_or(false);
    if !has_workers {
        return;
    }
    let container = window.navigator().service_worker();
    let promise = container.register("./sw.js");
    leptos::task::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
        if let (Some(waiting), true) = (registration.waiting(), container.controller().is_some()) {
            ready.set(Some(waiting));
        }
        let found = registration.clone();
        let on_update = Closure::<dyn FnMut()>::new(move || {
            if let Some(installing) = found.installing() {
                watch(installing, ready);
            }
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    });
}

/// A banner offering to load the new version when one is ready.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let i18n = use_i18n();
    let ready = RwSignal::new(None::<web_sys::ServiceWorker>);
    // Registered when the page is idle, not in the first mount's task (the longest of the
    // first load); the worker then fetches every file of the app in the background.
    Effect::new(move |_| {
        leptos::task::spawn_local(async move {
            crate::browser::idle().await;
            register(ready);
        });
    });
    let reload = move |_| {
        let Some(worker) = ready.get_untracked() else {
            return;
        };
        if let Some(window) = web_sys::window() {
            let container = window.navigator().service_worker();
            let on_change = Closure::<dyn FnMut()>::new(move || {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            });
            container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
            on_change.forget();
        }
        let _ = worker.post_message(&"skip-waiting".into());
    };
    view! {
        {move || ready.with(Option::is_some).then(|| view! {
            <div class="notice notice--info update-banner" role="status" data-testid="update-ready">
                <p>{i18n.text("update.ready")}</p>
                <button type="button" class="button" data-testid="update-reload" on:click=reload>
                    {i18n.text("update.reload")}
                </button>
            </div>
        })}
    }
}
