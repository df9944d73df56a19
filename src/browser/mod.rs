//! The app's few touch points with the browser: the address, localStorage for
//! the language choice, the database the creator library is kept in ([`library_db`]), the navigator's languages, and the document's `lang`
//! and title. Everything here degrades quietly: a browser that refuses storage
//! (private mode, disabled cookies) still gets a working app.

pub mod library_db;

use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{Lang, LanguageChoice, negotiate};

/// Where the language switch remembers the user's choice.
const LANG_STORAGE_KEY: &str = "micromacro:lang";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The current `location.hash`, including its `#`, or empty; percent-escapes
/// are decoded (browsers encode what people type, such as spaces) unless the
/// escapes are malformed, in which case the raw text is kept.
pub fn location_hash() -> String {
    let raw = window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    js_sys::decode_uri_component(&raw)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or(raw)
}

/// The current address in full.
pub fn location_href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The value of a query parameter of the current address.
fn query_param(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

fn navigator_languages() -> Vec<String> {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let listed: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}

/// Chooses the language from `?lang=`, the remembered choice and the browser.
pub fn language_choice() -> LanguageChoice {
    use crate::storage::local_store::{LocalStore, Store};
    let stored = LocalStore.read(LANG_STORAGE_KEY).ok().flatten();
    negotiate(
        query_param("lang").as_deref(),
        stored.as_deref(),
        &navigator_languages(),
    )
}

/// Remembers the language the user picked with the switch, and drops a
/// `?lang=` from the address so a reload shows what was picked.
pub fn remember_language(lang: Lang) {
    // A refused write only means the choice is not remembered next time.
    use crate::storage::local_store::{LocalStore, Store};
    let _ = LocalStore.write(LANG_STORAGE_KEY, lang.code());
    drop_query_param("lang");
}

/// Replaces the address's hash without a `hashchange` (the page stays as it
/// is; a reload opens the new address).
pub fn replace_hash(hash: &str) {
    let Some(window) = window() else { return };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// A time (ms since 1970) as the language writes dates and times.
pub fn local_time(ms: f64, lang: Lang) -> String {
    let locale = match lang {
        Lang::En => "en-GB",
        Lang::Nl => "nl-NL",
    };
    js_sys::Date::new(&JsValue::from_f64(ms))
        .to_locale_string(locale, &JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default()
}

/// Today's date, written the way `lang` writes dates (e.g. "1 December 2026").
pub fn local_date(lang: Lang) -> String {
    let locale = match lang {
        Lang::En => "en-GB",
        Lang::Nl => "nl-NL",
    };
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    js_sys::Date::new_0()
        .to_locale_date_string(locale, &options)
        .as_string()
        .unwrap_or_default()
}

/// Removes a query parameter from the address without reloading the page.
pub fn drop_query_param(name: &str) {
    let Some(window) = window() else { return };
    let Ok(url) = web_sys::Url::new(&window.location().href().unwrap_or_default()) else {
        return;
    };
    if url.search_params().get(name).is_none() {
        return;
    }
    url.search_params().delete(name);
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url.href()));
    }
}

/// Sets `<html lang>` so screen readers and spell-checkers use the right language.
pub fn set_document_language(lang: Lang) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// The language the document currently declares, for code that runs outside
/// the reactive tree (the panic notice).
pub fn document_language() -> Lang {
    document()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| code.parse().ok())
        .unwrap_or_default()
}

/// Asks a yes/no question in the browser's own dialog; `false` where dialogs
/// are blocked.
pub fn confirm(question: &str) -> bool {
    window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(false)
}

/// Offers `url` (a data URL) as a file named `file_name`, through a
/// temporary download link.
pub fn download(url: &str, file_name: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = document() else { return };
    let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    link.set_href(url);
    link.set_download(file_name);
    link.click();
}

/// The file chosen in the file input that sent `event`, with the input cleared so the same
/// file can be chosen again.
pub fn picked_file(event: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|files| files.get(0))?;
    input.set_value("");
    Some(file)
}

/// Offers `text` as a file download (through a Blob URL, so large files work; the URL is
/// released right after the click).
pub fn download_text(file_name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    download(&url, file_name);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Bytes used by this site's localStorage (keys and values, UTF-16 as browsers count them);
/// `None` where storage is unavailable.
pub fn storage_bytes_used() -> Option<usize> {
    use crate::storage::local_store::{LocalStore, Store};
    let keys = LocalStore.keys_with_prefix("").ok()?;
    Some(
        keys.iter()
            .map(|key| {
                let value = LocalStore.read(key).ok().flatten().unwrap_or_default();
                2 * (key.encode_utf16().count() + value.encode_utf16().count())
            })
            .sum(),
    )
}

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// Scrolls to the top, as a page change should.
pub fn scroll_to_top() {
    if let Some(window) = window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The document, where there is one.
pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Runs `f` once the page's first contentful paint has been presented (the promise
/// `window.micromacroPainted` that `index.html`'s first script sets up), then one frame
/// more, in a task of its own. Without that promise, after the next frame.
pub fn after_first_paint(f: fn()) {
    let painted = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("micromacroPainted")).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    match painted {
        Some(painted) => wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(painted).await;
            after_next_frame(f);
        }),
        None => after_next_frame(f),
    }
}

/// `performance.now()`, or 0 where there is none.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Resolves in a task of its own (a zero-delay timeout): what comes after an `.await` of it
/// runs after the browser has had its turn (input, painting). At once where there is no
/// window.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| match web_sys::window() {
        Some(window) => {
            let _ = window.set_timeout_with_callback(resolve.unchecked_ref());
        }
        None => {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves in the browser's next idle period (`requestIdleCallback`, at most two seconds
/// later), or in a task of its own where idle callbacks are missing (Safari): for work
/// nobody waits for, such as registering the service worker, so it stays out of the tasks
/// that mount the page.
pub async fn idle() {
    let Some(window) = window() else {
        return;
    };
    let request = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(request) = request else {
        return next_task().await;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"timeout".into(), &2000.into());
        if request.call2(&window, &resolve, &options).is_err() {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs `f` in a task queued from the next frame's callback, so after that frame's paint;
/// at once where there is no window.
fn after_next_frame(f: fn()) {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return f();
    };
    let frame = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let task = Closure::once_into_js(f);
            let _ = window.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    if window
        .request_animation_frame(frame.unchecked_ref())
        .is_err()
    {
        f();
    }
}

/// Watches whether an element is on screen (see [`watch_visibility`]); dropping it stops
/// the watch and frees its callback.
pub struct VisibilityWatch {
    observer: web_sys::IntersectionObserver,
    _callback: wasm_bindgen::closure::Closure<dyn Fn(js_sys::Array)>,
}

impl Drop for VisibilityWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_change` with whether `element` is on screen or within `margin` of it (a CSS
/// margin such as `"400px 0px"`), soon after the call and whenever that changes, for as long
/// as the returned watch is kept. `None` where the browser has no `IntersectionObserver`.
pub fn watch_visibility(
    element: &web_sys::Element,
    margin: &str,
    on_change: impl Fn(bool) + 'static,
) -> Option<VisibilityWatch> {
    use wasm_bindgen::closure::Closure;
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // The last entry is the element's latest state.
        if let Some(entry) = entries
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
        {
            on_change(entry.is_intersecting());
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(margin);
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    observer.observe(element);
    Some(VisibilityWatch {
        observer,
        _callback: callback,
    })
}
