//! The creator library in the browser's own database (IndexedDB), through `web-sys` directly:
//! the few calls the library needs (open with an upgrade, read everything, write what a merge
//! changed, clear) cost less than a wrapper crate, and nothing here needs more.
//!
//! # Schema
//!
//! Database `micromacro`, version [`DB_VERSION`]:
//! - `creators`: one record per creator, the text of `crate::format::library` (format 1) under
//!   its key's id (`instagram:lisa.bakes`, `crate::roster::CreatorKey::to_id`). The truth.
//! - `set_aside`: records that could not be read, moved there under the same key, so a damaged
//!   or newer record is never overwritten or lost and the rest of the library still opens.
//! - `snapshot` (version 2): one record, `library`, the whole library as one text (the
//!   snapshot of `crate::format::library`: written in its format 2, read in 2 or 1), written
//!   in the same transaction as every change to `creators`. The browser hands over one large
//!   text far faster than tens of thousands of small ones, so a large library opens quickly;
//!   it is used only when it holds as many creators as `creators` does, else the records are
//!   read one by one (and damaged ones set aside) and a new snapshot is written. (An older
//!   version of the app that cannot read a newer snapshot reads the records the same way.)
//!
//! An upgrade creates the stores a database of an older version lacks: version 1 had
//! `creators` and `set_aside`; version 2 adds `snapshot`, and its first read writes it.
//!
//! On the pages that open the library, the page's first script (`index.html`) starts reading
//! the snapshot and the records' count as the page loads, read-only and only from a database
//! of this version, so the database's own latency overlaps the app's loading; [`load_ahead`]
//! takes that read once, and anything it cannot use is read here as before.
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

use crate::format::library::{from_json, snapshot_from_text, snapshot_to_text, to_json};
use crate::library::{Library, MergeReport};
use crate::roster::{CreatorKey, RosterCreator};
use micromacro_engine::{IdEnum, Platform};

/// The database's name.
pub const DB_NAME: &str = "micromacro";
/// The schema version this app opens.
pub const DB_VERSION: u32 = 2;
const CREATORS: &str = "creators";
const SET_ASIDE: &str = "set_aside";
const SNAPSHOT: &str = "snapshot";
/// The snapshot's key in its store.
const SNAPSHOT_KEY: &str = "library";
/// The property of `window` that holds `index.html`'s read ahead ([`load_ahead`]).
const AHEAD: &str = "micromacroLibraryAhead";
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

