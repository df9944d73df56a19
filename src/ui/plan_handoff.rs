//! Carrying a brief into the planner from elsewhere in the app (the
//! checklist's "turn this into a plan").

use leptos::prelude::*;
use micromacro_engine::{Brief, Checklist};

use crate::i18n::Lang;
use crate::plan::PlanInput;

/// A plan waiting to be opened by the planner, shared through context.
#[derive(Clone, Copy, Debug, Default)]
pub struct PlanHandoff(RwSignal<Option<PlanInput>>);

impl PlanHandoff {
    /// Leaves the brief that `checklist`'s answers imply for the planner,
    /// its numbers written in `notation`.
    pub fn from_checklist(self, checklist: &Checklist, notation: Lang) {
        self.0.set(Some(PlanInput::from_brief(
            &checklist.to_brief(&Brief::default()),
            notation,
        )));
    }

    /// Takes the waiting plan, if there is one (it is opened once).
    pub fn take(self) -> Option<PlanInput> {
        self.0.try_update(Option::take).flatten()
    }
}
