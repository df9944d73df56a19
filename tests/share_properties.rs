//! Share links as properties: every encoded result opens again unchanged, and
//! no input at all, however broken or hostile, makes decoding panic.

use micromacro::share::{checklist_link, codec, link};
use micromacro_engine::{Answer, Checklist, QUESTIONS};
use proptest::prelude::*;

fn checklist_from(answers: &[Option<bool>]) -> Checklist {
    let mut checklist = Checklist::new();
    for (q, answer) in QUESTIONS.iter().zip(answers) {
        if let Some(a) = answer {
            checklist
                .answer(q.id, if *a { Answer::A } else { Answer::B })
                .unwrap();
        }
    }
    checklist
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100_000, ..ProptestConfig::default() })]

    #[test]
    fn every_result_link_opens_unchanged(answers in proptest::collection::vec(proptest::option::of(any::<bool>()), QUESTIONS.len())) {
        let checklist = checklist_from(&answers);
        let payload = checklist_link::encode(&checklist);
        prop_assert!(payload.len() <= 2_000);
        let envelope = link::open(&payload).unwrap();
        prop_assert_eq!(checklist_link::decode(&envelope).unwrap(), checklist);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
        if let Ok(envelope) = link::open(&text) {
            let _ = checklist_link::decode(&envelope);
        }
    }

    #[test]
    fn link_shaped_garbage_never_panics(kind in "[ck]", version in 0u32..4, data in "[A-Za-z0-9_-]{0,400}") {
        let payload = format!("{kind}{version}.{data}");
        match link::open(&payload) {
            Ok(envelope) => { let _ = checklist_link::decode(&envelope); }
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
    }

    #[test]
    fn flipped_bytes_are_caught_or_harmless(answers in proptest::collection::vec(proptest::option::of(any::<bool>()), QUESTIONS.len()), at in any::<prop::sample::Index>(), with in "[A-Za-z0-9_-]") {
        let mut payload = checklist_link::encode(&checklist_from(&answers)).into_bytes();
        let i = 3 + at.index(payload.len() - 3);
        payload[i] = with.as_bytes()[0];
        let payload = String::from_utf8(payload).unwrap();
        if let Ok(envelope) = link::open(&payload) {
            let _ = checklist_link::decode(&envelope);
        }
    }
}

#[test]
fn a_link_for_every_kind_of_failure_gets_a_message() {
    for payload in ["", "nonsense", "k9.abc", "k1.%%%", "c1.abc"] {
        let error = codec::decode(payload, link::newest_version).unwrap_err();
        assert!(!error.to_string().is_empty(), "{payload}");
    }
}
