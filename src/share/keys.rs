//! The static dictionaries of format 1.
//!
//! APPEND-ONLY. A released link stores an object key as its position in [`KEYS`] and an enum
//! word as its position in [`WORDS`], so an entry may never be removed, reordered or renamed:
//! `tests/share_fixtures.rs` decodes frozen links and fails if one is. New plan fields need no
//! entry at all (keys missing here are written literally and still round-trip); appending one
//! only makes links a little shorter. A link that uses an entry appended after this build was
//! released fails here with `UnknownKey` / `UnknownWord`, which the UI reports like a newer
//! format.

/// Object keys: the plan's field names, section by section.
pub(super) const KEYS: &[&str] = &[
    // Plan
    "schema",
    "id",
    "title",
    "created_ms",
    "updated_ms",
    "problem",
    "feasibility",
    "goals",
    "data",
    "constraints",
    "threshold",
    "tradeoff",
    "abtest",
    "baseline",
    "metrics",
    "monitoring",
    "canvas",
    // ProblemSection
    "statement",
    "who",
    "current_handling",
    "value",
    "exercise_problem",
    "exercise_impact",
    // Answer
    "note",
    // FeasibilitySection ("data" is above)
    "pattern",
    "objective",
    "complexity",
    "repetition",
    "unethical",
    "simple",
    "bad_data",
    "catastrophic",
    "explain_all",
    "not_cost_effective",
    // Objective
    "name",
    "metric",
    "target",
    "cadence",
    "owner",
    "label_scenario",
    "label_note",
    "weight",
    // GoalsSection
    "goal",
    "objectives",
    "strategy",
    "strategy_note",
    // DataSource
    "labelled",
    "reliability",
    "refresh",
    "continuous",
    "privacy",
    // DataSection
    "sources",
    "collection_plan",
    // Risk
    "risk",
    "likelihood",
    "impact",
    "mitigation",
    // ConstraintsSection
    "schedule",
    "budget",
    "people",
    "technical",
    "ethics",
    "risks",
    "compared_with",
    "threshold_policy",
    "speed_accuracy",
    "interpretability",
    "error_tolerance",
    "guards",
    // ThresholdSection
    "cost_false_positive",
    "cost_false_negative",
    "prevalence",
    // Candidate
    "quality",
    "p50_ms",
    "p95_ms",
    "throughput_per_instance",
    "cost_per_instance_hour",
    // TradeoffSection
    "candidates",
    "p95_budget_ms",
    "peak_qps",
    "monthly_budget",
    // AbTestSection
    "baseline_rate",
    "mde",
    "mde_relative",
    "alpha",
    "power",
    "daily_traffic",
    // BaselineSection
    "kind",
    "description",
    "score",
    "margin",
    "prototype_tool",
    "prototype_audience",
    "prototype_feedback",
    // MetricLink
    "business_metric",
    "model_metric",
    "direction",
    // MetricsSection
    "links",
    "label_inference",
    // MonitoringSection
    "watched",
    "alerts",
    "outputs",
    "where_wrong",
    "basis",
    "failing_features",
    "retrain_trigger",
    "loop_back",
    // CanvasSection
    "provides",
    "data_in",
    "prediction_out",
    "key_partners",
    "key_activities",
    "key_resources",
    "value_propositions",
    "customer_relationships",
    "channels",
    "customer_segments",
    "cost_structure",
    "revenue_streams",
    "flywheel",
    "ml_lever",
    "ml_lever_note",
    // Append new keys below this line only.
];

/// String values worth one byte: the words the plan's enums serialise as.
pub(super) const WORDS: &[&str] = &[
    // Tri
    "yes",
    "no",
    "unsure",
    // LabelScenario
    "labelled",
    "proxy",
    "unlabelled",
    "no_data",
    // ObjectiveStrategy
    "combined_loss",
    "separate_models",
    // ErrorTolerance
    "false_positives_worse",
    "false_negatives_worse",
    "balanced",
    // BaselineKind
    "human",
    "rule_based",
    "dummy",
    "simple_model",
    "previous_system",
    // Direction
    "up",
    "down",
    // Append new words below this line only.
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn dictionaries_have_no_duplicates() {
        assert_eq!(KEYS.iter().collect::<HashSet<_>>().len(), KEYS.len());
        assert_eq!(WORDS.iter().collect::<HashSet<_>>().len(), WORDS.len());
    }
}
