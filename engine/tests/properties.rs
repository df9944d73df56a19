//! Property tests: laws that must hold for every input in the validated range.
//!
//! * no plan spends more than the budget or uses more than the team's hours; the verdict always
//!   agrees with the free plan's split; "too small" exactly when the free plan hires nobody;
//! * more budget never lowers the free plan's value, nor does adding a creator to the pool;
//! * the heuristic reaches ≥ 0.97 of the exact optimum on random pools of up to 20 creators,
//!   and its certificate never claims more than the truth;
//! * unique reach never exceeds gross reach or the universe (and never falls below the largest
//!   single audience, nor when an audience is added);
//! * every lean is in [−1, 1], every split adds up;
//! * no input within the validated range panics, and no output is NaN or infinite;
//! * raw, unvalidated numbers are rejected with an error, never a panic.

use micromacro_engine::optimise::exact;
use micromacro_engine::{
    Answer, Assumptions, Brief, Checklist, Choice, ContentStyle, Country, Creator, Currency,
    DecisionState, EngagementBasis, EngagementRate, ExchangeRate, GeoScope, MAX_FOLLOWERS,
    MAX_HORIZON_WEEKS, MAX_POSTS, Money, NicheDepth, Objective, OverlapSettings, Platform,
    QUESTIONS, RiskTolerance, Strategy as Spend, Tier, Verdict, best_plan, campaign_totals,
    combine_reach, count_from_f64, creator_metrics, decide, rate_from_percent, roster_metrics,
    value_curves, value_over_time, verdict_for_share,
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
        (
            proptest::option::of(rate()),
            proptest::option::of(select(&["running", "baking", "gaming"][..])),
            select(Choice::ALL),
        ),
    )
        .prop_map(
            |(
                platform,
                followers,
                er,
                price,
                posts,
                region,
                fake,
                fit,
                risk,
                (cr, niche, choice),
            )| Creator {
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
                conversion_rate: cr,
                niche: niche.map(String::from),
                choice,
                planned: 0,
            },
        )
}

/// A creator the way people enter them: tens of thousands to millions of followers, a price
/// per post, one to three posts, open to the optimiser.
fn plain_creator() -> impl Strategy<Value = Creator> {
    (
        select(Platform::ALL),
        3.0..=6.7_f64,
        0.002..=0.15_f64,
        1_000_i64..=5_000_000,
        1_u32..=3,
    )
        .prop_map(|(platform, f, er, cents, posts)| {
            Creator::new(platform, 10_f64.powf(f) as u64)
                .with_engagement(EngagementRate::per_follower(er))
                .with_price(Money::from_cents(cents, Currency::Eur))
                .with_posts(posts)
        })
}

fn brief() -> impl Strategy<Value = Brief> {
    (
        (
            select(Objective::ALL),
            money(11.0),
            select(Platform::ALL),
            select(GeoScope::ALL),
            select(NicheDepth::ALL),
            select(RiskTolerance::ALL),
        ),
        (
            select(ContentStyle::ALL),
            any::<bool>(),
            prop_oneof![Just(0.0), Just(f64::INFINITY), 0.0..=100_000.0_f64],
            money(9.0),
            1..=MAX_HORIZON_WEEKS,
            (
                proptest::option::of(money(6.0)),
                proptest::option::of(rate()),
                any::<bool>(),
                // A price ceiling: none, or from a cent to well above any creator's result.
                proptest::option::of(
                    (1_i64..=100_000).prop_map(|c| Money::from_cents(c, Currency::Eur)),
                ),
            ),
        ),
    )
        .prop_map(
            |(
                (objective, budget, platform, geography, niche_depth, risk_tolerance),
                (
                    content_style,
                    usage_rights,
                    hours,
                    hourly_cost,
                    horizon_weeks,
                    (aov, margin, market, price_ceiling),
                ),
            )| Brief {
                objective,
                budget,
                platform,
                geography,
                country: Country::ALL
                    [(budget.cents().unsigned_abs() % Country::COUNT as u64) as usize],
                niche_depth,
                risk_tolerance,
                content_style,
                usage_rights,
                management_capacity_hours: hours,
                hourly_cost,
                horizon_weeks,
                aov,
                margin,
                price_ceiling,
                use_market: market,
            },
        )
}

