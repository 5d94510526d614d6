//! From a plan's calculator sections (numbers as typed, each optional) to the calculators' inputs,
//! with the starting values the pages show before anything is typed.
//!
//! A section still at its `Default` stands for the lecture's example, so a fresh plan opens every
//! calculator with a worked answer; the first edit copies that example into the plan (`effective_*`)
//! and changes one field of it. Empty fields after that are reported, not silently filled in.

use super::{
    AbTestSection, Candidate, DriftMeasure, DriftSection, ErrorsSection, GoalsSection, ThresholdSection,
    TradeoffSection,
};
use crate::calc::abtest::{self, AbTestError, Method, TestPlan};
use crate::calc::blend;
use crate::calc::regression::Tolerance;
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
        ..AbTestSection::default()
    }
}

pub fn effective_abtest(section: &AbTestSection) -> AbTestSection {
    if *section == AbTestSection::default() {
        example_abtest()
    } else {
        section.clone()
    }
}

/// The weeks the smallest detectable effect is shown for before any are chosen.
pub const DEFAULT_DETECT_WEEKS: f64 = 4.0;

/// A section's inputs, read and checked: what the planner's figures are computed from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AbInputs {
    pub method: Method,
    pub baseline: f64,
    /// The effect as an absolute change of the rate.
    pub effect: f64,
    /// The level to give the two-sided formulas: α shared among the comparisons with the
    /// control, doubled for a one-sided test.
    pub alpha: f64,
    pub power: f64,
    pub daily_traffic: f64,
    pub share_in_test: f64,
    /// Variants, the control included.
    pub variants: u32,
    pub one_sided: bool,
}

impl AbInputs {
    /// The level each comparison is tested at, on its own sides (half of `alpha` when one-sided).
    pub fn comparison_level(&self) -> f64 {
        if self.one_sided {
            self.alpha / 2.0
        } else {
            self.alpha
        }
    }

    /// Users per variant that `weeks` of traffic bring, the variants splitting it evenly.
    pub fn per_variant_in(&self, weeks: f64) -> f64 {
        (self.daily_traffic * self.share_in_test * 7.0 * weeks / f64::from(self.variants)).floor()
    }
}

/// The most variants the planner takes, the control included.
pub const MAX_VARIANTS: u32 = 10;

/// The drift check's retraining limit: the one given, or the usual reading's "act" line (PSI
/// 0.25), or a KS statistic of 0.1 (the two distribution functions a tenth apart somewhere).
pub fn drift_limit(section: &DriftSection) -> f64 {
    let default = match section.measure {
        DriftMeasure::Psi => crate::calc::drift::PSI_ACT,
        DriftMeasure::Ks => DEFAULT_KS_LIMIT,
    };
    section.limit.filter(|l| l.is_finite() && *l > 0.0).unwrap_or(default)
}

/// The KS statistic above which drift triggers retraining when no limit is given.
pub const DEFAULT_KS_LIMIT: f64 = 0.1;

/// The share of the actual value a prediction may be off by when no tolerance is given.
pub const DEFAULT_RELATIVE_TOLERANCE: f64 = 0.1;

/// The regression-error calculator's tolerance: a share of the actual value (10 % unless given),
/// or an amount, which must be given; `None` without an amount or for a negative one.
pub fn errors_tolerance(section: &ErrorsSection) -> Option<Tolerance> {
    let value = section.tolerance.filter(|v| v.is_finite() && *v >= 0.0);
    if section.tolerance_absolute {
        value.map(Tolerance::Absolute)
    } else {
        match section.tolerance {
            None => Some(Tolerance::Relative(DEFAULT_RELATIVE_TOLERANCE)),
            Some(_) => value.map(Tolerance::Relative),
        }
    }
}

/// The variants in a section: as typed when a whole number from 2 to `MAX_VARIANTS`, else two.
pub fn ab_variants(s: &AbTestSection) -> u32 {
    s.variants.filter(|v| v.fract() == 0.0 && (2.0..=f64::from(MAX_VARIANTS)).contains(v)).map_or(2, |v| v as u32)
}

