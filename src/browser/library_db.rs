//! The creator library in the browser's own database (IndexedDB), through `web-sys` directly:
//! the few calls the library needs (open with an upgrade, read everything, write what a merge
//! changed, clear) cost less than a wrapper crate, and nothing here needs more.
//!
//! # Schema
//!
//! Database `micromacro`, version [`DB_VERSION`]:
//! - `creators`: one record per creator, the text of `crate::format::library` (format 1) under
//!   its key's id (`instagram:lisa.bakes`, `crate::roster::CreatorKey::to_id`).
//! - `set_aside`: records that could not be read, moved there under the same key, so a damaged
//!   or newer record is never overwritten or lost and the rest of the library still opens.
//!
//! An upgrade creates what a database of an older version lacks; version 1 is the first.
//!
//! # Invariants
//!
//! - Every write is one read-write transaction that reads the library as it is *in the
//!   database* and merges into that, so two tabs importing at once never lose a write: the
//!   database runs their transactions one after the other, and the second merges into the
//!   first's result. Other tabs are told through a `BroadcastChannel` and read it again.
//! - A transaction the browser refuses (storage full, private mode) changes nothing: the
//!   error is returned, named, and the library in memory stays as it was.
//! - Records are read with `crate::format::library`, which caps and checks each one.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

use crate::format::library::{from_json, to_json};
use crate::library::{Library, MergeReport};
use crate::roster::{CreatorKey, RosterCreator};
use micromacro_engine::Platform;

/// The database's name.
pub const DB_NAME: &str = "micromacro";
/// The schema version this app opens.
pub const DB_VERSION: u32 = 1;
const CREATORS: &str = "creators";
const SET_ASIDE: &str = "set_aside";
/// The channel tabs tell each other the library changed on.
const CHANNEL: &str = "micromacro-library";

/// Why the database did not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DbError {
    /// This browser has no database for the page (very old, or blocked by a setting).
    Unavailable,
    /// The storage for the page is full.
    Full,
    /// Another tab holds an older version of the database open.
    Blocked,
    /// Anything else, with the browser's name for it.
    Failed(String),
}

impl DbError {
    /// A stable id (catalogue keys `library.error.<id>`, test hooks).
    #[must_use]
    pub fn id(&self) -> &'static str {
        match self {
            DbError::Unavailable => "unavailable",
            DbError::Full => "full",
            DbError::Blocked => "blocked",
            DbError::Failed(_) => "failed",
        }
    }

    fn from_js(value: &JsValue) -> Self {
        let name = value
            .dyn_ref::<web_sys::DomException>()
            .map(web_sys::DomException::name)
            .unwrap_or_default();
        match name.as_str() {
            "QuotaExceededError" => DbError::Full,
            "" => DbError::Failed("unknown".into()),
            _ => DbError::Failed(name),
        }
    }
}

/// The library as read, and how many records were set aside.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    /// Every record that reads.
    pub library: Library,
    /// Records moved to `set_aside` now (damaged, or of a newer format).
    pub set_aside: usize,
}

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// A promise settled by `request`: its result, or its error.
fn request_done(request: &IdbRequest) -> JsFuture {
    let request = request.clone();
    JsFuture::from(Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        request.set_onsuccess(Some(
            Closure::once_into_js(move || {
                let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
            })
            .unchecked_ref(),
        ));
        let failed = request.clone();
        request.set_onerror(Some(
            Closure::once_into_js(move || {
                let error = failed
                    .error()
                    .ok()
                    .flatten()
                    .map_or(JsValue::NULL, JsValue::from);
                let _ = reject.call1(&JsValue::NULL, &error);
            })
            .unchecked_ref(),
        ));
    }))
}

/// A promise settled when `tx` commits (or is aborted, with its error).
fn transaction_done(tx: &IdbTransaction) -> JsFuture {
    let tx = tx.clone();
    JsFuture::from(Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(
            Closure::once_into_js(move || {
                let _ = resolve.call0(&JsValue::NULL);
            })
            .unchecked_ref(),
        ));
        let failed = tx.clone();
        let reject_abort = reject.clone();
        let on_abort = Closure::once_into_js(move || {
            let error = failed.error().map_or(JsValue::NULL, JsValue::from);
            let _ = reject_abort.call1(&JsValue::NULL, &error);
        });
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    }))
}

