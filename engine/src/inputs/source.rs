//! Where each default number comes from (invariant 5).
//!
//! Every value of the defaults table is a [`Sourced`] value: the number plus a [`SourceId`].
//! [`SourceId::source`] gives the catalogue entry the UI shows next to the value: the source's
//! name, its address and its year. Values that are the app's own assumption say so
//! ([`SourceKind::Assumption`]); values the user typed say that too ([`SourceKind::User`]), so
//! a report can always tell a benchmark from an edit.
//!
//! The figures themselves, and why each source was picked where sources disagree, are in
//! [`defaults`](crate::assumptions::defaults) and [`market`](crate::market).

use crate::inputs::ids::id_enum;

id_enum! {
    /// A source of default figures (stable ids).
    pub enum SourceId: "source" {
        /// Seed article 000, "9 factoren om te overwegen: micro- vs. macro-beïnvloeders".
        Article000 => "article_000",
        /// Seed article 004, on long-term value of micro-influencers.
        Article004 => "article_004",
        /// Modash Instagram engagement benchmarks.
        ModashInstagram => "modash_instagram",
        /// Modash TikTok engagement benchmarks.
        ModashTikTok => "modash_tiktok",
        /// Modash YouTube engagement benchmarks.
        ModashYouTube => "modash_youtube",
        /// Modash's followers-credibility rule.
        ModashCredibility => "modash_credibility",
        /// wordontheblock influencer pricing guide.
        WordOnTheBlock => "wordontheblock",
        /// Minter.io reach-rate study.
        Minter => "minter",
        /// fair-influence EMV calculator.
        FairInfluence => "fair_influence",
        /// calcbee micro-vs-macro calculator.
        Calcbee => "calcbee",
        /// startmotionmedia Instagram benchmarks (reach-rate ranges by tier).
        StartMotionMedia => "startmotionmedia",
        /// Meta's EU DSA transparency reports: Instagram monthly active users per country.
        MetaDsa => "meta_dsa",
        /// TikTok's own counts of its users per European country.
        TikTokUsers => "tiktok_users",
        /// DataReportal (Kepios), Digital 2025 country reports: platform ad audiences.
        DataReportal => "datareportal",
        /// Médiamétrie: YouTube's audience in France.
        Mediametrie => "mediametrie",
        /// Newcom, Nationale Social Media Onderzoek: platform users in the Netherlands.
        Newcom => "newcom",
        /// HypeAuditor, State of Influencer Marketing: Instagram creators by follower tier.
        HypeAuditor => "hypeauditor",
        /// Kolsquare's count of active creators per country.
        Kolsquare => "kolsquare",
        /// I-Com: creators with 10,000 followers or more in Italy.
        ICom => "i_com",
        /// Hopper HQ, Instagram Rich List: the fees of the largest accounts.
        HopperHq => "hopper_hq",
        /// Meta and Richard Florida: Instagram creators by category.
        MetaFlorida => "meta_florida",
        /// Linktree Creator Report: creators who have done a brand deal.
        Linktree => "linktree",
        /// superads, Meta ads CPM by country.
        Superads => "superads",
        /// A value the app assumes; the comment next to it in `defaults.rs` says why.
        OurAssumption => "assumption",
        /// A value the user entered.
        User => "user",
        /// A published value moved by the user's own campaigns' results (`calibration`).
        YourResults => "your_results",
    }
}

id_enum! {
    /// What kind of source a value has.
    pub enum SourceKind: "source kind" {
        /// A published benchmark or calculator.
        Benchmark => "benchmark",
        /// One of the two seed articles.
        Article => "article",
        /// The app's own assumption.
        Assumption => "assumption",
        /// The user's own value.
        User => "user",
        /// A published value calibrated from the user's results.
        Results => "results",
    }
}

/// A catalogue entry: what to show next to a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// The source's stable id.
    pub id: SourceId,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// Name of the publisher and publication (proper nouns; not translated).
    pub name: &'static str,
    /// Where it was read (empty for assumptions and user values).
    pub url: &'static str,
    /// Year of publication, when the source states one (`None`: undated page).
    pub year: Option<u16>,
    /// Year the figures were read from the source (for undated pages, the only date there is;
    /// `None` for assumptions and user values).
    pub read: Option<u16>,
}

