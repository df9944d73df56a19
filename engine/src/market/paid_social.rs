//! What paid social costs per 1,000 impressions in each country: the yardstick a plan's own
//! cost per 1,000 impressions is shown against.
//!
//! The figures are superads' 2025 medians of Meta ads over all industries (the year's average
//! of monthly medians), in US dollars. No Belgian figure is published: Belgium takes the
//! Netherlands' (our assumption: a neighbouring market of the same platforms and languages). The
//! British figure is published in pounds and converted at about $1.32 per pound, 2025's average
//! (our assumption for the rate).
//!
//! A yardstick, not a stop rule: paid social buys impressions a creator's post cannot be bought
//! for (no engagement with someone the audience follows, no content to reuse), and every
//! creator costs more per 1,000 impressions than these medians, so a rule that bought only below
//! them would buy nobody. The plan stops on [`efficiency_floor`](crate::Assumptions::efficiency_floor)
//! instead ([`worth`](crate::value::worth)).
//!
//! Invariant (tested): every figure is positive and has a source.

use crate::inputs::brief::Brief;
use crate::inputs::country::Country;
use crate::inputs::money::{Currency, Money};
use crate::inputs::source::{SourceId, Sourced};
use crate::inputs::table::PerCountry;

/// The published medians, in US cents per 1,000 impressions, by [`Country`].
fn published(country: Country) -> Sourced<Money> {
    let usd = |cents: i64, source| Sourced::new(Money::from_cents(cents, Currency::Usd), source);
    match country {
        Country::Nl => usd(1_118, SourceId::Superads),
        Country::Be => usd(1_118, SourceId::OurAssumption),
        Country::De => usd(1_500, SourceId::Superads),
        Country::Fr => usd(967, SourceId::Superads),
        // £18.89 at $1.32 per pound.
        Country::Gb => usd(2_493, SourceId::Superads),
        Country::Es => usd(606, SourceId::Superads),
        Country::It => usd(956, SourceId::Superads),
        Country::Us => usd(2_270, SourceId::Superads),
    }
}

/// The defaults table's paid-social CPMs.
#[must_use]
pub fn defaults() -> PerCountry<Sourced<Money>> {
    PerCountry::from_fn(published)
}

/// The paid-social CPM of the brief's country, in the brief's currency. An international
/// campaign takes its home country's: the country its ads would be bought from.
#[must_use]
pub fn reference(brief: &Brief, a: &crate::Assumptions) -> Money {
    a.paid_social_cpm
        .get(brief.country)
        .value
        .convert(brief.budget.currency(), a.exchange_rate.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_has_a_positive_figure_with_a_source() {
        let table = defaults();
        for (country, cpm) in table.iter() {
            assert!(cpm.value.cents() > 0, "{country}");
            assert_ne!(cpm.source, SourceId::User);
        }
        assert_eq!(table.get(Country::Nl).value.cents(), 1_118);
        assert_eq!(table.get(Country::Be).source, SourceId::OurAssumption);
    }

    #[test]
    fn the_reference_is_the_briefs_country_in_its_currency() {
        let a = crate::Assumptions::default();
        let brief = Brief {
            country: Country::De,
            ..Brief::default()
        };
        let eur = reference(&brief, &a);
        assert_eq!(eur.currency(), brief.budget.currency());
        let expected = 1_500.0 / a.exchange_rate.value.usd_per_eur;
        assert!((eur.cents() as f64 - expected).abs() <= 1.0, "{eur:?}");
        let us = Brief {
            country: Country::Us,
            ..Brief::default()
        };
        assert!(reference(&us, &a).cents() > eur.cents());
    }
}
