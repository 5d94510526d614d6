//! What the calculator page shows, computed without the page: the slider's range, the figures at
//! the chosen threshold and the curves, for own scores and for the teaching model alike. The page
//! only phrases them (`ui::calc::threshold`).

use super::binormal::Binormal;
use super::confusion::{Masses, Metrics};
use super::decisions::{precision_at_prevalence, Costs, OperatingPoint, RateSource};
use super::downsample::CurvePoint;
use super::scores::Scores;

/// The thresholds a slider offers: `min..=max` in steps of `step`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SliderRange {
    pub min: f64,
    pub max: f64,
    pub step: f64,
}

impl SliderRange {
    /// Covers the scores from `lo` to `hi` (half a unit either side when they are one value) in
    /// about a hundred steps of a power of ten, its ends rounded out to whole steps, so the slider
    /// moves by round numbers.
    pub fn around(lo: f64, hi: f64) -> SliderRange {
        let (lo, hi) = if hi > lo { (lo, hi) } else { (lo - 0.5, hi + 0.5) };
        let step = 10f64.powf(((hi - lo) / 100.0).log10().floor());
        SliderRange { min: (lo / step).floor() * step, max: (hi / step).ceil() * step, step }
    }

    /// The finite threshold that stands for `x` on the slider: "flag nobody" (+∞) one step above
    /// its top, "flag everyone" (−∞) one step below its bottom, where they give the same figures.
    pub fn place(&self, x: f64) -> f64 {
        if x == f64::INFINITY {
            self.max + self.step
        } else if x == f64::NEG_INFINITY {
            self.min - self.step
        } else {
            x
        }
    }
}

/// The threshold to keep when new scores arrive: `current` when it lies within the new scores'
/// range, otherwise the middle of that range on the slider's steps. A threshold chosen for the
/// teaching model or an earlier file (0.5 on probabilities, say) would otherwise sit off the end
/// of scores that run from -3 to 4, flagging everyone or no one without saying why.
pub fn threshold_for_new_scores(current: Option<f64>, lo: f64, hi: f64) -> f64 {
    match current {
        Some(t) if t.is_finite() && (lo..=hi).contains(&t) => t,
        _ => {
            let range = SliderRange::around(lo, hi);
            let middle = ((lo + hi) / 2.0 / range.step).round() * range.step;
            middle.clamp(range.min, range.max)
        }
    }
}

/// The figures at one threshold.
#[derive(Clone, Debug, PartialEq)]
pub struct AtThreshold {
    /// tp, fp, tn, fn: counts for own scores, expected cases per 1,000 for the model.
    pub cells: [f64; 4],
    /// Whether `cells` are counts (own scores) rather than expected cases (the model).
    pub counts: bool,
    pub metrics: Metrics,
    /// `None` when the scores have one class only, so no rates.
    pub point: Option<OperatingPoint>,
    /// Precision at the deployment prevalence, when one is set for own scores.
    pub shifted_precision: Option<f64>,
    /// Cost per 1,000 cases, when costs are set.
    pub cost: Option<f64>,
}

/// The drawn curves and the areas under them.
#[derive(Clone, Debug, PartialEq)]
pub struct Curves {
    pub roc: Vec<CurvePoint>,
    pub pr: Vec<CurvePoint>,
    pub auc: Option<f64>,
    pub ap: Option<f64>,
}

impl Binormal {
    /// The scores nearly every case of the model gets: three standard deviations either side of
    /// each class's mean.
    pub fn score_span(&self) -> (f64, f64) {
        (
            (self.positive_mean - 3.0 * self.positive_sd).min(self.negative_mean - 3.0 * self.negative_sd),
            (self.positive_mean + 3.0 * self.positive_sd).max(self.negative_mean + 3.0 * self.negative_sd),
        )
    }

