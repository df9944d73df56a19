//! The checklist game's state: the engine's [`Checklist`] of answers plus
//! where the player is, and the moves a player can make.
//!
//! Pure: the page component holds a `GameState` in a signal and calls these
//! moves from clicks and keys; persistence lives in `crate::storage`.
//!
//! Invariants: `position` is always in `0..=question_count`, where
//! `question_count` means the result screen; the result screen is only shown
//! when every question is answered.

use micromacro_engine::{Answer, Checklist, Question};

use crate::json::{Object, Value};

/// The answers keyed by the engine's stable question ids, as a JSON object
/// (`{"q.cost.1":"a",…}`, in the order of the ids): the form both the stored
/// game and a shared result use, so adding or reordering questions never
/// shifts old answers.
pub fn answers_to_json(checklist: &Checklist) -> Value<'static> {
    let mut answers: Vec<_> = checklist
        .answers()
        .filter_map(|(q, a)| a.map(|a| (q.id, a.as_str())))
        .collect();
    // Ids are unique, so the shared stable sort gives the same order as any other.
    micromacro_engine::order::sort_by(&mut answers, |a, b| a.0.cmp(b.0));
    let mut object = Object::new();
    for (id, answer) in answers {
        object.insert(id, answer);
    }
    object.into()
}

/// Reads answers keyed by question id. An id the app no longer asks is
/// skipped; anything but an object of `a`/`b` answers is an error naming it.
pub fn checklist_from_answers(answers: &Value<'_>) -> Result<Checklist, String> {
    let answers = answers.as_object().ok_or("answers: not an object")?;
    let mut checklist = Checklist::new();
    for (id, answer) in &answers.0 {
        let text = answer
            .as_str()
            .ok_or_else(|| format!("the answer to {id} is not a text"))?;
        let answer: Answer = text
            .parse()
            .map_err(|_| format!("answer {text:?} to {id}"))?;
        // A retired question is dropped; the rest still count.
        let _ = checklist.answer(id, answer);
    }
    Ok(checklist)
}

/// Where the player is: a question (by index) or the result screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The question at this index of [`Checklist::questions`].
    Question(usize),
    /// Every question is answered: the verdict.
    Result,
}

/// A game in progress (or finished).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct GameState {
    checklist: Checklist,
    position: usize,
}

impl GameState {
    /// Restores a game; a position past the questions, or a result screen for
    /// an unfinished game, is brought back to the first open question.
    pub fn restore(checklist: Checklist, position: usize) -> Self {
        let mut state = Self {
            checklist,
            position: position.min(Self::count()),
        };
        if state.position == Self::count() && !state.checklist.is_complete() {
            state.position = state.checklist.next_unanswered().unwrap_or(0);
        }
        state
    }

    fn count() -> usize {
        Checklist::new().questions().len()
    }

    /// The answers so far.
    pub fn checklist(&self) -> &Checklist {
        &self.checklist
    }

    /// The current screen.
    pub fn screen(&self) -> Screen {
        if self.position >= Self::count() {
            Screen::Result
        } else {
            Screen::Question(self.position)
        }
    }

    /// The raw position (a question index, or the question count for the result).
    pub fn position(&self) -> usize {
        self.position
    }

