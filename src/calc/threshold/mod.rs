//! Threshold calculator: from validation scores and labels (or from a binormal teaching model) to
//! confusion counts, ROC and precision–recall curves, and the threshold decisions built on them.
//!
//! Rule throughout: a case is predicted positive iff `score >= threshold`. Curves, ROC AUC and average
//! precision follow scikit-learn's `roc_curve(drop_intermediate=False)`, `precision_recall_curve`,
//! `roc_auc_score` and `average_precision_score`, ties included (checked against its output in
//! `tests/calc_threshold_vectors.rs`).
//!
//! Layout: limits and errors; `Scores` (one sort, then binary searches); `Confusion` metrics; the `RateSource` trait shared by own scores and the teaching model, with the
//! decision helpers in `Decisions`; curve downsampling; the `Binormal` teaching model; the persisted
//! `ScoreSummary`. The text reader is in `read`, the sortable score keys and their sort in `keys`.

mod keys;
mod read;

pub use read::ScoresReader;

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::normal;
use keys::{from_order_key, sort_keys, take_run};
use read::{parse_text, RowSink};

// ---------------------------------------------------------------------------------------------------
// Limits and errors
// ---------------------------------------------------------------------------------------------------

/// Largest text `Scores::parse` accepts: keeps a pasted file from exhausting the tab's memory.
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;
/// Largest number of rows accepted from text or pairs; also keeps every count within `u32`.
pub const MAX_ROWS: usize = 20_000_000;
/// How many bad rows an error lists by line number; the rest are only counted.
pub const MAX_REPORTED_BAD_ROWS: usize = 5;
/// Upper bound on the bins of a `ScoreSummary`.
pub const SUMMARY_MAX_BINS: u32 = 1000;
/// A sensible point budget for drawing a curve as SVG.
pub const DEFAULT_CURVE_POINTS: usize = 512;

/// What is wrong with one input row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowProblem {
    /// The row has no label column, or a column is empty.
    MissingColumn,
    /// The row has more than two non-empty columns.
    ExtraColumn,
    /// The score does not read as a number.
    ScoreNotANumber,
    /// The score is NaN or infinite.
    ScoreNotFinite,
    /// The label is none of 0, 1, true, false.
    LabelNotRecognised,
}

/// One rejected row. `line` is the 1-based line of the text (for `from_pairs`, the 1-based position).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadRow {
    pub line: usize,
    pub problem: RowProblem,
}

/// Why scores could not be read. Structured so the UI can phrase it in any language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScoresError {
    /// No data rows at all (blank text, or a header only).
    Empty,
    /// The text is longer than `limit` bytes.
    TooLarge { bytes: usize, limit: usize },
    /// More than `limit` rows.
    TooManyRows { limit: usize },
    /// `from_pairs` got different numbers of scores and labels.
    LengthMismatch { scores: usize, labels: usize },
    /// Some rows are unusable: the first few (up to `MAX_REPORTED_BAD_ROWS`) and how many in all.
    BadRows { first: Vec<BadRow>, total: usize },
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RowProblem::MissingColumn => "a column is missing (expected score and label)",
            RowProblem::ExtraColumn => "there are more than two columns",
            RowProblem::ScoreNotANumber => "the score is not a number",
            RowProblem::ScoreNotFinite => "the score is NaN or infinite",
            RowProblem::LabelNotRecognised => "the label is not 0, 1, true or false",
        })
    }
}

impl fmt::Display for ScoresError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScoresError::Empty => f.write_str("no score,label rows were found"),
            ScoresError::TooLarge { bytes, limit } => {
                write!(f, "the text is {bytes} bytes, more than the limit of {limit} bytes")
            }
            ScoresError::TooManyRows { limit } => write!(f, "there are more than {limit} rows"),
            ScoresError::LengthMismatch { scores, labels } => {
                write!(f, "{scores} scores but {labels} labels")
            }
            ScoresError::BadRows { first, total } => {
                for (i, row) in first.iter().enumerate() {
                    let sep = if i == 0 { "" } else { "; " };
                    write!(f, "{sep}line {}: {}", row.line, row.problem)?;
                }
                let more = total.saturating_sub(first.len());
                if more > 0 {
                    write!(f, "; and {more} more rows with problems")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ScoresError {}

// ---------------------------------------------------------------------------------------------------
// Scores
// ---------------------------------------------------------------------------------------------------

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
    thresholds: Vec<f64>,
    cum_pos: Vec<u32>,
    cum_neg: Vec<u32>,
    figures: Figures,
}

/// Appends distinct thresholds in descending order with their per-class counts.
struct ScoresBuilder {
    scores: Scores,
    tp: u32,
    fp: u32,
}

impl ScoresBuilder {
    fn new(figures: Figures) -> Self {
        let scores = Scores { thresholds: Vec::new(), cum_pos: Vec::new(), cum_neg: Vec::new(), figures };
        ScoresBuilder { scores, tp: 0, fp: 0 }
    }

    fn push(&mut self, threshold: f64, positives: u32, negatives: u32) {
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
    fn from_keys(mut positive: Vec<u64>, mut negative: Vec<u64>, figures: Figures) -> Scores {
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
    fn counts_at_prefix(&self, k: usize) -> (u64, u64) {
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

// ---------------------------------------------------------------------------------------------------
// Confusion counts and the metrics read from them
// ---------------------------------------------------------------------------------------------------

/// Confusion counts at one threshold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confusion {
    pub tp: u64,
    pub fp: u64,
    pub tn: u64,
    /// False negatives (`fn` is a keyword).
    pub fn_: u64,
}

/// `num / den`, undefined (None) when the denominator is zero.
fn ratio(num: u64, den: u64) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

impl Confusion {
    pub fn total(&self) -> u64 {
        self.tp + self.fp + self.tn + self.fn_
    }

    pub fn actual_positives(&self) -> u64 {
        self.tp + self.fn_
    }

    pub fn actual_negatives(&self) -> u64 {
        self.fp + self.tn
    }

    pub fn predicted_positives(&self) -> u64 {
        self.tp + self.fp
    }

    /// Of the flagged cases, the share truly positive.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.predicted_positives())
    }

    /// Recall, sensitivity, true-positive rate.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.actual_positives())
    }

    /// Specificity, true-negative rate.
    pub fn specificity(&self) -> Option<f64> {
        ratio(self.tn, self.actual_negatives())
    }

    pub fn false_positive_rate(&self) -> Option<f64> {
        ratio(self.fp, self.actual_negatives())
    }

    /// Miss rate.
    pub fn false_negative_rate(&self) -> Option<f64> {
        ratio(self.fn_, self.actual_positives())
    }

    /// Of the cases let through, the share truly negative.
    pub fn negative_predictive_value(&self) -> Option<f64> {
        ratio(self.tn, self.tn + self.fn_)
    }

    pub fn accuracy(&self) -> Option<f64> {
        ratio(self.tp + self.tn, self.total())
    }

    /// Share of all cases flagged positive (the workload the threshold creates).
    pub fn predicted_positive_share(&self) -> Option<f64> {
        ratio(self.predicted_positives(), self.total())
    }

    pub fn prevalence(&self) -> Option<f64> {
        ratio(self.actual_positives(), self.total())
    }

    pub fn f1(&self) -> Option<f64> {
        self.f_beta(1.0)
    }

    /// F-beta from counts: (1+β²)·tp / ((1+β²)·tp + β²·fn + fp). Defined (possibly 0) whenever there is
    /// any positive case or any flagged case; `None` for β not finite and positive.
    pub fn f_beta(&self, beta: f64) -> Option<f64> {
        f_beta_from_masses(self.tp as f64, self.fp as f64, self.fn_ as f64, beta)
    }

    /// Matthews correlation coefficient; `None` when any row or column of the table is empty.
    pub fn mcc(&self) -> Option<f64> {
        Masses::from(self).mcc()
    }
}

/// Confusion cells as numbers: counts, or shares of all cases when they come from rates and a
/// prevalence. Every figure the calculator shows is computed here once, for both sources.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Masses {
    pub tp: f64,
    pub fp: f64,
    pub tn: f64,
    pub fn_: f64,
}

impl From<&Confusion> for Masses {
    fn from(c: &Confusion) -> Self {
        Masses { tp: c.tp as f64, fp: c.fp as f64, tn: c.tn as f64, fn_: c.fn_ as f64 }
    }
}

/// `num / den`, undefined (None) when the denominator is not positive.
fn share(num: f64, den: f64) -> Option<f64> {
    (den > 0.0).then(|| num / den)
}

impl Masses {
    /// Shares of all cases at an operating point when a share `prevalence` of cases are positive.
    pub fn from_rates(point: &OperatingPoint, prevalence: f64) -> Self {
        let (pos, neg) = (prevalence, 1.0 - prevalence);
        Masses { tp: point.tpr * pos, fp: point.fpr * neg, tn: (1.0 - point.fpr) * neg, fn_: (1.0 - point.tpr) * pos }
    }

    pub fn total(&self) -> f64 {
        self.tp + self.fp + self.tn + self.fn_
    }

    pub fn mcc(&self) -> Option<f64> {
        let Masses { tp, fp, tn, fn_ } = *self;
        let factors = [tp + fp, tp + fn_, tn + fp, tn + fn_];
        if factors.iter().any(|&f| f <= 0.0) {
            return None;
        }
        // Product of square roots: the plain product can exceed f64 range for huge counts.
        let denominator: f64 = factors.iter().map(|f| f.sqrt()).product();
        Some((tp * tn - fp * fn_) / denominator)
    }

    /// Every figure at once, with F-beta at `beta`.
    pub fn metrics(&self, beta: f64) -> Metrics {
        let Masses { tp, fp, tn, fn_ } = *self;
        let total = self.total();
        Metrics {
            precision: share(tp, tp + fp),
            recall: share(tp, tp + fn_),
            specificity: share(tn, tn + fp),
            false_positive_rate: share(fp, tn + fp),
            f1: f_beta_from_masses(tp, fp, fn_, 1.0),
            f_beta: f_beta_from_masses(tp, fp, fn_, beta),
            accuracy: share(tp + tn, total),
            mcc: self.mcc(),
            predicted_positive_share: share(tp + fp, total),
        }
    }
}

/// The figures shown at one threshold; `None` where a denominator is zero.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    pub specificity: Option<f64>,
    pub false_positive_rate: Option<f64>,
    pub f1: Option<f64>,
    pub f_beta: Option<f64>,
    pub accuracy: Option<f64>,
    pub mcc: Option<f64>,
    pub predicted_positive_share: Option<f64>,
}

