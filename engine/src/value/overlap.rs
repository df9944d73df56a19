//! Combining audiences: gross versus unique reach, duplication and frequency.
//!
//! Audiences do not simply add: "adding follower counts together without checking duplication"
//! is a common mistake (bytematrix). The engine combines audiences in two
//! steps.
//!
//! 1. **Random duplication within a universe** (the Sainsbury method; lukerfarkas
//!    reach-frequency-calculator). In a universe of `U` people (the people on
//!    the platform in the target region), audiences `R₁ … Rₙ` that overlap only by chance reach
//!
//!    ```text
//!    random = U · (1 − Π (1 − Rᵢ / U))
//!    ```
//!
//!    e.g. 60 % and 30 % of a universe together reach 72 %. Without a universe (`U → ∞`) this is
//!    the plain sum.
//!
//! 2. **Extra overlap** `ρ ∈ [0, 1]`, for audiences that overlap more than by chance (creators
//!    in one niche or city; planners' ~5 % Sainsbury deduction, Telmar). The unique reach moves
//!    from the random-duplication figure towards the largest single audience:
//!
//!    ```text
//!    unique = (1 − ρ) · random + ρ · max Rᵢ
//!    ```
//!
//!    `ρ = 0` is pure random duplication; `ρ = 1` means every other audience lies inside the
//!    largest one. For audiences small next to `U`, each additional creator adds `(1 − ρ)` of
//!    its audience: `ρ` is "the share of each further audience that is already counted".
//!
//! Reported alongside: gross reach `Σ Rᵢ`, the duplication `gross − unique` (the "waste": paid
//! for but not new), and frequency `impressions ÷ unique reach`.
//!
//! Invariants (tested as properties): `max Rᵢ ≤ unique ≤ gross`, `unique ≤ U`, and unique
//! reach never falls when an audience is added or grows.

use crate::inputs::error::{Field, ValidationError, check};

/// How audiences overlap.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OverlapSettings {
    /// People the audiences are drawn from; `None`: unbounded (no chance duplication).
    pub universe: Option<u64>,
    /// Overlap beyond chance, 0–1.
    pub extra_overlap: f64,
}

/// Gross and unique reach of several audiences together.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct CombinedReach {
    /// Sum of the audiences.
    pub gross: f64,
    /// People reached at least once.
    pub unique: f64,
}

impl CombinedReach {
    /// People counted more than once: `gross − unique`.
    #[must_use]
    pub fn duplication(&self) -> f64 {
        (self.gross - self.unique).max(0.0)
    }

    /// Share of the gross reach that is duplication (0 when there is no reach).
    #[must_use]
    pub fn duplication_share(&self) -> f64 {
        if self.gross > 0.0 {
            self.duplication() / self.gross
        } else {
            0.0
        }
    }
}

/// Combines audiences (people reached per creator) under `settings`.
///
/// Rejects a negative or non-finite audience ([`Field::Reach`]), an extra overlap outside 0–1
/// ([`Field::ExtraOverlap`]) and a zero universe ([`Field::Universe`]).
pub fn combine_reach(
    audiences: &[f64],
    settings: OverlapSettings,
) -> Result<CombinedReach, ValidationError> {
    for &r in audiences {
        check::non_negative(r, Field::Reach)?;
    }
    check::rate(settings.extra_overlap, Field::ExtraOverlap)?;
    if let Some(u) = settings.universe {
        check::count(u, 1, u64::MAX, Field::Universe)?;
    }
    Ok(combine_groups(
        audiences.iter().map(|&r| (r, 1.0)),
        settings.universe.map(|u| u as f64),
        settings.extra_overlap,
    ))
}

/// Average number of times each person reached saw the content; `None` without reach.
#[must_use]
pub fn frequency(impressions: f64, unique_reach: f64) -> Option<f64> {
    (unique_reach > 0.0 && impressions.is_finite()).then(|| impressions / unique_reach)
}

