//! Which character separates the fields of a file: `,`, `;` or tab.
//!
//! Spreadsheets write `,` in English and `;` in Dutch (where `,` is the
//! decimal sign); some tools export tab-separated text. The header row tells:
//! the separator that splits it into the most fields wins, counting only
//! separators outside double quotes; ties go to tab, then `;`, then `,`. A
//! header with none of them (one column) reads as comma separated.

/// The candidates in the order that wins ties.
const CANDIDATES: [u8; 3] = [b'\t', b';', b','];

/// The separator of `text`, judged by its first non-blank line.
#[must_use]
pub fn sniff_separator(text: &str) -> u8 {
    let mut counts = [0usize; CANDIDATES.len()];
    let mut in_quotes = false;
    let mut blank = true;
    for b in text.bytes() {
        match b {
            b'"' => {
                in_quotes = !in_quotes;
                blank = false;
            }
            b'\n' | b'\r' if !in_quotes => {
                if !blank {
                    break;
                }
                counts = [0; CANDIDATES.len()];
            }
            _ if in_quotes => {}
            _ => {
                if let Some(i) = CANDIDATES.iter().position(|c| *c == b) {
                    counts[i] += 1;
                }
                if !b.is_ascii_whitespace() {
                    blank = false;
                }
            }
        }
    }
    // The first candidate with the highest count (candidates are in tie order).
    let mut best = 2; // ','
    for (i, count) in counts.iter().enumerate() {
        if *count > counts[best] || (*count == counts[best] && *count > 0 && i < best) {
            best = i;
        }
    }
    CANDIDATES[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_that_splits_the_header_most_wins() {
        let cases: &[(&str, u8)] = &[
            ("a,b,c\n1;2;3;4;5", b','),
            ("a;b;c\n1,2,3,4,5", b';'),
            ("a\tb\tc\n", b'\t'),
            ("Naam;Volgers;Prijs\n", b';'),
            // Separators inside quotes do not count.
            ("\"a,b,c,d\";x;y\n", b';'),
            ("\"Likes; shares\",followers,handle", b','),
            ("\"a\nb,c,d,e\";x;y\n", b';'),
            // Ties: tab, then ;, then ,.
            ("a,b;c", b';'),
            ("a\tb,c", b'\t'),
            ("a\tb;c,d", b'\t'),
            // Blank lines before the header are skipped.
            ("\n\r\n  \na;b\n", b';'),
            ("handle", b','),
            ("", b','),
        ];
        for (text, expected) in cases {
            assert_eq!(sniff_separator(text) as char, *expected as char, "{text:?}");
        }
    }
}
