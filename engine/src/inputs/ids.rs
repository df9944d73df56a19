//! Stable string ids for the engine's closed sets (tiers, platforms, factors ...).
//!
//! Storage, share links, the UI's message catalogue and the end-to-end tests all refer to
//! these values by a short lowercase id (`micro`, `instagram`, `audience_size`). The ids are a
//! compatibility boundary: they never change once published, even if a variant is renamed.
//! [`id_enum!`] generates, for one enum, `ALL`, `IDS`, `COUNT`, `as_str()`, `index()`,
//! [`FromStr`](core::str::FromStr), [`Display`](core::fmt::Display) and [`IdEnum`] so that
//! every set behaves the same way.

/// A closed set with stable string ids: what [`id_enum!`] declares. Generic code (the UI's
/// select fields, storage) works over any such set through this trait instead of re-parsing
/// strings with fallbacks.
pub trait IdEnum: Copy + Eq + 'static {
    /// Every value, in declaration order.
    const ALL: &'static [Self];
    /// Every stable id, in declaration order.
    const IDS: &'static [&'static str];
    /// The stable id.
    fn id(self) -> &'static str;
    /// The value with stable id `id`, if any.
    fn from_id(id: &str) -> Option<Self> {
        Self::IDS
            .iter()
            .position(|known| *known == id)
            .map(|i| Self::ALL[i])
    }
}

/// Declares a fieldless enum whose variants carry a stable string id.
///
/// The first literal after the enum name is the kind of id, used in
/// [`ParseIdError`](crate::ParseIdError) messages. Exported: the app declares its own closed
/// sets (roster columns, row problems) with it too, so every set has the same shape.
#[macro_export]
macro_rules! id_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : $kind:literal {
            $( $(#[$vmeta:meta])* $variant:ident => $id:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order (the order the UI shows them in).
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Every stable id, in declaration order.
            pub const IDS: &'static [&'static str] = &[$($id),+];

            /// How many values there are.
            pub const COUNT: usize = Self::IDS.len();

            /// The stable string id (storage, links, UI catalogue keys and tests rely on it).
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            /// Position in [`Self::ALL`]; used to index per-value tables.
            #[must_use]
            pub const fn index(self) -> usize {
                self as usize
            }
        }

        impl $crate::IdEnum for $name {
            const ALL: &'static [Self] = $name::ALL;
            const IDS: &'static [&'static str] = $name::IDS;

            fn id(self) -> &'static str {
                self.as_str()
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::ParseIdError;

            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                match s {
                    $($id => Ok($name::$variant),)+
                    _ => Err($crate::ParseIdError::new($kind, s)),
                }
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use crate::id_enum;
/// A string that is not one of the stable ids of its kind (see the `FromStr` impls).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} id {value:?}")]
pub struct ParseIdError {
    /// What kind of id was expected (`tier`, `platform`, `factor` ...).
    pub kind: &'static str,
    /// The text that did not match.
    pub value: String,
}

impl ParseIdError {
    /// The error for `value`, which is no id of `kind` (public for [`id_enum!`](crate::id_enum)
    /// in other crates).
    #[must_use]
    pub fn new(kind: &'static str, value: &str) -> Self {
        ParseIdError {
            kind,
            value: value.to_owned(),
        }
    }
}
