//! The feasibility verdict: is ML the right tool for this problem?
//!
//! The eleven answers of the feasibility step (five signals that ML fits, six red flags) are run
//! through [`VERDICT_RULES`], an ordered table a teacher can read top to bottom:
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
//! | 10 | `unsure` | any answer is "unsure" | Unsure |
//! | 11 | `unanswered` | some, not all, questions unanswered | Unsure |
//! | 12 | `catastrophic` | catastrophic = yes | caveat: add guards |
//! | 13 | `explain_all` | explain_all = yes | caveat: plan explanations |
//! | 14 | `not_repeated` | repetition = no | caveat: confirm the value |
//! | 15 | `all_clear` | always (the fallback) | Fits |
//!
//! How the table is read:
//! - The **first** deciding rule that holds sets the kind; the table is sorted from the gravest
//!   kind (not advisable) to the mildest (fits), so a definite "no" outweighs open questions.
//! - Every other deciding rule of that same kind also holds and adds its causes and actions, so the
//!   user sees all the reasons at once, not just the first.
//! - Caveats never change the kind. They add their actions (guards, explanations) to any verdict
//!   except "not advisable", where there is nothing left to guard.

mod outcome;
mod question;
#[cfg(test)]
mod tests;

pub use outcome::{Action, VerdictKind};
pub use question::{open_questions, question_text, unanswered, Question};

use crate::i18n::Lang;
use crate::plan::{FeasibilitySection, Tri};
use question::with_value;

/// When a verdict rule holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// The question is answered with exactly this value.
    Answered(Question, Tri),
    /// No question has an answer yet.
    NothingAnswered,
    /// At least one question is answered and at least one is not.
    SomeUnanswered,
    /// At least one question is answered "unsure".
    AnyUnsure,
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
            Condition::SomeUnanswered => {
                let open = unanswered(f);
                (open.len() < Question::ALL.len()).then_some(open).and_then(non_empty)
            }
            Condition::AnyUnsure => non_empty(with_value(f, Tri::Unsure)),
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

/// A text in both languages; the struct literal refuses one without the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub ko: &'static str,
}

impl Text {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Ko => self.ko,
        }
    }
}

/// One row of the verdict table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerdictRule {
    pub id: &'static str,
    pub condition: Condition,
    pub effect: Effect,
    pub actions: &'static [Action],
    /// Why the rule leads where it does, for the user and the teacher.
    pub explanation: Text,
}

use Condition::{Answered, AnyUnsure, NothingAnswered, SomeUnanswered};
use Question as Q;
use Tri::{No, Yes};
use VerdictKind::{NotAdvisable, RulesFirst, Unsure};

