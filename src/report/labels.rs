//! The report's own words in English and Korean. Every function matches on [`Lang`] first and then
//! on every value, so a missing translation or a new enum value does not compile.

use crate::i18n::Lang;
use crate::plan::{BaselineKind, Direction, ErrorTolerance, LabelScenario, ObjectiveStrategy, Step, Tri};
use crate::review::Question;

/// A fixed label of the report: headings, field names, table headers and short sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum L {
    // Document
    DocumentKind,
    LastEdited,
    NotFilled,
    PlanReview,
    // Feasibility
    Verdict,
    Why,
    AnswersBehind,
    NotAnswered,
    NextSteps,
    Answers,
    Question,
    QuestionType,
    Signal,
    RedFlag,
    Answer,
    Note,
    // Goals
    Goal,
    Objectives,
    Objective,
    Metric,
    Target,
    Cadence,
    Owner,
    Labels,
    Weight,
    LabelNotes,
    NoObjectives,
    Combining,
    Strategy,
    StrategyNote,
    // Data
    Source,
    Labelled,
    Reliability,
    Refresh,
    KeepsArriving,
    Privacy,
    NoSources,
    CollectionPlan,
    // Constraints
    Schedule,
    Budget,
    People,
    Technical,
    Ethics,
    Risks,
    Risk,
    Likelihood,
    Impact,
    Mitigation,
    NoRisks,
    Performance,
    ComparedWith,
    ThresholdPolicy,
    SpeedAccuracy,
    Interpretability,
    ErrorTolerance,
    Guards,
    ThresholdInputs,
    Threshold,
    CostFalsePositive,
    CostFalseNegative,
    Prevalence,
    Candidates,
    Model,
    Quality,
    P50,
    P95,
    Throughput,
    CostPerHour,
    P95Budget,
    PeakLoad,
    MonthlyBudget,
    // Baseline
    BaselineKind,
    Description,
    Score,
    Margin,
    Prototype,
    PrototypeTool,
    PrototypeAudience,
    PrototypeFeedback,
    // Metrics
    MetricLinks,
    BusinessMetric,
    Direction,
    ModelMetric,
    NoLinks,
    LabelInference,
    AbTest,
    BaselineRate,
    Mde,
    Alpha,
    Power,
    DailyTraffic,
    // Monitoring
    Watched,
    Alerts,
    Outputs,
    WhereWrong,
    Basis,
    FailingFeatures,
    RetrainTrigger,
    LoopBack,
    // Business model
    Provides,
    DataIn,
    PredictionOut,
    Canvas,
    Flywheel,
    MlLever,
    MlLeverNote,
    FlywheelCloses,
    EmptyBoxStep,
    // Review
    Severity,
    Step,
    Finding,
    NoFindings,
}

