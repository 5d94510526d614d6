//! A/B test planner: sample size per variant for a conversion rate (Evan Miller's two-proportion
//! formula, the one in `tests/fixtures/vectors/ab_sample_size.json`, and the others in
//! `formulas`), for a mean metric (`mean`), how long the test must run, and whether a running
//! test split its traffic as planned (`srm`).

use std::fmt;

use serde::{Deserialize, Serialize};

mod formulas;
mod mean;
mod srm;

pub use formulas::{
    detectable_effect, exact_size, pooled_sample_size_per_variant, power_at, size_per_variant,
    unpooled_sample_size_per_variant, Formula, Method,
};
pub use mean::{mean_exact_size, mean_sample_size_per_variant};
pub use srm::{srm_check, srm_p_value, SrmCheck, SrmError, SRM_P_LIMIT};

/// Why a plan cannot be computed. Each variant names the input to fix, for the UI to phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AbTestError {
    /// The baseline rate is not strictly between 0 and 1 (or is NaN).
    BaselineOutOfRange,
    /// The minimum detectable effect is zero or not finite.
    EffectNotUsable,
    /// Baseline plus effect is not strictly between 0 and 1.
    TargetOutOfRange,
    /// Alpha (significance level) is not strictly between 0 and 1.
    AlphaOutOfRange,
    /// Power is not strictly between 0 and 1.
    PowerOutOfRange,
    /// Daily traffic is not a positive finite number.
    TrafficNotPositive,
    /// The share of traffic in the test is not in (0, 1].
    ShareOutOfRange,
    /// Fewer than two variants.
    TooFewVariants,
    /// The required sample does not fit in a `u64` (an absurdly small effect).
    TooLarge,
    /// A size per arm that is not a number above zero.
    TooFewCases,
    /// A mean metric's standard deviation is not a number above zero.
    SdNotPositive,
}

impl fmt::Display for AbTestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AbTestError::BaselineOutOfRange => "the baseline rate must be between 0 and 1 (exclusive)",
            AbTestError::EffectNotUsable => "the minimum detectable effect must be a non-zero number",
            AbTestError::TargetOutOfRange => "baseline plus effect must stay between 0 and 1 (exclusive)",
            AbTestError::AlphaOutOfRange => "alpha must be between 0 and 1 (exclusive)",
            AbTestError::PowerOutOfRange => "power must be between 0 and 1 (exclusive)",
            AbTestError::TrafficNotPositive => "daily traffic must be greater than zero",
            AbTestError::ShareOutOfRange => "the share of traffic in the test must be above 0 and at most 1",
            AbTestError::TooFewVariants => "a test needs at least two variants",
            AbTestError::TooLarge => "the required sample is too large to compute",
            AbTestError::TooFewCases => "the size per variant must be above zero",
            AbTestError::SdNotPositive => "the standard deviation must be greater than zero",
        })
    }
}

impl std::error::Error for AbTestError {}

/// Strictly between 0 and 1; false for NaN.
fn is_open_unit(x: f64) -> bool {
    x > 0.0 && x < 1.0
}

/// Checks what every two-proportion formula needs: a baseline and a target rate strictly between 0
/// and 1, a non-zero effect and a level strictly between 0 and 1.
fn check_effect(baseline: f64, mde_absolute: f64, alpha: f64) -> Result<(), AbTestError> {
    if !is_open_unit(baseline) {
        return Err(AbTestError::BaselineOutOfRange);
    }
    if !mde_absolute.is_finite() || mde_absolute == 0.0 {
        return Err(AbTestError::EffectNotUsable);
    }
    if !is_open_unit(baseline + mde_absolute) {
        return Err(AbTestError::TargetOutOfRange);
    }
    if !is_open_unit(alpha) {
        return Err(AbTestError::AlphaOutOfRange);
    }
    Ok(())
}

/// A size rounded up to whole cases, or `TooLarge` past what a `u64` holds.
fn ceil_count(exact: f64) -> Result<u64, AbTestError> {
    let rounded = exact.ceil();
    // u64::MAX as f64 rounds up to 2^64, so `<` keeps the cast exact.
    if rounded < u64::MAX as f64 {
        Ok(rounded as u64)
    } else {
        Err(AbTestError::TooLarge)
    }
}

