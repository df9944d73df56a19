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
//! # The snapshot, format 2
//!
//! The same, as lines of text a reader splits without building a tree of values (shorter, and
//! read in about half the time): a first line `micromacro-library`, a tab, 2,
//! a tab and the number of creators; then one line a creator, its fields separated by tabs
//! in the order `h n pf f e p cur c ni fk cv k` (`crate::format::campaign::creator_texts`), an
//! absent field empty. In a text, `\`, a tab, a line feed and a carriage return are written
//! `\\`, `\t`, `\n` and `\r`. Every value is checked as format 1's are. The app writes
//! format 2 and reads both.
//!
//! Invariants: what [`to_json`] writes [`from_json`] reads back to the same creator, and what
//! [`snapshot_to_text`] writes [`snapshot_from_text`] reads back to the same creators; a
//! record of a newer format is [`RecordError::Future`], never read as this one; a damaged
//! value is named by its key; the text is capped before it is parsed.

use std::borrow::Cow;

use super::campaign::{
    CREATOR_TEXT_FIELDS, FormatError, creator_texts, creator_value, read_creator,
    read_creator_texts,
};
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

/// The snapshot format this app writes.
pub const SNAPSHOT_VERSION: u64 = 2;

/// The first word of a snapshot of format 2 or later.
const SNAPSHOT_MAGIC: &str = "micromacro-library";

/// The snapshot of `creators` (each with its platform), in format 2.
#[must_use]
pub fn snapshot_to_text(creators: &[RosterCreator]) -> String {
    let mut out = String::with_capacity(64 * creators.len() + 32);
    out.push_str(SNAPSHOT_MAGIC);
    out.push('\t');
    out.push_str(&SNAPSHOT_VERSION.to_string());
    out.push('\t');
    out.push_str(&creators.len().to_string());
    for creator in creators {
        out.push('\n');
        for (i, field) in creator_texts(creator).iter().enumerate() {
            if i > 0 {
                out.push('\t');
            }
            escape_into(&mut out, field);
        }
    }
    out
}

/// The creators of a snapshot of format 2 ([`snapshot_to_text`]) or 1 (`{"v":1,…}`), with
/// how many it says it holds.
pub fn snapshot_from_text(raw: &str) -> Result<Vec<RosterCreator>, RecordError> {
    if raw.len() > MAX_SNAPSHOT_BYTES {
        return Err(RecordError::Damaged(format!("{} bytes", raw.len())));
    }
    if raw.starts_with('{') {
        return snapshot_from_json(raw);
    }
    let damaged = |what: String| RecordError::Damaged(what);
    let mut lines = raw.split('\n');
    let head = lines.next().unwrap_or_default();
    let mut head = head.split('\t');
    if head.next() != Some(SNAPSHOT_MAGIC) {
        return Err(damaged("not a snapshot".into()));
    }
    let version: u64 = head
        .next()
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| damaged("no version".into()))?;
    if version > SNAPSHOT_VERSION {
        return Err(RecordError::Future(version));
    }
    if version != SNAPSHOT_VERSION {
        return Err(damaged(format!("version {version}")));
    }
    let count: usize = head
        .next()
        .and_then(|n| n.parse().ok())
        .filter(|_| head.next().is_none())
        .ok_or_else(|| damaged("n: not a count".into()))?;
    // At least a byte a creator: a count past the text is damage, not a size to reserve.
    if count > raw.len() {
        return Err(damaged("n: not the number of creators".into()));
    }
    let mut creators = Vec::with_capacity(count);
    for (row, line) in lines.enumerate() {
        let mut texts: [Cow<'_, str>; CREATOR_TEXT_FIELDS] = Default::default();
        let mut fields = line.split('\t');
        for text in &mut texts {
            let field = fields
                .next()
                .ok_or_else(|| damaged(format!("c[{row}]: too few fields")))?;
            *text = unescape(field).ok_or_else(|| damaged(format!("c[{row}]: a broken escape")))?;
        }
        if fields.next().is_some() {
            return Err(damaged(format!("c[{row}]: too many fields")));
        }
        let texts: [&str; CREATOR_TEXT_FIELDS] = std::array::from_fn(|i| texts[i].as_ref());
        let creator = read_creator_texts(&texts, "c", row).map_err(|e| damaged(e.to_string()))?;
        if creator.platform.is_none() {
            return Err(damaged(format!("c[{row}].pf: missing")));
        }
        creators.push(creator);
    }
    if creators.len() != count {
        return Err(damaged("n: not the number of creators".into()));
    }
    Ok(creators)
}