impl L {
    pub(super) fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => match self {
                L::DocumentKind => "ML project plan",
                L::LastEdited => "last edited",
                L::NotFilled => "(not filled in)",
                L::PlanReview => "Plan review",
                L::Verdict => "Verdict",
                L::Why => "Why",
                L::AnswersBehind => "Answers behind the verdict",
                L::NotAnswered => "not answered",
                L::NextSteps => "Recommended next steps",
                L::Answers => "Answers",
                L::Question => "Question",
                L::QuestionType => "Type",
                L::Signal => "Signal that ML fits",
                L::RedFlag => "Red flag",
                L::Answer => "Answer",
                L::Note => "Note",
                L::Goal => "Goal",
                L::Objectives => "Objectives",
                L::Objective => "Objective",
                L::Metric => "Metric",
                L::Target => "Target",
                L::Cadence => "Update cadence",
                L::Owner => "Owner",
                L::Labels => "Labels",
                L::Weight => "Weight",
                L::LabelNotes => "Where the labels come from",
                L::NoObjectives => "No objectives yet.",
                L::Combining => "Combining the objectives",
                L::Strategy => "Strategy",
                L::StrategyNote => "How they are combined",
                L::Source => "Source",
                L::Labelled => "Labelled",
                L::Reliability => "Reliability",
                L::Refresh => "Refresh",
                L::KeepsArriving => "Keeps arriving",
                L::Privacy => "Privacy",
                L::NoSources => "No data sources listed yet.",
                L::CollectionPlan => "Collection plan",
                L::Schedule => "Schedule",
                L::Budget => "Budget",
                L::People => "People affected",
                L::Technical => "Technical constraints",
                L::Ethics => "Ethics",
                L::Risks => "Risks",
                L::Risk => "Risk",
                L::Likelihood => "Likelihood",
                L::Impact => "Impact",
                L::Mitigation => "Mitigation",
                L::NoRisks => "No risks listed yet.",
                L::Performance => "Performance",
                L::ComparedWith => "Compared with",
                L::ThresholdPolicy => "Threshold",
                L::SpeedAccuracy => "Speed versus accuracy",
                L::Interpretability => "Interpretability",
                L::ErrorTolerance => "Which error is worse",
                L::Guards => "Guards against catastrophic predictions",
                L::ThresholdInputs => "Threshold calculator inputs",
                L::Threshold => "Threshold",
                L::CostFalsePositive => "Cost of one false positive",
                L::CostFalseNegative => "Cost of one false negative",
                L::Prevalence => "Prevalence (share of positives)",
                L::Candidates => "Candidate models: speed versus accuracy",
                L::Model => "Model",
                L::Quality => "Quality",
                L::P50 => "p50 latency (ms)",
                L::P95 => "p95 latency (ms)",
                L::Throughput => "Requests/s per instance",
                L::CostPerHour => "Cost per instance-hour",
                L::P95Budget => "p95 latency budget",
                L::PeakLoad => "Peak load",
                L::MonthlyBudget => "Monthly budget",
                L::BaselineKind => "Baseline",
                L::Description => "Description",
                L::Score => "Baseline score",
                L::Margin => "Margin the model must beat it by",
                L::Prototype => "Prototype",
                L::PrototypeTool => "Tool and form",
                L::PrototypeAudience => "Who tries it",
                L::PrototypeFeedback => "Feedback to collect",
                L::MetricLinks => "Business metrics and the model metrics that move them",
                L::BusinessMetric => "Business metric",
                L::Direction => "Should go",
                L::ModelMetric => "Model metric",
                L::NoLinks => "No metrics linked yet.",
                L::LabelInference => "Labels from user reactions",
                L::AbTest => "A/B test plan",
                L::BaselineRate => "Current rate of the metric",
                L::Mde => "Smallest effect worth detecting",
                L::Alpha => "Significance level (α)",
                L::Power => "Power",
                L::DailyTraffic => "Daily traffic",
                L::Watched => "What is watched",
                L::Alerts => "Alerts",
                L::Outputs => "What the model produces",
                L::WhereWrong => "Where it goes wrong",
                L::Basis => "What it bases predictions on",
                L::FailingFeatures => "Feature values where it fails most",
                L::RetrainTrigger => "Retraining trigger",
                L::LoopBack => "Where to loop back",
                L::Provides => "What the company provides",
                L::DataIn => "Data in",
                L::PredictionOut => "Prediction out",
                L::Canvas => "Business model canvas",
                L::Flywheel => "Flywheel",
                L::MlLever => "(ML lever)",
                L::MlLeverNote => "How ML acts on it",
                L::FlywheelCloses => "The last step feeds the first again, and the cycle repeats.",
                L::EmptyBoxStep => "Filled in at step",
                L::Severity => "Severity",
                L::Step => "Step",
                L::Finding => "Finding",
                L::NoFindings => "The review found nothing to fix.",
            },
            Lang::Ko => match self {
                L::DocumentKind => "머신러닝 프로젝트 계획서",
                L::LastEdited => "마지막 수정",
                L::NotFilled => "(작성하지 않음)",
                L::PlanReview => "계획 검토",
                L::Verdict => "판정",
                L::Why => "판정 이유",
                L::AnswersBehind => "판정에 영향을 준 답변",
                L::NotAnswered => "답하지 않음",
                L::NextSteps => "권장하는 다음 단계",
                L::Answers => "질문별 답변",
                L::Question => "질문",
                L::QuestionType => "구분",
                L::Signal => "적합 신호",
                L::RedFlag => "위험 신호",
                L::Answer => "답",
                L::Note => "근거",
                L::Goal => "목표",
                L::Objectives => "세부 목표",
                L::Objective => "세부 목표",
                L::Metric => "지표",
                L::Target => "목표치",
                L::Cadence => "갱신 주기",
                L::Owner => "담당",
                L::Labels => "레이블",
                L::Weight => "가중치",
                L::LabelNotes => "레이블을 얻는 방법",
                L::NoObjectives => "아직 세부 목표가 없습니다.",
                L::Combining => "세부 목표를 합치는 방법",
                L::Strategy => "방식",
                L::StrategyNote => "합치는 방법",
                L::Source => "데이터",
                L::Labelled => "레이블",
                L::Reliability => "신뢰성",
                L::Refresh => "갱신 주기",
                L::KeepsArriving => "지속 수집",
                L::Privacy => "개인정보",
                L::NoSources => "아직 적은 데이터 소스가 없습니다.",
                L::CollectionPlan => "수집 계획",
                L::Schedule => "일정",
                L::Budget => "예산",
                L::People => "영향을 받는 사람",
                L::Technical => "기술적 제약",
                L::Ethics => "윤리",
                L::Risks => "리스크",
                L::Risk => "리스크",
                L::Likelihood => "발생 가능성",
                L::Impact => "영향도",
                L::Mitigation => "대응 방안",
                L::NoRisks => "아직 적은 리스크가 없습니다.",
                L::Performance => "성능 요구사항",
                L::ComparedWith => "비교 대상",
                L::ThresholdPolicy => "임계값",
                L::SpeedAccuracy => "속도 대 정확도",
                L::Interpretability => "해석 가능성",
                L::ErrorTolerance => "더 피해야 할 오류",
                L::Guards => "치명적인 예측을 막는 안전장치",
                L::ThresholdInputs => "임계값 계산기 입력값",
                L::Threshold => "임계값",
                L::CostFalsePositive => "거짓 양성 1건의 비용",
                L::CostFalseNegative => "거짓 음성 1건의 비용",
                L::Prevalence => "양성 비율",
                L::Candidates => "후보 모델: 속도 대 정확도",
                L::Model => "모델",
                L::Quality => "품질",
                L::P50 => "p50 지연(ms)",
                L::P95 => "p95 지연(ms)",
                L::Throughput => "인스턴스당 초당 요청 수",
                L::CostPerHour => "인스턴스 시간당 비용",
                L::P95Budget => "p95 지연 한도",
                L::PeakLoad => "최대 부하",
                L::MonthlyBudget => "월 예산",
                L::BaselineKind => "베이스라인",
                L::Description => "설명",
                L::Score => "베이스라인 성능",
                L::Margin => "모델이 넘어서야 할 차이",
                L::Prototype => "프로토타입",
                L::PrototypeTool => "도구와 형태",
                L::PrototypeAudience => "써 볼 사람",
                L::PrototypeFeedback => "받을 피드백",
                L::MetricLinks => "비즈니스 지표와 이를 움직이는 모델 지표",
                L::BusinessMetric => "비즈니스 지표",
                L::Direction => "바람직한 방향",
                L::ModelMetric => "모델 지표",
                L::NoLinks => "아직 연결한 지표가 없습니다.",
                L::LabelInference => "사용자 반응에서 얻는 레이블",
                L::AbTest => "A/B 테스트 계획",
                L::BaselineRate => "현재 지표 비율",
                L::Mde => "최소 감지 효과(MDE)",
                L::Alpha => "유의수준(α)",
                L::Power => "검정력",
                L::DailyTraffic => "일일 트래픽",
                L::Watched => "지켜볼 지표",
                L::Alerts => "알림 기준",
                L::Outputs => "모델이 내놓는 결과",
                L::WhereWrong => "틀리는 곳",
                L::Basis => "예측의 근거",
                L::FailingFeatures => "특히 자주 틀리는 특성 값",
                L::RetrainTrigger => "재학습 조건",
                L::LoopBack => "되돌아갈 단계",
                L::Provides => "회사가 제공하는 것",
                L::DataIn => "들어오는 데이터(입력)",
                L::PredictionOut => "예측의 쓰임(출력)",
                L::Canvas => "비즈니스 모델 캔버스",
                L::Flywheel => "플라이휠",
                L::MlLever => "(머신러닝 적용 지점)",
                L::MlLeverNote => "머신러닝의 역할",
                L::FlywheelCloses => "마지막 단계는 다시 첫 단계로 이어지며 순환이 반복됩니다.",
                L::EmptyBoxStep => "채울 단계",
                L::Severity => "중요도",
                L::Step => "단계",
                L::Finding => "내용",
                L::NoFindings => "검토 결과 고칠 점이 없습니다.",
            },
        }
    }
}

