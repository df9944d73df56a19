//! "Choose creators for me", and the plan as a spreadsheet: pure functions over the decision.
//!
//! [`chosen_rows`] turns the best plan's picks from the imported roster into rows of the plan's
//! creators (the form), written as a person would type them, so they can be edited by hand
//! like any other row; rows already in the plan stay as they are (nothing typed is ever
//! removed). [`plan_csv`] writes the best plan's hires, named and typical, as a CSV that a
//! spreadsheet opens safely.

use micromacro_engine::{Decision, Origin, Strategy};

use super::{CreatorInput, PlanInput, RosterState, RowRef, plain_number};
use crate::i18n::Lang;
use crate::roster::{Cell, to_csv};

/// New plan rows for the best plan's picks that come from the roster, with ids after the
/// plan's own. `ids` maps the engine's positions to rows (see the planner's model).
pub fn chosen_rows(
    input: &PlanInput,
    roster: &RosterState,
    decision: &Decision,
    ids: &[RowRef],
) -> Vec<CreatorInput> {
    let mut next = input.next_creator_id();
    decision
        .plan(Strategy::Free)
        .picks
        .iter()
        .filter_map(|pick| {
            let candidate = &decision.pool.candidates[pick.candidate];
            let Origin::Roster(position) = candidate.origin else {
                return None;
            };
            let RowRef::Roster(id) = *ids.get(position)? else {
                return None;
            };
            let entry = roster.get(id)?;
            let row = row_from_entry(next, input.notation, entry, &candidate.metrics);
            next += 1;
            Some(row)
        })
        .collect()
}

/// A plan row for the roster entry `entry` (whose metrics the engine worked out as `m`), with
/// row id `id`, written as a person would type it in `notation`.
pub fn row_from_entry(
    id: u64,
    notation: Lang,
    entry: &crate::plan::RosterEntry,
    m: &micromacro_engine::CreatorMetrics,
) -> CreatorInput {
    let number = |v: f64| plain_number(notation, v);
    let c = &entry.creator;
    CreatorInput {
        id,
        name: c.name.clone().unwrap_or_else(|| c.handle.clone()),
        platform: m.platform,
        followers: c.followers.to_string(),
        engagement_percent: c.engagement.map(|e| number(e * 100.0)).unwrap_or_default(),
        // In the plan's currency, as the engine converted it.
        price: c
            .price
            .map(|_| number(m.price_per_post.to_major_f64()))
            .unwrap_or_default(),
        posts: c.posts.map(|p| p.to_string()).unwrap_or_default(),
        conversion_percent: c
            .conversion_rate
            .map(|r| number(r * 100.0))
            .unwrap_or_default(),
        choice: entry.choice,
        typical: 0,
    }
}

/// The header of [`plan_csv`].
pub const PLAN_HEADER: [&str; 9] = [
    "name",
    "typical",
    "platform",
    "tier",
    "followers",
    "count",
    "price_per_post",
    "posts",
    "fees",
];

/// Your plan's hires (the creators the user decided on) as CSV in `lang`'s spreadsheet
/// notation. `names` are the engine creators' names, and `typical` whether each stands for
/// typical creators still to be found, by position.
pub fn plan_csv(lang: Lang, decision: &Decision, names: &[String], typical: &[bool]) -> String {
    let plan = &decision.advice.yours;
    let rows: Vec<Vec<Cell>> = plan
        .picks
        .iter()
        .map(|pick| {
            let c = &decision.pool.candidates[pick.candidate];
            let m = &c.metrics;
            let (name, typical) = match c.origin {
                Origin::Roster(i) if typical.get(i).copied().unwrap_or(false) => {
                    (format!("typical {}", m.tier), "yes")
                }
                Origin::Roster(i) => (names.get(i).cloned().unwrap_or_default(), "no"),
                Origin::Typical { tier, .. } => (format!("typical {tier}"), "yes"),
            };
            let count = pick.count as f64;
            vec![
                Cell::Text(name),
                Cell::Text(typical.to_owned()),
                Cell::Text(m.platform.as_str().to_owned()),
                Cell::Text(m.tier.as_str().to_owned()),
                Cell::Number {
                    value: m.followers as f64,
                    decimals: 0,
                },
                Cell::Number {
                    value: count,
                    decimals: 0,
                },
                Cell::Number {
                    value: m.price_per_post.to_major_f64(),
                    decimals: 2,
                },
                Cell::Number {
                    value: f64::from(m.posts),
                    decimals: 0,
                },
                Cell::Number {
                    value: m.cost.to_major_f64() * count,
                    decimals: 2,
                },
            ]
        })
        .collect();
    to_csv(lang, &PLAN_HEADER, &rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::RosterCreator;
    use micromacro_engine::{Assumptions, Platform, decide_now};

    #[test]
    fn the_best_plans_roster_picks_become_plan_rows_and_the_csv_is_safe() {
        let mut roster = RosterState::default();
        let mut star = RosterCreator::new(2, "=star", 60_000);
        star.engagement = Some(0.08);
        star.price = Some((120.0, None));
        roster.add(
            vec![star, RosterCreator::new(3, "quiet", 2_000)],
            Platform::Instagram,
        );
        // Pinned, so the plan has a roster pick whatever the optimiser prefers (without the
        // pin, an eighth typical creator fills the budget a little better than the star).
        let star_id = roster.entries()[0].id;
        roster.set_choice(star_id, micromacro_engine::Choice::Pinned);
        let input = PlanInput::default();
        let a = Assumptions::default();
        let mut creators =
            roster.to_creators(Platform::Instagram, input.currency, a.exchange_rate.value);
        let ids: Vec<RowRef> = roster
            .entries()
            .iter()
            .map(|e| RowRef::Roster(e.id))
            .collect();
        let brief = input.to_brief(input.notation).unwrap();
        let d = decide_now(&brief, &a, &creators).unwrap();
        let rows = chosen_rows(&input, &roster, &d, &ids);
        let star_row = rows
            .iter()
            .find(|r| r.name == "=star")
            .expect("the pinned star is in the plan");
        assert_eq!(star_row.followers, "60000");
        assert_eq!(star_row.engagement_percent, "8");
        assert_eq!(star_row.price, "120");
        // The export is your plan: the star, and three typical creators standing in the
        // second row's place.
        creators[0].planned = 1;
        creators[1].planned = 3;
        let d = decide_now(&brief, &a, &creators).unwrap();
        let names: Vec<String> = creators.iter().map(|c| c.name.clone()).collect();
        let csv = plan_csv(Lang::Nl, &d, &names, &[false, true]);
        assert!(csv.starts_with("\u{FEFF}name;typical;platform"), "{csv}");
        assert!(
            csv.contains("'=star;no;instagram"),
            "a formula is neutralised: {csv}"
        );
        assert!(csv.contains(";yes;"), "typical creators are listed: {csv}");
        assert!(
            csv.contains("typical nano;yes;instagram;nano;2000;3;"),
            "{csv}"
        );
        assert_eq!(
            csv.trim_end().lines().count(),
            3,
            "your plan's two rows: {csv}"
        );
    }
}
