//! Property tests: laws that must hold for every input in the validated range.
//!
//! * more budget never lowers a scenario's reach;
//! * unique reach never exceeds gross reach or the universe (and never falls below the largest
//!   single audience, nor when an audience is added);
//! * every verdict is one of three, every lean is in [−1, 1], every split adds up;
//! * no input within the validated range panics, and no output is NaN or infinite;
//! * raw, unvalidated numbers are rejected with an error, never a panic.

use micromacro_engine::{
    Answer, Assumptions, Brief, Checklist, ContentStyle, Creator, Currency, EngagementBasis,
    EngagementRate, ExchangeRate, GeoScope, MAX_FOLLOWERS, MAX_HORIZON_WEEKS, MAX_POSTS, Money,
    NicheDepth, Objective, OverlapSettings, Platform, QUESTIONS, RiskTolerance, Strategy as Spend,
    Tier, Verdict, budget_steps, campaign_totals, combine_reach, compare, count_from_f64,
    creator_metrics, rate_from_percent, reach_curves, recommend, roster_metrics, value_over_time,
};
use proptest::prelude::*;
use proptest::sample::select;

// ----- strategies -----------------------------------------------------------------------------

fn currency() -> impl Strategy<Value = Currency> {
    select(Currency::ALL)
}

fn rate() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(1.0), 0.0..=1.0_f64]
}

/// Spread over many orders of magnitude: 10^0 .. 10^max_exp.
fn log_uniform(max_exp: f64) -> impl Strategy<Value = f64> {
    (0.0..=max_exp).prop_map(|e: f64| 10_f64.powf(e))
}

fn money(max_cents_exp: f64) -> impl Strategy<Value = Money> {
    (
        prop_oneof![Just(0.0), log_uniform(max_cents_exp)],
        currency(),
    )
        .prop_map(|(c, cur)| Money::from_cents(c as i64, cur))
}

fn creator() -> impl Strategy<Value = Creator> {
    (
        select(Platform::ALL),
        log_uniform((MAX_FOLLOWERS as f64).log10()),
        proptest::option::of((rate(), select(EngagementBasis::ALL))),
        proptest::option::of(money(12.0)),
        1..=MAX_POSTS,
        proptest::option::of(rate()),
        proptest::option::of(rate()),
        proptest::option::of(rate()),
        any::<bool>(),
    )
        .prop_map(
            |(platform, followers, er, price, posts, region, fake, fit, risk)| Creator {
                name: String::from("p"),
                platform,
                followers: (followers as u64).clamp(1, MAX_FOLLOWERS),
                engagement: er.map(|(rate, basis)| EngagementRate { rate, basis }),
                price_per_post: price,
                posts,
                target_region_share: region,
                fake_follower_share: fake,
                niche_fit: fit,
                brand_risk: risk,
            },
        )
}

fn brief() -> impl Strategy<Value = Brief> {
    (
        (
            select(Objective::ALL),
            money(13.0),
            select(Platform::ALL),
            select(GeoScope::ALL),
            log_uniform(10.0),
            select(NicheDepth::ALL),
            select(RiskTolerance::ALL),
        ),
        (
            select(ContentStyle::ALL),
            any::<bool>(),
            prop_oneof![Just(0.0), 0.0..=100_000.0_f64],
            money(9.0),
            1..=MAX_HORIZON_WEEKS,
            rate(),
        ),
    )
        .prop_map(
            |(
                (objective, budget, platform, geography, universe, niche_depth, risk_tolerance),
                (content_style, usage_rights, hours, hourly_cost, horizon_weeks, mix),
            )| Brief {
                objective,
                budget,
                platform,
                geography,
                universe: (universe as u64).max(1),
                niche_depth,
                risk_tolerance,
                content_style,
                usage_rights,
                management_capacity_hours: hours,
                hourly_cost,
                horizon_weeks,
                mix_micro_share: mix,
            },
        )
}

/// The default table with a selection of values edited within their valid ranges.
fn assumptions() -> impl Strategy<Value = Assumptions> {
    (
        0.01..=1_000.0_f64,
        rate(),
        proptest::collection::vec(0.0..=100.0_f64, 9),
        proptest::collection::vec(rate(), 4),
        proptest::collection::vec(0.0..=0.99_f64, 4),
        rate(),
        proptest::option::of(10_000_u64..100_000),
        1.0..=520.0_f64,
    )
        .prop_map(
            |(fx, overlap, weights, reach, retention, ctr, typical_micro, life)| {
                let mut a = Assumptions::default();
                a.exchange_rate.set(ExchangeRate { usd_per_eur: fx });
                a.extra_overlap.set(overlap);
                for (w, v) in a.factor_weights.0.iter_mut().zip(weights) {
                    w.set(v);
                }
                for (r, v) in a.reach_rate.0.iter_mut().zip(reach) {
                    r.set(v);
                }
                for (r, v) in a.weekly_retention.0.iter_mut().zip(retention) {
                    r.set(v);
                }
                a.click_through_rate.set(ctr);
                *a.typical_followers.get_mut(Tier::Micro) = typical_micro;
                a.content_life_weeks.set(life);
                a
            },
        )
}

