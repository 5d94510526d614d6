//! The typed section of each lifecycle step. Text fields are free text; choices are enums that
//! serialise as snake_case words so stored JSON stays readable.

use serde::{Deserialize, Serialize};

use crate::calc::threshold::ScoreSummary;

/// Step 1: what problem, whose, handled how today, worth what.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProblemSection {
    pub statement: String,
    pub who: String,
    pub current_handling: String,
    pub value: String,
    /// The classroom exercise: a problem from daily life.
    pub exercise_problem: String,
    /// The classroom exercise: the impact had a company used the model.
    pub exercise_impact: String,
}

/// An answer to one feasibility question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tri {
    Yes,
    No,
    Unsure,
}

/// An answer and the reason behind it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    pub value: Option<Tri>,
    pub note: String,
}

/// Step 2: five signals that ML fits and seven red flags, keyed as in the lecture (the seventh,
/// label problems, splits "the labels are biased or late" from "good data is hard to get").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FeasibilitySection {
    pub pattern: Answer,
    pub objective: Answer,
    pub complexity: Answer,
    pub data: Answer,
    pub repetition: Answer,
    pub unethical: Answer,
    pub simple: Answer,
    pub bad_data: Answer,
    pub label_issues: Answer,
    pub catastrophic: Answer,
    pub explain_all: Answer,
    pub not_cost_effective: Answer,
}

impl FeasibilitySection {
    /// Every question with its answer, signals first, in the lecture's order.
    pub fn answers(&self) -> [(&'static str, &Answer); 12] {
        [
            ("pattern", &self.pattern),
            ("objective", &self.objective),
            ("complexity", &self.complexity),
            ("data", &self.data),
            ("repetition", &self.repetition),
            ("unethical", &self.unethical),
            ("simple", &self.simple),
            ("bad_data", &self.bad_data),
            ("label_issues", &self.label_issues),
            ("catastrophic", &self.catastrophic),
            ("explain_all", &self.explain_all),
            ("not_cost_effective", &self.not_cost_effective),
        ]
    }
}

/// Where an objective's labels come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelScenario {
    Labelled,
    Proxy,
    Unlabelled,
    NoData,
}

/// How several objectives are trained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ObjectiveStrategy {
    /// One model, one loss that adds the objectives' losses.
    CombinedLoss,
    /// One model per objective, outputs blended by weights.
    SeparateModels,
}

/// The currency a plan's costs are in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Currency {
    /// South Korean won, shown without decimals.
    Krw,
    /// US dollar.
    Usd,
    /// Euro.
    Eur,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::Krw, Currency::Usd, Currency::Eur];

    pub fn symbol(self) -> &'static str {
        match self {
            Currency::Krw => "₩",
            Currency::Usd => "$",
            Currency::Eur => "€",
        }
    }

    /// Decimals an amount is shown with: the won has no minor unit in use.
    pub fn decimals(self) -> usize {
        match self {
            Currency::Krw => 0,
            Currency::Usd | Currency::Eur => 2,
        }
    }
}

/// One concrete objective under the goal.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Objective {
    pub name: String,
    pub metric: String,
    /// The loss or the target value it is optimised toward.
    pub target: String,
    /// How often the model behind it must be updated.
    pub cadence: String,
    pub owner: String,
    pub label_scenario: Option<LabelScenario>,
    pub label_note: String,
    /// Weight in the blend when objectives are separate models.
    pub weight: Option<f64>,
}

/// Step 3: one goal, its objectives, and how they are combined.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GoalsSection {
    pub goal: String,
    pub objectives: Vec<Objective>,
    pub strategy: Option<ObjectiveStrategy>,
    pub strategy_note: String,
    /// The items the blend calculator ranks, one score per objective in the objectives' order.
    /// Empty until the person edits them; the calculator shows sample items until then.
    pub blend_items: Vec<crate::calc::blend::Item>,
}

/// One data source in the inventory.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DataSource {
    pub name: String,
    pub owner: String,
    pub labelled: Option<Tri>,
    pub reliability: String,
    pub refresh: String,
    pub continuous: Option<Tri>,
    pub privacy: String,
}

/// Step 4: what data exists, and how missing data will be collected.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DataSection {
    pub sources: Vec<DataSource>,
    pub collection_plan: String,
}

/// A risk in the register; likelihood and impact on a 1 (low) to 3 (high) scale.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Risk {
    pub risk: String,
    pub likelihood: Option<u8>,
    pub impact: Option<u8>,
    pub mitigation: String,
    pub owner: String,
}

/// Which kind of error the project can live with more easily.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorTolerance {
    FalsePositivesWorse,
    FalseNegativesWorse,
    Balanced,
}

