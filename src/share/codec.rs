//! The share envelope: `<kind><version>.<data>`, where `data` is the JSON of
//! the payload, deflated and then base64url-encoded without padding.
//!
//! The readable prefix lets a link be recognised (what it holds, which
//! version) before anything is decoded, so a link from a newer app gets a
//! precise message rather than "damaged". Example: `k1.eJyrVkpJLElVslJQSs...`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use miniz_oxide::inflate::{DecompressError, TINFLStatus, decompress_to_vec_with_limit};

/// The longest payload text accepted. Links over about 2,000 characters break
/// in mail clients and chat apps; 16 KiB leaves room for big campaigns while
/// capping the work a hostile link can cause.
pub const MAX_ENCODED_LEN: usize = 16 * 1024;

/// The most bytes a payload may inflate to (a zip bomb stops here).
pub const MAX_INFLATED_LEN: usize = 256 * 1024;

/// Deflate level: 9, links are small and encoded rarely.
const DEFLATE_LEVEL: u8 = 9;

/// What a link carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A campaign (brief and creators).
    Campaign,
    /// A checklist game's answers.
    ChecklistResult,
}

impl Kind {
    fn letter(self) -> char {
        match self {
            Kind::Campaign => 'c',
            Kind::ChecklistResult => 'k',
        }
    }

    fn from_letter(letter: char) -> Option<Kind> {
        match letter {
            'c' => Some(Kind::Campaign),
            'k' => Some(Kind::ChecklistResult),
            _ => None,
        }
    }
}

/// Why a link could not be opened. Each case gets its own message in the UI.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    /// Nothing after `#/s/`.
    #[error("the link holds no data")]
    Empty,
    /// Longer than [`MAX_ENCODED_LEN`].
    #[error("the link is too long ({len} characters, at most {max})")]
    TooLong {
        /// Its length.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// The prefix is not one this app writes.
    #[error("the link is not a Micro·Macro link")]
    Unrecognised,
    /// Written by a newer app.
    #[error("the link was made by a newer version (format {version})")]
    FutureVersion {
        /// What it carries.
        kind: Kind,
        /// Its format version.
        version: u32,
    },
    /// Cut off or altered: the data does not decode.
    #[error("the link is damaged or incomplete")]
    Damaged,
    /// Inflates to more than [`MAX_INFLATED_LEN`].
    #[error("the link's data is too large")]
    TooLarge,
}

/// A decoded envelope: what it carries, its format version, and the JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    /// What the link carries.
    pub kind: Kind,
    /// The payload's format version.
    pub version: u32,
    /// The payload's JSON text.
    pub json: String,
}

/// Encodes `json` as a `kind` payload of format `version`.
pub fn encode(kind: Kind, version: u32, json: &str) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), DEFLATE_LEVEL);
    format!(
        "{}{version}.{}",
        kind.letter(),
        URL_SAFE_NO_PAD.encode(deflated)
    )
}

/// What a payload's readable prefix says it holds, read without decoding anything; `None`
/// when it names no kind. A payload of that kind may still fail to [`decode`].
pub fn kind(payload: &str) -> Option<Kind> {
    let (prefix, _) = payload.trim().split_once('.')?;
    prefix.chars().next().and_then(Kind::from_letter)
}