impl SourceId {
    /// The catalogue entry for this source.
    #[must_use]
    pub const fn source(self) -> Source {
        let (kind, name, url, year) = match self {
            SourceId::Article000 => (
                SourceKind::Article,
                "Click Analytic, 9 factoren: micro- vs. macro-beïnvloeders",
                "",
                Some(2023),
            ),
            SourceId::Article004 => (
                SourceKind::Article,
                "Max van Alphen, micro-influencers en lange-termijnwaarde",
                "",
                Some(2025),
            ),
            SourceId::ModashInstagram => (
                SourceKind::Benchmark,
                "Modash, Instagram engagement rate benchmarks (72M profiles, median)",
                "https://www.modash.io/engagement-rate-calculator",
                None,
            ),
            SourceId::ModashTikTok => (
                SourceKind::Benchmark,
                "Modash, TikTok engagement rate benchmarks (engagements per view)",
                "https://www.modash.io/tiktok-engagement-rate-calculator",
                Some(2025),
            ),
            SourceId::ModashYouTube => (
                SourceKind::Benchmark,
                "Modash, YouTube engagement rate benchmarks (8M creators, per view)",
                "https://www.modash.io/youtube-engagement-rate-calculator",
                None,
            ),
            SourceId::ModashCredibility => (
                SourceKind::Benchmark,
                "Modash, followers credibility (below 75% is often a sign of fraud)",
                "https://help.modash.io",
                None,
            ),
            SourceId::WordOnTheBlock => (
                SourceKind::Benchmark,
                "Word on the Block, influencer pricing guide",
                "https://wordontheblock.com/blog/influencer-pricing-guide",
                Some(2023),
            ),
            SourceId::Minter => (
                SourceKind::Benchmark,
                "Minter.io, median reach rates of 3-4M Instagram posts",
                "https://minter.io/blog/how-much-reach-should-my-brand-be-getting-on-instagram/",
                Some(2019),
            ),
            SourceId::FairInfluence => (
                SourceKind::Benchmark,
                "fair-influence, earned media value calculator (CPM + CPE)",
                "https://fair-influence.com/tools/earned-media-value-calculator",
                None,
            ),
            SourceId::Calcbee => (
                SourceKind::Benchmark,
                "calcbee, micro vs macro influencer calculator (default conversion rates)",
                "https://calcbee.pages.dev",
                None,
            ),
            SourceId::StartMotionMedia => (
                SourceKind::Benchmark,
                "startmotionmedia, Instagram benchmarks (feed-post reach ranges by tier)",
                "https://startmotionmedia.com/instagrambenchmarks-keyinsights",
                Some(2024),
            ),
            SourceId::MetaDsa => (
                SourceKind::Benchmark,
                "Meta, EU DSA transparency reports: Instagram monthly active users per country (H1 2025)",
                "https://infosunrise.com/index.php/2025/09/03/eu-transparency-reports-show-instagram-surging-tiktok-growing-facebook-stalling-in-2025",
                Some(2025),
            ),
            SourceId::TikTokUsers => (
                SourceKind::Benchmark,
                "TikTok, monthly users per European country (2025)",
                "https://newsroom.tiktok.com/de-de/tiktok-community-in-europa-waechst-auf-200-millionen-an",
                Some(2025),
            ),
            SourceId::DataReportal => (
                SourceKind::Benchmark,
                "DataReportal (Kepios), Digital 2025: platform ad audiences per country",
                "https://datareportal.com/reports/digital-2025-global-overview-report",
                Some(2025),
            ),
            SourceId::Mediametrie => (
                SourceKind::Benchmark,
                "Médiamétrie, YouTube's monthly audience in France (November 2025)",
                "https://www.journaldunet.com/adtech/1546091",
                Some(2025),
            ),
            SourceId::Newcom => (
                SourceKind::Benchmark,
                "Newcom, Nationale Social Media Onderzoek (YouTube users in the Netherlands, 2023)",
                "https://tweakers.net/nieuws/206148",
                Some(2023),
            ),
            SourceId::HypeAuditor => (
                SourceKind::Benchmark,
                "HypeAuditor, State of Influencer Marketing 2026 (Instagram creators by tier), via eMarketer",
                "https://www.emarketer.com/content/smaller-creators-deliver-efficiency-roi-pressure-mounts",
                Some(2026),
            ),
            SourceId::Kolsquare => (
                SourceKind::Benchmark,
                "Kolsquare, active creators in Spain (102,575 on Instagram, February 2026)",
                "https://elcandelerotecnologico.com/2026/03/13/espana-ya-cuenta-con-mas-de-150-000-influencers-activos-y-relevantes-para-marcas-segun-kolsquare",
                Some(2026),
            ),
            SourceId::ICom => (
                SourceKind::Benchmark,
                "I-Com, creators with 10,000+ followers in Italy (37,700, 2024)",
                "https://startupitalia.eu/social/influencer-quanti-sono-in-italia-creator",
                Some(2024),
            ),
            SourceId::HopperHq => (
                SourceKind::Benchmark,
                "Hopper HQ, Instagram Rich List (fees per post of the largest accounts)",
                "https://www.rediff.com/sports/report/ronaldos-influence-off-the-charts-messi-hot-on-his-heels/20230811.htm",
                Some(2023),
            ),
            SourceId::MetaFlorida => (
                SourceKind::Benchmark,
                "Meta and Richard Florida, creators by category (lifestyle 13.8%)",
                "https://donutnews.it/?p=7136",
                Some(2022),
            ),
            SourceId::Linktree => (
                SourceKind::Benchmark,
                "Linktree Creator Report (about 30% of creators have done a brand deal)",
                "https://linktr.ee/creator-report",
                Some(2022),
            ),
            SourceId::Superads => (
                SourceKind::Benchmark,
                "superads, Meta ads CPM by country (2025 medians)",
                "https://superads.ai/facebook-ads-costs/cpm-cost-per-mille",
                Some(2025),
            ),
            SourceId::OurAssumption => (SourceKind::Assumption, "Micro·Macro assumption", "", None),
            SourceId::User => (SourceKind::User, "Your value", "", None),
            SourceId::YourResults => (SourceKind::Results, "Your campaigns' results", "", None),
        };
        // The figures were read from their sources in 2026.
        let read = match kind {
            SourceKind::Benchmark | SourceKind::Article => Some(2026),
            SourceKind::Assumption | SourceKind::User | SourceKind::Results => None,
        };
        Source {
            id: self,
            kind,
            name,
            url,
            year,
            read,
        }
    }
}

