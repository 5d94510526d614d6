//! Worked example plans: five complete projects, each in English and Korean, that people open to
//! see what a finished plan looks like and to start their own from.
//!
//! Each example in each language is a plan file, `assets/examples/<key>-<lang>.json`. The app
//! fetches the one a person opens (the offline worker keeps them all, and the single-file build
//! carries them inline), so the plans' texts are not part of the first download. Tests and tools
//! read them through [`build`] and [`all`], which the app never calls. The tests below keep the two
//! languages of each example parallel: same fields, counts, numbers and choices.

use super::{migrate, ExampleOrigin, MigrationError, Plan};
use crate::lang::Lang;

/// Creation time of every example (2025-01-01T00:00:00Z), fixed so examples are reproducible.
pub const EXAMPLE_CREATED_MS: u64 = 1_735_689_600_000;
/// Last edit time of every example, fixed for the same reason.
pub const EXAMPLE_UPDATED_MS: u64 = 1_735_689_600_000;

/// The prefix of every example id; plans with other ids are the user's own.
pub const EXAMPLE_ID_PREFIX: &str = "example-";

/// What the start page shows for one example, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExampleInfo {
    /// Stable key for links and [`path`], e.g. `"feed"`.
    pub key: &'static str,
    /// The id of the example plan in this language, e.g. `"example-feed-ko"`.
    pub id: String,
    pub title: String,
    /// One line on what the example shows.
    pub summary: String,
}

/// An example's key, and its title and summary in both languages.
struct Meta {
    key: &'static str,
    title: (&'static str, &'static str),
    summary: (&'static str, &'static str),
}

/// Every example in the order the start page lists them.
const EXAMPLES: [&Meta; 5] = [&FEED, &ETA, &FOOD, &FRAUD, &FARE];

/// Example 1: home-feed ranking, where the goal evolves once engagement alone surfaces click-bait.
const FEED: Meta = Meta {
    key: "feed",
    title: ("Home feed ranking for a community app", "커뮤니티 앱 홈 피드 랭킹"),
    summary: (
        "Rank posts for engagement without rewarding click-bait: four objectives, separate models, blended by weights.",
        "클릭베이트를 키우지 않으면서 참여를 늘리는 피드 랭킹: 세부 목표 네 개를 별도 모델로 만들고 가중치로 섞습니다.",
    ),
};

/// Example 2: ride-hailing arrival-time prediction and dispatch, the marketplace case study.
const ETA: Meta = Meta {
    key: "eta",
    title: ("Ride-hailing: arrival-time prediction and dispatch", "차량 호출: 도착 시간(ETA) 예측과 배차"),
    summary: (
        "Match rider demand with driver supply: predict pickup times, choose which car goes to which rider, and turn \
         the marketplace flywheel.",
        "승객 수요와 기사 공급을 맞추는 문제: 픽업 시간을 예측하고 어느 차를 어느 승객에게 보낼지 정해 \
         플라이휠을 돌립니다.",
    ),
};

/// Example 3: food-delivery recommendations learned from proxy labels (orders, reorders, clicks).
const FOOD: Meta = Meta {
    key: "food",
    title: ("Food-delivery home recommendations", "음식 배달 앱 홈 추천"),
    summary: (
        "Recommend restaurants people will order from and come back to, learning from proxy labels: orders, reorders \
         and clicks.",
        "주문·재주문·클릭이라는 대리 레이블로 학습해, 실제로 주문하고 다시 찾을 음식점을 추천합니다.",
    ),
};

/// Example 4: payment fraud detection, where only caught fraud is labelled and costs set the threshold.
const FRAUD: Meta = Meta {
    key: "fraud",
    title: ("Payment fraud detection", "결제 사기 탐지"),
    summary: (
        "Catch fraudulent card payments when only caught fraud is labelled: chargebacks as proxy labels, one fraud in \
         500 payments, and a threshold set by costs.",
        "잡힌 사기만 레이블로 남는 문제: 차지백을 대리 레이블로 쓰고, 500건 중 1건뿐인 불균형에서 비용으로 \
         임계값을 정합니다.",
    ),
};

