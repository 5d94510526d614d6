//! Speed versus accuracy: which candidate model meets the latency budget, the peak load and the
//! monthly budget, which ones no other candidate beats on both quality and latency (Pareto), and which
//! one to recommend.
//!
//! Conventions: a month is 730 hours (8,760 hours a year / 12), the figure cloud price sheets use.
//! Instances are sized for the peak, so the cost is an upper bound when the load varies; per-prediction
//! pricing is charged on the average load, which defaults to the peak (again an upper bound).

use std::fmt;

use serde::{Deserialize, Serialize};

/// Hours in the average month (8,760 / 12).
pub const HOURS_PER_MONTH: f64 = 730.0;
/// Seconds in that month.
const SECONDS_PER_MONTH: f64 = HOURS_PER_MONTH * 3600.0;

/// How a candidate is priced.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "per", content = "price")]
pub enum Pricing {
    /// Per running instance per hour.
    InstanceHour(f64),
    /// Per 1,000 predictions served (managed endpoints).
    ThousandPredictions(f64),
}

/// One model under consideration. Quality is any higher-is-better metric (accuracy, AUC, ...).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    pub name: String,
    pub quality: f64,
    pub p50_ms: f64,
    pub p95_ms: f64,
    /// Sustained queries per second one instance serves within its latency.
    pub throughput_qps: f64,
    pub pricing: Pricing,
    pub size_mb: f64,
}

/// What the deployment must meet. `None` means "no limit".
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Requirements {
    pub p95_budget_ms: Option<f64>,
    pub peak_qps: f64,
    /// Average load for per-prediction pricing; `None` uses the peak.
    pub average_qps: Option<f64>,
    pub monthly_budget: Option<f64>,
}

/// Why a candidate is not feasible, or cannot be judged.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Blocker {
    /// p95 latency above the budget.
    TooSlow { p95_ms: f64, budget_ms: f64 },
    /// Monthly cost above the budget.
    OverBudget { monthly_cost: f64, budget: f64 },
    /// A number of the candidate is missing its meaning: not finite, negative, or zero throughput.
    InvalidCandidate { field: CandidateField },
}

/// A field of `Candidate`, for pointing at invalid input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CandidateField {
    Quality,
    P50,
    P95,
    Throughput,
    Price,
    Size,
}

/// Why the requirements themselves are unusable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequirementsError {
    /// Peak load not a positive finite number.
    PeakNotPositive,
    /// Average load negative or not finite.
    AverageInvalid,
    /// Latency budget not a positive finite number.
    LatencyBudgetInvalid,
    /// Monthly budget negative or not finite.
    BudgetInvalid,
}

impl fmt::Display for RequirementsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RequirementsError::PeakNotPositive => "peak load must be greater than zero",
            RequirementsError::AverageInvalid => "average load must be zero or more",
            RequirementsError::LatencyBudgetInvalid => "the latency budget must be greater than zero",
            RequirementsError::BudgetInvalid => "the monthly budget must be zero or more",
        })
    }
}

impl std::error::Error for RequirementsError {}

/// The verdict on one candidate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// Instances to carry the peak: ceil(peak / throughput), at least 1. 0 when the candidate is invalid.
    pub instances: u64,
    pub monthly_cost: f64,
    /// True when nothing blocks it.
    pub feasible: bool,
    pub blockers: Vec<Blocker>,
    /// Another valid candidate has quality at least as high and p95 at least as low, one strictly.
    pub dominated: bool,
}

/// Why the recommended candidate won.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PickReason {
    /// It is the only feasible candidate.
    OnlyFeasible,
    /// Highest quality among the feasible ones.
    BestQuality,
    /// Tied on quality with another feasible candidate, and cheaper.
    CheaperAtEqualQuality,
}

/// The recommendation for the UI to phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Recommendation {
    Pick { index: usize, reason: PickReason },
    NoneFeasible,
    NoCandidates,
}

/// All verdicts, in the candidates' order, and the recommendation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TradeoffReport {
    pub assessments: Vec<Assessment>,
    pub recommendation: Recommendation,
}

