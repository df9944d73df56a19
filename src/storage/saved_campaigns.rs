//! Campaigns saved in this browser: one localStorage entry a campaign.
//!
//! Key `micromacro:campaign:<id>`; value (format 1):
//! `{"v":1,"id":"…","updated":1732170000000,"plan":{…}}`, where `plan` is the
//! campaign in [`format::campaign`](crate::format::campaign) (inputs only) and
//! `updated` is when it was last saved (ms since 1970).
//!
//! Invariants:
//! - One entry a campaign, so a damaged entry can never hide the others.
//! - An entry that cannot be read (not JSON, wrong shape, or written by a
//!   newer version) is left exactly as it is, reported, and never listed or
//!   overwritten: new campaigns always get a fresh id.
//! - A failed write (storage full, private mode) leaves the previous value of
//!   that entry as it was: localStorage writes are atomic per key.

use super::local_store::StoreError;
use super::store::Store;
use crate::format::campaign;
use crate::format::record::{self, VersionError};
use crate::i18n::Lang;
use crate::json::{self, Object, Value};
use crate::plan::PlanInput;

/// Prefix of every saved campaign's key.
pub const PREFIX: &str = "micromacro:campaign:";

/// The newest record format this app writes and reads.
pub const VERSION: u32 = 1;

/// A saved campaign.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedCampaign {
    /// Its id (the key is [`PREFIX`] + id).
    pub id: String,
    /// When it was last saved, in ms since 1970.
    pub updated_ms: f64,
    /// The plan as typed.
    pub plan: PlanInput,
}

/// Why an entry could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    /// Not JSON, or not a record with a numeric `v`.
    #[error("not a saved campaign")]
    NotARecord,
    /// Written by a newer version of the app.
    #[error("saved by a newer version (format {0})")]
    FutureVersion(u64),
    /// The right version, but damaged.
    #[error("damaged saved campaign: {0}")]
    Damaged(String),
}

/// The stored form of a campaign.
pub fn encode(campaign: &SavedCampaign) -> String {
    json::to_string(&to_value(campaign))
}

/// The stored form of a campaign as a JSON value (a backup file lists these).
pub fn to_value(campaign: &SavedCampaign) -> Value<'_> {
    let mut record = Object::new();
    record.insert("v", VERSION);
    record.insert("id", campaign.id.as_str());
    record.insert("updated", campaign.updated_ms);
    record.insert("plan", campaign::to_value(&campaign.plan));
    record.into()
}

/// Reads a stored campaign, its numbers written in `notation`.
pub fn decode(raw: &str, notation: Lang) -> Result<SavedCampaign, RecordError> {
    let record = json::parse(raw).map_err(|_| RecordError::NotARecord)?;
    decode_value(&record, notation)
}

/// [`decode`] for a record already parsed (an entry of a backup file).
pub fn decode_value(record: &Value<'_>, notation: Lang) -> Result<SavedCampaign, RecordError> {
    match record::version_of(record, VERSION)? {
        1 => {
            let damaged = |what: &str| RecordError::Damaged(what.to_owned());
            let id = record.get("id").and_then(Value::as_str);
            let id = id.ok_or_else(|| damaged("id: not a text"))?;
            let updated = record.get("updated").and_then(Value::as_f64);
            let updated = updated.ok_or_else(|| damaged("updated: not a number"))?;
            let plan = record.get("plan").ok_or_else(|| damaged("plan: missing"))?;
            let plan = campaign::from_value(plan, notation)
                .map_err(|e| RecordError::Damaged(e.to_string()))?;
            Ok(SavedCampaign {
                id: id.to_owned(),
                updated_ms: updated,
                plan,
            })
        }
        // Only versions up to VERSION get here, and each has its arm.
        _ => Err(RecordError::NotARecord),
    }
}

impl From<VersionError> for RecordError {
    fn from(error: VersionError) -> Self {
        match error {
            VersionError::NotARecord => Self::NotARecord,
            VersionError::Future(v) => Self::FutureVersion(v),
        }
    }
}

/// What loading all saved campaigns found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// The campaigns that read, most recently saved first.
    pub campaigns: Vec<SavedCampaign>,
    /// Keys of entries that could not be read (left untouched).
    pub unreadable: Vec<String>,
}

/// Loads every saved campaign.
pub fn load_all(store: &impl Store, notation: Lang) -> Result<Loaded, StoreError> {
    let mut loaded = Loaded::default();
    for key in store.keys_with_prefix(PREFIX)? {
        let Ok(Some(raw)) = store.read(&key) else {
            continue;
        };
        match decode(&raw, notation) {
            Ok(campaign) if key == self::key(&campaign.id) => loaded.campaigns.push(campaign),
            _ => loaded.unreadable.push(key),
        }
    }
    micromacro_engine::order::sort_by(&mut loaded.campaigns, |a, b| {
        b.updated_ms.total_cmp(&a.updated_ms)
    });
    Ok(loaded)
}

