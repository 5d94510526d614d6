use super::*;
use crate::plan::{
    Answer, DataSource, FeasibilitySection, LabelScenario as L, MetricLink, Objective, ObjectiveStrategy as S, Risk,
};

/// A finished, sensible plan: the review must find nothing in it.
fn sound() -> Plan {
    let mut p = Plan::new("t", "Feed ranking", 0);
    p.problem.statement = "Users leave because the feed shows click-bait.".into();
    p.problem.who = "readers".into();
    p.problem.value = "Higher revisit rate".into();
    let yes = || Answer { value: Some(Tri::Yes), note: String::new() };
    let no = || Answer { value: Some(Tri::No), note: String::new() };
    p.feasibility = FeasibilitySection {
        pattern: yes(),
        objective: yes(),
        complexity: yes(),
        data: yes(),
        repetition: yes(),
        unethical: no(),
        simple: no(),
        bad_data: no(),
        label_issues: no(),
        catastrophic: no(),
        explain_all: no(),
        not_cost_effective: no(),
    };
    p.goals.goal = "Maximise engagement while minimising misinformation".into();
    p.goals.objectives = vec![objective("quality", 0.4), objective("engagement", 0.6)];
    p.goals.strategy = Some(S::SeparateModels);
    p.data.sources =
        vec![DataSource { name: "click logs".into(), privacy: "pseudonymised".into(), ..Default::default() }];
    p.constraints.schedule = "3 months".into();
    p.constraints.risks = vec![Risk {
        risk: "drift".into(),
        likelihood: Some(3),
        impact: Some(3),
        mitigation: "weekly check".into(),
        owner: "Mina".into(),
    }];
    p.threshold.threshold = Some(0.7);
    p.threshold.cost_false_positive = Some(1.0);
    p.threshold.cost_false_negative = Some(5.0);
    p.baseline.kind = Some(BaselineKind::SimpleModel);
    p.baseline.score = "CTR 3.1%".into();
    p.baseline.margin = "+0.3 pt".into();
    p.metrics.links =
        vec![MetricLink { business_metric: "revisit rate".into(), model_metric: "NDCG".into(), ..Default::default() }];
    p.monitoring.watched = "CTR, share of flagged posts".into();
    p.monitoring.retrain_trigger = "CTR drops 10% for a week".into();
    p.canvas.prediction_out = "ranked feed shown to readers".into();
    p
}

fn objective(name: &str, weight: f64) -> Objective {
    Objective {
        name: name.into(),
        metric: "precision".into(),
        label_scenario: Some(L::Labelled),
        weight: Some(weight),
        ..Default::default()
    }
}

fn fired(p: &Plan) -> Vec<&'static str> {
    review(p).iter().map(|f| f.rule).collect()
}

fn mutated(change: fn(&mut Plan)) -> Plan {
    let mut p = sound();
    change(&mut p);
    p
}

