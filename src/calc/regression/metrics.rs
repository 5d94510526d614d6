//! The error figures, the share within a tolerance and the worst rows.

use super::compensated_sum;
use crate::calc::threshold::sorted_values;
use std::fmt;

/// The figures scikit-learn's regression metrics give for the same arrays.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RegressionMetrics {
    /// Root mean squared error.
    pub rmse: f64,
    /// Mean absolute error.
    pub mae: f64,
    /// Mean absolute percentage error as a fraction (0.1 is 10 %); an actual of 0 divides by
    /// `f64::EPSILON`, as scikit-learn does, so it is huge rather than infinite.
    pub mape: f64,
    /// Coefficient of determination. Constant actuals give 1 when every prediction is right and 0
    /// otherwise (scikit-learn's `force_finite`); a single row gives NaN (undefined).
    pub r2: f64,
    /// Median absolute error (the mean of the two middle errors for an even count).
    pub median_ae: f64,
    /// The largest absolute error.
    pub max_error: f64,
}

/// Why the figures cannot be computed.
#[derive(Clone, Debug, PartialEq)]
pub enum RegressionError {
    Empty,
    LengthMismatch {
        actual: usize,
        predicted: usize,
    },
    /// The first row (1-based) holding NaN or an infinity.
    NotFinite {
        row: usize,
    },
}

impl fmt::Display for RegressionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RegressionError::Empty => write!(f, "no rows"),
            RegressionError::LengthMismatch { actual, predicted } => {
                write!(f, "{actual} actual values but {predicted} predictions")
            }
            RegressionError::NotFinite { row } => write!(f, "row {row} is not a finite number"),
        }
    }
}

impl std::error::Error for RegressionError {}

fn check(actual: &[f64], predicted: &[f64]) -> Result<(), RegressionError> {
    if actual.len() != predicted.len() {
        return Err(RegressionError::LengthMismatch { actual: actual.len(), predicted: predicted.len() });
    }
    if actual.is_empty() {
        return Err(RegressionError::Empty);
    }
    match actual.iter().zip(predicted).position(|(a, p)| !a.is_finite() || !p.is_finite()) {
        Some(i) => Err(RegressionError::NotFinite { row: i + 1 }),
        None => Ok(()),
    }
}

/// RMSE, MAE, MAPE, R², the median and the largest absolute error.
pub fn metrics(actual: &[f64], predicted: &[f64]) -> Result<RegressionMetrics, RegressionError> {
    check(actual, predicted)?;
    let n = actual.len() as f64;
    let errors = || actual.iter().zip(predicted).map(|(a, p)| a - p);
    let squared = compensated_sum(errors().map(|e| e * e));
    let mean_actual = compensated_sum(actual.iter().copied()) / n;
    let spread = compensated_sum(actual.iter().map(|a| (a - mean_actual) * (a - mean_actual)));
    let absolute = sorted_values(&errors().map(f64::abs).collect::<Vec<_>>());
    Ok(RegressionMetrics {
        rmse: (squared / n).sqrt(),
        mae: compensated_sum(absolute.iter().copied()) / n,
        mape: compensated_sum(actual.iter().zip(predicted).map(|(a, p)| (a - p).abs() / a.abs().max(f64::EPSILON))) / n,
        r2: r2(squared, spread, actual.len()),
        median_ae: median_of_sorted(&absolute),
        max_error: absolute[absolute.len() - 1],
    })
}

fn r2(squared: f64, spread: f64, rows: usize) -> f64 {
    if rows < 2 {
        f64::NAN
    } else if spread != 0.0 {
        1.0 - squared / spread
    } else if squared == 0.0 {
        1.0
    } else {
        0.0
    }
}

fn median_of_sorted(sorted: &[f64]) -> f64 {
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    }
}

/// How close a prediction must be to count as good: within an amount of the actual value, or
/// within a fraction of it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tolerance {
    Absolute(f64),
    /// A fraction of |actual| (0.1 is within 10 %).
    Relative(f64),
}

