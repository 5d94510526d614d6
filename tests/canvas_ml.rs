//! The Machine Learning Canvas mapping: which plan field feeds which box, that an empty plan flags
//! every box, and that the worked examples fill every box.

use mlplan::canvas::ml::{self, Field, MlBox};
use mlplan::i18n::Lang;
use mlplan::plan::{examples, DataSource, MetricLink, Objective, Plan, Step};
use std::collections::HashSet;

fn empty() -> Plan {
    Plan::new("empty", "", 0)
}

/// Which boxes are filled in `plan`.
fn filled_boxes(plan: &Plan) -> Vec<MlBox> {
    ml::fill(plan).into_iter().filter(|b| !b.is_empty()).map(|b| b.ml_box).collect()
}

#[test]
fn an_empty_plan_flags_every_box_with_the_step_that_fills_it() {
    let boxes = ml::fill(&empty());
    assert_eq!(boxes.len(), 10);
    for b in &boxes {
        assert!(b.is_empty(), "{:?} should be empty", b.ml_box);
        assert!(b.ml_box.steps().contains(&b.ml_box.step()));
    }
    assert_eq!(MlBox::PredictionTask.step(), Step::Goals);
    assert_eq!(MlBox::DataSources.step(), Step::Data);
    assert_eq!(MlBox::Monitoring.step(), Step::Monitoring);
    assert_eq!(MlBox::ValueProposition.step(), Step::Problem);
}

#[test]
fn every_plan_field_feeds_exactly_one_box() {
    let mut seen = HashSet::new();
    for b in MlBox::ALL {
        assert!(!b.fed_by().is_empty(), "{b:?} has a source");
        for f in b.fed_by() {
            assert!(seen.insert(*f), "{f:?} feeds two boxes");
        }
    }
    assert_eq!(seen.len(), 21);
    let keys: HashSet<&str> = MlBox::ALL.iter().map(|b| b.key()).collect();
    assert_eq!(keys.len(), 10, "box keys are unique");
}

/// Sets one field of an empty plan and returns the plan.
fn with(field: Field) -> Plan {
    let mut p = empty();
    let text = "x".to_string();
    match field {
        Field::ProblemWho => p.problem.who = text,
        Field::ProblemValue => p.problem.value = text,
        Field::Goal => p.goals.goal = text,
        Field::ObjectiveNames => p.goals.objectives.push(Objective { name: text, ..Default::default() }),
        Field::ObjectiveCadences => p.goals.objectives.push(Objective { cadence: text, ..Default::default() }),
        Field::StrategyNote => p.goals.strategy_note = text,
        Field::PredictionOut => p.canvas.prediction_out = text,
        Field::DataIn => p.canvas.data_in = text,
        Field::ThresholdPolicy => p.constraints.threshold_policy = text,
        Field::SpeedAccuracy => p.constraints.speed_accuracy = text,
        Field::Technical => p.constraints.technical = text,
        Field::MetricLinks => p.metrics.links.push(MetricLink { model_metric: text, ..Default::default() }),
        Field::LabelInference => p.metrics.label_inference = text,
        Field::BaselineMargin => p.baseline.margin = text,
        Field::CollectionPlan => p.data.collection_plan = text,
        Field::SourceNames => p.data.sources.push(DataSource { name: text, ..Default::default() }),
        Field::Basis => p.monitoring.basis = text,
        Field::FailingFeatures => p.monitoring.failing_features = text,
        Field::Watched => p.monitoring.watched = text,
        Field::Alerts => p.monitoring.alerts = text,
        Field::RetrainTrigger => p.monitoring.retrain_trigger = text,
    }
    p
}

#[test]
fn each_field_fills_its_own_box_and_no_other() {
    for b in MlBox::ALL {
        for f in b.fed_by() {
            let plan = with(*f);
            assert_eq!(filled_boxes(&plan), vec![b], "{} ({f:?})", f.path());
            let filled = ml::fill_box(&plan, b);
            assert_eq!(filled.items, vec![(*f, "x".to_string())], "{}", f.path());
        }
    }
}

#[test]
fn the_documented_mapping_names_real_plan_fields() {
    let json: serde_json::Value = serde_json::to_value(examples::build("eta", Lang::En).unwrap()).unwrap();
    for b in MlBox::ALL {
        for f in b.fed_by() {
            let mut at = &json;
            for part in f.path().split('.') {
                let (key, list) = part.strip_suffix("[]").map_or((part, false), |k| (k, true));
                at = &at[key];
                if list {
                    at = &at[0];
                }
                assert!(!at.is_null(), "{} is not in a stored plan", f.path());
            }
        }
    }
}

#[test]
fn list_fields_give_one_text_per_record() {
    let mut p = empty();
    p.goals.objectives = vec![
        Objective { name: "ETA".into(), cadence: "weekly".into(), ..Default::default() },
        Objective { name: " ".into(), cadence: "monthly".into(), ..Default::default() },
        Objective { name: "Accept".into(), ..Default::default() },
    ];
    p.metrics.links.push(MetricLink { business_metric: "wait".into(), model_metric: "MAE".into(), direction: None });
    assert_eq!(Field::ObjectiveNames.texts(&p), ["ETA", "Accept"]);
    assert_eq!(Field::ObjectiveCadences.texts(&p), ["ETA: weekly", "monthly"]);
    assert_eq!(Field::MetricLinks.texts(&p), ["MAE → wait"]);
}

#[test]
fn every_example_fills_every_box() {
    for plan in examples::all() {
        for b in ml::fill(&plan) {
            assert!(!b.is_empty(), "{}: {:?} is empty", plan.id, b.ml_box);
        }
    }
}

#[test]
fn the_ride_hailing_example_draws_on_its_steps() {
    let plan = examples::build("eta", Lang::En).unwrap();
    let sources = ml::fill_box(&plan, MlBox::DataSources);
    assert_eq!(sources.items.len(), plan.data.sources.len() + 1, "each source, then the data-in answer");
    assert_eq!(sources.items[0].1, plan.data.sources[0].name);
    let task = ml::fill_box(&plan, MlBox::PredictionTask);
    assert_eq!(task.items[0], (Field::Goal, plan.goals.goal.clone()));
    assert_eq!(task.items.len(), 1 + plan.goals.objectives.len());
    let decisions = ml::fill_box(&plan, MlBox::Decisions);
    assert_eq!(decisions.items[0].1, plan.canvas.prediction_out);
}
