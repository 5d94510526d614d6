//! One row of the class board: what an instructor compares across a class's plans.

use crate::i18n::{num, Lang};
use crate::plan::{BaselineKind, ExampleOrigin, Plan, Step};
use crate::report::{baseline_kind, EMPTY_CELL};
use crate::review::{review, verdict, Severity, VerdictKind};

/// The review's findings of a plan, by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// A plan as the class board lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub title: String,
    pub steps_complete: usize,
    /// The feasibility verdict; `None` while no feasibility question is answered.
    pub verdict: Option<VerdictKind>,
    pub findings: Counts,
    /// The first objective's metric, else the first model metric linked to a business metric.
    pub primary_metric: String,
    pub threshold: Option<f64>,
    pub baseline: Option<BaselineKind>,
    pub baseline_score: String,
    /// The worked example the plan started from.
    pub origin: Option<ExampleOrigin>,
    /// A hash of the plan's whole content: two submissions of one plan id with the same
    /// fingerprint are the same submission.
    pub fingerprint: u32,
}

/// How many steps a plan has.
pub const STEPS: usize = Step::ALL.len();

impl Row {
    pub fn of(plan: &Plan) -> Row {
        let mut findings = Counts::default();
        for finding in review(plan) {
            match finding.severity {
                Severity::Error => findings.errors += 1,
                Severity::Warning => findings.warnings += 1,
                Severity::Info => findings.infos += 1,
            }
        }
        let answered = plan.feasibility.answers().iter().any(|(_, a)| a.value.is_some());
        Row {
            id: plan.id.clone(),
            title: plan.title.trim().to_owned(),
            steps_complete: plan.completed_steps().len(),
            verdict: answered.then(|| verdict(&plan.feasibility).kind),
            findings,
            primary_metric: primary_metric(plan),
            threshold: plan.threshold.threshold,
            baseline: plan.baseline.kind,
            baseline_score: plan.baseline.score.trim().to_owned(),
            origin: plan.origin.clone(),
            fingerprint: fingerprint(plan),
        }
    }
}

/// The texts of a row's cells, as the board's table and its exports both show them (a dash for
/// nothing).
impl Row {
    pub fn title_text(&self) -> String {
        or_dash(&self.title)
    }

    pub fn verdict_text(&self, lang: Lang) -> &'static str {
        self.verdict.map_or(EMPTY_CELL, |v| v.title(lang))
    }

    pub fn metric_text(&self) -> String {
        or_dash(&self.primary_metric)
    }

    pub fn threshold_text(&self) -> String {
        self.threshold.map_or(EMPTY_CELL.to_owned(), |t| num(t, 3))
    }

    /// The baseline's kind and score, e.g. "Rule-based · 0.72".
    pub fn baseline_text(&self, lang: Lang) -> String {
        match (self.baseline, self.baseline_score.as_str()) {
            (None, "") => EMPTY_CELL.to_owned(),
            (kind, "") => baseline_kind(kind, lang).to_owned(),
            (kind, score) => format!("{} · {score}", baseline_kind(kind, lang)),
        }
    }
}

fn or_dash(text: &str) -> String {
    if text.is_empty() {
        EMPTY_CELL.to_owned()
    } else {
        text.to_owned()
    }
}

fn primary_metric(plan: &Plan) -> String {
    let objective = plan.goals.objectives.iter().map(|o| o.metric.trim()).find(|m| !m.is_empty());
    let linked = || plan.metrics.links.iter().map(|l| l.model_metric.trim()).find(|m| !m.is_empty());
    objective.or_else(linked).unwrap_or_default().to_owned()
}

/// 32-bit FNV-1a of the plan's JSON with its times left out: saving a copy again, or exporting
/// it, does not make it a different submission.
fn fingerprint(plan: &Plan) -> u32 {
    crate::share::checksum(Plan { created_ms: 0, updated_ms: 0, ..plan.clone() }.to_json().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::plan::examples;

    #[test]
    fn an_example_plan_has_every_column() {
        let plan = examples::build("fraud", Lang::En).unwrap();
        let row = Row::of(&plan);
        assert_eq!(row.title, plan.title);
        assert_eq!(row.steps_complete, STEPS);
        assert!(row.verdict.is_some());
        assert_eq!(row.findings.errors, 0, "a worked example is sound");
        assert!(!row.primary_metric.is_empty());
        assert!(row.threshold.is_some() && row.baseline.is_some());
    }

    #[test]
    fn an_empty_plan_has_no_verdict_and_errors() {
        let row = Row::of(&Plan::new("e1", "  Blank  ", 0));
        assert_eq!((row.title.as_str(), row.steps_complete, row.verdict), ("Blank", 0, None));
        assert!(row.findings.errors > 0);
        assert_eq!(row.primary_metric, "");
    }

    #[test]
    fn the_fingerprint_ignores_times_but_not_content() {
        let plan = examples::build("eta", Lang::Ko).unwrap();
        let later = Plan { updated_ms: 99, created_ms: 5, ..plan.clone() };
        assert_eq!(Row::of(&later).fingerprint, Row::of(&plan).fingerprint);
        let mut edited = plan.clone();
        edited.problem.who.push('.');
        assert_ne!(Row::of(&edited).fingerprint, Row::of(&plan).fingerprint);
    }
}
