//! The library's table: search over handle, name, niche and country, and sorting by what a
//! creator is and by what they delivered.
//!
//! Invariants: a search is a substring test on texts folded once per library
//! ([`SearchIndex`]), so typing never folds 50,000 creators again; sorting is stable, ties
//! keep key order, and creators without a figure (no results yet) come last.

use micromacro_engine::Platform;
use micromacro_engine::case_fold::fold;
use micromacro_engine::order::sort_by;

use super::history::{Histories, track_record};
use super::{CreatorKey, Library};

/// How the library's table is sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LibrarySort {
    /// Key order: platform, then handle.
    #[default]
    Handle,
    /// Followers, most first.
    Followers,
    /// Delivered against plan over the creator's campaigns, best first.
    Delivered,
    /// Campaigns the creator was in, most first.
    Campaigns,
}

impl LibrarySort {
    /// Every key, in menu order.
    pub const ALL: [LibrarySort; 4] = [
        LibrarySort::Handle,
        LibrarySort::Followers,
        LibrarySort::Delivered,
        LibrarySort::Campaigns,
    ];

    /// Stable id (select values, test hooks).
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            LibrarySort::Handle => "handle",
            LibrarySort::Followers => "followers",
            LibrarySort::Delivered => "delivered",
            LibrarySort::Campaigns => "campaigns",
        }
    }

    /// The key with this id.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// Each creator's searchable text, folded once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex(Vec<String>);

impl SearchIndex {
    /// The index of `library`.
    #[must_use]
    pub fn new(library: &Library) -> Self {
        SearchIndex(
            library
                .creators()
                .iter()
                .map(|c| {
                    let parts = [
                        Some(c.handle.as_str()),
                        c.name.as_deref(),
                        c.niche.as_deref(),
                        c.country.as_deref(),
                    ];
                    fold(
                        &parts
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join("\u{1f}"),
                    )
                })
                .collect(),
        )
    }
}

/// The positions (into [`Library::creators`]) the table shows for `text` and `sort`.
#[must_use]
pub fn browse(
    library: &Library,
    index: &SearchIndex,
    histories: &Histories,
    text: &str,
    sort: LibrarySort,
) -> Vec<usize> {
    let needle = fold(text.trim());
    let mut shown: Vec<usize> = (0..library.len())
        .filter(|&i| needle.is_empty() || index.0.get(i).is_some_and(|t| t.contains(&needle)))
        .collect();
    let creators = library.creators();
    let history = |i: usize| histories.get(&CreatorKey::of(&creators[i], Platform::Instagram));
    // Larger first; `None` (no figure) last.
    let figure = |i: usize| -> Option<f64> {
        match sort {
            LibrarySort::Handle => None,
            LibrarySort::Followers => Some(creators[i].followers as f64),
            LibrarySort::Delivered => history(i).and_then(|h| track_record(h)),
            LibrarySort::Campaigns => history(i).map(|h| h.len() as f64),
        }
    };
    if sort != LibrarySort::Handle {
        let mut keyed: Vec<(Option<f64>, usize)> = shown.iter().map(|&i| (figure(i), i)).collect();
        sort_by(&mut keyed, |a, b| match (a.0, b.0) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        shown = keyed.into_iter().map(|(_, i)| i).collect();
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::history::{Appearance, Delivered};
    use crate::roster::RosterCreator;
    use micromacro_engine::{Measure, Status};

    fn library() -> Library {
        let creator = |h: &str, f: u64, niche: &str| {
            let mut c = RosterCreator::new(0, h, f);
            c.platform = Some(Platform::Instagram);
            c.niche = Some(niche.into());
            c
        };
        Library::from_creators(vec![
            creator("anna", 5_000, "Baking"),
            creator("ben", 90_000, "Running"),
            creator("cas", 20_000, "Bakery"),
        ])
    }

    fn appearance(ratio: Option<f64>) -> Appearance {
        Appearance {
            campaign: "c".into(),
            name: String::new(),
            delivered: ratio.map(|r| Delivered {
                measure: Measure::Reach,
                planned: 1_000.0,
                actual: 1_000.0 * r,
                status: Status::Within,
            }),
        }
    }

    #[test]
    fn search_and_sort() {
        let library = library();
        let index = SearchIndex::new(&library);
        let none = Histories::new();
        assert_eq!(
            browse(&library, &index, &none, " BAK ", LibrarySort::Handle),
            [0, 2]
        );
        assert_eq!(
            browse(&library, &index, &none, "", LibrarySort::Followers),
            [1, 2, 0]
        );
        let mut histories = Histories::new();
        histories.insert(
            CreatorKey::new(Platform::Instagram, "anna"),
            vec![appearance(Some(1.4))],
        );
        histories.insert(
            CreatorKey::new(Platform::Instagram, "cas"),
            vec![appearance(Some(0.6)), appearance(None)],
        );
        assert_eq!(
            browse(&library, &index, &histories, "", LibrarySort::Delivered),
            [0, 2, 1],
            "best first, no results last"
        );
        assert_eq!(
            browse(&library, &index, &histories, "", LibrarySort::Campaigns),
            [2, 0, 1]
        );
        for sort in LibrarySort::ALL {
            assert_eq!(LibrarySort::from_id(sort.id()), Some(sort));
        }
    }
}