/// Runs `then` with the request's result inside its success event, while the transaction is
/// still active (more requests may be made there).
fn on_success(request: &IdbRequest, then: impl FnOnce(JsValue) + 'static) {
    let done = request.clone();
    request.set_onsuccess(Some(
        Closure::once_into_js(move || then(done.result().unwrap_or(JsValue::UNDEFINED)))
            .unchecked_ref(),
    ));
}

/// The open database (opened, and upgraded, on first use).
async fn open() -> Result<IdbDatabase, DbError> {
    if let Some(db) = DB.with(|db| db.borrow().clone()) {
        return Ok(db);
    }
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(DbError::Unavailable)?;
    let request = factory
        .open_with_u32(DB_NAME, DB_VERSION)
        .map_err(|_| DbError::Unavailable)?;
    let upgrading = request.clone();
    request.set_onupgradeneeded(Some(
        Closure::once_into_js(move || {
            // Each version adds what the ones before it lacked.
            if let Ok(db) = upgrading.result().map(IdbDatabase::unchecked_from_js) {
                let names = db.object_store_names();
                for store in [CREATORS, SET_ASIDE] {
                    if !names.contains(store) {
                        let _ = db.create_object_store(store);
                    }
                }
            }
        })
        .unchecked_ref(),
    ));
    let blocked = Rc::new(RefCell::new(false));
    let flag = blocked.clone();
    request.set_onblocked(Some(
        Closure::once_into_js(move || *flag.borrow_mut() = true).unchecked_ref(),
    ));
    let db: IdbDatabase = match request_done(&request).await {
        Ok(db) => db.unchecked_into(),
        Err(_) if *blocked.borrow() => return Err(DbError::Blocked),
        Err(error) => return Err(DbError::from_js(&error)),
    };
    // A newer version opened in another tab: let it upgrade, and open again next time.
    let closing = db.clone();
    db.set_onversionchange(Some(
        Closure::<dyn FnMut()>::new(move || {
            closing.close();
            DB.with(|db| *db.borrow_mut() = None);
        })
        .into_js_value()
        .unchecked_ref(),
    ));
    DB.with(|slot| *slot.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// A read-write transaction over both stores.
fn write_transaction(
    db: &IdbDatabase,
) -> Result<(IdbTransaction, IdbObjectStore, IdbObjectStore), DbError> {
    let stores = Array::of2(&CREATORS.into(), &SET_ASIDE.into());
    let tx = db
        .transaction_with_str_sequence_and_mode(&stores, IdbTransactionMode::Readwrite)
        .map_err(|e| DbError::from_js(&e))?;
    let creators = tx
        .object_store(CREATORS)
        .map_err(|e| DbError::from_js(&e))?;
    let aside = tx
        .object_store(SET_ASIDE)
        .map_err(|e| DbError::from_js(&e))?;
    Ok((tx, creators, aside))
}

/// Reads every record of `creators` in the transaction; records that do not read are moved
/// to `aside` (same key) and counted. Calls `then` with the library inside the transaction.
fn read_all(
    creators: &IdbObjectStore,
    aside: IdbObjectStore,
    then: impl FnOnce(Library, usize, &IdbObjectStore) -> Result<(), JsValue> + 'static,
) -> Result<(), DbError> {
    let keys = creators.get_all_keys().map_err(|e| DbError::from_js(&e))?;
    let values = creators.get_all().map_err(|e| DbError::from_js(&e))?;
    let store = creators.clone();
    let tx = creators.transaction();
    // Requests of one transaction complete in order: the keys are there when the values are.
    on_success(&values, move |values| {
        let keys = Array::from(&keys.result().unwrap_or(JsValue::UNDEFINED));
        let values = Array::from(&values);
        let mut read = Vec::with_capacity(values.length() as usize);
        let mut set_aside = 0;
        let run = || -> Result<(), JsValue> {
            for (key, value) in keys.iter().zip(values.iter()) {
                let creator = value
                    .as_string()
                    .ok_or(())
                    .and_then(|raw| from_json(&raw).map_err(|_| ()));
                let id = key.as_string().unwrap_or_default();
                match creator {
                    Ok(creator) if CreatorKey::of(&creator, Platform::Instagram).to_id() == id => {
                        read.push(creator);
                    }
                    _ => {
                        aside.put_with_key(&value, &key)?;
                        store.delete(&key)?;
                        set_aside += 1;
                    }
                }
            }
            then(Library::from_creators(read), set_aside, &store)
        };
        if run().is_err() {
            let _ = tx.abort();
        }
    });
    Ok(())
}

/// The library as the database holds it; unreadable records are set aside.
pub async fn load() -> Result<Loaded, DbError> {
    let db = open().await?;
    let (tx, creators, aside) = write_transaction(&db)?;
    let out = Rc::new(RefCell::new(None));
    let slot = out.clone();
    read_all(&creators, aside, move |library, set_aside, _| {
        *slot.borrow_mut() = Some(Loaded { library, set_aside });
        Ok(())
    })?;
    transaction_done(&tx)
        .await
        .map_err(|e| DbError::from_js(&e))?;
    let loaded = out.borrow_mut().take();
    loaded.ok_or_else(|| DbError::Failed("no result".into()))
}

/// Merges `incoming` into the library as the database holds it now (see the module docs);
/// a creator without a platform is on `default_platform`. Returns the library after the
/// merge and what it did; nothing is written when the browser refuses the transaction.
pub async fn merge(
    incoming: Vec<RosterCreator>,
    default_platform: Platform,
) -> Result<(Library, MergeReport), DbError> {
    let db = open().await?;
    let (tx, creators, aside) = write_transaction(&db)?;
    let out = Rc::new(RefCell::new(None));
    let slot = out.clone();
    read_all(&creators, aside, move |mut library, _, store| {
        let (report, changed) = library.merge(incoming, default_platform);
        for creator in &changed {
            let key = CreatorKey::of(creator, default_platform).to_id();
            store.put_with_key(
                &JsValue::from_str(&to_json(creator)),
                &JsValue::from_str(&key),
            )?;
        }
        *slot.borrow_mut() = Some((library, report));
        Ok(())
    })?;
    transaction_done(&tx)
        .await
        .map_err(|e| DbError::from_js(&e))?;
    announce();
    let merged = out.borrow_mut().take();
    merged.ok_or_else(|| DbError::Failed("no result".into()))
}

/// Removes every creator from the library (records set aside stay set aside).
pub async fn clear() -> Result<(), DbError> {
    let db = open().await?;
    let (tx, creators, _) = write_transaction(&db)?;
    creators.clear().map_err(|e| DbError::from_js(&e))?;
    transaction_done(&tx)
        .await
        .map_err(|e| DbError::from_js(&e))?;
    announce();
    Ok(())
}

/// How many records are set aside.
pub async fn set_aside_count() -> Result<u32, DbError> {
    let db = open().await?;
    let tx = db
        .transaction_with_str(SET_ASIDE)
        .map_err(|e| DbError::from_js(&e))?;
    let store = tx
        .object_store(SET_ASIDE)
        .map_err(|e| DbError::from_js(&e))?;
    let count = store.count().map_err(|e| DbError::from_js(&e))?;
    let n = request_done(&count)
        .await
        .map_err(|e| DbError::from_js(&e))?;
    Ok(n.as_f64().unwrap_or(0.0) as u32)
}

fn channel() -> Option<web_sys::BroadcastChannel> {
    thread_local! {
        static CHANNEL_SLOT: Option<web_sys::BroadcastChannel> = web_sys::BroadcastChannel::new(CHANNEL).ok();
    }
    CHANNEL_SLOT.with(Clone::clone)
}

/// Tells the other tabs the library changed.
fn announce() {
    if let Some(channel) = channel() {
        let _ = channel.post_message(&JsValue::from_str("changed"));
    }
}

/// Calls `changed` whenever another tab changed the library.
pub fn on_change_elsewhere(changed: impl Fn() + 'static) {
    if let Some(channel) = channel() {
        let callback = Closure::<dyn Fn()>::new(changed);
        channel.set_onmessage(Some(callback.as_ref().unchecked_ref()));
        callback.forget();
    }
}

/// What the page's storage uses and may use, in bytes (`navigator.storage.estimate()`).
pub async fn estimate() -> Option<(f64, f64)> {
    let storage = web_sys::window()?.navigator().storage();
    let estimate: web_sys::StorageEstimate = JsFuture::from(storage.estimate().ok()?)
        .await
        .ok()?
        .unchecked_into();
    Some((estimate.get_usage()?, estimate.get_quota()?))
}

/// Whether the browser keeps the page's storage until the user clears it.
pub async fn persisted() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    JsFuture::from(storage.persisted().ok()?)
        .await
        .ok()?
        .as_bool()
}

/// Asks the browser to keep the page's storage until the user clears it; whether it will.
pub async fn persist() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    JsFuture::from(storage.persist().ok()?)
        .await
        .ok()?
        .as_bool()
}
