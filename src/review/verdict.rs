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

use crate::i18n::Lang;
use crate::plan::{Answer, FeasibilitySection, Tri};

/// One of the eleven feasibility questions, keyed as in [`FeasibilitySection::answers`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    Pattern,
    Objective,
    Complexity,
    Data,
    Repetition,
    Unethical,
    Simple,
    BadData,
    Catastrophic,
    ExplainAll,
    NotCostEffective,
}

impl Question {
    /// Signals first, then red flags, in the lecture's order.
    pub const ALL: [Question; 11] = [
        Question::Pattern,
        Question::Objective,
        Question::Complexity,
        Question::Data,
        Question::Repetition,
        Question::Unethical,
        Question::Simple,
        Question::BadData,
        Question::Catastrophic,
        Question::ExplainAll,
        Question::NotCostEffective,
    ];

    /// The stable key, the same word the plan's JSON and [`FeasibilitySection::answers`] use.
    pub fn key(self) -> &'static str {
        match self {
            Question::Pattern => "pattern",
            Question::Objective => "objective",
            Question::Complexity => "complexity",
            Question::Data => "data",
            Question::Repetition => "repetition",
            Question::Unethical => "unethical",
            Question::Simple => "simple",
            Question::BadData => "bad_data",
            Question::Catastrophic => "catastrophic",
            Question::ExplainAll => "explain_all",
            Question::NotCostEffective => "not_cost_effective",
        }
    }

    pub fn from_key(key: &str) -> Option<Question> {
        Question::ALL.iter().copied().find(|q| q.key() == key)
    }

    /// Red flags are the questions where "yes" counts against ML.
    pub fn is_red_flag(self) -> bool {
        matches!(
            self,
            Question::Unethical
                | Question::Simple
                | Question::BadData
                | Question::Catastrophic
                | Question::ExplainAll
                | Question::NotCostEffective
        )
    }

    pub fn answer(self, f: &FeasibilitySection) -> &Answer {
        match self {
            Question::Pattern => &f.pattern,
            Question::Objective => &f.objective,
            Question::Complexity => &f.complexity,
            Question::Data => &f.data,
            Question::Repetition => &f.repetition,
            Question::Unethical => &f.unethical,
            Question::Simple => &f.simple,
            Question::BadData => &f.bad_data,
            Question::Catastrophic => &f.catastrophic,
            Question::ExplainAll => &f.explain_all,
            Question::NotCostEffective => &f.not_cost_effective,
        }
    }

    /// A short name, for cause chips and lists.
    pub fn label(self, lang: Lang) -> &'static str {
        self.texts(lang).0
    }

    /// The question as the user reads it.
    pub fn prompt(self, lang: Lang) -> &'static str {
        self.texts(lang).1
    }

    /// One sentence of guidance shown next to the question.
    pub fn hint(self, lang: Lang) -> &'static str {
        self.texts(lang).2
    }

    /// (label, prompt, hint). One match per language keeps each translation in one place.
    fn texts(self, lang: Lang) -> (&'static str, &'static str, &'static str) {
        match lang {
            Lang::En => match self {
                Question::Pattern => (
                    "Learnable pattern",
                    "Is there a pattern in the data that a model could learn?",
                    "Lottery draws have none. Look at the data before you answer.",
                ),
                Question::Objective => (
                    "Objective function",
                    "Can you write down what the model should minimise or maximise?",
                    "In supervised learning this is usually the gap between the label and the prediction.",
                ),
                Question::Complexity => (
                    "Complex pattern",
                    "Is the pattern too complex to write down as a handful of rules?",
                    "Finding an address by postcode is a lookup; pricing a house from its area, size, age \
                     and nearby schools is not.",
                ),
                Question::Data => (
                    "Data available",
                    "Does the data exist, or can you collect it?",
                    "If not, start with a rule-based system and a plan to collect data.",
                ),
                Question::Repetition => (
                    "Repeated task",
                    "Do people do this task over and over?",
                    "Repetition hints at a pattern, and automating it frees people's time.",
                ),
                Question::Unethical => (
                    "Ethical risk",
                    "Could the system act unethically, for example by discriminating on race or sex?",
                    "A chatbot that picked up abusive language from its users is a well-known case.",
                ),
                Question::Simple => (
                    "Simple alternative",
                    "Could the problem be solved simply, without ML?",
                    "A lookup table, a sort or a few rules often does the job.",
                ),
                Question::BadData => (
                    "Good data is hard to get",
                    "Is good data hard to obtain?",
                    "Think of labels that are missing, wrong, or only cover the cases someone happened to catch.",
                ),
                Question::Catastrophic => (
                    "Catastrophic error",
                    "Would a single wrong prediction be catastrophic?",
                    "A fare of 100 million won for a short taxi ride must never reach a customer.",
                ),
                Question::ExplainAll => (
                    "Every decision explained",
                    "Must every single decision be explained?",
                    "Note to whom: a regulator, a customer, an internal reviewer.",
                ),
                Question::NotCostEffective => (
                    "Not worth the cost",
                    "Would ML cost more than it returns, in people's time or infrastructure?",
                    "Weigh labelling hours, engineers and GPU machines against the value.",
                ),
            },
            Lang::Ko => match self {
                Question::Pattern => (
                    "학습할 패턴",
                    "데이터에 모델이 학습할 수 있는 패턴이 있나요?",
                    "로또 번호처럼 무작위인 결과에는 패턴이 없습니다. 답하기 전에 데이터를 먼저 살펴보세요.",
                ),
                Question::Objective => (
                    "목적함수",
                    "모델이 최소화하거나 최대화할 목적함수를 정의할 수 있나요?",
                    "지도 학습이라면 보통 레이블과 예측값의 차이가 목적함수가 됩니다.",
                ),
                Question::Complexity => (
                    "패턴의 복잡성",
                    "몇 가지 규칙으로 적기 어려울 만큼 패턴이 복잡한가요?",
                    "우편번호로 주소를 찾는 일은 단순 조회지만, 동네·면적·연식·학군으로 집값을 매기는 일은 그렇지 \
                     않습니다.",
                ),
                Question::Data => (
                    "데이터 확보",
                    "데이터가 이미 있거나 수집할 수 있나요?",
                    "없다면 규칙 기반 시스템으로 시작하면서 데이터 수집 계획을 세우세요.",
                ),
                Question::Repetition => (
                    "반복 작업",
                    "사람들이 이 일을 반복해서 하고 있나요?",
                    "반복되는 일에는 패턴이 있기 쉽고, 자동화하면 사람의 시간을 아낄 수 있습니다.",
                ),
                Question::Unethical => (
                    "윤리 문제",
                    "인종이나 성별에 따른 차별처럼 비윤리적인 결과를 낼 수 있나요?",
                    "사용자에게서 욕설을 배운 챗봇이 잘 알려진 사례입니다.",
                ),
                Question::Simple => (
                    "간단한 대안",
                    "머신러닝 없이도 간단히 해결할 수 있나요?",
                    "조회 테이블, 정렬, 몇 가지 규칙만으로 충분한 경우가 많습니다.",
                ),
                Question::BadData => (
                    "좋은 데이터 확보의 어려움",
                    "품질 좋은 데이터를 얻기 어렵나요?",
                    "레이블이 없거나 틀렸거나, 우연히 적발된 사례만 담긴 경우를 떠올려 보세요.",
                ),
                Question::Catastrophic => (
                    "치명적인 오류",
                    "잘못된 예측 하나가 치명적인 결과로 이어지나요?",
                    "짧은 택시 이동에 1억 원 요금이 고객에게 표시되는 일은 절대 없어야 합니다.",
                ),
                Question::ExplainAll => (
                    "모든 결정의 설명",
                    "결정 하나하나를 모두 설명할 수 있어야 하나요?",
                    "누구에게 설명해야 하는지도 적어 두세요. 예: 규제 기관, 고객, 내부 검토자.",
                ),
                Question::NotCostEffective => (
                    "비용 대비 효과 부족",
                    "사람의 시간이나 인프라 비용을 따지면 머신러닝이 얻는 것보다 비용이 더 큰가요?",
                    "레이블링 시간, 엔지니어 인력, GPU 장비 비용을 기대 가치와 비교해 보세요.",
                ),
            },
        }
    }
}

