//! Catalogue keys for the engine's stable ids (factors, later tiers, verdicts
//! and reason keys), written out in full so every key can be found by search
//! and checked by the catalogue tests.

use micromacro_engine::Factor;

/// The catalogue key of a factor's name.
pub fn factor_name_key(factor: Factor) -> &'static str {
    match factor {
        Factor::AudienceSize => "factor.audience_size.name",
        Factor::Engagement => "factor.engagement.name",
        Factor::Cost => "factor.cost.name",
        Factor::Geography => "factor.geography.name",
        Factor::Reputation => "factor.reputation.name",
        Factor::Authenticity => "factor.authenticity.name",
        Factor::Niche => "factor.niche.name",
        Factor::Content => "factor.content.name",
        Factor::Objectives => "factor.objectives.name",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::keys;

    #[test]
    fn every_factor_has_a_name_in_the_catalogue() {
        let known: Vec<&str> = keys().collect();
        for factor in Factor::ALL {
            let key = factor_name_key(*factor);
            assert!(known.contains(&key), "{key} is not in the catalogue");
            // The key follows the factor's stable id, so it cannot drift from the engine.
            assert_eq!(key, format!("factor.{}.name", factor.as_str()));
        }
    }
}