/// Cases needed in each variant to detect an absolute change `mde_absolute` from conversion rate
/// `baseline`, two-sided at level `alpha`, with probability `power`, by Evan Miller's formula:
///
/// n = (z₁₋α/₂ · √(2p(1−p)) + z_power · √(p(1−p) + q(1−q)))² / d², p = baseline, q = p + d,
/// rounded up. The effect may be negative (a drop).
pub fn sample_size_per_variant(baseline: f64, mde_absolute: f64, alpha: f64, power: f64) -> Result<u64, AbTestError> {
    ceil_count(sample_size_exact(baseline, mde_absolute, alpha, power)?)
}

/// Evan Miller's formula before rounding up (for display and for the reference comparison).
pub fn sample_size_exact(baseline: f64, mde_absolute: f64, alpha: f64, power: f64) -> Result<f64, AbTestError> {
    exact_size(Method::default(), baseline, mde_absolute, alpha, power)
}

/// A relative effect ("+5 %" of the baseline) as the absolute change the formula needs.
pub fn mde_from_relative(baseline: f64, mde_relative: f64) -> Result<f64, AbTestError> {
    if !is_open_unit(baseline) {
        return Err(AbTestError::BaselineOutOfRange);
    }
    if !mde_relative.is_finite() || mde_relative == 0.0 {
        return Err(AbTestError::EffectNotUsable);
    }
    Ok(baseline * mde_relative)
}

/// What the UI shows for a planned test.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct TestPlan {
    pub per_variant: u64,
    pub variants: u32,
    /// `per_variant × variants`.
    pub total: u64,
    /// Visitors entering the test per day: daily traffic × share.
    pub daily_in_test: f64,
    /// Whole days to collect `total` (rounded up).
    pub days: u64,
    /// Whole weeks the test runs: `days` rounded up to a multiple of 7 (at least one week), so
    /// every weekday is in the test equally often and weekday habits cannot bias it.
    pub weeks: u64,
}

/// Beyond this many weeks a test is long enough that the product, the season or the traffic may
/// change under it; the page says so.
pub const LONG_TEST_WEEKS: u64 = 8;

/// How the level is shared out when several variants are each compared with the control.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Correction {
    /// α / m: simple, and slightly stricter than needed.
    #[default]
    Bonferroni,
    /// 1 − (1 − α)^(1/m): exact for independent comparisons.
    Sidak,
}

/// The level each of `comparisons` comparisons is tested at, so the chance of at least one false
/// positive among them stays at `alpha`. One comparison keeps `alpha`.
pub fn per_comparison_alpha(alpha: f64, comparisons: u32, correction: Correction) -> f64 {
    let m = f64::from(comparisons.max(1));
    match correction {
        Correction::Bonferroni => alpha / m,
        Correction::Sidak => 1.0 - (1.0 - alpha).powf(1.0 / m),
    }
}

/// The level to give a two-sided formula for a test at `alpha`: the same, or twice it for a
/// one-sided test (z₁₋₂α/₂ = z₁₋α). `AlphaOutOfRange` when a one-sided α is 0.5 or more.
pub fn two_sided_level(alpha: f64, one_sided: bool) -> Result<f64, AbTestError> {
    let level = if one_sided { 2.0 * alpha } else { alpha };
    if is_open_unit(level) {
        Ok(level)
    } else {
        Err(AbTestError::AlphaOutOfRange)
    }
}

