//! The nine factors of article 000 and the verdict's vocabulary.
//!
//! Article 000 weighs nine factors, each with a micro side and a macro side. In the decision
//! model ([`decision`](crate::decision::decide)) a factor does not vote: it *acts* on the value of
//! plans (as a multiplier, a limit or a cost), and its **lean** says what it did to the free
//! plan: the change in the plan's micro-side share of spend when the factor's effect is
//! neutralised (a counterfactual re-run), `share without − share with`, so −1 leans micro and
//! +1 macro. [`Direction`] names the outcome, including "cannot act on this brief".
//!
//! | factor | what it acts on | neutralised by |
//! |---|---|---|
//! | 1 audience size | the team-hours limit (a big audience comes in one relationship) and the reach rate by tier (smaller accounts reach a larger share of their followers, Minter 2019) | no hours limit; one reach rate for every tier |
//! | 2 engagement | engaged audience, conversions (engagement rate by tier or measured) | one engagement rate for every creator (the pool's median) |
//! | 3 cost | fees (price per post by tier or entered) | one price per follower for every creator (the pool's median) |
//! | 4 geography | the share of each audience inside the target region | the whole audience counts |
//! | 5 reputation | the value lost to an expected backlash, by risk tolerance | no backlash |
//! | 6 authenticity | the reach lost to fake followers: the tier's typical share (a typical creator's too), or the creator's own | no fake followers: every follower real |
//! | 7 niche | niche fit, by niche depth (or the creator's own) | every creator fits |
//! | 8 content | content style fit, reuse of content, engagement that lasts over the horizon (article 004) | all equal |
//! | 9 objectives | which value is maximised | the mean of the four objectives' plans |

use crate::inputs::ids::id_enum;

id_enum! {
    /// One of the nine factors of article 000, in the article's order.
    pub enum Factor: "factor" {
        /// 1. Audience size: reach versus a niche, engaged audience.
        AudienceSize => "audience_size",
        /// 2. Engagement rate.
        Engagement => "engagement",
        /// 3. Cost and budget (CPM, CPC, management time).
        Cost => "cost",
        /// 4. Audience geography.
        Geography => "geography",
        /// 5. Reputation and brand risk.
        Reputation => "reputation",
        /// 6. Authenticity and credibility.
        Authenticity => "authenticity",
        /// 7. Niche specialisation.
        Niche => "niche",
        /// 8. Content creation.
        Content => "content",
        /// 9. Campaign objectives.
        Objectives => "objectives",
    }
}

id_enum! {
    /// The recommendation: micro creators, macro creators, or a mix.
    pub enum Verdict: "verdict" {
        /// Micro-influencers (nano and micro).
        Micro => "micro",
        /// Macro-influencers (macro and mega).
        Macro => "macro",
        /// A combination of both.
        Mix => "mix",
    }
}

id_enum! {
    /// What a factor did to the free plan.
    pub enum Direction: "direction" {
        /// It moved spend towards micro creators.
        Micro => "micro",
        /// It moved spend towards macro creators.
        Macro => "macro",
        /// It acts on this brief but did not change the plan's split.
        None => "none",
        /// It cannot act on this brief (e.g. engagement when the objective counts people
        /// reached, or geography for an international brief).
        Inactive => "inactive",
    }
}

/// A lean smaller than this (in share of spend) counts as no effect.
pub const NO_EFFECT: f64 = 0.01;

/// What one factor did to the free plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FactorEffect {
    /// The factor.
    pub factor: Factor,
    /// `share without − share with` in `[−1, 1]`: negative when the factor moved spend to
    /// micro creators.
    pub lean: f64,
    /// The free plan's micro-side share of spend with the factor neutralised.
    pub share_without: f64,
    /// How the factor pulls where the split cannot show it (a plan already all micro or all
    /// macro): `advantage without − advantage with` in `[−1, 1]`, where the advantage is the
    /// micro side's value minus the macro side's as a share of the best plan's value; negative
    /// when the factor favours micro creators, like `lean`. 0 when the factor cannot act.
    pub pull: f64,
    /// The outcome in words.
    pub direction: Direction,
}

impl Direction {
    /// The direction of a lean (`inactive` is decided by the caller).
    #[must_use]
    pub fn of_lean(lean: f64) -> Direction {
        if lean.is_nan() || lean.abs() < NO_EFFECT {
            Direction::None
        } else if lean < 0.0 {
            Direction::Micro
        } else {
            Direction::Macro
        }
    }
}

/// Every reason key the UI translates: `factor.<factor>.<direction>`.
#[must_use]
pub fn reason_keys() -> Vec<String> {
    Factor::ALL
        .iter()
        .flat_map(|f| {
            Direction::ALL
                .iter()
                .map(move |d| format!("factor.{}.{}", f.as_str(), d.as_str()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directions_follow_the_sign_of_the_lean() {
        assert_eq!(Direction::of_lean(-0.3), Direction::Micro);
        assert_eq!(Direction::of_lean(0.3), Direction::Macro);
        assert_eq!(Direction::of_lean(0.005), Direction::None);
        assert_eq!(Direction::of_lean(f64::NAN), Direction::None);
    }

    #[test]
    fn one_key_per_factor_and_direction() {
        let keys = reason_keys();
        assert_eq!(keys.len(), 36);
        assert!(keys.contains(&"factor.engagement.inactive".to_owned()));
    }
}