/// The label, prompt and hint of a question given by its key, for views that iterate
/// [`FeasibilitySection::answers`]. `None` for an unknown key.
pub fn question_text(key: &str, lang: Lang) -> Option<(&'static str, &'static str)> {
    Question::from_key(key).map(|q| (q.prompt(lang), q.hint(lang)))
}

/// The overall judgement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VerdictKind {
    Fits,
    Unsure,
    RulesFirst,
    NotAdvisable,
}

impl VerdictKind {
    pub const ALL: [VerdictKind; 4] =
        [VerdictKind::Fits, VerdictKind::Unsure, VerdictKind::RulesFirst, VerdictKind::NotAdvisable];

    /// Stable word for HTML attributes and tests; never translated.
    pub fn slug(self) -> &'static str {
        match self {
            VerdictKind::Fits => "fits",
            VerdictKind::Unsure => "unsure",
            VerdictKind::RulesFirst => "rules_first",
            VerdictKind::NotAdvisable => "not_advisable",
        }
    }

    pub fn title(self, lang: Lang) -> &'static str {
        self.texts(lang).0
    }

    /// One sentence saying what the verdict means for the user.
    pub fn explanation(self, lang: Lang) -> &'static str {
        self.texts(lang).1
    }

    fn texts(self, lang: Lang) -> (&'static str, &'static str) {
        match lang {
            Lang::En => match self {
                VerdictKind::Fits => (
                    "ML fits this problem",
                    "The signals are there and no red flag stands in the way, so go on to the goal and objectives.",
                ),
                VerdictKind::Unsure => {
                    ("Not settled yet", "Some answers are missing or unsure, so the verdict could still go either way.")
                }
                VerdictKind::RulesFirst => (
                    "Start with rules",
                    "Build a simple rule-based system first; it becomes the baseline any later model must beat.",
                ),
                VerdictKind::NotAdvisable => {
                    ("ML is not advisable", "As the problem is framed now, your answers point away from using ML.")
                }
            },
            Lang::Ko => match self {
                VerdictKind::Fits => (
                    "머신러닝이 잘 맞는 문제입니다",
                    "필요한 신호가 있고 가로막는 위험 신호가 없으니, 목표와 세부 목표를 정하는 단계로 넘어가세요.",
                ),
                VerdictKind::Unsure => (
                    "아직 판단할 수 없습니다",
                    "답하지 않았거나 확실하지 않은 질문이 있어 결론이 어느 쪽으로든 바뀔 수 있습니다.",
                ),
                VerdictKind::RulesFirst => (
                    "규칙 기반으로 먼저 시작하세요",
                    "간단한 규칙 기반 시스템을 먼저 만드세요. 나중에 만들 모델이 넘어서야 할 베이스라인이 됩니다.",
                ),
                VerdictKind::NotAdvisable => (
                    "머신러닝을 권하지 않습니다",
                    "지금 정의한 문제에 대해서는 답변들이 머신러닝을 쓰지 않는 쪽을 가리킵니다.",
                ),
            },
        }
    }
}

