//! The words of your plan and the advice: over or under budget, who a change names, what it
//! gains. Pure, so the wording is tested natively and the components only lay it out.

use micromacro_engine::{Change, ChangeKind, Decision, Money, Plan, Tier};

use super::adopt::{Subject, subject};
use super::{PlanInput, RowMetrics, RowRef};
use crate::i18n::{Lang, format_money, format_number, format_percent, id_text, tr, tr_args};

/// "€500 over budget: 10 % more than the €5,000 budget", "€300 of the €5,000 budget left
/// (6 %)", or "spends the budget exactly".
#[must_use]
pub fn budget_line(lang: Lang, spent: Money, budget: Money) -> String {
    let gap = Money::from_cents(
        spent.cents().saturating_sub(budget.cents()),
        spent.currency(),
    );
    let share = |amount: Money| {
        if budget.cents() > 0 {
            format_percent(lang, amount.cents() as f64 / budget.cents() as f64, 0)
        } else {
            "—".to_owned()
        }
    };
    let budget_text = format_money(lang, budget, 0);
    match gap.cents() {
        0 => tr_args(lang, "yours.exact", &[("budget", &budget_text)]),
        c if c > 0 => tr_args(
            lang,
            "yours.over",
            &[
                ("amount", &format_money(lang, gap, 0)),
                ("share", &share(gap)),
                ("budget", &budget_text),
            ],
        ),
        _ => {
            let left = Money::from_cents(-gap.cents(), gap.currency());
            tr_args(
                lang,
                "yours.under",
                &[
                    ("amount", &format_money(lang, left, 0)),
                    ("share", &share(left)),
                    ("budget", &budget_text),
                ],
            )
        }
    }
}

/// "12 typical micro creators with 68,129 followers, still to be found" for a typical row or
/// group, named by its tier and followers.
#[must_use]
pub fn typical_text(lang: Lang, tier: Tier, followers: u64, count: u64) -> String {
    let tier = id_text(lang, "tier", tier.as_str(), "name");
    let followers = format_number(lang, followers as f64, 0);
    if count <= 1 {
        tr_args(
            lang,
            "yours.typical",
            &[("tier", &tier), ("followers", &followers)],
        )
    } else {
        tr_args(
            lang,
            "yours.typical_many",
            &[
                ("tier", &tier),
                ("followers", &followers),
                ("count", &format_number(lang, count as f64, 0)),
            ],
        )
    }
}

/// The name of a plan row: its name as typed, what a typical row stands for, or "unnamed".
#[must_use]
pub fn row_name(lang: Lang, input: &PlanInput, rows: &RowMetrics, id: u64) -> String {
    let Some(row) = input.creators.iter().find(|r| r.id == id) else {
        return tr(lang, "compare.unnamed").to_owned();
    };
    if row.typical > 0
        && let Some(m) = rows.get(id)
    {
        return typical_text(lang, m.tier, m.followers, u64::from(row.typical));
    }
    let name = row.name.trim();
    if name.is_empty() {
        tr(lang, "compare.unnamed").to_owned()
    } else {
        name.to_owned()
    }
}

/// Your plan's rows, each with its name in words: every row that reads, but those set aside
/// (as the engine's plan hires them; a typical row named by what it stands for).
pub fn hired_rows(lang: Lang, input: &PlanInput, rows: &RowMetrics) -> Vec<(u64, bool, String)> {
    input
        .creators
        .iter()
        .filter(|r| r.choice != micromacro_engine::Choice::Excluded && rows.get(r.id).is_some())
        .map(|r| (r.id, r.typical > 0, row_name(lang, input, rows, r.id)))
        .collect()
}

/// Who `subject` is, in words.
#[must_use]
pub fn subject_text(lang: Lang, subject: &Subject, input: &PlanInput, rows: &RowMetrics) -> String {
    match subject {
        Subject::Row { id, .. } => row_name(lang, input, rows, *id),
        Subject::Entry { name, .. } if !name.trim().is_empty() => name.trim().to_owned(),
        Subject::Entry { .. } => tr(lang, "compare.unnamed").to_owned(),
        Subject::Typical {
            tier,
            followers,
            count,
        } => typical_text(lang, *tier, *followers, *count),
    }
}

/// A relative change of value: "+12 %", "−3 %" (one decimal under 10 %).
#[must_use]
pub fn gain_text(lang: Lang, gain: f64) -> String {
    let sign = if gain > 0.0 {
        "+"
    } else if gain < 0.0 {
        "−"
    } else {
        ""
    };
    format!("{sign}{}", more_text(lang, gain.abs()))
}

/// How much more, for a sentence that says "more" itself: "12 %" (one decimal under 10 %).
#[must_use]
pub fn more_text(lang: Lang, more: f64) -> String {
    format_percent(lang, more, usize::from(more < 0.1))
}

/// Who reads the distance between a plan and the best one: the planner's user ("your plan") or
/// a client ("this plan").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// The planner.
    Planner,
    /// A client's view of a link, and the report.
    Client,
}

