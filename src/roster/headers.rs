//! Which column of a creator list holds what: the one alias table, English and
//! Dutch, and how a file's header row maps onto [`Column`]s.
//!
//! A header is matched after [`normalise`]: lower-cased (`case_fold`), trimmed, spaces, `-`
//! and `.` turned into `_`, other signs dropped (so `Engagement Rate (%)` reads
//! as `engagement_rate`), runs of `_` collapsed. Unknown headers are ignored.
//!
//! Rules, in this order ([`HeaderMap::new`]):
//!
//! 1. Several headers may map to one column (`Username` and `Profile URL` are
//!    both handles). A row takes the first non-empty cell among them, in the
//!    order of [`ALIASES`] (then of the file): `handle` before `username`
//!    before `profile_url` before `name`.
//! 2. The name-like handle aliases ([`NAME_LIKE`]: `naam`, `name`, `creator`,
//!    `influencer`) are the display name instead when the file also has a real
//!    handle column (`username`, a URL …) and no display-name column.
//! 3. A file with display names only (`full_name`, no handle column at all)
//!    uses them as the handles.
//! 4. A header that mentions a percentage (`%`, `percent`, `percentage`,
//!    `pct`, `procent`) marks its rates as percentages: `0.5` there is 0.5 %,
//!    not 50 % (see [`values::parse_rate`](super::values::parse_rate)).
//!
//! Invariant: every alias in [`ALIASES`] is already in normalised form and
//! appears once, so the table is unambiguous.

use micromacro_engine::case_fold::{fold_char, is_letter};

micromacro_engine::id_enum! {
    /// A column the import understands.
    pub enum Column: "column" {
        /// The creator's handle (username, profile URL …); required.
        Handle => "handle",
        /// The display name, separate from the handle; optional.
        Name => "name",
        /// The platform (Instagram, TikTok, YouTube).
        Platform => "platform",
        /// The follower count; required.
        Followers => "followers",
        /// The engagement rate (per follower).
        Engagement => "engagement",
        /// The price per post.
        Price => "price",
        /// The price's currency, when it has a column of its own.
        Currency => "currency",
        /// The country or location.
        Country => "country",
        /// The niche or category.
        Niche => "niche",
        /// The share of fake followers.
        Fake => "fake",
        /// The conversion rate (conversions per engagement).
        Conversion => "conversion",
        /// The number of posts in the campaign.
        Posts => "posts",
    }
}

/// Every header alias (normalised) and the column it names. The order is the
/// priority when several headers name one column (rule 1 in the module docs).
pub const ALIASES: &[(&str, Column)] = &[
    ("handle", Column::Handle),
    ("username", Column::Handle),
    ("user_name", Column::Handle),
    ("account", Column::Handle),
    ("profile", Column::Handle),
    ("profile_url", Column::Handle),
    ("url", Column::Handle),
    ("link", Column::Handle),
    ("instagram_username", Column::Handle),
    ("ig_handle", Column::Handle),
    ("tiktok_username", Column::Handle),
    ("channel", Column::Handle),
    ("gebruikersnaam", Column::Handle),
    ("naam", Column::Handle),
    ("name", Column::Handle),
    ("creator", Column::Handle),
    ("influencer", Column::Handle),
    ("full_name", Column::Name),
    ("display_name", Column::Name),
    ("weergavenaam", Column::Name),
    ("platform", Column::Platform),
    ("network", Column::Platform),
    ("social_network", Column::Platform),
    ("kanaal", Column::Platform),
    ("platform_naam", Column::Platform),
    ("followers", Column::Followers),
    ("follower_count", Column::Followers),
    ("followers_count", Column::Followers),
    ("audience", Column::Followers),
    ("audience_size", Column::Followers),
    ("subscribers", Column::Followers),
    ("volgers", Column::Followers),
    ("aantal_volgers", Column::Followers),
    ("abonnees", Column::Followers),
    ("engagement_rate", Column::Engagement),
    ("er", Column::Engagement),
    ("engagement", Column::Engagement),
    ("avg_engagement_rate", Column::Engagement),
    ("eng_rate", Column::Engagement),
    ("betrokkenheid", Column::Engagement),
    ("engagementrate", Column::Engagement),
    ("engagement_percentage", Column::Engagement),
    ("price", Column::Price),
    ("fee", Column::Price),
    ("rate", Column::Price),
    ("cost", Column::Price),
    ("price_per_post", Column::Price),
    ("prijs", Column::Price),
    ("tarief", Column::Price),
    ("kosten", Column::Price),
    ("currency", Column::Currency),
    ("valuta", Column::Currency),
    ("munteenheid", Column::Currency),
    ("country", Column::Country),
    ("location", Column::Country),
    ("land", Column::Country),
    ("locatie", Column::Country),
    ("niche", Column::Niche),
    ("category", Column::Niche),
    ("categories", Column::Niche),
    ("topic", Column::Niche),
    ("topics", Column::Niche),
    ("categorie", Column::Niche),
    ("onderwerp", Column::Niche),
    ("fake_followers", Column::Fake),
    ("fake_share", Column::Fake),
    ("fake_follower_share", Column::Fake),
    ("nepvolgers", Column::Fake),
    ("suspicious_followers", Column::Fake),
    ("conversion_rate", Column::Conversion),
    ("cvr", Column::Conversion),
    ("conversie", Column::Conversion),
    ("conversieratio", Column::Conversion),
    // Not plain "posts" or "number_of_posts": influencer tools use those for a profile's total
    // post count (HypeAuditor), which is not what a campaign buys.
    ("campaign_posts", Column::Posts),
    ("posts_in_campaign", Column::Posts),
    ("aantal_posts", Column::Posts),
    ("campagneposts", Column::Posts),
];

