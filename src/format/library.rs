//! A creator of the library as the browser's database keeps it: one record per creator,
//! stored under its key (`crate::roster::CreatorKey::to_id`).
//!
//! # Format 1
//!
//! A JSON object: `v` (1), then the keys of a campaign's roster entry (`crate::format::campaign`):
//! `h` handle, `n` display name, `pf` platform id, `f` followers, `e` engagement rate, `p`
//! price per post and `cur` its currency, `c` country, `ni` niche, `fk` fake-follower share,
//! `cv` conversion rate, `k` posts. `h`, `pf` and `f` are required. Example:
//!
//! ```json
//! {"v":1,"h":"lisa.bakes","pf":"instagram","f":48000,"e":0.032,"c":"NL","ni":"baking"}
//! ```
//!
//! # The snapshot, format 1
//!
//! The whole library as one record, kept beside the creators' own records so a large library
//! reads in one step: `{"v":1,"n":<creators>,"c":[<creator>…]}`, each creator an object as
//! above without its `v`. It is written in the same transaction as the records it copies, and
//! read only when `n` matches the number of records (anything else reads the records
//! themselves and writes a new snapshot).
//!
//! Invariants: what [`to_json`] writes [`from_json`] reads back to the same creator; a record
//! of a newer format is [`RecordError::Future`], never read as this one; a damaged value is
//! named by its key; the text is capped before it is parsed.

use super::campaign::{FormatError, creator_value, read_creator};
use super::record::{VersionError, version_of};
use crate::json::{self, Value};
use crate::roster::RosterCreator;

/// The newest library record format this app writes and reads.
pub const VERSION: u32 = 1;

/// The longest record text read: a creator's texts are capped at 200 characters each.
pub const MAX_RECORD_BYTES: usize = 16 * 1024;

/// The longest snapshot read (a full library's creators, each capped as a record is).
pub const MAX_SNAPSHOT_BYTES: usize = 64 * 1024 * 1024;

/// Why a stored creator could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    /// Not a library record, or damaged (the text names the key).
    #[error("damaged creator record: {0}")]
    Damaged(String),
    /// Written by a newer version of the app.
    #[error("creator record of a newer format ({0})")]
    Future(u64),
}

/// The record of `creator` (which has its platform).
#[must_use]
pub fn to_json(creator: &RosterCreator) -> String {
    let mut value = creator_value(creator);
    if let Value::Object(o) = &mut value {
        o.0.insert(0, ("v".into(), VERSION.into()));
    }
    json::to_string(&value)
}

/// The creator of a record.
pub fn from_json(raw: &str) -> Result<RosterCreator, RecordError> {
    if raw.len() > MAX_RECORD_BYTES {
        return Err(RecordError::Damaged(format!("{} bytes", raw.len())));
    }
    let value = json::parse(raw).map_err(|_| RecordError::Damaged("not JSON".into()))?;
    match version_of(&value, VERSION) {
        Ok(_) => {}
        Err(VersionError::Future(v)) => return Err(RecordError::Future(v)),
        Err(VersionError::NotARecord) => return Err(RecordError::Damaged("no version".into())),
    }
    let creator = read_creator(&value, "creator", 0).map_err(|e| match e {
        FormatError::Damaged(text) => RecordError::Damaged(text),
        other => RecordError::Damaged(other.to_string()),
    })?;
    if creator.platform.is_none() {
        return Err(RecordError::Damaged("creator[0].pf: missing".into()));
    }
    Ok(creator)
}

/// The snapshot of `creators` (each with its platform).
#[must_use]
pub fn snapshot_to_json(creators: &[RosterCreator]) -> String {
    let mut o = crate::json::Object::new();
    o.insert("v", VERSION);
    o.insert("n", creators.len() as u64);
    let list: Vec<Value<'_>> = creators.iter().map(creator_value).collect();
    o.insert("c", list);
    json::to_string(&o.into())
}

