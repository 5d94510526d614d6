//! The feasibility verdict: is ML the right tool for this problem?
//!
//! The twelve answers of the feasibility step (five signals that ML fits, seven red flags) are
//! run through [`VERDICT_RULES`], an ordered table a teacher can read top to bottom:
//!
//! | # | id | when | effect |
//! |---|---|---|---|
//! | 1 | `not_started` | no question answered yet | Unsure |
//! | 2 | `unethical` | unethical = yes | Not advisable |
//! | 3 | `no_pattern` | pattern = no | Not advisable |
//! | 4 | `no_objective` | objective = no | Not advisable |
//! | 5 | `not_cost_effective` | not_cost_effective = yes | Not advisable |
//! | 6 | `simple_solution` | simple = yes | Rules first |
//! | 7 | `not_complex` | complexity = no | Rules first |
//! | 8 | `no_data` | data = no | Rules first |
//! | 9 | `bad_data` | bad_data = yes | Rules first |
//! | 10 | `unsure` | a decisive question is "unsure" | Unsure |
//! | 11 | `unanswered` | some questions answered, a decisive one not | Unsure |
//! | 12 | `catastrophic` | catastrophic = yes | caveat: add guards |
//! | 13 | `explain_all` | explain_all = yes | caveat: plan explanations |
//! | 14 | `label_issues` | label_issues = yes | caveat: plan the labels, rules as the baseline |
//! | 15 | `not_repeated` | repetition = no | caveat: confirm the value |
//! | 16 | `unsure_caveat` | a caveat question is "unsure" | caveat: find out |
//! | 17 | `unanswered_caveat` | some questions answered, a caveat question not | caveat: answer it |
//! | 18 | `all_clear` | always (the fallback) | Fits |
//!
//! How the table is read:
//! - The **first** deciding rule that holds sets the kind; the table is sorted from the gravest
//!   kind (not advisable) to the mildest (fits), so a definite "no" outweighs open questions.
//! - Every other deciding rule of that same kind also holds and adds its causes and actions, so the
//!   user sees all the reasons at once, not just the first.
//! - Caveats never change the kind. They add their actions (guards, explanations, a labelling
//!   plan) to any verdict except "not advisable", where there is nothing left to guard.
//!
//! # Each answer, as an instructor reads it
//!
//! A question is **decisive** when one of its answers decides the verdict on its own
//! ([`Question::is_decisive`]); leaving it open ("unsure" or unanswered) leaves the verdict
//! open, because the answer still to come could turn it. The other questions change *how* ML is
//! done, never *whether*, so every answer to them, an open one included, is a caveat.
//!
//! | question | yes | no | unsure or unanswered |
//! |---|---|---|---|
//! | pattern (signal) | — | Not advisable: nothing to learn | Unsure |
//! | objective (signal) | — | Not advisable: nothing to optimise | Unsure |
//! | complexity (signal) | — | Rules first: a few rules do it | Unsure |
//! | data (signal) | — | Rules first, with a collection plan | Unsure |
//! | repetition (signal) | — | caveat: confirm the value | caveat: find out |
//! | unethical | Not advisable: stop or redesign | — | Unsure |
//! | simple | Rules first | — | Unsure |
//! | bad_data | Rules first, with a collection plan | — | Unsure |
//! | label_issues | caveat: labelling plan, rules as baseline | — | caveat: find out |
//! | catastrophic | caveat: guards | — | caveat: find out |
//! | explain_all | caveat: explanations | — | caveat: find out |
//! | not_cost_effective | Not advisable: cost over value | — | Unsure |
//!
//! So caught-fraud labels (biased and late) are a caveat with a plan, not a reason against ML;
//! "good data is hard to get" (no records, no right to use them, inputs too noisy) is. The named
//! cases in `tests/verdict_cases.rs` hold the table to what an instructor would say.

mod outcome;
mod question;
#[cfg(test)]
mod tests;

pub use outcome::{Action, VerdictKind};
pub use question::{open_questions, question_text, unanswered, Question};

use super::texts::ReviewMsg;
use crate::plan::{FeasibilitySection, Tri};
use question::with_value;

/// When a verdict rule holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// The question is answered with exactly this value.
    Answered(Question, Tri),
    /// No question has an answer yet.
    NothingAnswered,
    /// At least one question is answered, and a question whose [`Question::is_decisive`] equals
    /// the flag is not.
    SomeUnanswered { decisive: bool },
    /// A question whose [`Question::is_decisive`] equals the flag is answered "unsure".
    AnyUnsure { decisive: bool },
    /// Always holds; the fallback at the end of the table.
    Always,
}

