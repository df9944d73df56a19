//! The key-value store the app keeps its records in: the browser's localStorage
//! ([`LocalStore`](super::local_store::LocalStore)) in the app, a map in native tests
//! (`Memory`, test-only), so every rule about what is kept, replaced or set aside is plain code
//! tested without a browser.
//!
//! Invariants:
//! - A failed write leaves the previous value of that key as it was (localStorage writes are
//!   atomic per key, and `Memory` keeps that promise).
//! - Nothing here decides what to tell the user: errors are returned, named.

use super::local_store::{StoreError, UNREADABLE_SUFFIX};

/// Text values under text keys.
pub trait Store {
    /// The value under `key`; `Ok(None)` when nothing is stored.
    fn read(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Writes `value` under `key`.
    fn write(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key`.
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key that starts with `prefix`.
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError>;

    /// Keeps an unreadable `raw` value under `key` + [`UNREADABLE_SUFFIX`], then frees `key`
    /// for a fresh value. If the copy cannot be written, `key` is left untouched, so nothing
    /// is lost either way.
    fn set_aside(&self, key: &str, raw: &str) -> Result<(), StoreError> {
        self.write(&format!("{key}{UNREADABLE_SUFFIX}"), raw)?;
        self.remove(key)
    }
}

/// A store in memory for native tests, which can be made to refuse writes like a full
/// browser storage.
#[cfg(test)]
#[derive(Default)]
pub struct Memory {
    entries: std::cell::RefCell<std::collections::BTreeMap<String, String>>,
    /// When set, every write fails with [`StoreError::QuotaExceeded`].
    pub full: std::cell::Cell<bool>,
}

#[cfg(test)]
impl Memory {
    /// Every entry, for asserting what a step left behind.
    pub fn entries(&self) -> std::collections::BTreeMap<String, String> {
        self.entries.borrow().clone()
    }
}

#[cfg(test)]
impl Store for Memory {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries.borrow().get(key).cloned())
    }
    fn write(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.full.get() {
            return Err(StoreError::QuotaExceeded);
        }
        self.entries
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        Ok(self
            .entries
            .borrow()
            .keys()
            .filter(|k| k.starts_with(prefix))
            .cloned()
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setting_aside_keeps_the_value_and_frees_the_key() {
        let store = Memory::default();
        store.write("k", "damaged").unwrap();
        store.set_aside("k", "damaged").unwrap();
        assert_eq!(store.read("k"), Ok(None));
        assert_eq!(
            store.read(&format!("k{UNREADABLE_SUFFIX}")),
            Ok(Some("damaged".to_owned()))
        );
    }

    #[test]
    fn a_refused_copy_leaves_the_key_untouched() {
        let store = Memory::default();
        store.write("k", "damaged").unwrap();
        store.full.set(true);
        assert_eq!(
            store.set_aside("k", "damaged"),
            Err(StoreError::QuotaExceeded)
        );
        assert_eq!(store.read("k"), Ok(Some("damaged".to_owned())));
    }
}
