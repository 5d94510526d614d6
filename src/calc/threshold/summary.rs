//! `ScoreSummary`: the binned scores saved in the plan, and the `Scores` rebuilt from them.

use super::limits::{MAX_ROWS, SUMMARY_MAX_BINS};
use super::scores::{Figures, Scores, ScoresBuilder};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Per-class counts of scores on a fixed grid of equal bins between the lowest (`lo`) and highest
/// (`hi`) score: what a plan keeps instead of the raw rows. Bin `i` covers
/// [lo + i·w, lo + (i+1)·w) with w = (hi − lo)/bins, the last bin also holding `hi`.
///
/// Rebuilt with `to_scores`, each bin acts as if all its cases scored the bin's centre: curves, AUC,
/// AP and confusion counts are then approximate (labelled `Figures::Summary`). AUC errs by at most half
/// the share of positive–negative pairs that share a bin.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoreSummary {
    pub lo: f64,
    pub hi: f64,
    pub bins: u32,
    /// Positives per bin, `bins` entries.
    pub pos: Vec<u32>,
    /// Negatives per bin, `bins` entries.
    pub neg: Vec<u32>,
}

/// Why a stored summary cannot be used (it may have been edited or truncated).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SummaryError {
    /// `lo`/`hi` not finite, or `lo > hi`.
    BadRange,
    /// `bins` is 0 or above `SUMMARY_MAX_BINS`.
    BadBins,
    /// `pos` or `neg` does not have `bins` entries.
    LengthMismatch,
    /// No cases at all.
    Empty,
    /// More than `MAX_ROWS` cases.
    TooManyRows,
}

impl fmt::Display for SummaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SummaryError::BadRange => "the summary's score range is invalid",
            SummaryError::BadBins => "the summary's number of bins is invalid",
            SummaryError::LengthMismatch => "the summary's counts do not match its number of bins",
            SummaryError::Empty => "the summary holds no cases",
            SummaryError::TooManyRows => "the summary holds too many cases",
        })
    }
}

impl std::error::Error for SummaryError {}

/// `lo·(1−s) + hi·s`, which cannot overflow for finite ends.
fn lerp(lo: f64, hi: f64, share: f64) -> f64 {
    lo * (1.0 - share) + hi * share
}

impl ScoreSummary {
    pub(super) fn from_scores(scores: &Scores, bins: u32) -> ScoreSummary {
        let (lo, hi) = scores.score_range().unwrap_or((0.0, 0.0));
        // One bin when all scores are equal: a wider grid would only hold zeros.
        let bins = if lo < hi { bins.clamp(1, SUMMARY_MAX_BINS) } else { 1 };
        let mut summary = ScoreSummary { lo, hi, bins, pos: vec![0; bins as usize], neg: vec![0; bins as usize] };
        // `bin_of` never decreases as the score rises (every step of it rounds monotonically), and the
        // thresholds descend, so each bin holds one run of them: find its end by binary search rather
        // than placing a million thresholds one by one.
        let thresholds = &scores.thresholds;
        let (mut start, mut prev) = (0, (0, 0));
        while start < thresholds.len() {
            let bin = summary.bin_of(thresholds[start]);
            let end = start + thresholds[start..].partition_point(|&t| summary.bin_of(t) == bin);
            let now = (scores.cum_pos[end - 1], scores.cum_neg[end - 1]);
            summary.pos[bin] += now.0 - prev.0;
            summary.neg[bin] += now.1 - prev.1;
            (start, prev) = (end, now);
        }
        summary
    }

    /// The bin a score falls in (clamped to the grid).
    fn bin_of(&self, score: f64) -> usize {
        // Halves keep hi − lo finite even for scores near the ends of the f64 range.
        let width = self.hi / 2.0 - self.lo / 2.0;
        if width <= 0.0 {
            return 0;
        }
        let share = (score / 2.0 - self.lo / 2.0) / width;
        ((share * f64::from(self.bins)).floor().max(0.0) as usize).min(self.bins as usize - 1)
    }

    /// Total cases.
    pub fn total(&self) -> u64 {
        self.pos.iter().chain(&self.neg).map(|&c| u64::from(c)).sum()
    }

    /// Checks a summary (e.g. after deserializing).
    pub fn validate(&self) -> Result<(), SummaryError> {
        if !(self.lo.is_finite() && self.hi.is_finite() && self.lo <= self.hi) {
            return Err(SummaryError::BadRange);
        }
        if self.bins == 0 || self.bins > SUMMARY_MAX_BINS {
            return Err(SummaryError::BadBins);
        }
        if self.pos.len() != self.bins as usize || self.neg.len() != self.bins as usize {
            return Err(SummaryError::LengthMismatch);
        }
        match self.total() {
            0 => Err(SummaryError::Empty),
            t if t > MAX_ROWS as u64 => Err(SummaryError::TooManyRows),
            _ => Ok(()),
        }
    }

    /// Rebuilds approximate `Scores` (each bin's cases at the bin centre), marked `Figures::Summary`.
    pub fn to_scores(&self) -> Result<Scores, SummaryError> {
        self.validate()?;
        let mut builder = ScoresBuilder::new(Figures::Summary);
        let bins = f64::from(self.bins);
        for i in (0..self.bins as usize).rev() {
            if self.pos[i] > 0 || self.neg[i] > 0 {
                let centre = lerp(self.lo, self.hi, (i as f64 + 0.5) / bins);
                builder.push(centre, self.pos[i], self.neg[i]);
            }
        }
        Ok(builder.scores)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::threshold::tiny;

    #[test]
    fn summary_rebuilds_and_validates() {
        let s = tiny();
        let summary = s.summary();
        assert_eq!(summary.bins, SUMMARY_MAX_BINS);
        assert_eq!((summary.lo, summary.hi, summary.total()), (0.1, 0.8, 4));
        let back = summary.to_scores().unwrap();
        assert_eq!(back.figures(), Figures::Summary);
        assert_eq!(back.roc_auc(), s.roc_auc());
        let tied = Scores::from_pairs(&[0.5, 0.5], &[true, false]).unwrap().summary();
        assert_eq!((tied.bins, tied.pos.clone(), tied.neg.clone()), (1, vec![1], vec![1]));
        assert_eq!(ScoreSummary { bins: 0, ..summary.clone() }.to_scores(), Err(SummaryError::BadBins));
        assert_eq!(ScoreSummary { lo: f64::NAN, ..summary.clone() }.to_scores(), Err(SummaryError::BadRange));
        assert_eq!(ScoreSummary { pos: vec![], ..summary.clone() }.to_scores(), Err(SummaryError::LengthMismatch));
        let zeros = vec![0; SUMMARY_MAX_BINS as usize];
        assert_eq!(ScoreSummary { pos: zeros.clone(), neg: zeros, ..summary }.to_scores(), Err(SummaryError::Empty));
        let extreme = Scores::from_pairs(&[-f64::MAX, f64::MAX, 0.0], &[false, true, true]).unwrap().summary();
        assert_eq!(extreme.to_scores().unwrap().roc_auc(), Some(1.0));
    }
}
