//! Links of format 3: a plan that started from a worked example travels as the example's key and
//! what the plan changed in it. Short enough for a QR code, exact on the way back, and plain
//! about an example or a revision this build does not have.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::lang::Lang;
use mlplan::plan::{examples, ExampleOrigin, Plan};
use mlplan::share::{
    decode, decode_with_example, encode, encode_value, encode_with_example, example_needed, example_revision,
    Corruption, ShareError, FORMAT_FROM_EXAMPLE,
};
use proptest::prelude::*;
use serde_json::{json, Value};

/// The address a classroom link is copied from in the end-to-end tests; a deployed origin such
/// as `https://someone.github.io/mlplan/` is ten characters longer.
const ORIGIN: &str = "http://127.0.0.1:41234/";

fn example(key: &str, lang: Lang) -> Plan {
    examples::build(key, lang).expect("a shipped example")
}

/// A student's copy of an example, as the start page makes it.
fn copy_of(key: &str, lang: Lang) -> Plan {
    examples::instantiate(example(key, lang), key, lang, "mz3k1q0x8a7c", 1_765_000_000_000)
}

/// A classroom template of `plan`: the example's id and times, as the share panel writes it.
fn template(plan: &Plan, example: &Plan) -> Plan {
    Plan { id: example.id.clone(), created_ms: example.created_ms, updated_ms: example.updated_ms, ..plan.clone() }
}

fn classroom_link(payload: &str) -> String {
    format!("{ORIGIN}#/c/{payload}")
}

fn examples_in_both_languages() -> Vec<(&'static str, Lang)> {
    examples::keys().into_iter().flat_map(|k| Lang::ALL.map(|l| (k, l))).collect()
}

#[test]
fn an_unchanged_example_is_a_classroom_link_of_at_most_100_characters() {
    for (key, lang) in examples_in_both_languages() {
        let example = example(key, lang);
        let plan = template(&copy_of(key, lang), &example);
        let payload = encode_with_example(&plan, &example);
        let link = classroom_link(&payload);
        println!("{key}-{}: unchanged template {} characters", lang.tag(), link.chars().count());
        assert!(payload.starts_with("3."), "{payload}");
        assert!(link.chars().count() <= 100, "{link}");
        assert_eq!(decode_with_example(&link, Some(&example)), Ok(plan));
    }
}

#[test]
fn an_example_with_one_sentence_added_is_at_most_600_characters() {
    for (key, lang) in examples_in_both_languages() {
        let example = example(key, lang);
        let mut plan = copy_of(key, lang);
        plan.problem.statement += match lang {
            Lang::En => " Riders in the two new cities we opened this spring complain most, since our data there is only six weeks old.",
            Lang::Ko => " 올봄에 새로 연 두 도시의 이용자가 가장 많이 불만을 말하는데, 그곳 데이터는 아직 6주 치밖에 없기 때문입니다.",
        };
        for link in [classroom_link(&encode_with_example(&template(&plan, &example), &example)), {
            format!("{ORIGIN}#/s/{}", encode_with_example(&plan, &example))
        }] {
            println!("{key}-{}: one sentence added {} characters", lang.tag(), link.chars().count());
            assert!(link.chars().count() <= 600, "{link}");
        }
        let link = format!("{ORIGIN}#/s/{}", encode_with_example(&plan, &example));
        assert_eq!(decode_with_example(&link, Some(&example)), Ok(plan), "a hand-in keeps its id and times");
    }
}

#[test]
fn a_link_names_its_example_and_needs_it() {
    let example = example("fare", Lang::Ko);
    let plan = copy_of("fare", Lang::Ko);
    let link = encode_with_example(&plan, &example);
    let origin = ExampleOrigin { key: "fare".into(), lang: Lang::Ko };
    assert_eq!(example_needed(&link), Ok(Some(origin.clone())));
    assert_eq!(decode(&link), Err(ShareError::ExampleNeeded(origin.clone())));
    let other = self::example("fare", Lang::En);
    assert_eq!(
        decode_with_example(&link, Some(&other)),
        Err(ShareError::ExampleNeeded(origin)),
        "not the one it names"
    );
    assert_eq!(example_needed(&encode(&plan)), Ok(None), "a whole plan needs no example");
}

