//! The binormal teaching model: two normal score distributions instead of scores.

use super::decisions::{Decisions, OperatingPoint, RateSource};
use crate::calc::normal;
use serde::{Deserialize, Serialize};
use std::fmt;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::threshold::Costs;

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
}
