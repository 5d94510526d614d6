//! `Scores`: the distinct thresholds with cumulative class counts (one sort, then binary searches),
//! and the full scikit-learn-shaped curves built from them.

use super::confusion::{ratio, Confusion};
use super::decisions::Decisions;
use super::keys::{from_order_key, sort_keys, take_run};
use super::limits::{RowProblem, ScoresError, MAX_ROWS, SUMMARY_MAX_BINS};
use super::read::{parse_text, RowSink};
use super::summary::ScoreSummary;
use serde::{Deserialize, Serialize};

/// Whether figures are exact or come from the binned `ScoreSummary` (the UI says which).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Figures {
    Exact,
    Summary,
}

/// Scored validation cases, prepared for fast questions.
///
/// Stored as the distinct scores in descending order with, for each, how many positives and negatives
/// score at or above it. Any threshold then maps to a prefix by binary search, and the curves are one
/// pass. Counts are `u32`: `MAX_ROWS` keeps them in range and it halves the memory of `u64`.
#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    pub(super) thresholds: Vec<f64>,
    pub(super) cum_pos: Vec<u32>,
    pub(super) cum_neg: Vec<u32>,
    figures: Figures,
}

/// Appends distinct thresholds in descending order with their per-class counts.
pub(super) struct ScoresBuilder {
    pub(super) scores: Scores,
    tp: u32,
    fp: u32,
}

impl ScoresBuilder {
    pub(super) fn new(figures: Figures) -> Self {
        let scores = Scores { thresholds: Vec::new(), cum_pos: Vec::new(), cum_neg: Vec::new(), figures };
        ScoresBuilder { scores, tp: 0, fp: 0 }
    }

    pub(super) fn push(&mut self, threshold: f64, positives: u32, negatives: u32) {
        self.tp += positives;
        self.fp += negatives;
        self.scores.thresholds.push(threshold);
        self.scores.cum_pos.push(self.tp);
        self.scores.cum_neg.push(self.fp);
    }
}

impl Scores {
    /// Reads `score,label` rows (CSV, TSV or semicolon-separated; optional header; labels 0/1 or
    /// true/false; CRLF and blank lines fine). One-class data is accepted: the metrics that need both
    /// classes return `None`.
    pub fn parse(text: &str) -> Result<Scores, ScoresError> {
        parse_text(text)
    }

    /// Builds from parallel slices. Non-finite scores are reported with their 1-based position.
    pub fn from_pairs(scores: &[f64], labels: &[bool]) -> Result<Scores, ScoresError> {
        if scores.len() != labels.len() {
            return Err(ScoresError::LengthMismatch { scores: scores.len(), labels: labels.len() });
        }
        if scores.len() > MAX_ROWS {
            return Err(ScoresError::TooManyRows { limit: MAX_ROWS });
        }
        let mut sink = RowSink::default();
        for (i, (&score, &positive)) in scores.iter().zip(labels).enumerate() {
            if score.is_finite() {
                sink.accept(score, positive);
            } else {
                sink.reject(i + 1, RowProblem::ScoreNotFinite);
            }
        }
        sink.finish()
    }

    /// The one O(n log n) step: sort each class, then merge from the top counting ties together.
    pub(super) fn from_keys(mut positive: Vec<u64>, mut negative: Vec<u64>, figures: Figures) -> Scores {
        sort_keys(&mut positive);
        sort_keys(&mut negative);
        // Sized up front and written by index: there are at most as many thresholds as keys, and
        // `push` stays a call in the size-optimised release build.
        let most = positive.len() + negative.len();
        let mut scores =
            Scores { thresholds: vec![0.0; most], cum_pos: vec![0; most], cum_neg: vec![0; most], figures };
        let (mut pos, mut neg) = (positive.as_slice(), negative.as_slice());
        let (mut k, mut tp, mut fp) = (0, 0, 0);
        while let Some(top) = pos.last().max(neg.last()).copied() {
            tp += take_run(&mut pos, top);
            fp += take_run(&mut neg, top);
            scores.thresholds[k] = from_order_key(top);
            scores.cum_pos[k] = tp;
            scores.cum_neg[k] = fp;
            k += 1;
        }
        scores.thresholds.truncate(k);
        scores.cum_pos.truncate(k);
        scores.cum_neg.truncate(k);
        scores
    }