/// A recommended next step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    AnswerQuestions,
    InvestigateUnsure,
    StopOrRedesign,
    RedefineProblem,
    CheckCost,
    BuildRulesFirst,
    PlanDataCollection,
    AddGuards,
    ExplainDecisions,
    ConfirmValue,
    ProceedToGoals,
}

impl Action {
    pub const ALL: [Action; 11] = [
        Action::AnswerQuestions,
        Action::InvestigateUnsure,
        Action::StopOrRedesign,
        Action::RedefineProblem,
        Action::CheckCost,
        Action::BuildRulesFirst,
        Action::PlanDataCollection,
        Action::AddGuards,
        Action::ExplainDecisions,
        Action::ConfirmValue,
        Action::ProceedToGoals,
    ];

    /// Stable word for HTML attributes and tests.
    pub fn slug(self) -> &'static str {
        match self {
            Action::AnswerQuestions => "answer_questions",
            Action::InvestigateUnsure => "investigate_unsure",
            Action::StopOrRedesign => "stop_or_redesign",
            Action::RedefineProblem => "redefine_problem",
            Action::CheckCost => "check_cost",
            Action::BuildRulesFirst => "build_rules_first",
            Action::PlanDataCollection => "plan_data_collection",
            Action::AddGuards => "add_guards",
            Action::ExplainDecisions => "explain_decisions",
            Action::ConfirmValue => "confirm_value",
            Action::ProceedToGoals => "proceed_to_goals",
        }
    }

    /// One imperative sentence.
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => match self {
                Action::AnswerQuestions => "Answer the open feasibility questions, with a short note on each.",
                Action::InvestigateUnsure => {
                    "Turn each \"unsure\" into a yes or a no: explore the data and ask the team that owns it."
                }
                Action::StopOrRedesign => {
                    "Stop here, or redesign the task so it cannot treat people unfairly and review it with the \
                     people it affects."
                }
                Action::RedefineProblem => {
                    "Reframe the problem until it has a learnable pattern and a target the model can optimise."
                }
                Action::CheckCost => {
                    "Put a number on people's time and infrastructure, compare it with the value, and go ahead \
                     only if the value is larger."
                }
                Action::BuildRulesFirst => "Build a rule-based version first, measure it, and keep it as the baseline.",
                Action::PlanDataCollection => {
                    "Write a data-collection plan: what to log, who labels it, and how long it takes to gather \
                     enough."
                }
                Action::AddGuards => {
                    "Add post-processing guards, such as limits, sanity checks or human review, so no single wrong \
                     prediction reaches people unchecked."
                }
                Action::ExplainDecisions => {
                    "Choose an interpretable model or plan an explanation for each decision, and name who reads it."
                }
                Action::ConfirmValue => {
                    "The task is rarely repeated, so automation saves little time: state the value clearly before \
                     investing."
                }
                Action::ProceedToGoals => "Go on to the goal and objectives, and plan a simple baseline.",
            },
            Lang::Ko => match self {
                Action::AnswerQuestions => "남은 타당성 질문에 답하고, 답마다 짧은 근거를 적으세요.",
                Action::InvestigateUnsure => {
                    "'잘 모르겠음'으로 답한 질문은 데이터를 직접 살펴보고 담당 팀에 물어 '예'나 '아니요'로 정리하세요."
                }
                Action::StopOrRedesign => {
                    "여기서 멈추거나, 사람을 불공정하게 대하지 않도록 과제를 다시 설계한 뒤 영향을 받는 사람들과 함께 \
                     검토하세요."
                }
                Action::RedefineProblem => "학습할 패턴과 모델이 최적화할 목적함수가 생기도록 문제를 다시 정의하세요.",
                Action::CheckCost => {
                    "사람의 시간과 인프라 비용을 숫자로 적어 기대 가치와 비교하고, 가치가 더 클 때만 진행하세요."
                }
                Action::BuildRulesFirst => {
                    "규칙 기반 버전을 먼저 만들어 성능을 측정하고, 이를 베이스라인으로 남겨 두세요."
                }
                Action::PlanDataCollection => {
                    "데이터 수집 계획을 세우세요. 무엇을 기록할지, 누가 레이블을 달지, 충분히 모으는 데 얼마나 \
                     걸릴지 적습니다."
                }
                Action::AddGuards => {
                    "잘못된 예측 하나가 그대로 전달되지 않도록 상한·하한, 상식 검사, 사람 검토 같은 후처리 안전장치를 \
                     두세요."
                }
                Action::ExplainDecisions => {
                    "해석 가능성이 높은 모델을 고르거나 결정마다 설명을 제공할 방법을 정하고, 그 설명을 누가 보는지 \
                     적으세요."
                }
                Action::ConfirmValue => {
                    "자주 반복되는 일이 아니라 자동화로 아끼는 시간이 적습니다. 투자하기 전에 얻을 가치를 분명히 \
                     적으세요."
                }
                Action::ProceedToGoals => "목표와 세부 목표를 정하고, 간단한 베이스라인을 계획하세요.",
            },
        }
    }
}

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

