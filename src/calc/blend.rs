//! Objective blend: rank items by Σ wᵢ·sᵢ over any number of objectives, and show what moves when
//! the weights change. The scores should share one scale (e.g. 0 to 1), or the blend weighs the
//! larger ones more.
//!
//! Weights read as shares of their total: the ranking is the same for (2, 1) and (⅔, ⅓), and the
//! blended score shown is the one with the weights scaled to sum to 1. Whether they already do is
//! [`sums_to_one`]; [`normalised`] is the one-click fix.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How far from 1 a weights' sum may be and still count as 1: typed shares such as 0.33 + 0.33 +
/// 0.33 mean thirds, and are not worth a warning.
pub const SUM_TOLERANCE: f64 = 0.01;

/// Stored weights are rounded to this many decimals, so 0.7 is kept, not 0.7000000000000001.
const WEIGHT_DECIMALS: i32 = 9;

/// One item to rank: its score under each objective, in the objectives' order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Item {
    pub title: String,
    pub scores: Vec<f64>,
}

/// Why a blend cannot be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum BlendError {
    /// Weight `index` is negative, NaN or infinite.
    WeightNotValid { index: usize },
    /// No weight is above zero (or there are none), so nothing decides the order.
    WeightsAllZero,
    /// Item `index` has a score that is NaN or infinite.
    ScoreNotFinite { index: usize },
    /// Item `index` does not have one score per weight.
    ScoreCountMismatch { index: usize },
}

impl fmt::Display for BlendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BlendError::WeightNotValid { index } => write!(f, "weight {} must be a number of 0 or more", index + 1),
            BlendError::WeightsAllZero => f.write_str("at least one weight must be above 0"),
            BlendError::ScoreNotFinite { index } => write!(f, "item {} has a score that is not a number", index + 1),
            BlendError::ScoreCountMismatch { index } => write!(f, "item {} needs one score per objective", index + 1),
        }
    }
}

impl std::error::Error for BlendError {}

/// One line of a ranking.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ranked {
    /// Index into the items given.
    pub index: usize,
    /// 1-based rank.
    pub rank: usize,
    /// The item's score with the weights scaled to sum to 1.
    pub blended: f64,
}

/// An item whose rank differs between two sets of weights (ranks 1-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Move {
    pub index: usize,
    pub from_rank: usize,
    pub to_rank: usize,
}

fn round_weight(w: f64) -> f64 {
    let scale = 10f64.powi(WEIGHT_DECIMALS);
    (w * scale).round() / scale
}

/// `n` equal weights summing to 1: the blend before anyone chooses.
pub fn equal_weights(n: usize) -> Vec<f64> {
    vec![round_weight(1.0 / n.max(1) as f64); n]
}

/// The weights' total, after checking each is a number of 0 or more and one is above 0.
fn total(weights: &[f64]) -> Result<f64, BlendError> {
    if let Some(index) = weights.iter().position(|w| !(w.is_finite() && *w >= 0.0)) {
        return Err(BlendError::WeightNotValid { index });
    }
    let sum: f64 = weights.iter().sum();
    if sum > 0.0 {
        Ok(sum)
    } else {
        Err(BlendError::WeightsAllZero)
    }
}

/// Whether the weights add up to 1 (within [`SUM_TOLERANCE`]).
pub fn sums_to_one(weights: &[f64]) -> bool {
    (weights.iter().sum::<f64>() - 1.0).abs() <= SUM_TOLERANCE
}

/// The weights scaled to sum to 1, keeping their proportions: "make them sum to 1". All zero
/// (or none above zero) becomes equal weights, the only proportion there is to keep.
pub fn normalised(weights: &[f64]) -> Result<Vec<f64>, BlendError> {
    match total(weights) {
        Ok(sum) => Ok(weights.iter().map(|w| round_weight(w / sum)).collect()),
        Err(BlendError::WeightsAllZero) => Ok(equal_weights(weights.len())),
        Err(e) => Err(e),
    }
}

