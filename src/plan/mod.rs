//! The plan: everything a person decides while designing an ML project, one typed section per
//! lifecycle step. Plain data, serialised as JSON for storage, files and links.
//!
//! Every struct defaults field by field (`#[serde(default)]`), so a stored plan that lacks a
//! field added later still loads; structural changes go through [`migrate`].

pub mod calc_inputs;
mod classroom;
pub mod codec;
pub mod examples;
pub mod migrate;
mod sections;
mod step;

pub use classroom::{merge_comments, Assignment, Comment, ExampleOrigin};
pub use migrate::{
    is_newer_record, matches_query, parse_plan, read_summary, record_head, search_text, MigrationError, Summary,
    CURRENT_SCHEMA,
};
pub use sections::*;
pub use step::Step;

use serde::{Deserialize, Serialize};

/// One ML project design.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    /// Format version of this record; see [`migrate`].
    pub schema: u32,
    /// Stable identifier, unique within one browser's library.
    pub id: String,
    pub title: String,
    /// Milliseconds since the Unix epoch.
    pub created_ms: u64,
    /// Milliseconds since the Unix epoch of the last edit.
    pub updated_ms: u64,
    pub problem: ProblemSection,
    pub feasibility: FeasibilitySection,
    pub goals: GoalsSection,
    pub data: DataSection,
    pub constraints: ConstraintsSection,
    pub threshold: ThresholdSection,
    pub tradeoff: TradeoffSection,
    pub abtest: AbTestSection,
    /// The regression-error calculator's tolerance, guard and last figures. Left out of the JSON
    /// while unused, so plans that never open the calculator (and their links) do not grow.
    #[serde(skip_serializing_if = "ErrorsSection::is_unused")]
    pub errors: ErrorsSection,
    /// The drift check between two periods' values, and its retraining limit. Left out of the
    /// JSON while unused, as `errors` is.
    #[serde(skip_serializing_if = "DriftSection::is_unused")]
    pub drift: DriftSection,
    pub baseline: BaselineSection,
    pub metrics: MetricsSection,
    pub monitoring: MonitoringSection,
    pub canvas: CanvasSection,
    /// The currency of every cost in the plan; `None` when costs are in some other unit
    /// (minutes of review, harm points) or none was chosen.
    pub currency: Option<Currency>,
    /// The worked example this plan started from, if any; kept by copies and by links.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<ExampleOrigin>,
    /// The class assignment, when an instructor made this plan a template. Left out of the JSON
    /// while empty.
    #[serde(skip_serializing_if = "Assignment::is_empty")]
    pub assignment: Assignment,
    /// An instructor's comments, from feedback links. Left out of the JSON while there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
}

impl Plan {
    /// An empty plan at the current schema.
    pub fn new(id: impl Into<String>, title: impl Into<String>, now_ms: u64) -> Self {
        Plan {
            schema: CURRENT_SCHEMA,
            id: id.into(),
            title: title.into(),
            created_ms: now_ms,
            updated_ms: now_ms,
            ..Plan::default()
        }
    }

    /// A copy under a new id, for "duplicate" and for imports that collide with a local id.
    pub fn duplicate(&self, new_id: impl Into<String>, new_title: impl Into<String>, now_ms: u64) -> Self {
        Plan { id: new_id.into(), title: new_title.into(), created_ms: now_ms, updated_ms: now_ms, ..self.clone() }
    }

    /// The plan as a JSON tree (keys in alphabetical order). Storage, files and links all write a
    /// plan through this one serializer, [`codec::write`].
    pub fn to_value(&self) -> serde_json::Value {
        codec::write(self)
    }

    /// The plan as compact JSON, for storage.
    pub fn to_json(&self) -> String {
        self.to_value().to_string()
    }

    /// The plan as indented JSON, for a file a person may read.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(&self.to_value()).expect("a JSON tree always serialises")
    }

    /// Steps whose essentials are filled in, in lifecycle order.
    pub fn completed_steps(&self) -> Vec<Step> {
        Step::ALL.iter().copied().filter(|s| s.is_complete(self)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_plan_is_at_current_schema_and_empty() {
        let p = Plan::new("abc", "Churn", 1_700_000_000_000);
        assert_eq!(p.schema, CURRENT_SCHEMA);
        assert_eq!(p.created_ms, p.updated_ms);
        assert!(p.completed_steps().is_empty());
    }

    #[test]
    fn json_round_trip_keeps_every_field() {
        let mut p = Plan::new("abc", "Fraud", 5);
        p.problem.statement = "카드 결제 사기 탐지".into();
        p.goals.objectives.push(Objective {
            name: "catch fraud".into(),
            metric: "recall".into(),
            ..Default::default()
        });
        let back: Plan = serde_json::from_str(&p.to_json()).unwrap();
        assert_eq!(back, p);
    }

    #[test]
    fn duplicate_changes_identity_not_content() {
        let mut p = Plan::new("a", "One", 1);
        p.problem.who = "support team".into();
        let d = p.duplicate("b", "One (copy)", 9);
        assert_eq!(d.id, "b");
        assert_eq!(d.created_ms, 9);
        assert_eq!(d.problem, p.problem);
    }
}