/// The rules in precedence order; see the module documentation for how they combine.
pub const VERDICT_RULES: [VerdictRule; 15] = [
    VerdictRule {
        id: "not_started",
        condition: NothingAnswered,
        effect: Effect::Decide(Unsure),
        actions: &[Action::AnswerQuestions],
        explanation: Text {
            en: "No question is answered yet, so there is nothing to judge.",
            ko: "아직 답한 질문이 없어 판단할 근거가 없습니다.",
        },
    },
    VerdictRule {
        id: "unethical",
        condition: Answered(Q::Unethical, Yes),
        effect: Effect::Decide(NotAdvisable),
        actions: &[Action::StopOrRedesign],
        explanation: Text {
            en: "An unethical task should not be automated, however well a model could learn it.",
            ko: "비윤리적인 일은 모델이 아무리 잘 배우더라도 자동화해서는 안 됩니다.",
        },
    },
    VerdictRule {
        id: "no_pattern",
        condition: Answered(Q::Pattern, No),
        effect: Effect::Decide(NotAdvisable),
        actions: &[Action::RedefineProblem],
        explanation: Text {
            en: "Without a pattern there is nothing for a model to learn.",
            ko: "패턴이 없으면 모델이 배울 것이 없습니다.",
        },
    },
    VerdictRule {
        id: "no_objective",
        condition: Answered(Q::Objective, No),
        effect: Effect::Decide(NotAdvisable),
        actions: &[Action::RedefineProblem],
        explanation: Text {
            en: "A model cannot be trained without an objective function to optimise.",
            ko: "최적화할 목적함수가 없으면 모델을 학습시킬 수 없습니다.",
        },
    },
    VerdictRule {
        id: "not_cost_effective",
        condition: Answered(Q::NotCostEffective, Yes),
        effect: Effect::Decide(NotAdvisable),
        actions: &[Action::CheckCost],
        explanation: Text {
            en: "When ML costs more than it returns, the project loses even if the model works.",
            ko: "머신러닝 비용이 얻는 가치보다 크면 모델이 잘 동작하더라도 손해입니다.",
        },
    },
    VerdictRule {
        id: "simple_solution",
        condition: Answered(Q::Simple, Yes),
        effect: Effect::Decide(RulesFirst),
        actions: &[Action::BuildRulesFirst],
        explanation: Text {
            en: "A simple solution exists: build it first and reach for ML only if it falls short.",
            ko: "간단한 해법이 있습니다. 그것을 먼저 만들고, 부족할 때만 머신러닝을 쓰세요.",
        },
    },
    VerdictRule {
        id: "not_complex",
        condition: Answered(Q::Complexity, No),
        effect: Effect::Decide(RulesFirst),
        actions: &[Action::BuildRulesFirst],
        explanation: Text {
            en: "A pattern that a few rules can capture does not need a model.",
            ko: "몇 가지 규칙으로 표현되는 패턴이라면 모델이 필요 없습니다.",
        },
    },
    VerdictRule {
        id: "no_data",
        condition: Answered(Q::Data, No),
        effect: Effect::Decide(RulesFirst),
        actions: &[Action::BuildRulesFirst, Action::PlanDataCollection],
        explanation: Text {
            en: "A model cannot learn without data; rules can do the job while data is collected.",
            ko: "데이터 없이는 모델이 배울 수 없습니다. 데이터를 모으는 동안은 규칙으로 일을 처리할 수 있습니다.",
        },
    },
    VerdictRule {
        id: "bad_data",
        condition: Answered(Q::BadData, Yes),
        effect: Effect::Decide(RulesFirst),
        actions: &[Action::BuildRulesFirst, Action::PlanDataCollection],
        explanation: Text {
            en: "A model trained on poor data learns its flaws; rules can do the job while better data is gathered.",
            ko: "품질이 낮은 데이터로 학습한 모델은 그 결함까지 배웁니다. 더 나은 데이터를 모으는 동안은 규칙으로 \
                 처리하세요.",
        },
    },
    VerdictRule {
        id: "unsure",
        condition: AnyUnsure,
        effect: Effect::Decide(Unsure),
        actions: &[Action::InvestigateUnsure],
        explanation: Text {
            en: "An \"unsure\" answer could still tip the verdict either way.",
            ko: "'잘 모르겠음'으로 남은 답이 결론을 어느 쪽으로든 바꿀 수 있습니다.",
        },
    },
    VerdictRule {
        id: "unanswered",
        condition: SomeUnanswered,
        effect: Effect::Decide(Unsure),
        actions: &[Action::AnswerQuestions],
        explanation: Text {
            en: "Questions without an answer could still change the verdict.",
            ko: "답하지 않은 질문이 결론을 바꿀 수 있습니다.",
        },
    },
    VerdictRule {
        id: "catastrophic",
        condition: Answered(Q::Catastrophic, Yes),
        effect: Effect::Caveat,
        actions: &[Action::AddGuards],
        explanation: Text {
            en: "ML can still fit, but only with guards that catch a wildly wrong prediction.",
            ko: "머신러닝을 쓸 수는 있지만, 터무니없이 틀린 예측을 걸러 낼 안전장치가 있어야 합니다.",
        },
    },
    VerdictRule {
        id: "explain_all",
        condition: Answered(Q::ExplainAll, Yes),
        effect: Effect::Caveat,
        actions: &[Action::ExplainDecisions],
        explanation: Text {
            en: "ML can still fit if each decision can be explained to the people who need it.",
            ko: "결정마다 필요한 사람에게 설명할 수 있다면 머신러닝을 쓸 수 있습니다.",
        },
    },
    VerdictRule {
        id: "not_repeated",
        condition: Answered(Q::Repetition, No),
        effect: Effect::Caveat,
        actions: &[Action::ConfirmValue],
        explanation: Text {
            en: "Without repetition little labour is saved, so the value has to come from somewhere else.",
            ko: "반복되지 않는 일이면 아끼는 노동이 적으므로, 가치는 다른 곳에서 나와야 합니다.",
        },
    },
    VerdictRule {
        id: "all_clear",
        condition: Condition::Always,
        effect: Effect::Decide(VerdictKind::Fits),
        actions: &[Action::ProceedToGoals],
        explanation: Text {
            en: "The signals that matter are present and no blocking red flag is raised.",
            ko: "중요한 신호가 모두 있고, 진행을 막는 위험 신호가 없습니다.",
        },
    },
];

/// The result of the feasibility step.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub kind: VerdictKind,
    /// The answers behind the verdict and its caveats, without repeats, in table order.
    pub causes: Vec<Question>,
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
    let mut v = Verdict { kind, causes: Vec::new(), reasons: Vec::new(), actions: Vec::new() };
    for (rule, causes) in holding.into_iter().filter(|(r, _)| applies(r)) {
        v.reasons.push(rule);
        push_new(&mut v.causes, causes);
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