#[test]
fn plans_with_no_origin_or_another_example_carry_the_whole_plan() {
    let example = example("feed", Lang::En);
    let mut plan = copy_of("feed", Lang::En);
    plan.origin = None;
    assert_eq!(encode_with_example(&plan, &example), encode(&plan));
    let plan = copy_of("fraud", Lang::En);
    assert_eq!(encode_with_example(&plan, &example), encode(&plan), "the example is not the plan's origin");
}

#[test]
fn a_plan_rewritten_from_scratch_falls_back_to_the_whole_plan_when_that_is_shorter() {
    let example = example("eta", Lang::En);
    let mut plan = Plan::new("x1", "Short", 5);
    plan.origin = Some(ExampleOrigin { key: "eta".into(), lang: Lang::En });
    let payload = encode_with_example(&plan, &example);
    assert!(payload.starts_with("2."), "removing everything costs more than the plan itself");
    assert_eq!(decode(&payload).map(|p| p.title), Ok("Short".into()));
}

#[test]
fn a_revised_example_is_refused_by_name() {
    let example = example("food", Lang::Ko);
    let mut revised = example.clone();
    revised.problem.statement.push_str(" 개정판.");
    assert_ne!(example_revision(&revised), example_revision(&example));
    let plan = copy_of("food", Lang::Ko);
    let link = encode_with_example(&plan, &example);
    assert_eq!(decode_with_example(&link, Some(&revised)), Err(ShareError::ExampleRevision { key: "food".into() }));
}

#[test]
fn a_schema_step_that_only_adds_fields_keeps_the_revision() {
    let example = example("fraud", Lang::En);
    let older = Plan { schema: 7, ..example.clone() };
    assert_eq!(example_revision(&older), example_revision(&example));
}

/// A format-3 payload around any tree: format 2's envelope under tag 3.
fn payload_3(tree: &Value) -> String {
    let payload = encode_value(tree);
    format!("{FORMAT_FROM_EXAMPLE}.{}", payload.strip_prefix("2.").expect("format 2 envelope"))
}

#[test]
fn an_example_this_build_does_not_have_is_named() {
    let e = decode(&payload_3(&json!(["bakery", "en", 1, 8, {}]))).unwrap_err();
    assert_eq!(e, ShareError::UnknownExample { key: "bakery".into() });
    assert!(e.is_from_newer_version());
    assert!(e.to_string().contains("bakery"));
}

#[test]
fn malformed_headers_and_patches_are_errors() {
    let example = example("fare", Lang::En);
    let revision = example_revision(&example);
    let bad = ShareError::Corrupt { offset: 0, problem: Corruption::BadDelta };
    for tree in [
        json!([]),
        json!({"a": 1}),
        json!(["fare", "en", revision, 8]),
        json!(["fare", "xx", revision, 8, {}]),
        json!(["fare", "en", -1, 8, {}]),
        json!(["fare", "en", u64::MAX, 8, {}]),
        json!(["fare", "en", revision, 8, {"problem": {"statement": [2, 100000, 0, "x"]}}]),
        json!(["fare", "en", revision, 8, {"goals": {"objectives": [4, [99, {}]]}}]),
        json!(["fare", "en", revision, 8, [0, 1]]),
    ] {
        assert_eq!(decode_with_example(&payload_3(&tree), Some(&example)), Err(bad.clone()), "{tree}");
    }
    let e = decode_with_example(&payload_3(&json!(["fare", "en", revision, 99, {}])), Some(&example)).unwrap_err();
    assert!(e.is_from_newer_version(), "{e:?}");
    let e = decode_with_example(&payload_3(&json!(["fare", "en", revision, 8, {"title": [0, 5]}])), Some(&example));
    assert!(matches!(e, Err(ShareError::NotAPlan(_))), "{e:?}");
}

