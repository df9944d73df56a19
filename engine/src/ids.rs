//! Stable string ids for the engine's closed sets (tiers, platforms, factors ...).
//!
//! Storage, share links, the UI's message catalogue and the end-to-end tests all refer to
//! these values by a short lowercase id (`micro`, `instagram`, `audience_size`). The ids are a
//! compatibility boundary: they never change once published, even if a variant is renamed.
//! [`id_enum!`] generates, for one enum, `ALL`, `IDS`, `COUNT`, `as_str()`, `index()`,
//! [`FromStr`](core::str::FromStr) and [`Display`](core::fmt::Display) so that every set
//! behaves the same way.

/// Declares a fieldless enum whose variants carry a stable string id.
///
/// The first literal after the enum name is the kind of id, used in
/// [`ParseIdError`](crate::ParseIdError) messages.
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

        impl ::core::str::FromStr for $name {
            type Err = $crate::error::ParseIdError;

            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                match s {
                    $($id => Ok($name::$variant),)+
                    _ => Err($crate::error::ParseIdError::new($kind, s)),
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

pub(crate) use id_enum;