/// Shared by counts and by rates × prevalence (masses are then fractions of all cases).
#[inline(always)]
fn f_beta_from_masses(tp: f64, fp: f64, fn_: f64, beta: f64) -> Option<f64> {
    if !(beta.is_finite() && beta > 0.0) {
        return None;
    }
    let b2 = beta * beta;
    let denominator = (1.0 + b2) * tp + b2 * fn_ + fp;
    (denominator > 0.0).then(|| (1.0 + b2) * tp / denominator)
}

// ---------------------------------------------------------------------------------------------------
// Operating points and decisions, shared by own scores and the teaching model
// ---------------------------------------------------------------------------------------------------

/// A threshold and the rates it gives.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct OperatingPoint {
    /// +inf flags nobody, -inf everybody. (JSON has no infinity: the UI phrases these two ends.)
    pub threshold: f64,
    /// True-positive rate (recall).
    pub tpr: f64,
    pub fpr: f64,
}

/// Anything that yields operating points from "nobody flagged" to "everybody flagged" (tpr and fpr
/// non-decreasing). Own scores and the binormal model implement it, so `Decisions` is written once.
pub trait RateSource {
    /// Share of positives the rates were measured at; `None` when rates are undefined (one class,
    /// invalid model). Decisions refuse such sources.
    fn base_prevalence(&self) -> Option<f64>;
    /// Number of candidate operating points, both ends included.
    fn point_count(&self) -> usize;
    /// Point `i`; `i = 0` flags nobody, later points have lower thresholds.
    fn point(&self, i: usize) -> OperatingPoint;
    /// The operating point at any threshold.
    fn point_at(&self, threshold: f64) -> OperatingPoint;
}

impl RateSource for Scores {
    fn base_prevalence(&self) -> Option<f64> {
        self.has_both_classes().then(|| self.positives() as f64 / self.len() as f64)
    }

    fn point_count(&self) -> usize {
        self.thresholds.len() + 1
    }

    #[inline(always)]
    fn point(&self, i: usize) -> OperatingPoint {
        let (tp, fp) = self.counts_at_prefix(i);
        let threshold = if i == 0 { f64::INFINITY } else { self.thresholds[i - 1] };
        OperatingPoint { threshold, tpr: tp as f64 / self.positives() as f64, fpr: fp as f64 / self.negatives() as f64 }
    }

    fn point_at(&self, threshold: f64) -> OperatingPoint {
        let mut point = self.point(self.thresholds.partition_point(|&t| t >= threshold));
        point.threshold = threshold;
        point
    }
}

/// Cost of one false positive and of one false negative, in any one unit (money, minutes, harm).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Costs {
    pub false_positive: f64,
    pub false_negative: f64,
}

impl Costs {
    /// Costs must be finite and not negative.
    pub fn is_valid(&self) -> bool {
        [self.false_positive, self.false_negative].iter().all(|c| c.is_finite() && *c >= 0.0)
    }
}

/// A chosen operating point and the value of the criterion there (the cost per 1,000 for
/// `least_cost`, F-beta, J, recall, or false-positive rate).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub point: OperatingPoint,
    pub value: f64,
}

/// Slack for the "at least" constraints, so a precision of exactly 0.5 computed through rates is not
/// refused for being 0.49999999999999994.
const CONSTRAINT_SLACK: f64 = 1e-12;

