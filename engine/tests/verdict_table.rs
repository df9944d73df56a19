//! The verdict table: the model's answer over country × scope × niche × objective × budget, with
//! every other input at its default (Instagram, no limit on the team's hours, typical creators
//! of the market only), and for each change of verdict as the budget grows, the mechanism that
//! caused it.
//!
//! The table is kept in `engine/VERDICTS.md` so anyone can see the model behave without running
//! it; this test renders it and fails when the file is out of date (run with
//! `UPDATE_VERDICTS=1` to rewrite it after a deliberate change of the model or the defaults).
//! Nothing here forces a verdict: `tests/market_laws.rs` checks the laws the table should obey.

use std::fmt::Write as _;

use micromacro_engine::{
    Assumptions, Brief, Country, Currency, DecisionState, GeoScope, Limit, Money, NicheDepth,
    Objective, Optimality, Plans, Strategy, plans,
};

const BUDGETS: [i64; 9] = [
    500, 2_000, 5_000, 20_000, 50_000, 200_000, 500_000, 2_000_000, 5_000_000,
];

/// The countries shown: a small market, a large European one and the largest.
const COUNTRIES: [Country; 3] = [Country::Nl, Country::De, Country::Us];

fn decide_at(brief: &Brief) -> Plans {
    plans(brief, &Assumptions::default(), &[]).unwrap()
}

fn cell(brief: &Brief, p: &Plans) -> String {
    let free = &p.plans[Strategy::Free.index()];
    match (p.state, p.verdict) {
        (DecisionState::Ok, Some(v)) => format!(
            "{} {:.0}% ({}, {:.0}%)",
            v,
            free.micro_share * 100.0,
            free.creators(),
            free.spent.cents() as f64 / brief.budget.cents() as f64 * 100.0
        ),
        (state, _) => state.to_string(),
    }
}

/// Why the verdict moved between two budgets: what stopped the micro side (or the macro side)
/// from taking more of the larger budget.
fn mechanism(p: &Plans) -> String {
    let micro = &p.plans[Strategy::MicroSide.index()];
    let macro_side = &p.plans[Strategy::MacroSide.index()];
    let why = |limit: Limit| match limit {
        Limit::Supply => "its creators ran out (supply)",
        Limit::Value => "its audience is saturated",
        Limit::Worth => "the rest is not worth its cost",
        Limit::Hours => "the team's hours ran out",
        Limit::Budget | Limit::None => "the budget",
        Limit::Pool => "nobody left",
    };
    if micro.left_because != Limit::None && micro.left_because != Limit::Budget {
        format!(
            "micro side stops at {:.0}% of the budget: {}",
            micro.spent.cents() as f64
                / (micro.spent.cents() + micro.unspent.cents()).max(1) as f64
                * 100.0,
            why(micro.left_because)
        )
    } else if macro_side.left_because != Limit::None && macro_side.left_because != Limit::Budget {
        format!("macro side stops: {}", why(macro_side.left_because))
    } else {
        "value per euro: the larger creators' price curve against the smaller ones' reach"
            .to_owned()
    }
}

fn render(country: Country, geography: GeoScope) -> String {
    let mut out = String::new();
    for niche_depth in NicheDepth::ALL.iter().copied() {
        let place = match geography {
            GeoScope::International => "international (every country)".to_owned(),
            g => format!("{g}, {}", country.as_str().to_ascii_uppercase()),
        };
        let _ = writeln!(out, "\n### {place}, {niche_depth} niche\n");
        let _ = write!(out, "| budget (EUR) |");
        for o in Objective::ALL {
            let _ = write!(out, " {o} |");
        }
        let _ = write!(out, "\n|---|");
        for _ in Objective::ALL {
            let _ = write!(out, "---|");
        }
        out.push('\n');
        let mut changes = Vec::new();
        let mut last: Vec<Option<String>> = vec![None; Objective::COUNT];
        for budget in BUDGETS {
            let _ = write!(out, "| {budget} |");
            for objective in Objective::ALL.iter().copied() {
                let brief = Brief {
                    objective,
                    geography,
                    country,
                    niche_depth,
                    budget: Money::from_major(budget, Currency::Eur),
                    ..Brief::default()
                };
                let p = decide_at(&brief);
                let _ = write!(out, " {} |", cell(&brief, &p));
                let verdict = p.verdict.map(|v| v.to_string());
                let previous = &mut last[objective.index()];
                if let (Some(before), Some(now)) = (previous.as_ref(), verdict.as_ref())
                    && before != now
                {
                    changes.push(format!(
                        "- {objective}, to €{budget}: {before} → {now}; {}",
                        mechanism(&p)
                    ));
                }
                if verdict.is_some() {
                    *previous = verdict;
                }
            }
            out.push('\n');
        }
        if !changes.is_empty() {
            out.push('\n');
            for c in changes {
                let _ = writeln!(out, "{c}");
            }
        }
    }
    out
}

#[test]
fn the_verdict_table_in_the_docs_is_current() {
    let mut table = String::from(
        "# Verdicts by country, scope, niche, objective and budget\n\n\
         Generated by `engine/tests/verdict_table.rs` (`UPDATE_VERDICTS=1 cargo test -p \
         micromacro-engine --test verdict_table` rewrites it). Every other input is the default \
         brief: Instagram, medium risk, balanced content, usage rights, 12 weeks, no limit on \
         the team's hours (their time is a cost), typical creators of the market only. Each \
         cell: the verdict, the free plan's micro-side share of spend, (creators hired, share \
         of the budget spent). Under each table, every change of verdict as the budget grows, \
         with what stopped a side from taking more of the larger budget.\n",
    );
    for country in COUNTRIES {
        let _ = write!(table, "\n## {}\n", country.as_str().to_ascii_uppercase());
        for geography in [GeoScope::Local, GeoScope::National] {
            table.push_str(&render(country, geography));
        }
    }
    table.push_str("\n## International\n");
    table.push_str(&render(Country::Nl, GeoScope::International));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/VERDICTS.md");
    if std::env::var_os("UPDATE_VERDICTS").is_some() {
        std::fs::write(path, &table).unwrap();
    }
    let kept = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        kept == table,
        "engine/VERDICTS.md is out of date: rerun with UPDATE_VERDICTS=1 and review the diff"
    );
}

/// On the default brief, at every budget of the table, the best plan is proven to reach at
/// least 95 % of the best possible value (its certificate, `Plan::optimality`).
#[test]
fn the_default_briefs_best_plan_is_certified_near_the_best_possible() {
    for budget in BUDGETS {
        let brief = Brief {
            budget: Money::from_major(budget, Currency::Eur),
            ..Brief::default()
        };
        let free = &decide_at(&brief).plans[Strategy::Free.index()];
        let at_least = match free.optimality() {
            Optimality::Proven => 1.0,
            Optimality::AtLeast(share) => share,
        };
        assert!(
            at_least >= 0.95,
            "€{budget}: proven at least {at_least:.3} of the best possible"
        );
    }
}
