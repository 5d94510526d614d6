//! Objective blend: rank items by w·quality + (1−w)·engagement and show what moves when the weight
//! changes. Both scores should be on one scale (e.g. 0 to 1), or the blend weighs the larger one more.

use std::fmt;

use serde::{Deserialize, Serialize};

/// One item to rank.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub title: String,
    pub quality: f64,
    pub engagement: f64,
}

/// Why a blend cannot be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum BlendError {
    /// The weight is not in [0, 1] (or is NaN).
    WeightOutOfRange,
    /// Item `index` has a score that is NaN or infinite.
    ScoreNotFinite { index: usize },
}

impl fmt::Display for BlendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BlendError::WeightOutOfRange => f.write_str("the weight must be between 0 and 1"),
            BlendError::ScoreNotFinite { index } => write!(f, "item {} has a score that is not a number", index + 1),
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
    pub blended: f64,
}

/// An item whose rank differs between two weights (ranks 1-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Move {
    pub index: usize,
    pub from_rank: usize,
    pub to_rank: usize,
}

fn check(items: &[Item], weight: f64) -> Result<(), BlendError> {
    if !(0.0..=1.0).contains(&weight) {
        return Err(BlendError::WeightOutOfRange);
    }
    match items.iter().position(|i| !(i.quality.is_finite() && i.engagement.is_finite())) {
        Some(index) => Err(BlendError::ScoreNotFinite { index }),
        None => Ok(()),
    }
}

/// The blended score of one item.
pub fn blended(item: &Item, weight: f64) -> f64 {
    // `+ 0.0` turns -0 into 0, so equal scores compare equal in the sort.
    weight * item.quality + (1.0 - weight) * item.engagement + 0.0
}

/// Items ranked by blended score, highest first; equal scores keep the input order (stable), so the
/// ranking never flickers between equal items.
pub fn rank(items: &[Item], weight: f64) -> Result<Vec<Ranked>, BlendError> {
    check(items, weight)?;
    let mut order: Vec<(usize, f64)> = items.iter().map(|item| blended(item, weight)).enumerate().collect();
    // The sort is stable, which gives the tie rule. Scores are finite and never -0 (see `blended`), so
    // `total_cmp` is the numeric order.
    crate::order::sort_by(&mut order, |a, b| b.1.total_cmp(&a.1));
    Ok(order.into_iter().enumerate().map(|(i, (index, blended))| Ranked { index, rank: i + 1, blended }).collect())
}

/// Items whose rank at `to_weight` differs from their rank at `from_weight`, in input order.
pub fn moves(items: &[Item], from_weight: f64, to_weight: f64) -> Result<Vec<Move>, BlendError> {
    let ranks_by_item = |weight| -> Result<Vec<usize>, BlendError> {
        let mut ranks = vec![0; items.len()];
        for r in rank(items, weight)? {
            ranks[r.index] = r.rank;
        }
        Ok(ranks)
    };
    let (before, after) = (ranks_by_item(from_weight)?, ranks_by_item(to_weight)?);
    Ok((0..items.len())
        .filter(|&i| before[i] != after[i])
        .map(|index| Move { index, from_rank: before[index], to_rank: after[index] })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(title: &str, quality: f64, engagement: f64) -> Item {
        Item { title: title.to_owned(), quality, engagement }
    }

    fn sample() -> Vec<Item> {
        vec![item("clickbait", 0.2, 0.9), item("in-depth", 0.9, 0.3), item("balanced", 0.6, 0.6)]
    }

    #[test]
    fn weight_moves_items() {
        let items = sample();
        let order = |w| rank(&items, w).unwrap().iter().map(|r| r.index).collect::<Vec<_>>();
        assert_eq!(order(0.0), vec![0, 2, 1]);
        assert_eq!(order(1.0), vec![1, 2, 0]);
        assert_eq!(
            moves(&items, 0.0, 1.0).unwrap(),
            vec![Move { index: 0, from_rank: 1, to_rank: 3 }, Move { index: 1, from_rank: 3, to_rank: 1 }]
        );
        assert!(moves(&items, 0.3, 0.3).unwrap().is_empty());
    }

    #[test]
    fn ties_keep_input_order() {
        let items = vec![item("a", 0.5, 0.5), item("b", 0.5, 0.5), item("c", 1.0, 0.0)];
        let ranked = rank(&items, 0.5).unwrap();
        assert_eq!(ranked.iter().map(|r| r.index).collect::<Vec<_>>(), vec![0, 1, 2]);
    }

    #[test]
    fn bad_inputs_are_errors() {
        assert_eq!(rank(&sample(), 1.5), Err(BlendError::WeightOutOfRange));
        assert_eq!(rank(&sample(), f64::NAN), Err(BlendError::WeightOutOfRange));
        let broken = vec![item("ok", 0.1, 0.1), item("bad", f64::INFINITY, 0.1)];
        assert_eq!(rank(&broken, 0.5), Err(BlendError::ScoreNotFinite { index: 1 }));
        assert_eq!(rank(&[], 0.5), Ok(vec![]));
    }
}