/// The creators of a snapshot, with how many it says it holds.
pub fn snapshot_from_json(raw: &str) -> Result<Vec<RosterCreator>, RecordError> {
    if raw.len() > MAX_SNAPSHOT_BYTES {
        return Err(RecordError::Damaged(format!("{} bytes", raw.len())));
    }
    let value = json::parse(raw).map_err(|_| RecordError::Damaged("not JSON".into()))?;
    match version_of(&value, VERSION) {
        Ok(_) => {}
        Err(VersionError::Future(v)) => return Err(RecordError::Future(v)),
        Err(VersionError::NotARecord) => return Err(RecordError::Damaged("no version".into())),
    }
    let list = value
        .get("c")
        .and_then(Value::as_array)
        .ok_or_else(|| RecordError::Damaged("c: missing".into()))?;
    if value.get("n").and_then(Value::as_u64) != Some(list.len() as u64) {
        return Err(RecordError::Damaged("n: not the number of creators".into()));
    }
    list.iter()
        .enumerate()
        .map(|(row, item)| {
            let creator =
                read_creator(item, "c", row).map_err(|e| RecordError::Damaged(e.to_string()))?;
            if creator.platform.is_none() {
                return Err(RecordError::Damaged(format!("c[{row}].pf: missing")));
            }
            Ok(creator)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use micromacro_engine::{Currency, Platform};

    fn lisa() -> RosterCreator {
        let mut c = RosterCreator::new(0, "Lisa.Bakes", 48_000);
        c.platform = Some(Platform::Instagram);
        c.name = Some("Lisa — bakt".into());
        c.engagement = Some(0.032);
        c.price = Some((450.5, Some(Currency::Usd)));
        c.country = Some("NL".into());
        c.niche = Some("baking".into());
        c.fake_share = Some(0.05);
        c.conversion_rate = Some(0.02);
        c.posts = Some(3);
        c
    }

    #[test]
    fn a_record_reads_back_to_the_same_creator() {
        let raw = to_json(&lisa());
        assert!(raw.starts_with(r#"{"v":1,"h":"Lisa.Bakes","n":"#), "{raw}");
        assert_eq!(from_json(&raw), Ok(lisa()));
    }

    #[test]
    fn a_snapshot_reads_back_to_the_same_creators() {
        let mut bram = RosterCreator::new(0, "bram", 12_000);
        bram.platform = Some(Platform::TikTok);
        let raw = snapshot_to_json(&[lisa(), bram.clone()]);
        assert!(
            raw.starts_with(r#"{"v":1,"n":2,"c":[{"h":"Lisa.Bakes""#),
            "{raw}"
        );
        assert_eq!(snapshot_from_json(&raw), Ok(vec![lisa(), bram]));
        assert_eq!(snapshot_from_json(&snapshot_to_json(&[])), Ok(vec![]));
        // A count that does not match, a creator without a platform, a newer format.
        assert!(snapshot_from_json(&raw.replace(r#""n":2"#, r#""n":3"#)).is_err());
        assert!(snapshot_from_json(&raw.replace(r#","pf":"tiktok""#, "")).is_err());
        assert_eq!(
            snapshot_from_json(&raw.replace(r#"{"v":1,"#, r#"{"v":2,"#)),
            Err(RecordError::Future(2))
        );
    }

    #[test]
    fn the_first_format_keeps_reading() {
        let raw = r#"{"v":1,"h":"bram","pf":"tiktok","f":12000,"c":"BE"}"#;
        let bram = from_json(raw).unwrap();
        assert_eq!(
            (
                bram.handle.as_str(),
                bram.platform,
                bram.followers,
                bram.country.as_deref()
            ),
            ("bram", Some(Platform::TikTok), 12_000, Some("BE"))
        );
    }

    #[test]
    fn damaged_and_newer_records_say_so() {
        for raw in [
            "",
            "{",
            "[]",
            r#"{"h":"x","pf":"tiktok","f":1}"#,
            r#"{"v":1,"h":"x","f":1}"#,
            r#"{"v":1,"h":"x","pf":"myspace","f":1}"#,
            r#"{"v":1,"h":"","pf":"tiktok","f":1}"#,
            r#"{"v":1,"h":"x","pf":"tiktok","f":0}"#,
            r#"{"v":1,"h":"x","pf":"tiktok","f":5,"e":2}"#,
        ] {
            assert!(
                matches!(from_json(raw), Err(RecordError::Damaged(_))),
                "{raw}"
            );
        }
        assert_eq!(
            from_json(r#"{"v":2,"h":"x","pf":"tiktok","f":1}"#),
            Err(RecordError::Future(2))
        );
        let huge = format!(
            r#"{{"v":1,"h":"{}","pf":"tiktok","f":1}}"#,
            "x".repeat(MAX_RECORD_BYTES)
        );
        assert!(from_json(&huge).is_err());
    }
}