/// Step 5: constraints, risks and the performance decisions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConstraintsSection {
    pub schedule: String,
    pub budget: String,
    pub people: String,
    pub privacy: String,
    pub technical: String,
    pub ethics: String,
    pub risks: Vec<Risk>,
    pub compared_with: String,
    pub threshold_policy: String,
    pub speed_accuracy: String,
    pub interpretability: String,
    pub error_tolerance: Option<ErrorTolerance>,
    /// Post-processing guards against catastrophic single predictions.
    pub guards: String,
}

/// Inputs of the threshold calculator.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ThresholdSection {
    pub threshold: Option<f64>,
    pub cost_false_positive: Option<f64>,
    pub cost_false_negative: Option<f64>,
    /// Share of positives where the threshold will be used. The teaching model's prevalence; with
    /// own scores, a deployment prevalence that differs from the validation data's (None: the same).
    pub prevalence: Option<f64>,
    /// True when the calculator works on the person's own validation scores, false for the teaching
    /// model.
    #[serde(default)]
    pub use_own_scores: bool,
    /// β of the F-beta score shown and optimised (None: 1).
    #[serde(default)]
    pub beta: Option<f64>,
    /// The teaching model: mean and standard deviation of the positives' and the negatives' scores.
    #[serde(default)]
    pub positive_mean: Option<f64>,
    #[serde(default)]
    pub positive_sd: Option<f64>,
    #[serde(default)]
    pub negative_mean: Option<f64>,
    #[serde(default)]
    pub negative_sd: Option<f64>,
    /// Targets of the constrained choices: highest recall with precision at least this, lowest
    /// false-positive rate with recall at least this.
    #[serde(default)]
    pub min_precision: Option<f64>,
    #[serde(default)]
    pub min_recall: Option<f64>,
    /// Own scores, kept only as a binned summary (never the raw rows).
    #[serde(default)]
    pub scores: Option<ScoreSummary>,
    /// Where the own scores came from: a file name, or None when pasted.
    #[serde(default)]
    pub scores_name: Option<String>,
}

/// One candidate model in the speed-versus-accuracy table.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Candidate {
    pub name: String,
    pub quality: Option<f64>,
    pub p50_ms: Option<f64>,
    pub p95_ms: Option<f64>,
    pub throughput_per_instance: Option<f64>,
    pub cost_per_instance_hour: Option<f64>,
    /// Price per 1,000 predictions, for managed endpoints billed per call.
    #[serde(default)]
    pub cost_per_1000_predictions: Option<f64>,
    /// True when the candidate is billed per 1,000 predictions rather than per instance-hour.
    #[serde(default)]
    pub priced_per_1000: bool,
    /// Model size in megabytes.
    #[serde(default)]
    pub size_mb: Option<f64>,
}

/// Inputs of the speed-versus-accuracy calculator.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TradeoffSection {
    pub candidates: Vec<Candidate>,
    pub p95_budget_ms: Option<f64>,
    pub peak_qps: Option<f64>,
    pub monthly_budget: Option<f64>,
}

/// Inputs of the A/B test planner.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AbTestSection {
    pub baseline_rate: Option<f64>,
    pub mde: Option<f64>,
    pub mde_relative: bool,
    pub alpha: Option<f64>,
    pub power: Option<f64>,
    pub daily_traffic: Option<f64>,
    /// Share of the daily traffic that enters the test (split evenly between two variants).
    #[serde(default)]
    pub share_in_test: Option<f64>,
    /// The sample-size formula, and whether it is continuity-corrected.
    pub formula: crate::calc::abtest::Formula,
    pub continuity: bool,
    /// The weeks the smallest detectable effect is computed for.
    pub detect_weeks: Option<f64>,
    /// The sample-ratio check of a running test: the users counted in each arm, and the share
    /// of traffic each arm was planned to get (as a fraction or a percentage), in arm order.
    pub srm_counts: Vec<Option<f64>>,
    pub srm_shares: Vec<Option<f64>>,
    /// A metric that must not get worse while the test's own metric improves.
    pub guardrail: String,
    /// Variants in the test, the control included (two when not given).
    pub variants: Option<f64>,
    /// How α is shared out when more than one variant is compared with the control.
    pub correction: crate::calc::abtest::Correction,
    /// A one-sided test: only a change in the hoped-for direction counts.
    pub one_sided: bool,
}

