//! The sample size for a mean metric (revenue per user, minutes watched) from its standard
//! deviation: a two-sided z-test on the difference of two means, equal split, normal
//! approximation. Solved with both tails of the test, as statsmodels' `NormalIndPower` does, so
//! the sizes agree with it to the case.

use super::{ceil_count, AbTestError};
use crate::calc::normal;

/// The power of the two-sided test with `n` per arm for a standardised effect `effect` (mean
/// difference over the standard deviation), both tails counted.
fn power_both_tails(effect: f64, n: f64, z_alpha: f64) -> f64 {
    let shift = effect * (n / 2.0).sqrt();
    normal::phi(shift - z_alpha) + normal::phi(-shift - z_alpha)
}

/// The size per arm before rounding up.
pub fn mean_exact_size(sd: f64, mde: f64, alpha: f64, power: f64) -> Result<f64, AbTestError> {
    if !(sd.is_finite() && sd > 0.0) {
        return Err(AbTestError::SdNotPositive);
    }
    if !mde.is_finite() || mde == 0.0 {
        return Err(AbTestError::EffectNotUsable);
    }
    if !(alpha > 0.0 && alpha < 1.0) {
        return Err(AbTestError::AlphaOutOfRange);
    }
    if !(power > 0.0 && power < 1.0) {
        return Err(AbTestError::PowerOutOfRange);
    }
    let effect = (mde / sd).abs();
    let (z_alpha, z_power) = (normal::phi_inv(1.0 - alpha / 2.0), normal::phi_inv(power));
    // The one-tail closed form is an upper bound (the far tail only adds power); the answer lies
    // between it and a size with no power at all, and the power grows with n: bisect.
    let upper = 2.0 * ((z_alpha + z_power) / effect).powi(2);
    if !upper.is_finite() {
        return Err(AbTestError::TooLarge);
    }
    let (mut lo, mut hi) = (0.0, upper);
    for _ in 0..200 {
        let mid = (lo + hi) / 2.0;
        if power_both_tails(effect, mid, z_alpha) < power {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Ok(hi)
}

/// Cases per arm to detect a change `mde` in a mean with standard deviation `sd`, two-sided at
/// level `alpha` with probability `power`, equal split, rounded up.
pub fn mean_sample_size_per_variant(sd: f64, mde: f64, alpha: f64, power: f64) -> Result<u64, AbTestError> {
    ceil_count(mean_exact_size(sd, mde, alpha, power)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tenth_of_a_standard_deviation() {
        // 2 (1.96 + 0.8416)² / 0.1² ≈ 1569.8
        assert_eq!(mean_sample_size_per_variant(10.0, 1.0, 0.05, 0.8), Ok(1570));
        assert_eq!(mean_sample_size_per_variant(10.0, -1.0, 0.05, 0.8), Ok(1570), "a drop the same");
    }

    #[test]
    fn bad_inputs() {
        assert_eq!(mean_sample_size_per_variant(0.0, 1.0, 0.05, 0.8), Err(AbTestError::SdNotPositive));
        assert_eq!(mean_sample_size_per_variant(1.0, 0.0, 0.05, 0.8), Err(AbTestError::EffectNotUsable));
        assert_eq!(mean_sample_size_per_variant(1.0, 1.0, 1.0, 0.8), Err(AbTestError::AlphaOutOfRange));
        assert_eq!(mean_sample_size_per_variant(1.0, 1.0, 0.05, 0.0), Err(AbTestError::PowerOutOfRange));
        assert_eq!(mean_sample_size_per_variant(1.0, 1e-300, 0.05, 0.8), Err(AbTestError::TooLarge));
    }
}
