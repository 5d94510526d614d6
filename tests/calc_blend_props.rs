//! Properties of the objective blend.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::calc::blend::{moves, rank, Item};
use proptest::prelude::*;

fn items() -> impl Strategy<Value = Vec<Item>> {
    let score = prop_oneof![(0u8..4).prop_map(|k| f64::from(k) / 3.0), 0.0..1.0f64];
    prop::collection::vec((score.clone(), score), 0..40).prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(i, (quality, engagement))| Item { title: format!("item {i}"), quality, engagement })
            .collect()
    })
}

proptest! {
    #[test]
    fn ranking_is_a_permutation(items in items(), w in 0.0..=1.0f64) {
        let ranked = rank(&items, w).unwrap();
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
    fn moves_agree_with_both_rankings(items in items(), a in 0.0..=1.0f64, b in 0.0..=1.0f64) {
        let before = rank(&items, a).unwrap();
        let after = rank(&items, b).unwrap();
        for m in moves(&items, a, b).unwrap() {
            prop_assert_ne!(m.from_rank, m.to_rank);
            prop_assert_eq!(before[m.from_rank - 1].index, m.index);
            prop_assert_eq!(after[m.to_rank - 1].index, m.index);
        }
    }
}
