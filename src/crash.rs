//! A visible, recoverable error instead of a dead page when the app panics.
//!
//! Release builds abort on panic (smaller wasm), so after a panic no Rust code
//! runs again: the hook builds the notice with plain DOM calls, and the notice's
//! way out is a link that reloads the page (a button would need Rust code to
//! handle its click). The link keeps the address, hash included, so a shared
//! campaign link survives the reload. The same notice says when the page's language could not
//! be fetched, which leaves the app unable to mount. Its texts are in the catalogue's resident
//! section, there before any language is.

use crate::browser::{document, document_language};
use crate::i18n::tr;

/// Installs the panic hook: log to the console, then show the crash notice.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_notice();
    }));
}

/// Id of the crash notice element, so a second panic does not add a second one.
const CRASH_NOTICE_ID: &str = "crash-notice";

/// Shows the crash notice at the top of the page (once).
pub fn show_crash_notice() {
    show_notice("crash.message");
}

/// Shows, the same way, that the page's language could not be fetched, so the app cannot
/// mount (the skeleton stays): reloading is the way out here too.
pub fn show_load_failed_notice() {
    show_notice("load.failed");
}

/// The notice with the text of `key` (a key of the resident section: it must show before
/// any language is fetched) and the reload link.
fn show_notice(key: &str) {
    let Some(document) = document() else { return };
    if document.get_element_by_id(CRASH_NOTICE_ID).is_some() {
        return;
    }
    let lang = document_language();
    let build = || -> Option<()> {
        let notice = document.create_element("div").ok()?;
        notice.set_id(CRASH_NOTICE_ID);
        notice.set_class_name("notice notice--error crash-notice");
        notice.set_attribute("role", "alert").ok()?;
        notice.set_attribute("data-testid", "notice").ok()?;
        notice.set_attribute("data-kind", "error").ok()?;

        let message = document.create_element("p").ok()?;
        message.set_text_content(Some(tr(lang, key)));
        let reload = document.create_element("a").ok()?;
        reload.set_class_name("button button--primary");
        reload.set_attribute("href", &reload_href()?).ok()?;
        reload.set_attribute("data-testid", "crash-reload").ok()?;
        reload.set_text_content(Some(tr(lang, "crash.reload")));

        notice.append_child(&message).ok()?;
        notice.append_child(&reload).ok()?;
        let body = document.body()?;
        body.insert_before(&notice, body.first_child().as_ref())
            .ok()?;
        Some(())
    };
    // Nothing more can be done if even this fails: the console has the panic.
    let _ = build();
}

/// The current address with a `reload` marker in the query, so following the
/// link loads the document afresh (a link to the same address with only a hash
/// would not reload) while keeping the hash route and its payload.
fn reload_href() -> Option<String> {
    let location = web_sys::window()?.location();
    let url = web_sys::Url::new(&location.href().ok()?).ok()?;
    url.search_params().set("reload", "1");
    Some(url.href())
}
