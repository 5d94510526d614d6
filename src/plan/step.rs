//! The lifecycle steps in order, their URL slugs and when each counts as complete.

use super::Plan;

/// One page of the plan, in lifecycle order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Problem,
    Feasibility,
    Goals,
    Data,
    Constraints,
    Baseline,
    Metrics,
    Monitoring,
    Business,
}

impl Step {
    pub const ALL: [Step; 9] = [
        Step::Problem,
        Step::Feasibility,
        Step::Goals,
        Step::Data,
        Step::Constraints,
        Step::Baseline,
        Step::Metrics,
        Step::Monitoring,
        Step::Business,
    ];

    /// The word used for this step in links (`#/p/<id>/<slug>`) and storage.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Problem => "problem",
            Step::Feasibility => "feasibility",
            Step::Goals => "goals",
            Step::Data => "data",
            Step::Constraints => "constraints",
            Step::Baseline => "baseline",
            Step::Metrics => "metrics",
            Step::Monitoring => "monitoring",
            Step::Business => "business",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.iter().copied().find(|s| s.slug() == slug)
    }

    /// Position in the lifecycle, from 1.
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).map_or(0, |i| i + 1)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.number().checked_sub(2).and_then(|i| Step::ALL.get(i).copied())
    }

    /// Whether the step's essentials are filled in: the fields without which later steps have
    /// nothing to build on. Optional detail does not count.
    pub fn is_complete(self, plan: &Plan) -> bool {
        let filled = |s: &str| !s.trim().is_empty();
        match self {
            Step::Problem => {
                filled(&plan.problem.statement) && filled(&plan.problem.who) && filled(&plan.problem.value)
            }
            Step::Feasibility => plan.feasibility.answers().iter().all(|(_, a)| a.value.is_some()),
            Step::Goals => filled(&plan.goals.goal) && !plan.goals.objectives.is_empty(),
            Step::Data => !plan.data.sources.is_empty() || filled(&plan.data.collection_plan),
            Step::Constraints => {
                let c = &plan.constraints;
                filled(&c.schedule) && filled(&c.budget) && !c.risks.is_empty()
            }
            Step::Baseline => plan.baseline.kind.is_some() && filled(&plan.baseline.description),
            Step::Metrics => !plan.metrics.links.is_empty(),
            Step::Monitoring => filled(&plan.monitoring.watched) && filled(&plan.monitoring.retrain_trigger),
            Step::Business => {
                let c = &plan.canvas;
                filled(&c.provides) && filled(&c.data_in) && filled(&c.prediction_out)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_are_unique() {
        for s in Step::ALL {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
        }
        assert_eq!(Step::from_slug("nope"), None);
    }

    #[test]
    fn next_and_previous_walk_the_lifecycle() {
        assert_eq!(Step::Problem.previous(), None);
        assert_eq!(Step::Problem.next(), Some(Step::Feasibility));
        assert_eq!(Step::Business.next(), None);
        assert_eq!(Step::Business.previous(), Some(Step::Monitoring));
        assert_eq!(Step::Problem.number(), 1);
    }

    #[test]
    fn problem_completes_with_statement_who_and_value() {
        let mut p = Plan::new("a", "t", 0);
        p.problem.statement = "late deliveries".into();
        p.problem.who = "customers".into();
        assert!(!Step::Problem.is_complete(&p));
        p.problem.value = "  ".into();
        assert!(!Step::Problem.is_complete(&p), "blank text does not count");
        p.problem.value = "fewer refunds".into();
        assert!(Step::Problem.is_complete(&p));
    }

    #[test]
    fn feasibility_completes_when_every_question_is_answered() {
        let mut p = Plan::new("a", "t", 0);
        let f = &mut p.feasibility;
        for a in [
            &mut f.pattern,
            &mut f.objective,
            &mut f.complexity,
            &mut f.data,
            &mut f.repetition,
            &mut f.unethical,
            &mut f.simple,
            &mut f.bad_data,
            &mut f.label_issues,
            &mut f.catastrophic,
            &mut f.explain_all,
        ] {
            a.value = Some(super::super::Tri::Unsure);
        }
        assert!(!Step::Feasibility.is_complete(&p));
        p.feasibility.not_cost_effective.value = Some(super::super::Tri::No);
        assert!(Step::Feasibility.is_complete(&p));
    }
}