/// Questions without an answer, in lecture order.
pub fn unanswered(f: &FeasibilitySection) -> Vec<Question> {
    Question::ALL.into_iter().filter(|q| q.answer(f).value.is_none()).collect()
}

/// Questions that are unanswered or answered "unsure": the ones still open.
pub fn open_questions(f: &FeasibilitySection) -> Vec<Question> {
    Question::ALL.into_iter().filter(|q| matches!(q.answer(f).value, None | Some(Tri::Unsure))).collect()
}

fn with_value(f: &FeasibilitySection, value: Tri) -> Vec<Question> {
    Question::ALL.into_iter().filter(|q| q.answer(f).value == Some(value)).collect()
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

use super::texts::ReviewMsg;
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
        condition: AnyUnsure,
        effect: Effect::Decide(Unsure),
        actions: &[Action::InvestigateUnsure],
        explanation: ReviewMsg::WhyUnsure,
    },
    VerdictRule {
        id: "unanswered",
        condition: SomeUnanswered,
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
        id: "not_repeated",
        condition: Answered(Q::Repetition, No),
        effect: Effect::Caveat,
        actions: &[Action::ConfirmValue],
        explanation: ReviewMsg::WhyNotRepeated,
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A plan where ML clearly fits: every signal yes, every red flag no.
    fn clear() -> FeasibilitySection {
        let mut f = FeasibilitySection::default();
        for q in Question::ALL {
            set(&mut f, q, if q.is_red_flag() { No } else { Yes });
        }
        f
    }

    fn set(f: &mut FeasibilitySection, q: Question, value: Tri) {
        let a = match q {
            Q::Pattern => &mut f.pattern,
            Q::Objective => &mut f.objective,
            Q::Complexity => &mut f.complexity,
            Q::Data => &mut f.data,
            Q::Repetition => &mut f.repetition,
            Q::Unethical => &mut f.unethical,
            Q::Simple => &mut f.simple,
            Q::BadData => &mut f.bad_data,
            Q::Catastrophic => &mut f.catastrophic,
            Q::ExplainAll => &mut f.explain_all,
            Q::NotCostEffective => &mut f.not_cost_effective,
        };
        a.value = Some(value);
    }

    fn with(q: Question, value: Tri) -> FeasibilitySection {
        let mut f = clear();
        set(&mut f, q, value);
        f
    }

    fn ids(v: &Verdict) -> Vec<&'static str> {
        v.reasons.iter().map(|r| r.id).collect()
    }

    fn rule(id: &str) -> &'static VerdictRule {
        VERDICT_RULES.iter().find(|r| r.id == id).unwrap()
    }

    #[test]
    fn keys_match_the_plan_model() {
        let f = FeasibilitySection::default();
        let model: Vec<&str> = f.answers().iter().map(|(k, _)| *k).collect();
        let ours: Vec<&str> = Question::ALL.iter().map(|q| q.key()).collect();
        assert_eq!(model, ours);
        for q in Question::ALL {
            assert_eq!(Question::from_key(q.key()), Some(q));
        }
        assert_eq!(Question::from_key("nope"), None);
    }

    #[test]
    fn answer_reads_the_matching_field() {
        for q in Question::ALL {
            let f = with(q, Tri::Unsure);
            assert_eq!(q.answer(&f).value, Some(Tri::Unsure), "{q:?}");
            assert_eq!(open_questions(&f), vec![q]);
        }
    }

    #[test]
    fn slugs_are_stable() {
        let slugs: Vec<&str> = VerdictKind::ALL.iter().map(|k| k.slug()).collect();
        assert_eq!(slugs, ["fits", "unsure", "rules_first", "not_advisable"]);
    }

    #[test]
    fn rule_ids_are_unique_and_the_fallback_is_last() {
        for (i, r) in VERDICT_RULES.iter().enumerate() {
            assert!(VERDICT_RULES[..i].iter().all(|o| o.id != r.id), "duplicate {}", r.id);
        }
        let last = VERDICT_RULES.last().unwrap();
        assert_eq!(last.condition, Condition::Always);
        assert!(matches!(last.effect, Effect::Decide(VerdictKind::Fits)));
    }

    #[test]
    fn every_text_exists_in_both_languages_and_differs() {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        for q in Question::ALL {
            pairs.push((q.label(Lang::En), q.label(Lang::Ko)));
            pairs.push((q.prompt(Lang::En), q.prompt(Lang::Ko)));
            pairs.push((q.hint(Lang::En), q.hint(Lang::Ko)));
        }
        for k in VerdictKind::ALL {
            pairs.push((k.title(Lang::En), k.title(Lang::Ko)));
            pairs.push((k.explanation(Lang::En), k.explanation(Lang::Ko)));
        }
        for a in Action::ALL {
            pairs.push((a.text(Lang::En), a.text(Lang::Ko)));
        }
        for r in VERDICT_RULES {
            pairs.push((r.explanation.text(Lang::En), r.explanation.text(Lang::Ko)));
        }
        for (en, ko) in pairs {
            assert!(!en.trim().is_empty() && !ko.trim().is_empty());
            assert_ne!(en, ko);
        }
    }

    #[test]
    fn question_text_by_key() {
        let (prompt, hint) = question_text("bad_data", Lang::Ko).unwrap();
        assert_eq!(prompt, Q::BadData.prompt(Lang::Ko));
        assert_eq!(hint, Q::BadData.hint(Lang::Ko));
        assert!(question_text("weather", Lang::En).is_none());
    }

    #[test]
    fn not_started_fires_on_an_empty_section_only() {
        let v = verdict(&FeasibilitySection::default());
        assert_eq!(v.kind, VerdictKind::Unsure);
        assert_eq!(ids(&v), ["not_started"]);
        assert_eq!(v.actions, [Action::AnswerQuestions]);
        assert_eq!(v.causes.len(), 11);

        let mut one = FeasibilitySection::default();
        set(&mut one, Q::Pattern, Yes);
        assert!(!ids(&verdict(&one)).contains(&"not_started"));
    }

    #[test]
    fn unethical_is_not_advisable() {
        let v = verdict(&with(Q::Unethical, Yes));
        assert_eq!(v.kind, VerdictKind::NotAdvisable);
        assert_eq!(v.cause_keys(), ["unethical"]);
        assert_eq!(v.actions, [Action::StopOrRedesign]);
        assert_ne!(verdict(&with(Q::Unethical, No)).kind, VerdictKind::NotAdvisable);
    }

    #[test]
    fn unethical_wins_even_when_other_questions_are_open() {
        let mut f = FeasibilitySection::default();
        set(&mut f, Q::Unethical, Yes);
        set(&mut f, Q::Data, Tri::Unsure);
        assert_eq!(verdict(&f).kind, VerdictKind::NotAdvisable);
    }

    #[test]
    fn no_pattern_is_not_advisable() {
        let v = verdict(&with(Q::Pattern, No));
        assert_eq!(v.kind, VerdictKind::NotAdvisable);
        assert_eq!(ids(&v), ["no_pattern"]);
        assert_eq!(v.actions, [Action::RedefineProblem]);
        assert_eq!(verdict(&with(Q::Pattern, Yes)).kind, VerdictKind::Fits);
    }

    #[test]
    fn no_objective_is_not_advisable() {
        let v = verdict(&with(Q::Objective, No));
        assert_eq!(v.kind, VerdictKind::NotAdvisable);
        assert_eq!(ids(&v), ["no_objective"]);
        assert!(!ids(&verdict(&clear())).contains(&"no_objective"));
    }

    #[test]
    fn not_cost_effective_is_not_advisable() {
        let v = verdict(&with(Q::NotCostEffective, Yes));
        assert_eq!(v.kind, VerdictKind::NotAdvisable);
        assert_eq!(v.actions, [Action::CheckCost]);
        assert_eq!(verdict(&with(Q::NotCostEffective, No)).kind, VerdictKind::Fits);
    }

    #[test]
    fn several_not_advisable_causes_are_all_reported() {
        let mut f = with(Q::Unethical, Yes);
        set(&mut f, Q::Pattern, No);
        set(&mut f, Q::Data, No);
        let v = verdict(&f);
        assert_eq!(ids(&v), ["unethical", "no_pattern"], "rules-first reasons are outweighed");
        assert_eq!(v.cause_keys(), ["unethical", "pattern"]);
    }

    #[test]
    fn simple_solution_is_rules_first() {
        let v = verdict(&with(Q::Simple, Yes));
        assert_eq!(v.kind, VerdictKind::RulesFirst);
        assert_eq!(v.actions, [Action::BuildRulesFirst]);
        assert_eq!(verdict(&with(Q::Simple, No)).kind, VerdictKind::Fits);
    }

    #[test]
    fn not_complex_is_rules_first() {
        let v = verdict(&with(Q::Complexity, No));
        assert_eq!(v.kind, VerdictKind::RulesFirst);
        assert_eq!(ids(&v), ["not_complex"]);
        assert!(!ids(&verdict(&with(Q::Complexity, Yes))).contains(&"not_complex"));
    }

    #[test]
    fn no_data_is_rules_first_with_a_collection_plan() {
        let v = verdict(&with(Q::Data, No));
        assert_eq!(v.kind, VerdictKind::RulesFirst);
        assert_eq!(v.actions, [Action::BuildRulesFirst, Action::PlanDataCollection]);
        assert_eq!(verdict(&with(Q::Data, Yes)).kind, VerdictKind::Fits);
    }

    #[test]
    fn bad_data_is_rules_first() {
        let v = verdict(&with(Q::BadData, Yes));
        assert_eq!(v.kind, VerdictKind::RulesFirst);
        assert_eq!(v.cause_keys(), ["bad_data"]);
        assert_eq!(verdict(&with(Q::BadData, No)).kind, VerdictKind::Fits);
    }

    #[test]
    fn rules_first_outweighs_open_questions() {
        let mut f = FeasibilitySection::default();
        set(&mut f, Q::Data, No);
        set(&mut f, Q::Pattern, Tri::Unsure);
        assert_eq!(verdict(&f).kind, VerdictKind::RulesFirst);
    }

    #[test]
    fn unsure_answer_leaves_the_verdict_open() {
        let v = verdict(&with(Q::Complexity, Tri::Unsure));
        assert_eq!(v.kind, VerdictKind::Unsure);
        assert_eq!(ids(&v), ["unsure"]);
        assert_eq!(v.actions, [Action::InvestigateUnsure]);
        assert!(!ids(&verdict(&clear())).contains(&"unsure"));
    }

    #[test]
    fn partly_answered_is_unsure_and_names_the_gaps() {
        let mut f = clear();
        f.data.value = None;
        f.repetition.value = None;
        let v = verdict(&f);
        assert_eq!(v.kind, VerdictKind::Unsure);
        assert_eq!(ids(&v), ["unanswered"]);
        assert_eq!(v.cause_keys(), ["data", "repetition"]);
        assert!(!ids(&verdict(&clear())).contains(&"unanswered"));
    }

    #[test]
    fn catastrophic_fits_only_with_guards() {
        let v = verdict(&with(Q::Catastrophic, Yes));
        assert_eq!(v.kind, VerdictKind::Fits);
        assert_eq!(ids(&v), ["all_clear", "catastrophic"]);
        assert_eq!(v.actions, [Action::AddGuards, Action::ProceedToGoals]);
        assert!(!verdict(&clear()).actions.contains(&Action::AddGuards));
    }

    #[test]
    fn caveats_also_apply_to_open_and_rules_first_verdicts() {
        let mut f = with(Q::Catastrophic, Yes);
        set(&mut f, Q::Data, Tri::Unsure);
        assert!(verdict(&f).actions.contains(&Action::AddGuards));
        set(&mut f, Q::Data, No);
        assert!(verdict(&f).actions.contains(&Action::AddGuards));
    }

    #[test]
    fn caveats_are_dropped_when_ml_is_not_advisable() {
        let mut f = with(Q::Catastrophic, Yes);
        set(&mut f, Q::Unethical, Yes);
        let v = verdict(&f);
        assert_eq!(v.actions, [Action::StopOrRedesign]);
        assert_eq!(v.cause_keys(), ["unethical"]);
    }

    #[test]
    fn explain_all_asks_for_explanations() {
        let v = verdict(&with(Q::ExplainAll, Yes));
        assert_eq!(v.kind, VerdictKind::Fits);
        assert!(v.actions.contains(&Action::ExplainDecisions));
        assert!(!verdict(&clear()).actions.contains(&Action::ExplainDecisions));
    }

    #[test]
    fn no_repetition_asks_to_confirm_value() {
        let v = verdict(&with(Q::Repetition, No));
        assert_eq!(v.kind, VerdictKind::Fits);
        assert_eq!(v.cause_keys(), ["repetition"]);
        assert!(v.actions.contains(&Action::ConfirmValue));
        assert!(!verdict(&clear()).actions.contains(&Action::ConfirmValue));
    }

    #[test]
    fn all_clear_fits_and_moves_on() {
        let v = verdict(&clear());
        assert_eq!(v.kind, VerdictKind::Fits);
        assert_eq!(ids(&v), ["all_clear"]);
        assert!(v.causes.is_empty());
        assert_eq!(v.actions, [Action::ProceedToGoals]);
        assert_eq!(rule("all_clear").explanation.text(Lang::Ko), v.reasons[0].explanation.text(Lang::Ko));
        assert!(!ids(&verdict(&with(Q::Data, No))).contains(&"all_clear"));
    }

    #[test]
    fn notes_do_not_change_the_verdict() {
        let mut f = clear();
        f.data.note = "no, not really".into();
        assert_eq!(verdict(&f), verdict(&clear()));
    }
}
