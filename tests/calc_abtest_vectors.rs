//! The A/B sample size against `tests/fixtures/vectors/ab_sample_size.json`: the exact figure within 1e-9
//! relative and the rounded-up figure exactly.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::calc::abtest::{sample_size_exact, sample_size_per_variant};
use serde_json::Value;

#[test]
fn every_reference_case_matches() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/vectors/ab_sample_size.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let v: Value = serde_json::from_str(&text).unwrap();
    let cases = v["cases"].as_array().unwrap();
    assert!(!cases.is_empty());
    for case in cases {
        let get = |k: &str| case[k].as_f64().unwrap();
        let args = (get("baseline"), get("mde_absolute"), get("alpha"), get("power"));
        let exact = sample_size_exact(args.0, args.1, args.2, args.3).unwrap();
        let expected = get("n_per_variant_exact");
        assert!((exact - expected).abs() <= 1e-9 * expected, "{case}: {exact}");
        let n = sample_size_per_variant(args.0, args.1, args.2, args.3).unwrap();
        assert_eq!(n, case["n_per_variant"].as_u64().unwrap(), "{case}");
    }
}
