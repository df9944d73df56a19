//! Every catalogue key the code names exists in the catalogue.
//!
//! The catalogue's own tests check both languages have text for each key; this
//! test closes the other gap: a key typed in a component that the catalogue
//! does not have would show as the raw key on screen.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// A string literal that looks like a catalogue key: dotted lowercase words.
fn looks_like_key(literal: &str) -> bool {
    let mut parts = literal.split('.');
    let first = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && first.starts_with(|c: char| c.is_ascii_lowercase())
        && std::iter::once(first).chain(rest).all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}

/// The string literals of a Rust source file (simple lexer: enough for our code,
/// which has no raw strings holding keys).
fn string_literals(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut literal = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => literal.extend(chars.next()),
                '"' => break,
                _ => literal.push(c),
            }
        }
        out.push(literal);
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_key_used_in_the_code_is_in_the_catalogue() {
    let known: BTreeSet<&str> = micromacro::i18n::keys().collect();
    // Where display keys are written: the components, the crash notice and the
    // route titles. (Storage and game code hold engine ids such as "q.cost.1",
    // which are ids, not keys; keys built from them are checked against the
    // engine's lists in `i18n::engine_keys`.)
    let src = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let mut files = vec![src.join("crash.rs"), src.join("route.rs")];
    rust_files(&src.join("ui"), &mut files);
    let mut missing = BTreeSet::new();
    let mut used = 0;
    for file in &files {
        for literal in string_literals(&fs::read_to_string(file).unwrap()) {
            if looks_like_key(&literal) {
                used += 1;
                if !known.contains(literal.as_str()) {
                    missing.insert(format!("{literal} ({})", file.display()));
                }
            }
        }
    }
    assert!(
        used > 20,
        "the scan found only {used} keys: is it still reading the components?"
    );
    assert!(
        missing.is_empty(),
        "keys used in code but missing from the catalogue: {missing:#?}"
    );
}

#[test]
fn the_key_scanner_recognises_keys_and_nothing_else() {
    assert!(looks_like_key("nav.home"));
    assert!(looks_like_key("factor.audience_size.name"));
    assert!(!looks_like_key("micromacro:lang"));
    assert!(!looks_like_key("page-home"));
    assert!(!looks_like_key("plain"));
    assert!(!looks_like_key("style.CSS"));
    assert_eq!(
        string_literals(r#"t("a.b") + "c\"d""#),
        vec!["a.b".to_owned(), "c\"d".to_owned()]
    );
}
