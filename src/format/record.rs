//! The version check every stored format starts with: a JSON object whose numeric `v` names
//! its format. One helper, so the campaign format (links and records), the saved campaigns,
//! the checklist game and the backup file tell "not ours" from "made by a newer version" the
//! same way.
//!
//! Invariants:
//! - A value that is not a JSON object with a whole-number `v`, or whose `v` is 0, is not a
//!   record of ours ([`VersionError::NotARecord`]).
//! - A `v` above the newest this app knows is [`VersionError::Future`]: left as it is and
//!   reported, never read as an older format.

use crate::json::Value;

/// Why a value is not a record this app can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionError {
    /// Not JSON, or not an object with a numeric `v` of 1 or more.
    NotARecord,
    /// Written by a newer version of the app, in this format.
    Future(u64),
}

/// The format version of a parsed record, between 1 and `newest`. An array or any other value
/// that is not an object has none. (Each format parses its text once and reads the version
/// first; text that is not JSON is not a record either.)
pub fn version_of(record: &Value<'_>, newest: u32) -> Result<u32, VersionError> {
    checked(record.get("v").and_then(Value::as_u64), newest)
}

fn checked(v: Option<u64>, newest: u32) -> Result<u32, VersionError> {
    let v = v.ok_or(VersionError::NotARecord)?;
    match u32::try_from(v) {
        Ok(v) if (1..=newest).contains(&v) => Ok(v),
        _ if v > u64::from(newest) => Err(VersionError::Future(v)),
        _ => Err(VersionError::NotARecord),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn versions_are_read_before_anything_else() {
        let cases: &[(&str, Result<u32, VersionError>)] = &[
            (r#"{"v":1,"anything":[1,2]}"#, Ok(1)),
            (r#"{"v":2}"#, Ok(2)),
            (r#"{"v":3}"#, Err(VersionError::Future(3))),
            (
                r#"{"v":99999999999}"#,
                Err(VersionError::Future(99_999_999_999)),
            ),
            (r#"{"v":0}"#, Err(VersionError::NotARecord)),
            (r#"{"v":-1}"#, Err(VersionError::NotARecord)),
            (r#"{"v":"1"}"#, Err(VersionError::NotARecord)),
            (r#"{"answers":{}}"#, Err(VersionError::NotARecord)),
            ("[1]", Err(VersionError::NotARecord)),
            ("not json", Err(VersionError::NotARecord)),
        ];
        for (raw, expected) in cases {
            let version = json::parse(raw)
                .map_err(|_| VersionError::NotARecord)
                .and_then(|record| version_of(&record, 2));
            assert_eq!(version, *expected, "{raw}");
        }
    }
}