/// A default value with its source. Editing through [`Sourced::set`] marks it as the user's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sourced<T> {
    /// The value the engine uses.
    pub value: T,
    /// Where the value comes from.
    pub source: SourceId,
}

impl<T> Sourced<T> {
    /// A value from `source`.
    #[must_use]
    pub const fn new(value: T, source: SourceId) -> Self {
        Sourced { value, source }
    }

    /// A value the app assumes (no published source).
    #[must_use]
    pub const fn assumed(value: T) -> Self {
        Sourced {
            value,
            source: SourceId::OurAssumption,
        }
    }

    /// Replaces the value with the user's own; the source becomes [`SourceId::User`].
    pub fn set(&mut self, value: T) {
        self.value = value;
        self.source = SourceId::User;
    }

    /// True when the user has overridden this value.
    #[must_use]
    pub fn is_user(&self) -> bool {
        self.source == SourceId::User
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_entries_name_themselves() {
        for id in SourceId::ALL {
            let s = id.source();
            assert_eq!(s.id, *id);
            assert!(!s.name.is_empty());
            // A published benchmark has an address; the seed articles are named by title.
            let needs_url = matches!(s.kind, SourceKind::Benchmark);
            assert_eq!(!s.url.is_empty(), needs_url);
        }
        assert_eq!(SourceId::Minter.source().year, Some(2019));
        // An undated page still says when it was read.
        assert_eq!(SourceId::ModashInstagram.source().year, None);
        assert_eq!(SourceId::ModashInstagram.source().read, Some(2026));
        assert_eq!(SourceId::OurAssumption.source().read, None);
        assert_eq!(
            SourceId::OurAssumption.source().kind,
            SourceKind::Assumption
        );
    }

    #[test]
    fn setting_a_value_marks_it_as_the_users() {
        let mut v = Sourced::new(0.5, SourceId::Minter);
        assert!(!v.is_user());
        v.set(0.4);
        assert_eq!(v, Sourced::new(0.4, SourceId::User));
    }
}
