//! One creator as read from a row of a creator list, and how it becomes an
//! engine [`Creator`].
//!
//! A [`RosterCreator`] keeps what the file said, in the file's terms: the
//! platform may be unknown (the caller supplies a default), the price may be
//! in another currency or in none. [`RosterCreator::to_creator`] settles both.
//!
//! Invariant: every `RosterCreator` the import produces has a non-empty handle
//! of at most 200 characters, 1 ..= [`MAX_FOLLOWERS`](micromacro_engine::MAX_FOLLOWERS) followers, rates in
//! `0..=1`, a price in `0..=`[`MAX_PRICE`](super::MAX_PRICE) and posts in 1 ..= [`MAX_POSTS`](micromacro_engine::MAX_POSTS),
//! so its engine creator passes `Creator::validate` (for any exchange rate
//! between 0.001 and 1000 US dollars per euro).

use micromacro_engine::case_fold::fold;
use micromacro_engine::{Creator, Currency, EngagementRate, ExchangeRate, Field, Money, Platform};

/// One creator from an imported list (or the sample roster).
#[derive(Debug, Clone, PartialEq)]
pub struct RosterCreator {
    /// The 1-based line of the file where the creator's row starts (the
    /// header is line 1); for a merged creator, the line of its first row.
    pub line: usize,
    /// The handle, without `@`; never empty.
    pub handle: String,
    /// The display name, when the file had one apart from the handle.
    pub name: Option<String>,
    /// The platform, from the platform column or the profile URL; `None`: the
    /// caller's default.
    pub platform: Option<Platform>,
    /// Followers (1 ..= [`MAX_FOLLOWERS`](micromacro_engine::MAX_FOLLOWERS)).
    pub followers: u64,
    /// Engagement rate per follower as a fraction (0.035 = 3.5 %).
    pub engagement: Option<f64>,
    /// Price per post in major units (euros, dollars), and its currency when
    /// the file named one; without one it is in the caller's currency.
    pub price: Option<(f64, Option<Currency>)>,
    /// Country or location, as written.
    pub country: Option<String>,
    /// Niche or category, as written.
    pub niche: Option<String>,
    /// Share of fake followers as a fraction.
    pub fake_share: Option<f64>,
    /// Conversions per engagement as a fraction.
    pub conversion_rate: Option<f64>,
    /// Posts in the campaign (1 ..= [`MAX_POSTS`](micromacro_engine::MAX_POSTS)).
    pub posts: Option<u32>,
}

/// The one key a handle is matched by, wherever creators are matched (a roster's
/// duplicates, the roster against the plan's rows): without surrounding spaces or a leading
/// `@`, case-folded. `@Lisa.Bakes ` and `lisa.bakes` are one creator.
#[must_use]
pub fn handle_key(handle: &str) -> String {
    fold(handle.trim().trim_start_matches('@'))
}

impl RosterCreator {
    /// A creator with a handle and followers and nothing else known.
    #[must_use]
    pub fn new(line: usize, handle: impl Into<String>, followers: u64) -> Self {
        RosterCreator {
            line,
            handle: handle.into(),
            name: None,
            platform: None,
            followers,
            engagement: None,
            price: None,
            country: None,
            niche: None,
            fake_share: None,
            conversion_rate: None,
            posts: None,
        }
    }

    /// The key duplicates are merged by: the platform and the [`handle_key`].
    #[must_use]
    pub fn merge_key(&self) -> (Option<Platform>, String) {
        (self.platform, handle_key(&self.handle))
    }

    /// Merges a later row about the same creator into this one: every field
    /// the later row has overwrites this one's, every field it lacks keeps
    /// this one's value. The handle (as first written) and the line stay.
    pub fn merge_from(&mut self, later: RosterCreator) {
        let RosterCreator {
            line: _,
            handle: _,
            name,
            platform,
            followers,
            engagement,
            price,
            country,
            niche,
            fake_share,
            conversion_rate,
            posts,
        } = later;
        self.followers = followers;
        self.platform = platform.or(self.platform);
        self.name = name.or(self.name.take());
        self.engagement = engagement.or(self.engagement);
        self.price = price.or(self.price);
        self.country = country.or(self.country.take());
        self.niche = niche.or(self.niche.take());
        self.fake_share = fake_share.or(self.fake_share);
        self.conversion_rate = conversion_rate.or(self.conversion_rate);
        self.posts = posts.or(self.posts);
    }