/// Points sampled for the starting floors of `Decisions::best_of_each`.
const FLOOR_SAMPLES: usize = 257;
/// How far a criterion's value at a point may be trusted to stay below its block's corner value: many
/// times the rounding of the few operations in any criterion.
const BOUND_SLACK: f64 = 1e-12;

/// Precision when the rates are applied at prevalence `prevalence`:
/// TPR·π / (TPR·π + FPR·(1−π)). `None` when nothing is flagged.
#[inline(always)]
pub fn precision_at_prevalence(tpr: f64, fpr: f64, prevalence: f64) -> Option<f64> {
    let true_mass = tpr * prevalence;
    let flagged = true_mass + fpr * (1.0 - prevalence);
    (flagged > 0.0).then(|| true_mass / flagged)
}

/// Threshold decisions over a `RateSource` at a chosen prevalence.
pub struct Decisions<'a, S: RateSource + ?Sized> {
    source: &'a S,
    prevalence: f64,
}

impl<'a, S: RateSource + ?Sized> Decisions<'a, S> {
    /// `deployment_prevalence`: `None` keeps the source's own; `Some(π)` (0 < π < 1) re-weights the
    /// rates to a population with that share of positives (prevalence shift; the rates themselves are
    /// assumed to carry over). `None` when the source has undefined rates or π is out of range.
    pub fn new(source: &'a S, deployment_prevalence: Option<f64>) -> Option<Self> {
        let base = source.base_prevalence()?;
        let prevalence = match deployment_prevalence {
            None => base,
            Some(p) if p > 0.0 && p < 1.0 => p,
            Some(_) => return None,
        };
        Some(Decisions { source, prevalence })
    }

    /// The prevalence decisions are computed at.
    pub fn prevalence(&self) -> f64 {
        self.prevalence
    }

    /// The operating point at a threshold.
    pub fn at(&self, threshold: f64) -> OperatingPoint {
        self.source.point_at(threshold)
    }

    #[inline(always)]
    pub fn precision(&self, point: &OperatingPoint) -> Option<f64> {
        precision_at_prevalence(point.tpr, point.fpr, self.prevalence)
    }

    #[inline(always)]
    pub fn f_beta(&self, point: &OperatingPoint, beta: f64) -> Option<f64> {
        let tp = point.tpr * self.prevalence;
        let fn_ = (1.0 - point.tpr) * self.prevalence;
        let fp = point.fpr * (1.0 - self.prevalence);
        f_beta_from_masses(tp, fp, fn_, beta)
    }

    /// Expected cost per 1,000 cases: 1000 · (c_fp · FPR · (1−π) + c_fn · (1−TPR) · π).
    #[inline(always)]
    pub fn cost_per_1000(&self, point: &OperatingPoint, costs: Costs) -> f64 {
        let fp = point.fpr * (1.0 - self.prevalence);
        let fn_ = (1.0 - point.tpr) * self.prevalence;
        1000.0 * (costs.false_positive * fp + costs.false_negative * fn_)
    }

    /// The threshold with the least expected cost (ties: the higher threshold). `None` for invalid costs.
    pub fn least_cost(&self, costs: Costs) -> Option<Choice> {
        let [best] = self.best_of_each([costs.is_valid().then_some(Criterion::LeastCost(costs))]);
        best
    }

    /// The threshold with the largest F-beta (β > 1 weighs recall more). Ties: the higher threshold.
    pub fn best_f_beta(&self, beta: f64) -> Option<Choice> {
        let [best] = self.best_of_each([Some(Criterion::FBeta(beta))]);
        best
    }

    /// The threshold with the largest Youden's J = TPR − FPR (prevalence-free).
    pub fn best_youden(&self) -> Option<Choice> {
        let [best] = self.best_of_each([Some(Criterion::Youden)]);
        best
    }

    /// Highest recall among thresholds whose precision is at least `min_precision`; at equal recall the
    /// higher threshold (fewer false positives). `None` when no threshold qualifies.
    pub fn max_recall_with_precision(&self, min_precision: f64) -> Option<Choice> {
        let [best] = self.best_of_each([Criterion::recall_at_precision(min_precision)]);
        best
    }

    /// Lowest false-positive rate among thresholds whose recall is at least `min_recall`; at equal rate
    /// the lower threshold (more recall for free). `None` when no threshold qualifies.
    pub fn min_fpr_with_recall(&self, min_recall: f64) -> Option<Choice> {
        let [best] = self.best_of_each([Criterion::fpr_at_recall(min_recall)]);
        best
    }

    /// All five suggestions at once: the same choices as the five methods above, in one pass over the
    /// operating points instead of five (on a million scores the pass is the cost).
    pub fn suggest(&self, targets: &Targets) -> Suggested {
        let [least_cost, best_f_beta, youden, recall_at_precision, fpr_at_recall] = self.best_of_each([
            targets.costs.filter(Costs::is_valid).map(Criterion::LeastCost),
            Some(Criterion::FBeta(targets.beta)),
            Some(Criterion::Youden),
            Criterion::recall_at_precision(targets.min_precision),
            Criterion::fpr_at_recall(targets.min_recall),
        ]);
        Suggested { least_cost, best_f_beta, youden, recall_at_precision, fpr_at_recall }
    }

    /// What a criterion makes of a point, as a value to maximise: lowest-is-best criteria are negated
    /// here and the sign restored by `best_of_each`. `None` where the point does not qualify.
    #[inline(always)]
    fn criterion_value(&self, criterion: Criterion, p: &OperatingPoint) -> Option<f64> {
        match criterion {
            Criterion::LeastCost(costs) => Some(-self.cost_per_1000(p, costs)),
            Criterion::FBeta(beta) => self.f_beta(p, beta),
            Criterion::Youden => Some(p.tpr - p.fpr),
            Criterion::RecallAtPrecision(min_precision) => {
                let precision = self.precision(p)?;
                (precision >= min_precision - CONSTRAINT_SLACK).then_some(p.tpr)
            }
            Criterion::FprAtRecall(min_recall) => (p.tpr >= min_recall - CONSTRAINT_SLACK).then_some(-p.fpr),
        }
    }

    /// For each criterion, the point that optimises it (points where it is `None` or not finite are
    /// skipped); `None` for an absent criterion or when no point qualifies. One pass for all of them.
    ///
    /// The pass skips blocks of points that cannot change any answer (branch and bound): rates only
    /// grow along the points and every criterion improves with the true-positive rate and worsens with
    /// the false-positive rate, so no point of a block beats the block's best corner (`bound`). A block
    /// is skipped when, for every criterion, that bound is below the best value so far, or below a
    /// floor taken from a coarse sample of points first. Points that could tie are never skipped, so
    /// the ties are settled as by visiting every point. Blocks grow in doubling steps while skipping.
    fn best_of_each<const K: usize>(&self, criteria: [Option<Criterion>; K]) -> [Option<Choice>; K] {
        let count = self.source.point_count();
        let floors = self.sampled_floors(&criteria, count);
        let mut best: [Option<Choice>; K] = [None; K];
        let (mut i, mut step) = (0, 1);
        while i < count {
            if step == 1 {
                self.offer(&criteria, &mut best, i);
                (i, step) = (i + 1, 2);
                continue;
            }
            let end = (i + step).min(count) - 1;
            if self.block_cannot_win(&criteria, &best, &floors, i, end) {
                (i, step) = (end + 1, step * 2);
            } else {
                step = 1;
            }
        }
        for (criterion, best) in criteria.iter().zip(best.iter_mut()) {
            if let (Some(c), Some(b)) = (criterion, best.as_mut()) {
                if c.lowest_is_best() {
                    b.value = -b.value;
                }
            }
        }
        best
    }