/// The step's name, as the step navigation shows it.
pub(super) fn step_name(step: Step, lang: Lang) -> &'static str {
    lang.t(crate::i18n::step_name(step))
}

/// "3. Goal and objectives": the step's heading and its name in the review.
pub fn numbered_step(step: Step, lang: Lang) -> String {
    format!("{}. {}", step.number(), step_name(step, lang))
}

pub(super) fn question_type(q: Question, lang: Lang) -> &'static str {
    if q.is_red_flag() {
        L::RedFlag.text(lang)
    } else {
        L::Signal.text(lang)
    }
}

/// An answer; blank when not given.
pub(super) fn tri(value: Option<Tri>, lang: Lang) -> &'static str {
    let Some(value) = value else { return "" };
    match lang {
        Lang::En => match value {
            Tri::Yes => "Yes",
            Tri::No => "No",
            Tri::Unsure => "Unsure",
        },
        Lang::Ko => match value {
            Tri::Yes => "예",
            Tri::No => "아니요",
            Tri::Unsure => "잘 모르겠음",
        },
    }
}

pub(super) fn label_scenario(value: Option<LabelScenario>, lang: Lang) -> &'static str {
    let Some(value) = value else { return "" };
    match lang {
        Lang::En => match value {
            LabelScenario::Labelled => "Labelled data",
            LabelScenario::Proxy => "Proxy labels",
            LabelScenario::Unlabelled => "Unlabelled data",
            LabelScenario::NoData => "No data yet",
        },
        Lang::Ko => match value {
            LabelScenario::Labelled => "레이블 있음",
            LabelScenario::Proxy => "유사 레이블",
            LabelScenario::Unlabelled => "레이블 없음",
            LabelScenario::NoData => "데이터 없음",
        },
    }
}