/// Example 5: upfront taxi fares, where one absurd prediction is catastrophic and guards come first.
const FARE: Meta = Meta {
    key: "fare",
    title: ("Upfront taxi fare prediction", "택시 사전 확정 요금 예측"),
    summary: (
        "Quote the fare before the ride, where one absurd prediction (100 million won for a short trip) is \
         catastrophic: the model sits behind rule-based guards and human review.",
        "탑승 전에 요금을 확정해 보여 주는 문제. 단거리에 1억 원 같은 예측 하나가 치명적이므로, 모델은 규칙 기반 \
         안전장치와 사람 검토 뒤에 둡니다.",
    ),
};

/// The keys of all examples, in listing order.
pub fn keys() -> Vec<&'static str> {
    EXAMPLES.iter().map(|m| m.key).collect()
}

/// The examples as the start page lists them, in `lang`.
pub fn list(lang: Lang) -> Vec<ExampleInfo> {
    EXAMPLES
        .iter()
        .map(|m| ExampleInfo {
            key: m.key,
            id: example_id(m.key, lang),
            title: pick(lang, m.title),
            summary: pick(lang, m.summary),
        })
        .collect()
}

/// Where the plan file of example `key` in `lang` is, relative to the app's page.
pub fn path(key: &str, lang: Lang) -> String {
    format!("assets/examples/{key}-{}.json", lang.tag())
}

/// Reads an example's plan file; it goes through the migrations like any stored plan.
pub fn read(text: &str) -> Result<Plan, MigrationError> {
    migrate::parse_plan(text)
}

/// A fresh, editable copy of example `key` in `lang` under the user's own id and time. It keeps
/// the example as its origin, so its links carry only what the person changes.
pub fn instantiate(example: Plan, key: &str, lang: Lang, new_id: impl Into<String>, now_ms: u64) -> Plan {
    let title = example.title.clone();
    let mut copy = example.duplicate(new_id, title, now_ms);
    copy.origin = Some(ExampleOrigin { key: key.to_owned(), lang });
    copy
}

/// The example plan `key` in `lang`, from the files built into the library; `None` for an unknown
/// key. For tests and tools: the app fetches the one file it needs instead, so it never calls
/// this and the linker leaves these copies out of the wasm.
pub fn build(key: &str, lang: Lang) -> Option<Plan> {
    let name = format!("{key}-{}.json", lang.tag());
    let (_, text) = BUILT_IN.iter().find(|(file, _)| *file == name)?;
    Some(read(text).expect("the example files are plans of a released schema"))
}

/// Every example in every language: `keys().len() × Lang::ALL.len()` plans.
pub fn all() -> Vec<Plan> {
    EXAMPLES
        .iter()
        .flat_map(|m| Lang::ALL.map(|lang| build(m.key, lang).expect("every example has both files")))
        .collect()
}

/// The example files, for [`build`].
const BUILT_IN: [(&str, &str); 10] = [
    ("feed-en.json", include_str!("../../assets/examples/feed-en.json")),
    ("feed-ko.json", include_str!("../../assets/examples/feed-ko.json")),
    ("eta-en.json", include_str!("../../assets/examples/eta-en.json")),
    ("eta-ko.json", include_str!("../../assets/examples/eta-ko.json")),
    ("food-en.json", include_str!("../../assets/examples/food-en.json")),
    ("food-ko.json", include_str!("../../assets/examples/food-ko.json")),
    ("fraud-en.json", include_str!("../../assets/examples/fraud-en.json")),
    ("fraud-ko.json", include_str!("../../assets/examples/fraud-ko.json")),
    ("fare-en.json", include_str!("../../assets/examples/fare-en.json")),
    ("fare-ko.json", include_str!("../../assets/examples/fare-ko.json")),
];

