//! The price ceiling in words: the brief field's label by objective, and what a plan, or the
//! recommendation, says when the ceiling or the profit rule stopped it
//! (`micromacro_engine::Brief::price_ceiling`, `micromacro_engine::WorthStop`).
//!
//! Invariants: a ceiling is always quoted in the unit the objective's field asks for (per 1,000
//! people reached, per engaged person, per conversion), and both figures of a stop in that unit;
//! content, whose value is money, has no ceiling and no field.

use micromacro_engine::{DecisionState, Limit, Objective, Plan, WorthStop};

use crate::i18n::{Lang, format_money, tr, tr_args};

/// The catalogue key of the ceiling field's label for `objective`; `None` for content.
#[must_use]
pub fn ceiling_label_key(objective: Objective) -> Option<&'static str> {
    match objective {
        Objective::Awareness => Some("brief.ceiling.awareness"),
        Objective::Community => Some("brief.ceiling.community"),
        Objective::Conversion => Some("brief.ceiling.conversion"),
        Objective::Content => None,
    }
}

/// "per 1,000 people reached" and the like, for `objective`'s ceiling.
pub fn per(lang: Lang, objective: Objective) -> &'static str {
    match objective {
        Objective::Awareness => tr(lang, "ceiling.per.people"),
        Objective::Community => tr(lang, "ceiling.per.engaged"),
        Objective::Conversion | Objective::Content => tr(lang, "ceiling.per.conversion"),
    }
}

/// The message `key` with a stop's figures (the next result's cost and the ceiling, to the
/// cent, and the unit they are quoted in), and `unspent` when given.
fn with_figures(
    lang: Lang,
    key: &str,
    objective: Objective,
    stop: &WorthStop,
    unspent: Option<String>,
) -> String {
    let (next, ceiling) = (
        format_money(lang, stop.next, 2),
        format_money(lang, stop.reference, 2),
    );
    let mut args = vec![
        ("next", next.as_str()),
        ("ceiling", ceiling.as_str()),
        ("per", per(lang, objective)),
    ];
    if let Some(unspent) = &unspent {
        args.push(("unspent", unspent));
    }
    tr_args(lang, key, &args)
}

/// Why a plan left budget unspent at the ceiling, with both figures; `None` when it did not
/// stop there.
#[must_use]
pub fn stop_text(lang: Lang, objective: Objective, plan: &Plan) -> Option<String> {
    let stop = plan
        .worth_stop
        .filter(|_| plan.left_because == Limit::Worth)?;
    let unspent = format_money(lang, plan.unspent, 0);
    Some(with_figures(
        lang,
        "compare.left.worth_ceiling",
        objective,
        &stop,
        Some(unspent),
    ))
}

/// The catalogue key of a state without a verdict's name.
#[must_use]
pub fn state_name_key(state: DecisionState) -> &'static str {
    match state {
        DecisionState::NotWorth => "recommend.not_worth",
        DecisionState::Empty => "recommend.empty",
        DecisionState::Ok | DecisionState::TooSmall => "recommend.too_small",
    }
}

/// Why nobody in the pool is worth their price: the best creator's next result against the
/// ceiling, or (no ceiling: the profit rule) that no one's orders cover their cost.
#[must_use]
pub fn not_worth_help(lang: Lang, objective: Objective, free: &Plan) -> String {
    match free.worth_stop {
        Some(stop) => with_figures(lang, "recommend.not_worth.ceiling", objective, &stop, None),
        None => tr(lang, "recommend.not_worth.profit").to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use micromacro_engine::{
        Assumptions, Brief, Creator, Currency, EngagementRate, Money, Platform, Strategy, decide,
    };

    /// Ten micros of the sources' example (50,000 followers at 5 % for $500) and a macro of
    /// 500,000 at 1 % for $5,000, as a community brief with the team's time free.
    fn decision(ceiling_cents: i64) -> (Brief, micromacro_engine::Decision) {
        let usd = |cents| Money::from_cents(cents, Currency::Usd);
        let creator = |followers, rate, price| {
            Creator::new(Platform::Instagram, followers)
                .with_engagement(EngagementRate::per_follower(rate))
                .with_price(usd(price))
        };
        let mut roster = vec![creator(50_000, 0.05, 50_000); 10];
        roster.push(creator(500_000, 0.01, 500_000));
        let brief = Brief {
            objective: Objective::Community,
            budget: usd(1_000_000),
            hourly_cost: usd(0),
            use_market: false,
            price_ceiling: Some(usd(ceiling_cents)),
            ..Brief::default()
        };
        let d = decide(&brief, &Assumptions::default(), &roster).unwrap();
        (brief, d)
    }

    #[test]
    fn a_plan_stopped_at_the_ceiling_names_both_figures_in_the_objectives_unit() {
        // 30 cents per engaged person: the micros (about 19 cents) pass, the macro does not.
        let (brief, d) = decision(30);
        let free = &d.plans[Strategy::Free.index()];
        let stop = free.worth_stop.expect("stopped at the ceiling");
        let en = stop_text(Lang::En, brief.objective, free).unwrap();
        let next = format_money(Lang::En, stop.next, 2);
        assert!(en.contains(&format!("{next} per engaged person")), "{en}");
        assert!(en.contains("ceiling of $0.30"), "{en}");
        assert!(
            en.contains(&format_money(Lang::En, free.unspent, 0)),
            "{en}"
        );
        let nl = stop_text(Lang::Nl, brief.objective, free).unwrap();
        assert!(
            nl.contains("per betrokken persoon") && nl.contains("US$ 0,30"),
            "{nl}"
        );
        // Awareness quotes the ceiling per 1,000 people reached.
        assert_eq!(
            per(Lang::En, Objective::Awareness),
            "per 1,000 people reached"
        );
    }

    #[test]
    fn nobody_worth_the_ceiling_is_said_with_the_best_creators_figure() {
        let (brief, d) = decision(10);
        assert_eq!(d.state, DecisionState::NotWorth);
        assert_eq!(state_name_key(d.state), "recommend.not_worth");
        let free = &d.plans[Strategy::Free.index()];
        let help = not_worth_help(Lang::En, brief.objective, free);
        let next = format_money(Lang::En, free.worth_stop.unwrap().next, 2);
        assert!(
            help.contains(&format!("{next} per engaged person")),
            "{help}"
        );
        assert!(help.contains("your $0.10"), "{help}");
        // Without a ceiling (the profit rule), the help says what to check instead.
        let mut profitless = free.clone();
        profitless.worth_stop = None;
        assert_eq!(
            not_worth_help(Lang::En, brief.objective, &profitless),
            tr(Lang::En, "recommend.not_worth.profit")
        );
    }

    #[test]
    fn content_has_no_ceiling_field() {
        assert_eq!(ceiling_label_key(Objective::Content), None);
        for objective in [
            Objective::Awareness,
            Objective::Community,
            Objective::Conversion,
        ] {
            let key = ceiling_label_key(objective).unwrap();
            assert_ne!(tr(Lang::En, key), tr(Lang::Nl, key));
        }
    }
}
