//! The distribution of errors as a histogram, absolute or relative to the actual value, on a
//! logarithmic scale when a few huge errors would otherwise squeeze every other one into the
//! first bar.

/// How errors are measured for the histogram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorScale {
    /// |predicted − actual|.
    Absolute,
    /// |predicted − actual| / |actual| (rows with an actual of 0 are left out).
    Relative,
}

/// Bars of the histogram.
pub const HISTOGRAM_BINS: usize = 24;
/// The largest error over the 90th percentile above which the bins are logarithmic.
const LOG_FROM_RATIO: f64 = 50.0;

/// A histogram of errors: `edges` has one more entry than `counts`. With `log`, the edges are
/// spaced evenly in log10 and errors of 0 (or below the first edge) count in the first bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Histogram {
    pub log: bool,
    pub edges: Vec<f64>,
    pub counts: Vec<u64>,
    /// Rows left out (an actual of 0 under the relative scale).
    pub left_out: usize,
}

/// The histogram of the errors; `None` when no row has a measurable error.
pub fn histogram(actual: &[f64], predicted: &[f64], scale: ErrorScale) -> Option<Histogram> {
    let mut errors: Vec<f64> = actual
        .iter()
        .zip(predicted)
        .filter_map(|(&a, &p)| match scale {
            ErrorScale::Absolute => Some((p - a).abs()),
            ErrorScale::Relative => (a != 0.0).then(|| (p - a).abs() / a.abs()),
        })
        .filter(|e| e.is_finite())
        .collect();
    let left_out = actual.len().min(predicted.len()) - errors.len();
    if errors.is_empty() {
        return None;
    }
    errors = crate::calc::threshold::sorted_values(&errors);
    let max = errors[errors.len() - 1];
    let p90 = errors[(errors.len() - 1) * 9 / 10];
    let smallest_positive = errors.iter().copied().find(|&e| e > 0.0);
    let log = max > 0.0 && p90 > 0.0 && max / p90 > LOG_FROM_RATIO;
    let edges: Vec<f64> = if log {
        let lo = smallest_positive.unwrap_or(max).log10().floor();
        let hi = max.log10().ceil().max(lo + 1.0);
        (0..=HISTOGRAM_BINS).map(|i| 10f64.powf(lo + (hi - lo) * i as f64 / HISTOGRAM_BINS as f64)).collect()
    } else {
        let top = if max > 0.0 { max } else { 1.0 };
        (0..=HISTOGRAM_BINS).map(|i| top * i as f64 / HISTOGRAM_BINS as f64).collect()
    };
    let mut counts = vec![0u64; HISTOGRAM_BINS];
    for e in errors {
        // The bar whose upper edge is the first at or above the error; the first bar takes the rest.
        let bar = edges[1..].partition_point(|&edge| edge < e).min(HISTOGRAM_BINS - 1);
        counts[bar] += 1;
    }
    Some(Histogram { log, edges, counts, left_out })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_errors_get_linear_bars_that_hold_every_row() {
        let actual: Vec<f64> = (1..=100).map(f64::from).collect();
        let predicted: Vec<f64> = actual.iter().map(|a| a + (a % 7.0)).collect();
        let h = histogram(&actual, &predicted, ErrorScale::Absolute).unwrap();
        assert!(!h.log);
        assert_eq!(h.counts.iter().sum::<u64>(), 100);
        assert_eq!(h.edges.len(), HISTOGRAM_BINS + 1);
        assert_eq!(h.edges[HISTOGRAM_BINS], 6.0);
    }

    #[test]
    fn one_catastrophe_turns_the_bars_logarithmic() {
        let mut predicted = vec![101.0; 99];
        predicted.push(1e8);
        let h = histogram(&[100.0; 100], &predicted, ErrorScale::Absolute).unwrap();
        assert!(h.log);
        assert_eq!(h.counts.iter().sum::<u64>(), 100);
        assert_eq!(h.counts[HISTOGRAM_BINS - 1], 1);
    }

    #[test]
    fn relative_errors_leave_out_zero_actuals() {
        let h = histogram(&[0.0, 10.0, 20.0], &[1.0, 11.0, 20.0], ErrorScale::Relative).unwrap();
        assert_eq!((h.left_out, h.counts.iter().sum::<u64>()), (1, 2));
        assert!(histogram(&[0.0], &[1.0], ErrorScale::Relative).is_none());
        assert!(histogram(&[], &[], ErrorScale::Absolute).is_none());
    }
}
