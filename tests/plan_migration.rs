//! Stored plans of every released schema keep opening. `fixtures/plan-v1.json` was written by
//! the first release (schema 1), `fixtures/plan-v2.json` by the release that added the blend's
//! items (schema 2), `fixtures/plan-v3.json` by the one that added the plan's currency (schema 3),
//! `fixtures/plan-v4.json` by the one that added the A/B formula and sample-ratio check (schema 4),
//! `fixtures/plan-v5.json` by the one that added the A/B guardrail metric (schema 5),
//! `fixtures/plan-v6.json` by the one that added its variants, correction and sides (schema 6),
//! `fixtures/plan-v7.json` by the one that added the regression-error calculator and the drift
//! check (schema 7), `fixtures/plan-v8.json` by the one that added the classroom loop's example
//! origin and assignment (schema 8);
//! none of them ever changes.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::plan::{parse_plan, Currency, LabelScenario, ObjectiveStrategy, Tri, CURRENT_SCHEMA};

const V1: &str = include_str!("fixtures/plan-v1.json");
const V2: &str = include_str!("fixtures/plan-v2.json");
const V3: &str = include_str!("fixtures/plan-v3.json");
const V4: &str = include_str!("fixtures/plan-v4.json");
const V5: &str = include_str!("fixtures/plan-v5.json");
const V6: &str = include_str!("fixtures/plan-v6.json");
const V7: &str = include_str!("fixtures/plan-v7.json");
const V8: &str = include_str!("fixtures/plan-v8.json");

#[test]
fn the_frozen_v1_plan_opens_at_the_current_schema() {
    let plan = parse_plan(V1).expect("a v1 plan always opens");
    assert_eq!(plan.schema, CURRENT_SCHEMA);
    assert_eq!(plan.id, "example-fraud-ko");
    assert_eq!(plan.title, "결제 사기 탐지");
    assert_eq!(plan.feasibility.catastrophic.value, Some(Tri::No));
    assert_eq!(plan.goals.strategy, Some(ObjectiveStrategy::CombinedLoss));
    assert!(plan.goals.objectives.iter().any(|o| o.label_scenario == Some(LabelScenario::Proxy)));
    // The label-problems question came after schema 1 was frozen: it opens unanswered, so the
    // feasibility step asks for that one answer and every other step stays complete.
    assert_eq!(plan.feasibility.label_issues.value, None);
    assert_eq!(plan.completed_steps().len(), 8);
    assert!(!plan.completed_steps().contains(&mlplan::plan::Step::Feasibility));
}

#[test]
fn the_fixture_is_really_schema_1() {
    let value: serde_json::Value = serde_json::from_str(V1).unwrap();
    assert_eq!(value["schema"], 1);
}

#[test]
fn the_frozen_v2_plan_opens_with_its_blend() {
    let value: serde_json::Value = serde_json::from_str(V2).unwrap();
    assert_eq!(value["schema"], 2);
    let plan = parse_plan(V2).expect("a v2 plan always opens");
    assert_eq!(plan.schema, CURRENT_SCHEMA);
    assert_eq!(plan.goals.objectives.len(), 4);
    assert_eq!(plan.goals.blend_items.len(), 6);
    assert!(plan.goals.blend_items.iter().all(|i| i.scores.len() == 4));
}

#[test]
fn a_v1_plan_gains_an_empty_blend() {
    let plan = parse_plan(V1).unwrap();
    assert!(plan.goals.blend_items.is_empty());
}

#[test]
fn the_frozen_v3_plan_opens_with_its_currency() {
    let value: serde_json::Value = serde_json::from_str(V3).unwrap();
    assert_eq!(value["schema"], 3);
    let plan = parse_plan(V3).expect("a v3 plan always opens");
    assert_eq!(plan.currency, Some(Currency::Krw));
    assert_eq!(parse_plan(V2).unwrap().currency, None, "older plans have no currency");
}

#[test]
fn the_frozen_v4_plan_opens_with_its_experiment_design() {
    let value: serde_json::Value = serde_json::from_str(V4).unwrap();
    assert_eq!(value["schema"], 4);
    let plan = parse_plan(V4).expect("a v4 plan always opens");
    assert_eq!(plan.abtest.formula, mlplan::calc::abtest::Formula::Pooled);
    assert!(plan.abtest.continuity);
    assert_eq!(plan.abtest.srm_counts, vec![Some(50_000.0), Some(50_800.0)]);
    let older = parse_plan(V3).unwrap();
    assert_eq!(older.abtest.formula, mlplan::calc::abtest::Formula::EvanMiller, "older plans keep Evan Miller's");
}

#[test]
fn the_frozen_v5_plan_opens_with_its_guardrail() {
    let value: serde_json::Value = serde_json::from_str(V5).unwrap();
    assert_eq!(value["schema"], 5);
    assert_eq!(parse_plan(V5).expect("a v5 plan always opens").abtest.guardrail, "Refund rate");
    assert_eq!(parse_plan(V4).unwrap().abtest.guardrail, "", "older plans have none");
}

#[test]
fn the_frozen_v6_plan_opens_with_its_variants() {
    let value: serde_json::Value = serde_json::from_str(V6).unwrap();
    assert_eq!(value["schema"], 6);
    let plan = parse_plan(V6).expect("a v6 plan always opens");
    assert_eq!(
        (plan.abtest.variants, plan.abtest.correction, plan.abtest.one_sided),
        (Some(3.0), mlplan::calc::abtest::Correction::Sidak, true)
    );
    let older = parse_plan(V5).unwrap();
    assert_eq!((older.abtest.variants, older.abtest.one_sided), (None, false), "older plans: two variants, two-sided");
}

#[test]
fn the_frozen_v7_plan_opens_with_its_error_calculator() {
    let value: serde_json::Value = serde_json::from_str(V7).unwrap();
    assert_eq!(value["schema"], 7);
    let plan = parse_plan(V7).expect("a v7 plan always opens");
    assert_eq!(plan.errors.tolerance, Some(0.1));
    assert_eq!((plan.errors.guard.floor, plan.errors.guard.rule_multiple), (Some(3800.0), Some(3.0)));
    let result = plan.errors.result.expect("the saved figures");
    assert_eq!((result.rows, result.r2), (48210, Some(0.91)));
    assert_eq!((plan.drift.measure, plan.drift.limit), (mlplan::plan::DriftMeasure::Ks, Some(0.08)));
    assert_eq!(plan.drift.result.expect("the saved drift figures").current_rows, 9120);
    let older = parse_plan(V6).unwrap();
    assert!(older.errors.guard.is_empty() && older.errors.result.is_none(), "older plans: no guard, no figures");
    assert!(older.drift.is_unused(), "older plans: no drift check");
}

#[test]
fn the_frozen_v8_plan_opens_with_its_origin_and_assignment() {
    let value: serde_json::Value = serde_json::from_str(V8).unwrap();
    assert_eq!(value["schema"], 8);
    let plan = parse_plan(V8).expect("a v8 plan always opens");
    let origin = plan.origin.expect("the example it started from");
    assert_eq!((origin.key.as_str(), origin.lang), ("fare", mlplan::lang::Lang::Ko));
    assert_eq!(plan.assignment.due, "2026-12-18");
    assert!(plan.assignment.task.contains("특별 미션"));
    let older = parse_plan(V7).unwrap();
    assert!(older.origin.is_none() && older.assignment.is_empty(), "older plans: no origin, no assignment");
}
