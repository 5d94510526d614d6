//! The plan review: rules that read a whole plan and point at what to fix, step by step.
//!
//! Each rule in [`RULES`] keeps its id, severity, step, check and message together, so reading the
//! table is reading the review. The messages' words are in [`super::texts`], with every other text
//! of the review, so that a language is added in one place. The catalogue with the reasoning behind each rule is in the
//! documentation of [`crate::review`].

use super::texts::{self, ReviewMsg};
use super::verdict::{open_questions, verdict, Question, VerdictKind};
use crate::i18n::Lang;
use crate::plan::{BaselineKind, LabelScenario, Objective, ObjectiveStrategy, Plan, Step, Tri};

/// How much a finding matters. Ordered gravest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Blocks a sound plan; a finished plan has none.
    Error,
    /// A real gap that weakens the plan.
    Warning,
    /// Worth a look; fine to leave in a draft.
    Info,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    /// Stable word for HTML attributes and tests; never translated.
    pub fn slug(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Severity::Error => ReviewMsg::SeverityError,
            Severity::Warning => ReviewMsg::SeverityWarning,
            Severity::Info => ReviewMsg::SeverityInfo,
        }
        .text(lang)
    }
}

/// Which list an [`Item`] comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Objective,
    Source,
    Risk,
    MetricLink,
}

/// One entry of a list in the plan that a finding concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub kind: ItemKind,
    /// Position in its list, from 0, so the view can focus the entry.
    pub index: usize,
    /// The entry's name as the user wrote it; may be blank.
    pub name: String,
}

impl Item {
    /// The name in quotes, or "objective 2" when the user left it blank.
    pub fn display(&self, lang: Lang) -> String {
        let name = self.name.trim();
        if name.is_empty() {
            texts::numbered_item(lang, self.kind, self.index + 1)
        } else {
            format!("“{name}”")
        }
    }
}

/// The values a finding's message needs.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    None,
    Items(Vec<Item>),
    Questions(Vec<Question>),
    Number(f64),
}

/// One review rule.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// Stable id, used in tests and HTML attributes.
    pub id: &'static str,
    pub severity: Severity,
    /// Where the user fixes it.
    pub step: Step,
    /// `Some` with the values for the message when the rule fires.
    check: fn(&Plan) -> Option<Detail>,
    message: Message,
}

/// What a rule says when it fires: an entry of the review's table, or, when the finding's values
/// are part of the sentence, a function of the review's texts.
#[derive(Clone, Copy, Debug)]
enum Message {
    Fixed(ReviewMsg),
    Values(fn(Lang, &Detail) -> String),
}

/// What the review found.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub step: Step,
    pub detail: Detail,
}

