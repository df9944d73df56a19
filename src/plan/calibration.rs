//! The calibration the user's saved campaigns give: each campaign's results compared with its
//! own forecast (its brief, its table with the user's edits, never calibrated), their evidence
//! pooled by the engine's rule (`micromacro_engine::calibration`).
//!
//! Invariant: a campaign without results, or whose brief does not read, adds nothing; the
//! order of the campaigns does not change the result.

use micromacro_engine::{Calibration, Observation, evidence};

use super::{DefaultCell, PlanInput};

/// The evidence of `campaigns`' results, the campaigns numbered from `first`.
#[must_use]
pub fn evidence_of<'a>(
    campaigns: impl IntoIterator<Item = &'a PlanInput>,
    first: usize,
) -> Vec<Observation> {
    campaigns
        .into_iter()
        .enumerate()
        .filter_map(|(k, input)| {
            let brief = input.to_brief(input.notation)?;
            let table = DefaultCell::apply_all(&input.benchmarks);
            let view = input.compare_results(&brief, &table)?;
            Some(evidence(&view.comparison, first + k))
        })
        .flatten()
        .collect()
}

/// The calibration of `campaigns`' results.
#[must_use]
pub fn calibration_from<'a>(campaigns: impl IntoIterator<Item = &'a PlanInput>) -> Calibration {
    Calibration::from_evidence(&evidence_of(campaigns, 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::CreatorInput;
    use crate::results::Figure;
    use micromacro_engine::{Assumptions, Benchmark, Platform, Tier, creator_metrics};

    /// A campaign of ten Instagram micro-creators on the benchmark engagement rate whose
    /// results run at `ratio` of the forecast.
    fn campaign(ratio: f64) -> PlanInput {
        let mut input = PlanInput::default();
        let brief = input.to_brief(input.notation).unwrap();
        let table = Assumptions::default();
        for i in 0..10u64 {
            let row = CreatorInput {
                name: format!("creator{i}"),
                followers: (20_000 + 5_000 * i).to_string(),
                price: "400".to_owned(),
                ..CreatorInput::blank(i, Platform::Instagram)
            };
            let creator = row.to_creator(input.notation, input.currency).unwrap();
            let forecast = creator_metrics(&creator, &brief, &table)
                .unwrap()
                .engagements;
            input.creators.push(row);
            input.set_result(
                &format!("creator{i}"),
                Figure::Engagements,
                crate::i18n::plain_number(forecast * ratio),
            );
        }
        input
    }

    #[test]
    fn three_saved_campaigns_at_half_the_engagement_calibrate_it_by_the_stated_rule() {
        let campaigns = [
            campaign(0.5),
            campaign(0.5),
            campaign(0.5),
            PlanInput::default(),
        ];
        let c = calibration_from(&campaigns);
        assert_eq!(c.campaigns, 3, "the campaign without results adds nothing");
        let p = c
            .get(Benchmark::Engagement(Platform::Instagram, Tier::Micro))
            .unwrap();
        assert_eq!(p.creators, 30);
        assert!((p.factor - 0.5f64.powf(0.6)).abs() < 1e-6, "{}", p.factor);
        let mut reversed = campaigns.clone();
        reversed.reverse();
        assert_eq!(
            calibration_from(&reversed)
                .posteriors
                .iter()
                .map(|p| p.factor.to_bits())
                .collect::<Vec<_>>(),
            c.posteriors
                .iter()
                .map(|p| p.factor.to_bits())
                .collect::<Vec<_>>()
        );
    }
}