/// Sets weight `index` to `weight` (in [0, 1]) and scales the others so all still sum to 1,
/// keeping their proportions to one another; when they are all zero, they share what is left
/// equally. `None` for an index out of range or a weight outside [0, 1].
pub fn with_weight(weights: &[f64], index: usize, weight: f64) -> Option<Vec<f64>> {
    if index >= weights.len() || !(0.0..=1.0).contains(&weight) {
        return None;
    }
    let others: f64 = weights.iter().enumerate().filter(|&(i, _)| i != index).map(|(_, w)| w.max(0.0)).sum();
    let rest = 1.0 - weight;
    let share = |w: f64| {
        if others > 0.0 && others.is_finite() {
            w.max(0.0) / others * rest
        } else {
            rest / (weights.len() - 1).max(1) as f64
        }
    };
    Some(weights.iter().enumerate().map(|(i, &w)| round_weight(if i == index { weight } else { share(w) })).collect())
}

fn check(items: &[Item], weights: &[f64]) -> Result<f64, BlendError> {
    let sum = total(weights)?;
    for (index, item) in items.iter().enumerate() {
        if item.scores.len() != weights.len() {
            return Err(BlendError::ScoreCountMismatch { index });
        }
        if !item.scores.iter().all(|s| s.is_finite()) {
            return Err(BlendError::ScoreNotFinite { index });
        }
    }
    Ok(sum)
}

/// The blended score of one item, the weights read as shares of `sum`.
fn blended(item: &Item, weights: &[f64], sum: f64) -> f64 {
    // `+ 0.0` turns -0 into 0, so equal scores compare equal in the sort.
    item.scores.iter().zip(weights).map(|(s, w)| s * (w / sum)).sum::<f64>() + 0.0
}

/// Items ranked by blended score, highest first; equal scores keep the input order (stable), so the
/// ranking never flickers between equal items.
pub fn rank(items: &[Item], weights: &[f64]) -> Result<Vec<Ranked>, BlendError> {
    let sum = check(items, weights)?;
    let mut order: Vec<(usize, f64)> = items.iter().map(|item| blended(item, weights, sum)).enumerate().collect();
    // The sort is stable, which gives the tie rule. Scores are finite and never -0 (see `blended`), so
    // `total_cmp` is the numeric order.
    crate::order::sort_by(&mut order, |a, b| b.1.total_cmp(&a.1));
    Ok(order.into_iter().enumerate().map(|(i, (index, blended))| Ranked { index, rank: i + 1, blended }).collect())
}