/// Decodes a payload, refusing versions newer than `newest(kind)`.
pub fn decode(payload: &str, newest: impl Fn(Kind) -> u32) -> Result<Envelope, LinkError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    // Checked before any decoding: the cap bounds everything that follows.
    if payload.len() > MAX_ENCODED_LEN {
        return Err(LinkError::TooLong {
            len: payload.len(),
            max: MAX_ENCODED_LEN,
        });
    }
    let (prefix, data) = payload.split_once('.').ok_or(LinkError::Unrecognised)?;
    let mut chars = prefix.chars();
    let kind = chars
        .next()
        .and_then(Kind::from_letter)
        .ok_or(LinkError::Unrecognised)?;
    let digits = chars.as_str();
    if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LinkError::Unrecognised);
    }
    let version: u32 = digits.parse().map_err(|_| LinkError::Unrecognised)?;
    if version > newest(kind) {
        return Err(LinkError::FutureVersion { kind, version });
    }
    let deflated = URL_SAFE_NO_PAD
        .decode(data)
        .map_err(|_| LinkError::Damaged)?;
    let json = decompress_to_vec_with_limit(&deflated, MAX_INFLATED_LEN).map_err(
        |e: DecompressError| {
            if e.status == TINFLStatus::HasMoreOutput {
                LinkError::TooLarge
            } else {
                LinkError::Damaged
            }
        },
    )?;
    let json = String::from_utf8(json).map_err(|_| LinkError::Damaged)?;
    Ok(Envelope {
        kind,
        version,
        json,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn newest(_: Kind) -> u32 {
        1
    }

    #[test]
    fn the_kind_is_read_from_the_prefix_alone() {
        assert_eq!(kind(&encode(Kind::Campaign, 1, "{}")), Some(Kind::Campaign));
        assert_eq!(
            kind(&encode(Kind::ChecklistResult, 3, "{}")),
            Some(Kind::ChecklistResult)
        );
        assert_eq!(kind(" k1.not-even-base64 "), Some(Kind::ChecklistResult));
        assert_eq!(kind("x1.abc"), None);
        assert_eq!(kind("c1"), None);
        assert_eq!(kind(""), None);
    }

    #[test]
    fn round_trip() {
        let json = r#"{"answers":{"q.cost.1":"a"}}"#;
        let payload = encode(Kind::ChecklistResult, 1, json);
        assert!(payload.starts_with("k1."));
        assert!(
            payload
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
            "URL-safe: {payload}"
        );
        let envelope = decode(&payload, newest).unwrap();
        assert_eq!(
            envelope,
            Envelope {
                kind: Kind::ChecklistResult,
                version: 1,
                json: json.to_owned()
            }
        );
    }

    #[test]
    fn each_failure_is_named() {
        assert_eq!(decode("", newest), Err(LinkError::Empty));
        assert_eq!(decode("   ", newest), Err(LinkError::Empty));
        assert_eq!(decode("hello", newest), Err(LinkError::Unrecognised));
        assert_eq!(decode("x1.abc", newest), Err(LinkError::Unrecognised));
        assert_eq!(decode("k.abc", newest), Err(LinkError::Unrecognised));
        assert_eq!(decode("k-1.abc", newest), Err(LinkError::Unrecognised));
        assert_eq!(
            decode("k99999999999.abc", newest),
            Err(LinkError::Unrecognised)
        );
        assert_eq!(
            decode("k2.abc", newest),
            Err(LinkError::FutureVersion {
                kind: Kind::ChecklistResult,
                version: 2
            })
        );
        assert_eq!(decode("k1.!!!", newest), Err(LinkError::Damaged));
        assert_eq!(decode("k1.AAAA", newest), Err(LinkError::Damaged));
        let long = format!("k1.{}", "A".repeat(MAX_ENCODED_LEN));
        assert!(matches!(
            decode(&long, newest),
            Err(LinkError::TooLong { .. })
        ));
    }

    #[test]
    fn a_truncated_link_is_damaged_not_garbage() {
        let json = r#"{"answers":{"q.cost.1":"a","q.cost.2":"b","q.niche.1":"a"}}"#;
        let payload = encode(Kind::ChecklistResult, 1, json);
        for cut in 4..payload.len() {
            match decode(&payload[..cut], newest) {
                Err(LinkError::Damaged) => {}
                Ok(envelope) => assert_ne!(
                    envelope.json, json,
                    "a cut at {cut} cannot give the whole payload back"
                ),
                Err(other) => panic!("cut at {cut}: unexpected {other:?}"),
            }
        }
    }

    #[test]
    fn inflating_is_capped() {
        // 1 MiB of zeros deflates to about a kilobyte: a small link, a big bomb.
        let bomb = encode(Kind::Campaign, 1, &"0".repeat(1024 * 1024));
        assert!(
            bomb.len() < MAX_ENCODED_LEN,
            "the bomb fits in a link: {}",
            bomb.len()
        );
        assert_eq!(decode(&bomb, newest), Err(LinkError::TooLarge));
    }
}
