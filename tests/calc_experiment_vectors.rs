//! The experiment planner against `tests/fixtures/vectors/experiment.json` (SciPy 1.17.1,
//! statsmodels 0.15.0; made by `gen_experiment_vectors.py` beside it). Tolerances: rounded-up sizes
//! exactly; unrounded two-proportion sizes and powers within 1e-9 relative (the same closed forms);
//! unrounded mean sizes within 1e-5 relative (statsmodels solves the power equation numerically);
//! sample-ratio p-values within 1e-7 relative.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::calc::abtest::{
    exact_size, mean_exact_size, mean_sample_size_per_variant, pooled_sample_size_per_variant, power_at,
    size_per_variant, srm_check, srm_p_value, unpooled_sample_size_per_variant, Formula, Method,
};
use serde_json::Value;

fn vectors() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/vectors/experiment.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

fn close(actual: f64, expected: f64, relative: f64) -> bool {
    (actual - expected).abs() <= relative * expected.abs()
}

fn formula(key: &str) -> Formula {
    match key {
        "evan_miller" => Formula::EvanMiller,
        "pooled" => Formula::Pooled,
        "unpooled" => Formula::Unpooled,
        other => panic!("unknown formula {other}"),
    }
}

#[test]
fn two_proportion_sizes_and_powers_match() {
    let v = vectors();
    let cases = v["proportions"].as_array().unwrap();
    assert!(cases.len() >= 5);
    for case in cases {
        let get = |k: &str| case[k].as_f64().unwrap();
        let (p, d, alpha, power) = (get("baseline"), get("mde_absolute"), get("alpha"), get("power"));
        for (key, sizes) in case["sizes"].as_object().unwrap() {
            for continuity in [false, true] {
                let method = Method { formula: formula(key), continuity };
                let (exact_key, n_key) = if continuity { ("continuity_exact", "continuity_n") } else { ("exact", "n") };
                let exact = exact_size(method, p, d, alpha, power).unwrap();
                assert!(close(exact, sizes[exact_key].as_f64().unwrap(), 1e-9), "{case} {method:?}: {exact}");
                let n = size_per_variant(method, p, d, alpha, power).unwrap();
                assert_eq!(n, sizes[n_key].as_u64().unwrap(), "{case} {method:?}");
            }
        }
        assert_eq!(
            pooled_sample_size_per_variant(p, d, alpha, power).unwrap(),
            case["sizes"]["pooled"]["n"].as_u64().unwrap()
        );
        assert_eq!(
            unpooled_sample_size_per_variant(p, d, alpha, power).unwrap(),
            case["sizes"]["unpooled"]["n"].as_u64().unwrap()
        );
        let n = case["power_at_n"].as_f64().unwrap();
        for (key, expected) in case["power_at"].as_object().unwrap() {
            let (name, continuity) = match key.strip_suffix("_continuity") {
                Some(name) => (name, true),
                None => (key.as_str(), false),
            };
            let got = power_at(Method { formula: formula(name), continuity }, p, d, alpha, n).unwrap();
            assert!(close(got, expected.as_f64().unwrap(), 1e-9), "{case} {key}: {got}");
        }
    }
}

#[test]
fn mean_sizes_match_statsmodels() {
    let v = vectors();
    for case in v["means"].as_array().unwrap() {
        let get = |k: &str| case[k].as_f64().unwrap();
        let args = (get("sd"), get("mde"), get("alpha"), get("power"));
        let exact = mean_exact_size(args.0, args.1, args.2, args.3).unwrap();
        assert!(close(exact, get("n_exact"), 1e-5), "{case}: {exact}");
        assert_eq!(
            mean_sample_size_per_variant(args.0, args.1, args.2, args.3).unwrap(),
            case["n"].as_u64().unwrap(),
            "{case}"
        );
    }
}

#[test]
fn sample_ratio_p_values_match_scipy() {
    let v = vectors();
    for case in v["srm"].as_array().unwrap() {
        let observed: Vec<u64> = case["observed"].as_array().unwrap().iter().map(|x| x.as_u64().unwrap()).collect();
        let shares: Vec<f64> = case["shares"].as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect();
        let check = srm_check(&observed, &shares).unwrap();
        assert!(close(check.statistic, case["statistic"].as_f64().unwrap(), 1e-9) || check.statistic == 0.0, "{case}");
        let p = srm_p_value(&observed, &shares).unwrap();
        assert!(close(p, case["p_value"].as_f64().unwrap(), 1e-7), "{case}: {p}");
        assert_eq!(check.mismatch, p < 0.001);
    }
}
