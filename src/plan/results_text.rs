//! The words and numbers of the results and calibration panels, as plain functions the
//! components call (and the tests read).

use micromacro_engine::{Benchmark, Currency, Measure, Money, Posterior, Realised, Status};

use crate::i18n::{Lang, format_money, format_number, format_percent, id_text, tr, tr_args};

/// `value` of `measure` as shown: money for the fee, a whole count otherwise.
#[must_use]
pub fn measure_value(lang: Lang, measure: Measure, value: f64, currency: Currency) -> String {
    match measure {
        Measure::Fee => money(lang, value, currency, 0),
        _ => format_number(lang, value, 0),
    }
}

fn money(lang: Lang, value: f64, currency: Currency, decimals: usize) -> String {
    Money::from_major_f64(value, currency, micromacro_engine::Field::PricePerPost).map_or_else(
        |_| format_number(lang, value, decimals),
        |m| format_money(lang, m, decimals),
    )
}

/// The catalogue key of a status's word.
#[must_use]
pub fn status_key(status: Status) -> &'static str {
    match status {
        Status::Within => "results.status.within",
        Status::Above => "results.status.above",
        Status::Below => "results.status.below",
    }
}

/// Which realised figure a line shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kpi {
    /// Fees per thousand impressions.
    Cpm,
    /// Fees per engagement.
    Cpe,
    /// Fees per conversion.
    CostPerConversion,
    /// Return on fees and team time.
    Roi,
}

impl Kpi {
    /// Every line, in the order shown.
    pub const ALL: [Kpi; 4] = [Kpi::Cpm, Kpi::Cpe, Kpi::CostPerConversion, Kpi::Roi];

    /// This figure of a comparison's `kpis`.
    #[must_use]
    pub fn of(self, kpis: &micromacro_engine::Kpis) -> Realised {
        match self {
            Kpi::Cpm => kpis.cpm,
            Kpi::Cpe => kpis.cpe,
            Kpi::CostPerConversion => kpis.cost_per_conversion,
            Kpi::Roi => kpis.roi,
        }
    }

    /// The stable id (catalogue key `results.kpi.<id>`, `data-kpi`).
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Kpi::Cpm => "cpm",
            Kpi::Cpe => "cpe",
            Kpi::CostPerConversion => "cost_per_conversion",
            Kpi::Roi => "roi",
        }
    }
}

/// "€12.40, against €9.80 forecast", or `None` when the results do not give it.
#[must_use]
pub fn kpi_line(lang: Lang, kpi: Kpi, realised: Realised, currency: Currency) -> Option<String> {
    let show = |v: f64| match kpi {
        Kpi::Roi => format_percent(lang, v, 0),
        Kpi::Cpm | Kpi::Cpe | Kpi::CostPerConversion => money(lang, v, currency, 2),
    };
    let actual = realised.actual?;
    let planned = realised.planned.map_or_else(|| "—".to_owned(), show);
    Some(tr_args(
        lang,
        "results.kpi.line",
        &[("actual", &show(actual)), ("planned", &planned)],
    ))
}

/// "Engagement rate · Instagram · Micro".
#[must_use]
pub fn benchmark_label(lang: Lang, benchmark: Benchmark) -> String {
    let kind = tr(lang, &format!("calibration.kind.{}", benchmark.kind())).to_owned();
    let tier = |t: micromacro_engine::Tier| id_text(lang, "tier", t.as_str(), "name");
    let platform = |p: micromacro_engine::Platform| id_text(lang, "platform", p.as_str(), "name");
    match benchmark {
        Benchmark::ReachRate(t) | Benchmark::Conversion(t) => format!("{kind} · {}", tier(t)),
        Benchmark::Engagement(p, t) | Benchmark::Price(p, t) => {
            format!("{kind} · {} · {}", platform(p), tier(t))
        }
        Benchmark::ClickThrough => kind,
    }
}

/// A benchmark's value as shown: a percentage for a rate, money for a price (the table's
/// prices are in `currency`).
#[must_use]
pub fn benchmark_value(lang: Lang, benchmark: Benchmark, value: f64, currency: Currency) -> String {
    match benchmark {
        Benchmark::Price(..) => money(lang, value, currency, 0),
        _ => format_percent(lang, value, 2),
    }
}

/// The shift of a posterior as a signed percentage: "−34.0%", "+5.2%".
#[must_use]
pub fn shift_text(lang: Lang, posterior: &Posterior) -> String {
    let change = posterior.factor - 1.0;
    let sign = if change > 0.0 {
        "+"
    } else if change < 0.0 {
        "−"
    } else {
        ""
    };
    format!("{sign}{}", format_percent(lang, change.abs(), 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use micromacro_engine::{Platform, Tier};

    #[test]
    fn kpis_say_what_the_results_give_against_the_forecast() {
        let r = Realised {
            planned: Some(9.8),
            actual: Some(12.4),
        };
        assert_eq!(
            kpi_line(Lang::En, Kpi::Cpm, r, Currency::Eur).unwrap(),
            "€12.40, against €9.80 forecast"
        );
        assert_eq!(
            kpi_line(
                Lang::Nl,
                Kpi::Roi,
                Realised {
                    planned: Some(0.5),
                    actual: Some(-0.25)
                },
                Currency::Eur
            )
            .unwrap(),
            "-25%, tegenover 50% voorspeld"
        );
        assert_eq!(
            kpi_line(
                Lang::En,
                Kpi::Cpe,
                Realised {
                    planned: Some(1.0),
                    actual: None
                },
                Currency::Eur
            ),
            None
        );
    }

    #[test]
    fn benchmarks_are_named_with_their_platform_and_tier() {
        assert_eq!(
            benchmark_label(
                Lang::En,
                Benchmark::Engagement(Platform::Instagram, Tier::Micro)
            ),
            "Engagement rate · Instagram · Micro"
        );
        assert_eq!(
            benchmark_label(Lang::Nl, Benchmark::ClickThrough),
            "Doorklikratio"
        );
        assert_eq!(
            benchmark_value(
                Lang::En,
                Benchmark::ReachRate(Tier::Micro),
                0.22945,
                Currency::Eur
            ),
            "22.95%"
        );
    }

    #[test]
    fn shifts_carry_their_sign() {
        let p = |factor: f64| Posterior {
            benchmark: Benchmark::ClickThrough,
            creators: 1,
            campaigns: 1,
            evidence_mean: 0.0,
            shift: factor.ln(),
            factor,
            narrowing: 1.0,
        };
        assert_eq!(shift_text(Lang::En, &p(0.66)), "−34.0%");
        assert_eq!(shift_text(Lang::Nl, &p(1.052)), "+5,2%");
        assert_eq!(shift_text(Lang::En, &p(1.0)), "0.0%");
    }
}