/// Handle aliases that name a person rather than an account (rule 2).
pub const NAME_LIKE: &[&str] = &["naam", "name", "creator", "influencer"];

/// Words in a header that mark its rates as percentages (rule 4).
const PERCENT_WORDS: &[&str] = &["percent", "percentage", "pct", "procent"];

/// A header in the form the aliases are written in: lower case, words joined
/// by `_`, other signs dropped (`" Follower-Count (#) "` → `follower_count`).
#[must_use]
pub fn normalise(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    for c in header.trim().chars().map(fold_char) {
        if is_letter(c) || c.is_ascii_digit() {
            out.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '.' || c == '_') && !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_owned()
}

/// The column a header names, with the alias's position in [`ALIASES`].
fn lookup(header: &str) -> Option<(usize, &'static str, Column)> {
    let key = normalise(header);
    ALIASES
        .iter()
        .enumerate()
        .find(|(_, (alias, _))| *alias == key)
        .map(|(rank, (alias, column))| (rank, *alias, *column))
}

/// The column a header names, if any.
#[must_use]
pub fn column_of(header: &str) -> Option<Column> {
    lookup(header).map(|(_, _, column)| column)
}

/// Whether a header says its numbers are percentages (rule 4).
#[must_use]
pub fn says_percent(header: &str) -> bool {
    header.contains('%')
        || normalise(header)
            .split('_')
            .any(|w| PERCENT_WORDS.contains(&w))
}

/// One header cell that feeds a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// The field's position in each record (0-based).
    pub index: usize,
    /// The header marks its rates as percentages (rule 4).
    pub percent: bool,
}

/// Where each column's values are in a file's records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderMap {
    sources: [Vec<Source>; Column::COUNT],
}

