//! Whether new plans use the benchmarks calibrated from the user's results (off until the user
//! switches it on).
//!
//! Key `micromacro:calibration`; value (format 1): `{"v":1,"on":true}`. The calibration itself
//! is not stored: it is worked out from the saved campaigns' results whenever it is needed, so
//! it always says what they say (see `crate::plan::calibration`).
//!
//! Invariants: an entry that cannot be read counts as off and is set aside as it was (under
//! the store's set-aside key), never overwritten unseen; a failed write leaves the previous
//! value and says why.

use super::local_store::StoreError;
use super::store::Store;
use crate::format::record;
use crate::json::{self, Object, Value};

/// The localStorage key.
pub const KEY: &str = "micromacro:calibration";

/// The newest format this app writes and reads.
pub const VERSION: u32 = 1;

/// The stored form of the setting.
#[must_use]
pub fn encode(on: bool) -> String {
    let mut o = Object::new();
    o.insert("v", VERSION);
    o.insert("on", on);
    json::to_string(&o.into())
}

/// The setting in a stored text; `None` when it is not a record of ours.
#[must_use]
pub fn decode(raw: &str) -> Option<bool> {
    let value = json::parse(raw).ok()?;
    record::version_of(&value, VERSION).ok()?;
    value.get("on").and_then(Value::as_bool)
}

/// Whether calibration is on in `store`. An unreadable entry is set aside and counts as off.
pub fn load(store: &impl Store) -> bool {
    match store.read(KEY) {
        Ok(Some(raw)) => decode(&raw).unwrap_or_else(|| {
            let _ = store.set_aside(KEY, &raw);
            false
        }),
        _ => false,
    }
}

/// Keeps the setting.
pub fn save(store: &impl Store, on: bool) -> Result<(), StoreError> {
    store.write(KEY, &encode(on))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::store::Memory;

    #[test]
    fn off_until_switched_on_and_kept() {
        let store = Memory::default();
        assert!(!load(&store));
        save(&store, true).unwrap();
        assert!(load(&store));
        save(&store, false).unwrap();
        assert!(!load(&store));
    }

    #[test]
    fn a_damaged_entry_is_set_aside_and_counts_as_off() {
        let store = Memory::default();
        store.write(KEY, "{not json").unwrap();
        assert!(!load(&store));
        assert_eq!(store.read(KEY).unwrap(), None);
        assert!(
            store.entries().values().any(|v| v == "{not json"),
            "kept aside as it was"
        );
        store.write(KEY, r#"{"v":9,"on":true}"#).unwrap();
        assert!(!load(&store), "a newer format is not read as this one");
    }

    #[test]
    fn a_full_storage_says_so_and_keeps_the_old_value() {
        let store = Memory::default();
        save(&store, true).unwrap();
        store.full.set(true);
        assert_eq!(save(&store, false), Err(StoreError::QuotaExceeded));
        assert!(load(&store));
    }
}