/// A rule id and a change to the sound plan.
type Case = (&'static str, fn(&mut Plan));

/// For every rule, a change to the sound plan that triggers it.
const TRIGGERS: &[Case] = &[
    ("problem_statement_empty", |p| p.problem.statement = "  ".into()),
    ("problem_value_missing", |p| p.problem.value.clear()),
    ("verdict_not_advisable", |p| p.feasibility.unethical.value = Some(Tri::Yes)),
    ("feasibility_open", |p| p.feasibility.data.value = Some(Tri::Unsure)),
    ("goal_missing", |p| p.goals.goal.clear()),
    ("objectives_missing", |p| p.goals.objectives.clear()),
    ("objective_without_metric", |p| p.goals.objectives[1].metric.clear()),
    ("objective_without_label_scenario", |p| p.goals.objectives[0].label_scenario = None),
    ("proxy_label_without_note", |p| p.goals.objectives[0].label_scenario = Some(L::Proxy)),
    ("strategy_missing", |p| p.goals.strategy = None),
    ("combined_loss_without_weights", |p| {
        p.goals.strategy = Some(S::CombinedLoss);
        p.goals.objectives[0].weight = None;
    }),
    ("separate_models_without_weights", |p| p.goals.objectives[1].weight = None),
    ("weights_not_normalised", |p| p.goals.objectives[1].weight = Some(2.0)),
    ("data_missing", |p| p.data.sources.clear()),
    ("label_plan_missing", |p| p.goals.objectives[0].label_scenario = Some(L::NoData)),
    ("source_privacy_unstated", |p| p.data.sources[0].privacy.clear()),
    ("catastrophic_without_guards", |p| p.feasibility.catastrophic.value = Some(Tri::Yes)),
    ("explain_all_without_interpretability", |p| p.feasibility.explain_all.value = Some(Tri::Yes)),
    ("schedule_missing", |p| p.constraints.schedule.clear()),
    ("risk_register_empty", |p| p.constraints.risks.clear()),
    ("risk_without_mitigation", |p| p.constraints.risks[0].mitigation.clear()),
    ("severe_risk_without_owner", |p| p.constraints.risks[0].owner.clear()),
    ("threshold_without_costs", |p| p.threshold.cost_false_negative = None),
    ("baseline_missing", |p| p.baseline.kind = None),
    ("rules_first_without_rule_baseline", |p| p.feasibility.data.value = Some(Tri::No)),
    ("baseline_without_score", |p| p.baseline.score.clear()),
    ("baseline_without_margin", |p| p.baseline.margin.clear()),
    ("metric_links_missing", |p| p.metrics.links.clear()),
    ("business_metric_unlinked", |p| p.metrics.links[0].model_metric.clear()),
    ("monitoring_nothing_watched", |p| p.monitoring.watched.clear()),
    ("retrain_trigger_missing", |p| p.monitoring.retrain_trigger.clear()),
    ("prediction_use_missing", |p| p.canvas.prediction_out.clear()),
];

/// For every rule, a change close to its trigger that must not fire it.
const NEAR_MISSES: &[Case] = &[
    ("problem_statement_empty", |p| p.problem.who.clear()),
    ("problem_value_missing", |p| p.problem.value = "fewer refunds".into()),
    ("verdict_not_advisable", |p| p.feasibility.data.value = Some(Tri::No)),
    ("feasibility_open", |p| p.feasibility.data.note = "unsure about freshness".into()),
    ("goal_missing", |p| p.goals.objectives.clear()),
    ("objectives_missing", |p| p.goals.objectives.truncate(1)),
    ("objective_without_metric", |p| p.goals.objectives[1].target.clear()),
    ("objective_without_label_scenario", |p| p.goals.objectives[0].label_scenario = Some(L::Unlabelled)),
    ("proxy_label_without_note", |p| {
        p.goals.objectives[0].label_scenario = Some(L::Proxy);
        p.goals.objectives[0].label_note = "plays and skips".into();
    }),
    ("strategy_missing", |p| {
        p.goals.strategy = None;
        p.goals.objectives.truncate(1);
    }),
    ("combined_loss_without_weights", |p| {
        p.goals.strategy = Some(S::CombinedLoss);
        p.goals.objectives.truncate(1);
        p.goals.objectives[0].weight = None;
    }),
    ("separate_models_without_weights", |p| p.goals.strategy = Some(S::CombinedLoss)),
    ("weights_not_normalised", |p| p.goals.objectives[1].weight = Some(0.605)),
    ("data_missing", |p| {
        p.data.sources.clear();
        p.data.collection_plan = "log clicks for 4 weeks".into();
    }),
    ("label_plan_missing", |p| {
        p.goals.objectives[0].label_scenario = Some(L::Unlabelled);
        p.data.collection_plan = "two annotators label 5,000 posts".into();
    }),
    ("source_privacy_unstated", |p| p.data.sources[0].owner.clear()),
    ("catastrophic_without_guards", |p| {
        p.feasibility.catastrophic.value = Some(Tri::Yes);
        p.constraints.guards = "cap scores; human review above 0.99".into();
    }),
    ("explain_all_without_interpretability", |p| {
        p.feasibility.explain_all.value = Some(Tri::Yes);
        p.constraints.interpretability = "reason codes for the moderators".into();
    }),
    ("schedule_missing", |p| p.constraints.budget.clear()),
    ("risk_register_empty", |p| p.constraints.risks[0].risk.clear()),
    ("risk_without_mitigation", |p| p.constraints.risks[0].owner = "Jun".into()),
    ("severe_risk_without_owner", |p| {
        p.constraints.risks[0].owner.clear();
        p.constraints.risks[0].impact = Some(2);
    }),
    ("threshold_without_costs", |p| {
        p.threshold.threshold = None;
        p.threshold.cost_false_negative = None;
    }),
    ("baseline_missing", |p| {
        p.baseline.kind = None;
        p.constraints.compared_with = "the editors' picks".into();
    }),
    ("rules_first_without_rule_baseline", |p| {
        p.feasibility.data.value = Some(Tri::No);
        p.baseline.kind = Some(BaselineKind::RuleBased);
    }),
    ("baseline_without_score", |p| p.baseline.margin.clear()),
    ("baseline_without_margin", |p| p.baseline.prototype_tool.clear()),
    ("metric_links_missing", |p| p.metrics.links[0].direction = None),
    ("business_metric_unlinked", |p| p.metrics.links[0].business_metric.clear()),
    ("monitoring_nothing_watched", |p| p.monitoring.alerts.clear()),
    ("retrain_trigger_missing", |p| {
        p.monitoring.watched.clear();
        p.monitoring.retrain_trigger.clear();
    }),
    ("prediction_use_missing", |p| p.canvas.data_in.clear()),
];

#[test]
fn a_sound_plan_has_no_findings() {
    assert_eq!(fired(&sound()), Vec::<&str>::new());
}

#[test]
fn every_rule_has_a_trigger_and_a_near_miss() {
    for r in &RULES {
        assert!(TRIGGERS.iter().any(|(id, _)| *id == r.id), "no trigger for {}", r.id);
        assert!(NEAR_MISSES.iter().any(|(id, _)| *id == r.id), "no near miss for {}", r.id);
    }
    assert_eq!(TRIGGERS.len(), RULES.len());
    assert_eq!(NEAR_MISSES.len(), RULES.len());
}

#[test]
fn every_rule_fires_on_its_trigger() {
    for (id, change) in TRIGGERS {
        assert!(fired(&mutated(*change)).contains(id), "{id} did not fire");
    }
}

#[test]
fn no_rule_fires_on_its_near_miss() {
    for (id, change) in NEAR_MISSES {
        assert!(!fired(&mutated(*change)).contains(id), "{id} fired on its near miss");
    }
}

#[test]
fn rule_ids_are_unique_and_known() {
    for (i, r) in RULES.iter().enumerate() {
        assert!(RULES[..i].iter().all(|o| o.id != r.id), "duplicate {}", r.id);
        assert_eq!(rule(r.id).map(|x| x.id), Some(r.id));
    }
    assert!(rule("nope").is_none());
}

#[test]
fn catalogue_is_in_lifecycle_order() {
    let numbers: Vec<usize> = RULES.iter().map(|r| r.step.number()).collect();
    assert!(numbers.windows(2).all(|w| w[0] <= w[1]), "{numbers:?}");
}

#[test]
fn every_message_reads_in_both_languages() {
    for (id, change) in TRIGGERS {
        let p = mutated(*change);
        let f = review(&p).into_iter().find(|f| f.rule == *id).unwrap();
        let (en, ko) = (f.message(Lang::En), f.message(Lang::Ko));
        assert!(en.len() > 20 && ko.len() > 20, "{id}");
        assert_ne!(en, ko, "{id}");
        assert!(!en.contains("()") && !ko.contains("()") && !en.contains(": ."), "{id} lost its values: {en}");
    }
}

#[test]
fn severity_slugs_and_labels() {
    let slugs: Vec<&str> = Severity::ALL.iter().map(|s| s.slug()).collect();
    assert_eq!(slugs, ["error", "warning", "info"]);
    for s in Severity::ALL {
        assert_ne!(s.label(Lang::En), s.label(Lang::Ko));
    }
}

#[test]
fn findings_are_ordered_by_step_then_severity() {
    let mut p = sound();
    p.canvas.prediction_out.clear();
    p.problem.value.clear();
    p.problem.statement.clear();
    p.baseline.score.clear();
    p.baseline.kind = None;
    p.constraints.compared_with = "human editors".into();
    let order: Vec<(&str, Severity)> = review(&p).iter().map(|f| (f.step.slug(), f.severity)).collect();
    assert_eq!(
        order,
        [
            ("problem", Severity::Error),
            ("problem", Severity::Warning),
            ("baseline", Severity::Warning),
            ("business", Severity::Info),
        ]
    );
}

#[test]
fn an_empty_plan_gets_a_short_list_grouped_by_section() {
    let found = review(&Plan::new("e", "", 0));
    let ids: Vec<&str> = found.iter().map(|f| f.rule).collect();
    assert!(found.len() <= 15, "{ids:?}");
    for id in ["problem_statement_empty", "goal_missing", "data_missing", "baseline_missing", "feasibility_open"] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    for id in ["retrain_trigger_missing", "baseline_without_score", "verdict_not_advisable"] {
        assert!(!ids.contains(&id), "{id} is noise on an empty plan");
    }
}

#[test]
fn item_messages_name_the_entries_or_number_them() {
    let mut p = sound();
    p.goals.objectives[0].metric.clear();
    p.goals.objectives[1].metric.clear();
    p.goals.objectives[1].name.clear();
    let f = review(&p).into_iter().find(|f| f.rule == "objective_without_metric").unwrap();
    let en = f.message(Lang::En);
    assert!(en.contains("“quality”") && en.contains("objective 2"), "{en}");
    assert!(f.message(Lang::Ko).contains("세부 목표 2"));
    let Detail::Items(items) = &f.detail else { panic!("items expected") };
    assert_eq!(items.iter().map(|i| i.index).collect::<Vec<_>>(), [0, 1]);
}

#[test]
fn not_advisable_message_names_its_causes() {
    let f = review(&mutated(|p| p.feasibility.pattern.value = Some(Tri::No)))
        .into_iter()
        .find(|f| f.rule == "verdict_not_advisable")
        .unwrap();
    assert_eq!(f.detail, Detail::Questions(vec![Question::Pattern]));
    assert!(f.message(Lang::Ko).contains(Question::Pattern.label(Lang::Ko)));
}

#[test]
fn numbers_print_without_trailing_zeros() {
    let f = review(&mutated(|p| p.threshold.cost_false_positive = None))
        .into_iter()
        .find(|f| f.rule == "threshold_without_costs")
        .unwrap();
    assert!(f.message(Lang::En).contains("threshold of 0.7 is"), "{}", f.message(Lang::En));
    let w = review(&mutated(|p| p.goals.objectives[1].weight = Some(1.25)))
        .into_iter()
        .find(|f| f.rule == "weights_not_normalised")
        .unwrap();
    assert!(w.message(Lang::En).contains("1.65"), "{}", w.message(Lang::En));
}

#[test]
fn weights_are_only_summed_when_all_are_given() {
    let p = mutated(|p| p.goals.objectives[1].weight = None);
    assert!(!fired(&p).contains(&"weights_not_normalised"));
}

#[test]
fn one_open_question_reads_in_the_singular() {
    let f = review(&mutated(|p| p.feasibility.data.value = None)).into_iter().find(|f| f.rule == "feasibility_open");
    let en = f.unwrap().message(Lang::En);
    assert!(en.starts_with("1 of 12 feasibility questions is unanswered") && en.contains("until it is"), "{en}");
}
