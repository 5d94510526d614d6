//! Threshold calculator: from validation scores and labels (or from a binormal teaching model) to
//! confusion counts, ROC and precision–recall curves, and the threshold decisions built on them.
//!
//! Rule throughout: a case is predicted positive iff `score >= threshold`. Curves, ROC AUC and average
//! precision follow scikit-learn's `roc_curve(drop_intermediate=False)`, `precision_recall_curve`,
//! `roc_auc_score` and `average_precision_score`, ties included (checked against its output in
//! `tests/calc_threshold_vectors.rs`).
//!
//! Layout, one idea per file, all of it reachable from here: `limits` (limits and errors);
//! `scores` (`Scores`: one sort, then binary searches); `confusion` (`Confusion` metrics);
//! `decisions` (the `RateSource` trait shared by own scores and the teaching model, with the
//! decision helpers in `Decisions`); `downsample` (curve downsampling); `binormal` (the `Binormal`
//! teaching model); `summary` (the persisted `ScoreSummary`); `page` (what the calculator page shows: the slider's
//! range, the figures at a threshold, the curves). The text reader is in `read`, the
//! sortable score keys and their sort in `keys`.

mod binormal;
mod confusion;
mod decisions;
mod downsample;
mod keys;
mod limits;
mod page;
mod read;
mod scores;
mod summary;

pub use binormal::{Binormal, BinormalError, BINORMAL_GRID};
pub use confusion::{Confusion, Masses, Metrics};
pub use decisions::{
    precision_at_prevalence, Choice, Costs, Decisions, OperatingPoint, RateSource, Suggested, Targets,
};
pub use downsample::{downsample, CurvePoint};
pub(crate) use keys::sorted_values;
pub use limits::{
    BadRow, RowProblem, ScoresError, DEFAULT_CURVE_POINTS, MAX_REPORTED_BAD_ROWS, MAX_ROWS, MAX_TEXT_BYTES,
    SUMMARY_MAX_BINS,
};
pub use page::{threshold_for_new_scores, AtThreshold, Curves, SliderRange};
pub use read::ScoresReader;
pub use scores::{Figures, PrCurve, RocCurve, Scores};
pub use summary::{ScoreSummary, SummaryError};

/// Four cases, two of each class, with one positive scored below a negative: small enough to
/// check by hand, and shared by the submodules' tests.
#[cfg(test)]
fn tiny() -> Scores {
    Scores::from_pairs(&[0.1, 0.4, 0.35, 0.8], &[false, false, true, true]).unwrap()
}
