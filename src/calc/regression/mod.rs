//! Regression errors on a person's own predictions: the error figures scikit-learn reports, the
//! share of predictions within a tolerance, the worst rows, the errors per group and their histogram, and post-processing guards (floor, cap,
//! a cap relative to a rule estimate, a fallback outside a band) with their effect.
//!
//! Figures follow scikit-learn's `mean_squared_error` (square-rooted), `mean_absolute_error`,
//! `mean_absolute_percentage_error`, `r2_score`, `median_absolute_error` and `max_error`, checked
//! against its output in `tests/calc_errors_vectors.rs`. Rows are 1-based in every message, as a
//! person counts them.

mod distribution;
mod groups;
mod guards;
mod metrics;

pub use distribution::{histogram, ErrorScale, Histogram, HISTOGRAM_BINS};
pub use groups::{per_group, GroupErrors};
pub use guards::{Fallback, Guard, GuardEffect, GuardError};
pub use metrics::{metrics, share_within, worst_rows, RegressionError, RegressionMetrics, Tolerance, WorstRow};

/// Sum with Neumaier's compensation: a million squared errors of very different sizes (one
/// catastrophic fare among ordinary ones) keep their small terms.
pub(crate) fn compensated_sum(values: impl Iterator<Item = f64>) -> f64 {
    let (mut sum, mut carry) = (0.0f64, 0.0f64);
    for v in values {
        let t = sum + v;
        carry += if sum.abs() >= v.abs() { (sum - t) + v } else { (v - t) + sum };
        sum = t;
    }
    sum + carry
}
