//! The report's own words in English and Korean: its fixed texts are the [`ReportMsg`] table,
//! and its texts with values are the functions below it, each matching on [`Lang`], so a missing
//! translation or a new language does not compile.

use crate::i18n::{messages, Lang};
use crate::plan::{BaselineKind, Direction, ErrorTolerance, LabelScenario, ObjectiveStrategy, Step, Tri};
use crate::review::Question;

messages! {
    /// A fixed text of the report: headings, field names, table headers, short sentences and the
    /// names of the choices a plan records. Only the report shows them, so the table is read
    /// directly: it goes with the report's code.
    ReportMsg;
    // Document
    DocumentKind { en: "ML project plan", ko: "머신러닝 프로젝트 계획서" }
    LastEdited { en: "last edited", ko: "마지막 수정" }
    NotFilled { en: "(not filled in)", ko: "(작성하지 않음)" }
    PlanReview { en: "Plan review", ko: "계획 검토" }
    Feedback { en: "Instructor's feedback", ko: "강사 피드백" }
    FeedbackWhere { en: "Where", ko: "위치" }
    FeedbackComment { en: "Comment", ko: "의견" }
    FeedbackState { en: "State", ko: "상태" }
    FeedbackDone { en: "done", ko: "반영함" }
    FeedbackOpen { en: "open", ko: "남음" }
    WholePlan { en: "The whole plan", ko: "계획 전체" }
    // Feasibility
    Verdict { en: "Verdict", ko: "판단 결과" }
    Why { en: "Why", ko: "판단 이유" }
    AnswersBehind { en: "Answers that decided the verdict", ko: "판단을 정한 답변" }
    AnswersCaveats { en: "Answers that add caveats", ko: "주의 사항을 더한 답변" }
    NotAnswered { en: "not answered", ko: "답하지 않음" }
    NextSteps { en: "Recommended next steps", ko: "추천하는 다음 단계" }
    Answers { en: "Answers", ko: "질문별 답변" }
    Question { en: "Question", ko: "질문" }
    QuestionType { en: "Type", ko: "구분" }
    Signal { en: "Signal that ML fits", ko: "적합 신호" }
    RedFlag { en: "Red flag", ko: "위험 신호" }
    Answer { en: "Answer", ko: "답" }
    Note { en: "Note", ko: "근거" }
    // Goals
    Goal { en: "Goal", ko: "목표" }
    Objectives { en: "Objectives", ko: "세부 목표" }
    Objective { en: "Objective", ko: "세부 목표" }
    Metric { en: "Metric", ko: "지표" }
    Target { en: "Target", ko: "목표치" }
    Cadence { en: "Update cadence", ko: "갱신 주기" }
    Owner { en: "Owner", ko: "담당" }
    Labels { en: "Labels", ko: "레이블" }
    Weight { en: "Weight", ko: "가중치" }
    LabelNotes { en: "Where the labels come from", ko: "레이블을 얻는 방법" }
    NoObjectives { en: "No objectives yet.", ko: "아직 세부 목표가 없습니다." }
    Combining { en: "Combining the objectives", ko: "세부 목표를 합치는 방법" }
    Strategy { en: "Strategy", ko: "방식" }
    StrategyNote { en: "How they are combined", ko: "합치는 방법" }
    // Data
    Source { en: "Source", ko: "데이터" }
    Labelled { en: "Labelled", ko: "레이블" }
    Reliability { en: "Reliability", ko: "신뢰성" }
    Refresh { en: "Refresh", ko: "갱신 주기" }
    KeepsArriving { en: "Keeps arriving", ko: "지속 수집" }
    Privacy { en: "Privacy", ko: "개인정보" }
    NoSources { en: "No data sources listed yet.", ko: "아직 적은 데이터 소스가 없습니다." }
    CollectionPlan { en: "Collection plan", ko: "수집 계획" }
    // Constraints
    Schedule { en: "Schedule", ko: "일정" }
    Budget { en: "Budget", ko: "예산" }
    People { en: "People affected", ko: "영향을 받는 사람" }
    Technical { en: "Technical constraints", ko: "기술적 제약" }
    Ethics { en: "Ethics", ko: "윤리" }
    Risks { en: "Risks", ko: "리스크" }
    Risk { en: "Risk", ko: "리스크" }
    Likelihood { en: "Likelihood", ko: "발생 가능성" }
    Impact { en: "Impact", ko: "영향도" }
    Mitigation { en: "Mitigation", ko: "대응 방안" }
    NoRisks { en: "No risks listed yet.", ko: "아직 적은 리스크가 없습니다." }
    Performance { en: "Performance", ko: "성능 요구사항" }
    ComparedWith { en: "Compared with", ko: "비교 대상" }
    ThresholdPolicy { en: "Threshold", ko: "임계값" }
    SpeedAccuracy { en: "Speed versus accuracy", ko: "속도 대 정확도" }
    Interpretability { en: "Interpretability", ko: "해석 가능성" }
    ErrorTolerance { en: "Which error is worse", ko: "더 피해야 할 오류" }
    Guards { en: "Guards against catastrophic predictions", ko: "치명적인 예측을 막는 안전장치" }
    ThresholdInputs { en: "Threshold calculator inputs", ko: "임계값 계산기 입력값" }
    Threshold { en: "Threshold", ko: "임계값" }
    CostFalsePositive { en: "Cost of one false positive", ko: "거짓 양성 1건의 비용" }
    CostFalseNegative { en: "Cost of one false negative", ko: "거짓 음성 1건의 비용" }
    Prevalence { en: "Prevalence (share of positives)", ko: "양성 비율" }
    Candidates { en: "Candidate models: speed versus accuracy", ko: "후보 모델: 속도 대 정확도" }
    Model { en: "Model", ko: "모델" }
    Quality { en: "Quality", ko: "품질" }
    P50 { en: "p50 latency (ms)", ko: "p50 지연(ms)" }
    P95 { en: "p95 latency (ms)", ko: "p95 지연(ms)" }
    Throughput { en: "Requests/s per instance", ko: "인스턴스당 초당 요청 수" }
    CostPerHour { en: "Cost per instance-hour", ko: "인스턴스 시간당 비용" }
    P95Budget { en: "p95 latency budget", ko: "p95 지연 한도" }
    PeakLoad { en: "Peak load", ko: "최대 부하" }
    MonthlyBudget { en: "Monthly budget", ko: "월 예산" }
    RegressionErrors { en: "Regression errors on validation predictions", ko: "검증 예측의 회귀 오차" }
    Tolerance { en: "Close enough when within", ko: "충분히 가까운 기준" }
    ErrorsFile { en: "File", ko: "파일" }
    Predictions { en: "Predictions", ko: "예측 수" }
    Rmse { en: "RMSE", ko: "RMSE(평균 제곱근 오차)" }
    Mae { en: "MAE", ko: "MAE(평균 절대 오차)" }
    Mape { en: "MAPE", ko: "MAPE(평균 절대 백분율 오차)" }
    R2 { en: "R²", ko: "R²(결정 계수)" }
    MedianError { en: "Median absolute error", ko: "절대 오차의 중앙값" }
    LargestError { en: "Largest error", ko: "가장 큰 오차" }
    WithinTolerance { en: "Within the tolerance", ko: "허용 범위 안 비율" }
    GuardTried { en: "Guard", ko: "안전장치" }
    GuardDid { en: "What the guard did", ko: "안전장치의 효과" }
    // Baseline
    BaselineKind { en: "Baseline", ko: "베이스라인" }
    Description { en: "Description", ko: "설명" }
    Score { en: "Baseline score", ko: "베이스라인 성능" }
    Margin { en: "Margin the model must beat it by", ko: "모델이 넘어서야 할 차이" }
    Prototype { en: "Prototype", ko: "프로토타입" }
    PrototypeTool { en: "Tool and form", ko: "도구와 형태" }
    PrototypeAudience { en: "Who tries it", ko: "써 볼 사람" }
    PrototypeFeedback { en: "Feedback to collect", ko: "받을 피드백" }
    // Metrics
    MetricLinks { en: "Business metrics and the model metrics that move them", ko: "비즈니스 지표와 이를 움직이는 모델 지표" }
    BusinessMetric { en: "Business metric", ko: "비즈니스 지표" }
    Direction { en: "Should go", ko: "바람직한 방향" }
    ModelMetric { en: "Model metric", ko: "모델 지표" }
    NoLinks { en: "No metrics linked yet.", ko: "아직 연결한 지표가 없습니다." }
    LabelInference { en: "Labels from user reactions", ko: "사용자 반응에서 얻는 레이블" }
    AbTest { en: "A/B test plan", ko: "A/B 테스트 계획" }
    BaselineRate { en: "Current rate of the metric", ko: "현재 지표 비율" }
    Mde { en: "Smallest effect worth detecting", ko: "최소 감지 효과(MDE)" }
    Alpha { en: "Significance level (α)", ko: "유의수준(α)" }
    Power { en: "Power", ko: "검정력" }
    DailyTraffic { en: "Daily traffic", ko: "일일 트래픽" }
    AbSize { en: "Sample size", ko: "표본 크기" }
    AbLevel { en: "Level per comparison", ko: "비교별 유의수준" }
    AbDuration { en: "Duration", ko: "실험 기간" }
    AbSrm { en: "Sample-ratio check", ko: "표본 비율 확인" }
    AbGuardrail { en: "Guardrail metric", ko: "가드레일 지표" }
    // Monitoring
    Watched { en: "What is watched", ko: "지켜볼 지표" }
    Alerts { en: "Alerts", ko: "알림 기준" }
    DriftCheck { en: "Drift check", ko: "드리프트 확인" }
    DriftMeasured { en: "Values compared", ko: "비교한 값" }
    DriftRetrainAbove { en: "Retrain above", ko: "재학습 기준" }
    DriftPeriods { en: "Periods", ko: "기간" }
    DriftPsi { en: "PSI", ko: "PSI(모집단 안정성 지수)" }
    DriftKs { en: "KS statistic", ko: "KS 통계량" }
    DriftModel { en: "The model in each period", ko: "기간별 모델 성능" }
    Outputs { en: "What the model produces", ko: "모델이 내놓는 결과" }
    WhereWrong { en: "Where it goes wrong", ko: "틀리는 곳" }
    Basis { en: "What it bases predictions on", ko: "예측의 근거" }
    FailingFeatures { en: "Feature values where it fails most", ko: "특히 자주 틀리는 특성 값" }
    RetrainTrigger { en: "Retraining trigger", ko: "재학습 조건" }
    LoopBack { en: "Where to loop back", ko: "되돌아갈 단계" }
    // Business model
    Provides { en: "What the company provides", ko: "회사가 제공하는 것" }
    DataIn { en: "Data in", ko: "들어오는 데이터(입력)" }
    PredictionOut { en: "Prediction out", ko: "예측의 쓰임(출력)" }
    Canvas { en: "Business model canvas", ko: "비즈니스 모델 캔버스" }
    Flywheel { en: "Flywheel", ko: "플라이휠" }
    MlLever { en: "(ML lever)", ko: "(머신러닝 적용 지점)" }
    MlLeverNote { en: "How ML acts on it", ko: "머신러닝의 역할" }
    FlywheelCloses {
        en: "The last step feeds the first again, and the cycle repeats.",
        ko: "마지막 단계는 다시 첫 단계로 이어지며 순환이 반복됩니다.",
    }
    EmptyBoxStep { en: "Filled in at step", ko: "채울 단계" }
    // Review
    Severity { en: "Severity", ko: "중요도" }
    Step { en: "Step", ko: "단계" }
    Finding { en: "Finding", ko: "내용" }
    NoFindings { en: "The review found nothing to fix.", ko: "검토 결과 고칠 점이 없습니다." }
    // Choices, as the report names them
    Yes { en: "Yes", ko: "예" }
    No { en: "No", ko: "아니요" }
    Unsure { en: "Unsure", ko: "잘 모르겠음" }
    ScenarioLabelled { en: "Labelled data", ko: "레이블 있음" }
    ScenarioProxy { en: "Proxy labels", ko: "대리 레이블" }
    ScenarioUnlabelled { en: "Unlabelled data", ko: "레이블 없음" }
    ScenarioNoData { en: "No data yet", ko: "데이터 없음" }
    StrategyCombinedLoss { en: "One model trained on a combined loss", ko: "모델 하나를 합친 손실로 학습" }
    StrategySeparateModels {
        en: "One model per objective, outputs blended by weight",
        ko: "세부 목표마다 모델을 따로 두고 출력을 가중 합산",
    }
    BaselineHuman { en: "Human performance", ko: "사람의 성능" }
    BaselineRuleBased { en: "Rule-based system", ko: "규칙 기반 시스템" }
    BaselineDummy { en: "Dummy model", ko: "더미 모델" }
    BaselineSimpleModel { en: "Simple model", ko: "단순한 모델" }
    BaselinePreviousSystem { en: "The current system", ko: "현재 시스템" }
    DirectionUp { en: "↑ Up", ko: "↑ 증가" }
    DirectionDown { en: "↓ Down", ko: "↓ 감소" }
    FalsePositivesWorse { en: "False positives are worse", ko: "거짓 양성이 더 큰 문제" }
    FalseNegativesWorse { en: "False negatives are worse", ko: "거짓 음성이 더 큰 문제" }
    BothErrorsAlike { en: "Both errors cost about the same", ko: "두 오류의 비용이 비슷함" }
    LevelLow { en: "Low", ko: "낮음" }
    LevelMedium { en: "Medium", ko: "중간" }
    LevelHigh { en: "High", ko: "높음" }
}

