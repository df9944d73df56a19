//! Each creator's history: the saved campaigns whose plan names them, and, where results were
//! reported, what they delivered against the plan's forecast.
//!
//! Derived, never stored: the campaigns are the record, so a history can never disagree with
//! them (a deleted campaign leaves it; results typed later join it).
//!
//! Invariants: a campaign row matches a library creator by [`CreatorKey`] (its platform and
//! handle); typical creators still to be found match nobody. "Delivered" is the objective's
//! measure (reach for awareness, engagements for community and content, conversions for
//! conversion) when it was reported, else the first figure reported, as a share of the
//! forecast's central value.

use std::collections::HashMap;

use micromacro_engine::{Measure, Objective, Status};

use super::CreatorKey;
use crate::plan::{DefaultCell, PlanInput};

/// One campaign a creator was in.
#[derive(Clone, Debug, PartialEq)]
pub struct Appearance {
    /// The saved campaign's id.
    pub campaign: String,
    /// Its name (may be empty).
    pub name: String,
    /// What the creator delivered, when results were reported.
    pub delivered: Option<Delivered>,
}

/// A reported figure against the forecast.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Delivered {
    /// What was measured.
    pub measure: Measure,
    /// The forecast's central value.
    pub planned: f64,
    /// What was reported.
    pub actual: f64,
    /// Where it fell against the forecast's P10–P90.
    pub status: Status,
}

impl Delivered {
    /// The actual as a share of the forecast (1 = as planned); `None` with no forecast.
    #[must_use]
    pub fn ratio(&self) -> Option<f64> {
        (self.planned > 0.0).then(|| self.actual / self.planned)
    }
}

/// Every creator's appearances, campaign by campaign in the order given.
pub type Histories = HashMap<CreatorKey, Vec<Appearance>>;

/// The measure a campaign with `objective` is judged by.
fn measure_of(objective: Objective) -> Measure {
    match objective {
        Objective::Awareness => Measure::Reach,
        Objective::Community | Objective::Content => Measure::Engagements,
        Objective::Conversion => Measure::Conversions,
    }
}

/// The histories of `campaigns` (id and form of each saved campaign).
#[must_use]
pub fn histories<'a>(campaigns: impl IntoIterator<Item = (&'a str, &'a PlanInput)>) -> Histories {
    let mut out = Histories::new();
    for (id, input) in campaigns {
        let lang = input.notation;
        let compared = input.to_brief(lang).and_then(|brief| {
            let table = DefaultCell::apply_all(&input.benchmarks);
            input.compare_results(&brief, &table)
        });
        let wanted = measure_of(input.objective);
        for row in input.creators.iter().filter(|r| r.typical == 0) {
            if row.name.trim().is_empty() {
                continue;
            }
            let key = CreatorKey::new(row.platform, &row.name);
            let delivered = compared.as_ref().and_then(|view| {
                let i = view.handles.iter().position(|h| *h == row.name)?;
                let creator = view.comparison.creators.get(i)?.as_ref()?;
                let figure = creator
                    .get(wanted)
                    .or_else(|| creator.figures.iter().find(|f| f.measure != Measure::Fee))?;
                Some(Delivered {
                    measure: figure.measure,
                    planned: figure.planned.central,
                    actual: figure.actual,
                    status: figure.status,
                })
            });
            let list = out.entry(key).or_default();
            // A creator twice in one plan is one appearance.
            if list.last().is_none_or(|a| a.campaign != id) {
                list.push(Appearance {
                    campaign: id.to_owned(),
                    name: input.name.clone(),
                    delivered,
                });
            }
        }
    }
    out
}

/// A creator's record over its history: the mean of its delivered ratios, `None` before any
/// results (sorts the library by what creators delivered).
#[must_use]
pub fn track_record(appearances: &[Appearance]) -> Option<f64> {
    let ratios: Vec<f64> = appearances
        .iter()
        .filter_map(|a| a.delivered.and_then(|d| d.ratio()))
        .collect();
    (!ratios.is_empty()).then(|| ratios.iter().sum::<f64>() / ratios.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::CreatorInput;
    use crate::results::Figure;
    use micromacro_engine::Platform;

    fn campaign(name: &str, handles: &[&str]) -> PlanInput {
        let mut input = PlanInput {
            name: name.into(),
            ..PlanInput::default()
        };
        for (i, h) in handles.iter().enumerate() {
            input.creators.push(CreatorInput {
                name: (*h).to_owned(),
                followers: "50000".into(),
                price: "500".into(),
                ..CreatorInput::blank(i as u64, Platform::Instagram)
            });
        }
        input
    }

    #[test]
    fn campaigns_and_results_make_a_history() {
        let spring = campaign("Spring", &["@lisa", "bram"]);
        let mut autumn = campaign("Autumn", &["Lisa", "typical"]);
        autumn.creators[1].typical = 3;
        autumn.set_result("Lisa", Figure::Reach, "1000000".into());
        let h = histories([("a", &spring), ("b", &autumn)]);
        let lisa = &h[&CreatorKey::new(Platform::Instagram, "lisa")];
        assert_eq!(lisa.len(), 2);
        assert_eq!((lisa[0].campaign.as_str(), lisa[0].delivered), ("a", None));
        let delivered = lisa[1].delivered.expect("results were reported");
        assert_eq!(delivered.measure, Measure::Reach);
        assert_eq!(delivered.actual, 1_000_000.0);
        assert_eq!(
            delivered.status,
            Status::Above,
            "a million from 50,000 followers"
        );
        assert!(track_record(lisa).unwrap() > 1.0);
        assert_eq!(
            track_record(&h[&CreatorKey::new(Platform::Instagram, "bram")]),
            None
        );
        assert!(
            !h.keys().any(|k| k.handle() == "typical"),
            "typical creators are nobody"
        );
    }
}