    /// Exact, or rebuilt from a summary.
    pub fn figures(&self) -> Figures {
        self.figures
    }

    /// Number of cases.
    pub fn len(&self) -> u64 {
        self.positives() + self.negatives()
    }

    /// Never true for a successfully built value; here for completeness.
    pub fn is_empty(&self) -> bool {
        self.thresholds.is_empty()
    }

    /// Number of positive cases.
    #[inline(always)]
    pub fn positives(&self) -> u64 {
        self.cum_pos.last().map_or(0, |&c| u64::from(c))
    }

    /// Number of negative cases.
    #[inline(always)]
    pub fn negatives(&self) -> u64 {
        self.cum_neg.last().map_or(0, |&c| u64::from(c))
    }

    /// Share of positives.
    pub fn prevalence(&self) -> Option<f64> {
        ratio(self.positives(), self.len())
    }

    /// True when both classes are present, so ROC quantities are defined.
    pub fn has_both_classes(&self) -> bool {
        self.positives() > 0 && self.negatives() > 0
    }

    /// Distinct scores, highest first.
    pub fn distinct_scores(&self) -> &[f64] {
        &self.thresholds
    }

    /// Lowest and highest score.
    pub fn score_range(&self) -> Option<(f64, f64)> {
        Some((*self.thresholds.last()?, *self.thresholds.first()?))
    }

    /// Cumulative counts after the first `k` distinct thresholds (k = 0: nobody flagged).
    // `inline(always)` here and on the other per-point helpers: the release profile optimises for size
    // and would otherwise leave them as calls inside loops over a million points.
    #[inline(always)]
    pub(super) fn counts_at_prefix(&self, k: usize) -> (u64, u64) {
        match k {
            0 => (0, 0),
            _ => (u64::from(self.cum_pos[k - 1]), u64::from(self.cum_neg[k - 1])),
        }
    }

    /// Confusion counts when cases with `score >= threshold` are flagged. O(log n).
    /// A NaN threshold flags nobody (no score is >= NaN).
    pub fn confusion_at(&self, threshold: f64) -> Confusion {
        let k = self.thresholds.partition_point(|&t| t >= threshold);
        let (tp, fp) = self.counts_at_prefix(k);
        Confusion { tp, fp, tn: self.negatives() - fp, fn_: self.positives() - tp }
    }

    /// Area under the ROC curve; `None` unless both classes are present.
    ///
    /// Trapezoids summed in integers (twice the area in units of one positive × one negative), so ties
    /// count one half exactly and there is a single rounding at the end. `u64` is enough: twice the
    /// area is at most 2·P·N ≤ MAX_ROWS²/2 = 2·10¹⁴ (and 64-bit products are native in wasm, unlike
    /// 128-bit ones).
    pub fn roc_auc(&self) -> Option<f64> {
        if !self.has_both_classes() {
            return None;
        }
        let (mut twice_area, mut prev_tp, mut prev_fp) = (0u64, 0u64, 0u64);
        for (&tp, &fp) in self.cum_pos.iter().zip(&self.cum_neg) {
            let (tp, fp) = (u64::from(tp), u64::from(fp));
            twice_area += (fp - prev_fp) * (tp + prev_tp);
            (prev_tp, prev_fp) = (tp, fp);
        }
        let pairs = self.positives() * self.negatives();
        Some(twice_area as f64 / (2 * pairs) as f64)
    }

    /// Average precision as scikit-learn defines it: Σ (recallₖ − recallₖ₋₁) · precisionₖ over the
    /// distinct thresholds (a step sum, no interpolation). `None` without positives.
    pub fn average_precision(&self) -> Option<f64> {
        let positives = self.positives();
        if positives == 0 {
            return None;
        }
        let (mut sum, mut prev_tp) = (0.0, 0u32);
        for (&tp, &fp) in self.cum_pos.iter().zip(&self.cum_neg) {
            if tp != prev_tp {
                sum += f64::from(tp - prev_tp) * (f64::from(tp) / (f64::from(tp) + f64::from(fp)));
                prev_tp = tp;
            }
        }
        Some(sum / positives as f64)
    }