impl Condition {
    /// The questions that make the condition hold, or `None` when it does not hold.
    fn causes(self, f: &FeasibilitySection) -> Option<Vec<Question>> {
        let non_empty = |qs: Vec<Question>| (!qs.is_empty()).then_some(qs);
        match self {
            Condition::Answered(q, value) => (q.answer(f).value == Some(value)).then(|| vec![q]),
            Condition::NothingAnswered => (unanswered(f).len() == Question::ALL.len()).then(|| Question::ALL.to_vec()),
            Condition::SomeUnanswered { decisive } => {
                let open = unanswered(f);
                let started = open.len() < Question::ALL.len();
                started.then(|| open.into_iter().filter(|q| q.is_decisive() == decisive).collect()).and_then(non_empty)
            }
            Condition::AnyUnsure { decisive } => {
                non_empty(with_value(f, Tri::Unsure).into_iter().filter(|q| q.is_decisive() == decisive).collect())
            }
            Condition::Always => Some(Vec::new()),
        }
    }
}

/// What a rule does when it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Sets the verdict kind (the first deciding rule that holds wins).
    Decide(VerdictKind),
    /// Adds actions without changing the kind.
    Caveat,
}

/// One row of the verdict table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerdictRule {
    pub id: &'static str,
    pub condition: Condition,
    pub effect: Effect,
    pub actions: &'static [Action],
    /// Why the rule leads where it does, for the user and the teacher.
    pub explanation: ReviewMsg,
}

use Condition::{Answered, AnyUnsure, NothingAnswered, SomeUnanswered};
use Question as Q;
use Tri::{No, Yes};
use VerdictKind::{NotAdvisable, RulesFirst, Unsure};

/// The rules in precedence order; see the module documentation for how they combine.
pub const VERDICT_RULES: [VerdictRule; 18] = [
    VerdictRule {
        id: "not_started",
        condition: NothingAnswered,
        effect: Effect::Decide(Unsure),
        actions: &[Action::AnswerQuestions],
        explanation: ReviewMsg::WhyNotStarted,
    },
    VerdictRule {
        id: "unethical",
        condition: Answered(Q::Unethical, Yes),
        effect: Effect::Decide(NotAdvisable),
        actions: &[Action::StopOrRedesign],
        explanation: ReviewMsg::WhyUnethical,
    },
    VerdictRule {
        id: "no_pattern",
        condition: Answered(Q::Pattern, No),
        effect: Effect::Decide(NotAdvisable),
        actions: &[Action::RedefineProblem],
        explanation: ReviewMsg::WhyNoPattern,
    },
    VerdictRule {
        id: "no_objective",
        condition: Answered(Q::Objective, No),
        effect: Effect::Decide(NotAdvisable),
        actions: &[Action::RedefineProblem],
        explanation: ReviewMsg::WhyNoObjective,
    },
    VerdictRule {
        id: "not_cost_effective",
        condition: Answered(Q::NotCostEffective, Yes),
        effect: Effect::Decide(NotAdvisable),
        actions: &[Action::CheckCost],
        explanation: ReviewMsg::WhyNotCostEffective,
    },
    VerdictRule {
        id: "simple_solution",
        condition: Answered(Q::Simple, Yes),
        effect: Effect::Decide(RulesFirst),
        actions: &[Action::BuildRulesFirst],
        explanation: ReviewMsg::WhySimpleSolution,
    },
    VerdictRule {
        id: "not_complex",
        condition: Answered(Q::Complexity, No),
        effect: Effect::Decide(RulesFirst),
        actions: &[Action::BuildRulesFirst],
        explanation: ReviewMsg::WhyNotComplex,
    },
    VerdictRule {
        id: "no_data",
        condition: Answered(Q::Data, No),
        effect: Effect::Decide(RulesFirst),
        actions: &[Action::BuildRulesFirst, Action::PlanDataCollection],
        explanation: ReviewMsg::WhyNoData,
    },
    VerdictRule {
        id: "bad_data",
        condition: Answered(Q::BadData, Yes),
        effect: Effect::Decide(RulesFirst),
        actions: &[Action::BuildRulesFirst, Action::PlanDataCollection],
        explanation: ReviewMsg::WhyBadData,
    },
    VerdictRule {
        id: "unsure",
        condition: AnyUnsure { decisive: true },
        effect: Effect::Decide(Unsure),
        actions: &[Action::InvestigateUnsure],
        explanation: ReviewMsg::WhyUnsure,
    },
    VerdictRule {
        id: "unanswered",
        condition: SomeUnanswered { decisive: true },
        effect: Effect::Decide(Unsure),
        actions: &[Action::AnswerQuestions],
        explanation: ReviewMsg::WhyUnanswered,
    },
    VerdictRule {
        id: "catastrophic",
        condition: Answered(Q::Catastrophic, Yes),
        effect: Effect::Caveat,
        actions: &[Action::AddGuards],
        explanation: ReviewMsg::WhyCatastrophic,
    },
    VerdictRule {
        id: "explain_all",
        condition: Answered(Q::ExplainAll, Yes),
        effect: Effect::Caveat,
        actions: &[Action::ExplainDecisions],
        explanation: ReviewMsg::WhyExplainAll,
    },
    VerdictRule {
        id: "label_issues",
        condition: Answered(Q::LabelIssues, Yes),
        effect: Effect::Caveat,
        actions: &[Action::PlanLabels],
        explanation: ReviewMsg::WhyLabelIssues,
    },
    VerdictRule {
        id: "not_repeated",
        condition: Answered(Q::Repetition, No),
        effect: Effect::Caveat,
        actions: &[Action::ConfirmValue],
        explanation: ReviewMsg::WhyNotRepeated,
    },
    VerdictRule {
        id: "unsure_caveat",
        condition: AnyUnsure { decisive: false },
        effect: Effect::Caveat,
        actions: &[Action::InvestigateUnsure],
        explanation: ReviewMsg::WhyUnsureCaveat,
    },
    VerdictRule {
        id: "unanswered_caveat",
        condition: SomeUnanswered { decisive: false },
        effect: Effect::Caveat,
        actions: &[Action::AnswerQuestions],
        explanation: ReviewMsg::WhyUnansweredCaveat,
    },
    VerdictRule {
        id: "all_clear",
        condition: Condition::Always,
        effect: Effect::Decide(VerdictKind::Fits),
        actions: &[Action::ProceedToGoals],
        explanation: ReviewMsg::WhyAllClear,
    },
];

