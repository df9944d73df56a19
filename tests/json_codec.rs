//! The app's JSON codec (`micromacro::json`) against serde_json: the same texts read to the
//! same values and the same texts refused, what it writes reads back unchanged (in either
//! reader), and the limits it adds on purpose.

use std::borrow::Cow;

use micromacro::json::{self, MAX_DEPTH, Object, Value};
use proptest::prelude::*;

/// Whether our value and serde_json's are the same JSON (numbers by their `f64`).
fn same(ours: &Value<'_>, theirs: &serde_json::Value) -> bool {
    use serde_json::Value as S;
    match (ours, theirs) {
        (Value::Null, S::Null) => true,
        (Value::Bool(a), S::Bool(b)) => a == b,
        (Value::Number(a), S::Number(b)) => Some(a.as_f64()) == b.as_f64(),
        (Value::String(a), S::String(b)) => a == b,
        (Value::Array(a), S::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
        }
        (Value::Object(Object(a)), S::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|((ka, va), (kb, vb))| ka == kb && same(va, vb))
        }
        _ => false,
    }
}

/// Texts both readers take, with the hard parts of the grammar: escapes and surrogate
/// pairs, exponents, the extremes of `f64`, whitespace, nesting.
const VALID: &[&str] = &[
    "null",
    " true ",
    "\t\r\nfalse\n",
    "0",
    "-0",
    "1.5e3",
    "-12.25E-2",
    "1E+2",
    "123456789012345678901234567890",
    "1e308",
    "5e-324",
    "2.2250738585072014e-308",
    "0.1",
    "9007199254740993",
    r#""plain""#,
    r#""""#,
    r#""esc \" \\ \/ \b \f \n \r \t""#,
    r#""\u00e9\u20AC\ud83d\ude00 \u0000""#,
    "\"é€😀\"",
    "\"<img src=x onerror=alert(1)>\"",
    "[]",
    "[ ]",
    "{}",
    "{ }",
    r#"[1,[2,[3]],{"a":{"b":null}}]"#,
    r#"{"a":1,"b":[true,false],"c":"x","":0}"#,
    r#" { "v" : 1 , "cr" : [ { "n" : "x" } ] } "#,
];

/// Texts both readers refuse.
const INVALID: &[&str] = &[
    "",
    " ",
    "nul",
    "tru",
    "nulls",
    "[1,]",
    r#"{"a":1,}"#,
    "{a:1}",
    "{'a':1}",
    r#"{"a" 1}"#,
    r#"{"a":}"#,
    "[1 2]",
    "01",
    "-01",
    "1.",
    ".5",
    "-",
    "1e",
    "1e+",
    "+1",
    "NaN",
    "Infinity",
    "1e999",
    "-1e999",
    r#""\x""#,
    r#""\u12""#,
    r#""\u12G4""#,
    r#""\ud800""#,
    r#""\udc00""#,
    r#""\ud800\u0041""#,
    r#""\ud800x""#,
    "\"a",
    "\"tab\there\"",
    "\"line\nbreak\"",
    "[1]x",
    "[1] [2]",
    "[",
    "{",
    "]",
    r#"{"a":1"#,
];

#[test]
fn reads_what_serde_json_reads() {
    for text in VALID {
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
        let ours = json::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert!(same(&ours, &theirs), "{text}: {ours:?} vs {theirs:?}");
    }
}

#[test]
fn refuses_what_serde_json_refuses() {
    for text in INVALID {
        assert!(
            serde_json::from_str::<serde_json::Value>(text).is_err(),
            "{text}"
        );
        assert!(json::parse(text).is_err(), "{text} was read");
    }
}

#[test]
fn refuses_deep_nesting_and_keys_twice_which_serde_json_reads() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(json::parse(&nested(MAX_DEPTH)).is_ok());
    assert!(serde_json::from_str::<serde_json::Value>(&nested(MAX_DEPTH + 1)).is_ok());
    let error = json::parse(&nested(MAX_DEPTH + 1)).unwrap_err();
    assert_eq!(error.problem, "nested too deep");
    // Nesting a hostile text could push far past the stack is refused early, not overflowed.
    assert!(json::parse(&nested(1_000_000)).is_err());

    let object = |keys: &[&str]| {
        let members: Vec<_> = keys.iter().map(|k| format!("\"{k}\":0")).collect();
        format!("{{{}}}", members.join(","))
    };
    // Pairwise for few keys, with a hash set for many: both find the duplicate.
    for count in [2, 16, 17, 500] {
        let mut keys: Vec<String> = (0..count).map(|i| format!("k{i}")).collect();
        let unique: Vec<&str> = keys.iter().map(String::as_str).collect();
        assert!(json::parse(&object(&unique)).is_ok(), "{count} keys");
        keys[count - 1] = "k0".to_owned();
        let twice: Vec<&str> = keys.iter().map(String::as_str).collect();
        let text = object(&twice);
        assert!(serde_json::from_str::<serde_json::Value>(&text).is_ok());
        assert_eq!(
            json::parse(&text).unwrap_err().problem,
            "a key twice in one object",
            "{count} keys"
        );
    }
}