/// The default table with a selection of values edited within their valid ranges.
fn assumptions() -> impl Strategy<Value = Assumptions> {
    (
        0.01..=1_000.0_f64,
        1.0..=1e9_f64,
        proptest::collection::vec(0.0..=10.0_f64, 3),
        proptest::collection::vec(rate(), 4),
        proptest::collection::vec(0.0..=0.99_f64, 4),
        rate(),
        proptest::option::of(10_000_u64..100_000),
        1.0..=520.0_f64,
    )
        .prop_map(
            |(fx, universe, weights, reach, retention, ctr, typical_micro, life)| {
                let mut a = Assumptions::default();
                a.exchange_rate.set(ExchangeRate { usd_per_eur: fx });
                // A universe of `universe` people for a national, focused brief in the Netherlands.
                a.market
                    .niche_share
                    .get_mut(NicheDepth::Focused)
                    .set((universe / 11.9e6).min(1.0));
                for (w, v) in a.backlash_weight.0.iter_mut().zip(weights) {
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

    /// A roster's deduplicated effective reach respects the universe of each audience cell
    /// (one per platform and per platform and niche: at most 3 × 4 cells here).
    #[test]
    fn roster_unique_reach_respects_the_universe(
        brief in brief(),
        roster in proptest::collection::vec(creator(), 0..12),
    ) {
        let a = Assumptions::default();
        let t = campaign_totals(&roster, &brief, &a).unwrap();
        let universe = Platform::ALL
            .iter()
            .map(|&p| a.market.universe(&brief, p))
            .fold(0.0, f64::max);
        prop_assert!(t.effective_reach.unique <= t.effective_reach.gross * (1.0 + 1e-12));
        prop_assert!(t.effective_reach.unique <= 12.0 * universe);
        prop_assert!(t.estimated_reach.unique <= t.estimated_reach.gross);
        prop_assert!(t.duplication_waste_cost.cents() <= t.cost.cents());
        prop_assert!(t.duplication_waste_cost.cents() >= 0);
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
        let v = value_over_time(&roster, &brief, &a).unwrap();
        let sum: i64 = v.weeks.iter().map(|w| w.total_value.cents()).sum();
        prop_assert_eq!(sum, v.long_term.total_value.cents());
        prop_assert!(v.weeks.windows(2).all(|w| w[0].cumulative_value <= w[1].cumulative_value));
        let steps: Vec<Money> = (0..=6).map(|i| brief.budget.scale(f64::from(i) / 6.0)).collect();
        let curves = value_curves(&brief, &a, &roster, &steps).unwrap();
        for s in Spend::ALL.iter().copied() {
            let curve = curves.get(s);
            prop_assert_eq!(curve.len(), 7);
            prop_assert!(curve.windows(2).all(|w| w[0].value <= w[1].value), "{s}: {curve:?}");
            prop_assert!(curve.iter().all(|p| finite(p.value) && p.spent <= p.budget));
        }
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

proptest! {
    // Each case runs the whole decision (some 15 optimiser runs) or the exact solver: fewer
    // cases than the cheap laws above, still thousands of plans per run.
    //
    // The seed is fixed, so every run (and CI) checks the same 64 cases. Random seeds found
    // pools of five or six creators where the greedy steps reached 84-92 % of the optimum; the
    // optimiser's branch and bound repaired them (shrunk cases in tests/optimiser_cases.rs),
    // and 300,000 random cases of the last property then passed.
    #![proptest_config(ProptestConfig {
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x4d69_6372_6f4d_6163),
        ..ProptestConfig::with_cases(64)
    })]

    /// The side plans, worked out without the certificate no one reads, are the plans the
    /// optimiser finds with it: on small pools (where the certificate steers the search) and
    /// on pools too large for the search (where it is skipped).
    #[test]
    fn plans_without_a_certificate_are_the_plans_with_it(
        brief in brief(),
        a in assumptions(),
        roster in proptest::collection::vec(creator(), 0..160),
    ) {
        let d = decide(&brief, &a, &roster).unwrap();
        for side in [Spend::MicroSide, Spend::MacroSide] {
            let certified = best_plan(&brief, &a, &roster, side).unwrap();
            let plan = &d.plans[side.index()];
            prop_assert_eq!(&plan.picks, &certified.picks, "{}", side);
            prop_assert_eq!(plan.value, certified.value);
            prop_assert_eq!(plan.left_because, certified.left_because);
            prop_assert!(plan.bound == 0.0 || plan.proven, "{}: {}", side, plan.bound);
        }
    }

    /// Every plan stays within the budget and the hours; the verdict is the free plan's split;
    /// "too small" or "not worth it" exactly when the free plan hires nobody; leans and bounds are
    /// well formed.
    #[test]
    fn decisions_are_well_formed_and_within_limits(
        brief in brief(),
        a in assumptions(),
        roster in proptest::collection::vec(creator(), 0..8),
    ) {
        let d = decide(&brief, &a, &roster).unwrap();
        prop_assert_eq!(d.plans.len(), 3);
        for (plan, s) in d.plans.iter().zip(Spend::ALL) {
            prop_assert_eq!(plan.strategy, *s);
            prop_assert!(plan.spent.cents() <= brief.budget.cents(), "{s}: {:?}", plan.spent);
            prop_assert_eq!(plan.spent.cents() + plan.unspent.cents(), brief.budget.cents());
            prop_assert!(plan.totals.management_hours <= brief.management_capacity_hours + 1e-6);
            prop_assert!((0.0..=1.0).contains(&plan.bound));
            prop_assert!((0.0..=1.0).contains(&plan.micro_share));
            prop_assert!(finite(plan.value));
            prop_assert_eq!(plan.totals.cost, plan.spent);
            prop_assert_eq!(plan.value_over_time.weeks.len(), brief.horizon_weeks as usize);
            for pick in &plan.picks {
                let c = d.candidate(*pick);
                prop_assert!(pick.count >= 1 && pick.count <= c.available);
                match s {
                    Spend::MicroSide => prop_assert_eq!(c.side(), micromacro_engine::Side::Micro),
                    Spend::MacroSide => prop_assert_eq!(c.side(), micromacro_engine::Side::Macro),
                    Spend::Free => {}
                }
            }
        }
        let free = d.free();
        prop_assert_eq!(d.micro_share, free.micro_share);
        match d.state {
            DecisionState::Ok => {
                prop_assert!(!free.picks.is_empty());
                prop_assert_eq!(d.verdict, Some(verdict_for_share(free.micro_share, &a)));
            }
            DecisionState::TooSmall | DecisionState::Empty => {
                prop_assert!(free.picks.is_empty());
                prop_assert_eq!(d.verdict, None);
            }
            DecisionState::NotWorth => {
                prop_assert!(free.picks.is_empty());
                prop_assert_eq!(free.left_because, micromacro_engine::Limit::Worth);
                prop_assert_eq!(d.verdict, None);
            }
        }
        // A plan stopped at the price ceiling says so, with a next result dearer than it.
        for plan in &d.plans {
            if let Some(stop) = plan.worth_stop {
                prop_assert_eq!(plan.left_because, micromacro_engine::Limit::Worth);
                prop_assert!(brief.price_ceiling.is_some());
                prop_assert!(stop.next >= stop.reference, "{stop:?}");
                // A figure to read: never the overflow of a result that adds nothing.
                prop_assert!(stop.next.cents() < i64::MAX / 2, "{stop:?}");
            }
        }
        prop_assert_eq!(d.factors.len(), 9);
        for (effect, factor) in d.factors.iter().zip(micromacro_engine::Factor::ALL) {
            prop_assert_eq!(effect.factor, *factor);
            prop_assert!((-1.0..=1.0).contains(&effect.lean), "{effect:?}");
        }
        // Pinned creators that fit are in the free plan.
        if free.unplaced_pins == 0 {
            for (i, c) in d.pool.candidates.iter().enumerate() {
                if c.choice == Choice::Pinned {
                    prop_assert!(free.picks.iter().any(|p| p.candidate == i));
                }
            }
        }
    }

    /// More budget never lowers the free plan's value by more than the certificate allows:
    /// `f(B') ≥ ratio(B') · OPT(B') ≥ ratio(B') · f(B)` (see the optimiser's docs: no knapsack
    /// heuristic is exactly monotone; the curves on screen keep the best of smaller budgets).
    #[test]
    fn more_budget_never_lowers_the_free_plans_value(
        mut brief in brief(),
        roster in proptest::collection::vec(plain_creator(), 0..10),
        cents in proptest::collection::vec(0_i64..=100_000_000, 2),
    ) {
        let (lo, hi) = (cents[0].min(cents[1]), cents[0].max(cents[1]));
        brief.budget = Money::from_cents(lo, brief.currency());
        let small = decide(&brief, &Assumptions::default(), &roster).unwrap();
        brief.budget = Money::from_cents(hi, brief.currency());
        let large = decide(&brief, &Assumptions::default(), &roster).unwrap();
        let floor = small.free().value * large.free().bound;
        prop_assert!(
            large.free().value >= floor * (1.0 - 1e-9),
            "{lo} → {hi}: {} → {} (bound {})", small.free().value, large.free().value, large.free().bound
        );
    }

    /// Adding a creator to a pool of the user's own creators never lowers the free plan's value
    /// by more than the certificate allows (as above: the optimum can only grow). Not with the
    /// market, where a named creator takes the place of a typical one of its band, nor with the
    /// value-per-euro floor, which a better creator raises: both by design.
    #[test]
    fn adding_a_creator_never_lowers_the_free_plans_value(
        mut brief in brief(),
        roster in proptest::collection::vec(plain_creator(), 0..10),
        extra in plain_creator(),
    ) {
        brief.use_market = false;
        let mut table = Assumptions::default();
        table.efficiency_floor.set(0.0);
        let before = decide(&brief, &table, &roster).unwrap();
        let mut more = roster.clone();
        more.push(extra);
        let after = decide(&brief, &table, &more).unwrap();
        let floor = before.free().value * after.free().bound;
        prop_assert!(
            after.free().value >= floor * (1.0 - 1e-9),
            "{} → {} (bound {})", before.free().value, after.free().value, after.free().bound
        );
    }

    /// On pools of up to 20 of the user's creators, the heuristic reaches at least 97 % of the
    /// exact optimum, and the optimum never exceeds the certificate's bound.
    #[test]
    fn the_heuristic_is_near_the_exact_optimum_on_small_pools(
        mut brief in brief(),
        roster in proptest::collection::vec(plain_creator(), 1..=20),
        cents in 10_000_i64..=2_000_000,
        hours in prop_oneof![Just(100_000.0), 5.0..=80.0_f64],
    ) {
        brief.use_market = false;
        brief.budget = Money::from_cents(cents, brief.currency());
        brief.management_capacity_hours = hours;
        let d = decide(&brief, &Assumptions::default(), &roster).unwrap();
        let optimum = exact::optimum(&brief, &Assumptions::default(), &roster).unwrap();
        let found = d.free().value;
        prop_assert!(found <= optimum * (1.0 + 1e-9) + 1e-9, "{found} > optimum {optimum}");
        prop_assert!(found >= 0.97 * optimum - 1e-9, "{found} < 0.97 × {optimum}");
        if d.free().bound > 0.0 {
            prop_assert!(optimum <= found / d.free().bound * (1.0 + 1e-9) + 1e-9);
        }
    }
}
