//! A share link ready to copy: a read-only field with the full address, a
//! copy button, and a note that the data travels in the link itself.

use leptos::prelude::*;

use super::use_i18n;

/// What happened to the last copy attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// Copies `text` with the asynchronous clipboard API.
async fn copy_to_clipboard(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The link to copy. The field selects itself on focus, so copying by hand
/// works where the clipboard API is refused (it needs permission or a
/// secure context).
#[component]
pub fn ShareBox(
    /// The full address to share.
    url: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(CopyState::Idle);
    let copy = {
        let url = url.clone();
        move |_| {
            let url = url.clone();
            leptos::task::spawn_local(async move {
                state.set(if copy_to_clipboard(url).await {
                    CopyState::Copied
                } else {
                    CopyState::Failed
                });
            });
        }
    };
    let status_key = move || match state.get() {
        CopyState::Idle => None,
        CopyState::Copied => Some("share.copied"),
        CopyState::Failed => Some("share.copy_failed"),
    };
    view! {
        <div class="share-box">
            <label class="share-box__label" for="share-url">{i18n.text("share.url_label")}</label>
            <div class="share-box__row">
                <input
                    id="share-url"
                    class="share-box__url"
                    type="text"
                    readonly
                    data-testid="share-url"
                    prop:value=url
                    on:focus=|ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }
                />
                <button type="button" class="button" data-testid="copy-link" on:click=copy>
                    {i18n.text("share.copy")}
                </button>
            </div>
            <p class="share-box__status" role="status">{move || status_key().map(|key| i18n.text(key)())}</p>
            <p class="share-box__note">{i18n.text("share.private")}</p>
        </div>
    }
}
