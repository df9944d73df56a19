//! Sensitivity: which assumptions move the verdict and the headline value most.
//!
//! Each [`Assumption`] group is swung across its range on its own, every other entry at its
//! central value: once at the low end, once at the high end ([`Spreads::world`] with draws 0
//! and 1 for that group, ½ for the rest). For each end the free plan is optimised again. The
//! **swing** of the split is `|share(high) − share(low)|` (0–1), the swing of the value is
//! `|value(high) − value(low)| ÷ central value`. Rows are ordered by the split's swing, then
//! the value's: the tornado chart.
//!
//! Invariant (tested): an assumption whose range is deliberately made dominant ranks first.

use crate::assumptions::defaults::Assumptions;
use crate::assumptions::ranges::{Assumption, Spreads};
use crate::decision::decide::{Strategy, plans};
use crate::inputs::brief::Brief;
use crate::inputs::creator::Creator;
use crate::inputs::error::ValidationError;
use crate::inputs::factors::Verdict;

/// One bar of the tornado.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Swing {
    /// Which assumption.
    pub assumption: Assumption,
    /// The free plan's micro-side share at the low and at the high end.
    pub share: (f64, f64),
    /// The free plan's value at the low and at the high end.
    pub value: (f64, f64),
    /// The verdict at the low and at the high end.
    pub verdict: (Option<Verdict>, Option<Verdict>),
    /// `|share(high) − share(low)|`.
    pub share_swing: f64,
    /// `|value(high) − value(low)| ÷ central value` (0 without a central value).
    pub value_swing: f64,
}

/// The tornado: one swing per assumption, largest first.
pub fn sensitivity(
    brief: &Brief,
    assumptions: &Assumptions,
    roster: &[Creator],
    spreads: &Spreads,
) -> Result<Vec<Swing>, ValidationError> {
    let central = plans(brief, assumptions, roster)?;
    let central_value = central.plans[Strategy::Free.index()].value;
    let mut swings = Assumption::ALL
        .iter()
        .map(|&assumption| {
            swing(
                brief,
                assumptions,
                roster,
                spreads,
                assumption,
                central_value,
            )
        })
        .collect::<Result<Vec<_>, ValidationError>>()?;
    order(&mut swings);
    Ok(swings)
}

/// One assumption swung across its range (the free plan optimised at its low and its high
/// end); `central_value` is the free plan's value with the central table.
pub fn swing(
    brief: &Brief,
    assumptions: &Assumptions,
    roster: &[Creator],
    spreads: &Spreads,
    assumption: Assumption,
    central_value: f64,
) -> Result<Swing, ValidationError> {
    let end = |u: f64| {
        let table = spreads.world(assumptions, &mut |which| {
            if which == assumption { u } else { 0.5 }
        });
        plans(brief, &table, roster).map(|p| {
            let free = &p.plans[Strategy::Free.index()];
            (free.micro_share, free.value, p.verdict)
        })
    };
    let (low_share, low_value, low_verdict) = end(0.0)?;
    let (high_share, high_value, high_verdict) = end(1.0)?;
    Ok(Swing {
        assumption,
        share: (low_share, high_share),
        value: (low_value, high_value),
        verdict: (low_verdict, high_verdict),
        share_swing: (high_share - low_share).abs(),
        value_swing: if central_value > 0.0 {
            (high_value - low_value).abs() / central_value
        } else {
            0.0
        },
    })
}

/// Orders swings for the tornado: the split's swing first, then the value's, largest first.
pub fn order(swings: &mut [Swing]) {
    crate::order::sort_by(swings, |a, b| {
        b.share_swing
            .total_cmp(&a.share_swing)
            .then(b.value_swing.total_cmp(&a.value_swing))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::money::{Currency, Money};

    #[test]
    fn a_dominant_assumption_ranks_first() {
        // A mid-sized budget where the market's micros are few (a deep niche): the number of
        // creators per user made enormously uncertain (a factor 0.05–10) must move the split
        // more than anything else.
        let brief = Brief {
            budget: Money::from_major(50_000, Currency::Eur),
            niche_depth: crate::inputs::brief::NicheDepth::Deep,
            ..Brief::default()
        };
        let a = Assumptions::default();
        let mut s = Spreads::default();
        s.supply.low = 0.05;
        s.supply.high = 10.0;
        let t = sensitivity(&brief, &a, &[], &s).unwrap();
        assert_eq!(t.len(), Assumption::COUNT);
        assert_eq!(t[0].assumption, Assumption::Supply, "{t:?}");
        assert!(t[0].share_swing > 0.3, "{:?}", t[0]);
        assert!(t.windows(2).all(|w| w[0].share_swing >= w[1].share_swing));
    }
}