    /// Point `i` replaces a criterion's best when its value is higher (or equal, for criteria whose
    /// ties go to the lower threshold).
    fn offer<const K: usize>(&self, criteria: &[Option<Criterion>; K], best: &mut [Option<Choice>; K], i: usize) {
        let point = self.source.point(i);
        for (criterion, best) in criteria.iter().zip(best.iter_mut()) {
            let Some(c) = *criterion else { continue };
            let Some(value) = self.criterion_value(c, &point).filter(|v| v.is_finite()) else { continue };
            let better = match best {
                None => true,
                Some(b) => value > b.value || (c.tie() == Tie::TakeLowerThreshold && value == b.value),
            };
            if better {
                *best = Some(Choice { point, value });
            }
        }
    }

    /// For each criterion, the best value among `FLOOR_SAMPLES` evenly spread points: the answer is
    /// at least as good, so blocks that cannot reach it need no visit even before the pass gets there.
    fn sampled_floors<const K: usize>(&self, criteria: &[Option<Criterion>; K], count: usize) -> [Option<f64>; K] {
        let mut floors = [None; K];
        if count < 2 {
            return floors;
        }
        for k in 0..FLOOR_SAMPLES {
            let point = self.source.point(k * (count - 1) / (FLOOR_SAMPLES - 1));
            for (criterion, floor) in criteria.iter().zip(floors.iter_mut()) {
                let Some(value) = criterion.and_then(|c| self.criterion_value(c, &point)) else { continue };
                if value.is_finite() && floor.is_none_or(|f| value > f) {
                    *floor = Some(value);
                }
            }
        }
        floors
    }

    /// True when no point of `a..=b` can replace any criterion's best (see `best_of_each`).
    fn block_cannot_win<const K: usize>(
        &self,
        criteria: &[Option<Criterion>; K],
        best: &[Option<Choice>; K],
        floors: &[Option<f64>; K],
        a: usize,
        b: usize,
    ) -> bool {
        let (first, last) = (self.source.point(a), self.source.point(b));
        criteria.iter().zip(best).zip(floors).all(|((criterion, best), floor)| {
            let Some(c) = *criterion else { return true };
            let Some(bound) = self.bound(c, &first, &last) else { return true };
            let Some(bar) = best.map(|b| b.value).into_iter().chain(*floor).reduce(f64::max) else { return false };
            // Strictly below, so points that could tie are visited. Rounding can put a point a few units
            // in the last place past its corner; the slack is far larger.
            bound + BOUND_SLACK * bound.abs().max(1.0) < bar
        })
    }

    /// The most criterion `c` can reach at points whose rates lie between `first` and `last`: its value
    /// at the best corner (the higher true-positive rate, the lower false-positive rate), with the
    /// constraints also judged there. `None` when no such point can qualify.
    fn bound(&self, c: Criterion, first: &OperatingPoint, last: &OperatingPoint) -> Option<f64> {
        let corner = OperatingPoint { threshold: last.threshold, tpr: last.tpr, fpr: first.fpr };
        match c {
            Criterion::RecallAtPrecision(min_precision) => {
                // Without a precision at the corner (nothing flagged there), do not rule the block out.
                let reachable =
                    self.precision(&corner).is_none_or(|p| p >= min_precision - CONSTRAINT_SLACK - BOUND_SLACK);
                reachable.then_some(corner.tpr)
            }
            Criterion::FprAtRecall(min_recall) => {
                (corner.tpr >= min_recall - CONSTRAINT_SLACK - BOUND_SLACK).then_some(-corner.fpr)
            }
            _ => self.criterion_value(c, &corner).map(|v| if v.is_nan() { f64::INFINITY } else { v }),
        }
    }

    /// Average precision at this prevalence: the sum over operating points of the recall gained times
    /// the precision there (scikit-learn's step rule). For own scores at their own prevalence this is
    /// `Scores::average_precision`; for the teaching model it is exact to its threshold grid.
    pub fn average_precision(&self) -> f64 {
        let mut sum = 0.0;
        let mut prev_recall = 0.0;
        for i in 1..self.source.point_count() {
            let point = self.source.point(i);
            if point.tpr > prev_recall {
                sum += (point.tpr - prev_recall) * self.precision(&point).unwrap_or(0.0);
                prev_recall = point.tpr;
            }
        }
        sum
    }

    /// The ROC curve (x = FPR, y = TPR) with at most `max_points` points, shape kept: points that
    /// cannot be told apart are dropped first (see `INDISTINCT`), then `downsample` keeps the shape.
    pub fn roc_points(&self, max_points: usize) -> Vec<CurvePoint> {
        let count = self.source.point_count();
        let at = |i| {
            let p = self.source.point(i);
            CurvePoint { x: p.fpr, y: p.tpr, threshold: p.threshold }
        };
        if count <= max_points.max(2) {
            return (0..count).map(at).collect();
        }
        // Both rates only grow along the curve, so the distance from the last kept point only grows
        // too: the next point far enough away is found by a galloping search, without visiting the
        // points in between. Same points as checking each in turn.
        let (mut kept, mut last) = (vec![at(0)], 0);
        loop {
            let from = kept[kept.len() - 1];
            let next = first_true(last + 1, count, |j| !indistinct(&from, &at(j)));
            if next == count {
                break;
            }
            kept.push(at(next));
            last = next;
        }
        if last != count - 1 {
            kept.push(at(count - 1));
        }
        downsample_points(&kept, max_points)
    }

    /// The precision–recall curve (x = recall, y = precision) at this prevalence, starting like
    /// scikit-learn's at (0, 1), with at most `max_points` points, shape kept as for `roc_points`.
    pub fn pr_points(&self, max_points: usize) -> Vec<CurvePoint> {
        let count = self.source.point_count();
        let start = CurvePoint { x: 0.0, y: 1.0, threshold: f64::INFINITY };
        let at = |i| {
            let p = self.source.point(i);
            Some(CurvePoint { x: p.tpr, y: self.precision(&p)?, threshold: p.threshold })
        };
        if count <= max_points.max(2) {
            return std::iter::once(start).chain((1..count).filter_map(at)).collect();
        }
        // Precision rises and falls, so no single point bounds its neighbours; but a block of points
        // lies in the box its two ends span (see `pr_block_indistinct`), so blocks that surely stay
        // within `INDISTINCT` are skipped whole, in doubling steps, and only the rest are visited.
        // Same points as checking each in turn.
        let (mut kept, mut last_kept) = (vec![start], 0);
        let (mut i, mut step) = (1, 1);
        while i < count {
            let from = kept[kept.len() - 1];
            let end = (i + step).min(count) - 1;
            if self.pr_block_indistinct(i, end, &from) {
                (i, step) = (end + 1, step * 2);
                continue;
            }
            if step > 1 {
                step = 1;
                continue;
            }
            if let Some(p) = at(i).filter(|p| !indistinct(&from, p)) {
                kept.push(p);
                last_kept = i;
            }
            i += 1;
        }
        if last_kept != count - 1 {
            kept.extend(at(count - 1));
        }
        downsample_points(&kept, max_points)
    }

