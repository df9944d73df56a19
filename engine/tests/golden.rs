//! Golden tests: the worked examples of the sources, reproduced by the engine.
//!
//! Each case names the example it pins. Where a source's numbers are loose ("10–50k followers at
//! 3–5 %", "about $5,000"), the case states the assumptions that reproduce them. Cases are data;
//! the `check_*` helpers run them, so an API change touches the helpers, not every case.

use micromacro_engine::{
    Answer, Assumptions, Brief, Checklist, Creator, Currency, EngagementRate, Money,
    OverlapSettings, Platform, PriceRange, QUESTIONS, Side, Strategy, Tier, TierThresholds,
    Verdict, campaign_totals, combine_reach, compare, creator_metrics, micro_swarm_size,
    value_over_time,
};

fn usd(dollars: i64) -> Money {
    Money::from_major(dollars, Currency::Usd)
}

/// A brief in US dollars (the examples are in dollars) with the given budget.
fn usd_brief(budget: i64) -> Brief {
    Brief {
        budget: usd(budget),
        hourly_cost: usd(50),
        ..Brief::default()
    }
}

fn instagram(followers: u64, rate: f64, price: i64) -> Creator {
    Creator::new(Platform::Instagram, followers)
        .with_engagement(EngagementRate::per_follower(rate))
        .with_price(usd(price))
}

fn assert_close(actual: f64, expected: f64, tolerance: f64, what: &str) {
    assert!(
        (actual - expected).abs() <= tolerance,
        "{what}: got {actual}, expected {expected} ± {tolerance}"
    );
}

// ---------------------------------------------------------------------------------------------
// Article 000, factor 2 (engagement): "a micro-influencer with 50k followers and an engagement
// rate of 12 % can give a larger net reach than a macro-influencer with 500k followers and
// 1 %": 6,000 versus 5,000.

struct Engaged {
    followers: u64,
    rate: f64,
    tier: Tier,
    engaged_audience: f64,
}

fn check_engaged(case: &Engaged) {
    let creator = instagram(case.followers, case.rate, 1_000);
    let m = creator_metrics(&creator, &usd_brief(5_000), &Assumptions::default()).unwrap();
    assert_eq!(m.tier, case.tier, "{} followers", case.followers);
    assert_close(
        m.engaged_audience,
        case.engaged_audience,
        1e-6,
        "engaged audience",
    );
}

#[test]
fn article_000_fifty_k_at_twelve_percent_beats_five_hundred_k_at_one_percent() {
    let micro = Engaged {
        followers: 50_000,
        rate: 0.12,
        tier: Tier::Micro,
        engaged_audience: 6_000.0,
    };
    let macro_ = Engaged {
        followers: 500_000,
        rate: 0.01,
        tier: Tier::Macro,
        engaged_audience: 5_000.0,
    };
    check_engaged(&micro);
    check_engaged(&macro_);
    assert!(micro.engaged_audience > macro_.engaged_audience);
}

// ---------------------------------------------------------------------------------------------
// Article 000, factor 3 (cost): "10 micro-influencers with 10–50k followers each can cost about
// $5k in total and reach a net 25k (assuming 3–5 % engagement); one creator with 300–500k
// followers can cost the same but reach only 10–15k."
//
// Assumptions that reproduce it: 25,000 is the top of the stated ranges, ten creators at 50k and
// 5 % (2,500 each; the bottom, 10k at 3 %, would give 3,000); $500 a post (the top of
// wordontheblock's Instagram micro range), so ten cost $5,000. The article gives no engagement
// rate for the macro; 10–15k from 300–500k followers means about 3–3⅓ %: 300k at 3⅓ % is 10,000,
// 500k at 3 % is 15,000, and a 400k creator at 3 % gives 12,000.

struct SameCost {
    roster: Vec<Creator>,
    cost: Money,
    engaged_audience: (f64, f64),
}

fn check_same_cost(case: &SameCost) -> Money {
    let t = campaign_totals(&case.roster, &usd_brief(5_000), &Assumptions::default()).unwrap();
    assert_eq!(t.cost, case.cost);
    let (lo, hi) = case.engaged_audience;
    assert!(
        (lo - 1e-6..=hi + 1e-6).contains(&t.engaged_audience),
        "engaged audience {} outside {lo}..={hi}",
        t.engaged_audience
    );
    t.cpm_engaged.expect("someone engaged")
}