impl Tolerance {
    /// Whether `predicted` is close enough to `actual`; the edge counts as within.
    pub fn holds(self, actual: f64, predicted: f64) -> bool {
        let error = (actual - predicted).abs();
        match self {
            Tolerance::Absolute(amount) => error <= amount,
            Tolerance::Relative(fraction) => error <= fraction * actual.abs(),
        }
    }
}

/// The share of predictions within the tolerance; `None` without rows.
pub fn share_within(actual: &[f64], predicted: &[f64], tolerance: Tolerance) -> Option<f64> {
    if actual.is_empty() {
        return None;
    }
    let within = actual.iter().zip(predicted).filter(|&(&a, &p)| tolerance.holds(a, p)).count();
    Some(within as f64 / actual.len().min(predicted.len()) as f64)
}

/// One row among the largest errors.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WorstRow {
    /// 0-based index into the arrays (the page adds the file's line offset).
    pub index: usize,
    pub actual: f64,
    pub predicted: f64,
}

impl WorstRow {
    pub fn error(&self) -> f64 {
        self.predicted - self.actual
    }
}

/// The `count` rows with the largest absolute errors, largest first; ties keep file order.
///
/// One pass keeping the `count` worst so far in order: a million rows are scanned without being
/// copied, and a row enters the list only when it beats the last one kept.
pub fn worst_rows(actual: &[f64], predicted: &[f64], count: usize) -> Vec<WorstRow> {
    let mut kept: Vec<WorstRow> = Vec::with_capacity(count + 1);
    for (index, (&actual, &predicted)) in actual.iter().zip(predicted).enumerate() {
        let row = WorstRow { index, actual, predicted };
        let error = row.error().abs();
        if kept.len() == count && kept.last().is_none_or(|last| error <= last.error().abs()) {
            continue;
        }
        // After every kept row at least as bad: an equal error seen later stays behind.
        let at = kept.partition_point(|k| k.error().abs() >= error);
        kept.insert(at, row);
        kept.truncate(count);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_example() {
        let m = metrics(&[3.0, -0.5, 2.0, 7.0], &[2.5, 0.0, 2.0, 8.0]).unwrap();
        assert_eq!(m.mae, 0.5);
        assert_eq!(m.median_ae, 0.5);
        assert_eq!(m.max_error, 1.0);
        assert!((m.rmse - 0.375f64.sqrt()).abs() < 1e-15);
    }

    #[test]
    fn bad_input_is_an_error() {
        assert_eq!(metrics(&[], &[]), Err(RegressionError::Empty));
        assert_eq!(metrics(&[1.0], &[]), Err(RegressionError::LengthMismatch { actual: 1, predicted: 0 }));
        assert_eq!(metrics(&[1.0, 2.0], &[1.0, f64::NAN]), Err(RegressionError::NotFinite { row: 2 }));
        assert_eq!(metrics(&[f64::INFINITY], &[1.0]), Err(RegressionError::NotFinite { row: 1 }));
    }

    #[test]
    fn tolerance_counts_its_edge() {
        let (actual, predicted) = ([100.0, 100.0, 100.0, 0.0], [110.0, 111.0, 90.0, 0.0]);
        assert_eq!(share_within(&actual, &predicted, Tolerance::Relative(0.1)), Some(0.75));
        assert_eq!(share_within(&actual, &predicted, Tolerance::Absolute(10.0)), Some(0.75));
        assert_eq!(share_within(&[], &[], Tolerance::Absolute(1.0)), None);
    }

    #[test]
    fn worst_rows_are_largest_first_in_file_order_on_ties() {
        let rows = worst_rows(&[0.0, 0.0, 0.0, 0.0, 0.0], &[1.0, -5.0, 5.0, 2.0, 0.0], 3);
        let order: Vec<usize> = rows.iter().map(|r| r.index).collect();
        assert_eq!(order, [1, 2, 3]);
        assert_eq!(rows[0].error(), -5.0);
        assert_eq!(worst_rows(&[1.0], &[2.0], 10).len(), 1);
    }
}
