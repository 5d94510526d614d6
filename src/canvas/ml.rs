//! The Machine Learning Canvas (after Louis Dorard), generated from the plan.
//!
//! The canvas has no fields of its own: every box is filled from answers the person already gave
//! in the lifecycle steps, so editing a step updates the canvas and nothing is typed twice. The
//! mapping, one row per box (each plan field feeds exactly one box):
//!
//! | Box | Fed by |
//! |---|---|
//! | Value proposition | `problem.who`, `problem.value` |
//! | Prediction task | `goals.goal`, each objective's `name` |
//! | Decisions | `canvas.prediction_out`, `constraints.threshold_policy` |
//! | Impact simulation | `metrics.links` (business metric and model metric), `baseline.margin` |
//! | Making predictions | `constraints.speed_accuracy`, `constraints.technical` |
//! | Data collection | `data.collection_plan`, `metrics.label_inference` |
//! | Data sources | each of `data.sources` (its name), `canvas.data_in` |
//! | Building models | each objective's `cadence`, `goals.strategy_note` |
//! | Features | `monitoring.basis`, `monitoring.failing_features` |
//! | Monitoring | `monitoring.watched`, `monitoring.alerts`, `monitoring.retrain_trigger` |
//!
//! A box with nothing filled in is flagged, and names the step that fills it ([`MlBox::step`]).

use crate::i18n::PageMsg;
use crate::plan::{Plan, Step};

/// One box of the Machine Learning Canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MlBox {
    ValueProposition,
    PredictionTask,
    Decisions,
    ImpactSimulation,
    MakingPredictions,
    DataCollection,
    DataSources,
    BuildingModels,
    Features,
    Monitoring,
}

/// A plan field that feeds the Machine Learning Canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    ProblemWho,
    ProblemValue,
    Goal,
    ObjectiveNames,
    PredictionOut,
    ThresholdPolicy,
    MetricLinks,
    BaselineMargin,
    SpeedAccuracy,
    Technical,
    CollectionPlan,
    LabelInference,
    SourceNames,
    DataIn,
    ObjectiveCadences,
    StrategyNote,
    Basis,
    FailingFeatures,
    Watched,
    Alerts,
    RetrainTrigger,
}

impl MlBox {
    /// Every box, in reading order of the printed canvas (top row, middle row, bottom).
    pub const ALL: [MlBox; 10] = [
        MlBox::PredictionTask,
        MlBox::Decisions,
        MlBox::ValueProposition,
        MlBox::DataCollection,
        MlBox::DataSources,
        MlBox::ImpactSimulation,
        MlBox::MakingPredictions,
        MlBox::BuildingModels,
        MlBox::Features,
        MlBox::Monitoring,
    ];

    /// Stable key: the `data-box` value and the layout area name.
    pub fn key(self) -> &'static str {
        match self {
            MlBox::ValueProposition => "value_proposition",
            MlBox::PredictionTask => "prediction_task",
            MlBox::Decisions => "decisions",
            MlBox::ImpactSimulation => "impact_simulation",
            MlBox::MakingPredictions => "making_predictions",
            MlBox::DataCollection => "data_collection",
            MlBox::DataSources => "data_sources",
            MlBox::BuildingModels => "building_models",
            MlBox::Features => "features",
            MlBox::Monitoring => "monitoring",
        }
    }

    pub fn name(self) -> PageMsg {
        match self {
            MlBox::ValueProposition => PageMsg::MlcValueProposition,
            MlBox::PredictionTask => PageMsg::MlcPredictionTask,
            MlBox::Decisions => PageMsg::MlcDecisions,
            MlBox::ImpactSimulation => PageMsg::MlcImpactSimulation,
            MlBox::MakingPredictions => PageMsg::MlcMakingPredictions,
            MlBox::DataCollection => PageMsg::MlcDataCollection,
            MlBox::DataSources => PageMsg::MlcDataSources,
            MlBox::BuildingModels => PageMsg::MlcBuildingModels,
            MlBox::Features => PageMsg::MlcFeatures,
            MlBox::Monitoring => PageMsg::MlcMonitoring,
        }
    }

    /// What the box asks.
    pub fn prompt(self) -> PageMsg {
        match self {
            MlBox::ValueProposition => PageMsg::MlcValuePropositionPrompt,
            MlBox::PredictionTask => PageMsg::MlcPredictionTaskPrompt,
            MlBox::Decisions => PageMsg::MlcDecisionsPrompt,
            MlBox::ImpactSimulation => PageMsg::MlcImpactSimulationPrompt,
            MlBox::MakingPredictions => PageMsg::MlcMakingPredictionsPrompt,
            MlBox::DataCollection => PageMsg::MlcDataCollectionPrompt,
            MlBox::DataSources => PageMsg::MlcDataSourcesPrompt,
            MlBox::BuildingModels => PageMsg::MlcBuildingModelsPrompt,
            MlBox::Features => PageMsg::MlcFeaturesPrompt,
            MlBox::Monitoring => PageMsg::MlcMonitoringPrompt,
        }
    }

    /// The plan fields that fill this box, in the order their texts appear.
    pub fn fed_by(self) -> &'static [Field] {
        use Field::*;
        match self {
            MlBox::ValueProposition => &[ProblemWho, ProblemValue],
            MlBox::PredictionTask => &[Goal, ObjectiveNames],
            MlBox::Decisions => &[PredictionOut, ThresholdPolicy],
            MlBox::ImpactSimulation => &[MetricLinks, BaselineMargin],
            MlBox::MakingPredictions => &[SpeedAccuracy, Technical],
            MlBox::DataCollection => &[CollectionPlan, LabelInference],
            MlBox::DataSources => &[SourceNames, DataIn],
            MlBox::BuildingModels => &[ObjectiveCadences, StrategyNote],
            MlBox::Features => &[Basis, FailingFeatures],
            MlBox::Monitoring => &[Watched, Alerts, RetrainTrigger],
        }
    }

    /// The step to open when the box is empty: where its first field is asked.
    pub fn step(self) -> Step {
        self.fed_by()[0].step()
    }

    /// Every step whose answers appear in this box, without repeats, in lifecycle order.
    pub fn steps(self) -> Vec<Step> {
        Step::ALL.into_iter().filter(|s| self.fed_by().iter().any(|f| f.step() == *s)).collect()
    }
}