#[test]
fn article_000_ten_micros_versus_one_macro_for_five_thousand_dollars() {
    let swarm = SameCost {
        roster: (0..10).map(|_| instagram(50_000, 0.05, 500)).collect(),
        cost: usd(5_000),
        engaged_audience: (25_000.0, 25_000.0),
    };
    let macros = [
        (300_000, 1.0 / 30.0, (10_000.0, 10_000.0)),
        (400_000, 0.03, (12_000.0, 12_000.0)),
        (500_000, 0.03, (15_000.0, 15_000.0)),
    ];
    let swarm_cpm = check_same_cost(&swarm);
    assert_eq!(swarm_cpm, usd(200), "$5,000 for 25,000 engaged people");
    for (followers, rate, engaged_audience) in macros {
        let single = SameCost {
            roster: vec![instagram(followers, rate, 5_000)],
            cost: usd(5_000),
            engaged_audience,
        };
        let macro_cpm = check_same_cost(&single);
        // "a lower CPM and a higher total reach" for the micros.
        assert!(
            swarm_cpm < macro_cpm,
            "{followers}: {swarm_cpm} vs {macro_cpm}"
        );
    }
}

// The same example through the scenario engine: the user sets the typical micro to the
// article's (50k followers, 5 %, $500) and the macro's engagement rate to 3.5 %; the default
// price table (wordontheblock 2023, log-linear) decides which macro $5,000 buys: ≈298k
// followers, the low end of the article's 300–500k. Result: 10 micros engaging 25,000 people
// versus one macro engaging ≈10,400, inside the article's 10–15k.

#[test]
fn article_000_ten_micros_versus_one_macro_through_compare() {
    let mut a = Assumptions::default();
    *a.typical_followers.get_mut(Tier::Micro) = Some(50_000);
    let ig = a.engagement.get_mut(Platform::Instagram);
    ig.get_mut(Tier::Micro)
        .set(EngagementRate::per_follower(0.05));
    ig.get_mut(Tier::Macro)
        .set(EngagementRate::per_follower(0.035));
    a.price
        .get_mut(Platform::Instagram)
        .get_mut(Tier::Micro)
        .set(PriceRange::usd(500, 500));

    let c = compare(&usd_brief(5_000), &a).unwrap();
    let swarm = &c.micro_swarm;
    assert_eq!(swarm.micro_creators(), 10);
    assert_eq!(swarm.spent, usd(5_000));
    assert_close(swarm.totals.engaged_audience, 25_000.0, 1e-6, "swarm");

    let single = &c.single_macro;
    let bought = single.macro_creator().expect("$5,000 buys a macro");
    assert!(
        (297_000..300_000).contains(&bought.followers),
        "{}",
        bought.followers
    );
    let engaged = single.totals.engaged_audience;
    assert!((10_000.0..=15_000.0).contains(&engaged), "{engaged}");
    assert!(swarm.totals.cpm_engaged < single.totals.cpm_engaged);

    // Break-even: the macro would need 25,000 ÷ ≈298k ≈ 8.4 % to match the swarm.
    let be = c.break_even_engagement_rate.unwrap();
    assert_close(
        be,
        25_000.0 / bought.followers as f64,
        1e-12,
        "break-even rate",
    );
    assert!(be > 0.08 && be < 0.085, "{be}");
}

// ---------------------------------------------------------------------------------------------
// Article 000, factor 3: "for the budget of one macro-influencer with 500,000 followers you
// could select 5–10 high-engagement micro-influencers."
//
// Assumptions that reproduce it: a 500k Instagram creator costs about $5,000 a post (Captiv8:
// ≈$5,000 at 100–500k, via Kolsquare; article 000's own example prices a 300–500k creator the
// same); high-engagement micros charge $500 (the top of wordontheblock's Instagram micro range)
// to $1,000 (the top of its YouTube micro range). Then the budget buys 10 down to 5 micros.

struct Swarm {
    budget: i64,
    micro_price: i64,
    micros: u64,
}

