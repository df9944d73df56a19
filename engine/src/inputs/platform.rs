//! The social platforms the engine has benchmark figures for.
//!
//! Each platform has its own engagement-rate method in the sources (Instagram: engagements per
//! follower; TikTok and YouTube: engagements per view, Modash), its own price ranges
//! (wordontheblock 2023) and its own EMV rates (fair-influence). See
//! [`defaults`](crate::assumptions::defaults).

use crate::inputs::ids::id_enum;

id_enum! {
    /// A social platform.
    pub enum Platform: "platform" {
        /// Instagram (feed posts; the reach figures are Instagram's).
        Instagram => "instagram",
        /// TikTok.
        TikTok => "tiktok",
        /// YouTube.
        YouTube => "youtube",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for p in Platform::ALL {
            assert_eq!(p.as_str().parse::<Platform>(), Ok(*p));
        }
        assert_eq!(Platform::IDS, ["instagram", "tiktok", "youtube"]);
        assert!("Instagram".parse::<Platform>().is_err());
    }
}
