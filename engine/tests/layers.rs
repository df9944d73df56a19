//! The engine's folders follow the calculation's flow, and each may import only from the
//! folders before it: no import circle between them, and a newcomer reads them in order.
//! This reads the sources (outside comments and test modules) for `crate::<folder>` paths.

use std::fs;
use std::path::Path;

/// The layers, in the order the calculation runs; `checklist`, `order` and `case_fold` stand
/// beside them (`order` and `case_fold` are tools any layer may use).
const LAYERS: [&str; 8] = [
    "inputs",
    "market",
    "assumptions",
    "value",
    "optimise",
    "decision",
    "explain",
    "results",
];
const TOOLS: [&str; 2] = ["order", "case_fold"];

/// The code of `text` without comments and without its `#[cfg(test)]` module.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules `code` names as `crate::<name>`.
fn named(code: &str) -> Vec<String> {
    code.match_indices("crate::")
        .map(|(i, m)| {
            code[i + m.len()..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect::<String>()
        })
        .filter(|n| !n.is_empty())
        .collect()
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn each_layer_imports_only_from_the_layers_before_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    files(&src, &mut paths);
    let mut seen = 0;
    let mut wrong = Vec::new();
    for path in paths {
        let rel = path.strip_prefix(&src).unwrap();
        let top = rel
            .iter()
            .next()
            .unwrap()
            .to_str()
            .unwrap()
            .trim_end_matches(".rs");
        let Some(at) = LAYERS.iter().position(|l| *l == top) else {
            continue;
        };
        seen += 1;
        let text = code(&fs::read_to_string(&path).unwrap());
        for name in named(&text) {
            let allowed = name == top
                || TOOLS.contains(&name.as_str())
                || LAYERS[..at].contains(&name.as_str())
                // Not a module: an item the crate root re-exports (`crate::creator_metrics`).
                || !src.join(format!("{name}.rs")).exists() && !src.join(&name).is_dir();
            if !allowed {
                wrong.push(format!("{} names crate::{name}", rel.display()));
            }
        }
    }
    assert!(seen > 30, "read {seen} files of the layers");
    assert!(
        wrong.is_empty(),
        "imports against the flow:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_reader_finds_what_it_must_refuse() {
    let text = code("use crate::decision::decide::Plan;\n// crate::results in a comment\n");
    assert_eq!(named(&text), ["decision"]);
    assert!(
        code("fn a() {}\n#[cfg(test)]\nmod tests { use crate::x; }")
            .find("crate::")
            .is_none()
    );
}