/// How long a test needs: `per_variant` cases in each of `variants` arms, with `daily_traffic`
/// visitors a day of which a share `share_in_test` (0 < share ≤ 1) enter the test, split evenly.
pub fn plan_duration(
    per_variant: u64,
    variants: u32,
    daily_traffic: f64,
    share_in_test: f64,
) -> Result<TestPlan, AbTestError> {
    if variants < 2 {
        return Err(AbTestError::TooFewVariants);
    }
    if !(daily_traffic.is_finite() && daily_traffic > 0.0) {
        return Err(AbTestError::TrafficNotPositive);
    }
    if !(share_in_test > 0.0 && share_in_test <= 1.0) {
        return Err(AbTestError::ShareOutOfRange);
    }
    let total = per_variant.checked_mul(u64::from(variants)).ok_or(AbTestError::TooLarge)?;
    let daily_in_test = daily_traffic * share_in_test;
    let days_exact = (total as f64 / daily_in_test).ceil();
    if days_exact >= u64::MAX as f64 {
        return Err(AbTestError::TooLarge);
    }
    let days = days_exact as u64;
    let weeks = days.div_ceil(7).max(1);
    Ok(TestPlan { per_variant, variants, total, daily_in_test, days, weeks })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_variants_share_the_level() {
        assert_eq!(per_comparison_alpha(0.05, 1, Correction::Bonferroni), 0.05);
        assert_eq!(per_comparison_alpha(0.05, 2, Correction::Bonferroni), 0.025);
        let sidak = per_comparison_alpha(0.05, 2, Correction::Sidak);
        assert!((sidak - 0.025_320_565_519_103_6).abs() < 1e-15, "{sidak}");
        assert!(sidak > 0.025, "Šidák is a little less strict than Bonferroni");
        assert_eq!(two_sided_level(0.05, true), Ok(0.1));
        assert_eq!(two_sided_level(0.05, false), Ok(0.05));
        assert_eq!(two_sided_level(0.5, true), Err(AbTestError::AlphaOutOfRange));
        // One-sided at 0.05 is the two-sided size at 0.1.
        assert_eq!(
            sample_size_per_variant(0.1, 0.02, 0.1, 0.8),
            sample_size_per_variant(0.1, 0.02, two_sided_level(0.05, true).unwrap(), 0.8)
        );
    }

    #[test]
    fn invalid_inputs_have_named_errors() {
        assert_eq!(sample_size_per_variant(0.0, 0.01, 0.05, 0.8), Err(AbTestError::BaselineOutOfRange));
        assert_eq!(sample_size_per_variant(f64::NAN, 0.01, 0.05, 0.8), Err(AbTestError::BaselineOutOfRange));
        assert_eq!(sample_size_per_variant(0.2, 0.0, 0.05, 0.8), Err(AbTestError::EffectNotUsable));
        assert_eq!(sample_size_per_variant(0.2, f64::NAN, 0.05, 0.8), Err(AbTestError::EffectNotUsable));
        assert_eq!(sample_size_per_variant(0.9, 0.1, 0.05, 0.8), Err(AbTestError::TargetOutOfRange));
        assert_eq!(sample_size_per_variant(0.1, -0.1, 0.05, 0.8), Err(AbTestError::TargetOutOfRange));
        assert_eq!(sample_size_per_variant(0.2, 0.05, 1.0, 0.8), Err(AbTestError::AlphaOutOfRange));
        assert_eq!(sample_size_per_variant(0.2, 0.05, 0.05, f64::INFINITY), Err(AbTestError::PowerOutOfRange));
        assert_eq!(sample_size_per_variant(0.5, 1e-200, 0.05, 0.8), Err(AbTestError::TooLarge));
    }

    #[test]
    fn a_drop_needs_a_sample_too() {
        let n = sample_size_per_variant(0.2, -0.05, 0.05, 0.8).unwrap();
        assert!(n > 900 && n < 1200, "{n}");
    }

    #[test]
    fn relative_effect_is_a_share_of_the_baseline() {
        assert_eq!(mde_from_relative(0.2, 0.25), Ok(0.05));
        assert_eq!(mde_from_relative(0.2, 0.0), Err(AbTestError::EffectNotUsable));
        assert_eq!(mde_from_relative(1.2, 0.1), Err(AbTestError::BaselineOutOfRange));
    }

    #[test]
    fn plan_counts_days_from_the_traffic_in_the_test() {
        let plan = plan_duration(1031, 2, 1000.0, 0.5).unwrap();
        assert_eq!((plan.total, plan.days, plan.weeks), (2062, 5, 1));
        assert_eq!(plan_duration(3623, 2, 1000.0, 1.0).unwrap().weeks, 2, "8 days run two whole weeks");
        let slow = plan_duration(174_370, 2, 2000.0, 1.0).unwrap();
        assert_eq!((slow.days, slow.weeks), (175, 25));
        assert_eq!(plan_duration(10, 1, 100.0, 1.0), Err(AbTestError::TooFewVariants));
        assert_eq!(plan_duration(10, 2, 0.0, 1.0), Err(AbTestError::TrafficNotPositive));
        assert_eq!(plan_duration(10, 2, 100.0, 0.0), Err(AbTestError::ShareOutOfRange));
        assert_eq!(plan_duration(10, 2, 100.0, f64::NAN), Err(AbTestError::ShareOutOfRange));
        assert_eq!(plan_duration(u64::MAX, 2, 100.0, 1.0), Err(AbTestError::TooLarge));
    }
}