impl Field {
    /// Where the field lives in the plan, as written in the stored JSON.
    pub fn path(self) -> &'static str {
        match self {
            Field::ProblemWho => "problem.who",
            Field::ProblemValue => "problem.value",
            Field::Goal => "goals.goal",
            Field::ObjectiveNames => "goals.objectives[].name",
            Field::PredictionOut => "canvas.prediction_out",
            Field::ThresholdPolicy => "constraints.threshold_policy",
            Field::MetricLinks => "metrics.links[]",
            Field::BaselineMargin => "baseline.margin",
            Field::SpeedAccuracy => "constraints.speed_accuracy",
            Field::Technical => "constraints.technical",
            Field::CollectionPlan => "data.collection_plan",
            Field::LabelInference => "metrics.label_inference",
            Field::SourceNames => "data.sources[].name",
            Field::DataIn => "canvas.data_in",
            Field::ObjectiveCadences => "goals.objectives[].cadence",
            Field::StrategyNote => "goals.strategy_note",
            Field::Basis => "monitoring.basis",
            Field::FailingFeatures => "monitoring.failing_features",
            Field::Watched => "monitoring.watched",
            Field::Alerts => "monitoring.alerts",
            Field::RetrainTrigger => "monitoring.retrain_trigger",
        }
    }

    /// The lifecycle step where the field is answered.
    pub fn step(self) -> Step {
        match self {
            Field::ProblemWho | Field::ProblemValue => Step::Problem,
            Field::Goal | Field::ObjectiveNames | Field::ObjectiveCadences | Field::StrategyNote => Step::Goals,
            Field::PredictionOut | Field::DataIn => Step::Business,
            Field::ThresholdPolicy | Field::SpeedAccuracy | Field::Technical => Step::Constraints,
            Field::MetricLinks | Field::LabelInference => Step::Metrics,
            Field::BaselineMargin => Step::Baseline,
            Field::CollectionPlan | Field::SourceNames => Step::Data,
            Field::Basis | Field::FailingFeatures | Field::Watched | Field::Alerts | Field::RetrainTrigger => {
                Step::Monitoring
            }
        }
    }

    /// The field's non-blank texts in `plan`: one for a text field, one per record for a list.
    pub fn texts(self, plan: &Plan) -> Vec<String> {
        let one = |s: &str| if s.trim().is_empty() { Vec::new() } else { vec![s.trim().to_string()] };
        let objectives = &plan.goals.objectives;
        match self {
            Field::ProblemWho => one(&plan.problem.who),
            Field::ProblemValue => one(&plan.problem.value),
            Field::Goal => one(&plan.goals.goal),
            Field::ObjectiveNames => objectives.iter().flat_map(|o| one(&o.name)).collect(),
            Field::PredictionOut => one(&plan.canvas.prediction_out),
            Field::ThresholdPolicy => one(&plan.constraints.threshold_policy),
            Field::MetricLinks => plan
                .metrics
                .links
                .iter()
                .filter_map(|l| match (l.model_metric.trim(), l.business_metric.trim()) {
                    ("", "") => None,
                    (m, "") => Some(m.to_string()),
                    ("", b) => Some(b.to_string()),
                    (m, b) => Some(format!("{m} → {b}")),
                })
                .collect(),
            Field::BaselineMargin => one(&plan.baseline.margin),
            Field::SpeedAccuracy => one(&plan.constraints.speed_accuracy),
            Field::Technical => one(&plan.constraints.technical),
            Field::CollectionPlan => one(&plan.data.collection_plan),
            Field::LabelInference => one(&plan.metrics.label_inference),
            Field::SourceNames => plan.data.sources.iter().flat_map(|s| one(&s.name)).collect(),
            Field::DataIn => one(&plan.canvas.data_in),
            Field::ObjectiveCadences => objectives
                .iter()
                .filter(|o| !o.cadence.trim().is_empty())
                .map(|o| match o.name.trim() {
                    "" => o.cadence.trim().to_string(),
                    name => format!("{name}: {}", o.cadence.trim()),
                })
                .collect(),
            Field::StrategyNote => one(&plan.goals.strategy_note),
            Field::Basis => one(&plan.monitoring.basis),
            Field::FailingFeatures => one(&plan.monitoring.failing_features),
            Field::Watched => one(&plan.monitoring.watched),
            Field::Alerts => one(&plan.monitoring.alerts),
            Field::RetrainTrigger => one(&plan.monitoring.retrain_trigger),
        }
    }
}

/// One box as filled from a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Filled {
    pub ml_box: MlBox,
    /// The texts in the box, each with the field it came from.
    pub items: Vec<(Field, String)>,
}

impl Filled {
    /// Nothing in the plan fills this box yet.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// Every box of the canvas filled from `plan`, in [`MlBox::ALL`] order.
pub fn fill(plan: &Plan) -> Vec<Filled> {
    MlBox::ALL.into_iter().map(|b| fill_box(plan, b)).collect()
}

pub fn fill_box(plan: &Plan, ml_box: MlBox) -> Filled {
    let items = ml_box.fed_by().iter().flat_map(|f| f.texts(plan).into_iter().map(move |t| (*f, t))).collect();
    Filled { ml_box, items }
}