    /// True when every precision–recall point of `a..=b` is surely nearer than `INDISTINCT` to
    /// `from`. Recall only grows along the curve, and precision rises with recall and falls with the
    /// false-positive rate, so the points lie in the box from (recallₐ, precision at recallₐ and
    /// FPR_b) to (recall_b, precision at recall_b and FPRₐ). The distance is held a billionth short
    /// of `INDISTINCT`, far more than rounding can move a point out of that box.
    fn pr_block_indistinct(&self, a: usize, b: usize, from: &CurvePoint) -> bool {
        let (first, last) = (self.source.point(a), self.source.point(b));
        let low = precision_at_prevalence(first.tpr, last.fpr, self.prevalence);
        let high = precision_at_prevalence(last.tpr, first.fpr, self.prevalence);
        let (Some(low), Some(high)) = (low, high) else { return false };
        let dx = (first.tpr - from.x).abs().max((last.tpr - from.x).abs());
        let dy = (low - from.y).abs().max((high - from.y).abs());
        let reach = INDISTINCT * (1.0 - 1e-9);
        dx * dx + dy * dy < reach * reach
    }
}

/// The first index in `lo..hi` where `far` holds (`hi` if none), for a `far` that once true stays
/// true: doubling steps, then bisection, so a gap of g points costs about 2·log2(g) tests.
fn first_true(lo: usize, hi: usize, far: impl Fn(usize) -> bool) -> usize {
    let (mut start, mut end, mut step) = (lo, lo, 1);
    while end < hi && !far(end) {
        start = end + 1;
        end += step;
        step *= 2;
    }
    let mut end = end.min(hi);
    while start < end {
        let mid = start + (end - start) / 2;
        if far(mid) {
            end = mid;
        } else {
            start = mid + 1;
        }
    }
    start
}

/// What the suggestions are asked for: costs (if given), the β of F-beta, and the two constraints.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Targets {
    pub costs: Option<Costs>,
    pub beta: f64,
    pub min_precision: f64,
    pub min_recall: f64,
}

/// The suggested thresholds (see `Decisions::suggest`); each as its own method would choose it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Suggested {
    pub least_cost: Option<Choice>,
    pub best_f_beta: Option<Choice>,
    pub youden: Option<Choice>,
    pub recall_at_precision: Option<Choice>,
    pub fpr_at_recall: Option<Choice>,
}

/// What a suggestion optimises (see the `Decisions` methods of the same names).
#[derive(Clone, Copy)]
enum Criterion {
    LeastCost(Costs),
    FBeta(f64),
    Youden,
    RecallAtPrecision(f64),
    FprAtRecall(f64),
}

impl Criterion {
    fn recall_at_precision(min_precision: f64) -> Option<Self> {
        (0.0..=1.0).contains(&min_precision).then_some(Criterion::RecallAtPrecision(min_precision))
    }

    fn fpr_at_recall(min_recall: f64) -> Option<Self> {
        (0.0..=1.0).contains(&min_recall).then_some(Criterion::FprAtRecall(min_recall))
    }

    fn lowest_is_best(self) -> bool {
        matches!(self, Criterion::LeastCost(_) | Criterion::FprAtRecall(_))
    }

    /// At equal values the higher threshold is kept, except for the false-positive rate under a recall
    /// floor, where the lower threshold gives more recall for free.
    fn tie(self) -> Tie {
        match self {
            Criterion::FprAtRecall(_) => Tie::TakeLowerThreshold,
            _ => Tie::KeepHigherThreshold,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tie {
    KeepHigherThreshold,
    TakeLowerThreshold,
}

// ---------------------------------------------------------------------------------------------------
// Curve downsampling
// ---------------------------------------------------------------------------------------------------

/// A point of a curve to draw, with the threshold that produces it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CurvePoint {
    pub x: f64,
    pub y: f64,
    pub threshold: f64,
}

/// When a curve has more points than will be drawn, points nearer than this to the last point kept
/// (in rate units, both axes 0 to 1) are dropped before `downsample`, the last point always kept: a
/// ten-thousandth of the plot is a tenth of a pixel on a chart 1,000 pixels wide, so the drawn shape
/// cannot change, and a million-point curve reaches `downsample` as a few thousand points.
const INDISTINCT: f64 = 1e-4;

/// True when two points are nearer than `INDISTINCT`.
#[inline(always)]
fn indistinct(a: &CurvePoint, b: &CurvePoint) -> bool {
    let (dx, dy) = (a.x - b.x, a.y - b.y);
    dx * dx + dy * dy < INDISTINCT * INDISTINCT
}

fn downsample_points(points: &[CurvePoint], max_points: usize) -> Vec<CurvePoint> {
    let xy: Vec<(f64, f64)> = points.iter().map(|p| (p.x, p.y)).collect();
    downsample(&xy, max_points).into_iter().map(|i| points[i]).collect()
}

/// A segment `start..=end` of the polyline and its farthest interior point.
#[derive(PartialEq)]
struct Segment {
    deviation: f64,
    start: usize,
    end: usize,
    farthest: usize,
}

impl Eq for Segment {}

impl Ord for Segment {
    fn cmp(&self, other: &Self) -> Ordering {
        // Deviations are finite and non-negative; ties split the earlier segment first.
        self.deviation.total_cmp(&other.deviation).then(other.start.cmp(&self.start))
    }
}

impl PartialOrd for Segment {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The farthest interior point of `start..=end` from the chord, if it is off the chord at all.
fn segment(points: &[(f64, f64)], start: usize, end: usize) -> Option<Segment> {
    let (a, b) = (points[start], points[end]);
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = dx.hypot(dy);
    // Distance to the chord is |cross| / length: compare the cross products, divide once. When the
    // ends coincide, fall back to the distance from that point.
    let off_chord = |p: (f64, f64)| {
        let d = if length > 0.0 { ((p.0 - a.0) * dy - (p.1 - a.1) * dx).abs() } else { (p.0 - a.0).hypot(p.1 - a.1) };
        if d.is_nan() {
            0.0
        } else {
            d
        }
    };
    let (mut farthest, mut most) = (start, 0.0);
    for (i, &p) in points.iter().enumerate().take(end).skip(start + 1) {
        let d = off_chord(p);
        if d > most {
            (farthest, most) = (i, d);
        }
    }
    let deviation = if length > 0.0 { most / length } else { most };
    (deviation > 0.0).then_some(Segment { deviation, start, end, farthest })
}

/// Indices (ascending) of at most `max_points` points (at least 2) that keep a polyline's shape.
///
/// Choice: greedy Ramer–Douglas–Peucker by largest deviation. Start with the two ends; repeatedly add
/// the point farthest from the chord of the segment it lies in, until the budget is spent or every
/// remaining point lies on its chord. Corners are exactly the points farthest from the chords, so they
/// are kept first, and the largest visible error is as small as the greedy order allows. Each split
/// rescans its segment, about n · log2(max_points) distance computations for balanced splits.
pub fn downsample(points: &[(f64, f64)], max_points: usize) -> Vec<usize> {
    let n = points.len();
    let budget = max_points.max(2);
    if n <= budget {
        return (0..n).collect();
    }
    let mut kept = vec![0, n - 1];
    let mut heap: BinaryHeap<Segment> = segment(points, 0, n - 1).into_iter().collect();
    while kept.len() < budget {
        let Some(s) = heap.pop() else { break };
        kept.push(s.farthest);
        heap.extend(segment(points, s.start, s.farthest));
        heap.extend(segment(points, s.farthest, s.end));
    }
    crate::order::sort_by(&mut kept, usize::cmp);
    kept
}

// ---------------------------------------------------------------------------------------------------
// Binormal teaching model
// ---------------------------------------------------------------------------------------------------

/// Number of interior thresholds the teaching model offers as operating points.
pub const BINORMAL_GRID: usize = 2001;
/// The grid spans this many standard deviations beyond both class means.
const BINORMAL_SPAN_SDS: f64 = 8.0;

/// Teaching model: scores of positives ~ N(positive_mean, positive_sd²), of negatives
/// ~ N(negative_mean, negative_sd²), and a share `prevalence` of positives. Everything is analytic;
/// decisions search a grid of `BINORMAL_GRID` thresholds, so chosen thresholds are exact to the grid.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Binormal {
    pub positive_mean: f64,
    pub positive_sd: f64,
    pub negative_mean: f64,
    pub negative_sd: f64,
    pub prevalence: f64,
}

/// Why a binormal model is unusable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BinormalError {
    /// A mean or standard deviation is NaN or infinite.
    NotFinite,
    /// A standard deviation is zero or negative.
    SdNotPositive,
    /// Prevalence is not strictly between 0 and 1.
    PrevalenceOutOfRange,
}

impl fmt::Display for BinormalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BinormalError::NotFinite => "means and standard deviations must be finite numbers",
            BinormalError::SdNotPositive => "standard deviations must be greater than zero",
            BinormalError::PrevalenceOutOfRange => "prevalence must be between 0 and 1 (exclusive)",
        })
    }
}

