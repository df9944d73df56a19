//! The address to copy for a payload: this page's address (any host, any
//! sub-path) with `#/s/<payload>` as its fragment, and without a query, so the
//! recipient's own language choice applies.

use super::codec::Kind;
use super::{campaign_link, checklist_link, codec};

/// The newest format this app reads for each kind of link; a link with a
/// higher version is from a newer app and gets its own message.
pub fn newest_version(kind: Kind) -> u32 {
    match kind {
        Kind::ChecklistResult => checklist_link::VERSION,
        Kind::Campaign => campaign_link::VERSION,
    }
}

/// The full address for `payload`, based on `page` (the current address).
pub fn share_url(page: &str, payload: &str) -> String {
    let without_fragment = page.split('#').next().unwrap_or(page);
    let base = without_fragment
        .split('?')
        .next()
        .unwrap_or(without_fragment);
    format!("{base}#/s/{payload}")
}

/// Decodes the payload of a `#/s/` route.
pub fn open(payload: &str) -> Result<codec::Envelope, codec::LinkError> {
    codec::decode(payload, newest_version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_url_keeps_host_and_sub_path_and_drops_query_and_hash() {
        assert_eq!(
            share_url(
                "https://example.github.io/micromacro/?lang=nl#/checklist",
                "k1.abc"
            ),
            "https://example.github.io/micromacro/#/s/k1.abc"
        );
        assert_eq!(
            share_url("http://127.0.0.1:8080/", "k1.x"),
            "http://127.0.0.1:8080/#/s/k1.x"
        );
        assert_eq!(
            share_url("http://h/index.html#/s/old", "k1.new"),
            "http://h/index.html#/s/k1.new"
        );
    }
}
