//! Properties of the threshold calculator on random data.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::calc::threshold::{Binormal, Costs, ScoreSummary, Scores};
use proptest::prelude::*;

/// Scores drawn from a few values (many ties) or a wide range, with random labels.
fn cases() -> impl Strategy<Value = (Vec<f64>, Vec<bool>)> {
    let score = prop_oneof![(0u8..6).prop_map(|k| f64::from(k) / 5.0), -1e6..1e6f64];
    prop::collection::vec((score, any::<bool>()), 1..200).prop_map(|rows| rows.into_iter().unzip())
}

proptest! {
    #[test]
    fn counts_sum_to_n_at_any_threshold((scores, labels) in cases(), t in -2e6..2e6f64) {
        let s = Scores::from_pairs(&scores, &labels).unwrap();
        let c = s.confusion_at(t);
        prop_assert_eq!(c.tp + c.fp + c.tn + c.fn_, scores.len() as u64);
        let flagged = scores.iter().filter(|&&x| x >= t).count() as u64;
        prop_assert_eq!(c.tp + c.fp, flagged);
    }

    #[test]
    fn recall_never_rises_with_the_threshold((scores, labels) in cases(), a in -2e6..2e6f64, b in -2e6..2e6f64) {
        let s = Scores::from_pairs(&scores, &labels).unwrap();
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let (r_lo, r_hi) = (s.confusion_at(lo).recall(), s.confusion_at(hi).recall());
        if let (Some(r_lo), Some(r_hi)) = (r_lo, r_hi) {
            prop_assert!(r_hi <= r_lo);
        }
        for threshold in s.distinct_scores().windows(2) {
            prop_assert!(s.confusion_at(threshold[0]).tp <= s.confusion_at(threshold[1]).tp);
        }
    }

    #[test]
    fn negating_scores_flips_auc((scores, labels) in cases()) {
        let s = Scores::from_pairs(&scores, &labels).unwrap();
        let negated: Vec<f64> = scores.iter().map(|x| -x).collect();
        let n = Scores::from_pairs(&negated, &labels).unwrap();
        match (s.roc_auc(), n.roc_auc()) {
            (Some(a), Some(b)) => prop_assert!((a + b - 1.0).abs() < 1e-12),
            (None, None) => prop_assert!(!s.has_both_classes()),
            other => prop_assert!(false, "defined for one only: {:?}", other),
        }
    }

    #[test]
    fn summary_round_trips_through_serde((scores, labels) in cases(), bins in 1u32..1000) {
        let s = Scores::from_pairs(&scores, &labels).unwrap();
        let summary = s.summary_with_bins(bins);
        let json = serde_json::to_string(&summary).unwrap();
        let back: ScoreSummary = serde_json::from_str(&json).unwrap();
        // Counts are exact. serde_json, as configured (no `float_roundtrip` feature), may read a float
        // back one unit in the last place off, so the ends are compared to that precision.
        prop_assert_eq!((back.bins, &back.pos, &back.neg), (summary.bins, &summary.pos, &summary.neg));
        prop_assert!((back.lo - summary.lo).abs() <= 4.0 * f64::EPSILON * summary.lo.abs());
        prop_assert!((back.hi - summary.hi).abs() <= 4.0 * f64::EPSILON * summary.hi.abs());
        let rebuilt = back.to_scores().unwrap();
        prop_assert_eq!(rebuilt.len(), s.len());
        prop_assert_eq!(rebuilt.positives(), s.positives());
    }

    #[test]
    fn parse_never_panics(text in ".{0,300}") {
        let _ = Scores::parse(&text);
    }

    #[test]
    fn least_cost_is_no_worse_than_any_threshold((scores, labels) in cases(), fp in 0.0..100.0f64, fn_ in 0.0..100.0f64, t in -2e6..2e6f64) {
        let s = Scores::from_pairs(&scores, &labels).unwrap();
        let costs = Costs { false_positive: fp, false_negative: fn_ };
        if let Some(d) = s.decisions(None) {
            let best = d.least_cost(costs).unwrap();
            prop_assert!(best.value <= d.cost_per_1000(&d.at(t), costs) + 1e-9);
        }
    }

    #[test]
    fn binormal_rates_fall_as_the_threshold_rises(mu in -5.0..5.0f64, sd in 0.1..3.0f64, a in -10.0..10.0f64, b in -10.0..10.0f64) {
        let m = Binormal::new(mu, sd, 0.0, 1.0, 0.3).unwrap();
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(m.tpr_at(hi) <= m.tpr_at(lo));
        prop_assert!(m.fpr_at(hi) <= m.fpr_at(lo));
    }
}
