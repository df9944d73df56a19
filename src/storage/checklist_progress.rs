//! The checklist game kept between visits: the answers given so far and the
//! screen the player was on (a finished game is the last result).
//!
//! Format v1 (JSON): `{"v":1,"answers":{"q.cost.1":"a",...},"position":3}`.
//! Answers are keyed by the engine's stable question ids, so adding a question
//! keeps old games loading; an id the app no longer asks is ignored.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::checklist_game::{GameState, answers_by_id, checklist_from_answers};

/// The localStorage key.
pub const KEY: &str = "micromacro:checklist";

/// The newest format version this app writes and reads.
pub const VERSION: u32 = 1;

/// Why a stored game could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProgressError {
    /// Not JSON, or not an object with a numeric `v`.
    #[error("not a saved checklist game")]
    NotAGame,
    /// Written by a newer version of the app.
    #[error("saved by a newer version (format {0})")]
    FutureVersion(u64),
    /// The right version, but a field has the wrong shape.
    #[error("damaged saved game: {0}")]
    Damaged(String),
}

#[derive(Serialize, Deserialize)]
struct ProgressV1 {
    v: u32,
    answers: BTreeMap<String, String>,
    position: usize,
}

#[derive(Deserialize)]
struct VersionOnly {
    v: u64,
}

/// The stored form of a game.
pub fn encode(game: &GameState) -> String {
    let answers = answers_by_id(game.checklist());
    let dto = ProgressV1 {
        v: VERSION,
        answers,
        position: game.position(),
    };
    serde_json::to_string(&dto).expect("a map of strings and numbers always serialises")
}

/// Reads a stored game.
pub fn decode(raw: &str) -> Result<GameState, ProgressError> {
    let VersionOnly { v } = serde_json::from_str(raw).map_err(|_| ProgressError::NotAGame)?;
    match v {
        1 => decode_v1(raw),
        v if v > u64::from(VERSION) => Err(ProgressError::FutureVersion(v)),
        _ => Err(ProgressError::NotAGame),
    }
}

fn decode_v1(raw: &str) -> Result<GameState, ProgressError> {
    let dto: ProgressV1 =
        serde_json::from_str(raw).map_err(|e| ProgressError::Damaged(e.to_string()))?;
    let checklist = checklist_from_answers(&dto.answers).map_err(ProgressError::Damaged)?;
    Ok(GameState::restore(checklist, dto.position))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist_game::Screen;
    use micromacro_engine::Answer;

    /// A game saved by the first release. It must load forever.
    const FIXTURE_V1: &str = r#"{"v":1,"answers":{"q.audience_size.1":"a","q.cost.1":"b","q.engagement.1":"a"},"position":3}"#;

    #[test]
    fn first_format_keeps_loading() {
        let game = decode(FIXTURE_V1).unwrap();
        let tally = game.checklist().tally();
        assert_eq!((tally.a, tally.b), (2, 1));
        assert_eq!(game.screen(), Screen::Question(3));
        assert_eq!(game.checklist().get("q.cost.1").unwrap(), Some(Answer::B));
    }

    #[test]
    fn round_trip() {
        let mut game = GameState::default();
        for answer in [Answer::A, Answer::B, Answer::B, Answer::A] {
            game.answer(answer);
        }
        game.back();
        assert_eq!(decode(&encode(&game)).unwrap(), game);
    }

    #[test]
    fn retired_questions_are_ignored() {
        let game =
            decode(r#"{"v":1,"answers":{"q.gone.9":"a","q.niche.1":"b"},"position":0}"#).unwrap();
        assert_eq!(game.answered(), 1);
    }

    #[test]
    fn unreadable_values_are_reported_not_guessed() {
        assert_eq!(decode("not json"), Err(ProgressError::NotAGame));
        assert_eq!(decode(r#"{"answers":{}}"#), Err(ProgressError::NotAGame));
        assert_eq!(decode(r#"{"v":0}"#), Err(ProgressError::NotAGame));
        assert_eq!(
            decode(r#"{"v":2,"whatever":true}"#),
            Err(ProgressError::FutureVersion(2))
        );
        assert!(matches!(
            decode(r#"{"v":1,"answers":{"q.cost.1":"c"},"position":0}"#),
            Err(ProgressError::Damaged(_))
        ));
        assert!(matches!(
            decode(r#"{"v":1,"answers":[],"position":0}"#),
            Err(ProgressError::Damaged(_))
        ));
    }
}
