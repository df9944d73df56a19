//! Calibration from results end to end: campaigns' results compared with their forecasts,
//! the evidence they give, and what switching calibration on does to a new plan.

use micromacro_engine::{
    Assumptions, Benchmark, Brief, Calibration, Creator, Currency, Delivered, EngagementRate,
    Measure, Money, Platform, Tier, compare, creator_metrics, evidence,
};

fn brief() -> Brief {
    Brief {
        budget: Money::from_major(10_000, Currency::Eur),
        ..Brief::default()
    }
}

/// Ten Instagram micro-creators on the benchmark engagement rate, each reporting engagement at
/// `ratio` times its forecast.
fn campaign(a: &Assumptions, ratio: f64) -> Vec<(Creator, Delivered)> {
    (0..10)
        .map(|i| {
            let c = Creator::new(Platform::Instagram, 20_000 + 5_000 * i)
                .with_price(Money::from_major(400, Currency::Eur));
            let m = creator_metrics(&c, &brief(), a).unwrap();
            let d = Delivered {
                engagements: Some(m.engagements * ratio),
                ..Delivered::default()
            };
            (c, d)
        })
        .collect()
}

#[test]
fn three_campaigns_at_half_the_engagement_lower_a_new_plans_engagement_by_the_stated_amount() {
    let published = Assumptions::default();
    let observations: Vec<_> = (0..3)
        .flat_map(|k| {
            evidence(
                &compare(&brief(), &published, &campaign(&published, 0.5)),
                k,
            )
        })
        .collect();
    let calibration = Calibration::from_evidence(&observations);
    assert_eq!(calibration.campaigns, 3);
    let ig_micro = Benchmark::Engagement(Platform::Instagram, Tier::Micro);
    let p = calibration.get(ig_micro).unwrap();
    assert_eq!(p.creators, 30);
    // 30 creators at ln ½ each, against a prior worth 20: ½^(30/50).
    let stated = 0.5f64.powf(30.0 / 50.0);
    assert!((p.factor - stated).abs() < 1e-9, "{}", p.factor);
    // Only the benchmark the results speak to moved.
    assert_eq!(
        calibration.posteriors.len(),
        1,
        "{:?}",
        calibration.posteriors
    );

    let calibrated = calibration.apply(&published);
    let new_creator = Creator::new(Platform::Instagram, 40_000);
    let before = creator_metrics(&new_creator, &brief(), &published).unwrap();
    let after = creator_metrics(&new_creator, &brief(), &calibrated).unwrap();
    assert!((after.engagements / before.engagements - stated).abs() < 1e-9);
    // Switching it off is the published table again.
    let off = creator_metrics(&new_creator, &brief(), &published).unwrap();
    assert_eq!(off.engagements, before.engagements);
    // A creator whose own rate was typed is not moved.
    let own = new_creator.with_engagement(EngagementRate::per_follower(0.04));
    assert_eq!(
        creator_metrics(&own, &brief(), &calibrated)
            .unwrap()
            .engagements,
        creator_metrics(&own, &brief(), &published)
            .unwrap()
            .engagements
    );
}

#[test]
fn results_against_a_rate_the_user_typed_are_no_evidence_about_the_benchmark() {
    let a = Assumptions::default();
    let c = Creator::new(Platform::Instagram, 30_000)
        .with_engagement(EngagementRate::per_follower(0.05))
        .with_price(Money::from_major(400, Currency::Eur));
    let d = Delivered {
        engagements: Some(100.0),
        impressions: Some(5_000.0),
        clicks: Some(50.0),
        ..Delivered::default()
    };
    let comparison = compare(&brief(), &a, &[(c, d)]);
    assert!(
        comparison.creators[0]
            .as_ref()
            .unwrap()
            .get(Measure::Engagements)
            .is_some()
    );
    let kinds: Vec<&str> = evidence(&comparison, 0)
        .iter()
        .map(|o| o.benchmark.kind())
        .collect();
    assert_eq!(kinds, ["reach_rate", "click_through"]);
    // Click-through from clicks per impression: 1 % against the 1 % benchmark is no shift.
    let ctr = evidence(&comparison, 0)[1];
    assert!((ctr.log_ratio - (0.01 / a.click_through_rate.value).ln()).abs() < 1e-12);
}
