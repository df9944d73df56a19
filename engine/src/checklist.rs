//! The checklist game: A/B questions that lean micro (A) or macro (B).
//!
//! Article 000 ends with a checklist "game": every A answer leans towards micro-influencers,
//! every B answer towards macro-influencers; *mostly A* → micro, *mostly B* → macro, *balanced*
//! → a combination. The article's own questions are not in its text, so the app has its own:
//! [`QUESTIONS`], at least one per factor, each with a stable id (`q.<factor>.<n>`), the factor
//! it informs, and what each answer implies for the brief. Question texts are not in the
//! engine: the UI's catalogue translates the ids.
//!
//! **Verdict rule** ([`verdict_for_answers`]), on the answered questions only:
//!
//! * A share ≥ 60 % → micro;
//! * A share ≤ 40 % → macro;
//! * otherwise (strictly between 40 % and 60 %) → mix ("balanced");
//! * nothing answered → no verdict yet.
//!
//! "Mostly" is read as a clear majority, not a coin flip: with the 15 questions, 9 or more A
//! answers are micro, 6 or fewer macro, and 7 or 8 (a one-answer difference) are balanced. The
//! rule is evaluated in integers (`5a ≥ 3n`, `5a ≤ 2n`), so the boundaries are exact. It is the
//! same rule as the nine-factor verdict: the answers' lean `(b − a) ÷ (a + b)` is ≤ −0.2 exactly
//! when the A share is ≥ 60 % (see [`factors`](crate::inputs::factors)).
//!
//! **To a brief** ([`Checklist::to_brief`]): each answer implies one brief value (an objective,
//! a geography, a management capacity ...). Starting from a base brief, every brief field that
//! answered questions speak about takes the value most answers imply; on a tie, the answer to the
//! later question wins (the catalogue lists the most direct question about a field last).
//! Fields no answer speaks about keep the base brief's value; budget and currency always do.
//!
//! A game can be in progress: questions may be unanswered, and answers can be changed or
//! cleared at any time.

use core::mem::discriminant;

use crate::inputs::brief::{Brief, ContentStyle, GeoScope, NicheDepth, Objective, RiskTolerance};
use crate::inputs::factors::{Factor, Verdict};
use crate::inputs::ids::ParseIdError;
use crate::inputs::ids::id_enum;
use crate::inputs::table::PerFactor;

id_enum! {
    /// An answer to a checklist question.
    pub enum Answer: "answer" {
        /// Leans micro.
        A => "a",
        /// Leans macro.
        B => "b",
    }
}

/// What an answer implies for the brief.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Implication {
    /// Sets the objective.
    Objective(Objective),
    /// Sets the target geography.
    Geography(GeoScope),
    /// Sets the niche depth.
    NicheDepth(NicheDepth),
    /// Sets the risk tolerance.
    RiskTolerance(RiskTolerance),
    /// Sets the content style.
    ContentStyle(ContentStyle),
    /// Sets whether creators grant reuse rights.
    UsageRights(bool),
    /// Sets the management capacity, in hours.
    ManagementCapacity(f64),
    /// Counts for the game only: the plan's split is the optimiser's answer, not an input
    /// (the brief has no fixed mix share).
    GameOnly,
    /// Sets the time horizon, in weeks.
    HorizonWeeks(u32),
}

impl Implication {
    fn apply(self, brief: &mut Brief) {
        match self {
            Implication::Objective(v) => brief.objective = v,
            Implication::Geography(v) => brief.geography = v,
            Implication::NicheDepth(v) => brief.niche_depth = v,
            Implication::RiskTolerance(v) => brief.risk_tolerance = v,
            Implication::ContentStyle(v) => brief.content_style = v,
            Implication::UsageRights(v) => brief.usage_rights = v,
            Implication::ManagementCapacity(v) => brief.management_capacity_hours = v,
            Implication::GameOnly => {}
            Implication::HorizonWeeks(v) => brief.horizon_weeks = v,
        }
    }
}

/// One checklist question (ids only; the UI holds the texts).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Question {
    /// Stable id, `q.<factor>.<n>`.
    pub id: &'static str,
    /// The factor it informs.
    pub factor: Factor,
    /// What answer A (leans micro) implies.
    pub a: Implication,
    /// What answer B (leans macro) implies.
    pub b: Implication,
}

