//! Properties of the objective blend.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::calc::blend::{moves, normalised, rank, sums_to_one, with_weight, Item};
use proptest::prelude::*;

/// Two to five objectives, the items' scores and a set of weights summing to anything above 0.
fn blend() -> impl Strategy<Value = (Vec<Item>, Vec<f64>, Vec<f64>)> {
    (2usize..=5).prop_flat_map(|objectives| {
        let score = prop_oneof![(0u8..4).prop_map(|k| f64::from(k) / 3.0), 0.0..1.0f64];
        let weights = || prop::collection::vec(prop_oneof![Just(0.0), 0.0..3.0f64], objectives);
        (prop::collection::vec(prop::collection::vec(score, objectives), 0..40), weights(), weights()).prop_map(
            |(rows, mut a, mut b)| {
                // At least one weight above zero in each set.
                a[0] += 0.5;
                b[0] += 0.5;
                let items = rows.into_iter().enumerate().map(|(i, scores)| Item { title: format!("item {i}"), scores });
                (items.collect(), a, b)
            },
        )
    })
}

proptest! {
    #[test]
    fn ranking_is_a_permutation((items, w, _) in blend()) {
        let ranked = rank(&items, &w).unwrap();
        let mut seen: Vec<usize> = ranked.iter().map(|r| r.index).collect();
        mlplan::order::sort_by(&mut seen, usize::cmp);
        prop_assert_eq!(seen, (0..items.len()).collect::<Vec<_>>());
        prop_assert!(ranked.iter().enumerate().all(|(i, r)| r.rank == i + 1));
        // Highest blended first; equal scores in input order.
        for pair in ranked.windows(2) {
            prop_assert!(pair[0].blended > pair[1].blended
                || (pair[0].blended == pair[1].blended && pair[0].index < pair[1].index));
        }
    }

    #[test]
    fn moves_agree_with_both_rankings((items, a, b) in blend()) {
        let before = rank(&items, &a).unwrap();
        let after = rank(&items, &b).unwrap();
        for m in moves(&items, &a, &b).unwrap() {
            prop_assert_ne!(m.from_rank, m.to_rank);
            prop_assert_eq!(before[m.from_rank - 1].index, m.index);
            prop_assert_eq!(after[m.to_rank - 1].index, m.index);
        }
    }

    #[test]
    fn the_fix_sums_to_one_and_keeps_the_blend((items, w, _) in blend()) {
        let fixed = normalised(&w).unwrap();
        prop_assert!(sums_to_one(&fixed));
        let blended = |w: &[f64]| rank(&items, w).unwrap().iter().map(|r| r.blended).collect::<Vec<_>>();
        for (a, b) in blended(&w).iter().zip(blended(&fixed)) {
            prop_assert!((a - b).abs() < 1e-6);
        }
    }

    #[test]
    fn setting_one_weight_keeps_the_sum_at_one((_, w, _) in blend(), pick in 0usize..5, to in 0.0..=1.0f64) {
        let index = pick % w.len();
        let set = with_weight(&w, index, to).unwrap();
        prop_assert!(sums_to_one(&set));
        prop_assert!((set[index] - to).abs() < 1e-8);
        prop_assert!(set.iter().all(|x| *x >= 0.0));
    }
}
