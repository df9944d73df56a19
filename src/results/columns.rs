//! The columns a results file may have, and the header names that mean each, in English and
//! Dutch, as the platforms' insight exports and influencer tools write them.
//!
//! Headers are compared after `roster::headers::normalise` (lower case, words joined by `_`).
//! When several headers name one column, the one earlier in [`ALIASES`] wins, so a specific
//! name (`account_username`) beats a general one (`name`).

use crate::roster::headers::normalise;

micromacro_engine::id_enum! {
    /// A column of a results file.
    pub enum ResultColumn: "results column" {
        /// The creator's handle; required.
        Handle => "handle",
        /// Posts delivered.
        Posts => "posts",
        /// The fee paid.
        Fee => "fee",
        /// People reached.
        Reach => "reach",
        /// Impressions or views.
        Impressions => "impressions",
        /// Engagements in total.
        Engagements => "engagements",
        /// Likes (summed into engagements when there is no total).
        Likes => "likes",
        /// Comments (likewise).
        Comments => "comments",
        /// Saves (likewise).
        Saves => "saves",
        /// Shares (likewise).
        Shares => "shares",
        /// Link clicks.
        Clicks => "clicks",
        /// Conversions: promo-code uses, tracked orders.
        Conversions => "conversions",
        /// Revenue.
        Revenue => "revenue",
    }
}

/// Every header alias (normalised) and its column, in priority order.
pub const ALIASES: &[(&str, ResultColumn)] = &[
    ("account_username", ResultColumn::Handle),
    ("handle", ResultColumn::Handle),
    ("username", ResultColumn::Handle),
    ("creator_handle", ResultColumn::Handle),
    ("instagram_username", ResultColumn::Handle),
    ("tiktok_username", ResultColumn::Handle),
    ("gebruikersnaam", ResultColumn::Handle),
    ("account", ResultColumn::Handle),
    ("profile", ResultColumn::Handle),
    ("channel", ResultColumn::Handle),
    ("kanaal", ResultColumn::Handle),
    ("creator", ResultColumn::Handle),
    ("influencer", ResultColumn::Handle),
    ("name", ResultColumn::Handle),
    ("naam", ResultColumn::Handle),
    ("account_name", ResultColumn::Handle),
    ("posts_delivered", ResultColumn::Posts),
    ("delivered_posts", ResultColumn::Posts),
    ("geleverde_posts", ResultColumn::Posts),
    ("posts", ResultColumn::Posts),
    ("campaign_posts", ResultColumn::Posts),
    ("aantal_posts", ResultColumn::Posts),
    ("deliverables", ResultColumn::Posts),
    ("fee_paid", ResultColumn::Fee),
    ("paid", ResultColumn::Fee),
    ("betaald", ResultColumn::Fee),
    ("fee", ResultColumn::Fee),
    ("vergoeding", ResultColumn::Fee),
    ("cost", ResultColumn::Fee),
    ("kosten", ResultColumn::Fee),
    ("spend", ResultColumn::Fee),
    ("price", ResultColumn::Fee),
    ("prijs", ResultColumn::Fee),
    ("reach", ResultColumn::Reach),
    ("accounts_reached", ResultColumn::Reach),
    ("people_reached", ResultColumn::Reach),
    ("unique_reach", ResultColumn::Reach),
    ("bereik", ResultColumn::Reach),
    ("bereikte_accounts", ResultColumn::Reach),
    ("impressions", ResultColumn::Impressions),
    ("impressies", ResultColumn::Impressions),
    ("weergaven", ResultColumn::Impressions),
    ("vertoningen", ResultColumn::Impressions),
    ("views", ResultColumn::Impressions),
    ("video_views", ResultColumn::Impressions),
    ("plays", ResultColumn::Impressions),
    ("engagements", ResultColumn::Engagements),
    ("total_engagements", ResultColumn::Engagements),
    ("total_engagement", ResultColumn::Engagements),
    ("engagement", ResultColumn::Engagements),
    ("interactions", ResultColumn::Engagements),
    ("interacties", ResultColumn::Engagements),
    ("likes", ResultColumn::Likes),
    ("vind_ik_leuks", ResultColumn::Likes),
    ("comments", ResultColumn::Comments),
    ("reacties", ResultColumn::Comments),
    ("opmerkingen", ResultColumn::Comments),
    ("saves", ResultColumn::Saves),
    ("opgeslagen", ResultColumn::Saves),
    ("shares", ResultColumn::Shares),
    ("gedeeld", ResultColumn::Shares),
    ("link_clicks", ResultColumn::Clicks),
    ("clicks", ResultColumn::Clicks),
    ("link_taps", ResultColumn::Clicks),
    ("sticker_taps", ResultColumn::Clicks),
    ("website_clicks", ResultColumn::Clicks),
    ("klikken", ResultColumn::Clicks),
    ("conversions", ResultColumn::Conversions),
    ("code_redemptions", ResultColumn::Conversions),
    ("promo_code_uses", ResultColumn::Conversions),
    ("redemptions", ResultColumn::Conversions),
    ("orders", ResultColumn::Conversions),
    ("sales", ResultColumn::Conversions),
    ("conversies", ResultColumn::Conversions),
    ("bestellingen", ResultColumn::Conversions),
    ("verkopen", ResultColumn::Conversions),
    ("revenue", ResultColumn::Revenue),
    ("omzet", ResultColumn::Revenue),
    ("opbrengst", ResultColumn::Revenue),
    ("sales_value", ResultColumn::Revenue),
    ("gmv", ResultColumn::Revenue),
];

/// The column a header names, with its priority (lower wins).
#[must_use]
pub fn column_of(header: &str) -> Option<(usize, ResultColumn)> {
    let key = normalise(header);
    ALIASES
        .iter()
        .position(|(alias, _)| *alias == key)
        .map(|rank| (rank, ALIASES[rank].1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_and_dutch_headers_name_their_columns() {
        for (header, column) in [
            ("Account username", ResultColumn::Handle),
            ("Reach", ResultColumn::Reach),
            ("Impressions", ResultColumn::Impressions),
            ("Video views", ResultColumn::Impressions),
            ("Likes", ResultColumn::Likes),
            ("Saves", ResultColumn::Saves),
            ("Bereik", ResultColumn::Reach),
            ("Link clicks", ResultColumn::Clicks),
            ("Omzet", ResultColumn::Revenue),
            ("Fee paid", ResultColumn::Fee),
        ] {
            assert_eq!(column_of(header).map(|c| c.1), Some(column), "{header}");
        }
        assert_eq!(column_of("Publish time"), None);
    }

    #[test]
    fn every_alias_is_normalised_and_once() {
        for (i, (alias, _)) in ALIASES.iter().enumerate() {
            assert_eq!(normalise(alias), *alias);
            assert!(
                !ALIASES[..i].iter().any(|(a, _)| a == alias),
                "{alias} twice"
            );
        }
    }
}
