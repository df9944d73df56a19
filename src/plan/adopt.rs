//! Adopting the advice into your plan: one change, or the whole best plan, as edits of the
//! plan's rows (the form), so what is adopted can be edited by hand like anything typed.
//!
//! The engine names creators by their position in the pool; `ids` maps the engine's roster
//! positions to where each creator comes from (a plan row or a roster entry; see the
//! planner's model), and a typical creator of the market becomes a row marked typical
//! ([`CreatorInput::typical`]), "still to be found".
//!
//! Invariants (tested): applying a change gives exactly the plan the engine evaluated for it
//! (same creators, same copies); rows not touched by a change stay exactly as typed; undo is
//! the caller's copy of the rows before the change (the form is plain data).

use micromacro_engine::{Change, Decision, Origin, Pick, Platform, Strategy, Tier};

use super::choose::row_from_entry;
use super::{CreatorInput, PlanInput, RosterState, RowRef};

/// Who a change (or a plan) names: a row of your plan, a roster entry, or typical creators.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    /// A row of your plan: its id, its name as typed, and (for a typical row) what it stands for.
    Row {
        /// The row's id.
        id: u64,
        /// The name as typed (may be empty).
        name: String,
    },
    /// A creator of the imported roster.
    Entry {
        /// The entry's id.
        id: u32,
        /// Its name or handle.
        name: String,
    },
    /// `count` typical creators of `tier` with `followers` followers each.
    Typical {
        /// Their tier.
        tier: Tier,
        /// Followers of each.
        followers: u64,
        /// How many.
        count: u64,
    },
}

/// Who the pool's candidate `candidate` is, `count` copies of it.
pub fn subject(
    decision: &Decision,
    candidate: usize,
    count: u64,
    ids: &[RowRef],
    creators: &[micromacro_engine::Creator],
) -> Option<Subject> {
    let c = decision.pool.candidates.get(candidate)?;
    Some(match c.origin {
        Origin::Roster(position) => {
            let name = creators
                .get(position)
                .map(|c| c.name.clone())
                .unwrap_or_default();
            match *ids.get(position)? {
                RowRef::Form(id) => Subject::Row { id, name },
                RowRef::Roster(id) => Subject::Entry { id, name },
            }
        }
        Origin::Typical { tier, .. } => Subject::Typical {
            tier,
            followers: c.metrics.followers,
            count,
        },
    })
}

/// A row for `count` typical creators with `followers` followers on `platform`: every other
/// figure left to the benchmarks, as the market's typical creator has them.
pub fn typical_row(id: u64, platform: Platform, followers: u64, count: u64) -> CreatorInput {
    CreatorInput {
        followers: followers.to_string(),
        typical: u32::try_from(count)
            .unwrap_or(u32::MAX)
            .clamp(1, micromacro_engine::MAX_PLANNED),
        ..CreatorInput::blank(id, platform)
    }
}

/// Rows for adding `pick` to the plan: an existing typical row gets more copies (nothing new),
/// a roster entry or a typical creator becomes a new row with id `id`.
fn add_pick(
    input: &mut PlanInput,
    decision: &Decision,
    pick: Pick,
    roster: &RosterState,
    ids: &[RowRef],
    at: usize,
) {
    let candidate = &decision.pool.candidates[pick.candidate];
    let id = input.next_creator_id();
    let row = match candidate.origin {
        Origin::Roster(position) => match ids.get(position) {
            Some(RowRef::Form(row_id)) => {
                if let Some(row) = input.creators.iter_mut().find(|r| r.id == *row_id) {
                    let copies = u64::from(row.copies()) + pick.count;
                    row.typical = u32::try_from(copies)
                        .unwrap_or(u32::MAX)
                        .min(micromacro_engine::MAX_PLANNED);
                }
                return;
            }
            Some(RowRef::Roster(entry)) => match roster.get(*entry) {
                Some(entry) => row_from_entry(id, input.notation, entry, &candidate.metrics),
                None => return,
            },
            None => return,
        },
        Origin::Typical { .. } => typical_row(
            id,
            candidate.metrics.platform,
            candidate.metrics.followers,
            pick.count,
        ),
    };
    let at = at.min(input.creators.len());
    input.creators.insert(at, row);
}

/// Applies `change` to the plan's rows: the dropped row goes, the added creator comes in its
/// place (or at the end).
pub fn apply(
    input: &mut PlanInput,
    decision: &Decision,
    change: &Change,
    roster: &RosterState,
    ids: &[RowRef],
) {
    let mut at = input.creators.len();
    if let Some(drop) = change.drop
        && let Some(Origin::Roster(position)) = decision.pool.candidates.get(drop).map(|c| c.origin)
        && let Some(RowRef::Form(row_id)) = ids.get(position)
        && let Some(index) = input.creators.iter().position(|r| r.id == *row_id)
    {
        input.creators.remove(index);
        at = index;
    }
    if let Some(pick) = change.add {
        add_pick(input, decision, pick, roster, ids, at);
    }
}

