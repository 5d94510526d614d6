//! Drift between two periods' values (scores, predictions or a feature): the two-sample
//! Kolmogorov–Smirnov test and the population stability index over the reference's deciles.
//!
//! The KS statistic is `scipy.stats.ks_2samp`'s; its p-value is the limiting Kolmogorov
//! distribution's survival function at √(n·m/(n+m))·D (`scipy.stats.kstwobign.sf`), which is what
//! large files need. The PSI bins are right-closed between the reference's 10 %, …, 90 % quantiles
//! (NumPy's default linear interpolation, repeated edges merged) and shares are floored at
//! [`PSI_SHARE_FLOOR`] so an empty bin does not make it infinite. All checked against
//! `tests/calc_errors_vectors.rs`.

use super::threshold::{sorted_values, Scores};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Shares below this count as this in the PSI (an empty bin would otherwise give ln 0).
pub const PSI_SHARE_FLOOR: f64 = 1e-4;
/// PSI below this reads as stable (a rule of thumb, not a test).
pub const PSI_WATCH: f64 = 0.1;
/// PSI above this reads as a shift to act on.
pub const PSI_ACT: f64 = 0.25;

/// Why drift cannot be measured.
#[derive(Clone, Debug, PartialEq)]
pub enum DriftError {
    /// One period has no values.
    Empty,
    /// A value (1-based position, in the reference when `reference`) is NaN or infinite.
    NotFinite { reference: bool, position: usize },
}

impl fmt::Display for DriftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DriftError::Empty => write!(f, "a period has no values"),
            DriftError::NotFinite { reference, position } => {
                let period = if *reference { "reference" } else { "current" };
                write!(f, "value {position} of the {period} period is not a finite number")
            }
        }
    }
}

impl std::error::Error for DriftError {}

/// The two-sample Kolmogorov–Smirnov result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ks {
    /// The largest gap between the two empirical distribution functions, 0 to 1.
    pub statistic: f64,
    /// Asymptotic two-sided p-value.
    pub p_value: f64,
}

fn sorted(values: &[f64], reference: bool) -> Result<Vec<f64>, DriftError> {
    if values.is_empty() {
        return Err(DriftError::Empty);
    }
    if let Some(i) = values.iter().position(|v| !v.is_finite()) {
        return Err(DriftError::NotFinite { reference, position: i + 1 });
    }
    Ok(sorted_values(values))
}

/// Both periods sorted, or the first problem.
fn both_sorted(reference: &[f64], current: &[f64]) -> Result<(Vec<f64>, Vec<f64>), DriftError> {
    Ok((sorted(reference, true)?, sorted(current, false)?))
}

/// The KS statistic over two sorted samples: at each distinct value, both empirical distribution
/// functions after every copy of it, as `ks_2samp` computes them (i/n − j/m in floating point).
fn ks_statistic(a: &[f64], b: &[f64]) -> f64 {
    let (n, m) = (a.len() as f64, b.len() as f64);
    let (mut i, mut j, mut largest) = (0, 0, 0.0f64);
    while i < a.len() || j < b.len() {
        let x = match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) => x.min(y),
            (Some(&x), None) | (None, Some(&x)) => x,
            (None, None) => unreachable!(),
        };
        while a.get(i) == Some(&x) {
            i += 1;
        }
        while b.get(j) == Some(&x) {
            j += 1;
        }
        largest = largest.max((i as f64 / n - j as f64 / m).abs());
    }
    largest
}

/// The two-sample Kolmogorov–Smirnov statistic and its asymptotic p-value.
pub fn ks_two_sample(reference: &[f64], current: &[f64]) -> Result<Ks, DriftError> {
    let (a, b) = both_sorted(reference, current)?;
    Ok(ks_of_sorted(&a, &b))
}

fn ks_of_sorted(a: &[f64], b: &[f64]) -> Ks {
    let statistic = ks_statistic(a, b);
    let (n, m) = (a.len() as f64, b.len() as f64);
    Ks { statistic, p_value: kolmogorov_sf((n * m / (n + m)).sqrt() * statistic) }
}

/// P(K > x) for the limiting Kolmogorov distribution. Below x = 1 from the Jacobi theta form of
/// the distribution function (1 − √(2π)/x · Σ exp(−(2k−1)²π²/(8x²))), above it from the
/// alternating series 2 Σ (−1)^(k−1) exp(−2k²x²); each converges in a few terms where it is used,
/// and the second keeps full relative precision far into the tail (1e-160 and below).
pub fn kolmogorov_sf(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x <= 0.0 {
        return 1.0;
    }
    if x < 1.0 {
        let w = -std::f64::consts::PI.powi(2) / (8.0 * x * x);
        let sum: f64 = (1..=8).map(|k| (w * f64::from(2 * k - 1).powi(2)).exp()).sum();
        return 1.0 - (2.0 * std::f64::consts::PI).sqrt() / x * sum;
    }
    let mut sum = 0.0;
    for k in 1..=100 {
        let term = (-2.0 * f64::from(k * k) * x * x).exp();
        sum += if k % 2 == 1 { term } else { -term };
        if term <= sum.abs() * 1e-17 {
            break;
        }
    }
    2.0 * sum
}

