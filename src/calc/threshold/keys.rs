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
/// Digits in a 64-bit key (the last one has 9 bits).
const DIGITS: usize = 64_usize.div_ceil(RADIX_BITS as usize);
/// Below this many keys the standard sort is as fast and needs no scratch space.
const RADIX_FROM: usize = 4096;

/// Sorts order keys ascending: the standard sort for small inputs, else `radix_sort`.
pub(super) fn sort_keys(keys: &mut Vec<u64>) {
    if keys.len() < RADIX_FROM {
        keys.sort_unstable();
    } else {
        radix_sort(keys);
    }
}

#[inline(always)]
fn digit(key: u64, position: usize) -> usize {
    // The mask keeps the index below BUCKETS, so the counter look-ups need no bounds check.
    ((key >> (position as u32 * RADIX_BITS)) as usize) & (BUCKETS - 1)
}

/// LSD radix sort: linear time, several times faster than a comparison sort on a million keys.
///
/// One read of the keys counts every digit at once; each digit on which the keys differ then costs one
/// stable scatter. Digits shared by all keys (the high bits, when scores share a sign and exponent
/// range) are skipped. Counters are `u32`: `MAX_ROWS` keeps every count in range.
fn radix_sort(keys: &mut Vec<u64>) {
    let n = keys.len();
    let mut counts = vec![[0u32; BUCKETS]; DIGITS];
    for &key in keys.iter() {
        for (position, count) in counts.iter_mut().enumerate() {
            count[digit(key, position)] += 1;
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
        for &key in keys.iter() {
            let slot = &mut count[digit(key, position)];
            scratch[*slot as usize] = key;
            *slot += 1;
        }
        std::mem::swap(keys, &mut scratch);
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
