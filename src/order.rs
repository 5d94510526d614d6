//! One stable sort for the whole app.
//!
//! Every `sort_by` or `sort_by_key` with its own comparator compiles the standard library's stable
//! sort again (several kB of wasm each). Here the positions of the items are sorted, always through
//! the same comparator type, so that sort is compiled once; the items are then moved into the
//! order found. The result is the order `slice::sort_by` gives: stable, equal items keep their
//! input order.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, like `items.sort_by(compare)`.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().map(|i| slots[i].take().expect("a permutation names each position once")));
}

/// Sorts `items` stably by `key`, like `items.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)))
}

/// The positions `0..len` in stable sorted order. Not generic, so the sort inside is compiled once.
#[inline(never)]
// The one std sort the app compiles (clippy.toml sends every other caller here).
#[allow(clippy::disallowed_methods)]
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Small pseudo-random numbers (a fixed linear congruential sequence), with many ties.
    fn numbers(seed: u64, len: usize, range: u64) -> Vec<u64> {
        let mut x = seed;
        (0..len)
            .map(|_| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (x >> 33) % range
            })
            .collect()
    }

    #[test]
    // The std stable sort is the reference `sort_by` is checked against.
    #[allow(clippy::disallowed_methods)]
    fn same_order_as_the_standard_stable_sort() {
        for seed in 0..200 {
            for (len, range) in [(0, 1), (1, 3), (7, 3), (40, 5), (300, 17)] {
                // Each item carries its input position, so a difference among equal keys shows.
                let items: Vec<(u64, usize)> = numbers(seed, len, range).into_iter().zip(0..).collect();
                let mut expected = items.clone();
                // Even values first, the rest by descending value; equal values tie.
                let compare =
                    |a: &(u64, usize), b: &(u64, usize)| (a.0 % 2).cmp(&(b.0 % 2)).then_with(|| b.0.cmp(&a.0));
                expected.sort_by(compare);
                let mut got = items.clone();
                sort_by(&mut got, compare);
                assert_eq!(got, expected, "seed {seed}, length {len}");
                let mut expected = items.clone();
                expected.sort_by_key(|a| a.0 % 3);
                let mut got = items;
                sort_by_key(&mut got, |a| a.0 % 3);
                assert_eq!(got, expected, "seed {seed}, length {len}, by key");
            }
        }
    }

    #[test]
    fn floats_by_total_order_keep_ties_in_input_order() {
        let mut v: Vec<(f64, char)> = vec![(0.5, 'a'), (0.25, 'b'), (0.5, 'c'), (1.0, 'd'), (0.25, 'e')];
        sort_by(&mut v, |a, b| b.0.total_cmp(&a.0));
        assert_eq!(v, vec![(1.0, 'd'), (0.5, 'a'), (0.5, 'c'), (0.25, 'b'), (0.25, 'e')]);
    }
}