/// One PSI bin: values above the previous bin's edge up to and including `upper` (the last bin
/// has no upper edge).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PsiBin {
    pub upper: Option<f64>,
    pub reference_share: f64,
    pub current_share: f64,
}

/// How a PSI value reads by the usual rule of thumb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PsiReading {
    Stable,
    Watch,
    Act,
}

/// The population stability index with its bins.
#[derive(Clone, Debug, PartialEq)]
pub struct Psi {
    pub value: f64,
    pub bins: Vec<PsiBin>,
}

impl Psi {
    pub fn reading(&self) -> PsiReading {
        psi_reading(self.value)
    }
}

/// How a PSI value reads by the usual rule of thumb.
pub fn psi_reading(value: f64) -> PsiReading {
    if value < PSI_WATCH {
        PsiReading::Stable
    } else if value <= PSI_ACT {
        PsiReading::Watch
    } else {
        PsiReading::Act
    }
}

/// NumPy's default (linear) quantile of sorted values, with its interpolation written the same
/// way so edges land on the same doubles.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * q;
    let lo = h.floor() as usize;
    let t = h - lo as f64;
    let (a, b) = (sorted[lo], sorted[(lo + 1).min(sorted.len() - 1)]);
    let diff = b - a;
    if t >= 0.5 {
        b - diff * (1.0 - t)
    } else {
        a + diff * t
    }
}

/// Share of sorted values in each right-closed bin below `edges`, then above the last edge.
fn shares(sorted: &[f64], edges: &[f64]) -> Vec<f64> {
    let n = sorted.len() as f64;
    let mut below = 0;
    let mut out: Vec<f64> = edges
        .iter()
        .map(|&edge| {
            let upto = sorted.partition_point(|&v| v <= edge);
            let share = (upto - below) as f64 / n;
            below = upto;
            share
        })
        .collect();
    out.push((sorted.len() - below) as f64 / n);
    out
}

/// The population stability index of `current` against `reference`'s deciles.
pub fn psi(reference: &[f64], current: &[f64]) -> Result<Psi, DriftError> {
    let (a, b) = both_sorted(reference, current)?;
    Ok(psi_of_sorted(&a, &b))
}

fn psi_of_sorted(a: &[f64], b: &[f64]) -> Psi {
    let mut edges: Vec<f64> = (1..10).map(|i| quantile(a, f64::from(i) / 10.0)).collect();
    edges.dedup();
    let (ref_shares, cur_shares) = (shares(a, &edges), shares(b, &edges));
    let value = ref_shares
        .iter()
        .zip(&cur_shares)
        .map(|(&r, &c)| {
            let (r, c) = (r.max(PSI_SHARE_FLOOR), c.max(PSI_SHARE_FLOOR));
            (c - r) * (c / r).ln()
        })
        .sum();
    let bins = ref_shares
        .into_iter()
        .zip(cur_shares)
        .enumerate()
        .map(|(i, (reference_share, current_share))| PsiBin {
            upper: edges.get(i).copied(),
            reference_share,
            current_share,
        })
        .collect();
    Psi { value, bins }
}

/// Both measures of drift between two periods, with each period's values sorted (for drawing
/// their distribution functions): one sort per period for all of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub ks: Ks,
    pub psi: Psi,
    pub reference_sorted: Vec<f64>,
    pub current_sorted: Vec<f64>,
}

/// The KS test and the PSI of `current` against `reference`, as [`ks_two_sample`] and [`psi`]
/// give them.
pub fn compare(reference: &[f64], current: &[f64]) -> Result<Comparison, DriftError> {
    let (a, b) = both_sorted(reference, current)?;
    Ok(Comparison { ks: ks_of_sorted(&a, &b), psi: psi_of_sorted(&a, &b), reference_sorted: a, current_sorted: b })
}

/// Which figure tells how well the model did in a period with labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricKind {
    /// ROC AUC, when every label is 0 or 1 (the values are scores): higher is better.
    RocAuc,
    /// RMSE of the values against the labels (predictions against actual values): lower is better.
    Rmse,
}

/// The model's figure in each period, from the labels both periods carry.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MetricChange {
    pub kind: MetricKind,
    pub reference: f64,
    pub current: f64,
}

fn is_binary(labels: &[f64]) -> bool {
    labels.iter().all(|&l| l == 0.0 || l == 1.0)
}

fn period_figure(kind: MetricKind, values: &[f64], labels: &[f64]) -> Option<f64> {
    match kind {
        MetricKind::RocAuc => {
            let positive: Vec<bool> = labels.iter().map(|&l| l == 1.0).collect();
            Scores::from_pairs(values, &positive).ok()?.roc_auc()
        }
        MetricKind::Rmse => Some(crate::calc::regression::metrics(labels, values).ok()?.rmse),
    }
}