fn check_swarm(case: &Swarm) {
    assert_eq!(
        micro_swarm_size(usd(case.budget), usd(case.micro_price)),
        Some(case.micros),
        "direct"
    );
    // And end to end: the scenario's swarm with the micro price set by the user.
    let mut a = Assumptions::default();
    a.price
        .get_mut(Platform::Instagram)
        .get_mut(Tier::Micro)
        .set(PriceRange::usd(case.micro_price, case.micro_price));
    let c = compare(&usd_brief(case.budget), &a).unwrap();
    assert_eq!(
        c.get(Strategy::MicroSwarm).micro_creators(),
        case.micros,
        "scenario"
    );
}

#[test]
fn article_000_the_budget_of_one_500k_macro_buys_five_to_ten_micros() {
    let cases = [
        Swarm {
            budget: 5_000,
            micro_price: 500,
            micros: 10,
        },
        Swarm {
            budget: 5_000,
            micro_price: 750,
            micros: 6,
        },
        Swarm {
            budget: 5_000,
            micro_price: 1_000,
            micros: 5,
        },
    ];
    for case in &cases {
        check_swarm(case);
        assert!((5..=10).contains(&case.micros));
    }
}

// ---------------------------------------------------------------------------------------------
// Article 000, definitions: micro-influencers have 1,000–100,000 followers, macro-influencers
// "more than 100,000" (mega is the top end of macro). With the app's default thresholds nano
// and micro are the micro side, macro and mega the macro side.

#[test]
fn article_000_tier_definitions() {
    let t = TierThresholds::default();
    let cases = [
        (1_000, Tier::Nano, Side::Micro),
        (9_999, Tier::Nano, Side::Micro),
        (10_000, Tier::Micro, Side::Micro),
        (99_999, Tier::Micro, Side::Micro),
        (100_000, Tier::Macro, Side::Macro),
        (999_999, Tier::Macro, Side::Macro),
        (1_000_000, Tier::Mega, Side::Macro),
    ];
    for (followers, tier, side) in cases {
        assert_eq!(t.tier_of(followers), tier, "{followers}");
        assert_eq!(tier.side(), side);
    }
}

// ---------------------------------------------------------------------------------------------
// Article 000, the checklist game: "mostly A's → micro; mostly B's → macro; balanced A's and
// B's → a combination". With the app's rule (≥ 60 % A micro, ≤ 40 % A macro) and its 15
// questions: 9+ A is micro, 6 or fewer macro, 7–8 balanced.

fn check_game(a_answers: usize, expected: Verdict) {
    let mut game = Checklist::new();
    for (i, q) in QUESTIONS.iter().enumerate() {
        let answer = if i < a_answers { Answer::A } else { Answer::B };
        game.answer(q.id, answer).unwrap();
    }
    assert!(game.is_complete());
    assert_eq!(game.verdict(), Some(expected), "{a_answers} A answers");
}

#[test]
fn article_000_checklist_mostly_a_mostly_b_balanced() {
    assert_eq!(QUESTIONS.len(), 15);
    let cases = [
        (15, Verdict::Micro),
        (9, Verdict::Micro),
        (8, Verdict::Mix),
        (7, Verdict::Mix),
        (6, Verdict::Macro),
        (0, Verdict::Macro),
    ];
    for (a, verdict) in cases {
        check_game(a, verdict);
    }
}

// ---------------------------------------------------------------------------------------------
// Article 004: "a single macro post looks good in a report but fades fast"; micro content "keeps
// its value for weeks to months". With the default weekly retention (micro 35 %, macro 15 %;
// our assumption following the article) more of a micro post's value arrives after week one,
// and with usage rights the content keeps earning after the post has faded.

#[test]
fn article_004_micro_value_outlasts_the_macro_post() {
    let brief = Brief {
        horizon_weeks: 12,
        usage_rights: false,
        ..usd_brief(5_000)
    };
    let a = Assumptions::default();
    let micro = value_over_time(&[instagram(40_000, 0.03, 500)], &brief, &a).unwrap();
    let macro_ = value_over_time(&[instagram(400_000, 0.03, 5_000)], &brief, &a).unwrap();
    // Share after week one: 1 − (1 − 0.35) = 35 % (up to rounding and the 12-week cut-off)
    // versus 15 %.
    assert_close(micro.long_term.share_after_first_week, 0.35, 1e-3, "micro");
    assert_close(macro_.long_term.share_after_first_week, 0.15, 1e-3, "macro");

    let with_rights = Brief {
        usage_rights: true,
        ..brief
    };
    let reused = value_over_time(&[instagram(40_000, 0.03, 500)], &with_rights, &a).unwrap();
    let late = &reused.weeks[8..];
    assert!(late.iter().all(|w| w.content_value.cents() > 0));
    assert!(reused.long_term.total_value > micro.long_term.total_value);
}

