//! The twelve feasibility questions: their keys, their texts in both languages, and which of them
//! a plan has left open.

use crate::i18n::Lang;
use crate::plan::{Answer, FeasibilitySection, Tri};

/// One of the twelve feasibility questions, keyed as in [`FeasibilitySection::answers`].
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
    LabelIssues,
    Catastrophic,
    ExplainAll,
    NotCostEffective,
}

impl Question {
    /// Signals first, then red flags, in the lecture's order.
    pub const ALL: [Question; 12] = [
        Question::Pattern,
        Question::Objective,
        Question::Complexity,
        Question::Data,
        Question::Repetition,
        Question::Unethical,
        Question::Simple,
        Question::BadData,
        Question::LabelIssues,
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
            Question::LabelIssues => "label_issues",
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
                | Question::LabelIssues
                | Question::Catastrophic
                | Question::ExplainAll
                | Question::NotCostEffective
        )
    }

    /// Whether some answer to this question decides the verdict on its own (a definite "no" to a
    /// signal, a "yes" to a blocking red flag), so that leaving it open leaves the verdict open.
    /// The others (repetition, catastrophic errors, explaining every decision, label problems)
    /// change how ML is done, not whether: their answers, open ones included, add caveats.
    pub fn is_decisive(self) -> bool {
        !matches!(self, Question::Repetition | Question::LabelIssues | Question::Catastrophic | Question::ExplainAll)
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
            Question::LabelIssues => &f.label_issues,
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
                    "Think of records no one keeps, data you may not use, or inputs too noisy to trust. Labels \
                     that are late or skewed are the next question.",
                ),
                Question::LabelIssues => (
                    "Biased, late or proxy labels",
                    "Are the labels biased, late, or only a stand-in for what you care about?",
                    "Fraud data labels only the fraud someone caught, and chargebacks arrive weeks later; clicks \
                     stand in for satisfaction. ML can still fit, with a labelling plan and a rule-based baseline.",
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
                    "아무도 기록하지 않는 정보, 쓸 수 없는 데이터, 믿기 어려울 만큼 잡음이 많은 입력을 떠올려 \
                     보세요. 레이블이 늦거나 치우친 문제는 다음 질문에서 다룹니다.",
                ),
                Question::LabelIssues => (
                    "레이블 문제(치우침·지연·대리)",
                    "레이블이 치우쳐 있거나, 늦게 들어오거나, 원하는 결과를 대신하는 값일 뿐인가요?",
                    "사기 데이터에는 적발된 사기만 레이블로 남고, 차지백은 몇 주 뒤에야 들어옵니다. 클릭은 만족도를 \
                     대신할 뿐입니다. 그래도 레이블링 계획과 규칙 기반 베이스라인이 있으면 머신러닝을 쓸 수 있습니다.",
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

/// Questions without an answer, in lecture order.
pub fn unanswered(f: &FeasibilitySection) -> Vec<Question> {
    Question::ALL.into_iter().filter(|q| q.answer(f).value.is_none()).collect()
}

/// Questions that are unanswered or answered "unsure": the ones still open.
pub fn open_questions(f: &FeasibilitySection) -> Vec<Question> {
    Question::ALL.into_iter().filter(|q| matches!(q.answer(f).value, None | Some(Tri::Unsure))).collect()
}

pub(super) fn with_value(f: &FeasibilitySection, value: Tri) -> Vec<Question> {
    Question::ALL.into_iter().filter(|q| q.answer(f).value == Some(value)).collect()
}
