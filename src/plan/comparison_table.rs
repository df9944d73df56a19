//! The rows of "the same budget, three ways": which figure each row shows, how to read it off a
//! plan, which direction is better, and which plan is best on it. Pure, so the rule for "best"
//! is tested natively and the component only lays the rows out.

use micromacro_engine::{
    Band, Decision, Optimality, Origin, Pick, Plan, PlanBands, Tier, ValueUnit,
};

use crate::i18n::{Lang, format_money, format_number, format_percent, tr, tr_args};

/// The line under the free plan saying how close it is to the best possible plan.
#[must_use]
pub fn optimality_text(lang: Lang, optimality: Optimality) -> String {
    match optimality {
        Optimality::Proven => tr(lang, "compare.proven").to_owned(),
        Optimality::AtLeast(share) => tr_args(
            lang,
            "compare.bound",
            &[("share", &format_percent(lang, share, 0))],
        ),
    }
}

/// How a row's figure is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A count of people, creators or conversions (no decimals).
    Count,
    /// Money, whole units.
    Money,
    /// Money with cents (costs per result).
    MoneyCents,
    /// Hours, one decimal.
    Hours,
    /// A share, as a percentage.
    Percent,
    /// The objective's value, in its unit.
    Value,
}

/// Whether a higher or a lower figure is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Better {
    /// More is better (reach, conversions, value).
    Higher,
    /// Less is better (costs per result, hours, risk).
    Lower,
    /// Neither (what is spent is a choice, not a score).
    Neither,
}

/// Which figure a row shows: what its "show the math" explains
/// ([`figure_math`](super::figure_math)).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// The objective's value.
    Value,
    /// Creators hired.
    Creators,
    /// Fees.
    Cost,
    /// Unique people reached in the target region.
    EffectiveReach,
    /// Engaged audience ("net reach").
    NetReach,
    /// Cost per 1,000 engaged people.
    Cpm,
    /// Expected conversions.
    Conversions,
    /// Fees per conversion.
    Cpa,
    /// Conversions × order value.
    Revenue,
    /// Revenue × margin − fees.
    Profit,
    /// Profit ÷ fees.
    Roi,
    /// Team hours.
    Hours,
    /// Reach-weighted brand-risk exposure.
    Risk,
    /// Value over the horizon.
    LongTerm,
}

impl Figure {
    /// Its stable id (`data-figure` on the page, element ids).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Figure::Value => "value",
            Figure::Creators => "creators",
            Figure::Cost => "cost",
            Figure::EffectiveReach => "effective_reach",
            Figure::NetReach => "net_reach",
            Figure::Cpm => "cpm",
            Figure::Conversions => "conversions",
            Figure::Cpa => "cpa",
            Figure::Revenue => "revenue",
            Figure::Profit => "profit",
            Figure::Roi => "roi",
            Figure::Hours => "hours",
            Figure::Risk => "risk",
            Figure::LongTerm => "long_term",
        }
    }
}

/// One row of the comparison.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    /// The figure it shows.
    pub figure: Figure,
    /// Catalogue key of the row's label.
    pub label_key: &'static str,
    /// The figure of a plan; `None` when it has none (no conversions, no order value …).
    pub value: fn(&Plan) -> Option<f64>,
    /// How it is written.
    pub kind: Kind,
    /// Which direction wins.
    pub better: Better,
    /// Its P10–P90 range, for the figures that depend on benchmarks.
    pub band: Option<fn(&PlanBands) -> Option<Band>>,
}

