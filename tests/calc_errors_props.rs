//! Properties of the regression-error and drift calculators.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::calc::drift::{ks_two_sample, psi};
use mlplan::calc::regression::{metrics, share_within, worst_rows, Guard, Tolerance};
use proptest::prelude::*;

/// Values with many ties (whole numbers) or spread out, as real files have both.
fn value() -> impl Strategy<Value = f64> {
    prop_oneof![(-20i32..20).prop_map(f64::from), -1e6..1e6f64]
}

fn pairs() -> impl Strategy<Value = (Vec<f64>, Vec<f64>)> {
    prop::collection::vec((value(), value()), 1..200).prop_map(|rows| rows.into_iter().unzip())
}

proptest! {
    #[test]
    fn error_figures_are_ordered((actual, predicted) in pairs()) {
        let m = metrics(&actual, &predicted).unwrap();
        prop_assert!(m.median_ae <= m.max_error && m.mae <= m.max_error);
        prop_assert!(m.mae <= m.rmse * (1.0 + 1e-12));
        prop_assert!(m.rmse <= m.max_error * (1.0 + 1e-12));
        prop_assert!(m.r2 <= 1.0 || m.r2.is_nan());
        let worst = worst_rows(&actual, &predicted, 5);
        prop_assert_eq!(worst.len(), actual.len().min(5));
        prop_assert_eq!(worst[0].error().abs(), m.max_error);
        // The same rows as a stable sort of every row by error, largest first.
        let mut all: Vec<usize> = (0..actual.len()).collect();
        mlplan::order::sort_by(&mut all, |&a, &b| {
            (predicted[b] - actual[b]).abs().total_cmp(&(predicted[a] - actual[a]).abs())
        });
        prop_assert_eq!(worst.iter().map(|w| w.index).collect::<Vec<_>>(), all[..worst.len()].to_vec());
    }

    #[test]
    fn floor_and_cap_always_hold((actual, predicted) in pairs(), floor in -100.0..0.0f64, width in 0.0..200.0f64) {
        let guard = Guard { floor: Some(floor), cap: Some(floor + width), ..Guard::default() };
        let guarded = guard.apply(&predicted, None).unwrap();
        prop_assert!(guarded.iter().all(|&g| g >= floor && g <= floor + width));
        let effect = guard.effect(&actual, &predicted, None, Tolerance::Absolute(1.0)).unwrap();
        prop_assert_eq!(effect.changed, predicted.iter().filter(|&&p| p < floor || p > floor + width).count());
        prop_assert_eq!(effect.within_after, share_within(&actual, &guarded, Tolerance::Absolute(1.0)).unwrap());
    }

    #[test]
    fn ks_is_a_symmetric_distance(a in prop::collection::vec(value(), 1..150), b in prop::collection::vec(value(), 1..150)) {
        let ab = ks_two_sample(&a, &b).unwrap();
        let ba = ks_two_sample(&b, &a).unwrap();
        prop_assert!((0.0..=1.0).contains(&ab.statistic));
        prop_assert_eq!(ab.statistic, ba.statistic);
        prop_assert!((0.0..=1.0).contains(&ab.p_value));
        prop_assert_eq!(ks_two_sample(&a, &a).unwrap().statistic, 0.0);
    }

    #[test]
    fn psi_bins_hold_every_value(a in prop::collection::vec(value(), 1..150), b in prop::collection::vec(value(), 1..150)) {
        let p = psi(&a, &b).unwrap();
        prop_assert!(p.value >= 0.0);
        let total = |f: fn(&mlplan::calc::drift::PsiBin) -> f64| p.bins.iter().map(f).sum::<f64>();
        prop_assert!((total(|b| b.reference_share) - 1.0).abs() < 1e-9);
        prop_assert!((total(|b| b.current_share) - 1.0).abs() < 1e-9);
        prop_assert!(p.bins.len() <= 10);
    }
}
