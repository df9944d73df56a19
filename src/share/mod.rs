//! Share links: a campaign or a checklist result carried in the URL fragment
//! (`#/s/<payload>`), never sent to a server (browsers do not send the fragment).
//!
//! - [`codec`]: the versioned, compressed, URL-safe envelope, pure and capped:
//!   sizes are checked before base64 decoding and inflating is limited, so a
//!   hostile link cannot make the page allocate without bound.
//! - [`campaign_link`]: the campaign format inside the envelope (the JSON of
//!   [`format::campaign`](crate::format::campaign), as saved campaigns store it).
//! - [`checklist_link`]: the checklist result format inside the envelope.
//! - [`link`]: building the full address to copy, and reading the payload.
//!
//! Invariants: links hold inputs only (answers, a brief, creators), never
//! derived figures; every format has a version, and old links keep opening
//! (fixtures in tests); anything read from a link is rendered as text.

pub mod campaign_link;
pub mod checklist_link;
pub mod codec;
pub mod link;