    /// The engine's creator: the platform or `default_platform`; the name or
    /// else the handle; the price converted into `currency` with `rate` (one
    /// rounding to the cent, [`Money::convert`]), a price without a currency
    /// taken to be in `currency`; the engagement rate per follower; one post
    /// unless the file said otherwise; the niche, conversion rate and fake
    /// share as read. Left open for the optimiser.
    #[must_use]
    pub fn to_creator(
        &self,
        default_platform: Platform,
        currency: Currency,
        rate: ExchangeRate,
    ) -> Creator {
        let mut creator = Creator::new(self.platform.unwrap_or(default_platform), self.followers)
            .named(self.name.clone().unwrap_or_else(|| self.handle.clone()))
            .with_posts(self.posts.unwrap_or(1));
        creator.engagement = self.engagement.map(EngagementRate::per_follower);
        creator.price_per_post = self.price.and_then(|(amount, written_in)| {
            Money::from_major_f64(amount, written_in.unwrap_or(currency), Field::PricePerPost)
                .ok()
                .map(|m| m.convert(currency, rate))
        });
        creator.fake_follower_share = self.fake_share;
        creator.conversion_rate = self.conversion_rate;
        creator.niche = self.niche.clone();
        creator
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::MAX_PRICE;
    use micromacro_engine::{MAX_FOLLOWERS, MAX_POSTS};

    const RATE: ExchangeRate = ExchangeRate { usd_per_eur: 1.25 };

    #[test]
    fn one_creator_whatever_the_case_the_at_sign_or_the_spaces() {
        for typed in ["@Lisa.Bakes", " lisa.bakes ", "LISA.BAKES", "@lisa.bakes"] {
            assert_eq!(handle_key(typed), "lisa.bakes", "{typed:?}");
        }
        assert_ne!(handle_key("lisa.bakes"), handle_key("lisa_bakes"));
        assert_eq!(handle_key("  "), "");
    }

    fn full() -> RosterCreator {
        RosterCreator {
            line: 2,
            handle: "lisa.bakes".into(),
            name: Some("Lisa".into()),
            platform: Some(Platform::TikTok),
            followers: 42_900,
            engagement: Some(0.1185),
            price: Some((100.0, Some(Currency::Usd))),
            country: Some("NL".into()),
            niche: Some("baking".into()),
            fake_share: Some(0.1),
            conversion_rate: Some(0.02),
            posts: Some(3),
        }
    }

    #[test]
    fn a_full_creator_converts_field_by_field() {
        let c = full().to_creator(Platform::Instagram, Currency::Eur, RATE);
        assert_eq!(c.validate(), Ok(()));
        assert_eq!(c.name, "Lisa");
        assert_eq!(c.platform, Platform::TikTok);
        assert_eq!(c.followers, 42_900);
        assert_eq!(c.engagement, Some(EngagementRate::per_follower(0.1185)));
        // $100 at $1.25 per euro.
        assert_eq!(c.price_per_post, Some(Money::from_major(80, Currency::Eur)));
        assert_eq!(c.posts, 3);
        assert_eq!(c.fake_follower_share, Some(0.1));
        assert_eq!(c.conversion_rate, Some(0.02));
        assert_eq!(c.niche.as_deref(), Some("baking"));
    }

    #[test]
    fn a_bare_creator_takes_the_callers_defaults() {
        let mut bare = RosterCreator::new(5, "bram", 1_000);
        bare.price = Some((12.5, None));
        let c = bare.to_creator(Platform::YouTube, Currency::Usd, RATE);
        assert_eq!(c.validate(), Ok(()));
        assert_eq!(c.name, "bram");
        assert_eq!(c.platform, Platform::YouTube);
        assert_eq!(c.posts, 1);
        assert_eq!(c.engagement, None);
        assert_eq!(
            c.price_per_post,
            Some(Money::from_cents(1250, Currency::Usd))
        );
    }

    #[test]
    fn the_extremes_the_import_accepts_stay_valid() {
        let mut c = RosterCreator::new(2, "x", MAX_FOLLOWERS);
        c.price = Some((MAX_PRICE, Some(Currency::Eur)));
        c.engagement = Some(1.0);
        c.fake_share = Some(0.0);
        c.conversion_rate = Some(1.0);
        c.posts = Some(MAX_POSTS);
        for usd_per_eur in [0.001, 1.0, 1000.0] {
            for currency in [Currency::Eur, Currency::Usd] {
                let rate = ExchangeRate { usd_per_eur };
                assert_eq!(
                    c.to_creator(Platform::Instagram, currency, rate).validate(),
                    Ok(()),
                    "{usd_per_eur} {currency}"
                );
            }
        }
        let mut c = RosterCreator::new(2, "x", 1);
        c.price = Some((MAX_PRICE, Some(Currency::Usd)));
        let rate = ExchangeRate { usd_per_eur: 0.001 };
        assert_eq!(
            c.to_creator(Platform::Instagram, Currency::Eur, rate)
                .validate(),
            Ok(())
        );
    }

    #[test]
    fn later_rows_overwrite_filled_fields_and_fill_empty_ones() {
        let mut first = RosterCreator::new(2, "Lisa.Bakes", 40_000);
        first.engagement = Some(0.05);
        first.country = Some("NL".into());
        let mut later = RosterCreator::new(9, "lisa.bakes", 42_900);
        later.engagement = Some(0.06);
        later.niche = Some("baking".into());
        assert_eq!(first.merge_key(), later.merge_key());
        first.merge_from(later);
        assert_eq!(first.line, 2);
        assert_eq!(first.handle, "Lisa.Bakes");
        assert_eq!(first.followers, 42_900);
        assert_eq!(first.engagement, Some(0.06));
        assert_eq!(first.country.as_deref(), Some("NL"));
        assert_eq!(first.niche.as_deref(), Some("baking"));
    }
}