fn finite_at_least(x: f64, min: f64) -> bool {
    x.is_finite() && x >= min
}

impl Requirements {
    pub fn validate(&self) -> Result<(), RequirementsError> {
        if !(self.peak_qps.is_finite() && self.peak_qps > 0.0) {
            return Err(RequirementsError::PeakNotPositive);
        }
        if self.average_qps.is_some_and(|a| !finite_at_least(a, 0.0)) {
            return Err(RequirementsError::AverageInvalid);
        }
        if self.p95_budget_ms.is_some_and(|b| !(b.is_finite() && b > 0.0)) {
            return Err(RequirementsError::LatencyBudgetInvalid);
        }
        if self.monthly_budget.is_some_and(|b| !finite_at_least(b, 0.0)) {
            return Err(RequirementsError::BudgetInvalid);
        }
        Ok(())
    }
}

impl Candidate {
    /// The first field that makes the candidate meaningless, if any.
    pub fn invalid_field(&self) -> Option<CandidateField> {
        let price = match self.pricing {
            Pricing::InstanceHour(p) | Pricing::ThousandPredictions(p) => p,
        };
        let checks = [
            (self.quality.is_finite(), CandidateField::Quality),
            (finite_at_least(self.p50_ms, 0.0), CandidateField::P50),
            (finite_at_least(self.p95_ms, 0.0), CandidateField::P95),
            (self.throughput_qps.is_finite() && self.throughput_qps > 0.0, CandidateField::Throughput),
            (finite_at_least(price, 0.0), CandidateField::Price),
            (finite_at_least(self.size_mb, 0.0), CandidateField::Size),
        ];
        checks.into_iter().find(|(ok, _)| !ok).map(|(_, field)| field)
    }

    /// Instances to carry `peak_qps`, at least one.
    pub fn instances_for(&self, peak_qps: f64) -> u64 {
        ((peak_qps / self.throughput_qps).ceil() as u64).max(1)
    }

    /// Monthly cost under the requirements' load (see the module note on conventions).
    pub fn monthly_cost(&self, requirements: &Requirements) -> f64 {
        match self.pricing {
            Pricing::InstanceHour(price) => self.instances_for(requirements.peak_qps) as f64 * price * HOURS_PER_MONTH,
            Pricing::ThousandPredictions(price) => {
                let average = requirements.average_qps.unwrap_or(requirements.peak_qps);
                average * SECONDS_PER_MONTH / 1000.0 * price
            }
        }
    }
}

fn assess_one(candidate: &Candidate, requirements: &Requirements) -> Assessment {
    if let Some(field) = candidate.invalid_field() {
        let blockers = vec![Blocker::InvalidCandidate { field }];
        return Assessment { instances: 0, monthly_cost: 0.0, feasible: false, blockers, dominated: false };
    }
    let instances = candidate.instances_for(requirements.peak_qps);
    let monthly_cost = candidate.monthly_cost(requirements);
    let mut blockers = Vec::new();
    if let Some(budget_ms) = requirements.p95_budget_ms.filter(|&b| candidate.p95_ms > b) {
        blockers.push(Blocker::TooSlow { p95_ms: candidate.p95_ms, budget_ms });
    }
    if let Some(budget) = requirements.monthly_budget.filter(|&b| monthly_cost > b) {
        blockers.push(Blocker::OverBudget { monthly_cost, budget });
    }
    Assessment { instances, monthly_cost, feasible: blockers.is_empty(), blockers, dominated: false }
}

/// `a` dominates `b`: no worse on quality and p95 latency, better on at least one.
fn dominates(a: &Candidate, b: &Candidate) -> bool {
    let no_worse = a.quality >= b.quality && a.p95_ms <= b.p95_ms;
    no_worse && (a.quality > b.quality || a.p95_ms < b.p95_ms)
}

fn mark_dominated(candidates: &[Candidate], assessments: &mut [Assessment]) {
    let valid: Vec<bool> = candidates.iter().map(|c| c.invalid_field().is_none()).collect();
    for (i, assessment) in assessments.iter_mut().enumerate() {
        assessment.dominated = valid[i]
            && candidates.iter().enumerate().any(|(j, other)| j != i && valid[j] && dominates(other, &candidates[i]));
    }
}

