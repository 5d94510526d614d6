//! Frozen links: every format ever released must keep opening to exactly the plan it carried.
//!
//! `tests/fixtures/links/<name>.link` holds a link (whole URL, fragment or bare payload) and
//! `<name>.json` the plan it must decode to. These files NEVER change: when a format or the
//! plan schema changes, add new files; old ones keep testing that old links still open (the
//! expected JSON goes through the same migrations as the link does).
//!
//! To add fixtures of a new format, add a case to `fixture_plans` with a new name and run
//! `cargo test --test share_fixtures -- --ignored`; it writes only files that do not exist.
#![cfg(not(target_arch = "wasm32"))]

mod share_support;

use mlplan::plan::{parse_plan, Plan};
use serde_json::json;
use std::fs;
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/links")
}

/// (name, link, expected plan JSON) of the fixtures this build writes.
fn fixture_plans() -> Vec<(String, String, String)> {
    let f = mlplan::share::FORMAT;
    let mut out = Vec::new();
    let mut add = |name: &str, link: String, plan_json: String| out.push((format!("v{f}-{name}"), link, plan_json));

    let ko = share_support::korean_plan();
    add("ko-short", mlplan::share::link("https://example.org/mlplan/", &ko), ko.to_json());
    let long = share_support::korean_plan_long();
    add("ko-long", mlplan::share::fragment(&long), long.to_json());
    let en = share_support::english_plan();
    add("en", mlplan::share::encode(&en), en.to_json());
    let minimal = Plan::new("m", "", 0);
    add("minimal", mlplan::share::encode(&minimal), minimal.to_json());

    let mut odd = Plan::new("<id>", "<script>alert('x')</script> & \"quotes\" 😀 漢字 ㅋㅋ é", u64::MAX);
    odd.problem.statement = "<img src=x onerror=alert(1)>\n\ttabs\u{0}nul\u{202e}rtl".into();
    odd.threshold.threshold = Some(0.1 + 0.2);
    odd.threshold.cost_false_positive = Some(-2.5e-7);
    odd.threshold.cost_false_negative = Some(0.0);
    odd.abtest.daily_traffic = Some(1e300);
    odd.canvas.flywheel = vec![String::new(), " ".into(), "가".into()];
    odd.canvas.ml_lever = Some(usize::MAX >> 1);
    odd.goals.objectives = vec![Default::default(), Default::default()];
    add("edge-values", mlplan::share::encode(&odd), odd.to_json());

    // A link from a newer build: fields this build has no key for, written literally. They are
    // ignored on reading; everything else opens.
    let mut newer = serde_json::to_value(share_support::korean_plan()).unwrap();
    newer["threshold"]["score_summary"] = json!({"auc": 0.91, "bins": [1, 2, 3], "note": "새 필드"});
    newer["future_section"] = json!({"enabled": true});
    add("newer-fields", mlplan::share::encode_value(&newer), share_support::korean_plan().to_json());
    out
}

#[test]
#[ignore = "writes fixture files; run once when adding a format"]
fn write_missing_fixtures() {
    fs::create_dir_all(dir()).unwrap();
    for (name, link, plan_json) in fixture_plans() {
        let link_path = dir().join(format!("{name}.link"));
        if !link_path.exists() {
            fs::write(&link_path, format!("{link}\n")).unwrap();
            let pretty = serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(&plan_json).unwrap());
            fs::write(dir().join(format!("{name}.json")), format!("{}\n", pretty.unwrap())).unwrap();
        }
    }
}

fn frozen() -> Vec<(String, String, String)> {
    let mut names: Vec<String> = fs::read_dir(dir())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok()?.strip_suffix(".link").map(str::to_owned))
        .collect();
    mlplan::order::sort_by(&mut names, String::cmp);
    names
        .into_iter()
        .map(|name| {
            let link = fs::read_to_string(dir().join(format!("{name}.link"))).unwrap();
            let json = fs::read_to_string(dir().join(format!("{name}.json"))).unwrap();
            (name, link, json)
        })
        .collect()
}

#[test]
fn frozen_links_decode_to_exactly_their_plans() {
    let all = frozen();
    assert!(all.len() >= 6, "fixtures missing: {}", all.len());
    for (name, link, json) in all {
        let expected = parse_plan(&json).unwrap_or_else(|e| panic!("{name}.json: {e}"));
        let got = mlplan::share::decode(&link).unwrap_or_else(|e| panic!("{name}.link: {e}"));
        assert_eq!(got, expected, "{name}");
    }
}

#[test]
fn every_readable_format_has_frozen_links() {
    let all = frozen();
    for tag in mlplan::share::FORMATS_READ {
        assert!(all.iter().any(|(name, _, _)| name.starts_with(&format!("v{tag}-"))), "no fixture for format {tag}");
    }
}