/// The stable id of example `key` in `lang`, e.g. `example-feed-en`.
pub fn example_id(key: &str, lang: Lang) -> String {
    format!("{EXAMPLE_ID_PREFIX}{key}-{}", lang.tag())
}

/// Whether `id` names a built-in example rather than a plan of the user's.
pub fn is_example_id(id: &str) -> bool {
    id.starts_with(EXAMPLE_ID_PREFIX)
}

fn pick(lang: Lang, (en, ko): (&str, &str)) -> String {
    match lang {
        Lang::En => en.to_owned(),
        Lang::Ko => ko.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{parse_plan, ObjectiveStrategy, Step, Tri, CURRENT_SCHEMA};
    use serde_json::Value;

    /// Keys whose strings are enum words or identifiers, not free text.
    const NOT_TEXT: [&str; 13] = [
        "id",
        "value",
        "label_scenario",
        "strategy",
        "labelled",
        "continuous",
        "error_tolerance",
        "kind",
        "direction",
        "currency",
        "formula",
        "correction",
        "measure",
    ];

    /// Whether the string at `key` is an enum word or an id rather than free text (`problem.value` is text).
    fn is_word(key: &str, s: &str) -> bool {
        NOT_TEXT.contains(&key) && s.chars().all(|c| c.is_ascii_lowercase() || c == '_' || c == '-')
    }

    /// Every free-text string in the plan.
    fn texts(plan: &Plan) -> Vec<String> {
        fn walk(v: &Value, key: &str, out: &mut Vec<String>) {
            match v {
                Value::String(s) if !is_word(key, s) => out.push(s.clone()),
                Value::Array(items) => items.iter().for_each(|i| walk(i, key, out)),
                Value::Object(map) => map.iter().for_each(|(k, v)| walk(v, k, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(&serde_json::to_value(plan).unwrap(), "", &mut out);
        out
    }

    /// The plan with every free text replaced by whether it is filled: what must match across languages.
    fn shape(plan: &Plan) -> Value {
        fn blank(v: Value, key: &str) -> Value {
            match v {
                Value::String(s) if !is_word(key, &s) => Value::Bool(!s.trim().is_empty()),
                Value::Array(items) => Value::Array(items.into_iter().map(|i| blank(i, key)).collect()),
                Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k.clone(), blank(v, &k))).collect()),
                other => other,
            }
        }
        let mut v = blank(serde_json::to_value(plan).unwrap(), "");
        v["id"] = Value::Null;
        v
    }

    fn has_hangul(s: &str) -> bool {
        s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c) || ('\u{3131}'..='\u{318E}').contains(&c))
    }

    #[test]
    fn all_holds_every_example_in_both_languages_with_unique_ids() {
        let plans = all();
        assert_eq!(plans.len(), 10);
        let mut ids: Vec<&str> = plans.iter().map(|p| p.id.as_str()).collect();
        crate::order::sort_by(&mut ids, |a, b| a.cmp(b));
        ids.dedup();
        assert_eq!(ids.len(), 10, "ids are unique");
        for key in keys() {
            for lang in Lang::ALL {
                let id = example_id(key, lang);
                assert!(plans.iter().any(|p| p.id == id), "{id} is in all()");
                assert!(is_example_id(&id));
            }
        }
        assert_eq!(example_id("feed", Lang::En), "example-feed-en");
        for p in &plans {
            assert_eq!(p.schema, CURRENT_SCHEMA);
            assert_eq!((p.created_ms, p.updated_ms), (EXAMPLE_CREATED_MS, EXAMPLE_UPDATED_MS));
        }
    }

    #[test]
    fn list_and_build_agree() {
        for lang in Lang::ALL {
            let infos = list(lang);
            assert_eq!(infos.len(), 5);
            for info in infos {
                let plan = build(info.key, lang).unwrap();
                assert_eq!(plan.id, info.id);
                assert_eq!(plan.title, info.title);
                assert!(!info.summary.trim().is_empty());
            }
        }
        assert_eq!(build("nope", Lang::En), None);
    }

    #[test]
    fn instantiate_makes_an_editable_copy_under_a_new_id() {
        let original = build("fraud", Lang::Ko).unwrap();
        let copy = instantiate(original.clone(), "fraud", Lang::Ko, "my-plan", 42);
        assert_eq!(copy.origin, Some(ExampleOrigin { key: "fraud".into(), lang: Lang::Ko }));
        assert_eq!(copy.id, "my-plan");
        assert!(!is_example_id(&copy.id));
        assert_eq!((copy.created_ms, copy.updated_ms), (42, 42));
        assert_eq!(copy.title, original.title);
        assert_eq!(copy.constraints, original.constraints);
    }

    #[test]
    fn every_file_is_where_path_says_and_holds_its_example() {
        for key in keys() {
            for lang in Lang::ALL {
                let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path(key, lang));
                let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
                assert_eq!(read(&text).unwrap().id, example_id(key, lang));
            }
        }
        assert!(read("<!doctype html><p>Not found</p>").is_err(), "a host's error page is not an example");
    }

    #[test]
    fn every_example_completes_every_step() {
        for p in all() {
            for step in Step::ALL {
                assert!(step.is_complete(&p), "{}: {:?} is incomplete", p.id, step);
            }
        }
    }

    #[test]
    fn every_example_survives_a_json_round_trip() {
        for p in all() {
            assert_eq!(parse_plan(&p.to_json()).unwrap(), p, "{}", p.id);
        }
    }

    #[test]
    fn korean_texts_are_korean_and_english_texts_are_not() {
        for p in all() {
            let texts = texts(&p);
            assert!(texts.len() > 120, "{} has {} texts", p.id, texts.len());
            for s in texts {
                assert!(!s.trim().is_empty(), "{}: an empty text", p.id);
                assert!(s.trim() == s && !s.contains("  "), "{}: stray spaces in {s:?}", p.id);
                if p.id.ends_with("-ko") {
                    assert!(has_hangul(&s), "{}: not Korean: {s}", p.id);
                } else {
                    assert!(!has_hangul(&s), "{}: Hangul in English: {s}", p.id);
                }
            }
        }
    }

    #[test]
    fn english_and_korean_versions_are_parallel() {
        for key in keys() {
            let en = build(key, Lang::En).unwrap();
            let ko = build(key, Lang::Ko).unwrap();
            assert_eq!(shape(&en), shape(&ko), "{key}: same fields, counts, numbers and choices");
            assert_eq!(en.goals.objectives.len(), ko.goals.objectives.len());
            assert_eq!(en.data.sources.len(), ko.data.sources.len());
            assert_eq!(en.constraints.risks.len(), ko.constraints.risks.len());
            assert_eq!(en.metrics.links.len(), ko.metrics.links.len());
            assert_eq!(en.canvas.flywheel.len(), ko.canvas.flywheel.len());
            assert_eq!(en.threshold, ko.threshold);
            assert_eq!(en.tradeoff.candidates.len(), ko.tradeoff.candidates.len());
        }
    }

    /// The checks a reviewer of a plan would make, so no example shows a blocking error.
    #[test]
    fn every_example_is_a_sound_plan() {
        for p in all() {
            let id = &p.id;
            for (key, a) in p.feasibility.answers() {
                assert!(a.value.is_some() && !a.note.trim().is_empty(), "{id}: feasibility {key}");
            }

            let g = &p.goals;
            assert!(g.objectives.iter().all(|o| !o.metric.trim().is_empty() && o.label_scenario.is_some()));
            if g.objectives.len() > 1 {
                assert!(!g.strategy_note.trim().is_empty(), "{id}: several objectives, say how they combine");
            }
            if g.strategy.is_some() {
                assert!(g.objectives.len() > 1, "{id}: a strategy needs several objectives");
                let weights: Vec<f64> = g.objectives.iter().filter_map(|o| o.weight).collect();
                assert_eq!(weights.len(), g.objectives.len(), "{id}: every objective has a weight");
                assert_eq!(weights.iter().sum::<f64>(), 1.0, "{id}: weights sum to 1");
                if g.strategy == Some(ObjectiveStrategy::SeparateModels) {
                    assert!(g.blend_items.len() >= 4, "{id}: a blend shows its items");
                    let n = g.objectives.len();
                    assert!(g.blend_items.iter().all(|i| i.scores.len() == n), "{id}: one score per objective");
                    assert!(crate::calc::blend::rank(&g.blend_items, &weights).is_ok(), "{id}: the items rank");
                }
            } else {
                assert!(g.objectives.iter().all(|o| o.weight.is_none()), "{id}: weights without a blend");
            }

            assert!((3..=5).contains(&p.constraints.risks.len()), "{id}: 3 to 5 risks");
            for r in &p.constraints.risks {
                assert!(r.likelihood.is_some_and(|l| (1..=3).contains(&l)), "{id}: {}", r.risk);
                assert!(r.impact.is_some_and(|i| (1..=3).contains(&i)), "{id}: {}", r.risk);
            }
            assert!(p.constraints.error_tolerance.is_some());
            if p.feasibility.catastrophic.value == Some(Tri::Yes) {
                assert!(!p.constraints.guards.trim().is_empty(), "{id}: catastrophic errors need guards");
            }

            let t = &p.threshold;
            if let Some(th) = t.threshold {
                assert!(th > 0.0 && th < 1.0);
                assert!(t.cost_false_positive.is_some() && t.cost_false_negative.is_some(), "{id}: costs");
                assert!(t.prevalence.is_some_and(|v| v > 0.0 && v < 1.0), "{id}: prevalence");
            }

            let tr = &p.tradeoff;
            assert!((2..=3).contains(&tr.candidates.len()), "{id}: 2 or 3 candidates");
            assert!(tr.candidates.iter().all(|c| c.quality.is_some() && c.p95_ms.is_some()));
            assert!(tr.p95_budget_ms.is_some() && tr.peak_qps.is_some() && tr.monthly_budget.is_some());

            let ab = &p.abtest;
            assert!(ab.baseline_rate.is_some_and(|r| r > 0.0 && r < 1.0), "{id}: baseline rate");
            assert!(ab.mde.is_some() && ab.alpha.is_some() && ab.power.is_some() && ab.daily_traffic.is_some());

            assert!(p.metrics.links.iter().all(|l| l.direction.is_some()), "{id}: link directions");

            let c = &p.canvas;
            for block in [
                &c.key_partners,
                &c.key_activities,
                &c.key_resources,
                &c.value_propositions,
                &c.customer_relationships,
                &c.channels,
                &c.customer_segments,
                &c.cost_structure,
                &c.revenue_streams,
            ] {
                assert!((2..=4).contains(&block.len()), "{id}: 2 to 4 notes per canvas block");
            }
            assert!((3..=8).contains(&c.flywheel.len()), "{id}: 3 to 8 flywheel steps");
            assert!(c.ml_lever.is_some_and(|i| i < c.flywheel.len()), "{id}: the ML lever is a flywheel step");
        }
    }

    #[test]
    fn the_examples_show_the_lecture_cases() {
        let en = |key| build(key, Lang::En).unwrap();
        let feed = en("feed");
        assert_eq!(feed.goals.objectives.len(), 4);
        assert_eq!(feed.goals.strategy, Some(ObjectiveStrategy::SeparateModels));
        let fraud = en("fraud");
        assert!(fraud.goals.objectives.iter().any(|o| o.label_scenario == Some(crate::plan::LabelScenario::Proxy)));
        assert!(fraud.threshold.prevalence.is_some_and(|v| v < 0.01), "severe class imbalance");
        let fare = en("fare");
        assert_eq!(fare.feasibility.catastrophic.value, Some(Tri::Yes));
        let eta = en("eta");
        assert_eq!(eta.canvas.ml_lever, Some(1), "ETA prediction acts on the waiting time");
    }
}
