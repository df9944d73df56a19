//! The one key a creator is kept by in the library: the platform and the handle as
//! [`handle_key`] matches it (no `@`, no surrounding spaces, case-folded).
//!
//! Invariant: [`CreatorKey::to_id`] and [`CreatorKey::from_id`] are inverse, and the id is
//! what the browser's database stores the creator under (`instagram:lisa.bakes`).

use micromacro_engine::{IdEnum, Platform};

use super::{RosterCreator, handle_key};

/// A creator's key: one creator per platform and handle.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CreatorKey {
    platform: Platform,
    handle: String,
}

impl CreatorKey {
    /// The key of `handle` on `platform`.
    #[must_use]
    pub fn new(platform: Platform, handle: &str) -> Self {
        CreatorKey {
            platform,
            handle: handle_key(handle),
        }
    }

    /// The key of an imported creator, on its own platform or else `default_platform`.
    #[must_use]
    pub fn of(creator: &RosterCreator, default_platform: Platform) -> Self {
        Self::new(
            creator.platform.unwrap_or(default_platform),
            &creator.handle,
        )
    }

    /// The platform.
    #[must_use]
    pub fn platform(&self) -> Platform {
        self.platform
    }

    /// The matched handle (folded, without `@`).
    #[must_use]
    pub fn handle(&self) -> &str {
        &self.handle
    }

    /// The text id: `<platform id>:<handle>`.
    #[must_use]
    pub fn to_id(&self) -> String {
        format!("{}:{}", self.platform.id(), self.handle)
    }

    /// The key of a text id, `None` when it is not one.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        let (platform, handle) = id.split_once(':')?;
        let key = CreatorKey::new(Platform::from_id(platform)?, handle);
        (!key.handle.is_empty() && key.handle == handle).then_some(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_creator_however_the_handle_is_written() {
        let a = CreatorKey::new(Platform::Instagram, " @Lisa.Bakes");
        assert_eq!(a, CreatorKey::new(Platform::Instagram, "lisa.bakes"));
        assert_ne!(a, CreatorKey::new(Platform::TikTok, "lisa.bakes"));
        assert_eq!(a.to_id(), "instagram:lisa.bakes");
        assert_eq!(CreatorKey::from_id(&a.to_id()), Some(a));
    }

    #[test]
    fn ids_that_are_not_keys() {
        for id in [
            "",
            "instagram",
            "instagram:",
            "myspace:x",
            "instagram:@x",
            "tiktok:Lisa",
        ] {
            assert_eq!(CreatorKey::from_id(id), None, "{id}");
        }
        let key = CreatorKey::from_id("youtube:a:b").unwrap();
        assert_eq!((key.platform(), key.handle()), (Platform::YouTube, "a:b"));
    }
}