/// The inputs of an (effective) section, or what is missing or wrong.
pub fn ab_inputs(s: &AbTestSection) -> Result<AbInputs, AbInputError> {
    let need = |x: Option<f64>, field| x.ok_or(AbInputError::Missing(field));
    let baseline = need(s.baseline_rate, AbField::Baseline)?;
    let effect = need(s.mde, AbField::Effect)?;
    let alpha = need(s.alpha, AbField::Alpha)?;
    let power = need(s.power, AbField::Power)?;
    let daily_traffic = need(s.daily_traffic, AbField::Traffic)?;
    let share_in_test = s.share_in_test.unwrap_or(1.0);
    let effect = if s.mde_relative {
        abtest::mde_from_relative(baseline, effect).map_err(AbInputError::Invalid)?
    } else {
        effect
    };
    let method = Method { formula: s.formula, continuity: s.continuity };
    let variants = ab_variants(s);
    if !(alpha > 0.0 && alpha < 1.0) {
        return Err(AbInputError::Invalid(AbTestError::AlphaOutOfRange));
    }
    let shared = abtest::per_comparison_alpha(alpha, variants - 1, s.correction);
    let alpha = abtest::two_sided_level(shared, s.one_sided).map_err(AbInputError::Invalid)?;
    let one_sided = s.one_sided;
    Ok(AbInputs { method, baseline, effect, alpha, power, daily_traffic, share_in_test, variants, one_sided })
}

/// Sample size and duration for an (effective) section; two variants, traffic split evenly.
pub fn ab_plan(s: &AbTestSection) -> Result<TestPlan, AbInputError> {
    let i = ab_inputs(s)?;
    let n =
        abtest::size_per_variant(i.method, i.baseline, i.effect, i.alpha, i.power).map_err(AbInputError::Invalid)?;
    abtest::plan_duration(n, i.variants, i.daily_traffic, i.share_in_test).map_err(AbInputError::Invalid)
}

/// The weeks the detectable effect is computed for: as chosen when it is a whole number of weeks
/// from 1 to 104, else the default.
pub fn detect_weeks(s: &AbTestSection) -> f64 {
    s.detect_weeks.filter(|w| w.fract() == 0.0 && (1.0..=104.0).contains(w)).unwrap_or(DEFAULT_DETECT_WEEKS)
}

/// The sample-ratio check's arms: at least two, each with its count and planned share as typed
/// (empty ones as `None`); two even arms before any is typed.
pub fn srm_arms(s: &AbTestSection) -> Vec<(Option<f64>, Option<f64>)> {
    let arms = s.srm_counts.len().max(s.srm_shares.len()).max(2);
    let even = 1.0 / arms as f64;
    (0..arms)
        .map(|i| {
            let share = if s.srm_shares.is_empty() { Some(even) } else { s.srm_shares.get(i).copied().flatten() };
            (s.srm_counts.get(i).copied().flatten(), share)
        })
        .collect()
}

/// Why the sample-ratio check shows no answer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SrmInputError {
    /// Arm `index` has no count yet.
    MissingCount {
        index: usize,
    },
    /// Arm `index` has no planned share.
    MissingShare {
        index: usize,
    },
    /// Arm `index`'s count is not a whole number of 0 or more.
    CountNotWhole {
        index: usize,
    },
    Invalid(abtest::SrmError),
}

/// The sample-ratio check of a section. Shares may be typed as fractions (0.5) or percentages
/// (50): shares that add up to 100 are read as percentages.
pub fn srm(s: &AbTestSection) -> Result<abtest::SrmCheck, SrmInputError> {
    let arms = srm_arms(s);
    let mut counts = Vec::with_capacity(arms.len());
    let mut shares = Vec::with_capacity(arms.len());
    for (index, (count, share)) in arms.into_iter().enumerate() {
        let count = count.ok_or(SrmInputError::MissingCount { index })?;
        if !(count.is_finite() && count >= 0.0 && count.fract() == 0.0 && count < 1e15) {
            return Err(SrmInputError::CountNotWhole { index });
        }
        counts.push(count as u64);
        shares.push(share.ok_or(SrmInputError::MissingShare { index })?);
    }
    let sum: f64 = shares.iter().sum();
    if (sum - 100.0).abs() < 1e-6 {
        shares.iter_mut().for_each(|s| *s /= 100.0);
    }
    abtest::srm_check(&counts, &shares).map_err(SrmInputError::Invalid)
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