    /// The full ROC curve as scikit-learn's `roc_curve(drop_intermediate=False)`: the first point is
    /// (0, 0) at threshold +inf, then one point per distinct score, descending. `None` with one class.
    pub fn roc_curve(&self) -> Option<RocCurve> {
        if !self.has_both_classes() {
            return None;
        }
        let (p, n) = (self.positives() as f64, self.negatives() as f64);
        let size = self.thresholds.len() + 1;
        let mut curve = RocCurve {
            fpr: Vec::with_capacity(size),
            tpr: Vec::with_capacity(size),
            thresholds: Vec::with_capacity(size),
        };
        for k in 0..size {
            let (tp, fp) = self.counts_at_prefix(k);
            curve.fpr.push(fp as f64 / n);
            curve.tpr.push(tp as f64 / p);
            curve.thresholds.push(if k == 0 { f64::INFINITY } else { self.thresholds[k - 1] });
        }
        Some(curve)
    }

    /// The full precision–recall curve as scikit-learn's `precision_recall_curve`: thresholds ascending,
    /// and a final (precision 1, recall 0) point with no threshold. `None` without positives.
    pub fn pr_curve(&self) -> Option<PrCurve> {
        let positives = self.positives();
        if positives == 0 {
            return None;
        }
        let size = self.thresholds.len();
        let mut curve = PrCurve {
            precision: Vec::with_capacity(size + 1),
            recall: Vec::with_capacity(size + 1),
            thresholds: Vec::with_capacity(size),
        };
        for k in (1..=size).rev() {
            let (tp, fp) = self.counts_at_prefix(k);
            curve.precision.push(tp as f64 / (tp + fp) as f64);
            curve.recall.push(tp as f64 / positives as f64);
            curve.thresholds.push(self.thresholds[k - 1]);
        }
        curve.precision.push(1.0);
        curve.recall.push(0.0);
        Some(curve)
    }

    /// Decision helpers at the validation prevalence, or at a deployment prevalence if given.
    /// `None` with one class or an invalid prevalence.
    pub fn decisions(&self, deployment_prevalence: Option<f64>) -> Option<Decisions<'_, Scores>> {
        Decisions::new(self, deployment_prevalence)
    }

    /// A compact binned summary for saving in a plan (see `ScoreSummary`), on `SUMMARY_MAX_BINS` bins.
    pub fn summary(&self) -> ScoreSummary {
        self.summary_with_bins(SUMMARY_MAX_BINS)
    }

    /// As `summary`, with at most `bins` bins (clamped to 1..=`SUMMARY_MAX_BINS`).
    pub fn summary_with_bins(&self, bins: u32) -> ScoreSummary {
        ScoreSummary::from_scores(self, bins)
    }
}

/// scikit-learn-shaped ROC curve (see `Scores::roc_curve`).
#[derive(Clone, Debug, PartialEq)]
pub struct RocCurve {
    pub fpr: Vec<f64>,
    pub tpr: Vec<f64>,
    /// `thresholds[0]` is +inf: flag nobody.
    pub thresholds: Vec<f64>,
}

/// scikit-learn-shaped precision–recall curve (see `Scores::pr_curve`).
#[derive(Clone, Debug, PartialEq)]
pub struct PrCurve {
    pub precision: Vec<f64>,
    pub recall: Vec<f64>,
    /// One shorter than `precision` and `recall`.
    pub thresholds: Vec<f64>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::threshold::{BadRow, MAX_TEXT_BYTES};

    fn bad(text: &str) -> (Vec<BadRow>, usize) {
        match Scores::parse(text) {
            Err(ScoresError::BadRows { first, total }) => (first, total),
            other => panic!("expected bad rows, got {other:?}"),
        }
    }

    #[test]
    fn parses_csv_tsv_header_crlf_and_blank_lines() {
        let csv = Scores::parse("score,label\r\n0.9,1\r\n\r\n0.2,0\r\n0.4,TRUE\n").unwrap();
        assert_eq!((csv.positives(), csv.negatives()), (2, 1));
        let tsv = Scores::parse("0.9\t1\n0.1\tfalse\n\n").unwrap();
        assert_eq!((tsv.positives(), tsv.negatives()), (1, 1));
        let quoted = Scores::parse("\"p\";\"y\"\n\"0.5\";\"1\"\n").unwrap();
        assert_eq!(quoted.len(), 1);
        let bom = Scores::parse("\u{feff}score,label\n1e-3,0\n").unwrap();
        assert_eq!(bom.distinct_scores(), &[0.001]);
    }

