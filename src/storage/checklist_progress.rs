//! The checklist game kept between visits: the answers given so far and the
//! screen the player was on (a finished game is the last result).
//!
//! Format v1 (JSON): `{"v":1,"answers":{"q.cost.1":"a",...},"position":3}`.
//! Answers are keyed by the engine's stable question ids, so adding a question
//! keeps old games loading; an id the app no longer asks is ignored.

use super::local_store::StoreError;
use super::store::Store;
use crate::checklist_game::{GameState, answers_to_json, checklist_from_answers};
use crate::format::record::{self, VersionError};
use crate::json::{self, Object, Value};

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

/// The stored form of a game.
pub fn encode(game: &GameState) -> String {
    let mut record = Object::new();
    record.insert("v", VERSION);
    record.insert("answers", answers_to_json(game.checklist()));
    record.insert("position", game.position() as u64);
    json::to_string(&record.into())
}

/// Reads a stored game.
pub fn decode(raw: &str) -> Result<GameState, ProgressError> {
    let record = json::parse(raw).map_err(|_| ProgressError::NotAGame)?;
    match record::version_of(&record, VERSION)? {
        1 => decode_v1(&record),
        // Only versions up to VERSION get here, and each has its arm.
        _ => Err(ProgressError::NotAGame),
    }
}

impl From<VersionError> for ProgressError {
    fn from(error: VersionError) -> Self {
        match error {
            VersionError::NotARecord => Self::NotAGame,
            VersionError::Future(v) => Self::FutureVersion(v),
        }
    }
}

fn decode_v1(record: &Value<'_>) -> Result<GameState, ProgressError> {
    let answers = record
        .get("answers")
        .ok_or_else(|| ProgressError::Damaged("answers: missing".to_owned()))?;
    let checklist = checklist_from_answers(answers).map_err(ProgressError::Damaged)?;
    let position = record
        .get("position")
        .and_then(Value::as_u64)
        .ok_or_else(|| ProgressError::Damaged("position: not a whole number".to_owned()))?;
    // Restoring clamps a position past the result screen.
    let position = usize::try_from(position).unwrap_or(usize::MAX);
    Ok(GameState::restore(checklist, position))
}

/// The game kept in `store`: a new game when there is none, and a new game when the kept
/// one cannot be read, which is then set aside under its key plus
/// [`UNREADABLE_SUFFIX`](super::local_store::UNREADABLE_SUFFIX) (never deleted) and reported
/// as [`Restored::set_aside`] so the player is told.
pub fn load(store: &impl Store) -> Restored {
    let Ok(Some(raw)) = store.read(KEY) else {
        return Restored::default();
    };
    match decode(&raw) {
        Ok(game) => Restored {
            game,
            set_aside: false,
        },
        Err(_) => {
            // Where even the copy is refused the value stays under its key: nothing is lost.
            let _ = store.set_aside(KEY, &raw);
            Restored {
                game: GameState::default(),
                set_aside: true,
            }
        }
    }
}

/// What [`load`] found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Restored {
    /// The game to go on with.
    pub game: GameState,
    /// Whether an unreadable game was set aside (and a new one started).
    pub set_aside: bool,
}

/// Keeps `game` in `store`.
pub fn save(store: &impl Store, game: &GameState) -> Result<(), StoreError> {
    store.write(KEY, &encode(game))
}

/// Keeps a game someone shared in place of the player's own, which is only replaced when
/// `replace_own` (asked only when there is one) says so. `Ok(false)`: the player kept theirs.
pub fn keep_shared(
    store: &impl Store,
    game: &GameState,
    replace_own: impl FnOnce() -> bool,
) -> Result<bool, StoreError> {
    let has_own = store.read(KEY).ok().flatten().is_some();
    if has_own && !replace_own() {
        return Ok(false);
    }
    save(store, game).map(|()| true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist_game::Screen;
    use micromacro_engine::Answer;

    /// A game saved by the first release. It must load forever.
    const FIXTURE_V1: &str = r#"{"v":1,"answers":{"q.audience_size.1":"a","q.cost.1":"b","q.engagement.1":"a"},"position":3}"#;

    use crate::storage::local_store::UNREADABLE_SUFFIX;
    use crate::storage::store::Memory;

    #[test]
    fn a_damaged_game_is_set_aside_and_a_new_one_starts() {
        let store = Memory::default();
        assert_eq!(load(&store), Restored::default());
        store.write(KEY, "{damaged").unwrap();
        let restored = load(&store);
        assert!(restored.set_aside);
        assert_eq!(restored.game, GameState::default());
        assert_eq!(
            store.read(&format!("{KEY}{UNREADABLE_SUFFIX}")),
            Ok(Some("{damaged".to_owned()))
        );
        // The next visit starts clean, without a second warning.
        assert_eq!(load(&store), Restored::default());
    }

    #[test]
    fn a_kept_game_comes_back() {
        let store = Memory::default();
        let mut game = GameState::default();
        game.answer(Answer::B);
        save(&store, &game).unwrap();
        assert_eq!(
            load(&store),
            Restored {
                game,
                set_aside: false
            }
        );
        store.full.set(true);
        assert_eq!(
            save(&store, &GameState::default()),
            Err(StoreError::QuotaExceeded)
        );
    }

    #[test]
    fn a_shared_game_replaces_the_own_one_only_when_the_player_agrees() {
        let store = Memory::default();
        let mut shared = GameState::default();
        shared.answer(Answer::A);
        // No own game: kept without asking.
        assert_eq!(keep_shared(&store, &shared, || unreachable!()), Ok(true));
        let mut other = GameState::default();
        other.answer(Answer::B);
        assert_eq!(keep_shared(&store, &other, || false), Ok(false));
        assert_eq!(load(&store).game, shared);
        assert_eq!(keep_shared(&store, &other, || true), Ok(true));
        assert_eq!(load(&store).game, other);
    }

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