impl std::error::Error for BinormalError {}

impl Binormal {
    pub fn new(
        positive_mean: f64,
        positive_sd: f64,
        negative_mean: f64,
        negative_sd: f64,
        prevalence: f64,
    ) -> Result<Self, BinormalError> {
        let model = Binormal { positive_mean, positive_sd, negative_mean, negative_sd, prevalence };
        model.validate().map(|()| model)
    }

    /// The lecture's "is it a dog?" example: probabilities from a fair classifier, 30% dogs.
    pub fn lecture_example() -> Self {
        Binormal { positive_mean: 0.7, positive_sd: 0.15, negative_mean: 0.35, negative_sd: 0.15, prevalence: 0.3 }
    }

    /// Checks a model that did not come through `new` (e.g. deserialized).
    pub fn validate(&self) -> Result<(), BinormalError> {
        let values = [self.positive_mean, self.positive_sd, self.negative_mean, self.negative_sd];
        if !values.iter().all(|v| v.is_finite()) {
            return Err(BinormalError::NotFinite);
        }
        if self.positive_sd <= 0.0 || self.negative_sd <= 0.0 {
            return Err(BinormalError::SdNotPositive);
        }
        if !(self.prevalence > 0.0 && self.prevalence < 1.0) {
            return Err(BinormalError::PrevalenceOutOfRange);
        }
        Ok(())
    }

    /// P(positive score >= t).
    pub fn tpr_at(&self, threshold: f64) -> f64 {
        normal::phi_upper((threshold - self.positive_mean) / self.positive_sd)
    }

    /// P(negative score >= t).
    pub fn fpr_at(&self, threshold: f64) -> f64 {
        normal::phi_upper((threshold - self.negative_mean) / self.negative_sd)
    }

    /// AUC = Φ((μ₁ − μ₀) / √(σ₁² + σ₀²)): the chance a random positive outscores a random negative.
    pub fn roc_auc(&self) -> f64 {
        let spread = self.positive_sd.hypot(self.negative_sd);
        normal::phi((self.positive_mean - self.negative_mean) / spread)
    }

    /// Expected confusion shares (fractions of all cases) at a threshold, as counts per `cases`.
    pub fn expected_confusion(&self, threshold: f64, cases: u64) -> [f64; 4] {
        let (tpr, fpr, n) = (self.tpr_at(threshold), self.fpr_at(threshold), cases as f64);
        let (pos, neg) = (self.prevalence * n, (1.0 - self.prevalence) * n);
        [tpr * pos, fpr * neg, (1.0 - fpr) * neg, (1.0 - tpr) * pos]
    }

    /// Decision helpers; `None` when the model is invalid or the prevalence is out of range.
    pub fn decisions(&self, deployment_prevalence: Option<f64>) -> Option<Decisions<'_, Binormal>> {
        Decisions::new(self, deployment_prevalence)
    }

    /// The lowest and highest threshold of the grid.
    pub fn grid_range(&self) -> (f64, f64) {
        let lows = [
            self.positive_mean - BINORMAL_SPAN_SDS * self.positive_sd,
            self.negative_mean - BINORMAL_SPAN_SDS * self.negative_sd,
        ];
        let highs = [
            self.positive_mean + BINORMAL_SPAN_SDS * self.positive_sd,
            self.negative_mean + BINORMAL_SPAN_SDS * self.negative_sd,
        ];
        (lows[0].min(lows[1]), highs[0].max(highs[1]))
    }
}

impl RateSource for Binormal {
    fn base_prevalence(&self) -> Option<f64> {
        self.validate().ok().map(|()| self.prevalence)
    }

    fn point_count(&self) -> usize {
        BINORMAL_GRID + 2
    }

    fn point(&self, i: usize) -> OperatingPoint {
        let threshold = match i {
            0 => f64::INFINITY,
            _ if i > BINORMAL_GRID => f64::NEG_INFINITY,
            _ => {
                let (lo, hi) = self.grid_range();
                let share = (i - 1) as f64 / (BINORMAL_GRID - 1) as f64;
                hi * (1.0 - share) + lo * share
            }
        };
        self.point_at(threshold)
    }

    fn point_at(&self, threshold: f64) -> OperatingPoint {
        OperatingPoint { threshold, tpr: self.tpr_at(threshold), fpr: self.fpr_at(threshold) }
    }
}

