//! Confusion counts and the metrics read from them (`Confusion`, and `Masses` for expected cases).

use super::decisions::OperatingPoint;
use serde::{Deserialize, Serialize};

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
pub(super) fn ratio(num: u64, den: u64) -> Option<f64> {
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
pub(super) fn f_beta_from_masses(tp: f64, fp: f64, fn_: f64, beta: f64) -> Option<f64> {
    if !(beta.is_finite() && beta > 0.0) {
        return None;
    }
    let b2 = beta * beta;
    let denominator = (1.0 + b2) * tp + b2 * fn_ + fp;
    (denominator > 0.0).then(|| (1.0 + b2) * tp / denominator)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
