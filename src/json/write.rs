//! The JSON writer: compact for storage and links, indented for a file people may open.
//!
//! Invariants: strings are escaped as RFC 8259 requires (quote, backslash, control
//! characters) and nothing else, so any text, markup included, reads back as written; numbers
//! as [`crate::num::plain`] writes them (the shortest round trip, never an exponent).

use super::value::{Object, Value};

/// `value` as compact JSON.
pub fn to_string(value: &Value<'_>) -> String {
    let mut out = String::new();
    write(&mut out, value, None);
    out
}

/// `value` as JSON indented by two spaces a level, one member or item a line (as
/// `serde_json::to_string_pretty` writes it).
pub fn to_string_pretty(value: &Value<'_>) -> String {
    let mut out = String::new();
    write(&mut out, value, Some(0));
    out
}

/// Writes `value`; `indent` is the current level when indenting.
fn write(out: &mut String, value: &Value<'_>, indent: Option<usize>) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&crate::num::plain(n.as_f64())),
        Value::String(text) => write_string(out, text),
        Value::Array(items) => {
            write_sequence(out, '[', ']', items.iter(), indent, |out, item, indent| {
                write(out, item, indent)
            })
        }
        Value::Object(Object(members)) => write_sequence(
            out,
            '{',
            '}',
            members.iter(),
            indent,
            |out, (key, value), indent| {
                write_string(out, key);
                out.push(':');
                if indent.is_some() {
                    out.push(' ');
                }
                write(out, value, indent);
            },
        ),
    }
}

/// The brackets around `items`, with commas between them, each on a line of its own when
/// indenting (an empty one stays `[]` / `{}`).
fn write_sequence<T>(
    out: &mut String,
    open: char,
    close: char,
    items: impl ExactSizeIterator<Item = T>,
    indent: Option<usize>,
    mut write_item: impl FnMut(&mut String, T, Option<usize>),
) {
    out.push(open);
    let empty = items.len() == 0;
    let inner = indent.map(|level| level + 1);
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        new_line(out, inner);
        write_item(out, item, inner);
    }
    if !empty {
        new_line(out, indent);
    }
    out.push(close);
}

fn new_line(out: &mut String, indent: Option<usize>) {
    if let Some(level) = indent {
        out.push('\n');
        for _ in 0..level {
            out.push_str("  ");
        }
    }
}

fn write_string(out: &mut String, text: &str) {
    out.push('"');
    let mut run = 0;
    for (i, byte) in text.bytes().enumerate() {
        let escaped = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        // Everything escaped is ASCII: `i` is a char boundary.
        out.push_str(&text[run..i]);
        if escaped.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        } else {
            out.push_str(escaped);
        }
        run = i + 1;
    }
    out.push_str(&text[run..]);
    out.push('"');
}