impl Question {
    /// What `answer` implies.
    #[must_use]
    pub fn implication(&self, answer: Answer) -> Implication {
        match answer {
            Answer::A => self.a,
            Answer::B => self.b,
        }
    }
}

/// A game's lean (`(B − A) ÷ answered`, −1 … +1) at or below which the meter reads "leans
/// micro": 60 % A answers, the verdict rule of [`verdict_for_answers`] on a −1 … +1 scale.
pub const MICRO_THRESHOLD: f64 = -0.2;

/// A game's lean at or above which the meter reads "leans macro" (60 % B answers).
pub const MACRO_THRESHOLD: f64 = 0.2;

/// Management capacity implied by "we can manage many creators" (hours).
pub const CAPACITY_MANY_CREATORS: f64 = 40.0;
/// Management capacity implied by "we want one relationship" (hours).
pub const CAPACITY_ONE_RELATIONSHIP: f64 = 8.0;
/// Horizon implied by "build up over months" (weeks).
pub const HORIZON_LONG: u32 = 26;
/// Horizon implied by "results in a short burst" (weeks).
pub const HORIZON_SHORT: u32 = 4;

/// The questions, in the order the game asks them. What each asks (for the UI's texts) is in
/// the comment above it.
pub const QUESTIONS: &[Question] = &[
    // A smaller, closely engaged audience (A), or as many people as possible (B)?
    Question {
        id: "q.audience_size.1",
        factor: Factor::AudienceSize,
        a: Implication::Objective(Objective::Community),
        b: Implication::Objective(Objective::Awareness),
    },
    // Is the product for a specific group (A), or for almost everyone (B)?
    Question {
        id: "q.audience_size.2",
        factor: Factor::AudienceSize,
        a: Implication::NicheDepth(NicheDepth::Deep),
        b: Implication::NicheDepth(NicheDepth::Broad),
    },
    // Must people act, comment, click or buy (A), or is being seen enough (B)?
    Question {
        id: "q.engagement.1",
        factor: Factor::Engagement,
        a: Implication::Objective(Objective::Conversion),
        b: Implication::Objective(Objective::Awareness),
    },
    // Can the team brief and follow up many creators (A), or should it be one relationship (B)?
    Question {
        id: "q.cost.1",
        factor: Factor::Cost,
        a: Implication::ManagementCapacity(CAPACITY_MANY_CREATORS),
        b: Implication::ManagementCapacity(CAPACITY_ONE_RELATIONSHIP),
    },
    // Spread the budget over many small bets (A), or put it into one big one (B)?
    Question {
        id: "q.cost.2",
        factor: Factor::Cost,
        a: Implication::GameOnly,
        b: Implication::GameOnly,
    },
    // Is the market one city or region (A), or several countries (B)?
    Question {
        id: "q.geography.1",
        factor: Factor::Geography,
        a: Implication::Geography(GeoScope::Local),
        b: Implication::Geography(GeoScope::International),
    },
    // Do you sell in one country (A), or internationally (B)?
    Question {
        id: "q.geography.2",
        factor: Factor::Geography,
        a: Implication::Geography(GeoScope::National),
        b: Implication::Geography(GeoScope::International),
    },
    // Would a creator's controversy seriously hurt the brand (A), or could it absorb one (B)?
    Question {
        id: "q.reputation.1",
        factor: Factor::Reputation,
        a: Implication::RiskTolerance(RiskTolerance::Low),
        b: Implication::RiskTolerance(RiskTolerance::High),
    },
    // Does the audience trust honest recommendations from people like them (A), or a famous
    // face (B)?
    Question {
        id: "q.authenticity.1",
        factor: Factor::Authenticity,
        a: Implication::ContentStyle(ContentStyle::Authentic),
        b: Implication::ContentStyle(ContentStyle::Polished),
    },
    // Is the product for specialists in one niche (A), or for general interests (B)?
    Question {
        id: "q.niche.1",
        factor: Factor::Niche,
        a: Implication::NicheDepth(NicheDepth::Deep),
        b: Implication::NicheDepth(NicheDepth::Broad),
    },
    // Personal, relatable content (A), or polished, professional content (B)?
    Question {
        id: "q.content.1",
        factor: Factor::Content,
        a: Implication::ContentStyle(ContentStyle::Authentic),
        b: Implication::ContentStyle(ContentStyle::Polished),
    },
    // Lots of content to reuse in your own channels (A), or one standout post (B)?
    Question {
        id: "q.content.2",
        factor: Factor::Content,
        a: Implication::UsageRights(true),
        b: Implication::UsageRights(false),
    },
    // Is the goal a loyal community (A), or brand awareness (B)?
    Question {
        id: "q.objectives.1",
        factor: Factor::Objectives,
        a: Implication::Objective(Objective::Community),
        b: Implication::Objective(Objective::Awareness),
    },
    // Is the goal a steady stream of content (A), or a big launch moment (B)?
    Question {
        id: "q.objectives.2",
        factor: Factor::Objectives,
        a: Implication::Objective(Objective::Content),
        b: Implication::Objective(Objective::Awareness),
    },
    // Build up over months (A), or results in a short burst (B)?
    Question {
        id: "q.objectives.3",
        factor: Factor::Objectives,
        a: Implication::HorizonWeeks(HORIZON_LONG),
        b: Implication::HorizonWeeks(HORIZON_SHORT),
    },
];

