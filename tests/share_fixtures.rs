//! Frozen links: every format ever released must keep opening to exactly the plan it carried.
//!
//! `tests/fixtures/links/<name>.link` holds a link (whole URL, fragment or bare payload) and
//! `<name>.json` the plan it must decode to. These files NEVER change: when a format or the
//! plan schema changes, add new files; old ones keep testing that old links still open (the
//! expected JSON goes through the same migrations as the link does).
//!
//! A link of format 3 carries only what its plan changed in a worked example; its fixture also
//! keeps `<name>.example.json`, the example as it was when the link was made, so the fixture
//! keeps testing the format after the examples are revised (and that this build then refuses the
//! link by name instead of opening a different plan).
//!
//! To add fixtures of a new format, add a case to `fixture_plans` (or `fixture_deltas`) with a
//! new name and run `cargo test --test share_fixtures -- --ignored`; it writes only files that do
//! not exist.
#![cfg(not(target_arch = "wasm32"))]

mod share_support;

use mlplan::lang::Lang;
use mlplan::plan::{examples, parse_plan, Assignment, Plan};
use mlplan::share::ShareError;
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

/// (name, link, expected plan JSON, the example's JSON) of the format-3 fixtures this build
/// writes: an unchanged classroom template with an assignment, an edited copy, and a copy of a
/// revised example (which this build's example is not, so only the frozen example opens it).
fn fixture_deltas() -> Vec<(String, String, String, String)> {
    let tag = mlplan::share::FORMAT_FROM_EXAMPLE;
    let copy = |key: &str, lang: Lang, example: &Plan| {
        examples::instantiate(example.clone(), key, lang, "k9x2m4p7q1", 1_765_400_000_000)
    };
    let mut out = Vec::new();
    let mut add = |name: &str, plan: &Plan, example: &Plan| {
        let link = format!("https://example.org/mlplan/#/c/{}", mlplan::share::encode_with_example(plan, example));
        assert!(link.contains(&format!("#/c/{tag}.")), "{name} is a format-3 link");
        out.push((format!("v{tag}-{name}"), link, plan.to_json(), example.to_json()));
    };

    let fare = examples::build("fare", Lang::Ko).unwrap();
    let mut template = Plan { id: fare.id.clone(), created_ms: fare.created_ms, ..copy("fare", Lang::Ko, &fare) };
    template.updated_ms = fare.updated_ms;
    template.assignment = Assignment {
        task: "특별 미션: 실제 회사나 일상에서 문제를 하나 골라 ML이 맞는지 판단하세요.".into(),
        due: "2026-12-18".into(),
        hand_in: "편집 링크".into(),
    };
    add("fare-ko-template", &template, &fare);

    let feed = examples::build("feed", Lang::En).unwrap();
    let mut edited = copy("feed", Lang::En, &feed);
    edited.problem.statement.push_str(" Our own app has the same problem since spring.");
    edited.goals.objectives.pop();
    edited.title = "Feed ranking for our club app".into();
    add("feed-en-edited", &edited, &feed);

    let mut revised = examples::build("food", Lang::Ko).unwrap();
    revised.problem.statement = "이전 버전의 예시 문장입니다.".into();
    let mut from_revised = copy("food", Lang::Ko, &revised);
    from_revised.problem.who.push_str(" 그리고 우리 동네 가게들.");
    add("food-ko-revised", &from_revised, &revised);
    out
}

#[test]
#[ignore = "writes fixture files; run once when adding a format"]
fn write_missing_fixtures() {
    fs::create_dir_all(dir()).unwrap();
    let plans = fixture_plans().into_iter().map(|(name, link, plan)| (name, link, plan, None));
    let deltas = fixture_deltas().into_iter().map(|(name, link, plan, example)| (name, link, plan, Some(example)));
    for (name, link, plan_json, example_json) in plans.chain(deltas) {
        let link_path = dir().join(format!("{name}.link"));
        if !link_path.exists() {
            fs::write(&link_path, format!("{link}\n")).unwrap();
            fs::write(dir().join(format!("{name}.json")), pretty(&plan_json)).unwrap();
            if let Some(example) = example_json {
                fs::write(dir().join(format!("{name}.example.json")), pretty(&example)).unwrap();
            }
        }
    }
}

fn pretty(json: &str) -> String {
    let value = serde_json::from_str::<serde_json::Value>(json).unwrap();
    format!("{}\n", serde_json::to_string_pretty(&value).unwrap())
}

/// The frozen example beside a format-3 fixture.
fn frozen_example(name: &str) -> Option<Plan> {
    let text = fs::read_to_string(dir().join(format!("{name}.example.json"))).ok()?;
    Some(parse_plan(&text).unwrap_or_else(|e| panic!("{name}.example.json: {e}")))
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
        let example = frozen_example(&name);
        let got = mlplan::share::decode_with_example(&link, example.as_ref());
        assert_eq!(got.unwrap_or_else(|e| panic!("{name}.link: {e}")), expected, "{name}");
    }
}

#[test]
fn format_3_fixtures_open_on_this_builds_example_or_are_refused_by_name() {
    let deltas: Vec<_> = frozen().into_iter().filter(|(name, _, _)| frozen_example(name).is_some()).collect();
    assert!(deltas.len() >= 3, "format-3 fixtures missing: {}", deltas.len());
    for (name, link, json) in deltas {
        let origin = mlplan::share::example_needed(&link).unwrap().expect("a format-3 link names its example");
        let current = examples::build(&origin.key, origin.lang).expect("an example this build ships");
        let frozen = frozen_example(&name).unwrap();
        let got = mlplan::share::decode_with_example(&link, Some(&current));
        if mlplan::share::example_revision(&current) == mlplan::share::example_revision(&frozen) {
            assert_eq!(got, Ok(parse_plan(&json).unwrap()), "{name}");
        } else {
            assert_eq!(got, Err(ShareError::ExampleRevision { key: origin.key.clone() }), "{name}");
        }
        if name.ends_with("-revised") {
            assert!(got.is_err(), "{name}: made from a revision this build does not have");
        }
    }
}

#[test]
fn every_readable_format_has_frozen_links() {
    let all = frozen();
    for tag in mlplan::share::FORMATS_READ {
        assert!(all.iter().any(|(name, _, _)| name.starts_with(&format!("v{tag}-"))), "no fixture for format {tag}");
    }
}