/// The result of the feasibility step.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub kind: VerdictKind,
    /// The answers that decided the kind, without repeats, in table order (none for "fits":
    /// nothing had to hold for it but the absence of the rest).
    pub causes: Vec<Question>,
    /// The answers that only add caveats, without repeats, in table order.
    pub caveats: Vec<Question>,
    /// The rules that decided the kind, then the caveats that apply.
    pub reasons: Vec<&'static VerdictRule>,
    /// Recommended next steps, without repeats, in table order.
    pub actions: Vec<Action>,
}

impl Verdict {
    /// The keys of [`Verdict::causes`], as the plan's JSON spells them.
    pub fn cause_keys(&self) -> Vec<&'static str> {
        self.causes.iter().map(|q| q.key()).collect()
    }

    /// The keys of [`Verdict::caveats`].
    pub fn caveat_keys(&self) -> Vec<&'static str> {
        self.caveats.iter().map(|q| q.key()).collect()
    }
}

/// Runs the answers through [`VERDICT_RULES`].
pub fn verdict(f: &FeasibilitySection) -> Verdict {
    let holding: Vec<(&'static VerdictRule, Vec<Question>)> =
        VERDICT_RULES.iter().filter_map(|r| r.condition.causes(f).map(|c| (r, c))).collect();
    let kind = holding
        .iter()
        .find_map(|(r, _)| match r.effect {
            Effect::Decide(kind) => Some(kind),
            Effect::Caveat => None,
        })
        .expect("the last rule always holds and decides");
    let applies = |r: &VerdictRule| match r.effect {
        Effect::Decide(k) => k == kind,
        Effect::Caveat => kind != NotAdvisable,
    };
    let mut v = Verdict { kind, causes: Vec::new(), caveats: Vec::new(), reasons: Vec::new(), actions: Vec::new() };
    for (rule, causes) in holding.into_iter().filter(|(r, _)| applies(r)) {
        v.reasons.push(rule);
        match rule.effect {
            Effect::Decide(_) => push_new(&mut v.causes, causes),
            Effect::Caveat => push_new(&mut v.caveats, causes),
        }
        push_new(&mut v.actions, rule.actions.iter().copied());
    }
    // Caveats sit before the fallback in the table; list the deciding reasons first.
    crate::order::sort_by_key(&mut v.reasons, |r| matches!(r.effect, Effect::Caveat));
    v
}

fn push_new<T: PartialEq>(into: &mut Vec<T>, items: impl IntoIterator<Item = T>) {
    for item in items {
        if !into.contains(&item) {
            into.push(item);
        }
    }
}
