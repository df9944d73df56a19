//! Small fixed tables keyed by an engine enum (one value per tier, per platform ...).
//!
//! The defaults table ([`Assumptions`](crate::Assumptions)) is built from these so the UI can
//! walk it (`iter`) to show every value with its source, and edit one (`get_mut`). A table
//! always has exactly one entry per key: that is what an array indexed by the enum's `index()`
//! guarantees, so lookups cannot fail.

use crate::inputs::brief::{ContentStyle, GeoScope, NicheDepth, RiskTolerance};
use crate::inputs::country::Country;
use crate::inputs::factors::Factor;
use crate::inputs::platform::Platform;
use crate::inputs::tier::Tier;

macro_rules! keyed_table {
    ($(#[$meta:meta])* $name:ident, $key:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub struct $name<T>(pub [T; $key::COUNT]);

        impl<T> $name<T> {
            /// The entry for `key`.
            #[must_use]
            pub fn get(&self, key: $key) -> &T {
                &self.0[key.index()]
            }

            /// The entry for `key`, to edit it.
            pub fn get_mut(&mut self, key: $key) -> &mut T {
                &mut self.0[key.index()]
            }

            /// Every `(key, entry)` pair in key order.
            pub fn iter(&self) -> impl Iterator<Item = ($key, &T)> {
                $key::ALL.iter().copied().zip(self.0.iter())
            }

            /// A table with `f(key)` for every key.
            #[must_use]
            pub fn from_fn(mut f: impl FnMut($key) -> T) -> Self {
                $name(core::array::from_fn(|i| f($key::ALL[i])))
            }
        }
    };
}

keyed_table!(
    /// One value per [`Tier`] (nano, micro, macro, mega).
    PerTier,
    Tier
);
keyed_table!(
    /// One value per [`Platform`] (Instagram, TikTok, YouTube).
    PerPlatform,
    Platform
);
keyed_table!(
    /// One value per [`GeoScope`] (local, national, international).
    PerScope,
    GeoScope
);
keyed_table!(
    /// One value per [`Factor`], in the order of the nine factors.
    PerFactor,
    Factor
);
keyed_table!(
    /// One value per [`RiskTolerance`] (low, medium, high).
    PerRisk,
    RiskTolerance
);
keyed_table!(
    /// One value per [`NicheDepth`] (broad, focused, deep).
    PerNiche,
    NicheDepth
);
keyed_table!(
    /// One value per [`Country`] the market knows.
    PerCountry,
    Country
);
keyed_table!(
    /// One value per [`ContentStyle`] (authentic, balanced, polished).
    PerStyle,
    ContentStyle
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_and_iter_follow_the_enum_order() {
        let mut t = PerTier::from_fn(|tier| tier.as_str().len());
        assert_eq!(*t.get(Tier::Macro), 5);
        *t.get_mut(Tier::Macro) = 0;
        let keys: Vec<_> = t.iter().map(|(k, v)| (k, *v)).collect();
        assert_eq!(
            keys,
            [
                (Tier::Nano, 4),
                (Tier::Micro, 5),
                (Tier::Macro, 0),
                (Tier::Mega, 4)
            ]
        );
    }
}
