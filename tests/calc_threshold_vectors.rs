//! The threshold calculator against scikit-learn's output (`tests/fixtures/vectors/threshold_metrics.json`):
//! ROC AUC, average precision, both full curves and confusion counts, within 1e-9 relative.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::calc::threshold::{Confusion, Scores};
use serde_json::Value;

fn vectors() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/vectors/threshold_metrics.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    serde_json::from_str(&text).expect("vectors are JSON")
}

/// Relative 1e-9, with the same figure as an absolute floor so exact zeros compare sensibly.
fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() <= 1e-9 * expected.abs().max(1.0)
}

/// A JSON array of numbers; `null` stands for scikit-learn's +inf.
fn numbers(value: &Value) -> Vec<f64> {
    value.as_array().expect("array").iter().map(|v| v.as_f64().unwrap_or(f64::INFINITY)).collect()
}

fn assert_all_close(name: &str, what: &str, actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len(), "{name}: {what} length");
    for (i, (a, e)) in actual.iter().zip(expected).enumerate() {
        let same = a == e || close(*a, *e);
        assert!(same, "{name}: {what}[{i}] = {a}, scikit-learn {e}");
    }
}

fn case_scores(case: &Value) -> Scores {
    let scores = numbers(&case["scores"]);
    let labels: Vec<bool> = case["labels"].as_array().unwrap().iter().map(|v| v.as_i64() == Some(1)).collect();
    Scores::from_pairs(&scores, &labels).expect("reference case builds")
}

/// The same case as `score,label` text, to check the parser leads to the same answers.
fn case_text(case: &Value) -> String {
    let mut text = String::from("score,label\n");
    for (s, l) in case["scores"].as_array().unwrap().iter().zip(case["labels"].as_array().unwrap()) {
        text.push_str(&format!("{},{}\n", s.as_f64().unwrap(), l.as_i64().unwrap()));
    }
    text
}

fn check_case(case: &Value, scores: &Scores) {
    let name = case["name"].as_str().unwrap();
    let auc = scores.roc_auc().expect("both classes");
    assert!(close(auc, case["roc_auc"].as_f64().unwrap()), "{name}: auc {auc}");
    let ap = scores.average_precision().expect("positives");
    assert!(close(ap, case["average_precision"].as_f64().unwrap()), "{name}: ap {ap}");

    let roc = scores.roc_curve().expect("both classes");
    assert_all_close(name, "fpr", &roc.fpr, &numbers(&case["roc_curve"]["fpr"]));
    assert_all_close(name, "tpr", &roc.tpr, &numbers(&case["roc_curve"]["tpr"]));
    assert_all_close(name, "roc thresholds", &roc.thresholds, &numbers(&case["roc_curve"]["thresholds"]));
    assert!(case["roc_curve"]["thresholds"][0].is_null() && roc.thresholds[0] == f64::INFINITY);

    let pr = scores.pr_curve().expect("positives");
    assert_all_close(name, "precision", &pr.precision, &numbers(&case["pr_curve"]["precision"]));
    assert_all_close(name, "recall", &pr.recall, &numbers(&case["pr_curve"]["recall"]));
    assert_all_close(name, "pr thresholds", &pr.thresholds, &numbers(&case["pr_curve"]["thresholds"]));

    for probe in case["confusion"].as_array().unwrap() {
        let t = probe["threshold"].as_f64().unwrap();
        let count = |k: &str| probe[k].as_u64().unwrap();
        let expected = Confusion { tp: count("tp"), fp: count("fp"), tn: count("tn"), fn_: count("fn") };
        assert_eq!(scores.confusion_at(t), expected, "{name}: confusion at {t}");
    }
}

#[test]
fn every_reference_case_matches_scikit_learn() {
    let v = vectors();
    let cases = v["cases"].as_array().unwrap();
    assert!(cases.len() >= 6);
    for case in cases {
        check_case(case, &case_scores(case));
    }
}

#[test]
fn parsed_text_gives_the_same_answers() {
    let v = vectors();
    for case in v["cases"].as_array().unwrap() {
        let parsed = Scores::parse(&case_text(case)).expect("text parses");
        assert_eq!(parsed, case_scores(case));
        check_case(case, &parsed);
    }
}

#[test]
fn summary_auc_is_within_half_a_percent() {
    let v = vectors();
    for case in v["cases"].as_array().unwrap() {
        let exact = case_scores(case);
        let summary = exact.summary();
        // Through JSON, as a saved plan would carry it.
        let json = serde_json::to_string(&summary).unwrap();
        let rebuilt =
            serde_json::from_str::<mlplan::calc::threshold::ScoreSummary>(&json).unwrap().to_scores().unwrap();
        let (a, b) = (exact.roc_auc().unwrap(), rebuilt.roc_auc().unwrap());
        assert!((a - b).abs() <= 0.005, "{}: exact {a}, summary {b}", case["name"]);
        let (a, b) = (exact.average_precision().unwrap(), rebuilt.average_precision().unwrap());
        assert!((a - b).abs() <= 0.02, "{}: exact AP {a}, summary {b}", case["name"]);
        assert_eq!(rebuilt.len(), exact.len());
    }
}
