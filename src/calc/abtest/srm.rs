//! The sample-ratio check: did a running test split its traffic as planned? Pearson's
//! chi-square goodness of fit of the counts seen in each arm against the planned shares, as
//! `scipy.stats.chisquare` computes it, with the p-value from the chi-square distribution's upper
//! tail (the regularised upper incomplete gamma function).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::calc::normal::continued_fraction;

/// Below this p-value the split is a mismatch: the results cannot be trusted until its cause
/// (a redirect that loses users, a bot filter on one arm, …) is found.
pub const SRM_P_LIMIT: f64 = 0.001;

/// How far the planned shares' sum may be from 1 (thirds typed as 0.333… are fine).
const SHARE_SUM_TOLERANCE: f64 = 1e-6;

/// Why the check cannot be made.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum SrmError {
    /// Fewer than two arms.
    TooFewArms,
    /// Not one planned share per arm.
    ShareCountMismatch,
    /// Share `index` is not a number above 0.
    ShareNotPositive { index: usize },
    /// The shares add up to `sum`, not 1.
    SharesDoNotSumToOne { sum: f64 },
    /// No case was counted in any arm.
    NoObservations,
}

impl fmt::Display for SrmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SrmError::TooFewArms => f.write_str("the check needs at least two arms"),
            SrmError::ShareCountMismatch => f.write_str("each arm needs one planned share"),
            SrmError::ShareNotPositive { index } => write!(f, "the share of arm {} must be above 0", index + 1),
            SrmError::SharesDoNotSumToOne { sum } => write!(f, "the shares add up to {sum}, not 1"),
            SrmError::NoObservations => f.write_str("no case was counted"),
        }
    }
}

impl std::error::Error for SrmError {}

/// The check's answer.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SrmCheck {
    /// Pearson's chi-square statistic.
    pub statistic: f64,
    /// Its degrees of freedom: arms − 1.
    pub df: usize,
    pub p_value: f64,
    /// `p_value < SRM_P_LIMIT`.
    pub mismatch: bool,
}

/// The chi-square goodness-of-fit check of `observed` counts against `expected_shares`.
pub fn srm_check(observed: &[u64], expected_shares: &[f64]) -> Result<SrmCheck, SrmError> {
    if observed.len() < 2 {
        return Err(SrmError::TooFewArms);
    }
    if expected_shares.len() != observed.len() {
        return Err(SrmError::ShareCountMismatch);
    }
    if let Some(index) = expected_shares.iter().position(|s| !(s.is_finite() && *s > 0.0)) {
        return Err(SrmError::ShareNotPositive { index });
    }
    let sum: f64 = expected_shares.iter().sum();
    if (sum - 1.0).abs() > SHARE_SUM_TOLERANCE {
        return Err(SrmError::SharesDoNotSumToOne { sum });
    }
    let total = observed.iter().map(|&o| o as f64).sum::<f64>();
    if total == 0.0 {
        return Err(SrmError::NoObservations);
    }
    let statistic = observed
        .iter()
        .zip(expected_shares)
        .map(|(&o, &share)| {
            let expected = total * share / sum;
            (o as f64 - expected).powi(2) / expected
        })
        .sum::<f64>();
    let df = observed.len() - 1;
    let p_value = chi_square_upper_tail(statistic, df as f64);
    Ok(SrmCheck { statistic, df, p_value, mismatch: p_value < SRM_P_LIMIT })
}

/// The p-value of the sample-ratio check (`scipy.stats.chisquare(observed, total × shares)`).
pub fn srm_p_value(observed: &[u64], expected_shares: &[f64]) -> Result<f64, SrmError> {
    srm_check(observed, expected_shares).map(|c| c.p_value)
}

/// P(X ≥ x) for X chi-square with `df` degrees of freedom.
fn chi_square_upper_tail(x: f64, df: f64) -> f64 {
    if x <= 0.0 {
        return 1.0;
    }
    let (a, y) = (df / 2.0, x / 2.0);
    // The series converges fast below a + 1 and the continued fraction above it; each is used
    // where it is accurate, and the fraction gives tiny tails directly, not as 1 − (almost 1).
    if y < a + 1.0 {
        1.0 - lower_gamma_series(a, y)
    } else {
        upper_gamma_fraction(a, y)
    }
}