/// The rows, in the order shown.
pub const ROWS: &[Row] = &[
    Row {
        figure: Figure::Value,
        label_key: "compare.value",
        value: |p| Some(p.value),
        kind: Kind::Value,
        better: Better::Higher,
        band: Some(|b| Some(b.value)),
    },
    Row {
        figure: Figure::Creators,
        label_key: "compare.creators",
        value: |p| Some(p.creators() as f64),
        kind: Kind::Count,
        better: Better::Neither,
        band: None,
    },
    Row {
        figure: Figure::Cost,
        label_key: "compare.cost",
        value: |p| Some(p.spent.to_major_f64()),
        kind: Kind::Money,
        better: Better::Neither,
        band: None,
    },
    Row {
        figure: Figure::EffectiveReach,
        label_key: "compare.effective_reach",
        value: |p| Some(p.totals.effective_reach.unique),
        kind: Kind::Count,
        better: Better::Higher,
        band: Some(|b| Some(b.effective_reach)),
    },
    Row {
        figure: Figure::NetReach,
        label_key: "compare.net_reach",
        value: |p| Some(p.totals.engaged_audience),
        kind: Kind::Count,
        better: Better::Higher,
        band: Some(|b| Some(b.engaged)),
    },
    Row {
        figure: Figure::Cpm,
        label_key: "compare.cpm",
        value: |p| p.totals.cpm_engaged.map(|m| m.to_major_f64()),
        kind: Kind::MoneyCents,
        better: Better::Lower,
        band: None,
    },
    Row {
        figure: Figure::Conversions,
        label_key: "compare.conversions",
        value: |p| Some(p.totals.code_redemptions),
        kind: Kind::Count,
        better: Better::Higher,
        band: Some(|b| Some(b.conversions)),
    },
    Row {
        figure: Figure::Cpa,
        label_key: "compare.cpa",
        value: |p| p.totals.cost_per_conversion.map(|m| m.to_major_f64()),
        kind: Kind::MoneyCents,
        better: Better::Lower,
        band: Some(|b| b.cost_per_conversion),
    },
    Row {
        figure: Figure::Revenue,
        label_key: "compare.revenue",
        value: |p| p.revenue.map(|m| m.to_major_f64()),
        kind: Kind::Money,
        better: Better::Higher,
        band: None,
    },
    Row {
        figure: Figure::Profit,
        label_key: "compare.profit",
        value: |p| p.profit.map(|m| m.to_major_f64()),
        kind: Kind::Money,
        better: Better::Higher,
        band: None,
    },
    Row {
        figure: Figure::Roi,
        label_key: "compare.roi",
        value: |p| p.roi,
        kind: Kind::Percent,
        better: Better::Higher,
        band: None,
    },
    Row {
        figure: Figure::Hours,
        label_key: "compare.hours",
        value: |p| Some(p.totals.management_hours),
        kind: Kind::Hours,
        better: Better::Lower,
        band: None,
    },
    Row {
        figure: Figure::Risk,
        label_key: "compare.risk",
        value: |p| Some(p.totals.risk.exposure),
        kind: Kind::Percent,
        better: Better::Lower,
        band: None,
    },
    Row {
        figure: Figure::LongTerm,
        label_key: "compare.long_term",
        value: |p| Some(p.value_over_time.long_term.total_value.to_major_f64()),
        kind: Kind::Money,
        better: Better::Higher,
        band: None,
    },
];

/// A plan's value written in its unit (money in the brief's currency, else a count).
pub fn value_text(lang: Lang, decision: &Decision, value: f64) -> String {
    match decision.unit {
        ValueUnit::Money => {
            let currency = decision.free().spent.currency();
            let cents = (value * 100.0).round() as i64;
            format_money(
                lang,
                micromacro_engine::Money::from_cents(cents, currency),
                0,
            )
        }
        _ => format_number(lang, value, 0),
    }
}

/// The index of the plan that is best on `row`, when exactly one is (a plan that hires nobody
/// is never best, and a tie is no win).
#[must_use]
pub fn best(plans: &[Plan], row: &Row) -> Option<usize> {
    if row.better == Better::Neither {
        return None;
    }
    let values: Vec<Option<f64>> = plans
        .iter()
        .map(|p| {
            if p.picks.is_empty() {
                None
            } else {
                (row.value)(p).filter(|v| v.is_finite())
            }
        })
        .collect();
    let candidates = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i, v)));
    let winner = match row.better {
        Better::Higher => candidates.max_by(|a, b| a.1.total_cmp(&b.1)),
        _ => candidates.min_by(|a, b| a.1.total_cmp(&b.1)),
    }?;
    let tolerance = 1e-9 * winner.1.abs().max(1.0);
    let ties = values
        .iter()
        .flatten()
        .filter(|v| (**v - winner.1).abs() <= tolerance)
        .count();
    (ties == 1).then_some(winner.0)
}