/// Items whose rank under `to` differs from their rank under `from`, in input order.
pub fn moves(items: &[Item], from: &[f64], to: &[f64]) -> Result<Vec<Move>, BlendError> {
    let ranks_by_item = |weights| -> Result<Vec<usize>, BlendError> {
        let mut ranks = vec![0; items.len()];
        for r in rank(items, weights)? {
            ranks[r.index] = r.rank;
        }
        Ok(ranks)
    };
    let (before, after) = (ranks_by_item(from)?, ranks_by_item(to)?);
    Ok((0..items.len())
        .filter(|&i| before[i] != after[i])
        .map(|index| Move { index, from_rank: before[index], to_rank: after[index] })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(title: &str, scores: &[f64]) -> Item {
        Item { title: title.to_owned(), scores: scores.to_vec() }
    }

    fn sample() -> Vec<Item> {
        vec![item("clickbait", &[0.2, 0.9]), item("in-depth", &[0.9, 0.3]), item("balanced", &[0.6, 0.6])]
    }

    #[test]
    fn weights_move_items() {
        let items = sample();
        let order = |w: &[f64]| rank(&items, w).unwrap().iter().map(|r| r.index).collect::<Vec<_>>();
        assert_eq!(order(&[0.0, 1.0]), vec![0, 2, 1]);
        assert_eq!(order(&[1.0, 0.0]), vec![1, 2, 0]);
        assert_eq!(
            moves(&items, &[0.0, 1.0], &[1.0, 0.0]).unwrap(),
            vec![Move { index: 0, from_rank: 1, to_rank: 3 }, Move { index: 1, from_rank: 3, to_rank: 1 }]
        );
        assert!(moves(&items, &[0.3, 0.7], &[0.3, 0.7]).unwrap().is_empty());
    }

    #[test]
    fn weights_read_as_shares_of_their_total() {
        let items = sample();
        let scaled = rank(&items, &[2.0, 1.0]).unwrap();
        let shares = rank(&items, &[2.0 / 3.0, 1.0 / 3.0]).unwrap();
        assert_eq!(
            scaled.iter().map(|r| r.index).collect::<Vec<_>>(),
            shares.iter().map(|r| r.index).collect::<Vec<_>>()
        );
        // in-depth: 0.9 × ⅔ + 0.3 × ⅓ = 0.7
        assert!((scaled[0].blended - 0.7).abs() < 1e-12);
    }

    #[test]
    fn four_objectives() {
        let items = vec![item("a", &[1.0, 0.0, 0.0, 0.0]), item("b", &[0.0, 0.0, 0.0, 1.0]), item("c", &[0.3; 4])];
        let order = |w: &[f64]| rank(&items, w).unwrap().iter().map(|r| r.index).collect::<Vec<_>>();
        assert_eq!(order(&[0.4, 0.2, 0.2, 0.2]), vec![0, 2, 1]);
        assert_eq!(order(&[0.1, 0.1, 0.1, 0.7]), vec![1, 2, 0]);
        assert_eq!(order(&[0.25; 4]), vec![2, 0, 1]);
    }

    #[test]
    fn ties_keep_input_order() {
        let items = vec![item("a", &[0.5, 0.5]), item("b", &[0.5, 0.5]), item("c", &[1.0, 0.0])];
        let ranked = rank(&items, &[0.5, 0.5]).unwrap();
        assert_eq!(ranked.iter().map(|r| r.index).collect::<Vec<_>>(), vec![0, 1, 2]);
    }

    #[test]
    fn sums_and_the_one_click_fix() {
        assert!(sums_to_one(&[0.1, 0.2, 0.7]));
        assert!(sums_to_one(&[0.333, 0.333, 0.333]));
        assert!(!sums_to_one(&[0.6, 0.6]));
        assert_eq!(normalised(&[0.6, 0.6]), Ok(vec![0.5, 0.5]));
        assert_eq!(normalised(&[3.0, 1.0]), Ok(vec![0.75, 0.25]));
        assert_eq!(normalised(&[0.0, 0.0, 0.0, 0.0]), Ok(vec![0.25; 4]));
        assert_eq!(normalised(&[0.5, -1.0]), Err(BlendError::WeightNotValid { index: 1 }));
        assert_eq!(normalised(&[0.5, f64::NAN]), Err(BlendError::WeightNotValid { index: 1 }));
        assert_eq!(equal_weights(3), vec![0.333333333; 3]);
    }

    #[test]
    fn setting_one_weight_rescales_the_others() {
        assert_eq!(with_weight(&[0.5, 0.5], 0, 0.7), Some(vec![0.7, 0.3]));
        // The others keep their 1 : 3 proportion.
        assert_eq!(with_weight(&[0.2, 0.2, 0.6], 0, 0.6), Some(vec![0.6, 0.1, 0.3]));
        // All others zero: they share what is left.
        assert_eq!(with_weight(&[1.0, 0.0, 0.0], 0, 0.4), Some(vec![0.4, 0.3, 0.3]));
        assert_eq!(with_weight(&[0.5, 0.5], 2, 0.5), None);
        assert_eq!(with_weight(&[0.5, 0.5], 0, 1.5), None);
        assert_eq!(with_weight(&[0.5, 0.5], 0, f64::NAN), None);
    }

    #[test]
    fn bad_inputs_are_errors() {
        assert_eq!(rank(&sample(), &[0.0, 0.0]), Err(BlendError::WeightsAllZero));
        assert_eq!(rank(&sample(), &[]), Err(BlendError::WeightsAllZero));
        assert_eq!(rank(&sample(), &[f64::NAN, 0.5]), Err(BlendError::WeightNotValid { index: 0 }));
        let broken = vec![item("ok", &[0.1, 0.1]), item("bad", &[f64::INFINITY, 0.1])];
        assert_eq!(rank(&broken, &[0.5, 0.5]), Err(BlendError::ScoreNotFinite { index: 1 }));
        let short = vec![item("ok", &[0.1, 0.1]), item("short", &[0.1])];
        assert_eq!(rank(&short, &[0.5, 0.5]), Err(BlendError::ScoreCountMismatch { index: 1 }));
        assert_eq!(rank(&[], &[0.5, 0.5]), Ok(vec![]));
    }
}