#[test]
fn errors_say_where() {
    let error = json::parse(r#"{"a":[1,2,}"#).unwrap_err();
    assert_eq!((error.problem, error.at), ("expected a value", 10));
    assert_eq!(error.to_string(), "expected a value at byte 10");
}

#[test]
fn strings_without_escapes_are_borrowed() {
    let text = r#"{"name":"plain","other":"esc\naped"}"#;
    let value = json::parse(text).unwrap();
    let Value::Object(Object(members)) = &value else {
        panic!("an object")
    };
    assert!(matches!(members[0].0, Cow::Borrowed("name")));
    assert!(matches!(
        members[0].1,
        Value::String(Cow::Borrowed("plain"))
    ));
    assert!(matches!(&members[1].1, Value::String(Cow::Owned(s)) if s == "esc\naped"));
}

#[test]
fn whole_numbers_are_told_from_others() {
    let whole = |text: &str| json::parse(text).unwrap().as_u64();
    assert_eq!(whole("7"), Some(7));
    assert_eq!(whole("0"), Some(0));
    assert_eq!(whole("9007199254740991"), Some(9_007_199_254_740_991));
    assert_eq!(
        whole("9007199254740992"),
        None,
        "2^53: 2^53 + 1 reads the same"
    );
    assert_eq!(whole("9007199254740993"), None, "not exact in an f64");
    assert_eq!(whole("7.0"), None);
    assert_eq!(whole("7e0"), None);
    assert_eq!(whole("-7"), None);
    assert_eq!(whole("\"7\""), None);
}

#[test]
fn writes_what_serde_json_writes() {
    // Every control character, quotes, backslashes, markup and text beyond ASCII.
    let mut text: String = (0u8..0x20).map(char::from).collect();
    text.push_str("\"\\/<script>é€😀\u{7f}\u{2028}");
    let nested = format!(
        r#"{{"v":1,"text":{},"list":[1,-2,[],{{}},[null,true,false]],"empty":{{}},"n":{{"a":{{"b":[3]}}}}}}"#,
        serde_json::to_string(&text).unwrap()
    );
    let ours = json::parse(&nested).unwrap();
    let theirs: serde_json::Value = serde_json::from_str(&nested).unwrap();
    assert_eq!(
        json::to_string(&ours),
        serde_json::to_string(&theirs).unwrap()
    );
    assert_eq!(
        json::to_string_pretty(&ours),
        serde_json::to_string_pretty(&theirs).unwrap()
    );
}

#[test]
fn numbers_are_written_short_exact_and_without_an_exponent() {
    let written = |x: f64| json::to_string(&Value::from(x));
    assert_eq!(written(5.0), "5");
    assert_eq!(written(-2.5), "-2.5");
    assert_eq!(written(0.1185), "0.1185");
    assert_eq!(written(1_732_170_000_000.0), "1732170000000");
    assert_eq!(written(1e21), "1000000000000000000000");
    assert_eq!(written(1.5e-7), "0.00000015");
    assert_eq!(written(f64::NAN), "null");
    assert_eq!(written(f64::INFINITY), "null");
    for x in [
        0.1,
        1.0 / 3.0,
        123_456.789,
        5e-324,
        f64::MAX,
        f64::MIN_POSITIVE,
    ] {
        assert_eq!(json::parse(&written(x)).unwrap().as_f64(), Some(x), "{x}");
    }
}

/// Any JSON value: finite numbers, any text, nested a few levels.
fn any_value() -> impl Strategy<Value = Value<'static>> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>()
            .prop_filter("finite", |x| x.is_finite())
            .prop_map(Value::from),
        (0u32..100_000).prop_map(Value::from),
        "\\PC{0,12}|[\\x00-\\x1f\"\\\\]{0,4}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map("\\PC{0,6}", inner, 0..6).prop_map(|members| {
                let mut object = Object::new();
                for (key, value) in members {
                    object.insert(key, value);
                }
                Value::Object(object)
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, ..ProptestConfig::default() })]

    #[test]
    fn what_is_written_reads_back_unchanged(value in any_value()) {
        for text in [json::to_string(&value), json::to_string_pretty(&value)] {
            prop_assert_eq!(&json::parse(&text).unwrap(), &value);
            let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
            prop_assert!(same(&value, &theirs), "{}", text);
        }
    }

    #[test]
    fn any_text_is_read_as_serde_json_reads_it(text in "[\\[\\]{}\",:0-9eE.+\\- a-z\\\\]{0,24}") {
        match (json::parse(&text), serde_json::from_str::<serde_json::Value>(&text)) {
            (Ok(ours), Ok(theirs)) => prop_assert!(same(&ours, &theirs), "{}", text),
            (Err(_), Err(_)) => {}
            // The codec's own refusals (module docs): a key twice, a number out of range.
            (Err(e), Ok(_)) => prop_assert!(
                e.problem == "a key twice in one object" || e.problem == "a number out of range",
                "{}: {}", text, e
            ),
            (Ok(ours), Err(e)) => prop_assert!(false, "{} read as {:?}; serde_json: {}", text, ours, e),
        }
    }
}