/// Random edits to a plan's tree: texts changed, cut, extended; list items dropped or added.
fn edited(plan: &Plan, seed: u64, edits: usize) -> Plan {
    let mut tree = plan.to_value();
    let mut state = seed | 1;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n.max(1) as u64) as usize
    };
    for _ in 0..edits {
        let mut paths = Vec::new();
        collect_paths(&tree, &mut Vec::new(), &mut paths);
        let path = &paths[next(paths.len())];
        let Some(node) = path.iter().try_fold(&mut tree, |node, step| match step {
            Step::Key(k) => node.get_mut(k.as_str()),
            Step::Index(i) => node.get_mut(*i),
        }) else {
            continue;
        };
        match node {
            Value::String(s) => {
                let chars: Vec<char> = s.chars().collect();
                let cut = next(chars.len() + 1);
                let insert = ["새 문장입니다. ", "A new sentence. ", "", "😀", "<b>x</b>"][next(5)];
                *s = chars[..cut].iter().collect::<String>() + insert + &chars[cut..].iter().collect::<String>();
            }
            Value::Array(items) if !items.is_empty() && next(2) == 0 => {
                items.remove(next(items.len()));
            }
            Value::Array(items) => {
                if let Some(first) = items.first().cloned() {
                    items.insert(next(items.len() + 1), first);
                }
            }
            _ => {}
        }
    }
    let mut out = mlplan::plan::migrate::plan_from_value(tree).expect("edits keep the plan's shape");
    out.origin = plan.origin.clone();
    out
}

enum Step {
    Key(String),
    Index(usize),
}

fn collect_paths(value: &Value, at: &mut Vec<(bool, String, usize)>, out: &mut Vec<Vec<Step>>) {
    let path =
        || at.iter().map(|(is_key, k, i)| if *is_key { Step::Key(k.clone()) } else { Step::Index(*i) }).collect();
    match value {
        Value::String(_) => out.push(path()),
        Value::Array(items) => {
            out.push(path());
            for (i, item) in items.iter().enumerate() {
                at.push((false, String::new(), i));
                collect_paths(item, at, out);
                at.pop();
            }
        }
        Value::Object(members) => {
            for (k, v) in members {
                if k != "id" && !matches!(v, Value::String(s) if s.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
                {
                    at.push((true, k.clone(), 0));
                    collect_paths(v, at, out);
                    at.pop();
                }
            }
        }
        _ => {}
    }
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(64)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn every_example_with_random_edits_round_trips(which in 0usize..10, seed in any::<u64>(), edits in 0usize..12) {
        let (key, lang) = examples_in_both_languages()[which];
        let example = example(key, lang);
        let plan = edited(&copy_of(key, lang), seed, edits);
        let payload = encode_with_example(&plan, &example);
        prop_assert!(payload.len() <= encode(&plan).len());
        prop_assert_eq!(decode_with_example(&payload, Some(&example)), Ok(plan));
    }

    #[test]
    fn hostile_deltas_never_panic(which in 0usize..10, patch in hostile_patch(), schema in 0u64..12) {
        let (key, lang) = examples_in_both_languages()[which];
        let example = example(key, lang);
        let tree = json!([key, lang.tag(), example_revision(&example), schema, patch]);
        let _ = decode_with_example(&payload_3(&tree), Some(&example));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn hostile_feedback_trees_never_panic(tree in hostile_patch()) {
        let payload = encode_value(&tree).replacen("2.", "f1.", 1);
        let _ = mlplan::share::decode_feedback(&payload);
    }
}

fn hostile_patch() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (0u64..6).prop_map(Value::from),
        "\\PC{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::from),
            prop::collection::btree_map(
                prop_oneof![
                    Just("problem".to_owned()),
                    Just("statement".to_owned()),
                    Just("goals".to_owned()),
                    "[a-z_]{1,8}"
                ],
                inner,
                0..4
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