/// The verdict for `a` A answers and `b` B answers (see the module docs); `None` when nothing
/// is answered.
#[must_use]
pub fn verdict_for_answers(a: u32, b: u32) -> Option<Verdict> {
    let (a, n) = (u64::from(a), u64::from(a) + u64::from(b));
    if n == 0 {
        None
    } else if 5 * a >= 3 * n {
        Some(Verdict::Micro)
    } else if 5 * a <= 2 * n {
        Some(Verdict::Macro)
    } else {
        Some(Verdict::Mix)
    }
}

/// Counts of a game.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// A answers.
    pub a: u32,
    /// B answers.
    pub b: u32,
    /// Questions not answered yet.
    pub unanswered: u32,
}

impl Tally {
    /// The verdict so far; `None` when nothing is answered.
    #[must_use]
    pub fn verdict(&self) -> Option<Verdict> {
        verdict_for_answers(self.a, self.b)
    }

    /// Share of A among the answers; `None` when nothing is answered.
    #[must_use]
    pub fn a_share(&self) -> Option<f64> {
        let n = self.a + self.b;
        (n > 0).then(|| f64::from(self.a) / f64::from(n))
    }

    /// The answers' lean `(b − a) ÷ (a + b)` on the factors' scale (−1 micro … +1 macro).
    #[must_use]
    pub fn lean(&self) -> Option<f64> {
        let n = self.a + self.b;
        (n > 0).then(|| (f64::from(self.b) - f64::from(self.a)) / f64::from(n))
    }
}

/// A game: one optional answer per question of [`QUESTIONS`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checklist {
    answers: Vec<Option<Answer>>,
}

impl Default for Checklist {
    fn default() -> Self {
        Self::new()
    }
}

impl Checklist {
    /// A new game, nothing answered.
    #[must_use]
    pub fn new() -> Self {
        Checklist {
            answers: vec![None; QUESTIONS.len()],
        }
    }