/// Who a pick is, for the page: one of the user's creators (by row id and name) or a group of
/// typical creators.
#[derive(Clone, Debug, PartialEq)]
pub enum Hire {
    /// One of the user's creators (by where it comes from), and its name (may be empty).
    Named {
        /// Its plan row or roster entry.
        row: crate::plan::RowRef,
        /// The name as typed.
        name: String,
    },
    /// `count` typical creators of `tier`, all with `followers` followers.
    Typical {
        /// Their tier.
        tier: Tier,
        /// Followers of each.
        followers: u64,
        /// How many.
        count: u64,
    },
}

/// The hires of a plan, the user's creators first (in the form's order), then typical ones by
/// tier. `ids` maps the engine's roster positions to rows.
#[must_use]
pub fn hires(
    decision: &Decision,
    plan: &Plan,
    ids: &[crate::plan::RowRef],
    creators: &[micromacro_engine::Creator],
) -> Vec<Hire> {
    plan.picks
        .iter()
        .map(|&Pick { candidate, count }| {
            let c = &decision.pool.candidates[candidate];
            match c.origin {
                Origin::Roster(i) => Hire::Named {
                    row: ids.get(i).copied().unwrap_or(crate::plan::RowRef::Form(0)),
                    name: creators.get(i).map(|c| c.name.clone()).unwrap_or_default(),
                },
                Origin::Typical { tier, .. } => Hire::Typical {
                    tier,
                    followers: c.metrics.followers,
                    count,
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use micromacro_engine::{
        Assumptions, Brief, Creator, Currency, EngagementRate, Money, Platform, Strategy, decide,
    };

    fn decision() -> (Decision, Vec<Creator>) {
        let roster = vec![
            Creator::new(Platform::Instagram, 50_000)
                .named("@lisa")
                .with_engagement(EngagementRate::per_follower(0.05))
                .with_price(Money::from_major(400, Currency::Eur))
                .with_choice(micromacro_engine::Choice::Pinned),
        ];
        let brief = Brief::default();
        (
            decide(&brief, &Assumptions::default(), &roster).unwrap(),
            roster,
        )
    }

    #[test]
    fn the_free_plans_line_says_proven_or_at_least_in_both_languages() {
        for lang in Lang::ALL {
            let proven = optimality_text(lang, Optimality::Proven);
            assert_eq!(proven, tr(lang, "compare.proven"));
            let bound = optimality_text(lang, Optimality::AtLeast(0.934));
            assert!(bound.contains("93"), "{lang}: {bound}");
            assert!(!bound.contains('{') && bound != proven, "{lang}: {bound}");
        }
    }

    #[test]
    fn the_value_row_marks_the_free_plan_or_nobody() {
        let (d, _) = decision();
        let value = &ROWS[0];
        assert_eq!(value.label_key, "compare.value");
        // The free plan can take anything either side takes, so no side beats it.
        let best = best(&d.plans, value);
        let free = Strategy::Free.index();
        assert!(best.is_none() || best == Some(free), "{best:?}");
        assert!(
            d.plans
                .iter()
                .all(|p| p.value <= d.free().value * (1.0 + 1e-9))
        );
    }

    #[test]
    fn spending_is_never_scored_and_empty_plans_never_win() {
        let (mut d, _) = decision();
        let spent = ROWS.iter().find(|r| r.label_key == "compare.cost").unwrap();
        assert_eq!(best(&d.plans, spent), None);
        for p in &mut d.plans[1..] {
            p.picks.clear();
        }
        let reach = ROWS
            .iter()
            .find(|r| r.label_key == "compare.effective_reach")
            .unwrap();
        assert_eq!(best(&d.plans, reach), Some(0));
    }

    #[test]
    fn hires_name_the_users_creators_and_group_typical_ones() {
        let (d, roster) = decision();
        let micro = d.plan(Strategy::MicroSide);
        let hires = hires(&d, micro, &[crate::plan::RowRef::Form(7)], &roster);
        assert!(hires.contains(&Hire::Named {
            row: crate::plan::RowRef::Form(7),
            name: "@lisa".into()
        }));
        assert!(
            hires
                .iter()
                .any(|h| matches!(h, Hire::Typical { count, .. } if *count >= 1))
        );
    }
}
