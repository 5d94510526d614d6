//! Chart axes a reader can take in at a glance: ticks at "nice" steps (1, 2 or 5 times a power
//! of ten), and a range that ends on ticks, so no two tick labels read the same and none is an odd
//! number such as 17 or 51.

/// The ticks of an axis, and how many decimals tell them apart.
#[derive(Clone, Debug, PartialEq)]
pub struct Ticks {
    /// Increasing, evenly spaced by a nice step.
    pub values: Vec<f64>,
    /// Decimals enough to write every tick exactly (the step's own decimals).
    pub decimals: usize,
}

/// The nice step for about `target` intervals over `span` (> 0): 1, 2 or 5 times a power of ten.
pub fn nice_step(span: f64, target: usize) -> f64 {
    let raw = span / target.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let residual = raw / magnitude;
    let factor = if residual <= 1.0 {
        1.0
    } else if residual <= 2.0 {
        2.0
    } else if residual <= 5.0 {
        5.0
    } else {
        10.0
    };
    factor * magnitude
}

/// The next nice step below `step` (itself nice): 1 → 0.5, 2 → 1, 5 → 2, times its power of ten.
fn smaller_step(step: f64) -> f64 {
    let magnitude = 10f64.powf(step.log10().floor());
    match (step / magnitude).round() as u32 {
        1 => magnitude / 2.0,
        2 => magnitude,
        _ => 2.0 * magnitude,
    }
}

/// The decimals that write multiples of `step` exactly (0 for steps of 1 and more).
fn decimals_of(step: f64) -> usize {
    let d = -step.log10().floor();
    if d > 0.0 {
        d as usize
    } else {
        0
    }
}

/// `[min, max]` widened to the nearest multiples of the nice step for about `target` intervals.
/// A range without width (or not finite) is returned as it is.
pub fn nice_range(min: f64, max: f64, target: usize) -> (f64, f64) {
    if !(min.is_finite() && max.is_finite()) || max <= min {
        return (min, max);
    }
    let step = nice_step(max - min, target);
    ((min / step).floor() * step, (max / step).ceil() * step)
}

/// Ticks at the two ends of a window too narrow for nice steps to be told apart in f64.
fn ends(min: f64, max: f64) -> Ticks {
    Ticks { values: vec![min, max], decimals: decimals_of((max - min) / 2.0) }
}

/// About `target` ticks (never fewer than two for a range with width) at a nice step, each a
/// multiple of the step inside `[min, max]`. A range without width has the one tick at `min`.
pub fn nice_ticks(min: f64, max: f64, target: usize) -> Ticks {
    if !(min.is_finite() && max.is_finite()) || max <= min {
        let values = if min.is_finite() { vec![min] } else { Vec::new() };
        return Ticks { values, decimals: 0 };
    }
    let mut step = nice_step(max - min, target);
    // A narrow window between two multiples can hold only one; a smaller step until it holds two
    // (a window of width w holds two multiples of any step up to w / 2, reached in a few steps).
    let mut tries = 0;
    while ((max / step).floor() - (min / step).ceil()) < 1.0 && tries < 64 {
        step = smaller_step(step);
        tries += 1;
    }
    let (first, last) = ((min / step).ceil(), (max / step).floor());
    // A window too narrow for f64 to count multiples in (far from zero) gets its two ends.
    if !(first.is_finite() && last.is_finite()) || last - first < 1.0 || last - first > 1_000.0 {
        return ends(min, max);
    }
    let (first, last) = (first as i64, last as i64);
    let decimals = decimals_of(step);
    let scale = 10f64.powi(decimals as i32);
    // Each tick is rounded to the step's decimals, so 0.30000000000000004 is drawn and written as 0.3.
    let values: Vec<f64> = (first..=last).map(|k| (k as f64 * step * scale).round() / scale).collect();
    if values.windows(2).any(|w| w[0] >= w[1]) {
        // Rounding far from zero made two ticks one.
        return ends(min, max);
    }
    Ticks { values, decimals }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(t: &Ticks) -> Vec<String> {
        t.values.iter().map(|v| format!("{:.*}", t.decimals, v)).collect()
    }

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(1.0, 5), 0.2);
        assert_eq!(nice_step(100.0, 5), 20.0);
        assert_eq!(nice_step(0.03, 5), 0.01);
        assert_eq!(nice_step(68.0, 4), 20.0);
        assert_eq!(nice_step(9.0, 5), 2.0);
        assert_eq!(nice_step(0.0009, 4), 0.0005);
    }

    #[test]
    fn a_unit_axis_reads_in_fifths() {
        let t = nice_ticks(0.0, 1.0, 5);
        assert_eq!(written(&t), ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]);
    }

    #[test]
    fn the_latency_axis_that_read_17_51_85_now_reads_round_numbers() {
        let (lo, hi) = (8.8, 93.2);
        let t = nice_ticks(lo, hi, 5);
        assert_eq!(written(&t), ["20", "40", "60", "80"]);
        let (a, b) = nice_range(lo, hi, 5);
        assert_eq!((a, b), (0.0, 100.0));
        assert_eq!(written(&nice_ticks(a, b, 5)), ["0", "20", "40", "60", "80", "100"]);
    }

    #[test]
    fn close_quality_scores_get_distinct_labels() {
        // The speed-versus-accuracy chart once labelled 0.95, 0.95, 0.94.
        let t = nice_ticks(0.9372, 0.9528, 4);
        let labels = written(&t);
        assert_eq!(labels, ["0.940", "0.945", "0.950"]);
        let mut unique = labels.clone();
        unique.dedup();
        assert_eq!(unique, labels);
    }

    #[test]
    fn a_narrow_window_still_has_two_ticks() {
        let t = nice_ticks(0.41, 0.59, 1);
        assert!(t.values.len() >= 2, "{t:?}");
        assert!(t.values.iter().all(|v| (0.41..=0.59).contains(v)));
    }

    #[test]
    fn a_window_too_narrow_to_count_in_ends_at_its_two_ends() {
        let t = nice_ticks(1e15, 1e15 + 0.25, 5);
        assert_eq!(t.values.len(), 2, "{t:?}");
        assert!(t.values[0] < t.values[1]);
    }

    #[test]
    fn degenerate_ranges_have_one_tick_or_none() {
        assert_eq!(nice_ticks(3.0, 3.0, 5).values, [3.0]);
        assert!(nice_ticks(f64::NAN, 1.0, 5).values.is_empty());
        assert_eq!(nice_range(2.0, 2.0, 5), (2.0, 2.0));
    }

    #[test]
    fn ticks_are_distinct_inside_the_range_and_written_distinctly_everywhere() {
        let mut x: u64 = 7;
        let mut next = || {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (x >> 11) as f64 / (1u64 << 53) as f64
        };
        for _ in 0..2_000 {
            let scale = 10f64.powi((next() * 12.0) as i32 - 6);
            let lo = (next() - 0.5) * scale * 10.0;
            let hi = lo + next() * scale + scale * 1e-3;
            for target in [2, 4, 5, 8] {
                let t = nice_ticks(lo, hi, target);
                assert!(t.values.len() >= 2 && t.values.len() <= 2 * target + 2, "{lo} {hi} {target}: {t:?}");
                assert!(t.values.windows(2).all(|w| w[0] < w[1]));
                let slack = (hi - lo) * 1e-9;
                assert!(t.values.iter().all(|v| *v >= lo - slack && *v <= hi + slack), "{lo} {hi}: {t:?}");
                let labels = written(&t);
                let mut unique = labels.clone();
                unique.dedup();
                assert_eq!(unique, labels, "{lo} {hi}");
            }
        }
    }
}