/// Short, as the report's code names its texts many times over.
use ReportMsg as L;

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

/// The name of a recorded choice; blank when none was made.
fn choice<T>(value: Option<T>, lang: Lang, entry: fn(T) -> L) -> &'static str {
    value.map_or("", |v| entry(v).text(lang))
}

/// An answer; blank when not given.
pub(super) fn tri(value: Option<Tri>, lang: Lang) -> &'static str {
    choice(value, lang, |v| match v {
        Tri::Yes => L::Yes,
        Tri::No => L::No,
        Tri::Unsure => L::Unsure,
    })
}

pub(super) fn label_scenario(value: Option<LabelScenario>, lang: Lang) -> &'static str {
    choice(value, lang, |v| match v {
        LabelScenario::Labelled => L::ScenarioLabelled,
        LabelScenario::Proxy => L::ScenarioProxy,
        LabelScenario::Unlabelled => L::ScenarioUnlabelled,
        LabelScenario::NoData => L::ScenarioNoData,
    })
}

pub(super) fn strategy(value: Option<ObjectiveStrategy>, lang: Lang) -> &'static str {
    choice(value, lang, |v| match v {
        ObjectiveStrategy::CombinedLoss => L::StrategyCombinedLoss,
        ObjectiveStrategy::SeparateModels => L::StrategySeparateModels,
    })
}

