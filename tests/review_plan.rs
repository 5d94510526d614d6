//! The review through the public API, on a plan read from JSON the way a shared link or a file
//! delivers it.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::i18n::Lang;
use mlplan::plan::parse_plan;
use mlplan::review::{review, verdict, Action, Severity, VerdictKind};

/// A finished card-fraud plan in Korean, with a catastrophic-error answer and its guard.
const FRAUD: &str = r#"{
  "schema": 1, "id": "fraud", "title": "카드 사기 탐지",
  "problem": { "statement": "카드 결제 사기를 사후에야 발견한다", "who": "결제 리스크팀", "value": "차지백 손실 감소" },
  "feasibility": {
    "pattern": {"value": "yes"}, "objective": {"value": "yes"}, "complexity": {"value": "yes"},
    "data": {"value": "yes"}, "repetition": {"value": "yes"}, "unethical": {"value": "no"},
    "simple": {"value": "no"}, "bad_data": {"value": "no"}, "label_issues": {"value": "yes"},
    "catastrophic": {"value": "yes"},
    "explain_all": {"value": "no"}, "not_cost_effective": {"value": "no"}
  },
  "goals": {
    "goal": "고객 불편은 줄이면서 사기 손실을 최소화",
    "objectives": [{ "name": "사기 거래 탐지", "metric": "재현율", "label_scenario": "labelled" }]
  },
  "data": { "sources": [{ "name": "승인 로그", "privacy": "카드번호 토큰화" }] },
  "constraints": {
    "schedule": "1분기", "risks": [{ "risk": "사기 수법 변화", "likelihood": 3, "impact": 3,
      "mitigation": "주간 재학습", "owner": "리스크팀" }],
    "guards": "고액 거래 차단은 사람 검토 후 확정"
  },
  "threshold": { "threshold": 0.8, "cost_false_positive": 3000, "cost_false_negative": 250000 },
  "baseline": { "kind": "rule_based", "description": "기존 룰 엔진", "score": "재현율 0.41", "margin": "+0.1" },
  "metrics": { "links": [{ "business_metric": "차지백 손실", "model_metric": "재현율", "direction": "down" }] },
  "monitoring": { "watched": "일별 재현율", "retrain_trigger": "재현율 0.05 하락" },
  "canvas": { "prediction_out": "결제 승인 보류" }
}"#;

#[test]
fn a_finished_plan_from_json_reaches_zero_findings() {
    let plan = parse_plan(FRAUD).expect("valid plan");
    let found = review(&plan);
    assert!(found.is_empty(), "{:?}", found.iter().map(|f| f.rule).collect::<Vec<_>>());

    let v = verdict(&plan.feasibility);
    assert_eq!(v.kind.slug(), "fits");
    assert!(v.actions.contains(&Action::AddGuards), "a catastrophic error still asks for guards");
}

#[test]
fn removing_the_guard_is_an_error_pointing_at_constraints() {
    let mut plan = parse_plan(FRAUD).unwrap();
    plan.constraints.guards.clear();
    let found = review(&plan);
    assert_eq!(found.len(), 1);
    let f = &found[0];
    assert_eq!((f.rule, f.severity.slug(), f.step.slug()), ("catastrophic_without_guards", "error", "constraints"));
    assert!(f.message(Lang::Ko).contains("안전장치"));
}

#[test]
fn an_unethical_answer_makes_the_plan_not_advisable() {
    let mut plan = parse_plan(FRAUD).unwrap();
    plan.feasibility.unethical.value = Some(mlplan::plan::Tri::Yes);
    assert_eq!(verdict(&plan.feasibility).kind, VerdictKind::NotAdvisable);
    assert!(review(&plan).iter().any(|f| f.rule == "verdict_not_advisable" && f.severity == Severity::Error));
}