pub(super) fn strategy(value: Option<ObjectiveStrategy>, lang: Lang) -> &'static str {
    let Some(value) = value else { return "" };
    match lang {
        Lang::En => match value {
            ObjectiveStrategy::CombinedLoss => "One model trained on a combined loss",
            ObjectiveStrategy::SeparateModels => "One model per objective, outputs blended by weight",
        },
        Lang::Ko => match value {
            ObjectiveStrategy::CombinedLoss => "모델 하나를 합친 손실로 학습",
            ObjectiveStrategy::SeparateModels => "세부 목표마다 모델을 따로 두고 출력을 가중 합산",
        },
    }
}

pub(super) fn baseline_kind(value: Option<BaselineKind>, lang: Lang) -> &'static str {
    let Some(value) = value else { return "" };
    match lang {
        Lang::En => match value {
            BaselineKind::Human => "Human performance",
            BaselineKind::RuleBased => "Rule-based system",
            BaselineKind::Dummy => "Dummy model",
            BaselineKind::SimpleModel => "Simple model",
            BaselineKind::PreviousSystem => "The current system",
        },
        Lang::Ko => match value {
            BaselineKind::Human => "사람의 성능",
            BaselineKind::RuleBased => "규칙 기반 시스템",
            BaselineKind::Dummy => "더미 모델",
            BaselineKind::SimpleModel => "단순한 모델",
            BaselineKind::PreviousSystem => "현재 시스템",
        },
    }
}