/// Loads one saved campaign.
pub fn load(store: &impl Store, id: &str, notation: Lang) -> Option<SavedCampaign> {
    let raw = store.read(&key(id)).ok().flatten()?;
    decode(&raw, notation).ok()
}

/// Saves (or overwrites) a campaign.
pub fn save(store: &impl Store, campaign: &SavedCampaign) -> Result<(), StoreError> {
    store.write(&key(&campaign.id), &encode(campaign))
}

/// Deletes a campaign, returning its stored text so it can be restored.
pub fn delete(store: &impl Store, id: &str) -> Result<Option<String>, StoreError> {
    let key = key(id);
    let raw = store.read(&key)?;
    store.remove(&key)?;
    Ok(raw)
}

/// Puts back a campaign deleted with [`delete`].
pub fn restore(store: &impl Store, id: &str, raw: &str) -> Result<(), StoreError> {
    store.write(&key(id), raw)
}

/// The key a campaign is kept under.
fn key(id: &str) -> String {
    format!("{PREFIX}{id}")
}

/// A new id: the time and a random part, in base 36, unique in practice.
pub fn new_id(now_ms: f64, random: f64) -> String {
    fn base36(mut n: u64) -> String {
        const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
        let mut out = Vec::new();
        loop {
            out.push(DIGITS[(n % 36) as usize]);
            n /= 36;
            if n == 0 {
                break;
            }
        }
        out.reverse();
        String::from_utf8(out).expect("ASCII digits")
    }
    format!(
        "{}{}",
        base36(now_ms.max(0.0) as u64),
        base36((random.clamp(0.0, 1.0) * 1e9) as u64)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::CreatorInput;
    use micromacro_engine::Platform;

    fn campaign() -> SavedCampaign {
        let mut plan = PlanInput {
            name: "Spring <b>launch</b>".into(),
            ..PlanInput::default()
        };
        plan.creators.push(CreatorInput {
            name: "@lisa.bakes".into(),
            followers: "48000".into(),
            engagement_percent: "3.2".into(),
            ..CreatorInput::blank(0, Platform::Instagram)
        });
        SavedCampaign {
            id: "m1abc".into(),
            updated_ms: 1_732_170_000_000.0,
            plan,
        }
    }

    /// A campaign saved by the first release. It must load forever.
    const FIXTURE_V1: &str = r#"{"v":1,"id":"k9z","updated":1732170000000,"plan":{"v":1,"name":"Voorjaar","cur":"EUR","obj":"community","pf":"tiktok","geo":"local","niche":"deep","risk":"low","style":"authentic","rights":true,"budget":2500,"hours":40,"hcost":45,"weeks":26,"cr":[{"n":"@bram","pf":"tiktok","f":12000,"e":8.5}]}}"#;

    #[test]
    fn round_trip() {
        let saved = campaign();
        assert_eq!(decode(&encode(&saved), Lang::En).unwrap(), saved);
    }

    #[test]
    fn first_format_keeps_loading() {
        let saved = decode(FIXTURE_V1, Lang::Nl).unwrap();
        assert_eq!(saved.id, "k9z");
        assert_eq!(saved.plan.name, "Voorjaar");
        assert_eq!(saved.plan.budget, "2500");
        assert_eq!(saved.plan.creators[0].engagement_percent, "8,5");
        assert_eq!(saved.plan.creators[0].platform, Platform::TikTok);
    }

    #[test]
    fn unreadable_records_are_named() {
        assert_eq!(decode("{oops", Lang::En), Err(RecordError::NotARecord));
        assert_eq!(
            decode(r#"{"v":7,"x":1}"#, Lang::En),
            Err(RecordError::FutureVersion(7))
        );
        assert!(matches!(
            decode(r#"{"v":1,"id":3}"#, Lang::En),
            Err(RecordError::Damaged(_))
        ));
        assert!(matches!(
            decode(
                r#"{"v":1,"id":"a","updated":1,"plan":{"v":1,"obj":"fame"}}"#,
                Lang::En
            ),
            Err(RecordError::Damaged(_))
        ));
    }

    #[test]
    fn ids_are_short_and_differ() {
        let a = new_id(1_732_170_000_000.0, 0.25);
        let b = new_id(1_732_170_000_000.0, 0.26);
        assert_ne!(a, b);
        assert!(
            a.len() < 16 && a.bytes().all(|c| c.is_ascii_alphanumeric()),
            "{a}"
        );
    }
}
