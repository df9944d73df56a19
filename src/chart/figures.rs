//! The five charts as the page shows them: each chart's words and table headers from the
//! catalogue, with its model's rows and drawing, as one [`Chart`] implementation a chart. The
//! planner's figures and the client report draw through these.
//!
//! Invariant: every word comes from the catalogue by key (nothing is written here in any
//! language), and numbers from the caller's [`NumberFormat`].

use micromacro_engine::{Assumption, Factor, PerFactor, PerTier, Strategy, Tier};
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::prelude::DrawingBackend;

use super::{
    BudgetCurvesChart, BudgetCurvesText, Chart, FactorLeansChart, FactorLeansText, NumberFormat,
    ReachCostChart, ReachCostText, TornadoChart, TornadoText, ValueOverTimeChart,
    ValueOverTimeText, budget_curves, factor_leans, reach_cost, tornado, value_over_time,
};
use crate::i18n::{Lang, factor_name_key, id_text, tr};

fn words(lang: Lang, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|key| tr(lang, key).to_owned()).collect()
}

fn strategy_name(lang: Lang, strategy: Strategy) -> String {
    id_text(lang, "strategy", strategy.as_str(), "name")
}

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

impl Chart for ReachCostChart {
    type Text<'a> = ReachCostText<'a>;
    fn text<'a>(&self, lang: Lang, number: NumberFormat<'a>) -> ReachCostText<'a> {
        ReachCostText {
            title: tr(lang, "charts.reach_cost.title").to_owned(),
            x_axis: tr(lang, "charts.axis.cost").to_owned(),
            y_axis: tr(lang, "charts.axis.reach").to_owned(),
            tiers: PerTier::from_fn(|tier: Tier| id_text(lang, "tier", tier.as_str(), "name")),
            budget: tr(lang, "charts.budget_line").to_owned(),
            no_data: tr(lang, "charts.no_data").to_owned(),
            number,
        }
    }
    fn headers(&self, lang: Lang) -> Vec<String> {
        let mut headers = vec!["#".to_owned()];
        headers.extend(words(
            lang,
            &[
                "creators.quick_tier",
                "creators.followers",
                "charts.axis.cost",
                "charts.axis.reach",
            ],
        ));
        headers
    }
    fn table_rows(&self, text: &ReachCostText<'_>) -> Vec<Vec<String>> {
        ReachCostChart::table_rows(self, text)
    }
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        text: &ReachCostText<'_>,
    ) -> DrawResult<DB> {
        reach_cost::draw(area, self, text)
    }
}

impl Chart for BudgetCurvesChart {
    type Text<'a> = BudgetCurvesText<'a>;
    fn text<'a>(&self, lang: Lang, number: NumberFormat<'a>) -> BudgetCurvesText<'a> {
        BudgetCurvesText {
            title: tr(lang, "charts.budget_curves.title").to_owned(),
            x_axis: tr(lang, "charts.axis.budget").to_owned(),
            y_axis: tr(lang, &format!("charts.axis.value.{}", self.unit.as_str())).to_owned(),
            micro_side: strategy_name(lang, Strategy::MicroSide),
            macro_side: strategy_name(lang, Strategy::MacroSide),
            free: strategy_name(lang, Strategy::Free),
            budget: tr(lang, "charts.budget_line").to_owned(),
            no_data: tr(lang, "charts.no_data").to_owned(),
            number,
        }
    }
    fn headers(&self, lang: Lang) -> Vec<String> {
        let mut headers = words(lang, &["charts.axis.budget"]);
        headers.extend(Strategy::ALL.iter().map(|&s| strategy_name(lang, s)));
        headers
    }
    fn table_rows(&self, text: &BudgetCurvesText<'_>) -> Vec<Vec<String>> {
        BudgetCurvesChart::table_rows(self, text)
    }
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        text: &BudgetCurvesText<'_>,
    ) -> DrawResult<DB> {
        budget_curves::draw(area, self, text)
    }
}

impl Chart for FactorLeansChart {
    type Text<'a> = FactorLeansText<'a>;
    fn text<'a>(&self, lang: Lang, number: NumberFormat<'a>) -> FactorLeansText<'a> {
        FactorLeansText {
            title: tr(lang, "charts.factors.title").to_owned(),
            factors: PerFactor::from_fn(|factor: Factor| {
                tr(lang, factor_name_key(factor)).to_owned()
            }),
            micro_side: tr(lang, "checklist.meter.micro").to_owned(),
            macro_side: tr(lang, "checklist.meter.macro").to_owned(),
            mix_band: tr(lang, "charts.mix_band").to_owned(),
            overall: tr(lang, "charts.split").to_owned(),
            no_data: tr(lang, "charts.no_data").to_owned(),
            number,
        }
    }
    fn headers(&self, lang: Lang) -> Vec<String> {
        words(
            lang,
            &[
                "recommend.factors",
                "charts.col.lean",
                "charts.col.share_without",
            ],
        )
    }
    fn table_rows(&self, text: &FactorLeansText<'_>) -> Vec<Vec<String>> {
        FactorLeansChart::table_rows(self, text)
    }
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        text: &FactorLeansText<'_>,
    ) -> DrawResult<DB> {
        factor_leans::draw(area, self, text)
    }
}