/// What a file of actual and predicted values gave, kept for the report (the rows themselves
/// stay in the tab). R² is `None` for a single row, where it is undefined.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ErrorsResult {
    pub file: Option<String>,
    pub rows: u64,
    pub rmse: f64,
    pub mae: f64,
    pub mape: f64,
    pub r2: Option<f64>,
    pub median_ae: f64,
    pub max_error: f64,
    /// Share of predictions within the tolerance.
    pub within: f64,
}

/// Inputs of the regression-error calculator.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ErrorsSection {
    /// How close a prediction must be to count as good: a fraction of the actual value, or an
    /// amount when `tolerance_absolute` (in the plan's currency for fares and costs).
    pub tolerance: Option<f64>,
    pub tolerance_absolute: bool,
    /// The values are amounts of money (fares, prices), written in the plan's currency.
    pub money: bool,
    /// The post-processing guard being tried.
    pub guard: crate::calc::regression::Guard,
    /// The figures of the last file read.
    pub result: Option<ErrorsResult>,
    /// What the guard did to that file's predictions.
    pub guard_result: Option<GuardResult>,
}

/// What a guard did to a file's predictions, kept for the report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GuardResult {
    pub changed: u64,
    pub rmse_before: f64,
    pub rmse_after: f64,
    pub max_before: f64,
    pub max_after: f64,
    pub within_before: f64,
    pub within_after: f64,
}

impl ErrorsSection {
    /// True while nothing in it differs from a new plan's.
    pub fn is_unused(&self) -> bool {
        *self == ErrorsSection::default()
    }
}

/// What the drift check measures against its limit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DriftMeasure {
    /// The population stability index over the reference's deciles.
    #[default]
    Psi,
    /// The two-sample Kolmogorov–Smirnov statistic.
    Ks,
}

/// What the last two periods' values gave, kept for the report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DriftResult {
    pub reference_file: Option<String>,
    pub current_file: Option<String>,
    pub reference_rows: u64,
    pub current_rows: u64,
    pub ks_statistic: f64,
    pub ks_p_value: f64,
    pub psi: f64,
    /// The model's figure in each period, when both files carry labels.
    pub metric: Option<crate::calc::drift::MetricChange>,
}

/// Inputs of the drift check.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DriftSection {
    /// What the values are: the model's scores, its predictions, or a feature's name.
    pub measured: String,
    pub measure: DriftMeasure,
    /// Retrain when the measure goes above this (PSI, or the KS statistic).
    pub limit: Option<f64>,
    pub result: Option<DriftResult>,
}

impl DriftSection {
    /// True while nothing in it differs from a new plan's.
    pub fn is_unused(&self) -> bool {
        *self == DriftSection::default()
    }
}

/// What the first model is compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BaselineKind {
    Human,
    RuleBased,
    Dummy,
    SimpleModel,
    PreviousSystem,
}

/// Step 6: the baseline and the prototype plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BaselineSection {
    pub kind: Option<BaselineKind>,
    pub description: String,
    pub score: String,
    pub margin: String,
    pub prototype_tool: String,
    pub prototype_audience: String,
    pub prototype_feedback: String,
}

/// Which way a business metric is expected to move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

/// A business metric and the model metric expected to move it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MetricLink {
    pub business_metric: String,
    pub model_metric: String,
    pub direction: Option<Direction>,
}

/// Step 7: model metrics mapped to business metrics.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MetricsSection {
    pub links: Vec<MetricLink>,
    pub label_inference: String,
}

/// Step 8: what is watched after deployment and when to loop back.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MonitoringSection {
    pub watched: String,
    pub alerts: String,
    pub outputs: String,
    pub where_wrong: String,
    pub basis: String,
    pub failing_features: String,
    pub retrain_trigger: String,
    pub loop_back: String,
}

/// Step 9: the business model: the three questions, the nine-block canvas and the flywheel.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CanvasSection {
    /// What the company sells: products, services, value.
    pub provides: String,
    /// Where data can be the input: which data exists and how good it is.
    pub data_in: String,
    /// How predictions are used: shown to customers, or automating internal work.
    pub prediction_out: String,
    pub key_partners: Vec<String>,
    pub key_activities: Vec<String>,
    pub key_resources: Vec<String>,
    pub value_propositions: Vec<String>,
    pub customer_relationships: Vec<String>,
    pub channels: Vec<String>,
    pub customer_segments: Vec<String>,
    pub cost_structure: Vec<String>,
    pub revenue_streams: Vec<String>,
    /// The self-reinforcing cycle, 3 to 8 steps, the last leading back to the first.
    pub flywheel: Vec<String>,
    /// Index into `flywheel` of the step the ML system acts on.
    pub ml_lever: Option<usize>,
    /// How the model acts on that step.
    pub ml_lever_note: String,
}
