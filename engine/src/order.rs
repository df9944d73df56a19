//! Sorting through one compiled sort.
//!
//! Each `slice::sort_by` with its own closure compiles the standard library's stable sort
//! once more, a sizeable piece of code each time in the release wasm. The
//! program's sorts go through [`sort_by`] and [`sort_by_key`] instead: they sort positions
//! with the comparator behind `dyn`, so the sort itself exists once, and then move each item
//! to its place.
//!
//! Invariants: the result equals `slice::sort_by`'s, including its stability (equal items
//! keep their order); O(n log n) comparisons, one extra `Vec<usize>` and at most n swaps.
//! Sorts of plain `f64`s by `f64::total_cmp` go through it too: as `slice::sort_by` they
//! shared one copy of the standard sort, but that copy was a second one beside
//! `positions`'s in the first load. (The pool's medians, which sort up
//! to 10,000 numbers, are computed only by the two counterfactuals that read them; the
//! percentiles and the curves' budgets sort a few hundred.)

use core::cmp::Ordering;

/// The positions `0..len` in the order `cmp` gives them (stable).
fn positions(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    // The one standard sort the program compiles (clippy.toml forbids the others).
    #[allow(clippy::disallowed_methods)]
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Sorts `items` by `cmp`, stably: the same result as `items.sort_by(cmp)`.
pub fn sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let mut order = positions(items.len(), &mut |a, b| cmp(&items[a], &items[b]));
    // `order[i]` is where the item for place `i` stands now; follow each cycle once.
    for start in 0..items.len() {
        let mut place = start;
        loop {
            let from = order[place];
            order[place] = place;
            if from == start {
                break;
            }
            items.swap(place, from);
            place = from;
        }
    }
}

/// Sorts `items` by a key, stably: the same result as `items.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
// The standard sort is the reference these tests compare with.
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_like_the_standard_library_on_a_small_case() {
        let mut mine = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut mine, |&(k, _)| k);
        assert_eq!(mine, vec![(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, u8::cmp);
        assert!(empty.is_empty());
    }

    proptest! {
        /// Same order as `slice::sort_by`, equal keys included (stability), for any input.
        #[test]
        fn equals_the_standard_stable_sort(items in prop::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut expected = items.clone();
            expected.sort_by_key(|a| core::cmp::Reverse(a.0));
            let mut mine = items;
            sort_by(&mut mine, |a, b| b.0.cmp(&a.0));
            prop_assert_eq!(mine, expected);
        }
    }
}