    /// The figures at `threshold`, as expected cases per 1,000 at the model's prevalence. `None`
    /// when the model gives no decisions (a prevalence of 0 or 1).
    pub fn at_threshold(&self, threshold: f64, beta: f64, costs: Option<Costs>) -> Option<AtThreshold> {
        let point = self.point_at(threshold);
        let masses = Masses::from_rates(&point, self.prevalence);
        let d = self.decisions(None)?;
        Some(AtThreshold {
            cells: [masses.tp, masses.fp, masses.tn, masses.fn_].map(|x| x * 1000.0),
            counts: false,
            metrics: masses.metrics(beta),
            point: Some(point),
            shifted_precision: None,
            cost: costs.map(|c| d.cost_per_1000(&point, c)),
        })
    }

    /// Both curves thinned to `points` points each, with the exact AUC and the AP of the grid.
    pub fn curves(&self, points: usize) -> Option<Curves> {
        self.decisions(None).map(|d| Curves {
            roc: d.roc_points(points),
            pr: d.pr_points(points),
            auc: Some(self.roc_auc()),
            ap: Some(d.average_precision()),
        })
    }
}

impl Scores {
    /// The figures at `threshold` as counts. `deployment` is the prevalence the model will meet
    /// when it differs from the scores' own: precision and cost are then given at it too.
    pub fn at_threshold(
        &self,
        threshold: f64,
        beta: f64,
        costs: Option<Costs>,
        deployment: Option<f64>,
    ) -> AtThreshold {
        let c = self.confusion_at(threshold);
        let point = self.has_both_classes().then(|| self.point_at(threshold));
        let d = self.decisions(deployment);
        AtThreshold {
            cells: [c.tp, c.fp, c.tn, c.fn_].map(|x| x as f64),
            counts: true,
            metrics: Masses::from(&c).metrics(beta),
            point,
            shifted_precision: point.zip(deployment).and_then(|(p, pi)| precision_at_prevalence(p.tpr, p.fpr, pi)),
            cost: d.zip(point).zip(costs).map(|((d, p), c)| d.cost_per_1000(&p, c)),
        }
    }

