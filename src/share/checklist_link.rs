//! A checklist result in a share link: the answers, keyed by question id.
//!
//! Format 1 (inside the [`codec`] envelope, kind `k`):
//! `{"answers":{"q.cost.1":"a",...}}`. The verdict is not stored: it is
//! recomputed from the answers, so a link can never claim a verdict its
//! answers do not give.

use micromacro_engine::Checklist;

use super::codec::{self, Kind, LinkError};
use crate::checklist_game::{answers_to_json, checklist_from_answers};
use crate::json::{self, Object};

/// The newest checklist-result format this app writes and reads.
pub const VERSION: u32 = 1;

/// The payload (the part after `#/s/`) for a game's answers.
pub fn encode(checklist: &Checklist) -> String {
    let mut result = Object::new();
    result.insert("answers", answers_to_json(checklist));
    codec::encode(
        Kind::ChecklistResult,
        VERSION,
        &json::to_string(&result.into()),
    )
}

/// The answers from an envelope of kind [`Kind::ChecklistResult`].
pub fn decode(envelope: &codec::Envelope) -> Result<Checklist, LinkError> {
    match envelope.version {
        1 => {
            let result = json::parse(&envelope.json).map_err(|_| LinkError::Damaged)?;
            let answers = result.get("answers").ok_or(LinkError::Damaged)?;
            checklist_from_answers(answers).map_err(|_| LinkError::Damaged)
        }
        _ => Err(LinkError::Damaged),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use micromacro_engine::{Answer, QUESTIONS, Verdict};

    fn newest(kind: Kind) -> u32 {
        match kind {
            Kind::ChecklistResult => VERSION,
            Kind::Campaign => 0,
        }
    }

    /// A result link made by the first release: the first ten questions
    /// answered A, the last five B. It must open, with the same verdict, forever.
    const FIXTURE_V1: &str = "k1.bc5dCsJADATgu-RZCq5vvYyka9iNYLZuUqWW3l3xN8W-fswMMwGKXqkqtBOcGxwOTBJpr3yjZgstIGz-PDi3TGIc2UYXj0XswU_pFhKcqC0qam6YJGGi02fkhYlKqtjncdV-ZeGY_fvSHSkaX0jdI4dhDXdfrNQPhsZF3pvzfAc";

    #[test]
    fn round_trip_keeps_answers_and_verdict() {
        let mut checklist = Checklist::new();
        for (i, q) in QUESTIONS.iter().enumerate() {
            checklist
                .answer(q.id, if i % 3 == 0 { Answer::B } else { Answer::A })
                .unwrap();
        }
        let payload = encode(&checklist);
        let back = decode(&codec::decode(&payload, newest).unwrap()).unwrap();
        assert_eq!(back, checklist);
        assert_eq!(back.verdict(), Some(Verdict::Micro));
        assert!(
            payload.len() < 400,
            "a result link stays short: {} characters",
            payload.len()
        );
    }

    #[test]
    fn first_format_keeps_opening() {
        let checklist = decode(&codec::decode(FIXTURE_V1, newest).unwrap()).unwrap();
        let tally = checklist.tally();
        assert_eq!((tally.a, tally.b, tally.unanswered), (10, 5, 0));
        assert_eq!(checklist.get(QUESTIONS[0].id).unwrap(), Some(Answer::A));
        assert_eq!(checklist.get(QUESTIONS[14].id).unwrap(), Some(Answer::B));
        assert_eq!(checklist.verdict(), Some(Verdict::Micro));
    }

    #[test]
    fn damaged_json_is_reported() {
        let envelope = codec::decode(
            &codec::encode(Kind::ChecklistResult, 1, r#"{"answers":7}"#),
            newest,
        )
        .unwrap();
        assert_eq!(decode(&envelope), Err(LinkError::Damaged));
        let envelope = codec::decode(
            &codec::encode(Kind::ChecklistResult, 1, r#"{"answers":{"q.cost.1":"z"}}"#),
            newest,
        )
        .unwrap();
        assert_eq!(decode(&envelope), Err(LinkError::Damaged));
    }
}
