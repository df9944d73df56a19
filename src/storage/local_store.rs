//! localStorage as the app's [`Store`], with its failures named: unavailable (blocked,
//! private mode), full, or refused. Callers decide what to tell the user; nothing here
//! panics or throws. localStorage writes are atomic per key: a failed write leaves the
//! previous value as it was.
//!
//! Built on `gloo_storage::LocalStorage`, as the design card asks: its handle for reads, writes
//! and the key listing, its `delete` and `length`. Two rules around it:
//! - gloo's `raw()` throws where storage is blocked, so the window is asked first and a
//!   missing storage is [`StoreError::Unavailable`], never a thrown exception;
//! - values are read and written as text, not through gloo's typed `get`/`set`: those
//!   JSON-encode every value, so a string would be stored in quotes. Records are JSON already
//!   (and carry their own version), the language tag is plain text that the page's inline
//!   script reads before the app loads, and a damaged value must be set aside exactly as it
//!   was. This is a deliberate departure, written down in ARCHITECTURE.md.

use gloo_storage::{LocalStorage, Storage};

pub use super::store::Store;
use wasm_bindgen::{JsCast, JsValue};

/// Appended to a key to set an unreadable value aside without losing it.
pub const UNREADABLE_SUFFIX: &str = ":unreadable";

/// Why localStorage did not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// No localStorage at all (blocked by settings or an embedding page).
    #[error("browser storage is not available")]
    Unavailable,
    /// The origin's storage is full.
    #[error("browser storage is full")]
    QuotaExceeded,
    /// The browser refused the write for another reason (e.g. private mode).
    #[error("browser storage refused the write: {0}")]
    Refused(String),
}

/// gloo's storage handle, once the window says there is one (`raw()` would throw otherwise).
fn storage() -> Result<web_sys::Storage, StoreError> {
    available()?;
    Ok(LocalStorage::raw())
}

/// Whether this page may use localStorage at all: `window.localStorage` throws where storage is
/// blocked (settings, some embedding pages) and is missing outside a browser window.
fn available() -> Result<(), StoreError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .map(|_| ())
        .ok_or(StoreError::Unavailable)
}

/// Whether a thrown value is a full-storage error. Chromium and Safari throw
/// `QuotaExceededError` (code 22); Firefox throws `NS_ERROR_DOM_QUOTA_REACHED`
/// (code 1014).
pub fn is_quota_error(error: &JsValue) -> bool {
    error.dyn_ref::<web_sys::DomException>().is_some_and(|e| {
        matches!(
            e.name().as_str(),
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"
        ) || matches!(e.code(), 22 | 1014)
    })
}

fn classify(error: JsValue) -> StoreError {
    if is_quota_error(&error) {
        return StoreError::QuotaExceeded;
    }
    let message = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned());
    StoreError::Refused(message)
}

/// The browser's localStorage as a [`Store`].
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStore;

impl Store for LocalStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        read(key)
    }
    fn write(&self, key: &str, value: &str) -> Result<(), StoreError> {
        write(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        available()?;
        LocalStorage::delete(key);
        Ok(())
    }
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        let storage = storage()?;
        let count = LocalStorage::length();
        Ok((0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|key| key.starts_with(prefix))
            .collect())
    }
}

fn read(key: &str) -> Result<Option<String>, StoreError> {
    storage()?.get_item(key).map_err(classify)
}

fn write(key: &str, value: &str) -> Result<(), StoreError> {
    storage()?.set_item(key, value).map_err(classify)
}