impl Finding {
    pub fn message(&self, lang: Lang) -> String {
        let rule = rule(self.rule).expect("findings are made only from RULES");
        match rule.message {
            Message::Fixed(text) => text.text(lang).to_string(),
            Message::Values(words) => words(lang, &self.detail),
        }
    }
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// Runs every rule; findings come in lifecycle order, gravest first within a step, then in
/// catalogue order.
pub fn review(plan: &Plan) -> Vec<Finding> {
    let mut found: Vec<Finding> = RULES
        .iter()
        .filter_map(|r| {
            (r.check)(plan).map(|detail| Finding { rule: r.id, severity: r.severity, step: r.step, detail })
        })
        .collect();
    // Stable sort keeps catalogue order among equals.
    crate::order::sort_by_key(&mut found, |f| (f.step.number(), f.severity));
    found
}

/// How far the blend weights may stray from a sum of 1 before it is worth mentioning: the blend
/// calculator's own rule.
pub use crate::calc::blend::SUM_TOLERANCE as WEIGHT_SUM_TOLERANCE;

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// `Some(Detail::None)` when `cond` holds: the shape of a plan-level rule.
fn when(cond: bool) -> Option<Detail> {
    cond.then_some(Detail::None)
}

/// The entries of `list` that match, as a detail, or `None` when none does.
fn items<T>(list: &[T], kind: ItemKind, name: fn(&T) -> &str, matches: impl Fn(&T) -> bool) -> Option<Detail> {
    let found: Vec<Item> = list
        .iter()
        .enumerate()
        .filter(|(_, t)| matches(t))
        .map(|(index, t)| Item { kind, index, name: name(t).to_string() })
        .collect();
    (!found.is_empty()).then_some(Detail::Items(found))
}

fn objectives(plan: &Plan, matches: impl Fn(&Objective) -> bool) -> Option<Detail> {
    items(&plan.goals.objectives, ItemKind::Objective, |o| &o.name, matches)
}

/// Objectives without a weight, when there are several trained with `strategy`.
fn unweighted(plan: &Plan, strategy: ObjectiveStrategy) -> Option<Detail> {
    let g = &plan.goals;
    if g.objectives.len() < 2 || g.strategy != Some(strategy) {
        return None;
    }
    objectives(plan, |o| o.weight.is_none())
}

/// The sum of the blend weights, when there are several objectives, a strategy and every weight.
fn weight_sum(plan: &Plan) -> Option<f64> {
    let g = &plan.goals;
    if g.objectives.len() < 2 || g.strategy.is_none() {
        return None;
    }
    g.objectives.iter().map(|o| o.weight).sum()
}

/// A baseline counts if its kind, its description or the constraint "compared with" is given.
fn has_baseline(plan: &Plan) -> bool {
    let b = &plan.baseline;
    b.kind.is_some() || !blank(&b.description) || !blank(&plan.constraints.compared_with)
}

fn answered_yes(answer: &crate::plan::Answer) -> bool {
    answer.value == Some(Tri::Yes)
}

/// The review rules in lifecycle order.
pub static RULES: [Rule; 32] = [
    // 1. Problem
    Rule {
        id: "problem_statement_empty",
        severity: Severity::Error,
        step: Step::Problem,
        check: |p| when(blank(&p.problem.statement)),
        message: Message::Fixed(ReviewMsg::ProblemStatementEmpty),
    },
    Rule {
        id: "problem_value_missing",
        severity: Severity::Warning,
        step: Step::Problem,
        check: |p| when(blank(&p.problem.value)),
        message: Message::Fixed(ReviewMsg::ProblemValueMissing),
    },
    // 2. Feasibility
    Rule {
        id: "verdict_not_advisable",
        severity: Severity::Error,
        step: Step::Feasibility,
        check: |p| {
            let v = verdict(&p.feasibility);
            (v.kind == VerdictKind::NotAdvisable).then_some(Detail::Questions(v.causes))
        },
        message: Message::Values(texts::verdict_not_advisable),
    },
    Rule {
        id: "feasibility_open",
        severity: Severity::Warning,
        step: Step::Feasibility,
        check: |p| {
            let open = open_questions(&p.feasibility);
            (!open.is_empty()).then_some(Detail::Questions(open))
        },
        message: Message::Values(texts::feasibility_open),
    },
    // 3. Goals
    Rule {
        id: "goal_missing",
        severity: Severity::Error,
        step: Step::Goals,
        check: |p| when(blank(&p.goals.goal)),
        message: Message::Fixed(ReviewMsg::GoalMissing),
    },
    Rule {
        id: "objectives_missing",
        severity: Severity::Warning,
        step: Step::Goals,
        check: |p| when(p.goals.objectives.is_empty()),
        message: Message::Fixed(ReviewMsg::ObjectivesMissing),
    },
    Rule {
        id: "objective_without_metric",
        severity: Severity::Warning,
        step: Step::Goals,
        check: |p| objectives(p, |o| blank(&o.metric)),
        message: Message::Values(texts::objective_without_metric),
    },
    Rule {
        id: "objective_without_label_scenario",
        severity: Severity::Warning,
        step: Step::Goals,
        check: |p| objectives(p, |o| o.label_scenario.is_none()),
        message: Message::Values(texts::objective_without_label_scenario),
    },
    Rule {
        id: "proxy_label_without_note",
        severity: Severity::Info,
        step: Step::Goals,
        check: |p| objectives(p, |o| o.label_scenario == Some(LabelScenario::Proxy) && blank(&o.label_note)),
        message: Message::Values(texts::proxy_label_without_note),
    },
    Rule {
        id: "strategy_missing",
        severity: Severity::Info,
        step: Step::Goals,
        check: |p| {
            let n = p.goals.objectives.len();
            (n >= 2 && p.goals.strategy.is_none()).then_some(Detail::Number(n as f64))
        },
        message: Message::Values(texts::strategy_missing),
    },
    Rule {
        id: "combined_loss_without_weights",
        severity: Severity::Warning,
        step: Step::Goals,
        check: |p| unweighted(p, ObjectiveStrategy::CombinedLoss),
        message: Message::Values(texts::combined_loss_without_weights),
    },
    Rule {
        id: "separate_models_without_weights",
        severity: Severity::Warning,
        step: Step::Goals,
        check: |p| unweighted(p, ObjectiveStrategy::SeparateModels),
        message: Message::Values(texts::separate_models_without_weights),
    },
    Rule {
        id: "weights_not_normalised",
        severity: Severity::Info,
        step: Step::Goals,
        check: |p| weight_sum(p).filter(|s| (s - 1.0).abs() > WEIGHT_SUM_TOLERANCE).map(Detail::Number),
        message: Message::Values(texts::weights_not_normalised),
    },
    // 4. Data
    Rule {
        id: "data_missing",
        severity: Severity::Error,
        step: Step::Data,
        check: |p| when(p.data.sources.is_empty() && blank(&p.data.collection_plan)),
        message: Message::Fixed(ReviewMsg::DataMissing),
    },
    Rule {
        id: "label_plan_missing",
        severity: Severity::Warning,
        step: Step::Data,
        check: |p| {
            if !blank(&p.data.collection_plan) {
                return None;
            }
            objectives(p, |o| {
                matches!(o.label_scenario, Some(LabelScenario::NoData | LabelScenario::Unlabelled))
                    && blank(&o.label_note)
            })
        },
        message: Message::Values(texts::label_plan_missing),
    },
    Rule {
        id: "source_privacy_unstated",
        severity: Severity::Info,
        step: Step::Data,
        check: |p| items(&p.data.sources, ItemKind::Source, |s| &s.name, |s| blank(&s.privacy)),
        message: Message::Values(texts::source_privacy_unstated),
    },
    // 5. Constraints
    Rule {
        id: "catastrophic_without_guards",
        severity: Severity::Error,
        step: Step::Constraints,
        check: |p| when(answered_yes(&p.feasibility.catastrophic) && blank(&p.constraints.guards)),
        message: Message::Fixed(ReviewMsg::CatastrophicWithoutGuards),
    },
    Rule {
        id: "explain_all_without_interpretability",
        severity: Severity::Warning,
        step: Step::Constraints,
        check: |p| when(answered_yes(&p.feasibility.explain_all) && blank(&p.constraints.interpretability)),
        message: Message::Fixed(ReviewMsg::ExplainAllWithoutInterpretability),
    },
    Rule {
        id: "schedule_missing",
        severity: Severity::Warning,
        step: Step::Constraints,
        check: |p| when(blank(&p.constraints.schedule)),
        message: Message::Fixed(ReviewMsg::ScheduleMissing),
    },
    Rule {
        id: "risk_register_empty",
        severity: Severity::Warning,
        step: Step::Constraints,
        check: |p| when(p.constraints.risks.is_empty()),
        message: Message::Fixed(ReviewMsg::RiskRegisterEmpty),
    },
    Rule {
        id: "risk_without_mitigation",
        severity: Severity::Warning,
        step: Step::Constraints,
        check: |p| items(&p.constraints.risks, ItemKind::Risk, |r| &r.risk, |r| blank(&r.mitigation)),
        message: Message::Values(texts::risk_without_mitigation),
    },
    Rule {
        id: "severe_risk_without_owner",
        severity: Severity::Warning,
        step: Step::Constraints,
        check: |p| {
            let high = |x: Option<u8>| x.is_some_and(|x| x >= 3);
            items(
                &p.constraints.risks,
                ItemKind::Risk,
                |r| &r.risk,
                |r| high(r.likelihood) && high(r.impact) && blank(&r.owner),
            )
        },
        message: Message::Values(texts::severe_risk_without_owner),
    },
    Rule {
        id: "threshold_without_costs",
        severity: Severity::Warning,
        step: Step::Constraints,
        check: |p| {
            let t = &p.threshold;
            let costs_known = t.cost_false_positive.is_some() && t.cost_false_negative.is_some();
            t.threshold.filter(|_| !costs_known).map(Detail::Number)
        },
        message: Message::Values(texts::threshold_without_costs),
    },
    // 6. Baseline
    Rule {
        id: "baseline_missing",
        severity: Severity::Error,
        step: Step::Baseline,
        check: |p| when(!has_baseline(p)),
        message: Message::Fixed(ReviewMsg::BaselineMissing),
    },
    Rule {
        id: "rules_first_without_rule_baseline",
        severity: Severity::Warning,
        step: Step::Baseline,
        check: |p| {
            let rules_first = verdict(&p.feasibility).kind == VerdictKind::RulesFirst;
            when(rules_first && has_baseline(p) && p.baseline.kind != Some(BaselineKind::RuleBased))
        },
        message: Message::Fixed(ReviewMsg::RulesFirstWithoutRuleBaseline),
    },
    Rule {
        id: "baseline_without_score",
        severity: Severity::Warning,
        step: Step::Baseline,
        check: |p| when(has_baseline(p) && blank(&p.baseline.score)),
        message: Message::Fixed(ReviewMsg::BaselineWithoutScore),
    },
    Rule {
        id: "baseline_without_margin",
        severity: Severity::Info,
        step: Step::Baseline,
        check: |p| when(!blank(&p.baseline.score) && blank(&p.baseline.margin)),
        message: Message::Fixed(ReviewMsg::BaselineWithoutMargin),
    },
    // 7. Metrics
    Rule {
        id: "metric_links_missing",
        severity: Severity::Warning,
        step: Step::Metrics,
        check: |p| when(p.metrics.links.is_empty()),
        message: Message::Fixed(ReviewMsg::MetricLinksMissing),
    },
    Rule {
        id: "business_metric_unlinked",
        severity: Severity::Warning,
        step: Step::Metrics,
        check: |p| {
            items(
                &p.metrics.links,
                ItemKind::MetricLink,
                |l| &l.business_metric,
                |l| !blank(&l.business_metric) && blank(&l.model_metric),
            )
        },
        message: Message::Values(texts::business_metric_unlinked),
    },
    // 8. Monitoring
    Rule {
        id: "monitoring_nothing_watched",
        severity: Severity::Warning,
        step: Step::Monitoring,
        check: |p| when(blank(&p.monitoring.watched)),
        message: Message::Fixed(ReviewMsg::MonitoringNothingWatched),
    },
    Rule {
        id: "retrain_trigger_missing",
        severity: Severity::Warning,
        step: Step::Monitoring,
        check: |p| when(!blank(&p.monitoring.watched) && blank(&p.monitoring.retrain_trigger)),
        message: Message::Fixed(ReviewMsg::RetrainTriggerMissing),
    },
    // 9. Business model
    Rule {
        id: "prediction_use_missing",
        severity: Severity::Info,
        step: Step::Business,
        check: |p| when(blank(&p.canvas.prediction_out)),
        message: Message::Fixed(ReviewMsg::PredictionUseMissing),
    },
];

#[cfg(test)]
mod tests;