/// Best quality among the feasible; at equal quality the lower monthly cost; then the earlier one.
fn recommend(candidates: &[Candidate], assessments: &[Assessment]) -> Recommendation {
    if candidates.is_empty() {
        return Recommendation::NoCandidates;
    }
    let feasible: Vec<usize> = (0..candidates.len()).filter(|&i| assessments[i].feasible).collect();
    let better = |i: usize, j: usize| {
        let (qi, qj) = (candidates[i].quality, candidates[j].quality);
        qi > qj || (qi == qj && assessments[i].monthly_cost < assessments[j].monthly_cost)
    };
    let Some(best) = feasible.iter().copied().reduce(|best, i| if better(i, best) { i } else { best }) else {
        return Recommendation::NoneFeasible;
    };
    let tied = feasible.iter().any(|&i| i != best && candidates[i].quality == candidates[best].quality);
    let reason = match (feasible.len(), tied) {
        (1, _) => PickReason::OnlyFeasible,
        (_, true) => PickReason::CheaperAtEqualQuality,
        _ => PickReason::BestQuality,
    };
    Recommendation::Pick { index: best, reason }
}

/// Judges every candidate against the requirements and recommends one.
pub fn assess(candidates: &[Candidate], requirements: &Requirements) -> Result<TradeoffReport, RequirementsError> {
    requirements.validate()?;
    let mut assessments: Vec<Assessment> = candidates.iter().map(|c| assess_one(c, requirements)).collect();
    mark_dominated(candidates, &mut assessments);
    let recommendation = recommend(candidates, &assessments);
    Ok(TradeoffReport { assessments, recommendation })
}