/// Combines groups of identical audiences `(reach, count)`; inputs already validated
/// (finite, non-negative; universe positive; overlap in 0–1).
pub(crate) fn combine_groups(
    groups: impl IntoIterator<Item = (f64, f64)>,
    universe: Option<f64>,
    extra_overlap: f64,
) -> CombinedReach {
    let mut gross = 0.0;
    let mut largest: f64 = 0.0;
    // Σ nᵢ · ln(1 − Rᵢ/U): the log of the share of the universe nobody reached.
    let mut log_missed = 0.0;
    for (reach, count) in groups {
        if count <= 0.0 || reach <= 0.0 {
            continue;
        }
        gross += reach * count;
        let reach = universe.map_or(reach, |u| reach.min(u));
        largest = largest.max(reach);
        if let Some(u) = universe {
            log_missed += count * (-reach / u).ln_1p();
        }
    }
    let random = match universe {
        // 1 − e^x via exp_m1 keeps precision when the audiences are tiny next to U.
        Some(u) => u * -log_missed.exp_m1(),
        None => gross,
    };
    // In exact arithmetic largest ≤ unique ≤ min(gross, U); the clamps only absorb rounding.
    let mut unique = ((1.0 - extra_overlap) * random + extra_overlap * largest)
        .min(gross)
        .max(largest.min(gross));
    if let Some(u) = universe {
        unique = unique.min(u);
    }
    CombinedReach { gross, unique }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(universe: Option<u64>, extra_overlap: f64) -> OverlapSettings {
        OverlapSettings {
            universe,
            extra_overlap,
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn sixty_and_thirty_percent_make_seventy_two() {
        // Random duplication: combined reach % = 1 − Π(1 − rᵢ); 60 % + 30 % → 72 %.
        let c = combine_reach(&[60.0, 30.0], settings(Some(100), 0.0)).unwrap();
        assert!(close(c.unique, 72.0), "{c:?}");
        assert!(close(c.gross, 90.0));
        assert!(close(c.duplication(), 18.0));
    }

    #[test]
    fn no_universe_no_overlap_is_the_sum() {
        let c = combine_reach(&[1_000.0, 2_000.0, 0.0], settings(None, 0.0)).unwrap();
        assert_eq!(
            c,
            CombinedReach {
                gross: 3_000.0,
                unique: 3_000.0
            }
        );
    }

    #[test]
    fn full_extra_overlap_is_the_largest_audience() {
        let c = combine_reach(&[1_000.0, 2_000.0, 500.0], settings(None, 1.0)).unwrap();
        assert!(close(c.unique, 2_000.0));
        let c = combine_reach(&[1_000.0, 1_000.0], settings(None, 0.4)).unwrap();
        assert!(close(c.unique, 1_600.0), "the second adds 60 % of itself");
    }

    #[test]
    fn audiences_as_large_as_the_universe_saturate_it() {
        let c = combine_reach(&[500.0, 80.0], settings(Some(100), 0.0)).unwrap();
        assert!(close(c.unique, 100.0));
        assert!(close(c.gross, 580.0));
    }

    #[test]
    fn identical_groups_equal_repeated_audiences() {
        let grouped = combine_groups([(1_000.0, 7.0)], Some(50_000.0), 0.1);
        let repeated = combine_reach(&[1_000.0; 7], settings(Some(50_000), 0.1)).unwrap();
        assert!(close(grouped.unique, repeated.unique));
        assert!(close(grouped.gross, repeated.gross));
    }

    #[test]
    fn invalid_inputs_are_named() {
        let err = combine_reach(&[1.0, f64::NAN], settings(None, 0.0)).unwrap_err();
        assert_eq!(err.field(), Field::Reach);
        let err = combine_reach(&[1.0], settings(None, 1.2)).unwrap_err();
        assert_eq!(err.field(), Field::ExtraOverlap);
        let err = combine_reach(&[1.0], settings(Some(0), 0.0)).unwrap_err();
        assert_eq!(err.field(), Field::Universe);
    }

    #[test]
    fn frequency_needs_reach() {
        assert_eq!(frequency(300.0, 100.0), Some(3.0));
        assert_eq!(frequency(300.0, 0.0), None);
    }
}
