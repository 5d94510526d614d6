//! Operating points and decisions, shared by own scores and the teaching model: the `RateSource`
//! trait, and `Decisions` with the drawn curves, AUC and AP, costs and the suggested thresholds.

use super::confusion::f_beta_from_masses;
use super::downsample::{downsample_points, indistinct, CurvePoint, INDISTINCT};
use super::scores::Scores;
use serde::{Deserialize, Serialize};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::threshold::tiny;
    use crate::calc::threshold::DEFAULT_CURVE_POINTS;

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
        use crate::calc::threshold::Binormal;
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
}
