//! Laws the market's verdicts obey over country × scope × niche × objective × budget, with
//! every other input at its default and only typical creators of the market. They are checked,
//! never forced: no code chooses a verdict; each law follows from the mechanisms (finite supply
//! per band, audiences per region and niche, the price curve, time as a cost, the floor of value
//! per euro) and fails if one of them stops working.
//!
//! "Free to grow" below means the brief's micro side could take its whole budget (its plan stops
//! only at the budget): where a niche's or a city's small creators run out, or what is left of
//! them is saturated or not worth its cost, the rest of a budget can only go to larger ones,
//! whatever the niche or the objective asks for.

use micromacro_engine::{
    Assumptions, Brief, Country, Currency, GeoScope, Limit, Money, NicheDepth, Objective, Plans,
    Strategy, plans,
};

const BUDGETS: [i64; 9] = [
    500, 2_000, 5_000, 20_000, 50_000, 200_000, 500_000, 2_000_000, 5_000_000,
];

/// Tolerance on a share of spend: whole creators make shares move in steps.
const STEP: f64 = 0.05;

fn at(
    country: Country,
    geography: GeoScope,
    niche_depth: NicheDepth,
    objective: Objective,
    budget: i64,
) -> Plans {
    let brief = Brief {
        country,
        geography,
        niche_depth,
        objective,
        budget: Money::from_major(budget, Currency::Eur),
        ..Brief::default()
    };
    plans(&brief, &Assumptions::default(), &[]).unwrap()
}

fn share(p: &Plans) -> f64 {
    p.plans[Strategy::Free.index()].micro_share
}

fn free_to_grow(p: &Plans) -> bool {
    matches!(
        p.plans[Strategy::MicroSide.index()].left_because,
        Limit::None | Limit::Budget
    )
}

fn ran_out(p: &Plans) -> bool {
    p.plans[Strategy::MicroSide.index()].left_because == Limit::Supply
}

/// Every brief of the grid but one input, with that input's two values.
fn pairs<T: Copy>(
    values: [T; 2],
    mut brief: impl FnMut(T, Country, GeoScope, NicheDepth, Objective, i64) -> Option<Plans>,
    mut check: impl FnMut(&Plans, &Plans, String),
) {
    for country in Country::ALL.iter().copied() {
        for geography in GeoScope::ALL.iter().copied() {
            for niche in NicheDepth::ALL.iter().copied() {
                for objective in Objective::ALL.iter().copied() {
                    for budget in BUDGETS {
                        let (Some(a), Some(b)) = (
                            brief(values[0], country, geography, niche, objective, budget),
                            brief(values[1], country, geography, niche, objective, budget),
                        ) else {
                            continue;
                        };
                        check(
                            &a,
                            &b,
                            format!("{country} {geography} {niche} {objective} €{budget}"),
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn past_the_point_where_the_micro_side_runs_out_its_share_does_not_grow() {
    for country in Country::ALL.iter().copied() {
        for geography in GeoScope::ALL.iter().copied() {
            for niche in NicheDepth::ALL.iter().copied() {
                for objective in Objective::ALL.iter().copied() {
                    let mut ran_out: Option<(i64, f64)> = None;
                    for budget in BUDGETS {
                        let p = at(country, geography, niche, objective, budget);
                        if let Some((from, was)) = ran_out {
                            assert!(
                                share(&p) <= was + STEP,
                                "{country} {geography} {niche} {objective}: {was} at €{from}, {} at €{budget}",
                                share(&p)
                            );
                        } else if self::ran_out(&p) {
                            ran_out = Some((budget, share(&p)));
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn a_deeper_niche_leans_micro_while_its_small_creators_last() {
    let mut compared = 0;
    pairs(
        [NicheDepth::Broad, NicheDepth::Deep],
        |niche, c, g, _, o, b| Some(at(c, g, niche, o, b)),
        |broad, deep, case| {
            if free_to_grow(deep) && deep.verdict.is_some() && broad.verdict.is_some() {
                compared += 1;
                assert!(
                    share(deep) >= share(broad) - STEP,
                    "{case}: deep {} < broad {}",
                    share(deep),
                    share(broad)
                );
            }
        },
    );
    assert!(compared > 100, "{compared} cases compared");
}

#[test]
fn a_local_brief_leans_micro_against_an_international_one_while_its_small_creators_last() {
    let mut compared = 0;
    pairs(
        [GeoScope::International, GeoScope::Local],
        |geography, c, _, n, o, b| Some(at(c, geography, n, o, b)),
        |international, local, case| {
            if free_to_grow(local) && local.verdict.is_some() && international.verdict.is_some() {
                compared += 1;
                assert!(
                    share(local) >= share(international) - STEP,
                    "{case}: local {} < international {}",
                    share(local),
                    share(international)
                );
            }
        },
    );
    assert!(compared > 100, "{compared} cases compared");
}

#[test]
fn community_leans_micro_against_awareness_while_its_small_creators_last() {
    let mut compared = 0;
    pairs(
        [Objective::Awareness, Objective::Community],
        |objective, c, g, n, _, b| Some(at(c, g, n, objective, b)),
        |awareness, community, case| {
            if free_to_grow(community) && community.verdict.is_some() && awareness.verdict.is_some()
            {
                compared += 1;
                assert!(
                    share(community) >= share(awareness) - STEP,
                    "{case}: community {} < awareness {}",
                    share(community),
                    share(awareness)
                );
            }
        },
    );
    assert!(compared > 100, "{compared} cases compared");
}

#[test]
fn national_budgets_up_to_half_a_million_are_spent_or_the_rest_is_explained() {
    for country in Country::ALL.iter().copied() {
        for niche in NicheDepth::ALL.iter().copied() {
            for objective in Objective::ALL.iter().copied() {
                for budget in BUDGETS.iter().copied().filter(|&b| b <= 500_000) {
                    let p = at(country, GeoScope::National, niche, objective, budget);
                    let free = &p.plans[Strategy::Free.index()];
                    let spent = free.spent.cents() as f64 / (budget * 100) as f64;
                    assert!(
                        spent >= 0.9
                            || matches!(
                                free.left_because,
                                Limit::Supply | Limit::Value | Limit::Worth
                            ),
                        "{country} {niche} {objective} €{budget}: {spent} spent, {:?}",
                        free.left_because
                    );
                }
            }
        }
    }
}

#[test]
fn the_briefs_of_the_done_when_list_emerge() {
    let verdict = |g, n, o, b| {
        at(Country::Nl, g, n, o, b)
            .verdict
            .map(|v| v.to_string())
            .unwrap_or_default()
    };
    // A local, deep-niche community brief at €20k: micro.
    assert_eq!(
        verdict(
            GeoScope::Local,
            NicheDepth::Deep,
            Objective::Community,
            20_000
        ),
        "micro"
    );
    // A broad, international awareness brief at €2M: macro.
    assert_eq!(
        verdict(
            GeoScope::International,
            NicheDepth::Broad,
            Objective::Awareness,
            2_000_000
        ),
        "macro"
    );
    // National briefs in between give mixes where a niche's small creators run out.
    let mixes = [NicheDepth::Focused, NicheDepth::Deep]
        .iter()
        .flat_map(|&n| Objective::ALL.iter().map(move |&o| (n, o)))
        .flat_map(|(n, o)| BUDGETS.iter().map(move |&b| (n, o, b)))
        .filter(|&(n, o, b)| verdict(GeoScope::National, n, o, b) == "mix")
        .count();
    assert!(mixes >= 3, "{mixes} national mixes");
}
