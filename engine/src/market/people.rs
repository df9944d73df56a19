//! How many people use each platform in each country the market knows.
//!
//! People per platform and country are published counts (millions), each with its source; where
//! no count was found the value is our assumption and says why. The kinds of count differ by
//! source: Meta's EU transparency reports count monthly active users of every age, TikTok its
//! monthly users, DataReportal advertising audiences of adults, so the columns are comparable
//! to within about a fifth; the range of [`crate::assumptions::ranges::Spreads::universe`] covers that.
//!
//! Invariant: every count is positive and finite.

use crate::inputs::country::Country;
use crate::inputs::platform::Platform;
use crate::inputs::source::{SourceId, Sourced};

const fn n(millions: f64, source: SourceId) -> Sourced<f64> {
    Sourced::new(millions, source)
}

/// People on each platform (Instagram, TikTok, YouTube), in millions, by [`Country`].
const USERS: [[Sourced<f64>; 3]; Country::COUNT] = {
    use SourceId::{DataReportal, Mediametrie, MetaDsa, Newcom, OurAssumption, TikTokUsers};
    [
        // NL: YouTube 9.9M in Newcom's 2023 survey.
        [n(11.9, MetaDsa), n(6.7, TikTokUsers), n(9.9, Newcom)],
        // BE: TikTok 3.8M (TikTok, January 2025); YouTube our assumption: 87.6 % of about 9.3M
        // adults (2023).
        [n(7.6, MetaDsa), n(3.8, TikTokUsers), n(8.1, OurAssumption)],
        // DE: YouTube our assumption (the 88.1M of its EU report counts more than the people
        // living there; about three in four Germans).
        [
            n(47.2, MetaDsa),
            n(25.7, TikTokUsers),
            n(65.0, OurAssumption),
        ],
        // FR: YouTube from Médiamétrie, November 2025.
        [n(43.7, MetaDsa), n(27.8, TikTokUsers), n(43.0, Mediametrie)],
        // GB: no 2025 Instagram count found (34.6M in 2022, our assumption 35M); YouTube our
        // assumption: about the UK's 54.8M social-media identities (DataReportal 2025).
        [
            n(35.0, OurAssumption),
            n(30.0, TikTokUsers),
            n(55.0, OurAssumption),
        ],
        // ES: TikTok and YouTube advertising audiences of adults (DataReportal, October 2025).
        [
            n(37.5, MetaDsa),
            n(20.9, DataReportal),
            n(39.0, DataReportal),
        ],
        // IT: YouTube our assumption (36.4M in 2022, Audiweb).
        [
            n(41.7, MetaDsa),
            n(23.9, TikTokUsers),
            n(40.0, OurAssumption),
        ],
        // US: Instagram DataReportal (January 2025); TikTok its own count (2025); YouTube our
        // assumption: 84 % of about 262M adults use it (Pew 2025).
        [
            n(172.0, DataReportal),
            n(170.0, TikTokUsers),
            n(220.0, OurAssumption),
        ],
    ]
};

impl Country {
    /// People on `platform` in this country (a published count, millions, with its source).
    #[must_use]
    pub fn users(self, platform: Platform) -> Sourced<f64> {
        USERS[self.index()][platform.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_has_a_positive_count_per_platform_with_a_source() {
        for country in Country::ALL.iter().copied() {
            for platform in Platform::ALL.iter().copied() {
                let users = country.users(platform);
                assert!(
                    users.value > 0.0 && users.value.is_finite(),
                    "{country} {platform}"
                );
                assert_ne!(users.source, SourceId::User);
            }
        }
        assert_eq!(Country::Nl.users(Platform::Instagram).value, 11.9);
        assert_eq!(Country::default(), Country::Nl);
    }
}
