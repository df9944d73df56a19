//! Catalogue keys for the engine's stable ids (factors, verdicts, checklist
//! questions), written out in full where the set is small so every key can be
//! found by search; the tests check each engine id against the catalogue.

use micromacro_engine::{Answer, Factor, Verdict};

use super::{Lang, lookup};

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

/// The catalogue key of a verdict's name on the checklist result.
pub fn verdict_name_key(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Micro => "checklist.verdict.micro",
        Verdict::Macro => "checklist.verdict.macro",
        Verdict::Mix => "checklist.verdict.mix",
    }
}

/// The catalogue key of what a checklist verdict means for the campaign.
pub fn verdict_advice_key(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Micro => "checklist.result.micro",
        Verdict::Macro => "checklist.result.macro",
        Verdict::Mix => "checklist.result.mix",
    }
}

/// The text of a checklist question (`answer: None`) or of one of its answers,
/// found under the engine's question id plus `.question`, `.a` or `.b`.
pub fn question_text(lang: Lang, question_id: &str, answer: Option<Answer>) -> String {
    let part = answer.map_or("question", Answer::as_str);
    let key = format!("{question_id}.{part}");
    lookup(lang, &key).map_or(key, str::to_owned)
}

/// The text of an engine id in a group, e.g. `id_text(lang, "objective",
/// "community", "name")` reads `objective.community.name`. Falls back to the
/// key itself (the tests below make sure no id lacks its texts).
pub fn id_text(lang: Lang, group: &str, id: &str, part: &str) -> String {
    let key = format!("{group}.{id}.{part}");
    lookup(lang, &key).map_or(key, str::to_owned)
}

/// What a factor did to the free plan, in words (`factor.<factor>.<direction>`), with the
/// points of spend it moved filled in.
pub fn factor_effect_text(
    lang: Lang,
    factor: Factor,
    direction: micromacro_engine::Direction,
    points: &str,
) -> String {
    let key = format!("factor.{}.{}", factor.as_str(), direction.as_str());
    super::tr_args(lang, &key, &[("points", points)])
}

