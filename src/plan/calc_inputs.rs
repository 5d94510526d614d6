//! From a plan's calculator sections (numbers as typed, each optional) to the calculators' inputs,
//! with the starting values the pages show before anything is typed.
//!
//! A section still at its `Default` stands for the lecture's example, so a fresh plan opens every
//! calculator with a worked answer; the first edit copies that example into the plan (`effective_*`)
//! and changes one field of it. Empty fields after that are reported, not silently filled in.

use super::{AbTestSection, Candidate, GoalsSection, ThresholdSection, TradeoffSection};
use crate::calc::abtest::{self, AbTestError, TestPlan};
use crate::calc::blend;
use crate::calc::threshold::{Binormal, Costs};
use crate::calc::tradeoff::{self, Pricing, Requirements};

/// β of the F-beta score when none is chosen.
pub const DEFAULT_BETA: f64 = 1.0;
/// Threshold shown before one is chosen.
pub const DEFAULT_THRESHOLD: f64 = 0.5;
/// Targets of the constrained choices before they are chosen.
pub const DEFAULT_MIN_PRECISION: f64 = 0.8;
pub const DEFAULT_MIN_RECALL: f64 = 0.8;

/// The teaching model of a section: each missing parameter from the lecture's example. Invalid
/// values (a zero spread) are left for `Binormal::validate` to report.
pub fn binormal(t: &ThresholdSection) -> Binormal {
    let d = Binormal::lecture_example();
    Binormal {
        positive_mean: t.positive_mean.unwrap_or(d.positive_mean),
        positive_sd: t.positive_sd.unwrap_or(d.positive_sd),
        negative_mean: t.negative_mean.unwrap_or(d.negative_mean),
        negative_sd: t.negative_sd.unwrap_or(d.negative_sd),
        prevalence: t.prevalence.unwrap_or(d.prevalence),
    }
}

pub fn beta(t: &ThresholdSection) -> f64 {
    t.beta.filter(|b| b.is_finite() && *b > 0.0).unwrap_or(DEFAULT_BETA)
}

pub fn threshold(t: &ThresholdSection) -> f64 {
    t.threshold.filter(|x| x.is_finite()).unwrap_or(DEFAULT_THRESHOLD)
}

/// Both costs, once both are entered and valid.
pub fn costs(t: &ThresholdSection) -> Option<Costs> {
    let costs = Costs { false_positive: t.cost_false_positive?, false_negative: t.cost_false_negative? };
    costs.is_valid().then_some(costs)
}

pub fn min_precision(t: &ThresholdSection) -> f64 {
    t.min_precision.filter(|p| (0.0..=1.0).contains(p)).unwrap_or(DEFAULT_MIN_PRECISION)
}

pub fn min_recall(t: &ThresholdSection) -> f64 {
    t.min_recall.filter(|r| (0.0..=1.0).contains(r)).unwrap_or(DEFAULT_MIN_RECALL)
}

/// The lecture's candidates and requirements as a plan section.
pub fn lecture_tradeoff() -> TradeoffSection {
    let (candidates, requirements) = tradeoff::lecture_example();
    TradeoffSection {
        candidates: candidates
            .into_iter()
            .map(|c| {
                let (hourly, per_1000) = match c.pricing {
                    Pricing::InstanceHour(p) => (Some(p), None),
                    Pricing::ThousandPredictions(p) => (None, Some(p)),
                };
                Candidate {
                    name: c.name,
                    quality: Some(c.quality),
                    p50_ms: Some(c.p50_ms),
                    p95_ms: Some(c.p95_ms),
                    throughput_per_instance: Some(c.throughput_qps),
                    cost_per_instance_hour: hourly,
                    cost_per_1000_predictions: per_1000,
                    priced_per_1000: per_1000.is_some(),
                    size_mb: Some(c.size_mb),
                }
            })
            .collect(),
        p95_budget_ms: requirements.p95_budget_ms,
        peak_qps: Some(requirements.peak_qps),
        monthly_budget: requirements.monthly_budget,
    }
}

/// The section the page shows and edits: the plan's, or the lecture's while the plan's is untouched.
pub fn effective_tradeoff(section: &TradeoffSection) -> TradeoffSection {
    if *section == TradeoffSection::default() {
        lecture_tradeoff()
    } else {
        section.clone()
    }
}