fn finite(x: f64) -> bool {
    x.is_finite() && x >= 0.0
}

// ----- properties -----------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// More budget never lowers a scenario's reach (engaged, estimated or effective).
    #[test]
    fn more_budget_never_lowers_reach(
        brief in brief(),
        a in assumptions(),
        mut budgets in proptest::collection::vec(0_i64..=1_000_000_000, 2..24),
    ) {
        budgets.sort_unstable();
        let budgets: Vec<Money> = budgets
            .into_iter()
            .map(|c| Money::from_cents(c, brief.currency()))
            .collect();
        let curves = reach_curves(&brief, &a, &budgets).unwrap();
        for s in Spend::ALL.iter().copied() {
            for pair in curves.get(s).windows(2) {
                let (lo, hi) = (&pair[0], &pair[1]);
                prop_assert!(lo.budget <= hi.budget);
                prop_assert!(hi.engaged_audience >= lo.engaged_audience, "{s}: {lo:?} {hi:?}");
                prop_assert!(hi.estimated_reach >= lo.estimated_reach, "{s}: {lo:?} {hi:?}");
                prop_assert!(hi.effective_reach >= lo.effective_reach, "{s}: {lo:?} {hi:?}");
                prop_assert!(hi.creators >= lo.creators);
            }
        }
    }

    /// Unique reach lies between the largest audience and min(gross, universe), and adding an
    /// audience never lowers it.
    #[test]
    fn unique_reach_is_bounded_and_monotone(
        audiences in proptest::collection::vec(prop_oneof![Just(0.0), log_uniform(10.0)], 0..40),
        extra in log_uniform(9.0),
        universe in proptest::option::of(log_uniform(10.0)),
        overlap in rate(),
    ) {
        let settings = OverlapSettings {
            universe: universe.map(|u| u as u64),
            extra_overlap: overlap,
        };
        let c = combine_reach(&audiences, settings).unwrap();
        prop_assert!(finite(c.unique) && finite(c.gross));
        prop_assert!(c.unique <= c.gross);
        if let Some(u) = settings.universe {
            prop_assert!(c.unique <= u as f64);
        }
        let largest = audiences
            .iter()
            .map(|&r| settings.universe.map_or(r, |u| r.min(u as f64)))
            .fold(0.0, f64::max);
        prop_assert!(c.unique >= largest.min(c.gross));
        let mut more = audiences.clone();
        more.push(extra);
        let c2 = combine_reach(&more, settings).unwrap();
        prop_assert!(c2.unique >= c.unique, "{c:?} → {c2:?}");
        prop_assert!(c2.gross >= c.gross);
    }

    /// A roster's deduplicated effective reach respects the brief's universe.
    #[test]
    fn roster_unique_reach_respects_the_universe(
        brief in brief(),
        roster in proptest::collection::vec(creator(), 0..12),
    ) {
        let t = campaign_totals(&roster, &brief, &Assumptions::default()).unwrap();
        prop_assert!(t.effective_reach.unique <= t.effective_reach.gross);
        prop_assert!(t.effective_reach.unique <= brief.universe as f64);
        prop_assert!(t.estimated_reach.unique <= t.estimated_reach.gross);
        prop_assert!(t.duplication_waste_cost.cents() <= t.cost.cents());
        prop_assert!(t.duplication_waste_cost.cents() >= 0);
    }

    /// Every verdict is one of three; leans, confidence and split are well formed.
    #[test]
    fn recommendations_are_well_formed(
        brief in brief(),
        a in assumptions(),
        roster in proptest::collection::vec(creator(), 0..8),
    ) {
        let r = recommend(&brief, &a, &roster).unwrap();
        for v in [r.verdict, r.lean_verdict] {
            prop_assert!(["micro", "macro", "mix"].contains(&v.as_str()));
            prop_assert!(Verdict::ALL.contains(&v));
        }
        prop_assert_eq!(r.factors.len(), 9);
        for (score, factor) in r.factors.iter().zip(micromacro_engine::Factor::ALL) {
            prop_assert_eq!(score.factor, *factor);
            prop_assert!((-1.0..=1.0).contains(&score.lean), "{score:?}");
            prop_assert_eq!(score.reason.factor(), Some(*factor));
        }
        prop_assert!((-1.0..=1.0).contains(&r.weighted_lean));
        prop_assert!((0.0..=1.0).contains(&r.confidence));
        prop_assert_eq!(
            r.split.micro.cents() + r.split.macro_side.cents(),
            brief.budget.cents()
        );
        match r.verdict {
            Verdict::Micro => prop_assert!(r.split.macro_side.is_zero()),
            Verdict::Macro => prop_assert!(r.split.micro.is_zero()),
            Verdict::Mix => prop_assert!(!r.split.micro.is_zero() && !r.split.macro_side.is_zero()),
        }
    }

    /// The checklist's verdict is one of three once anything is answered, and `to_brief`
    /// always yields a valid brief.
    #[test]
    fn checklist_games_are_well_formed(
        answers in proptest::collection::vec(proptest::option::of(select(Answer::ALL)), QUESTIONS.len()),
        base in brief(),
    ) {
        let mut game = Checklist::new();
        for (q, answer) in QUESTIONS.iter().zip(&answers) {
            game.set(q.id, *answer).unwrap();
        }
        let tally = game.tally();
        prop_assert_eq!(tally.a + tally.b + tally.unanswered, QUESTIONS.len() as u32);
        match game.verdict() {
            None => prop_assert_eq!(tally.a + tally.b, 0),
            Some(v) => prop_assert!(Verdict::ALL.contains(&v)),
        }
        prop_assert_eq!(game.to_brief(&base).validate(), Ok(()));
    }

    /// No valid input panics, and every figure is finite.
    #[test]
    fn valid_inputs_never_panic(
        brief in brief(),
        a in assumptions(),
        roster in proptest::collection::vec(creator(), 0..10),
    ) {
        for c in &roster {
            prop_assert_eq!(c.validate(), Ok(()));
            let m = creator_metrics(c, &brief, &a).unwrap();
            for x in [
                m.engaged_audience, m.estimated_reach, m.effective_reach, m.impressions,
                m.engagements, m.clicks, m.code_redemptions, m.management_hours,
            ] {
                prop_assert!(finite(x), "{m:?}");
            }
            prop_assert!(m.effective_reach <= m.estimated_reach + 1e-9 * m.estimated_reach);
        }
        prop_assert_eq!(roster_metrics(&roster, &brief, &a).unwrap().len(), roster.len());
        let c = compare(&brief, &a).unwrap();
        for s in Spend::ALL.iter().copied() {
            let sc = c.get(s);
            prop_assert!(sc.spent.cents() <= brief.budget.cents());
            prop_assert_eq!(sc.spent.cents() + sc.unspent.cents(), brief.budget.cents());
            prop_assert!(finite(sc.totals.effective_reach.unique));
            prop_assert!(finite(sc.totals.management_hours));
            prop_assert_eq!(sc.value.weeks.len(), brief.horizon_weeks as usize);
        }
        if let Some(be) = c.break_even_engagement_rate {
            prop_assert!(finite(be));
        }
        let v = value_over_time(&roster, &brief, &a).unwrap();
        let sum: i64 = v.weeks.iter().map(|w| w.total_value.cents()).sum();
        prop_assert_eq!(sum, v.long_term.total_value.cents());
        prop_assert!(v.weeks.windows(2).all(|w| w[0].cumulative_value <= w[1].cumulative_value));
        let steps = budget_steps(brief.budget, 7);
        prop_assert!(steps.windows(2).all(|w| w[0] <= w[1]));
        prop_assert_eq!(reach_curves(&brief, &a, &steps).unwrap().mix.len(), 7);
    }

    /// Raw numbers straight from the UI are accepted or rejected, never a panic; an accepted
    /// creator computes.
    #[test]
    fn raw_input_is_rejected_not_panicked_on(
        followers in any::<f64>(),
        percent in any::<f64>(),
        price in any::<f64>(),
        share in any::<f64>(),
        posts in any::<u32>(),
    ) {
        let followers = count_from_f64(followers, micromacro_engine::Field::Followers);
        let rate = rate_from_percent(percent, micromacro_engine::Field::EngagementRate);
        let price = Money::from_major_f64(price, Currency::Eur, micromacro_engine::Field::PricePerPost);
        if let (Ok(f), Ok(r), Ok(p)) = (followers, rate, price) {
            let c = Creator {
                posts,
                target_region_share: Some(share),
                ..Creator::new(Platform::TikTok, f)
                    .with_engagement(EngagementRate::per_view(r))
                    .with_price(p)
            };
            match creator_metrics(&c, &Brief::default(), &Assumptions::default()) {
                Ok(m) => prop_assert!(finite(m.engaged_audience) && finite(m.effective_reach)),
                Err(e) => prop_assert!(!e.field().id().is_empty()),
            }
        }
    }

    /// Budget splits always add up to the cent.
    #[test]
    fn splits_add_up(cents in 0_i64..=Money::MAX_INPUT_CENTS, share in any::<f64>()) {
        let m = Money::from_cents(cents, Currency::Usd);
        let (a, b) = m.split(share);
        prop_assert_eq!(a.cents() + b.cents(), cents);
        prop_assert!(a.cents() >= 0 && b.cents() >= 0);
    }
}