/// How far `yours` is from `best` in words: worth as much, `best` worth N % more, or (over
/// budget) what the best plan within the budget is worth beside it. `None` for a client when
/// the plan hires nobody.
#[must_use]
pub fn gap_text(
    lang: Lang,
    yours: &Plan,
    best: &Plan,
    budget: Money,
    reader: Reader,
) -> Option<String> {
    let key = |name: &str| match reader {
        Reader::Planner => format!("advice.{name}"),
        Reader::Client => format!("client.{name}"),
    };
    if yours.picks.is_empty() || yours.value <= 0.0 {
        return (reader == Reader::Planner).then(|| tr(lang, "advice.gap.empty").to_owned());
    }
    if yours.spent.cents() > budget.cents() {
        let share = format_percent(lang, best.value / yours.value, 0);
        return Some(tr_args(lang, &key("gap.over"), &[("share", &share)]));
    }
    let gap = best.value / yours.value - 1.0;
    Some(if gap <= 0.0 {
        tr(lang, &key("gap.none")).to_owned()
    } else {
        tr_args(lang, &key("gap"), &[("gain", &more_text(lang, gap))])
    })
}

/// What the engine's names and ids are for the words of a change.
pub struct Names<'a> {
    /// The plan's rows as typed.
    pub input: &'a PlanInput,
    /// The rows' metrics (a typical row's tier and followers).
    pub rows: &'a RowMetrics,
    /// The engine's roster positions to rows and entries.
    pub ids: &'a [RowRef],
    /// The engine's creators (their names), by position.
    pub creators: &'a [micromacro_engine::Creator],
}

/// "Swap @a for @b", "Add 3 typical micro creators …", "Drop @c".
#[must_use]
pub fn change_text(lang: Lang, decision: &Decision, change: &Change, n: &Names<'_>) -> String {
    let name = |candidate: usize, count: u64| {
        subject(decision, candidate, count, n.ids, n.creators)
            .map(|s| subject_text(lang, &s, n.input, n.rows))
            .unwrap_or_default()
    };
    let drop = change.drop.map(|c| name(c, 1)).unwrap_or_default();
    let add = change
        .add
        .map(|p| name(p.candidate, p.count))
        .unwrap_or_default();
    let key = match change.kind {
        ChangeKind::Swap => "advice.change.swap",
        ChangeKind::Add => "advice.change.add",
        ChangeKind::Drop => "advice.change.drop",
    };
    tr_args(lang, key, &[("drop", &drop), ("add", &add)])
}

/// "+12 % value; your plan then spends €4,800."
#[must_use]
pub fn change_effect(lang: Lang, change: &Change) -> String {
    tr_args(
        lang,
        "advice.change.effect",
        &[
            (
                "gain",
                &change
                    .gain
                    .map(|g| gain_text(lang, g))
                    .unwrap_or_else(|| "—".into()),
            ),
            ("spent", &format_money(lang, change.spent, 0)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use micromacro_engine::Currency;

    fn eur(major: i64) -> Money {
        Money::from_major(major, Currency::Eur)
    }

    #[test]
    fn over_and_under_budget_are_said_with_amount_and_share() {
        let cases = [
            (
                Lang::En,
                5_500,
                5_000,
                "€500 over budget: 10% more than the €5,000 budget.",
            ),
            (
                Lang::En,
                4_700,
                5_000,
                "€300 of the €5,000 budget left (6%).",
            ),
            (Lang::En, 5_000, 5_000, "Spends the €5,000 budget exactly."),
            (
                Lang::Nl,
                5_500,
                5_000,
                "€ 500 boven het budget: 10% meer dan het budget van € 5.000.",
            ),
        ];
        for (lang, spent, budget, want) in cases {
            assert_eq!(budget_line(lang, eur(spent), eur(budget)), want);
        }
    }

    #[test]
    fn the_gap_is_said_for_the_planner_and_for_a_client() {
        use micromacro_engine::{Assumptions, Brief, Creator, Platform, Strategy, decide};
        let brief = Brief {
            budget: eur(1_000),
            use_market: false,
            ..Brief::default()
        };
        let own = |price: i64, planned: u32| {
            Creator::new(Platform::Instagram, 40_000)
                .with_price(eur(price))
                .with_planned(planned)
        };
        let texts = |roster: &[Creator]| {
            let d = decide(&brief, &Assumptions::default(), roster).unwrap();
            let best = d.plan(Strategy::Free).clone();
            let yours = d.advice.yours.clone();
            [Reader::Planner, Reader::Client]
                .map(|r| gap_text(Lang::En, &yours, &best, brief.budget, r))
        };
        // A plan of one expensive creator beside a cheaper, equal one: the best is better.
        let [planner, client] = texts(&[own(900, 1), own(300, 0), own(300, 0)]);
        let planner = planner.unwrap();
        assert!(
            planner.starts_with("The best plan found is worth "),
            "{planner}"
        );
        assert!(
            !planner.contains('+'),
            "the sentence says more itself: {planner}"
        );
        assert!(
            client
                .unwrap()
                .starts_with("The best plan the optimiser finds")
        );
        // The best plan itself: as good as it gets.
        let [planner, _] = texts(&[own(300, 1), own(300, 1)]);
        assert_eq!(planner.unwrap(), tr(Lang::En, "advice.gap.none"));
        // Over budget: what the best within the budget is worth beside it.
        let [planner, _] = texts(&[own(600, 1), own(600, 1)]);
        assert!(
            planner
                .unwrap()
                .starts_with("Your plan spends more than the budget")
        );
        // Nobody hired: the planner is told how to start, a client is told nothing.
        let [planner, client] = texts(&[own(300, 0)]);
        assert_eq!(planner.unwrap(), tr(Lang::En, "advice.gap.empty"));
        assert_eq!(client, None);
    }

    #[test]
    fn gains_carry_their_sign() {
        assert_eq!(gain_text(Lang::En, 0.123), "+12%");
        assert_eq!(gain_text(Lang::En, -0.034), "−3.4%");
        assert_eq!(gain_text(Lang::En, 0.0), "0.0%");
    }
}