    /// The questions (same as [`QUESTIONS`]).
    #[must_use]
    pub fn questions(&self) -> &'static [Question] {
        QUESTIONS
    }

    fn position(id: &str) -> Result<usize, ParseIdError> {
        QUESTIONS
            .iter()
            .position(|q| q.id == id)
            .ok_or_else(|| ParseIdError::new("question", id))
    }

    /// Answers (or re-answers) question `id`.
    pub fn answer(&mut self, id: &str, answer: Answer) -> Result<(), ParseIdError> {
        self.set(id, Some(answer))
    }

    /// Sets or clears (`None`) the answer to question `id`.
    pub fn set(&mut self, id: &str, answer: Option<Answer>) -> Result<(), ParseIdError> {
        let i = Self::position(id)?;
        self.answers[i] = answer;
        Ok(())
    }

    /// The answer to question `id`, if answered.
    pub fn get(&self, id: &str) -> Result<Option<Answer>, ParseIdError> {
        Ok(self.answers[Self::position(id)?])
    }

    /// Clears every answer.
    pub fn reset(&mut self) {
        self.answers.fill(None);
    }

    /// Each question with its answer, in order.
    pub fn answers(&self) -> impl Iterator<Item = (&'static Question, Option<Answer>)> + '_ {
        QUESTIONS.iter().zip(self.answers.iter().copied())
    }

    /// Index of the first unanswered question; `None` when the game is complete.
    #[must_use]
    pub fn next_unanswered(&self) -> Option<usize> {
        self.answers.iter().position(Option::is_none)
    }

    /// True when every question is answered.
    #[must_use]
    pub fn is_complete(&self) -> bool {
        self.next_unanswered().is_none()
    }

    /// Counts A, B and unanswered.
    #[must_use]
    pub fn tally(&self) -> Tally {
        let count = |x: Option<Answer>| self.answers.iter().filter(|&&a| a == x).count() as u32;
        Tally {
            a: count(Some(Answer::A)),
            b: count(Some(Answer::B)),
            unanswered: count(None),
        }
    }

    /// The verdict so far (see [`verdict_for_answers`]).
    #[must_use]
    pub fn verdict(&self) -> Option<Verdict> {
        self.tally().verdict()
    }

    /// Per factor, the lean of its answered questions (`None` when none is answered).
    #[must_use]
    pub fn factor_leans(&self) -> PerFactor<Option<f64>> {
        PerFactor::from_fn(|factor| {
            let (mut a, mut b) = (0_u32, 0_u32);
            for (q, answer) in self.answers() {
                match (q.factor == factor, answer) {
                    (true, Some(Answer::A)) => a += 1,
                    (true, Some(Answer::B)) => b += 1,
                    _ => {}
                }
            }
            Tally {
                a,
                b,
                unanswered: 0,
            }
            .lean()
        })
    }

    /// A brief pre-filled from the answers, starting from `base` (see the module docs).
    #[must_use]
    pub fn to_brief(&self, base: &Brief) -> Brief {
        // Votes: (implied value, how many answers imply it, index of the latest such answer).
        let mut votes: Vec<(Implication, u32, usize)> = Vec::new();
        for (i, (q, answer)) in self.answers().enumerate() {
            let Some(answer) = answer else { continue };
            let implied = q.implication(answer);
            match votes.iter_mut().find(|(v, _, _)| *v == implied) {
                Some(vote) => {
                    vote.1 += 1;
                    vote.2 = i;
                }
                None => votes.push((implied, 1, i)),
            }
        }
        let mut brief = base.clone();
        for (implied, count, latest) in &votes {
            let same_field = votes
                .iter()
                .filter(|(v, _, _)| discriminant(v) == discriminant(implied));
            let wins = same_field
                .clone()
                .all(|(_, c, l)| (count, latest) >= (c, l));
            if wins {
                implied.apply(&mut brief);
            }
        }
        brief
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_least_twelve_questions_and_one_per_factor() {
        assert!(QUESTIONS.len() >= 12);
        for f in Factor::ALL {
            assert!(QUESTIONS.iter().any(|q| q.factor == *f), "{f}");
        }
        for q in QUESTIONS {
            let parts: Vec<_> = q.id.split('.').collect();
            assert_eq!(parts[0], "q");
            assert_eq!(parts[1], q.factor.as_str());
            assert!(parts[2].parse::<u32>().is_ok());
            assert_eq!(QUESTIONS.iter().filter(|o| o.id == q.id).count(), 1);
            // Both answers change the brief differently, unless the question counts for the
            // game only (its subject, the split, is the optimiser's answer).
            assert!(q.a != q.b || q.a == Implication::GameOnly, "{}", q.id);
        }
    }

    #[test]
    fn verdict_boundaries_are_exact() {
        // (a, b, verdict): 60 % A is micro, 40 % A is macro, in between is mix.
        let cases = [
            (0, 0, None),
            (3, 2, Some(Verdict::Micro)),
            (6, 4, Some(Verdict::Micro)),
            (59, 41, Some(Verdict::Mix)),
            (41, 59, Some(Verdict::Mix)),
            (2, 3, Some(Verdict::Macro)),
            (40, 60, Some(Verdict::Macro)),
            (1, 1, Some(Verdict::Mix)),
            (1, 0, Some(Verdict::Micro)),
            (0, 1, Some(Verdict::Macro)),
            (9, 6, Some(Verdict::Micro)),
            (8, 7, Some(Verdict::Mix)),
            (7, 8, Some(Verdict::Mix)),
            (6, 9, Some(Verdict::Macro)),
            (u32::MAX, u32::MAX, Some(Verdict::Mix)),
        ];
        for (a, b, verdict) in cases {
            assert_eq!(verdict_for_answers(a, b), verdict, "{a} A, {b} B");
        }
    }

    #[test]
    fn a_game_in_progress() {
        let mut game = Checklist::new();
        assert_eq!(game.verdict(), None);
        assert_eq!(game.next_unanswered(), Some(0));
        game.answer("q.audience_size.1", Answer::A).unwrap();
        game.answer("q.cost.1", Answer::B).unwrap();
        game.answer("q.cost.1", Answer::A).unwrap(); // changed
        assert_eq!(game.get("q.cost.1"), Ok(Some(Answer::A)));
        assert_eq!(
            game.tally(),
            Tally {
                a: 2,
                b: 0,
                unanswered: QUESTIONS.len() as u32 - 2
            }
        );
        assert_eq!(game.verdict(), Some(Verdict::Micro));
        assert_eq!(game.next_unanswered(), Some(1));
        game.set("q.cost.1", None).unwrap();
        assert_eq!(game.tally().a, 1);
        assert!(game.answer("q.nope.1", Answer::A).is_err());
        game.reset();
        assert_eq!(game, Checklist::new());
    }

    #[test]
    fn factor_leans_follow_the_answers() {
        let mut game = Checklist::new();
        game.answer("q.geography.1", Answer::A).unwrap();
        game.answer("q.geography.2", Answer::B).unwrap();
        game.answer("q.reputation.1", Answer::B).unwrap();
        let leans = game.factor_leans();
        assert_eq!(*leans.get(Factor::Geography), Some(0.0));
        assert_eq!(*leans.get(Factor::Reputation), Some(1.0));
        assert_eq!(*leans.get(Factor::Niche), None);
    }

    #[test]
    fn to_brief_takes_the_majority_and_ties_go_to_the_later_question() {
        let base = Brief::default();
        let mut game = Checklist::new();
        // Objective: community (q.audience_size.1 A), conversion (q.engagement.1 A),
        // community (q.objectives.1 A) → community by majority.
        game.answer("q.audience_size.1", Answer::A).unwrap();
        game.answer("q.engagement.1", Answer::A).unwrap();
        game.answer("q.objectives.1", Answer::A).unwrap();
        // Geography: local vs national, one vote each → the later question (national).
        game.answer("q.geography.1", Answer::A).unwrap();
        game.answer("q.geography.2", Answer::A).unwrap();
        game.answer("q.cost.1", Answer::B).unwrap();
        game.answer("q.objectives.3", Answer::A).unwrap();
        game.answer("q.content.2", Answer::B).unwrap();
        let brief = game.to_brief(&base);
        assert_eq!(brief.objective, Objective::Community);
        assert_eq!(brief.geography, GeoScope::National);
        assert_eq!(brief.management_capacity_hours, CAPACITY_ONE_RELATIONSHIP);
        assert_eq!(brief.horizon_weeks, HORIZON_LONG);
        assert!(!brief.usage_rights);
        // Unanswered fields and the budget keep the base values.
        assert_eq!(brief.niche_depth, base.niche_depth);
        assert_eq!(brief.budget, base.budget);
        assert_eq!(brief.validate(), Ok(()));
    }

    #[test]
    fn answer_ids() {
        assert_eq!(Answer::IDS, ["a", "b"]);
        assert_eq!("b".parse::<Answer>(), Ok(Answer::B));
    }
}