/// Domain inputs of an (effective) section. An empty number becomes NaN in memory only, so the
/// assessment names it as the candidate's invalid field (an empty peak load: `PeakNotPositive`).
pub fn tradeoff_inputs(section: &TradeoffSection) -> (Vec<tradeoff::Candidate>, Requirements) {
    let n = |x: Option<f64>| x.unwrap_or(f64::NAN);
    let candidates = section
        .candidates
        .iter()
        .map(|c| tradeoff::Candidate {
            name: c.name.clone(),
            quality: n(c.quality),
            p50_ms: n(c.p50_ms),
            p95_ms: n(c.p95_ms),
            throughput_qps: n(c.throughput_per_instance),
            pricing: if c.priced_per_1000 {
                Pricing::ThousandPredictions(n(c.cost_per_1000_predictions))
            } else {
                Pricing::InstanceHour(n(c.cost_per_instance_hour))
            },
            size_mb: c.size_mb.unwrap_or(0.0),
        })
        .collect();
    let requirements = Requirements {
        p95_budget_ms: section.p95_budget_ms,
        peak_qps: n(section.peak_qps),
        average_qps: None,
        monthly_budget: section.monthly_budget,
    };
    (candidates, requirements)
}

/// A field of the A/B planner, for "please fill in" messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbField {
    Baseline,
    Effect,
    Alpha,
    Power,
    Traffic,
    Share,
}

/// Why the A/B planner shows no answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbInputError {
    Missing(AbField),
    Invalid(AbTestError),
}

/// The planner's starting example: 10 % conversion, a 2-point lift, the usual α and power, 2,000
/// visitors a day, all of them in the test.
pub fn example_abtest() -> AbTestSection {
    AbTestSection {
        baseline_rate: Some(0.1),
        mde: Some(0.02),
        mde_relative: false,
        alpha: Some(0.05),
        power: Some(0.8),
        daily_traffic: Some(2000.0),
        share_in_test: Some(1.0),
    }
}

pub fn effective_abtest(section: &AbTestSection) -> AbTestSection {
    if *section == AbTestSection::default() {
        example_abtest()
    } else {
        section.clone()
    }
}

/// Sample size and duration for an (effective) section; two variants, traffic split evenly.
pub fn ab_plan(s: &AbTestSection) -> Result<TestPlan, AbInputError> {
    let need = |x: Option<f64>, field| x.ok_or(AbInputError::Missing(field));
    let baseline = need(s.baseline_rate, AbField::Baseline)?;
    let effect = need(s.mde, AbField::Effect)?;
    let alpha = need(s.alpha, AbField::Alpha)?;
    let power = need(s.power, AbField::Power)?;
    let traffic = need(s.daily_traffic, AbField::Traffic)?;
    let share = s.share_in_test.unwrap_or(1.0);
    let absolute = if s.mde_relative {
        abtest::mde_from_relative(baseline, effect).map_err(AbInputError::Invalid)?
    } else {
        effect
    };
    let n = abtest::sample_size_per_variant(baseline, absolute, alpha, power).map_err(AbInputError::Invalid)?;
    abtest::plan_duration(n, 2, traffic, share).map_err(AbInputError::Invalid)
}

/// The blend's weights from the goals, one per objective, when there are two or more objectives
/// to blend: each as typed (one left empty counts as 0, which the calculator's sum shows), or equal
/// shares while none is typed.
pub fn blend_weights(goals: &GoalsSection) -> Option<Vec<f64>> {
    let objectives = &goals.objectives;
    if objectives.len() < 2 {
        return None;
    }
    if objectives.iter().all(|o| o.weight.is_none()) {
        return Some(blend::equal_weights(objectives.len()));
    }
    Some(objectives.iter().map(|o| o.weight.unwrap_or(0.0)).collect())
}

/// Stores one weight per objective; false (nothing changed) unless there is one for each of two or
/// more objectives.
pub fn set_blend_weights(goals: &mut GoalsSection, weights: &[f64]) -> bool {
    if goals.objectives.len() < 2 || weights.len() != goals.objectives.len() {
        return false;
    }
    for (objective, w) in goals.objectives.iter_mut().zip(weights) {
        objective.weight = Some(*w);
    }
    true
}

/// The blend's saved items with one score per objective: a score for an objective added after
/// the items were saved starts at 0, and one for a removed objective is dropped. `None` while
/// none is saved.
pub fn blend_items(goals: &GoalsSection) -> Option<Vec<blend::Item>> {
    let n = goals.objectives.len();
    (!goals.blend_items.is_empty()).then(|| {
        goals
            .blend_items
            .iter()
            .map(|item| {
                let mut scores = item.scores.clone();
                scores.resize(n, 0.0);
                blend::Item { title: item.title.clone(), scores }
            })
            .collect()
    })
}
