//! Scores as sortable integers, and the sort that prepares them.

/// Maps a finite score to a `u64` whose unsigned order is the numeric order, so the preparation sorts
/// plain integers (faster than comparing floats, and no NaN case to think about). `-0.0` becomes `0.0`
/// first, because the two are the same threshold.
#[inline(always)]
pub(super) fn order_key(score: f64) -> u64 {
    let bits = (score + 0.0).to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

#[inline(always)]
pub(super) fn from_order_key(key: u64) -> f64 {
    let bits = if key >> 63 == 1 { key & !(1 << 63) } else { !key };
    f64::from_bits(bits)
}

/// A sorted copy of finite values, ascending, through the same key sort as the scores (radix for
/// large inputs, one compiled sort for the app); -0.0 comes back as 0.0.
pub(crate) fn sorted_values(values: &[f64]) -> Vec<f64> {
    let mut keys: Vec<u64> = values.iter().map(|&v| order_key(v)).collect();
    sort_keys(&mut keys);
    keys.into_iter().map(from_order_key).collect()
}

/// Counts how many trailing elements of a sorted slice equal `value`, and drops them. A linear walk:
/// every key is visited once over the whole merge, so this is O(n) in total however long the runs.
#[inline(always)]
pub(super) fn take_run(keys: &mut &[u64], value: u64) -> u32 {
    let mut run = 0;
    while let Some((&last, rest)) = keys.split_last() {
        if last != value {
            break;
        }
        *keys = rest;
        run += 1;
    }
    run
}

/// Bits per radix-sort digit: 2,048 buckets keep the counters and scatter targets cache-friendly.
const RADIX_BITS: u32 = 11;
const BUCKETS: usize = 1 << RADIX_BITS;
/// Digits sorted by `radix_sort`: the 33 highest bits in which the keys differ.
const DIGITS: usize = 3;
const WINDOW_BITS: u32 = RADIX_BITS * DIGITS as u32;
/// Below this many keys the standard sort is as fast and needs no scratch space.
const RADIX_FROM: usize = 4096;

/// Sorts order keys ascending: the standard sort for small inputs, else `radix_sort`.
// Millions of plain `u64` keys, where equal keys are indistinguishable: the std unstable sort (one
// copy, for `u64`, shared with `radix_sort`) sorts them in place, where `order`'s stable sort would
// first build and then apply a permutation of them all.
#[allow(clippy::disallowed_methods)]
pub(super) fn sort_keys(keys: &mut Vec<u64>) {
    if keys.len() < RADIX_FROM {
        keys.sort_unstable();
    } else {
        radix_sort(keys);
    }
}

#[inline(always)]
fn digit(key: u64, shift: u32) -> usize {
    // The mask keeps the index below BUCKETS, so the counter look-ups need no bounds check.
    ((key >> shift) as usize) & (BUCKETS - 1)
}

/// Radix sort on the window of the 33 highest bits in which the keys differ (bits above it are
/// shared by all keys), then each run of keys equal in that window, if any, sorted whole.
///
/// Why a window: a full LSD sort of 64-bit keys takes six scatters of the whole array, and the
/// scatters are the cost. Three digits order a million keys spread over the window almost
/// completely: keys equal there are rare and come in tiny runs, which the standard sort finishes
/// in one sequential pass. Keys that differ in fewer than 33 bits are fully sorted by the window.
/// One read counts all three digits; a digit on which all keys agree is not scattered. Counters are
/// `u32`: `MAX_ROWS` keeps every count in range.
// The runs left over are finished by the same std sort of `u64` as `sort_keys` (see there).
#[allow(clippy::disallowed_methods)]
fn radix_sort(keys: &mut Vec<u64>) {
    let n = keys.len();
    let (lo, hi) = keys.iter().fold((u64::MAX, 0), |(lo, hi), &k| (lo.min(k), hi.max(k)));
    let differing = u64::BITS - (lo ^ hi).leading_zeros();
    let low = differing.saturating_sub(WINDOW_BITS);
    let mut counts = vec![[0u32; BUCKETS]; DIGITS];
    for &key in keys.iter() {
        for (position, count) in counts.iter_mut().enumerate() {
            count[digit(key, low + position as u32 * RADIX_BITS)] += 1;
        }
    }
    let mut scratch = vec![0u64; n];
    for (position, count) in counts.iter_mut().enumerate() {
        if count.iter().any(|&c| c as usize == n) {
            continue; // every key has the same digit here: the pass would not move anything
        }
        let mut offset = 0;
        for c in count.iter_mut() {
            (*c, offset) = (offset, offset + *c);
        }
        let shift = low + position as u32 * RADIX_BITS;
        for &key in keys.iter() {
            let slot = &mut count[digit(key, shift)];
            scratch[*slot as usize] = key;
            *slot += 1;
        }
        std::mem::swap(keys, &mut scratch);
    }
    if low > 0 {
        for run in keys.chunk_by_mut(|a, b| a >> low == b >> low) {
            if run.len() > 1 {
                run.sort_unstable();
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn radix_sorted(mut keys: Vec<u64>) -> Vec<u64> {
        radix_sort(&mut keys);
        keys
    }

    // The std sort is the reference the radix sort is checked against.
    #[allow(clippy::disallowed_methods)]
    fn std_sorted(mut keys: Vec<u64>) -> Vec<u64> {
        keys.sort_unstable();
        keys
    }

    proptest! {
        #[test]
        fn radix_sort_orders_like_the_comparison_sort(keys in prop::collection::vec(any::<u64>(), 0..600)) {
            prop_assert_eq!(radix_sorted(keys.clone()), std_sorted(keys));
        }

        #[test]
        fn radix_sort_orders_scores_like_their_numeric_order(
            scores in prop::collection::vec(prop_oneof![-1e300..1e300f64, -1.0..1.0f64, 0.0..1e-300f64, Just(-0.0)], 0..600),
            // Few distinct values: many ties, and many digits shared by all keys.
            ties in prop::collection::vec(0u8..4, 0..600),
        ) {
            let mut values = scores;
            values.extend(ties.iter().map(|&t| f64::from(t) / 8.0));
            let keys: Vec<u64> = values.iter().map(|&s| order_key(s)).collect();
            let sorted = radix_sorted(keys.clone());
            prop_assert_eq!(&sorted, &std_sorted(keys));
            let back: Vec<f64> = sorted.iter().map(|&k| from_order_key(k)).collect();
            prop_assert!(back.windows(2).all(|w| w[0] <= w[1]));
        }

        #[test]
        fn radix_sort_orders_keys_that_share_the_window(
            high in prop::collection::vec(0u64..4, 0..700),
            middle in prop::collection::vec(0u64..8, 0..700),
            low in prop::collection::vec(any::<u64>(), 0..700),
            spread in 34u32..64,
        ) {
            // Keys differing in `spread` bits whose top bits repeat: many keys equal in the sorted
            // window, different below it, so the runs must be finished by the second step.
            let keys: Vec<u64> = high.iter().zip(&middle).zip(&low)
                .map(|((&h, &m), &l)| (h << (spread - 2)) | (m << (spread - 5)) | (l & ((1 << (spread - 5)) - 1)))
                .collect();
            prop_assert_eq!(radix_sorted(keys.clone()), std_sorted(keys));
        }

        #[test]
        fn order_keys_keep_the_numeric_order(a in any::<f64>(), b in any::<f64>()) {
            prop_assume!(a.is_finite() && b.is_finite());
            prop_assert_eq!(order_key(a).cmp(&order_key(b)), a.partial_cmp(&b).unwrap());
            prop_assert_eq!(from_order_key(order_key(a)), a + 0.0);
        }
    }

    #[test]
    fn large_inputs_take_the_radix_path_and_stay_sorted() {
        // A million-scale case in miniature: more keys than RADIX_FROM, scores in [0, 1).
        let keys: Vec<u64> =
            (0..RADIX_FROM as u64 * 3).map(|i| order_key(((i * 7919) % 10007) as f64 / 10007.0)).collect();
        let mut sorted = keys.clone();
        sort_keys(&mut sorted);
        assert_eq!(sorted, std_sorted(keys));
        assert_eq!(order_key(-0.0), order_key(0.0));
    }
}