/// Where the split cannot show a factor (the plan is all on one side), the way it pulls: "It
/// still favours micro creators: …". `None` when it pulls neither way, or the split shows it.
#[must_use]
pub fn factor_pull_text(lang: Lang, effect: &micromacro_engine::FactorEffect) -> Option<String> {
    use micromacro_engine::{Direction, NO_EFFECT};
    if effect.direction != Direction::None || effect.pull.abs() < NO_EFFECT {
        return None;
    }
    let key = if effect.pull < 0.0 {
        "factor.pull.micro"
    } else {
        "factor.pull.macro"
    };
    let points = ((effect.pull.abs() * 100.0).round() as i64).to_string();
    Some(super::tr_args(lang, key, &[("points", &points)]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::keys;
    use micromacro_engine::QUESTIONS;

    #[test]
    fn a_factor_that_cannot_move_the_split_says_which_way_it_pulls() {
        use micromacro_engine::{Direction, Factor, FactorEffect};
        let effect = |direction, pull| FactorEffect {
            factor: Factor::Cost,
            lean: 0.0,
            share_without: 1.0,
            pull,
            direction,
        };
        let micro = factor_pull_text(Lang::En, &effect(Direction::None, -0.123)).unwrap();
        assert!(micro.contains("micro") && micro.contains("12"), "{micro}");
        let macro_nl = factor_pull_text(Lang::Nl, &effect(Direction::None, 0.05)).unwrap();
        assert!(
            macro_nl.contains("macro") && macro_nl.contains('5'),
            "{macro_nl}"
        );
        assert_eq!(
            factor_pull_text(Lang::En, &effect(Direction::None, 0.004)),
            None
        );
        assert_eq!(
            factor_pull_text(Lang::En, &effect(Direction::Micro, -0.2)),
            None
        );
        assert_eq!(
            factor_pull_text(Lang::En, &effect(Direction::Inactive, 0.0)),
            None
        );
    }

    #[test]
    fn every_checklist_question_has_its_three_texts_in_both_languages() {
        for question in QUESTIONS {
            for part in [None, Some(Answer::A), Some(Answer::B)] {
                for lang in Lang::ALL {
                    let text = question_text(lang, question.id, part);
                    assert!(
                        !text.starts_with("q."),
                        "{} ({part:?}) has no {lang} text",
                        question.id
                    );
                }
            }
        }
    }

    #[test]
    fn every_verdict_has_a_name_and_advice() {
        let known: Vec<&str> = keys().collect();
        for verdict in Verdict::ALL {
            assert!(known.contains(&verdict_name_key(*verdict)));
            assert!(known.contains(&verdict_advice_key(*verdict)));
        }
    }

    #[test]
    fn every_engine_id_has_its_texts_in_both_languages() {
        use micromacro_engine::{
            Assumption, Choice, ContentStyle, GeoScope, Limit, NicheDepth, Objective, Platform,
            RiskTolerance, Strategy, Tier,
        };
        let groups: &[(&str, &[&str], &[&str])] = &[
            ("tier", Tier::IDS, &["name", "range"]),
            ("platform", Platform::IDS, &["name"]),
            ("objective", Objective::IDS, &["name", "help"]),
            ("geo", GeoScope::IDS, &["name", "help"]),
            ("niche", NicheDepth::IDS, &["name", "help"]),
            ("risk", RiskTolerance::IDS, &["name", "help"]),
            ("content_style", ContentStyle::IDS, &["name", "help"]),
            ("strategy", Strategy::IDS, &["name", "help"]),
            ("verdict", Verdict::IDS, &["name", "summary"]),
            ("assumption", Assumption::IDS, &["name", "source"]),
            ("choice", Choice::IDS, &["name"]),
        ];
        for (group, ids, parts) in groups {
            for id in *ids {
                for part in *parts {
                    for lang in Lang::ALL {
                        let key = format!("{group}.{id}.{part}");
                        assert!(lookup(lang, &key).is_some(), "{key} has no {lang} text");
                    }
                }
            }
        }
        for key in micromacro_engine::reason_keys() {
            assert!(
                lookup(Lang::En, &key).is_some() && lookup(Lang::Nl, &key).is_some(),
                "reason {key} lacks text"
            );
        }
        // Every roster error, problem and column has its words.
        for (group, ids) in [
            ("roster.error", crate::roster::ImportError::IDS),
            ("roster.problem", crate::roster::ProblemKind::IDS),
            ("roster.column", crate::roster::Column::IDS),
        ] {
            for id in ids {
                let key = format!("{group}.{id}");
                for lang in Lang::ALL {
                    assert!(lookup(lang, &key).is_some(), "{key} has no {lang} text");
                }
            }
        }
        for key in crate::plan::SortKey::ALL.map(|k| format!("roster.sort.{}", k.id())) {
            assert!(
                lookup(Lang::En, &key).is_some() && lookup(Lang::Nl, &key).is_some(),
                "{key}"
            );
        }
        // Why a plan leaves budget unspent: every limit but "none" has its sentence.
        for limit in Limit::ALL.iter().filter(|l| **l != Limit::None) {
            let key = format!("compare.left.{}", limit.as_str());
            for lang in Lang::ALL {
                assert!(lookup(lang, &key).is_some(), "{key} has no {lang} text");
            }
        }
    }

    #[test]
    fn no_orphan_question_texts() {
        // A question retired from the engine should take its texts with it.
        for key in keys().filter(|k| k.starts_with("q.")) {
            let id = key.rsplit_once('.').map(|(id, _)| id).unwrap_or(key);
            assert!(
                QUESTIONS.iter().any(|q| q.id == id),
                "{key} belongs to no engine question"
            );
        }
    }

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