// ---------------------------------------------------------------------------------------------
// Research notes, mission_anchors §2 (dev.to audience-overlap example): "40 % overlap turns an
// expected 200K reach into 120K, wasting $2,400 of $6,000".
//
// Assumptions that reproduce it: two audiences of 100K that overlap by chance inside a universe
// of 125K people: 125K · (1 − (1 − 100/125)²) = 120K unique; 80K (40 %) duplicated; 40 % of
// $6,000 is $2,400.

#[test]
fn research_overlap_two_hundred_k_becomes_one_hundred_twenty_k() {
    let settings = OverlapSettings {
        universe: Some(125_000),
        extra_overlap: 0.0,
    };
    let c = combine_reach(&[100_000.0, 100_000.0], settings).unwrap();
    assert_close(c.gross, 200_000.0, 1e-6, "gross");
    assert_close(c.unique, 120_000.0, 1e-6, "unique");
    assert_close(c.duplication_share(), 0.4, 1e-12, "duplication share");

    // The same through a roster: each creator's effective reach is 100K (all real, all in the
    // region, reach rate set to 100 % for the example), $3,000 each.
    let mut a = Assumptions::default();
    a.reach_rate.get_mut(Tier::Macro).set(1.0);
    let creator = instagram(100_000, 0.02, 3_000)
        .with_fake_follower_share(0.0)
        .with_target_region_share(1.0);
    let brief = Brief {
        universe: 125_000,
        ..usd_brief(6_000)
    };
    let t = campaign_totals(&[creator.clone(), creator], &brief, &a).unwrap();
    assert_close(t.effective_reach.unique, 120_000.0, 1e-6, "unique reach");
    assert_eq!(t.duplication_waste_cost, usd(2_400));
}

// Research notes, mission_anchors §4: "combined reach % = 1 − Π(1 − rᵢ); 60 % + 30 % → 72 %".

#[test]
fn research_random_duplication_sixty_plus_thirty_is_seventy_two() {
    let settings = OverlapSettings {
        universe: Some(1_000_000),
        extra_overlap: 0.0,
    };
    let c = combine_reach(&[600_000.0, 300_000.0], settings).unwrap();
    assert_close(c.unique, 720_000.0, 1e-6, "unique");
}

// Research notes, mission_anchors §1 (calcbee's defaults): a macro with 1.25M followers at 1.2 %
// and a 0.8 % conversion rate costs $83.33 per conversion; ten micros of 50K at 3.5 % with 1.5 %
// cost $38.02. Assumption: the budget is $10,000 (the one that makes the macro figure exact:
// 1.25M × 1.2 % × 0.8 % = 120 conversions). The conversion rates are the table's defaults.
// calcbee's micro figure is 0.2 % off ours ($38.10); its rounding is not published.

#[test]
fn research_calcbee_cost_per_conversion() {
    let brief = usd_brief(10_000);
    let a = Assumptions::default();
    let macro_ = value_over_time(&[instagram(1_250_000, 0.012, 10_000)], &brief, &a).unwrap();
    assert_close(
        macro_.short_term.code_redemptions,
        120.0,
        1e-9,
        "macro conversions",
    );
    assert_eq!(
        macro_.short_term.cost_per_redemption,
        Some(Money::from_cents(8_333, Currency::Usd))
    );

    let micros: Vec<_> = (0..10).map(|_| instagram(50_000, 0.035, 1_000)).collect();
    let micro = value_over_time(&micros, &brief, &a).unwrap();
    let per = micro.short_term.cost_per_redemption.unwrap().to_major_f64();
    assert_close(per, 38.02, 38.02 * 0.0025, "micro cost per conversion");
}