// ---------------------------------------------------------------------------------------------------
// Persisted summary
// ---------------------------------------------------------------------------------------------------

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
    fn from_scores(scores: &Scores, bins: u32) -> ScoreSummary {
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

    #[test]
    fn confusion_metrics_handle_zero_denominators() {
        let none_flagged = Confusion { tp: 0, fp: 0, tn: 5, fn_: 5 };
        assert_eq!(none_flagged.precision(), None);
        assert_eq!(none_flagged.recall(), Some(0.0));
        assert_eq!(none_flagged.f1(), Some(0.0));
        assert_eq!(none_flagged.mcc(), None);
        assert_eq!(Confusion::default().accuracy(), None);
        assert_eq!(Confusion::default().f1(), None);
        let c = Confusion { tp: 6, fp: 2, tn: 10, fn_: 2 };
        assert_eq!(c.precision(), Some(0.75));
        assert_eq!(c.recall(), Some(0.75));
        assert_eq!(c.f1(), Some(0.75));
        assert_eq!(c.accuracy(), Some(0.8));
        assert_eq!(c.predicted_positive_share(), Some(0.4));
        assert!((c.mcc().unwrap() - (60.0 - 4.0) / (8.0 * 8.0 * 12.0 * 12.0f64).sqrt()).abs() < 1e-15);
        assert!((c.f_beta(2.0).unwrap() - 5.0 * 6.0 / (5.0 * 6.0 + 4.0 * 2.0 + 2.0)).abs() < 1e-15);
        assert_eq!(c.f_beta(0.0), None);
        assert_eq!(c.f_beta(f64::NAN), None);
    }

    fn tiny() -> Scores {
        Scores::from_pairs(&[0.1, 0.4, 0.35, 0.8], &[false, false, true, true]).unwrap()
    }

    #[test]
    fn decisions_on_a_tiny_case() {
        let s = tiny();
        let d = s.decisions(None).unwrap();
        // J = 0.5 both at 0.8 (half the positives, no false positive) and at 0.35 (all positives, half
        // the negatives): the tie goes to the higher threshold.
        let youden = d.best_youden().unwrap();
        assert_eq!((youden.point.threshold, youden.value), (0.8, 0.5));
        let f1 = d.best_f_beta(1.0).unwrap();
        assert_eq!(f1.point.threshold, 0.35);
        assert!((f1.value - 0.8).abs() < 1e-12);
        // Precision >= 0.99 only at 0.8 (recall 0.5); >= 0.6 reaches recall 1.
        assert_eq!(d.max_recall_with_precision(0.99).unwrap().point.threshold, 0.8);
        assert_eq!(d.max_recall_with_precision(0.6).unwrap().value, 1.0);
        assert_eq!(d.min_fpr_with_recall(1.0).unwrap().point.threshold, 0.35);
        assert_eq!(d.min_fpr_with_recall(0.5).unwrap().point.threshold, 0.8);
        assert!(d.max_recall_with_precision(1.5).is_none());
        // False positives free, false negatives costly: flag down to the last positive (0.35); flagging
        // everybody costs the same, and the tie goes to the higher threshold.
        let cheap_fp = d.least_cost(Costs { false_positive: 0.0, false_negative: 1.0 }).unwrap();
        assert_eq!(cheap_fp.point.threshold, 0.35);
        assert_eq!(cheap_fp.value, 0.0);
        // The reverse: flag nobody.
        let cheap_fn = d.least_cost(Costs { false_positive: 1.0, false_negative: 0.0 }).unwrap();
        assert_eq!(cheap_fn.point.threshold, f64::INFINITY);
        assert!(d.least_cost(Costs { false_positive: -1.0, false_negative: 1.0 }).is_none());
        let cost = d.cost_per_1000(&d.at(0.35), Costs { false_positive: 2.0, false_negative: 10.0 });
        assert!((cost - 1000.0 * 2.0 * 0.25).abs() < 1e-9);
    }

    #[test]
    fn prevalence_shift_lowers_precision() {
        let s = tiny();
        let point = s.decisions(None).unwrap().at(0.35);
        let same = s.decisions(None).unwrap().precision(&point).unwrap();
        assert!((same - 2.0 / 3.0).abs() < 1e-12);
        let rare = s.decisions(Some(0.01)).unwrap().precision(&point).unwrap();
        assert!((rare - 0.01 / (0.01 + 0.5 * 0.99)).abs() < 1e-12);
        assert!(s.decisions(Some(1.0)).is_none() && s.decisions(Some(f64::NAN)).is_none());
    }

    #[test]
    fn downsample_keeps_ends_and_corners_within_budget() {
        // A step curve: a corner at (0, 1) between long straight runs.
        let mut points: Vec<(f64, f64)> = (0..1000).map(|i| (0.0, f64::from(i) / 999.0)).collect();
        points.extend((1..1000).map(|i| (f64::from(i) / 999.0, 1.0)));
        let kept = downsample(&points, 10);
        assert_eq!(kept, vec![0, 999, 1998]);
        let noisy: Vec<(f64, f64)> = (0..5000).map(|i| (f64::from(i) / 4999.0, f64::from(i % 7) / 7.0)).collect();
        let kept = downsample(&noisy, 512);
        assert_eq!(kept.len(), 512);
        assert_eq!((kept[0], kept[511]), (0, 4999));
        assert!(kept.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(downsample(&[(0.0, 0.0)], 0), vec![0]);
    }

    #[test]
    fn curve_points_are_bounded() {
        let scores: Vec<f64> = (0..3000).map(|i| f64::from((i * 7919) % 3001) / 3001.0).collect();
        let labels: Vec<bool> = (0..3000).map(|i| (i * 31) % 5 < 2).collect();
        let s = Scores::from_pairs(&scores, &labels).unwrap();
        let d = s.decisions(None).unwrap();
        let roc = d.roc_points(DEFAULT_CURVE_POINTS);
        assert!(roc.len() <= DEFAULT_CURVE_POINTS);
        assert_eq!((roc[0].x, roc[0].y), (0.0, 0.0));
        assert_eq!((roc.last().unwrap().x, roc.last().unwrap().y), (1.0, 1.0));
        let pr = d.pr_points(100);
        assert!(pr.len() <= 100);
        assert_eq!((pr[0].x, pr[0].y), (0.0, 1.0));
    }

    /// Curve thinning the plain way: every point visited, each kept unless indistinct from the last
    /// kept one, the last point always kept; then downsampled.
    fn thinned_one_by_one(all: Vec<CurvePoint>, max_points: usize) -> Vec<CurvePoint> {
        let mut kept = vec![all[0]];
        for p in &all[1..] {
            if !indistinct(&kept[kept.len() - 1], p) {
                kept.push(*p);
            }
        }
        if kept[kept.len() - 1] != all[all.len() - 1] {
            kept.push(all[all.len() - 1]);
        }
        downsample_points(&kept, max_points)
    }

    #[test]
    fn skipping_searches_keep_the_same_curve_points_as_visiting_each() {
        // 60,000 cases with a few ties: dense enough that most points are indistinct from a neighbour.
        let scores: Vec<f64> = (0..60_000u32).map(|i| f64::from((i * 7919) % 50_021) / 50_021.0).collect();
        let labels: Vec<bool> = (0..60_000u32).map(|i| (i * 31 + i / 7) % 10 < 3 + (i % 50_021) / 12_000).collect();
        let s = Scores::from_pairs(&scores, &labels).unwrap();
        for prevalence in [None, Some(0.02)] {
            let d = s.decisions(prevalence).unwrap();
            let roc_all: Vec<CurvePoint> = (0..s.point_count())
                .map(|i| s.point(i))
                .map(|p| CurvePoint { x: p.fpr, y: p.tpr, threshold: p.threshold })
                .collect();
            let pr_all: Vec<CurvePoint> = std::iter::once(CurvePoint { x: 0.0, y: 1.0, threshold: f64::INFINITY })
                .chain(
                    (1..s.point_count())
                        .map(|i| s.point(i))
                        .filter_map(|p| Some(CurvePoint { x: p.tpr, y: d.precision(&p)?, threshold: p.threshold })),
                )
                .collect();
            for budget in [2, 200, 5000] {
                assert_eq!(d.roc_points(budget), thinned_one_by_one(roc_all.clone(), budget), "ROC, {budget}");
                assert_eq!(d.pr_points(budget), thinned_one_by_one(pr_all.clone(), budget), "PR, {budget}");
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod skipping {
        use super::*;
        use proptest::prelude::*;

        /// Every point offered in turn, nothing skipped: what `best_of_each` must agree with.
        fn best_visiting_each<S: RateSource>(
            d: &Decisions<'_, S>,
            criteria: [Option<Criterion>; 5],
        ) -> [Option<Choice>; 5] {
            let mut best = [None; 5];
            for i in 0..d.source.point_count() {
                d.offer(&criteria, &mut best, i);
            }
            for (c, b) in criteria.iter().zip(best.iter_mut()) {
                if let (Some(c), Some(b)) = (c, b.as_mut()) {
                    if c.lowest_is_best() {
                        b.value = -b.value;
                    }
                }
            }
            best
        }

        fn suggested_visiting_each<S: RateSource>(d: &Decisions<'_, S>, t: &Targets) -> Suggested {
            let [least_cost, best_f_beta, youden, recall_at_precision, fpr_at_recall] = best_visiting_each(
                d,
                [
                    t.costs.filter(Costs::is_valid).map(Criterion::LeastCost),
                    Some(Criterion::FBeta(t.beta)),
                    Some(Criterion::Youden),
                    Criterion::recall_at_precision(t.min_precision),
                    Criterion::fpr_at_recall(t.min_recall),
                ],
            );
            Suggested { least_cost, best_f_beta, youden, recall_at_precision, fpr_at_recall }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]
            #[test]
            fn suggestions_skip_only_points_that_cannot_win(
                n in 1usize..6000,
                levels in 2u32..5000,
                seed in any::<u32>(),
                shift in prop_oneof![Just(None), (0.001..0.999f64).prop_map(Some)],
                fp_cost in prop_oneof![Just(0.0), 0.0..50.0f64],
                fn_cost in prop_oneof![Just(0.0), 0.0..50.0f64],
                beta in prop_oneof![Just(1.0), 0.1..5.0f64, Just(0.0)],
                min_precision in prop_oneof![Just(0.0), Just(1.0), 0.0..1.0f64],
                min_recall in prop_oneof![Just(0.0), Just(1.0), 0.0..1.0f64],
            ) {
                // Scores on `levels` values (few levels: many ties) with labels that lean positive higher up.
                let mix = |i: u32| (i ^ seed).wrapping_mul(2_654_435_761).rotate_left(13);
                let scores: Vec<f64> = (0..n as u32).map(|i| f64::from(mix(i) % levels) / f64::from(levels)).collect();
                let labels: Vec<bool> =
                    scores.iter().enumerate().map(|(i, &s)| f64::from(mix(i as u32 + 7) % 1000) / 1000.0 < 0.2 + 0.6 * s).collect();
                let s = Scores::from_pairs(&scores, &labels).unwrap();
                let Some(d) = s.decisions(shift) else { return Ok(()) };
                let costs = Some(Costs { false_positive: fp_cost, false_negative: fn_cost });
                let t = Targets { costs, beta, min_precision, min_recall };
                prop_assert_eq!(d.suggest(&t), suggested_visiting_each(&d, &t));
            }
        }

        #[test]
        fn the_teaching_model_skips_alike() {
            let m = Binormal::lecture_example();
            let d = m.decisions(Some(0.05)).unwrap();
            let t = Targets {
                costs: Some(Costs { false_positive: 1.0, false_negative: 20.0 }),
                beta: 2.0,
                min_precision: 0.5,
                min_recall: 0.9,
            };
            assert_eq!(d.suggest(&t), suggested_visiting_each(&d, &t));
        }
    }

    #[test]
    fn first_true_finds_the_boundary() {
        for hi in 0..40 {
            for boundary in 0..=hi {
                assert_eq!(first_true(0, hi, |j| j >= boundary), boundary);
                assert_eq!(first_true(boundary.min(3), hi, |j| j >= boundary), boundary);
            }
        }
    }

    #[test]
    fn binormal_matches_analytic_values() {
        let m = Binormal::new(1.0, 1.0, 0.0, 1.0, 0.5).unwrap();
        // AUC = Φ(1/√2)
        assert!((m.roc_auc() - 0.760_249_938_906_523_3).abs() < 1e-14);
        assert!((m.tpr_at(1.0) - 0.5).abs() < 1e-15);
        assert!((m.fpr_at(1.0) - 0.158_655_253_931_457_05).abs() < 1e-15);
        let d = m.decisions(None).unwrap();
        // Equal variances, equal priors and costs: the optimum is halfway between the means.
        let best = d.least_cost(Costs { false_positive: 1.0, false_negative: 1.0 }).unwrap();
        let step = (m.grid_range().1 - m.grid_range().0) / (BINORMAL_GRID - 1) as f64;
        assert!((best.point.threshold - 0.5).abs() <= step);
        let youden = d.best_youden().unwrap();
        assert!((youden.point.threshold - 0.5).abs() <= step);
        // The sampled ROC's trapezoid area approaches the analytic AUC.
        let roc = d.roc_points(usize::MAX);
        let area: f64 = roc.windows(2).map(|w| (w[1].x - w[0].x) * (w[1].y + w[0].y) / 2.0).sum();
        assert!((area - m.roc_auc()).abs() < 1e-4);
        assert_eq!(Binormal::new(0.0, 0.0, 0.0, 1.0, 0.5), Err(BinormalError::SdNotPositive));
        assert_eq!(Binormal::new(f64::NAN, 1.0, 0.0, 1.0, 0.5), Err(BinormalError::NotFinite));
        assert_eq!(Binormal::new(0.0, 1.0, 0.0, 1.0, 1.0), Err(BinormalError::PrevalenceOutOfRange));
        assert!(Binormal { positive_sd: -1.0, ..m }.decisions(None).is_none());
        assert!(Binormal::lecture_example().roc_auc() > 0.9);
    }

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
