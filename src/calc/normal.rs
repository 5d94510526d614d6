//! The standard normal distribution, shared by the threshold teaching model and the A/B planner:
//! `erf`, `erfc`, the CDF `phi` and its inverse `phi_inv`.
//!
//! Accuracy target is about 1e-14 relative (checked against 40-digit references in the tests).
//! Method: a Maclaurin series for `erf` near zero, where it converges fast and cancels little, and a
//! continued fraction for `erfc` further out, where `1 - erf` would lose every digit to cancellation.

use std::f64::consts::{FRAC_2_SQRT_PI, SQRT_2};

/// Below this |x| the series is used. At 1.5 the largest series term is about 1.3, so the
/// cancellation error stays near 1e-16 absolute, and erfc(1.5) = 0.034 keeps ~1e-14 relative.
const SERIES_LIMIT: f64 = 1.5;

/// The continued fraction converges in well under this many steps for x >= SERIES_LIMIT.
const MAX_FRACTION_STEPS: u32 = 2_000;

/// Error function.
pub fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x.abs() < SERIES_LIMIT {
        erf_series(x)
    } else {
        x.signum() * (1.0 - erfc_fraction(x.abs()))
    }
}

/// Complementary error function, 1 - erf(x), accurate in relative terms in the upper tail.
pub fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x >= SERIES_LIMIT {
        erfc_fraction(x)
    } else if x <= -SERIES_LIMIT {
        2.0 - erfc_fraction(-x)
    } else {
        1.0 - erf_series(x)
    }
}

/// Standard normal cumulative distribution function, P(Z <= z).
pub fn phi(z: f64) -> f64 {
    // Through erfc so that the lower tail keeps its relative accuracy.
    0.5 * erfc(-z / SQRT_2)
}

/// Standard normal upper tail, P(Z > z) = 1 - phi(z), without cancellation for large z.
pub fn phi_upper(z: f64) -> f64 {
    0.5 * erfc(z / SQRT_2)
}

/// Standard normal density.
pub fn pdf(z: f64) -> f64 {
    // 1/sqrt(2π)
    const INV_SQRT_TAU: f64 = 0.398_942_280_401_432_7;
    INV_SQRT_TAU * (-0.5 * z * z).exp()
}

/// Inverse of `phi`: the z with phi(z) = p. Returns NaN outside [0, 1], ±inf at the ends.
///
/// Acklam's rational approximation (about 1e-9 relative) gives the start; two Halley steps on
/// `phi` bring it to the accuracy of `phi` itself.
pub fn phi_inv(p: f64) -> f64 {
    if !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::NEG_INFINITY;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    if p > 0.5 {
        // Work in the lower tail, where p is represented with full relative precision.
        return -phi_inv(1.0 - p);
    }
    let mut z = acklam_lower(p);
    for _ in 0..2 {
        let error = phi(z) - p;
        let step = error / pdf(z);
        z -= step / (1.0 + 0.5 * z * step);
    }
    z
}

fn erf_series(x: f64) -> f64 {
    // erf(x) = 2/√π · Σ (-1)^n x^(2n+1) / (n! (2n+1))
    let x2 = x * x;
    let mut power_over_factorial = x; // (-1)^n x^(2n+1) / n!
    let mut sum = x;
    for n in 1..200u32 {
        power_over_factorial *= -x2 / f64::from(n);
        let term = power_over_factorial / f64::from(2 * n + 1);
        sum += term;
        if term.abs() <= sum.abs() * 1e-17 {
            break;
        }
    }
    FRAC_2_SQRT_PI * sum
}

/// erfc(x) for x >= SERIES_LIMIT by the continued fraction
/// erfc(x) = exp(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))).
fn erfc_fraction(x: f64) -> f64 {
    if x > 27.3 {
        return 0.0; // below the smallest subnormal
    }
    let f = continued_fraction(x, |k| (0.5 * f64::from(k), x));
    (-x * x).exp() / (f * std::f64::consts::PI.sqrt())
}