/// Makes the best plan (the free plan, with the market when it is on) your plan: its
/// creators, in its order, your rows kept as typed where it hires them.
pub fn adopt_best(
    input: &mut PlanInput,
    decision: &Decision,
    roster: &RosterState,
    ids: &[RowRef],
) {
    let best = decision.plan(Strategy::Free).picks.clone();
    let kept: Vec<CreatorInput> = best
        .iter()
        .filter_map(|pick| {
            let Origin::Roster(position) = decision.pool.candidates[pick.candidate].origin else {
                return None;
            };
            let RowRef::Form(row_id) = *ids.get(position)? else {
                return None;
            };
            let mut row = input.creators.iter().find(|r| r.id == row_id)?.clone();
            if row.typical > 0 {
                row.typical = u32::try_from(pick.count).unwrap_or(u32::MAX).max(1);
            }
            Some(row)
        })
        .collect();
    let next = input.next_creator_id();
    input.creators = kept;
    for pick in best {
        let is_row = matches!(
            decision.pool.candidates[pick.candidate].origin,
            Origin::Roster(p) if matches!(ids.get(p), Some(RowRef::Form(_)))
        );
        if !is_row {
            // New ids continue after every id the plan had, so an undo never meets a reused id.
            let id = input.next_creator_id().max(next);
            let before = input.creators.len();
            add_pick(input, decision, pick, roster, ids, before);
            if let Some(row) = input.creators.get_mut(before) {
                row.id = id;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use micromacro_engine::{Assumptions, Brief, ChangeKind, Choice, Creator, decide};

    /// The planner's view of a plan: the rows as the engine sees them (form rows first, then
    /// the roster), the decision, and the engine's names.
    fn decided(input: &PlanInput) -> (Decision, Vec<RowRef>, Vec<Creator>) {
        let brief = input.to_brief(Lang::En).expect("the brief reads");
        let table = Assumptions::default();
        let (row_ids, creators) = input.to_creators_with_ids(Lang::En);
        let ids: Vec<RowRef> = row_ids.into_iter().map(RowRef::Form).collect();
        let d = decide(&brief, &table, &creators).expect("decides");
        (d, ids, creators)
    }

    fn plan_with(rows: &[(&str, &str, &str)], market: bool) -> PlanInput {
        let mut input = PlanInput::from_brief(&Brief::default(), Lang::En);
        input.use_market = market;
        input.creators = rows
            .iter()
            .enumerate()
            .map(|(id, (name, followers, price))| CreatorInput {
                name: (*name).into(),
                followers: (*followers).into(),
                price: (*price).into(),
                ..CreatorInput::blank(id as u64, input.platform)
            })
            .collect();
        input
    }

    #[test]
    fn every_change_applied_gives_the_plan_the_engine_evaluated() {
        let input = plan_with(&[("@a", "20000", "2000"), ("@b", "12000", "1900")], true);
        let (d, ids, _) = decided(&input);
        assert!(
            !d.advice.changes.is_empty(),
            "the market improves this plan"
        );
        for change in &d.advice.changes {
            let mut changed = input.clone();
            apply(&mut changed, &d, change, &RosterState::default(), &ids);
            let (after, _, _) = decided(&changed);
            let yours = &after.advice.yours;
            assert!(
                (yours.value - change.value).abs() <= 1e-9 * change.value.abs().max(1.0),
                "{change:?}: {} vs {}",
                yours.value,
                change.value
            );
            assert_eq!(yours.spent, change.spent, "{change:?}");
            // Untouched rows stay exactly as typed.
            for row in &input.creators {
                let touched = change.drop.is_some_and(|c| {
                    matches!(d.pool.candidates[c].origin, Origin::Roster(p) if ids[p] == RowRef::Form(row.id))
                });
                if !touched {
                    assert!(changed.creators.contains(row), "{row:?} kept");
                }
            }
        }
    }

    #[test]
    fn a_typical_creator_adopted_is_a_row_marked_typical_with_its_count() {
        let input = plan_with(&[("@a", "20000", "300")], true);
        let (d, ids, _) = decided(&input);
        let change = d
            .advice
            .changes
            .iter()
            .find(|c| {
                c.kind == ChangeKind::Add
                    && c.add
                        .is_some_and(|p| d.pool.candidates[p.candidate].origin.is_typical())
            })
            .expect("an add of typical creators");
        let mut changed = input.clone();
        apply(&mut changed, &d, change, &RosterState::default(), &ids);
        let added = changed.creators.last().unwrap();
        let pick = change.add.unwrap();
        assert_eq!(u64::from(added.typical), pick.count);
        assert_eq!(
            added.followers,
            d.pool.candidates[pick.candidate]
                .metrics
                .followers
                .to_string()
        );
        assert_eq!(added.name, "");
        assert_eq!(changed.creators[0], input.creators[0]);
    }

    #[test]
    fn adopting_the_best_plan_makes_it_yours_and_keeps_your_rows_it_hires() {
        let mut input = plan_with(&[("@a", "60000", "300"), ("@b", "20000", "4900")], true);
        input.creators[0].choice = Choice::Pinned;
        let (d, ids, _) = decided(&input);
        let before = input.clone();
        adopt_best(&mut input, &d, &RosterState::default(), &ids);
        assert_eq!(
            input.creators[0], before.creators[0],
            "the pinned row stays as typed"
        );
        let (after, _, _) = decided(&input);
        let best = d.plan(Strategy::Free);
        assert_eq!(after.advice.yours.spent, best.spent);
        assert!((after.advice.yours.value - best.value).abs() <= 1e-9 * best.value);
        assert_eq!(after.advice.yours.creators(), best.creators());
        let mut ids_seen: Vec<u64> = input.creators.iter().map(|r| r.id).collect();
        micromacro_engine::order::sort_by(&mut ids_seen, u64::cmp);
        ids_seen.dedup();
        assert_eq!(ids_seen.len(), input.creators.len(), "row ids stay unique");
    }
}
