//! The regression-error and drift calculators against `tests/fixtures/vectors/errors_drift.json`
//! (scikit-learn 1.9.1, SciPy 1.17.1, NumPy 2.4.6; made by `gen_errors_drift_vectors.py` beside
//! it). Tolerances: regression figures within 1e-9 relative; the KS statistic within 1e-12; its
//! p-value and the Kolmogorov survival function within 1e-7 relative (exactly 0 where SciPy
//! underflows to 0); the PSI within 1e-9 relative.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::calc::drift::{compare, kolmogorov_sf, ks_two_sample, psi};
use mlplan::calc::regression::metrics;
use serde_json::Value;

fn vectors() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/vectors/errors_drift.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

fn numbers(v: &Value) -> Vec<f64> {
    v.as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect()
}

fn close(actual: f64, expected: f64, relative: f64) -> bool {
    (actual - expected).abs() <= relative * expected.abs()
}

#[test]
fn regression_metrics_match_scikit_learn() {
    let v = vectors();
    let cases = v["regression"].as_array().unwrap();
    assert!(cases.len() >= 7);
    for case in cases {
        let m = metrics(&numbers(&case["actual"]), &numbers(&case["predicted"])).unwrap();
        let name = case["name"].as_str().unwrap();
        for (key, value) in
            [("rmse", m.rmse), ("mae", m.mae), ("mape", m.mape), ("median_ae", m.median_ae), ("max_error", m.max_error)]
        {
            let expected = case[key].as_f64().unwrap();
            assert!(close(value, expected, 1e-9), "{name} {key}: {value} against {expected}");
        }
        match case["r2"].as_f64() {
            Some(expected) => assert!(close(m.r2, expected, 1e-9), "{name} r2: {} against {expected}", m.r2),
            None => assert!(m.r2.is_nan(), "{name}: one row has no R²"),
        }
    }
}

#[test]
fn kolmogorov_survival_matches_scipy_far_into_the_tail() {
    let v = vectors();
    for point in v["kolmogorov_sf"].as_array().unwrap() {
        let (x, expected) = (point["x"].as_f64().unwrap(), point["sf"].as_f64().unwrap());
        let got = kolmogorov_sf(x);
        assert!(close(got, expected, 1e-7), "x = {x}: {got} against {expected}");
    }
}

#[test]
fn ks_and_psi_match_scipy_and_numpy() {
    let v = vectors();
    let cases = v["drift"].as_array().unwrap();
    assert!(cases.len() >= 8);
    for case in cases {
        let (reference, current) = (numbers(&case["reference"]), numbers(&case["current"]));
        let name = case["name"].as_str().unwrap();
        let ks = ks_two_sample(&reference, &current).unwrap();
        let expected = case["statistic"].as_f64().unwrap();
        assert!((ks.statistic - expected).abs() <= 1e-12, "{name}: D {} against {expected}", ks.statistic);
        let expected = case["p_value"].as_f64().unwrap();
        assert!(close(ks.p_value, expected, 1e-7), "{name}: p {} against {expected}", ks.p_value);
        let expected = case["psi"].as_f64().unwrap();
        let got = psi(&reference, &current).unwrap();
        assert!(close(got.value, expected, 1e-9), "{name}: PSI {} against {expected}", got.value);
        let both = compare(&reference, &current).unwrap();
        assert_eq!((both.ks, both.psi), (ks, got), "{name}: the comparison gives the same figures");
    }
}
