//! Criterion benchmarks for the interactive hot paths. The UI recomputes them on every edit, so
//! the bar is one frame (16 ms) for a 100-creator pool and 20 ms for one optimiser run on
//! 10,000 creators (measured in the browser by the e2e suite too).
//!
//! * `optimise/free_plan/<n>`: one optimiser run (the free plan) on a pool of `n` of the user's
//!   creators plus the market, €50,000 and 400 team hours, so both limits matter.
//! * `decide/<n>`: the whole decision: three plans and the nine counterfactuals.
//! * `decide/10000_default_brief`: the same on the default brief (no limit on hours), where a
//!   creator library's 10,000 candidates meet the market.
//! * `decide_now/10000_default_brief`: the same without the nine counterfactuals: what the
//!   planner recomputes on an edit of such a campaign before it shows the figures (it works a
//!   large pool's factors out afterwards, one at a time).
//! * `curves/3_strategies_21_budgets`: the value curves the chart draws (100 creators).
//!
//! Run with `cargo bench -p micromacro-engine --bench engine` (add `-- --warm-up-time 1
//! --measurement-time 3` for a quick run; `--bench engine` keeps those options from the
//! library's own test harness, which does not know them).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use micromacro_engine::{
    Assumptions, Brief, Creator, Currency, EngagementRate, Money, Platform, Strategy, best_plan,
    decide, decide_now, value_curves,
};

/// A deterministic, varied roster: followers from 2k to ~2M across all tiers and platforms,
/// some inputs measured and some left to the defaults table.
fn roster(n: usize) -> Vec<Creator> {
    // A small linear congruential generator keeps the bench free of a rand dependency.
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as f64 / f64::from(u32::MAX >> 1)
    };
    (0..n)
        .map(|i| {
            let platform = Platform::ALL[i % Platform::COUNT];
            let followers = (2_000.0 * 1_000_f64.powf(next())) as u64;
            let mut c = Creator::new(platform, followers).named(format!("creator {i}"));
            if i % 3 != 0 {
                c = c.with_engagement(EngagementRate::per_follower(0.005 + 0.08 * next()));
            }
            if i % 4 != 0 {
                let price = (followers as f64 / 1_000.0 * (5.0 + 10.0 * next())) as i64;
                c = c.with_price(Money::from_major(price.max(10), Currency::Usd));
            }
            if i % 5 == 0 {
                c = c.with_fake_follower_share(0.3 * next());
            }
            c.niche_fit = (i % 2 == 0).then(&mut next);
            c.brand_risk = i % 17 == 0;
            c
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let brief = Brief {
        budget: Money::from_major(50_000, Currency::Eur),
        management_capacity_hours: 400.0,
        ..Brief::default()
    };
    let assumptions = Assumptions::default();

    for n in [100, 1_000, 10_000] {
        let pool = roster(n);
        c.bench_function(&format!("optimise/free_plan/{n}"), |b| {
            b.iter(|| {
                best_plan(
                    black_box(&brief),
                    &assumptions,
                    black_box(&pool),
                    Strategy::Free,
                )
                .expect("valid inputs")
            });
        });
    }
    // Five creators with the market's typical creators: the common case, and a pool small
    // enough for the optimiser's branch and bound.
    for n in [5, 100, 1_000] {
        let pool = roster(n);
        c.bench_function(&format!("decide/{n}"), |b| {
            b.iter(|| decide(black_box(&brief), &assumptions, black_box(&pool)).expect("valid"));
        });
    }

    let library = roster(10_000);
    let default_brief = Brief::default();
    c.bench_function("decide/10000_default_brief", |b| {
        b.iter(|| {
            decide(black_box(&default_brief), &assumptions, black_box(&library)).expect("valid")
        });
    });
    c.bench_function("decide_now/10000_default_brief", |b| {
        b.iter(|| {
            decide_now(black_box(&default_brief), &assumptions, black_box(&library)).expect("valid")
        });
    });

    // The user's creators alone (no typical ones): the optimiser's branch and bound runs.
    let own = Brief {
        use_market: false,
        ..brief.clone()
    };
    for n in [8, 20, 30] {
        let pool = roster(n);
        c.bench_function(&format!("decide/{n}_own_only"), |b| {
            b.iter(|| decide(black_box(&own), &assumptions, black_box(&pool)).expect("valid"));
        });
    }

    let pool = roster(100);
    let budgets: Vec<Money> = (0..=20)
        .map(|i| Money::from_major(5_000 * i, Currency::Eur))
        .collect();
    c.bench_function("curves/3_strategies_21_budgets", |b| {
        b.iter(|| {
            value_curves(black_box(&brief), &assumptions, &pool, black_box(&budgets))
                .expect("valid inputs")
        });
    });
}

criterion_group!(engine, benches);
criterion_main!(engine);