pub fn baseline_kind(value: Option<BaselineKind>, lang: Lang) -> &'static str {
    choice(value, lang, |v| match v {
        BaselineKind::Human => L::BaselineHuman,
        BaselineKind::RuleBased => L::BaselineRuleBased,
        BaselineKind::Dummy => L::BaselineDummy,
        BaselineKind::SimpleModel => L::BaselineSimpleModel,
        BaselineKind::PreviousSystem => L::BaselinePreviousSystem,
    })
}

pub(super) fn direction(value: Option<Direction>, lang: Lang) -> &'static str {
    choice(value, lang, |v| match v {
        Direction::Up => L::DirectionUp,
        Direction::Down => L::DirectionDown,
    })
}

pub(super) fn error_tolerance(value: Option<ErrorTolerance>, lang: Lang) -> &'static str {
    choice(value, lang, |v| match v {
        ErrorTolerance::FalsePositivesWorse => L::FalsePositivesWorse,
        ErrorTolerance::FalseNegativesWorse => L::FalseNegativesWorse,
        ErrorTolerance::Balanced => L::BothErrorsAlike,
    })
}

/// A likelihood or impact on the register's 1-to-3 scale; other numbers are shown as they are.
pub(super) fn level(value: Option<u8>, lang: Lang) -> String {
    let Some(value) = value else { return String::new() };
    let word = match value {
        1 => L::LevelLow,
        2 => L::LevelMedium,
        3 => L::LevelHigh,
        _ => return value.to_string(),
    };
    format!("{} ({value})", word.text(lang))
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