    /// Both curves thinned to `points` points each (none with one class only), with AUC and AP.
    pub fn curves(&self, points: usize) -> Curves {
        let d = self.decisions(None);
        Curves {
            roc: d.as_ref().map(|d| d.roc_points(points)).unwrap_or_default(),
            pr: d.as_ref().map(|d| d.pr_points(points)).unwrap_or_default(),
            auc: self.roc_auc(),
            ap: self.average_precision(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::threshold::tiny;

    #[test]
    fn the_slider_moves_by_round_steps_over_the_scores() {
        assert_eq!(SliderRange::around(0.0, 1.0), SliderRange { min: 0.0, max: 1.0, step: 0.01 });
        let r = SliderRange::around(0.1234, 0.9876);
        assert_eq!(r.step, 0.001);
        assert!((r.min - 0.123).abs() < 1e-12 && (r.max - 0.988).abs() < 1e-12, "{r:?}");
        let wide = SliderRange::around(-3.0, 4.0);
        assert_eq!((wide.min, wide.max, wide.step), (-3.0, 4.0, 0.01));
        // One value: half a unit either side.
        let one = SliderRange::around(5.0, 5.0);
        assert!((one.min - 4.5).abs() < 1e-12 && (one.max - 5.5).abs() < 1e-12 && one.step == 0.01, "{one:?}");
    }

    #[test]
    fn new_scores_keep_a_threshold_inside_their_range_and_move_one_outside_it() {
        assert_eq!(threshold_for_new_scores(Some(0.35), 0.0, 1.0), 0.35);
        assert_eq!(threshold_for_new_scores(Some(0.5), 0.0, 0.2), 0.1);
        assert_eq!(threshold_for_new_scores(Some(0.5), -3.0, 4.0), 0.5, "inside a wide range");
        assert_eq!(threshold_for_new_scores(Some(0.5), 2.0, 9.0), 5.5);
        assert_eq!(threshold_for_new_scores(None, 0.0, 1.0), 0.5);
        assert_eq!(threshold_for_new_scores(Some(f64::NAN), 0.0, 1.0), 0.5);
        let t = threshold_for_new_scores(Some(0.9), 0.1234, 0.1241);
        assert!((0.1234..=0.1241).contains(&t), "{t}");
        assert_eq!(threshold_for_new_scores(Some(0.9), 7.0, 7.0), 7.0, "one value");
    }

    #[test]
    fn infinite_thresholds_sit_one_step_past_the_ends() {
        let r = SliderRange { min: 0.0, max: 1.0, step: 0.01 };
        assert_eq!(r.place(f64::INFINITY), 1.01);
        assert_eq!(r.place(f64::NEG_INFINITY), -0.01);
        assert_eq!(r.place(0.35), 0.35);
    }

    #[test]
    fn the_model_spans_three_deviations_of_both_classes() {
        let m = Binormal::new(1.0, 1.0, 0.0, 0.5, 0.5).unwrap();
        assert_eq!(m.score_span(), (-2.0, 4.0));
    }

    #[test]
    fn own_scores_give_counts_and_the_deployment_precision() {
        let s = tiny();
        let costs = Costs { false_positive: 1.0, false_negative: 5.0 };
        let at = s.at_threshold(0.35, 1.0, Some(costs), Some(0.5));
        assert_eq!(at.cells, [2.0, 1.0, 1.0, 0.0]);
        assert!(at.counts);
        assert_eq!(at.metrics.precision, Some(2.0 / 3.0));
        let p = at.point.unwrap();
        assert_eq!((p.tpr, p.fpr), (1.0, 0.5));
        // At a prevalence of one half, as in the scores: the same precision; half the negatives
        // flagged, no positive missed, so 250 false positives per 1,000 at cost 1.
        assert!((at.shifted_precision.unwrap() - 2.0 / 3.0).abs() < 1e-12);
        assert!((at.cost.unwrap() - 250.0).abs() < 1e-9);
        // Without a deployment prevalence or costs, neither figure.
        let plain = s.at_threshold(0.35, 1.0, None, None);
        assert_eq!((plain.shifted_precision, plain.cost), (None, None));
    }

    #[test]
    fn one_class_gives_counts_without_rates() {
        let s = Scores::from_pairs(&[0.2, 0.7], &[true, true]).unwrap();
        let at = s.at_threshold(0.5, 1.0, Some(Costs { false_positive: 1.0, false_negative: 1.0 }), None);
        assert_eq!(at.cells, [1.0, 0.0, 0.0, 1.0]);
        assert_eq!((at.point, at.cost), (None, None));
        let curves = s.curves(200);
        assert!(curves.roc.is_empty() && curves.pr.is_empty());
        assert_eq!(curves.auc, None);
    }

    #[test]
    fn the_model_gives_expected_cases_per_thousand() {
        let m = Binormal::lecture_example();
        let at = m.at_threshold(m.positive_mean, 1.0, None).unwrap();
        assert!(!at.counts);
        assert!((at.cells.iter().sum::<f64>() - 1000.0).abs() < 1e-9);
        // At the positives' mean half of them are flagged.
        assert!((at.cells[0] / (at.cells[0] + at.cells[3]) - 0.5).abs() < 1e-12);
        assert_eq!(at.cost, None);
        let curves = m.curves(200).unwrap();
        assert_eq!(curves.auc, Some(m.roc_auc()));
        assert!(!curves.roc.is_empty() && curves.roc.len() <= 200 && curves.pr.len() <= 200);
    }

    #[test]
    fn own_curves_carry_the_exact_areas() {
        let s = tiny();
        let curves = s.curves(200);
        assert_eq!((curves.auc, curves.ap), (s.roc_auc(), s.average_precision()));
        assert_eq!(curves.roc.first().map(|p| (p.x, p.y)), Some((0.0, 0.0)));
        assert_eq!(curves.roc.last().map(|p| (p.x, p.y)), Some((1.0, 1.0)));
    }
}