/// ln Γ(x) for x > 0 (Lanczos' approximation, g = 7, nine terms; about 15 digits).
fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const TERMS: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        // Reflection: Γ(x)Γ(1 − x) = π / sin(πx).
        return (std::f64::consts::PI / (std::f64::consts::PI * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let sum = TERMS[1..].iter().enumerate().fold(TERMS[0], |acc, (i, c)| acc + c / (x + i as f64 + 1.0));
    let t = x + G + 0.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

/// e^(−y) y^a / Γ(a): the factor both expansions share.
fn gamma_prefactor(a: f64, y: f64) -> f64 {
    (a * y.ln() - y - ln_gamma(a)).exp()
}

/// The regularised lower incomplete gamma P(a, y) by its power series.
fn lower_gamma_series(a: f64, y: f64) -> f64 {
    let (mut term, mut sum, mut denominator) = (1.0 / a, 1.0 / a, a);
    for _ in 0..10_000 {
        denominator += 1.0;
        term *= y / denominator;
        sum += term;
        if term.abs() <= sum.abs() * f64::EPSILON {
            break;
        }
    }
    sum * gamma_prefactor(a, y)
}

/// The regularised upper incomplete gamma Q(a, y) by its continued fraction:
/// Q = e^(−y) y^a / Γ(a) · 1/(b₁ + a₁/(b₂ + a₂/(b₃ + …))), b_k = y + 2k − 1 − a, a_k = −k(k − a).
fn upper_gamma_fraction(a: f64, y: f64) -> f64 {
    let b1 = y + 1.0 - a;
    let fraction = continued_fraction(b1, |k| {
        let k = f64::from(k);
        (-k * (k - a), b1 + 2.0 * k)
    });
    gamma_prefactor(a, y) / fraction
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_even_split_is_no_mismatch_and_a_skewed_one_is() {
        let even = srm_check(&[5000, 5000], &[0.5, 0.5]).unwrap();
        assert_eq!((even.statistic, even.p_value, even.mismatch), (0.0, 1.0, false));
        let skewed = srm_check(&[10_000, 11_000], &[0.5, 0.5]).unwrap();
        assert!(skewed.mismatch && skewed.p_value < 1e-11, "{skewed:?}");
    }

    #[test]
    fn known_tails() {
        // P(χ²₁ ≥ 3.841459) = 0.05, P(χ²₂ ≥ 2) = e⁻¹, P(χ²₄ ≥ 9.487729) = 0.05.
        assert!((chi_square_upper_tail(3.841_458_820_694_124, 1.0) - 0.05).abs() < 1e-12);
        assert!((chi_square_upper_tail(2.0, 2.0) - (-1.0f64).exp()).abs() < 1e-14);
        assert!((chi_square_upper_tail(9.487_729_036_781_154, 4.0) - 0.05).abs() < 1e-12);
        assert!((ln_gamma(0.5) - std::f64::consts::PI.sqrt().ln()).abs() < 1e-14);
    }

    #[test]
    fn bad_inputs() {
        assert_eq!(srm_check(&[10], &[1.0]), Err(SrmError::TooFewArms));
        assert_eq!(srm_check(&[10, 10], &[1.0]), Err(SrmError::ShareCountMismatch));
        assert_eq!(srm_check(&[10, 10], &[1.0, 0.0]), Err(SrmError::ShareNotPositive { index: 1 }));
        assert_eq!(srm_check(&[10, 10], &[0.5, f64::NAN]), Err(SrmError::ShareNotPositive { index: 1 }));
        assert_eq!(srm_check(&[10, 10], &[0.6, 0.6]), Err(SrmError::SharesDoNotSumToOne { sum: 1.2 }));
        assert_eq!(srm_check(&[0, 0], &[0.5, 0.5]), Err(SrmError::NoObservations));
        assert!(srm_check(&[3300, 3400, 3300], &[1.0 / 3.0; 3]).is_ok(), "thirds sum to 1 closely enough");
    }
}