impl HeaderMap {
    /// Maps a header row (rules 1–4 in the module docs).
    #[must_use]
    pub fn new<'a>(headers: impl IntoIterator<Item = &'a str>) -> Self {
        // (column, alias rank, name-like, source); sorted by rank, then file order.
        let mut found: Vec<(Column, usize, bool, Source)> = headers
            .into_iter()
            .enumerate()
            .filter_map(|(index, header)| {
                let (rank, alias, column) = lookup(header)?;
                let source = Source {
                    index,
                    percent: says_percent(header),
                };
                Some((column, rank, NAME_LIKE.contains(&alias), source))
            })
            .collect();
        micromacro_engine::order::sort_by_key(&mut found, |(_, rank, _, source)| {
            (*rank, source.index)
        });
        let has = |found: &[(Column, usize, bool, Source)], c: Column| {
            found.iter().any(|(column, ..)| *column == c)
        };
        let strong_handle = found
            .iter()
            .any(|(c, _, name_like, _)| *c == Column::Handle && !name_like);
        if strong_handle && !has(&found, Column::Name) {
            for entry in &mut found {
                if entry.0 == Column::Handle && entry.2 {
                    entry.0 = Column::Name;
                }
            }
        }
        if !has(&found, Column::Handle) {
            for entry in &mut found {
                if entry.0 == Column::Name {
                    entry.0 = Column::Handle;
                }
            }
        }
        let mut sources: [Vec<Source>; Column::COUNT] = Default::default();
        for (column, _, _, source) in found {
            sources[column.index()].push(source);
        }
        HeaderMap { sources }
    }

    /// The header cells that feed `column`, in priority order.
    #[must_use]
    pub fn sources(&self, column: Column) -> &[Source] {
        &self.sources[column.index()]
    }

    /// Whether some header names `column`.
    #[must_use]
    pub fn has(&self, column: Column) -> bool {
        !self.sources(column).is_empty()
    }

    /// The columns the header names, in [`Column`] order.
    #[must_use]
    pub fn columns(&self) -> Vec<Column> {
        Column::ALL
            .iter()
            .copied()
            .filter(|c| self.has(*c))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn the_alias_table_is_normalised_unambiguous_and_complete() {
        let mut seen = BTreeSet::new();
        for (alias, _) in ALIASES {
            assert_eq!(normalise(alias), *alias, "alias not normalised");
            assert!(seen.insert(*alias), "alias {alias} twice");
        }
        for column in Column::ALL {
            assert!(
                ALIASES.iter().any(|(_, c)| c == column),
                "{column:?} has no alias"
            );
        }
        for alias in NAME_LIKE {
            assert_eq!(column_of(alias), Some(Column::Handle), "{alias}");
        }
        assert_eq!(Column::IDS.len(), Column::ALL.len());
        let ids: BTreeSet<_> = Column::IDS.iter().collect();
        assert_eq!(ids.len(), Column::IDS.len(), "ids are unique");
    }

    #[test]
    fn headers_are_normalised() {
        let cases = [
            ("Follower Count", "follower_count"),
            ("  Engagement Rate (%) ", "engagement_rate"),
            ("profile.url", "profile_url"),
            ("Aantal-volgers", "aantal_volgers"),
            ("FULL   NAME", "full_name"),
            ("__er__", "er"),
            ("# of posts", "of_posts"),
            ("Prijs (€)", "prijs"),
            ("", ""),
        ];
        for (raw, expected) in cases {
            assert_eq!(normalise(raw), expected, "{raw:?}");
        }
    }

    #[test]
    fn headers_name_columns_in_english_and_dutch() {
        let cases = [
            ("Username", Some(Column::Handle)),
            ("Profile URL", Some(Column::Handle)),
            ("gebruikersnaam", Some(Column::Handle)),
            ("Full name", Some(Column::Name)),
            ("Weergavenaam", Some(Column::Name)),
            ("Social Network", Some(Column::Platform)),
            ("Kanaal", Some(Column::Platform)),
            ("Follower Count", Some(Column::Followers)),
            ("followers_count", Some(Column::Followers)),
            ("Aantal volgers", Some(Column::Followers)),
            ("Abonnees", Some(Column::Followers)),
            ("ER", Some(Column::Engagement)),
            ("Avg. engagement rate", Some(Column::Engagement)),
            ("Betrokkenheid", Some(Column::Engagement)),
            ("Engagement percentage", Some(Column::Engagement)),
            ("Price per post", Some(Column::Price)),
            ("Tarief", Some(Column::Price)),
            ("Valuta", Some(Column::Currency)),
            ("Locatie", Some(Column::Country)),
            ("Categories", Some(Column::Niche)),
            ("Onderwerp", Some(Column::Niche)),
            ("Fake followers", Some(Column::Fake)),
            ("Nepvolgers", Some(Column::Fake)),
            ("CVR", Some(Column::Conversion)),
            ("Conversieratio", Some(Column::Conversion)),
            ("Number of posts", None),
            ("Campaign posts", Some(Column::Posts)),
            ("avg_likes", None),
            ("email", None),
            ("", None),
        ];
        for (header, expected) in cases {
            assert_eq!(column_of(header), expected, "{header:?}");
        }
    }

    #[test]
    fn percent_headers_are_recognised() {
        for (header, expected) in [
            ("Engagement rate (%)", true),
            ("engagement_percentage", true),
            ("ER pct", true),
            ("Conversie procent", true),
            ("Engagement rate", false),
            ("er", false),
        ] {
            assert_eq!(says_percent(header), expected, "{header:?}");
        }
    }

    fn indices(map: &HeaderMap, column: Column) -> Vec<usize> {
        map.sources(column).iter().map(|s| s.index).collect()
    }

    #[test]
    fn several_headers_feed_one_column_in_alias_order() {
        let map = HeaderMap::new(["Profile URL", "Followers", "Username", "Email"]);
        assert_eq!(indices(&map, Column::Handle), [2, 0]);
        assert_eq!(indices(&map, Column::Followers), [1]);
        assert_eq!(
            map.columns(),
            [Column::Handle, Column::Followers],
            "unknown headers are ignored"
        );
    }

    #[test]
    fn name_like_columns_are_names_next_to_a_real_handle() {
        let map = HeaderMap::new(["name", "handle", "followers"]);
        assert_eq!(indices(&map, Column::Handle), [1]);
        assert_eq!(indices(&map, Column::Name), [0]);
        // With a display-name column they stay (low-priority) handles.
        let map = HeaderMap::new(["name", "username", "full_name", "followers"]);
        assert_eq!(indices(&map, Column::Handle), [1, 0]);
        assert_eq!(indices(&map, Column::Name), [2]);
        // Alone, a name-like column is the handle.
        let map = HeaderMap::new(["Naam", "Volgers"]);
        assert_eq!(indices(&map, Column::Handle), [0]);
        assert!(!map.has(Column::Name));
    }

    #[test]
    fn display_names_alone_are_the_handles() {
        let map = HeaderMap::new(["Full name", "Followers"]);
        assert_eq!(indices(&map, Column::Handle), [0]);
        assert!(!map.has(Column::Name));
    }

    #[test]
    fn percent_hints_travel_with_their_source() {
        let map = HeaderMap::new(["handle", "followers", "Engagement rate (%)"]);
        assert_eq!(
            map.sources(Column::Engagement),
            [Source {
                index: 2,
                percent: true
            }]
        );
    }
}