/// Appends `text` with its backslashes, tabs, line feeds and carriage returns escaped.
fn escape_into(out: &mut String, text: &str) {
    if !text.contains(['\\', '\t', '\n', '\r']) {
        out.push_str(text);
        return;
    }
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

/// The text `field` escapes ([`escape_into`]); `None` for an escape it does not write.
fn unescape(field: &str) -> Option<Cow<'_, str>> {
    if !field.contains('\\') {
        return Some(Cow::Borrowed(field));
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        out.push(match c {
            '\\' => match chars.next()? {
                '\\' => '\\',
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => return None,
            },
            c => c,
        });
    }
    Some(Cow::Owned(out))
}

/// The snapshot of `creators` (each with its platform) in format 1, which older versions of
/// the app wrote: kept so the tests and the fuzzer give the reader both formats.
#[must_use]
pub fn snapshot_to_json(creators: &[RosterCreator]) -> String {
    let mut o = crate::json::Object::new();
    o.insert("v", VERSION);
    o.insert("n", creators.len() as u64);
    let list: Vec<Value<'_>> = creators.iter().map(creator_value).collect();
    o.insert("c", list);
    json::to_string(&o.into())
}

/// The creators of a snapshot of format 1, with how many it says it holds.
fn snapshot_from_json(raw: &str) -> Result<Vec<RosterCreator>, RecordError> {
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
    fn a_snapshot_of_format_2_reads_back_to_the_same_creators_whatever_their_texts() {
        let mut bram = RosterCreator::new(0, "bram", 12_000);
        bram.platform = Some(Platform::TikTok);
        let mut odd = lisa();
        odd.name = Some("tab\there, line\nthere, \\ and \\t, cr\r".into());
        odd.niche = Some("\\".into());
        let creators = vec![lisa(), bram, odd];
        let raw = snapshot_to_text(&creators);
        assert!(raw.starts_with("micromacro-library\t2\t3\nLisa.Bakes\tLisa — bakt\tinstagram\t48000\t0.032\t450.5\tUSD\tNL\tbaking\t0.05\t0.02\t3\n"), "{raw}");
        assert_eq!(raw.lines().count(), 4, "one line a creator: {raw}");
        assert_eq!(snapshot_from_text(&raw), Ok(creators.clone()));
        assert_eq!(snapshot_from_text(&snapshot_to_text(&[])), Ok(vec![]));
        // Format 1, as older versions wrote it, still reads.
        assert_eq!(
            snapshot_from_text(&snapshot_to_json(&creators)),
            Ok(creators)
        );
    }

    #[test]
    fn a_damaged_or_newer_snapshot_of_format_2_says_so() {
        let raw = snapshot_to_text(&[lisa()]);
        let line = raw
            .split_once('\n')
            .map(|(_, l)| l.to_owned())
            .unwrap_or_default();
        for damaged in [
            String::new(),
            "micromacro-library".into(),
            "micromacro-library\t1\t1".into(),
            "something-else\t2\t0".into(),
            raw.replace("\t2\t1", "\t2\t2"),
            raw.replace("\t2\t1", "\t2\t0"),
            raw.replace("\t2\t1", "\t2\t99999999999"),
            raw.replace("\t2\t1", "\t2\t1\tmore"),
            format!("{raw}\n"),
            raw.replace("\tinstagram\t", "\t\t"),
            raw.replace("\tinstagram\t", "\tmyspace\t"),
            raw.replace("\t48000\t", "\t0\t"),
            raw.replace("\t48000\t", "\t4.5\t"),
            raw.replace("\t48000\t", "\t\t"),
            raw.replace("\t0.032\t", "\t2\t"),
            raw.replace("\t0.032\t", "\tmuch\t"),
            raw.replace("\t3", "\t0"),
            raw.replace("Lisa.Bakes", ""),
            raw.replace("Lisa.Bakes", "Lisa\\x"),
            raw.replace(&line, &format!("{line}\textra")),
            raw.replace(
                &line,
                line.rsplit_once('\t').map(|(l, _)| l).unwrap_or_default(),
            ),
        ] {
            assert!(
                matches!(snapshot_from_text(&damaged), Err(RecordError::Damaged(_))),
                "{damaged:?}"
            );
        }
        assert_eq!(
            snapshot_from_text(&raw.replace("\t2\t1", "\t3\t1")),
            Err(RecordError::Future(3))
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