/// The lecture's example: a fast model at accuracy 0.93 and a slower one at 0.95. Latency, throughput
/// and prices are made up but plausible (a small CPU model; a larger model on a GPU instance).
pub fn lecture_example() -> (Vec<Candidate>, Requirements) {
    let fast = Candidate {
        name: "Fast model".to_owned(),
        quality: 0.93,
        p50_ms: 12.0,
        p95_ms: 30.0,
        throughput_qps: 250.0,
        pricing: Pricing::InstanceHour(0.10),
        size_mb: 40.0,
    };
    let accurate = Candidate {
        name: "Accurate model".to_owned(),
        quality: 0.95,
        p50_ms: 60.0,
        p95_ms: 140.0,
        throughput_qps: 40.0,
        pricing: Pricing::InstanceHour(0.50),
        size_mb: 450.0,
    };
    let requirements =
        Requirements { p95_budget_ms: Some(200.0), peak_qps: 300.0, average_qps: None, monthly_budget: Some(3000.0) };
    (vec![fast, accurate], requirements)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(name: &str, quality: f64, p95_ms: f64, qps: f64, hourly: f64) -> Candidate {
        Candidate {
            name: name.to_owned(),
            quality,
            p50_ms: p95_ms / 2.0,
            p95_ms,
            throughput_qps: qps,
            pricing: Pricing::InstanceHour(hourly),
            size_mb: 100.0,
        }
    }

    fn needs(p95: Option<f64>, peak: f64, budget: Option<f64>) -> Requirements {
        Requirements { p95_budget_ms: p95, peak_qps: peak, average_qps: None, monthly_budget: budget }
    }

    #[test]
    fn lecture_example_recommends_the_accurate_model_within_budget() {
        let (candidates, requirements) = lecture_example();
        let report = assess(&candidates, &requirements).unwrap();
        let [fast, accurate] = &report.assessments[..] else { panic!("two candidates") };
        assert_eq!((fast.instances, accurate.instances), (2, 8));
        assert!((fast.monthly_cost - 146.0).abs() < 1e-9);
        assert!((accurate.monthly_cost - 2920.0).abs() < 1e-9);
        assert!(fast.feasible && accurate.feasible);
        // Neither beats the other on both axes: a real trade-off.
        assert!(!fast.dominated && !accurate.dominated);
        assert_eq!(report.recommendation, Recommendation::Pick { index: 1, reason: PickReason::BestQuality });
        // A tighter budget flips it.
        let tight = Requirements { monthly_budget: Some(1000.0), ..requirements };
        let report = assess(&candidates, &tight).unwrap();
        assert_eq!(report.assessments[1].blockers, vec![Blocker::OverBudget { monthly_cost: 2920.0, budget: 1000.0 }]);
        assert_eq!(report.recommendation, Recommendation::Pick { index: 0, reason: PickReason::OnlyFeasible });
    }

    #[test]
    fn latency_and_budget_block_with_reasons() {
        let slow = candidate("slow", 0.99, 500.0, 10.0, 1.0);
        let report = assess(&[slow], &needs(Some(100.0), 25.0, Some(100.0))).unwrap();
        let a = &report.assessments[0];
        assert_eq!(a.instances, 3);
        assert_eq!(
            a.blockers,
            vec![
                Blocker::TooSlow { p95_ms: 500.0, budget_ms: 100.0 },
                Blocker::OverBudget { monthly_cost: 2190.0, budget: 100.0 }
            ]
        );
        assert_eq!(report.recommendation, Recommendation::NoneFeasible);
    }

    #[test]
    fn ties_on_quality_go_to_the_cheaper() {
        let a = candidate("a", 0.9, 50.0, 100.0, 2.0);
        let b = candidate("b", 0.9, 50.0, 100.0, 1.0);
        let c = candidate("c", 0.8, 10.0, 100.0, 0.1);
        let report = assess(&[a, b, c], &needs(None, 50.0, None)).unwrap();
        assert_eq!(report.recommendation, Recommendation::Pick { index: 1, reason: PickReason::CheaperAtEqualQuality });
        // a and b are equal on both axes: neither dominates the other; c is faster, so not dominated.
        assert!(report.assessments.iter().all(|a| !a.dominated));
    }

    #[test]
    fn dominated_candidates_are_marked() {
        let good = candidate("good", 0.95, 50.0, 100.0, 1.0);
        let worse = candidate("worse", 0.94, 60.0, 100.0, 1.0);
        let report = assess(&[good, worse], &needs(None, 1.0, None)).unwrap();
        assert_eq!(report.assessments.iter().map(|a| a.dominated).collect::<Vec<_>>(), vec![false, true]);
    }

    #[test]
    fn per_prediction_pricing_uses_the_average_load() {
        let mut managed = candidate("managed", 0.9, 50.0, 100.0, 0.0);
        managed.pricing = Pricing::ThousandPredictions(0.01);
        let requirements = Requirements { average_qps: Some(10.0), ..needs(None, 100.0, None) };
        let report = assess(&[managed], &requirements).unwrap();
        // 10 qps × 2,628,000 s = 26.28 M predictions × $0.01 / 1,000.
        assert!((report.assessments[0].monthly_cost - 262.8).abs() < 1e-9);
    }

    #[test]
    fn invalid_input_is_reported_not_panicked() {
        let broken = candidate("broken", f64::NAN, 50.0, 0.0, 1.0);
        let report = assess(std::slice::from_ref(&broken), &needs(None, 10.0, None)).unwrap();
        assert_eq!(report.assessments[0].blockers, vec![Blocker::InvalidCandidate { field: CandidateField::Quality }]);
        assert_eq!(report.recommendation, Recommendation::NoneFeasible);
        assert_eq!(assess(&[], &needs(None, 10.0, None)).unwrap().recommendation, Recommendation::NoCandidates);
        assert_eq!(
            assess(std::slice::from_ref(&broken), &needs(None, 0.0, None)),
            Err(RequirementsError::PeakNotPositive)
        );
        assert_eq!(
            assess(std::slice::from_ref(&broken), &needs(Some(-1.0), 1.0, None)),
            Err(RequirementsError::LatencyBudgetInvalid)
        );
        assert_eq!(assess(&[broken], &needs(None, 1.0, Some(f64::NAN))), Err(RequirementsError::BudgetInvalid));
    }
}