/// The library of a snapshot, when it holds `count` creators (the records' count).
fn snapshot_library(count: &JsValue, snapshot: &JsValue) -> Option<Library> {
    let count = count.as_f64()?;
    let creators = snapshot
        .as_string()
        .and_then(|raw| snapshot_from_text(&raw).ok())
        .filter(|creators| creators.len() as f64 == count)?;
    let keyed = creators
        .into_iter()
        .map(|c| (CreatorKey::of(&c, Platform::Instagram), c))
        .collect();
    Some(Library::from_kept(keyed))
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
                for store in [CREATORS, SET_ASIDE, SNAPSHOT] {
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

/// The stores of a read-write transaction over the library.
struct Stores {
    creators: IdbObjectStore,
    aside: IdbObjectStore,
    snapshot: IdbObjectStore,
    /// False in a read-only transaction: nothing is set aside or written.
    writable: bool,
}

/// A read-write transaction over every store of the library.
fn write_transaction(db: &IdbDatabase) -> Result<(IdbTransaction, Stores), DbError> {
    transaction(db, IdbTransactionMode::Readwrite)
}

/// A transaction over every store of the library.
fn transaction(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, Stores), DbError> {
    let names = Array::of3(&CREATORS.into(), &SET_ASIDE.into(), &SNAPSHOT.into());
    let tx = db
        .transaction_with_str_sequence_and_mode(&names, mode)
        .map_err(|e| DbError::from_js(&e))?;
    let store = |name| tx.object_store(name).map_err(|e| DbError::from_js(&e));
    let stores = Stores {
        creators: store(CREATORS)?,
        aside: store(SET_ASIDE)?,
        snapshot: store(SNAPSHOT)?,
        writable: mode == IdbTransactionMode::Readwrite,
    };
    Ok((tx, stores))
}

impl Stores {
    /// Writes the snapshot of `library`.
    fn write_snapshot(&self, library: &Library) -> Result<(), JsValue> {
        let text = snapshot_to_text(library.creators());
        self.snapshot
            .put_with_key(&JsValue::from_str(&text), &JsValue::from_str(SNAPSHOT_KEY))?;
        Ok(())
    }
}

/// Reads the library in the transaction: from the snapshot when it holds as many creators as
/// the store, else record by record, moving records that do not read to `set_aside` (same
/// key) and writing a new snapshot. Calls `then` with the library and how many records were
/// set aside, inside the transaction (where it may write more).
fn read_library(
    stores: Stores,
    then: impl FnOnce(Library, usize, &Stores) -> Result<(), JsValue> + 'static,
) -> Result<(), DbError> {
    let count = stores.creators.count().map_err(|e| DbError::from_js(&e))?;
    let snapshot = stores
        .snapshot
        .get(&JsValue::from_str(SNAPSHOT_KEY))
        .map_err(|e| DbError::from_js(&e))?;
    let tx = stores.creators.transaction();
    // Requests of one transaction complete in order: the count is there with the snapshot.
    on_success(&snapshot, move |snapshot| {
        let count = count.result().unwrap_or(JsValue::NULL);
        let run = || match snapshot_library(&count, &snapshot) {
            Some(library) => then(library, 0, &stores),
            None => read_records(stores, then),
        };
        if run().is_err() {
            let _ = tx.abort();
        }
    });
    Ok(())
}

/// The record-by-record read of [`read_library`].
fn read_records(
    stores: Stores,
    then: impl FnOnce(Library, usize, &Stores) -> Result<(), JsValue> + 'static,
) -> Result<(), JsValue> {
    let keys = stores.creators.get_all_keys()?;
    let values = stores.creators.get_all()?;
    let tx = stores.creators.transaction();
    on_success(&values, move |values| {
        let keys = Array::from(&keys.result().unwrap_or(JsValue::UNDEFINED));
        let values = Array::from(&values);
        let mut read = Vec::with_capacity(values.length() as usize);
        let mut set_aside = 0;
        let run = || -> Result<(), JsValue> {
            for (key, value) in keys.iter().zip(values.iter()) {
                let id = key.as_string().unwrap_or_default();
                let creator = value.as_string().and_then(|raw| from_json(&raw).ok());
                // Kept under its own key: anything else is damage.
                let kept = creator
                    .map(|c| (CreatorKey::of(&c, Platform::Instagram), c))
                    .filter(|(k, _)| id.split_once(':') == Some((k.platform().id(), k.handle())));
                match kept {
                    Some(kept) => read.push(kept),
                    None => {
                        if stores.writable {
                            stores.aside.put_with_key(&value, &key)?;
                            stores.creators.delete(&key)?;
                        }
                        set_aside += 1;
                    }
                }
            }
            let library = Library::from_kept(std::mem::take(&mut read));
            if stores.writable {
                stores.write_snapshot(&library)?;
            }
            then(library, set_aside, &stores)
        };
        if run().is_err() {
            let _ = tx.abort();
        }
    });
    Ok(())
}

/// The snapshot the page's first script started reading as the page loaded (`index.html`,
/// read-only, only from a database of [`DB_VERSION`]), taken once: the library it holds when
/// it holds as many creators as the records' count, as [`load`] would read it. `None` when
/// there was no read ahead, no database, or a snapshot that does not match: the caller then
/// reads the database itself.
pub async fn load_ahead() -> Option<Loaded> {
    let window = web_sys::window()?;
    let key = JsValue::from_str(AHEAD);
    let promise: Promise = js_sys::Reflect::get(&window, &key).ok()?.dyn_into().ok()?;
    let _ = js_sys::Reflect::delete_property(window.as_ref(), &key);
    let read = JsFuture::from(promise)
        .await
        .ok()
        .filter(|r| r.is_object())?;
    let field = |name: &str| js_sys::Reflect::get(&read, &JsValue::from_str(name)).ok();
    let library = snapshot_library(&field("count")?, &field("snapshot")?)?;
    Some(Loaded {
        library,
        set_aside: 0,
    })
}

/// The library as the database holds it; unreadable records are set aside. A full disk
/// (which refuses the set-aside and the snapshot) still reads it, writing nothing.
pub async fn load() -> Result<Loaded, DbError> {
    match load_in(IdbTransactionMode::Readwrite).await {
        Err(DbError::Full) => load_in(IdbTransactionMode::Readonly).await,
        other => other,
    }
}

async fn load_in(mode: IdbTransactionMode) -> Result<Loaded, DbError> {
    let db = open().await?;
    let (tx, stores) = transaction(&db, mode)?;
    let out = Rc::new(RefCell::new(None));
    let slot = out.clone();
    read_library(stores, move |library, set_aside, _| {
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
    let (tx, stores) = write_transaction(&db)?;
    let out = Rc::new(RefCell::new(None));
    let slot = out.clone();
    read_library(stores, move |mut library, _, stores| {
        let (report, changed) = library.merge(incoming, default_platform);
        for creator in &changed {
            let key = CreatorKey::of(creator, default_platform).to_id();
            stores.creators.put_with_key(
                &JsValue::from_str(&to_json(creator)),
                &JsValue::from_str(&key),
            )?;
        }
        if !changed.is_empty() {
            stores.write_snapshot(&library)?;
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
    let (tx, stores) = write_transaction(&db)?;
    stores.creators.clear().map_err(|e| DbError::from_js(&e))?;
    stores.snapshot.clear().map_err(|e| DbError::from_js(&e))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `index.html`'s read ahead names the database, its version, stores and key as this
    /// module does: a change on one side alone would make every read ahead unusable.
    #[test]
    fn the_pages_read_ahead_reads_this_schema() {
        let page = include_str!("../../index.html");
        for expected in [
            format!("window.{AHEAD} = "),
            format!("indexedDB.open(\"{DB_NAME}\")"),
            format!("db.version !== {DB_VERSION}"),
            format!("db.transaction([\"{CREATORS}\", \"{SNAPSHOT}\"], \"readonly\")"),
            format!("objectStore(\"{CREATORS}\").count()"),
            format!("objectStore(\"{SNAPSHOT}\").get(\"{SNAPSHOT_KEY}\")"),
        ] {
            assert!(page.contains(&expected), "index.html lacks {expected}");
        }
    }
}