    #[test]
    fn reports_bad_rows_with_line_numbers() {
        let (first, total) = bad("0.1,1\nabc,1\n0.3,2\nnan,0\n0.5\n0.6,1,7\ninf,1\n-inf,0\n");
        assert_eq!(total, 7);
        let lines: Vec<_> = first.iter().map(|b| (b.line, b.problem)).collect();
        assert_eq!(
            lines,
            vec![
                (2, RowProblem::ScoreNotANumber),
                (3, RowProblem::LabelNotRecognised),
                (4, RowProblem::ScoreNotFinite),
                (5, RowProblem::MissingColumn),
                (6, RowProblem::ExtraColumn),
            ]
        );
        let message = Scores::parse("x,1\n").unwrap_err().to_string();
        assert_eq!(message, "line 1: the score is not a number");
    }

    #[test]
    fn a_bad_first_row_with_a_valid_label_is_an_error_not_a_header() {
        let (first, _) = bad("abc,1\n0.2,0\n");
        assert_eq!(first[0], BadRow { line: 1, problem: RowProblem::ScoreNotANumber });
    }

    #[test]
    fn empty_and_header_only_inputs_are_empty() {
        for text in ["", "\n\n  \r\n", "score,label\n"] {
            assert_eq!(Scores::parse(text), Err(ScoresError::Empty));
        }
        assert_eq!(Scores::from_pairs(&[], &[]), Err(ScoresError::Empty));
    }

    #[test]
    fn oversized_text_is_refused_before_parsing() {
        let text = " ".repeat(MAX_TEXT_BYTES + 1);
        assert_eq!(
            Scores::parse(&text),
            Err(ScoresError::TooLarge { bytes: MAX_TEXT_BYTES + 1, limit: MAX_TEXT_BYTES })
        );
    }

    #[test]
    fn trailing_empty_column_is_tolerated() {
        assert_eq!(Scores::parse("0.3,1,\n0.2,0,,\n").unwrap().len(), 2);
    }

    #[test]
    fn from_pairs_checks_lengths_and_finiteness() {
        assert_eq!(
            Scores::from_pairs(&[0.1], &[true, false]),
            Err(ScoresError::LengthMismatch { scores: 1, labels: 2 })
        );
        let err = Scores::from_pairs(&[0.1, f64::NAN], &[true, false]).unwrap_err();
        assert_eq!(
            err,
            ScoresError::BadRows { first: vec![BadRow { line: 2, problem: RowProblem::ScoreNotFinite }], total: 1 }
        );
    }

    #[test]
    fn one_class_is_not_an_error() {
        let only_neg = Scores::from_pairs(&[0.1, 0.2], &[false, false]).unwrap();
        assert_eq!(only_neg.roc_auc(), None);
        assert_eq!(only_neg.average_precision(), None);
        assert!(only_neg.roc_curve().is_none() && only_neg.pr_curve().is_none());
        assert!(only_neg.decisions(None).is_none());
        assert_eq!(only_neg.confusion_at(0.15), Confusion { tp: 0, fp: 1, tn: 1, fn_: 0 });
        let only_pos = Scores::from_pairs(&[0.1, 0.2], &[true, true]).unwrap();
        assert_eq!(only_pos.roc_auc(), None);
        assert_eq!(only_pos.average_precision(), Some(1.0));
    }

    #[test]
    fn negative_zero_and_zero_are_one_threshold() {
        let s = Scores::from_pairs(&[-0.0, 0.0, -1.5, 2.0], &[true, false, false, true]).unwrap();
        assert_eq!(s.distinct_scores(), &[2.0, 0.0, -1.5]);
        assert_eq!(s.confusion_at(0.0), Confusion { tp: 2, fp: 1, tn: 1, fn_: 0 });
        assert_eq!(s.confusion_at(f64::NAN), Confusion { tp: 0, fp: 0, tn: 2, fn_: 2 });
        assert_eq!(s.confusion_at(f64::NEG_INFINITY), Confusion { tp: 2, fp: 2, tn: 0, fn_: 0 });
    }
}
