//! Criterion benchmarks for the two interactive hot paths. The bar for both is well under one
//! frame (16 ms): the UI recomputes them on every edit.
//!
//! * `roster_1000/metrics_and_factors`: metrics for a 1,000-creator roster plus the nine-factor
//!   recommendation on it (which resolves the roster again and plans the scenarios).
//! * `curves/3_strategies_200_budgets`: all three reach curves over 200 budget points.
//!
//! Run with `cargo bench -p micromacro-engine` (add `-- --warm-up-time 1 --measurement-time 3`
//! for a quick run).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use micromacro_engine::{
    Assumptions, Brief, Creator, Currency, EngagementRate, Money, Platform, budget_steps,
    reach_curves, recommend, roster_metrics,
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
    let brief = Brief::default();
    let assumptions = Assumptions::default();
    let roster = roster(1_000);

    c.bench_function("roster_1000/metrics_and_factors", |b| {
        b.iter(|| {
            let metrics =
                roster_metrics(black_box(&roster), &brief, &assumptions).expect("valid roster");
            let advice = recommend(black_box(&brief), &assumptions, &roster).expect("valid inputs");
            black_box((metrics, advice))
        });
    });

    let budgets = budget_steps(Money::from_major(100_000, Currency::Eur), 200);
    c.bench_function("curves/3_strategies_200_budgets", |b| {
        b.iter(|| {
            reach_curves(black_box(&brief), &assumptions, black_box(&budgets))
                .expect("valid inputs")
        });
    });
}

criterion_group!(engine, benches);
criterion_main!(engine);
