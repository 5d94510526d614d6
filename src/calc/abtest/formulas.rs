//! The two-proportion sample-size formulas the planner offers by name, each with or without
//! Fleiss' continuity correction, and the power a given size has under each.
//!
//! With p₁ the baseline, p₂ = p₁ + d, p̄ their mean, vₐ = p₁(1 − p₁) + p₂(1 − p₂) and z the
//! standard normal quantiles of 1 − α/2 and of the power:
//!
//! - Evan Miller's: n = (z_α·√(2p₁(1 − p₁)) + z_β·√vₐ)² / d² (the null variance from the baseline);
//! - pooled (the textbook two-proportion z-test): n = (z_α·√(2p̄(1 − p̄)) + z_β·√vₐ)² / d²;
//! - unpooled: n = (z_α + z_β)²·vₐ / d²;
//! - continuity-corrected (Fleiss): n' = n/4 · (1 + √(1 + 4/(n·|d|)))².
//!
//! Like every closed form, these ignore the far tail of a two-sided test.

use serde::{Deserialize, Serialize};

use super::{ceil_count, check_effect, AbTestError};
use crate::calc::normal;

/// Which formula gives the sample size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Formula {
    /// Evan Miller's calculator: the null variance from the baseline alone.
    #[default]
    EvanMiller,
    /// The pooled two-proportion z-test: the null variance from the average of the two rates.
    Pooled,
    /// The unpooled z-test: each rate's own variance under both hypotheses.
    Unpooled,
}

impl Formula {
    pub const ALL: [Formula; 3] = [Formula::EvanMiller, Formula::Pooled, Formula::Unpooled];
}

/// A formula, with or without the continuity correction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Method {
    pub formula: Formula,
    pub continuity: bool,
}

impl Method {
    /// Every formula, each without and with the correction, in the order the page lists them.
    pub fn all() -> impl Iterator<Item = Method> {
        Formula::ALL.into_iter().flat_map(|formula| [false, true].map(|continuity| Method { formula, continuity }))
    }
}

/// The spread (√ of the summed variances) under the null hypothesis, or `None` for the unpooled
/// test, whose null spread is the alternative's; and the spread under the alternative.
fn spreads(formula: Formula, p: f64, d: f64) -> (Option<f64>, f64) {
    let q = p + d;
    let alt = (p * (1.0 - p) + q * (1.0 - q)).sqrt();
    let null = match formula {
        Formula::EvanMiller => Some((2.0 * p * (1.0 - p)).sqrt()),
        Formula::Pooled => {
            let mean = (p + q) / 2.0;
            Some((2.0 * mean * (1.0 - mean)).sqrt())
        }
        Formula::Unpooled => None,
    };
    (null, alt)
}

/// Fleiss' correction of a size per arm.
fn fleiss(n: f64, d: f64) -> f64 {
    let root = 1.0 + (1.0 + 4.0 / (n * d.abs())).sqrt();
    n / 4.0 * root * root
}

/// The size `fleiss` was applied to, for the power of a corrected size: √n = (n' − 1/|d|)/√n'.
fn unfleiss(corrected: f64, d: f64) -> f64 {
    let root = (corrected - 1.0 / d.abs()).max(0.0);
    root * root / corrected
}

/// The size per arm before rounding up.
pub fn exact_size(
    method: Method,
    baseline: f64,
    mde_absolute: f64,
    alpha: f64,
    power: f64,
) -> Result<f64, AbTestError> {
    check_effect(baseline, mde_absolute, alpha)?;
    if !(power > 0.0 && power < 1.0) {
        return Err(AbTestError::PowerOutOfRange);
    }
    let (z_alpha, z_power) = (normal::phi_inv(1.0 - alpha / 2.0), normal::phi_inv(power));
    let d = mde_absolute;
    let n = match spreads(method.formula, baseline, d) {
        (Some(null), alt) => (z_alpha * null + z_power * alt).powi(2) / (d * d),
        (None, alt) => (z_alpha + z_power).powi(2) * alt * alt / (d * d),
    };
    Ok(if method.continuity { fleiss(n, d) } else { n })
}

/// The size per arm, rounded up.
pub fn size_per_variant(
    method: Method,
    baseline: f64,
    mde_absolute: f64,
    alpha: f64,
    power: f64,
) -> Result<u64, AbTestError> {
    ceil_count(exact_size(method, baseline, mde_absolute, alpha, power)?)
}

/// The pooled two-proportion z-test's size per arm: two-sided, equal split, rounded up.
pub fn pooled_sample_size_per_variant(
    baseline: f64,
    mde_absolute: f64,
    alpha: f64,
    power: f64,
) -> Result<u64, AbTestError> {
    size_per_variant(Method { formula: Formula::Pooled, continuity: false }, baseline, mde_absolute, alpha, power)
}

/// The unpooled z-test's size per arm: two-sided, equal split, rounded up.
pub fn unpooled_sample_size_per_variant(
    baseline: f64,
    mde_absolute: f64,
    alpha: f64,
    power: f64,
) -> Result<u64, AbTestError> {
    size_per_variant(Method { formula: Formula::Unpooled, continuity: false }, baseline, mde_absolute, alpha, power)
}