pub(super) fn direction(value: Option<Direction>, lang: Lang) -> &'static str {
    let Some(value) = value else { return "" };
    match lang {
        Lang::En => match value {
            Direction::Up => "↑ Up",
            Direction::Down => "↓ Down",
        },
        Lang::Ko => match value {
            Direction::Up => "↑ 증가",
            Direction::Down => "↓ 감소",
        },
    }
}

pub(super) fn error_tolerance(value: Option<ErrorTolerance>, lang: Lang) -> &'static str {
    let Some(value) = value else { return "" };
    match lang {
        Lang::En => match value {
            ErrorTolerance::FalsePositivesWorse => "False positives are worse",
            ErrorTolerance::FalseNegativesWorse => "False negatives are worse",
            ErrorTolerance::Balanced => "Both errors cost about the same",
        },
        Lang::Ko => match value {
            ErrorTolerance::FalsePositivesWorse => "거짓 양성이 더 큰 문제",
            ErrorTolerance::FalseNegativesWorse => "거짓 음성이 더 큰 문제",
            ErrorTolerance::Balanced => "두 오류의 비용이 비슷함",
        },
    }
}

/// A likelihood or impact on the register's 1-to-3 scale; other numbers are shown as they are.
pub(super) fn level(value: Option<u8>, lang: Lang) -> String {
    let Some(value) = value else { return String::new() };
    let word = match lang {
        Lang::En => match value {
            1 => "Low",
            2 => "Medium",
            3 => "High",
            _ => "",
        },
        Lang::Ko => match value {
            1 => "낮음",
            2 => "중간",
            3 => "높음",
            _ => "",
        },
    };
    if word.is_empty() {
        value.to_string()
    } else {
        format!("{word} ({value})")
    }
}

/// The smallest detectable effect, relative to the current rate or in percentage points.
pub(super) fn mde(value: f64, relative: bool, lang: Lang) -> String {
    let points = super::numbers::number(value * 100.0);
    match lang {
        Lang::En if relative => format!("{points}% (relative)"),
        Lang::En => format!("{points} percentage points"),
        Lang::Ko if relative => format!("상대 {points}%"),
        Lang::Ko => format!("{points}%p"),
    }
}

/// A rate of requests per second.
pub(super) fn per_second(value: f64, lang: Lang) -> String {
    let n = super::numbers::number(value);
    match lang {
        Lang::En => format!("{n} requests per second"),
        Lang::Ko => format!("초당 {n}건"),
    }
}

/// An answer beside its question, for the verdict's causes: "Catastrophic error (yes)".
pub(super) fn cause(q: Question, value: Option<Tri>, lang: Lang) -> String {
    let answer = match value {
        Some(_) => tri(value, lang).to_string(),
        None => L::NotAnswered.text(lang).to_string(),
    };
    format!("{} ({})", q.label(lang), answer.to_lowercase())
}

/// "2 must fix · 3 should fix" for the review summary.
pub(super) fn severity_count(label: &str, count: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{label}: {count}"),
        Lang::Ko => format!("{label} {count}건"),
    }
}
