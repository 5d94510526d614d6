//! What a verdict can say: its kind and the next actions it recommends, with their texts in both
//! languages.

use crate::i18n::Lang;

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
    PlanLabels,
    ProceedToGoals,
}

impl Action {
    pub const ALL: [Action; 12] = [
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
        Action::PlanLabels,
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
            Action::PlanLabels => "plan_labels",
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
                Action::PlanLabels => {
                    "Write a labelling plan: where labels come from, how late they arrive, which cases they miss, \
                     and the existing rules as the baseline the model must beat."
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
                Action::PlanLabels => {
                    "레이블링 계획을 세우세요. 레이블이 어디서 오고 얼마나 늦게 들어오며 어떤 사례를 놓치는지 적고, 지금의 \
                     규칙을 모델이 넘어서야 할 베이스라인으로 두세요."
                }
                Action::ProceedToGoals => "목표와 세부 목표를 정하고, 간단한 베이스라인을 계획하세요.",
            },
        }
    }
}