impl Chart for TornadoChart {
    type Text<'a> = TornadoText<'a>;
    fn text<'a>(&self, lang: Lang, number: NumberFormat<'a>) -> TornadoText<'a> {
        TornadoText {
            title: tr(lang, "charts.tornado.title").to_owned(),
            names: Assumption::ALL
                .iter()
                .map(|a| id_text(lang, "assumption", a.as_str(), "name"))
                .collect(),
            micro_side: tr(lang, "charts.tornado.micro").to_owned(),
            macro_side: tr(lang, "charts.tornado.macro").to_owned(),
            no_data: tr(lang, "charts.tornado.pending").to_owned(),
            number,
        }
    }
    fn headers(&self, lang: Lang) -> Vec<String> {
        words(
            lang,
            &[
                "sensitivity.assumption",
                "sensitivity.low",
                "sensitivity.high",
            ],
        )
    }
    fn table_rows(&self, text: &TornadoText<'_>) -> Vec<Vec<String>> {
        TornadoChart::table_rows(self, text)
    }
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        text: &TornadoText<'_>,
    ) -> DrawResult<DB> {
        tornado::draw(area, self, text)
    }
}

impl Chart for ValueOverTimeChart {
    type Text<'a> = ValueOverTimeText<'a>;
    fn text<'a>(&self, lang: Lang, number: NumberFormat<'a>) -> ValueOverTimeText<'a> {
        ValueOverTimeText {
            title: tr(lang, "charts.value_time.title").to_owned(),
            x_axis: tr(lang, "charts.axis.weeks").to_owned(),
            y_axis: tr(lang, "charts.axis.value").to_owned(),
            media: tr(lang, "charts.media").to_owned(),
            content: tr(lang, "charts.content").to_owned(),
            no_data: tr(lang, "charts.no_data").to_owned(),
            number,
        }
    }
    fn headers(&self, lang: Lang) -> Vec<String> {
        words(
            lang,
            &[
                "charts.axis.weeks",
                "charts.media",
                "charts.content",
                "charts.col.total",
            ],
        )
    }
    fn table_rows(&self, text: &ValueOverTimeText<'_>) -> Vec<Vec<String>> {
        ValueOverTimeChart::table_rows(self, text)
    }
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        text: &ValueOverTimeText<'_>,
    ) -> DrawResult<DB> {
        value_over_time::draw(area, self, text)
    }
}

impl Chart for super::ResultsChart {
    type Text<'a> = super::ResultsText<'a>;
    fn text<'a>(&self, lang: Lang, number: NumberFormat<'a>) -> super::ResultsText<'a> {
        super::ResultsText {
            title: tr(lang, "results.chart.title").to_owned(),
            statuses: micromacro_engine::Status::ALL
                .iter()
                .map(|&s| tr(lang, crate::plan::results_text::status_key(s)).to_owned())
                .collect(),
            range: tr(lang, "results.chart.range").to_owned(),
            no_data: tr(lang, "results.chart.none").to_owned(),
            number,
        }
    }
    fn headers(&self, lang: Lang) -> Vec<String> {
        words(
            lang,
            &[
                "results.col.creator",
                "results.col.planned",
                "results.col.p10",
                "results.col.p90",
                "results.col.actual",
                "results.col.status",
            ],
        )
    }
    fn table_rows(&self, text: &super::ResultsText<'_>) -> Vec<Vec<String>> {
        super::ResultsChart::table_rows(self, text)
    }
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        text: &super::ResultsText<'_>,
    ) -> DrawResult<DB> {
        super::results::draw(area, self, text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::svg_string;
    use micromacro_engine::Money;

    fn number(lang: Lang) -> impl Fn(f64, usize) -> String {
        move |v, d| crate::i18n::format_number(lang, v, d)
    }

    /// Each chart's table has as many headers as its rows have cells, in both languages, and
    /// its words are translated (never a catalogue key).
    fn check<C: Chart>(chart: &C) {
        for lang in Lang::ALL {
            let fmt = number(lang);
            let text = chart.text(lang, &fmt);
            let headers = chart.headers(lang);
            assert!(
                headers.iter().all(|h| !h.contains("charts.")),
                "{headers:?}"
            );
            for row in chart.table_rows(&text) {
                assert_eq!(row.len(), headers.len(), "{headers:?} / {row:?}");
            }
            let svg = svg_string((640, 360), |area| {
                chart
                    .draw(area, &text)
                    .expect("an SVG string takes any drawing");
            });
            assert!(svg.contains("<svg"), "{svg}");
        }
    }

    #[test]
    fn every_chart_has_its_words_a_table_that_fits_and_a_drawing() {
        use micromacro_engine::{Assumptions, Brief, Creator, Currency, Platform};
        let eur = |x| Money::from_major(x, Currency::Eur);
        let brief = Brief {
            budget: eur(10_000),
            ..Brief::default()
        };
        let table = Assumptions::default();
        let creators = vec![
            Creator::new(Platform::Instagram, 12_000),
            Creator::new(Platform::Instagram, 40_000).with_price(eur(400)),
            Creator::new(Platform::Instagram, 650_000),
        ];
        let metrics = micromacro_engine::roster_metrics(&creators, &brief, &table).unwrap();
        check(&ReachCostChart::from_metrics(
            &metrics,
            brief.budget,
            super::super::ReachMetric::EffectiveReach,
        ));
        let budgets = [eur(2_000), eur(10_000), eur(20_000)];
        let curves = micromacro_engine::value_curves(&brief, &table, &creators, &budgets).unwrap();
        check(&BudgetCurvesChart::from_curves(&curves, brief.budget));
        check(&BudgetCurvesChart::pending(brief.budget, curves.unit));
        let decision = micromacro_engine::decide(&brief, &table, &creators).unwrap();
        check(&FactorLeansChart::from_decision(
            &decision,
            &decision.factors,
            &table,
        ));
        check(&ValueOverTimeChart::from_value(
            &decision.free().value_over_time,
        ));
        check(&TornadoChart::from_swings(&[], decision.micro_share));
    }
}
