//! The paid-social yardstick under the plans: what the best plan pays per 1,000 impressions
//! beside what Meta ads cost in the brief's country (`micromacro_engine::market::paid_social`).
//!
//! Invariants: the comparison is per 1,000 impressions on both sides (the plan's fees over its
//! impressions, not over the people it engages); no plan with no impressions gets one; every
//! figure in the sentence names where it comes from.

use micromacro_engine::market::paid_social;
use micromacro_engine::{Assumptions, Brief, Money, Plan, SourceId};

use crate::i18n::{Lang, format_money, format_number, id_text, tr, tr_args};

/// A plan's cost per 1,000 impressions against paid social's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Yardstick {
    /// Paid social's cost per 1,000 impressions in the brief's country, in its currency.
    pub reference: Money,
    /// Where that figure comes from.
    pub source: SourceId,
    /// The plan's fees per 1,000 impressions.
    pub plan: Money,
    /// `plan ÷ reference`.
    pub ratio: f64,
}

/// The yardstick for `plan`; `None` when it has no impressions or the reference is zero.
#[must_use]
pub fn yardstick(brief: &Brief, table: &Assumptions, plan: &Plan) -> Option<Yardstick> {
    let reference = paid_social::reference(brief, table);
    let plan_cpm = plan.totals.cpm?;
    let ratio = plan_cpm.ratio(reference)?;
    Some(Yardstick {
        reference,
        source: table.paid_social_cpm.get(brief.country).source,
        plan: plan_cpm,
        ratio,
    })
}

/// The yardstick in words; with `explain`, and the plan dearer than the ads, what the
/// difference buys.
#[must_use]
pub fn yardstick_text(lang: Lang, brief: &Brief, y: &Yardstick, explain: bool) -> String {
    let dearer = y.ratio > 1.0;
    let key = if dearer {
        "compare.paid_social.above"
    } else {
        "compare.paid_social.below"
    };
    let figures = tr_args(
        lang,
        key,
        &[
            (
                "country",
                &id_text(lang, "country", brief.country.as_str(), "name"),
            ),
            ("reference", &format_money(lang, y.reference, 2)),
            ("source", &source_label(lang, y.source)),
            ("plan", &format_money(lang, y.plan, 2)),
            ("ratio", &format_number(lang, y.ratio, 1)),
        ],
    );
    if explain && dearer {
        format!("{figures} {}", tr(lang, "compare.paid_social.why"))
    } else {
        figures
    }
}

/// A figure's source in a few words: "superads 2025", or the user's or our own.
fn source_label(lang: Lang, id: SourceId) -> String {
    match (id, id.source().year) {
        (SourceId::OurAssumption | SourceId::User | SourceId::YourResults, _) | (_, None) => {
            crate::plan::objective_math::source(lang, id)
        }
        (_, Some(year)) => format!(
            "{} {year}",
            crate::plan::objective_math::short_source_name(id)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use micromacro_engine::{Country, Currency, decide};

    fn best(brief: &Brief, table: &Assumptions) -> Plan {
        let d = decide(brief, table, &[]).unwrap();
        d.plans[micromacro_engine::Strategy::Free.index()].clone()
    }

    #[test]
    fn the_best_plan_is_set_beside_its_countrys_ads() {
        let table = Assumptions::default();
        let brief = Brief::default();
        let plan = best(&brief, &table);
        let y = yardstick(&brief, &table, &plan).expect("the default plan has impressions");
        // Per 1,000 impressions on both sides, in the brief's currency.
        let impressions = plan.totals.estimated_reach.impressions;
        let expected = plan.spent.to_major_f64() / (impressions / 1_000.0);
        assert!((y.plan.to_major_f64() - expected).abs() < 0.01);
        assert_eq!(y.reference.currency(), Currency::Eur);
        assert_eq!(y.source, SourceId::Superads);
        assert!((y.ratio - y.plan.to_major_f64() / y.reference.to_major_f64()).abs() < 1e-3);
        let en = yardstick_text(Lang::En, &brief, &y, false);
        assert!(
            en.contains("Netherlands") && en.contains("superads"),
            "{en}"
        );
        let why = crate::i18n::tr(Lang::En, "compare.paid_social.why");
        assert!(!en.contains(why) && y.ratio > 1.0);
        assert_eq!(
            yardstick_text(Lang::En, &brief, &y, true),
            format!("{en} {why}")
        );
        let nl = yardstick_text(Lang::Nl, &brief, &y, false);
        assert!(nl.contains("Nederland"), "{nl}");
        // Another country, another yardstick; an edited one is the user's.
        let us = Brief {
            country: Country::Us,
            ..brief.clone()
        };
        let y_us = yardstick(&us, &table, &best(&us, &table)).unwrap();
        assert!(y_us.reference.cents() > y.reference.cents());
        let mut edited = table.clone();
        edited
            .paid_social_cpm
            .get_mut(Country::Nl)
            .set(Money::from_major(40, Currency::Usd));
        let y_edited = yardstick(&brief, &edited, &plan).unwrap();
        assert_eq!(y_edited.source, SourceId::User);
        assert!(y_edited.reference.cents() > y.reference.cents());
        assert!(yardstick_text(Lang::En, &brief, &y_edited, false).contains("your value"));
    }
}