/// How the model's figure moved between the periods, each given as (values, labels): ROC AUC
/// when every label in both is 0 or 1, RMSE otherwise. `None` when a period has no labels, or
/// (for ROC AUC) only one class.
pub fn metric_change(reference: (&[f64], &[f64]), current: (&[f64], &[f64])) -> Option<MetricChange> {
    if reference.1.is_empty() || current.1.is_empty() {
        return None;
    }
    let kind = if is_binary(reference.1) && is_binary(current.1) { MetricKind::RocAuc } else { MetricKind::Rmse };
    Some(MetricChange {
        kind,
        reference: period_figure(kind, reference.0, reference.1)?,
        current: period_figure(kind, current.0, current.1)?,
    })
}

/// About `points + 1` points of the empirical distribution function of sorted values, for
/// drawing: (value, share of values at or below it), evenly spaced in rank, ends included.
pub fn ecdf_points(sorted: &[f64], points: usize) -> Vec<(f64, f64)> {
    let n = sorted.len();
    if n == 0 || points == 0 {
        return Vec::new();
    }
    let mut out: Vec<(f64, f64)> = (0..=points)
        .map(|k| {
            let i = k * (n - 1) / points;
            // The last copy of a tied value, so the share counts every value at or below it.
            let last = sorted.partition_point(|&v| v <= sorted[i]);
            (sorted[i], last as f64 / n as f64)
        })
        .collect();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_samples_do_not_drift() {
        let values: Vec<f64> = (0..100).map(f64::from).collect();
        let ks = ks_two_sample(&values, &values).unwrap();
        assert_eq!(ks.statistic, 0.0);
        assert_eq!(ks.p_value, 1.0);
        let psi = psi(&values, &values).unwrap();
        assert_eq!(psi.value, 0.0);
        let both = compare(&values, &values).unwrap();
        assert_eq!((both.ks, &both.psi), (ks, &psi));
        assert_eq!(psi.reading(), PsiReading::Stable);
        assert_eq!(psi.bins.len(), 10);
    }

    #[test]
    fn bad_samples_are_errors() {
        assert_eq!(ks_two_sample(&[], &[1.0]), Err(DriftError::Empty));
        assert_eq!(
            ks_two_sample(&[1.0], &[2.0, f64::NAN]),
            Err(DriftError::NotFinite { reference: false, position: 2 })
        );
        assert_eq!(psi(&[f64::INFINITY], &[1.0]), Err(DriftError::NotFinite { reference: true, position: 1 }));
    }

    #[test]
    fn one_valued_reference_has_two_bins() {
        let psi = psi(&[3.0; 20], &[3.0, 4.0]).unwrap();
        assert_eq!(psi.bins.len(), 2);
        assert_eq!(psi.bins[1].current_share, 0.5);
        assert_eq!(psi.reading(), PsiReading::Act);
    }

    #[test]
    fn labels_give_the_model_figure_in_each_period() {
        let scores = [0.1, 0.4, 0.35, 0.8];
        let change = metric_change((&scores, &[0.0, 0.0, 1.0, 1.0]), (&scores, &[0.0, 1.0, 0.0, 1.0])).unwrap();
        assert_eq!((change.kind, change.reference, change.current), (MetricKind::RocAuc, 0.75, 1.0));
        let fares = [10.0, 20.0];
        let change = metric_change((&fares, &[11.0, 19.0]), (&fares, &[0.0, 1.0])).unwrap();
        assert_eq!((change.kind, change.reference), (MetricKind::Rmse, 1.0), "one period not 0/1: RMSE for both");
        assert_eq!(metric_change((&scores, &[]), (&scores, &[0.0, 0.0, 1.0, 1.0])), None);
        assert_eq!(metric_change((&scores, &[1.0; 4]), (&scores, &[0.0, 0.0, 1.0, 1.0])), None, "one class");
    }

    #[test]
    fn ecdf_points_climb_to_one() {
        let values: Vec<f64> = (0..1000).map(|i| f64::from(i % 10)).collect();
        let sorted = compare(&values, &values).unwrap().reference_sorted;
        let points = ecdf_points(&sorted, 50);
        assert!(points.len() <= 51);
        assert_eq!(points.first(), Some(&(0.0, 0.1)));
        assert_eq!(points.last(), Some(&(9.0, 1.0)));
        assert!(points.windows(2).all(|w| w[0].0 <= w[1].0 && w[0].1 <= w[1].1));
        assert!(ecdf_points(&[], 10).is_empty());
    }

    #[test]
    fn kolmogorov_sf_is_monotone_across_the_switch() {
        assert!(kolmogorov_sf(0.999_999) > kolmogorov_sf(1.0));
        assert!((kolmogorov_sf(0.999_999) - kolmogorov_sf(1.0)).abs() < 1e-5);
        assert_eq!(kolmogorov_sf(-1.0), 1.0);
    }
}