/// b₀ + a₁/(b₁ + a₂/(b₂ + …)) by the modified Lentz method, with `term(k)` = (a_k, b_k) for k ≥ 1;
/// stops when a step no longer changes the value (or after `MAX_FRACTION_STEPS`). `b0` must not be
/// zero.
pub(crate) fn continued_fraction(b0: f64, term: impl Fn(u32) -> (f64, f64)) -> f64 {
    const TINY: f64 = 1e-300;
    let nonzero = |v: f64| if v.abs() < TINY { TINY } else { v };
    let (mut f, mut c, mut d) = (b0, b0, 0.0);
    for k in 1..MAX_FRACTION_STEPS {
        let (a, b) = term(k);
        d = 1.0 / nonzero(b + a * d);
        c = nonzero(b + a / c);
        let delta = c * d;
        f *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    f
}

/// Acklam's approximation for 0 < p <= 0.5.
fn acklam_lower(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] =
        [7.784_695_709_041_462e-3, 3.224_671_290_700_398e-1, 2.445_134_137_142_996, 3.754_408_661_907_416];
    const P_LOW: f64 = 0.024_25;
    if p < P_LOW {
        let q = (-2.0 * p.ln()).sqrt();
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, rel: f64) -> bool {
        (a - b).abs() <= rel * b.abs().max(f64::MIN_POSITIVE)
    }

    // References computed with mpmath at 40 digits.
    const ERF_ERFC: [(f64, f64, f64); 9] = [
        (0.1, 0.112_462_916_018_284_9, 0.887_537_083_981_715),
        (0.5, 0.520_499_877_813_046_5, 0.479_500_122_186_953_5),
        (1.0, 0.842_700_792_949_714_9, 0.157_299_207_050_285_13),
        (1.5, 0.966_105_146_475_310_7, 0.033_894_853_524_689_27),
        (2.0, 0.995_322_265_018_952_7, 0.004_677_734_981_047_266),
        (2.5, 0.999_593_047_982_555, 4.069_520_174_449_589e-4),
        (3.0, 0.999_977_909_503_001_4, 2.209_049_699_858_544e-5),
        (5.0, 0.999_999_999_998_462_5, 1.537_459_794_428_035e-12),
        (10.0, 1.0, 2.088_487_583_762_545e-45),
    ];

    #[test]
    fn erf_and_erfc_match_references() {
        for (x, e, ec) in ERF_ERFC {
            assert!(close(erf(x), e, 1e-14), "erf({x}) = {} vs {e}", erf(x));
            assert!(close(erf(-x), -e, 1e-14));
            assert!(close(erfc(x), ec, 1e-13), "erfc({x}) = {} vs {ec}", erfc(x));
            assert!(close(erfc(-x), 2.0 - ec, 1e-14));
        }
        assert_eq!(erfc(40.0), 0.0);
        assert!(erf(f64::NAN).is_nan() && erfc(f64::NAN).is_nan());
        assert_eq!(erf(f64::INFINITY), 1.0);
        assert_eq!(erfc(f64::NEG_INFINITY), 2.0);
    }

    #[test]
    fn phi_inv_matches_references() {
        let cases = [
            (0.975, 1.959_963_984_540_054),
            (0.8, 0.841_621_233_572_914_3),
            (0.995, 2.575_829_303_548_900_4),
            (0.9, 1.281_551_565_544_600_5),
            (1e-10, -6.361_340_902_404_056),
        ];
        for (p, z) in cases {
            assert!(close(phi_inv(p), z, 1e-13), "phi_inv({p}) = {} vs {z}", phi_inv(p));
        }
        assert_eq!(phi_inv(0.5), 0.0);
        assert!(phi_inv(-0.1).is_nan() && phi_inv(f64::NAN).is_nan());
        assert_eq!(phi_inv(1.0), f64::INFINITY);
    }

    #[test]
    fn phi_inverts() {
        for i in 1..200 {
            let p = f64::from(i) / 200.0;
            assert!(close(phi(phi_inv(p)), p, 1e-14));
        }
    }
}