/// The power `per_variant` cases in each arm give under `method`: what a size chosen with one
/// formula is worth under another.
pub fn power_at(
    method: Method,
    baseline: f64,
    mde_absolute: f64,
    alpha: f64,
    per_variant: f64,
) -> Result<f64, AbTestError> {
    check_effect(baseline, mde_absolute, alpha)?;
    if !(per_variant.is_finite() && per_variant > 0.0) {
        return Err(AbTestError::TooFewCases);
    }
    let d = mde_absolute.abs();
    let n = if method.continuity { unfleiss(per_variant, d) } else { per_variant };
    let z_alpha = normal::phi_inv(1.0 - alpha / 2.0);
    let z = match spreads(method.formula, baseline, mde_absolute) {
        (Some(null), alt) => (d * n.sqrt() - z_alpha * null) / alt,
        (None, alt) => d * n.sqrt() / alt - z_alpha,
    };
    Ok(normal::phi(z))
}

/// The smallest absolute lift above `baseline` that `per_variant` cases in each arm detect with
/// `power` under `method`: the inverse of [`exact_size`], found by bisection (the size falls as
/// the effect grows). `TooFewCases` when not even a lift to a rate of almost 1 is detectable.
pub fn detectable_effect(
    method: Method,
    baseline: f64,
    alpha: f64,
    power: f64,
    per_variant: f64,
) -> Result<f64, AbTestError> {
    if !(per_variant.is_finite() && per_variant > 0.0) {
        return Err(AbTestError::TooFewCases);
    }
    let size = |d: f64| exact_size(method, baseline, d, alpha, power);
    // The largest lift the baseline allows, just short of a rate of 1.
    let widest = (1.0 - baseline) * (1.0 - 1e-9);
    if size(widest)? > per_variant {
        return Err(AbTestError::TooFewCases);
    }
    let (mut lo, mut hi) = (0.0, widest);
    for _ in 0..100 {
        let mid = (lo + hi) / 2.0;
        if mid == lo || mid == hi {
            break;
        }
        if size(mid)? > per_variant {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Ok(hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lecture_case_under_each_formula() {
        let size = |formula| size_per_variant(Method { formula, continuity: false }, 0.1, 0.02, 0.05, 0.8).unwrap();
        assert_eq!(size(Formula::EvanMiller), 3623);
        assert_eq!(size(Formula::Pooled), 3841);
        assert_eq!(pooled_sample_size_per_variant(0.1, 0.02, 0.05, 0.8), Ok(3841));
        let pooled = Method { formula: Formula::Pooled, continuity: false };
        let p = power_at(pooled, 0.1, 0.02, 0.05, 3623.0).unwrap();
        assert!((p - 0.777).abs() < 5e-4, "{p}");
    }

    #[test]
    fn a_size_has_the_power_it_was_made_for() {
        for method in Method::all() {
            let n = exact_size(method, 0.2, -0.03, 0.05, 0.85).unwrap();
            let p = power_at(method, 0.2, -0.03, 0.05, n).unwrap();
            assert!((p - 0.85).abs() < 1e-9, "{method:?}: {p}");
        }
    }

    #[test]
    fn the_detectable_effect_inverts_the_size() {
        for method in Method::all() {
            let d = detectable_effect(method, 0.1, 0.05, 0.8, 3623.0).unwrap();
            let n = exact_size(method, 0.1, d, 0.05, 0.8).unwrap();
            assert!((n - 3623.0).abs() < 1e-6 * 3623.0, "{method:?}: {d} needs {n}");
        }
        let miller = detectable_effect(Method::default(), 0.1, 0.05, 0.8, 3_622.616_399_275_711_5).unwrap();
        assert!((miller - 0.02).abs() < 1e-9, "{miller}");
        assert_eq!(detectable_effect(Method::default(), 0.1, 0.05, 0.8, 1.0), Err(AbTestError::TooFewCases));
        assert_eq!(detectable_effect(Method::default(), 0.1, 0.05, 0.8, 0.0), Err(AbTestError::TooFewCases));
    }

    #[test]
    fn bad_inputs() {
        let m = Method::default();
        assert_eq!(exact_size(m, 0.0, 0.01, 0.05, 0.8), Err(AbTestError::BaselineOutOfRange));
        assert_eq!(exact_size(m, 0.99, 0.02, 0.05, 0.8), Err(AbTestError::TargetOutOfRange));
        assert_eq!(exact_size(m, 0.5, 0.1, 0.0, 0.8), Err(AbTestError::AlphaOutOfRange));
        assert_eq!(exact_size(m, 0.5, 0.1, 0.05, 1.0), Err(AbTestError::PowerOutOfRange));
        assert_eq!(power_at(m, 0.5, 0.1, 0.05, 0.0), Err(AbTestError::TooFewCases));
        assert_eq!(power_at(m, 0.5, 0.1, 0.05, f64::NAN), Err(AbTestError::TooFewCases));
    }
}