    /// The current question, unless the result is showing.
    pub fn question(&self) -> Option<&'static Question> {
        match self.screen() {
            Screen::Question(i) => self.checklist.questions().get(i),
            Screen::Result => None,
        }
    }

    /// The answer given to the current question, if any.
    pub fn current_answer(&self) -> Option<Answer> {
        self.question()
            .and_then(|q| self.checklist.get(q.id).ok().flatten())
    }

    /// How many questions are answered.
    pub fn answered(&self) -> usize {
        self.checklist
            .answers()
            .filter(|(_, a)| a.is_some())
            .count()
    }

    /// Answers the current question and moves on: to the next question, or,
    /// after the last one, to the result if everything is answered and to the
    /// first open question otherwise.
    pub fn answer(&mut self, answer: Answer) {
        let Some(question) = self.question() else {
            return;
        };
        // The id comes from the engine's own list, so it is always known.
        let _ = self.checklist.answer(question.id, answer);
        let next = self.position + 1;
        self.position = if next < Self::count() {
            next
        } else {
            self.checklist.next_unanswered().unwrap_or(Self::count())
        };
    }

    /// Goes back one question (from the result: to the last question).
    pub fn back(&mut self) {
        self.position = self.position.saturating_sub(1);
    }

    /// Goes forward one question, only past an answered one; past the last
    /// question only when the game is complete.
    pub fn forward(&mut self) {
        if self.current_answer().is_none() {
            return;
        }
        let next = self.position + 1;
        if next < Self::count() || self.checklist.is_complete() {
            self.position = next.min(Self::count());
        }
    }

    /// Whether [`GameState::back`] would move.
    pub fn can_go_back(&self) -> bool {
        self.position > 0
    }

    /// Whether [`GameState::forward`] would move.
    pub fn can_go_forward(&self) -> bool {
        self.current_answer().is_some()
            && (self.position + 1 < Self::count() || self.checklist.is_complete())
    }

    /// Clears every answer and starts at the first question.
    pub fn restart(&mut self) {
        *self = Self::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn play(answers: impl IntoIterator<Item = Answer>) -> GameState {
        let mut game = GameState::default();
        for answer in answers {
            game.answer(answer);
        }
        game
    }

    fn n() -> usize {
        GameState::count()
    }

    #[test]
    fn answering_every_question_reaches_the_result() {
        let game = play(std::iter::repeat_n(Answer::A, n()));
        assert_eq!(game.screen(), Screen::Result);
        assert_eq!(game.answered(), n());
        assert_eq!(game.question(), None);
    }

    #[test]
    fn back_and_change_keeps_the_other_answers() {
        let mut game = play(std::iter::repeat_n(Answer::A, n()));
        game.back();
        game.back();
        assert_eq!(game.screen(), Screen::Question(n() - 2));
        assert_eq!(game.current_answer(), Some(Answer::A));
        game.answer(Answer::B);
        assert_eq!(
            game.screen(),
            Screen::Question(n() - 1),
            "changing an answer moves to the next question"
        );
        game.forward();
        assert_eq!(game.screen(), Screen::Result);
        assert_eq!(game.checklist().tally().b, 1);
        assert_eq!(game.checklist().tally().a as usize, n() - 1);
    }

    #[test]
    fn forward_needs_an_answer_and_a_complete_game_to_leave_the_last_question() {
        let mut game = GameState::default();
        assert!(!game.can_go_forward());
        game.forward();
        assert_eq!(game.screen(), Screen::Question(0));
        game.answer(Answer::B);
        game.back();
        assert!(game.can_go_forward());
        game.forward();
        assert_eq!(game.screen(), Screen::Question(1));
    }

    #[test]
    fn finishing_with_a_gap_goes_to_the_open_question() {
        let mut game = GameState::default();
        game.answer(Answer::A); // question 0
        game.forward(); // no answer on question 1: stays
        for _ in 1..n() {
            game.answer(Answer::B);
        }
        assert_eq!(game.screen(), Screen::Result, "all answered in order");
        // Now a game that skipped one by going back and forth is restored mid-way.
        let mut checklist = Checklist::new();
        for q in checklist.questions().iter().skip(1) {
            checklist.answer(q.id, Answer::A).unwrap();
        }
        let mut game = GameState::restore(checklist, n() - 1);
        assert!(!game.can_go_forward() || game.current_answer().is_some());
        game.answer(Answer::A);
        assert_eq!(game.screen(), Screen::Question(0), "the only open question");
    }

    #[test]
    fn restore_never_shows_a_result_for_an_unfinished_game() {
        let game = GameState::restore(Checklist::new(), 999);
        assert_eq!(game.screen(), Screen::Question(0));
        let mut complete = Checklist::new();
        for q in complete.questions() {
            complete.answer(q.id, Answer::B).unwrap();
        }
        assert_eq!(GameState::restore(complete, 999).screen(), Screen::Result);
    }

    #[test]
    fn restart_clears_everything() {
        let mut game = play([Answer::A, Answer::B]);
        game.restart();
        assert_eq!(game, GameState::default());
        assert!(!game.can_go_back());
    }
}
