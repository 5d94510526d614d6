//! The message table. Add an entry with both languages; the macro refuses one without.

use super::Lang;

macro_rules! messages {
    ($($key:ident { en: $en:literal, ko: $ko:literal $(,)? })*) => {
        /// A fixed interface text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($key),* }

        impl Msg {
            /// Every message, for completeness checks.
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];

            pub fn text(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::En => match self { $(Msg::$key => $en),* },
                    Lang::Ko => match self { $(Msg::$key => $ko),* },
                }
            }
        }
    };
}

messages! {
    // Shell
    SkipToContent { en: "Skip to content", ko: "본문으로 건너뛰기" }
    Tagline {
        en: "A workbench for designing a machine-learning project before any model is trained.",
        ko: "모델을 학습하기 전에 머신러닝 프로젝트를 설계하는 작업대입니다.",
    }
    PrivacyNote {
        en: "Your plans are saved in this browser only. Nothing is sent anywhere unless you share a link yourself.",
        ko: "계획은 이 브라우저에만 저장됩니다. 직접 링크를 공유하지 않는 한 어디에도 전송되지 않습니다.",
    }
    Language { en: "Language", ko: "언어" }
    ColorScheme { en: "Color scheme", ko: "화면 테마" }
    SchemeSystem { en: "System", ko: "시스템 설정" }
    SchemeLight { en: "Light", ko: "밝게" }
    SchemeDark { en: "Dark", ko: "어둡게" }
    AllPlans { en: "All plans", ko: "모든 계획" }
    SwitchPlan { en: "Switch plan", ko: "계획 전환" }
    // Plan library
    YourPlans { en: "Your plans", ko: "내 계획" }
    NewPlan { en: "New plan", ko: "새 계획" }
    UntitledPlan { en: "Untitled plan", ko: "제목 없는 계획" }
    NoPlansYet {
        en: "No plans yet. Start a new plan to work through the lifecycle step by step.",
        ko: "아직 계획이 없습니다. 새 계획을 만들어 단계별로 설계를 시작하세요.",
    }
    Rename { en: "Rename", ko: "이름 바꾸기" }
    Duplicate { en: "Duplicate", ko: "복제" }
    Delete { en: "Delete", ko: "삭제" }
    Undo { en: "Undo", ko: "되돌리기" }
    Dismiss { en: "Dismiss", ko: "닫기" }
    Save { en: "Save", ko: "저장" }
    Cancel { en: "Cancel", ko: "취소" }
    PlanActions { en: "Plan actions", ko: "계획 작업" }
    DamagedPlan { en: "Damaged plan", ko: "손상된 계획" }
    DamagedPlanHelp {
        en: "This saved plan could not be read. Its original text is kept in a backup; download it to recover what you can.",
        ko: "저장된 계획을 읽을 수 없습니다. 원본 텍스트는 백업으로 보관되어 있으니 내려받아 복구할 수 있습니다.",
    }
    DownloadBackup { en: "Download backup", ko: "백업 내려받기" }
    RemoveFromList { en: "Remove from list (backup stays)", ko: "목록에서 제거 (백업은 유지)" }
    PlanNotFound {
        en: "This plan is not in this browser. It may have been deleted, or it was made on another device.",
        ko: "이 브라우저에 없는 계획입니다. 삭제되었거나 다른 기기에서 만든 계획일 수 있습니다.",
    }
    PlanUnreadable {
        en: "This plan could not be read. Its text is kept in a backup that you can download from the plan list.",
        ko: "이 계획을 읽을 수 없습니다. 원본은 백업으로 보관되어 있으며 계획 목록에서 내려받을 수 있습니다.",
    }
    BackToPlans { en: "Back to your plans", ko: "계획 목록으로" }
    // Storage problems
    StorageUnavailable {
        en: "This browser is blocking storage, so plans live only in this tab and are lost when it closes. Export a plan to keep it.",
        ko: "이 브라우저가 저장소를 막고 있어 계획이 이 탭에만 있으며 탭을 닫으면 사라집니다. 보관하려면 계획을 내보내세요.",
    }
    StorageFull {
        en: "Your last change could not be saved: this browser's storage is full. The plan is still open here; export it, or delete plans you no longer need.",
        ko: "마지막 변경을 저장하지 못했습니다. 브라우저 저장 공간이 가득 찼습니다. 계획은 이 화면에 그대로 있으니 내보내거나 필요 없는 계획을 삭제하세요.",
    }
    StorageFailed {
        en: "Your last change could not be saved. The plan is still open here; export it to keep a copy.",
        ko: "마지막 변경을 저장하지 못했습니다. 계획은 이 화면에 그대로 있으니 내보내서 사본을 보관하세요.",
    }
    ExportPlan { en: "Export plan (JSON)", ko: "계획 내보내기 (JSON)" }
    ChangedElsewhere {
        en: "This plan was changed in another tab; showing the latest version.",
        ko: "다른 탭에서 이 계획이 바뀌어 최신 내용을 표시합니다.",
    }
    // Plan page
    PlanTitle { en: "Plan title", ko: "계획 제목" }
    Steps { en: "Steps", ko: "단계" }
    StepComplete { en: "complete", ko: "완료" }
    StepIncomplete { en: "not complete", ko: "미완료" }
    PreviousStep { en: "Previous step", ko: "이전 단계" }
    PreviousNext { en: "Previous and next step", ko: "이전 단계와 다음 단계" }
    PlanReview { en: "Plan review", ko: "계획 검토" }
    Report { en: "Report", ko: "보고서" }
    Calculators { en: "Decision calculators", ko: "의사결정 계산기" }
    NextStep { en: "Next step", ko: "다음 단계" }
    SavedAutomatically { en: "Changes save automatically.", ko: "변경 사항은 자동으로 저장됩니다." }
    // Step names
    StepProblem { en: "Problem", ko: "문제 정의" }
    StepFeasibility { en: "Is ML the right tool?", ko: "머신러닝 문제 타당성" }
    StepGoals { en: "Goal and objectives", ko: "목표와 세부 목표" }
    StepData { en: "Data sources", ko: "데이터 소스" }
    StepConstraints { en: "Constraints and risks", ko: "제약조건과 리스크" }
    StepBaseline { en: "Baseline and prototype", ko: "베이스라인과 프로토타입" }
    StepMetrics { en: "Metrics", ko: "지표" }
    StepMonitoring { en: "Monitoring and action", ko: "모니터링과 개선" }
    StepBusiness { en: "Business model", ko: "비즈니스 모델" }
    // Step guidance: what to decide, and why it matters
    GuideProblem {
        en: "Say what concrete problem you are solving, who has it today and how they cope now. Value to the product or business matters more than how interesting the problem is.",
        ko: "해결하려는 구체적인 문제, 지금 그 문제를 겪는 사람, 현재의 처리 방식을 적으세요. 문제가 얼마나 흥미로운지보다 제품과 비즈니스에 주는 가치가 중요합니다.",
    }
    GuideFeasibility {
        en: "ML learns a function from data. Check that there is a pattern to learn, an objective to optimise, enough complexity to need ML, data, and repetition, and look for the red flags that make ML a poor fit.",
        ko: "머신러닝은 데이터에서 함수를 학습합니다. 배울 패턴, 최적화할 목적함수, 머신러닝이 필요할 만큼의 복잡성, 데이터, 반복성이 있는지 확인하고, 머신러닝이 맞지 않는 위험 신호도 살펴보세요.",
    }
    GuideGoals {
        en: "Write one broad goal, then the concrete objectives that reach it. Check which labels each objective can learn from, and decide how conflicting objectives are combined.",
        ko: "큰 목표 하나와 그 목표에 이르는 구체적인 세부 목표를 적으세요. 세부 목표마다 학습할 레이블이 있는지 확인하고, 충돌하는 목표를 어떻게 합칠지 정하세요.",
    }
    GuideData {
        en: "List the data you can use, who owns it, whether it is labelled, trustworthy and still arriving, and how private it is. Where data is missing, plan how it will be collected.",
        ko: "사용할 수 있는 데이터, 담당 팀, 레이블 여부, 신뢰성과 지속 수집 여부, 개인정보 등급을 정리하세요. 데이터가 없다면 수집 계획을 세우세요.",
    }
    GuideConstraints {
        en: "Name the limits the project lives within (schedule, budget, people, privacy, legacy systems, ethics), the risks and how you will reduce them, and the performance decisions: threshold, speed versus accuracy, interpretability.",
        ko: "일정, 예산, 인력, 개인정보, 기존 시스템, 윤리 같은 제약조건과 리스크 및 대응 방안, 그리고 임계값, 속도 대 정확도, 해석 가능성 같은 성능 결정을 정리하세요.",
    }
    GuideBaseline {
        en: "Decide what the model must beat. A baseline need not be a model: a rule you design, the most frequent answer, or today's process. Then plan a simple prototype people can try.",
        ko: "모델이 이겨야 할 기준을 정하세요. 베이스라인은 모델이 아니어도 됩니다. 직접 설계한 규칙, 가장 흔한 답, 지금의 처리 방식도 좋습니다. 그다음 사람들이 써 볼 간단한 프로토타입을 계획하세요.",
    }
    GuideMetrics {
        en: "Connect each model metric to the business metric it should move, and say how labels will be inferred from what users do, so you can tell whether the model beat the old way.",
        ko: "모델 지표마다 움직여야 할 비즈니스 지표를 연결하고, 사용자 반응에서 레이블을 어떻게 얻을지 적어 두세요. 그래야 모델이 기존 방식보다 나은지 판단할 수 있습니다.",
    }
    GuideMonitoring {
        en: "Decide what you will watch after launch, when to raise an alert, which questions error analysis asks, and what triggers retraining. Each finding loops back to an earlier step.",
        ko: "배포 후 무엇을 지켜볼지, 언제 알림을 보낼지, 오류 분석에서 무엇을 물을지, 언제 재학습할지 정하세요. 발견한 문제는 앞 단계로 돌아가 반영합니다.",
    }
    GuideBusiness {
        en: "Understanding the business is what makes a good problem definition: what the company sells, where data comes in, and how predictions go out to customers or internal work.",
        ko: "비즈니스를 이해해야 좋은 문제 정의가 나옵니다. 회사가 무엇을 파는지, 데이터가 어디서 들어오는지, 예측이 고객이나 내부 업무에 어떻게 쓰이는지 정리하세요.",
    }
    // Problem step fields
    ProblemStatement { en: "Problem statement", ko: "문제 설명" }
    ProblemStatementHint {
        en: "One or two sentences a colleague outside the team would understand.",
        ko: "팀 밖의 동료도 이해할 수 있는 한두 문장으로 적으세요.",
    }
    ProblemWho { en: "Who has this problem", ko: "이 문제를 겪는 사람" }
    ProblemCurrent { en: "How it is handled today", ko: "현재 처리 방식" }
    ProblemValue { en: "Value to the product or business", ko: "제품·비즈니스에 주는 가치" }
    ProblemValueHint {
        en: "Revenue, cost saved, time saved or satisfaction: say which, and roughly how much.",
        ko: "매출, 비용 절감, 시간 절약, 만족도 중 무엇인지, 대략 얼마인지 적으세요.",
    }
    ExerciseHeading { en: "Classroom exercise", ko: "수업 과제" }
    ExerciseProblem { en: "A problem from daily life", ko: "일상에서 찾은 문제" }
    ExerciseImpact {
        en: "The impact if a company had used this model",
        ko: "회사가 이 모델을 썼다면 생겼을 효과",
    }
    // == workbench steps (issue 3) ==
    // (this section's entries go right below its heading)

    // == review, report and examples (issue 3) ==
    // (this section's entries go right below its heading)

    // == calculators (issue 4) ==
    // (this section's entries go right below its heading)
    CalcThresholdTitle { en: "Threshold calculator", ko: "임계값 계산기" }
    CalcThresholdIntro {
        en: "Pick the score above which a case is flagged. See what the threshold does to false alarms and misses, on a teaching model or on your own validation scores, and which threshold your costs point to.",
        ko: "어떤 점수부터 양성으로 판정할지 정합니다. 교육용 모델이나 직접 가져온 검증 점수로 임계값이 거짓 경보와 놓치는 사례를 어떻게 바꾸는지 보고, 비용에 맞는 임계값을 찾아보세요.",
    }
    CalcTradeoffTitle { en: "Speed versus accuracy", ko: "속도와 정확도의 균형" }
    CalcTradeoffIntro {
        en: "Compare candidate models on quality, latency and cost, and see which one meets the latency budget, the peak load and the monthly budget.",
        ko: "후보 모델의 품질, 지연 시간, 비용을 비교하고 지연 시간 예산, 최대 부하, 월 예산을 만족하는 모델을 찾습니다.",
    }
    CalcBlendTitle { en: "Objective blend", ko: "목적함수 가중치 조합" }
    CalcBlendIntro {
        en: "When two objectives pull in different directions, a weight decides the ranking. Move the weight and watch sample items change places.",
        ko: "두 세부 목표가 서로 다른 쪽을 향할 때는 가중치가 순위를 정합니다. 가중치를 움직이며 예시 항목의 순위가 어떻게 바뀌는지 확인하세요.",
    }
    CalcAbTitle { en: "A/B test planner", ko: "A/B 테스트 설계" }
    CalcAbIntro {
        en: "How many users each variant needs to detect the change you care about, and how long the test will run on your traffic.",
        ko: "원하는 변화를 감지하려면 변형마다 몇 명의 사용자가 필요한지, 지금 트래픽으로 실험이 얼마나 걸리는지 계산합니다.",
    }
    CalcUndefined { en: "not defined", ko: "정의되지 않음" }
    CalcShowTable { en: "Show the data as a table", ko: "데이터를 표로 보기" }
    // Threshold
    CalcThrSource { en: "Work with", ko: "계산 기준" }
    CalcThrSourceModel { en: "A teaching model (two bell curves)", ko: "교육용 모델(두 개의 정규분포)" }
    CalcThrSourceOwn { en: "My own validation scores", ko: "내 검증 점수" }
    CalcThrPosMean { en: "Mean score of positives", ko: "양성 점수의 평균" }
    CalcThrPosSd { en: "Spread (SD) of positives", ko: "양성 점수의 표준편차" }
    CalcThrNegMean { en: "Mean score of negatives", ko: "음성 점수의 평균" }
    CalcThrNegSd { en: "Spread (SD) of negatives", ko: "음성 점수의 표준편차" }
    CalcThrPrevalence { en: "Prevalence (share of positives)", ko: "유병률(양성 비율)" }
    CalcThrModelNotFinite { en: "Every mean and spread must be a number.", ko: "평균과 표준편차는 모두 숫자여야 합니다." }
    CalcThrModelSd { en: "Both spreads must be greater than zero.", ko: "두 표준편차는 0보다 커야 합니다." }
    CalcThrModelPrevalence { en: "Prevalence must be above 0 % and below 100 %.", ko: "유병률은 0 %보다 크고 100 %보다 작아야 합니다." }
    CalcThrOpenFile { en: "Open a file of scores", ko: "점수 파일 열기" }
    CalcThrDropHint { en: "Or drop the file here. It is read in this browser and never uploaded.", ko: "파일을 여기에 끌어다 놓아도 됩니다. 파일은 이 브라우저 안에서만 읽고 어디에도 올리지 않습니다." }
    CalcThrPaste { en: "Or paste rows", ko: "또는 행을 붙여 넣기" }
    CalcThrFormat {
        en: "One case per row: score, then label (1 or 0, true or false), separated by a comma, tab or semicolon. A header row is optional.",
        ko: "한 행에 한 사례씩 점수와 레이블(1 또는 0, true 또는 false)을 쉼표, 탭, 세미콜론으로 구분해 적습니다. 머리글 행은 있어도 되고 없어도 됩니다.",
    }
    CalcThrReading { en: "Reading the file", ko: "파일을 읽는 중" }
    CalcThrPasted { en: "pasted rows", ko: "붙여 넣은 행" }
    CalcThrFiguresModel {
        en: "Teaching model: expected figures per 1,000 cases.",
        ko: "교육용 모델: 사례 1,000건당 기대값입니다.",
    }
    CalcThrNoScoresYet { en: "No scores yet: open a file or paste rows above.", ko: "아직 점수가 없습니다. 위에서 파일을 열거나 행을 붙여 넣으세요." }
    CalcThrRowMissing { en: "a column is missing (expected a score and a label)", ko: "열이 빠졌습니다(점수와 레이블이 필요합니다)" }
    CalcThrRowExtra { en: "there are more than two columns", ko: "열이 두 개보다 많습니다" }
    CalcThrRowScore { en: "the score is not a number", ko: "점수가 숫자가 아닙니다" }
    CalcThrRowFinite { en: "the score is not a finite number", ko: "점수가 유한한 숫자가 아닙니다" }
    CalcThrRowLabel { en: "the label is not 1, 0, true or false", ko: "레이블이 1, 0, true, false 중 하나가 아닙니다" }
    CalcThrEmpty { en: "No score and label rows were found.", ko: "점수와 레이블 행을 찾지 못했습니다." }
    CalcThrUnreadable { en: "The file could not be read. Check that it is a text file and try again.", ko: "파일을 읽을 수 없습니다. 텍스트 파일인지 확인하고 다시 시도하세요." }
    CalcThrErrorKept {
        en: "Nothing was changed: the figures below still use your previous scores. Fix the rows and try again.",
        ko: "바뀐 것은 없습니다. 아래 값은 이전 점수를 그대로 사용합니다. 행을 고친 뒤 다시 시도하세요.",
    }
    CalcThrErrorNothing {
        en: "Nothing was changed in your plan. Fix the rows and try again.",
        ko: "계획에는 아무것도 바뀌지 않았습니다. 행을 고친 뒤 다시 시도하세요.",
    }
    CalcThrThreshold { en: "Threshold", ko: "임계값" }
    CalcThrFlagNobody { en: "above every score (nothing flagged)", ko: "모든 점수보다 높음(양성 판정 없음)" }
    CalcThrFlagEveryone { en: "below every score (everything flagged)", ko: "모든 점수보다 낮음(모두 양성 판정)" }
    CalcThrNoPositives {
        en: "There are no positive cases, so recall and misses are not defined; the counts below still apply.",
        ko: "양성 사례가 없어 재현율과 놓친 사례는 정의되지 않습니다. 아래 개수는 그대로 유효합니다.",
    }
    CalcThrMatrixCounts { en: "Confusion matrix: number of cases, and the share of each actual class", ko: "혼동 행렬: 사례 수와 실제 클래스별 비율" }
    CalcThrMatrixModel { en: "Confusion matrix: expected cases per 1,000, and the share of each actual class", ko: "혼동 행렬: 1,000건당 기대 사례 수와 실제 클래스별 비율" }
    CalcThrPredPos { en: "Flagged (predicted positive)", ko: "양성으로 판정" }
    CalcThrPredNeg { en: "Not flagged (predicted negative)", ko: "음성으로 판정" }
    CalcThrActualPos { en: "Actually positive", ko: "실제 양성" }
    CalcThrActualNeg { en: "Actually negative", ko: "실제 음성" }
    CalcThrTp { en: "True positives", ko: "참 양성" }
    CalcThrFn { en: "False negatives (missed)", ko: "거짓 음성(놓침)" }
    CalcThrFp { en: "False positives (false alarms)", ko: "거짓 양성(거짓 경보)" }
    CalcThrTn { en: "True negatives", ko: "참 음성" }
    CalcThrPrecision { en: "Precision", ko: "정밀도" }
    CalcThrRecall { en: "Recall", ko: "재현율" }
    CalcThrSpecificity { en: "Specificity", ko: "특이도" }
    CalcThrFpr { en: "False-positive rate", ko: "거짓 양성 비율" }
    CalcThrTprAxis { en: "True-positive rate (recall)", ko: "참 양성 비율(재현율)" }
    CalcThrAccuracy { en: "Accuracy", ko: "정확도" }
    CalcThrFlaggedShare { en: "Share flagged", ko: "양성 판정 비율" }
    CalcThrCostPer1000 { en: "Expected cost per 1,000 cases", ko: "1,000건당 기대 비용" }
    CalcThrAuc { en: "ROC AUC", ko: "ROC 곡선 아래 면적(AUC)" }
    CalcThrAp { en: "Average precision", ko: "평균 정밀도" }
    CalcThrAucUndefined {
        en: "Not defined: the data has only one class, and ROC AUC needs both positives and negatives.",
        ko: "정의되지 않음: 데이터에 한 가지 클래스만 있습니다. ROC AUC를 구하려면 양성과 음성이 모두 있어야 합니다.",
    }
    CalcThrApUndefined {
        en: "Not defined: there are no positive cases.",
        ko: "정의되지 않음: 양성 사례가 없습니다.",
    }
    CalcThrRocTitle { en: "ROC curve: true-positive rate against false-positive rate", ko: "ROC 곡선: 거짓 양성 비율에 따른 참 양성 비율" }
    CalcThrPrTitle { en: "Precision–recall curve", ko: "정밀도–재현율 곡선" }
    CalcThrNoCurve { en: "No curve: it needs both positive and negative cases.", ko: "곡선을 그릴 수 없습니다. 양성과 음성 사례가 모두 있어야 합니다." }
    CalcThrDecisions { en: "Which threshold?", ko: "어떤 임계값을 고를까?" }
    CalcThrCostFp { en: "Cost of one false positive", ko: "거짓 양성 1건의 비용" }
    CalcThrCostFn { en: "Cost of one false negative", ko: "거짓 음성 1건의 비용" }
    CalcThrBeta { en: "β for the F-beta score", ko: "F-beta 점수의 β" }
    CalcThrMinPrecision { en: "Precision at least", ko: "최소 정밀도" }
    CalcThrMinRecall { en: "Recall at least", ko: "최소 재현율" }
    CalcThrDeployPrevalence { en: "Prevalence where the model will run (empty: as in your data)", ko: "모델을 쓸 곳의 양성 비율(비우면 데이터와 같음)" }
    CalcThrCostHint {
        en: "Costs in any one unit you like (money, minutes of review, harm points). β above 1 weighs recall more, below 1 precision.",
        ko: "비용은 돈, 검토 시간, 피해 점수 등 한 가지 단위로 통일해 적습니다. β가 1보다 크면 재현율을, 작으면 정밀도를 더 중시합니다.",
    }
    CalcThrCriterion { en: "Criterion", ko: "기준" }
    CalcThrValue { en: "Value there", ko: "그때의 값" }
    CalcThrLeastCost { en: "Least expected cost", ko: "기대 비용 최소" }
    CalcThrBestF { en: "Largest F-beta", ko: "F-beta 최대" }
    CalcThrYouden { en: "Youden's J (recall − false-positive rate)", ko: "유덴 J(재현율 − 거짓 양성 비율)" }
    CalcThrEnterCosts { en: "Enter both costs", ko: "두 비용을 모두 입력하세요" }
    CalcThrUnreachable { en: "No threshold reaches this", ko: "이 조건을 만족하는 임계값이 없습니다" }
    CalcThrMoveHere { en: "Use this threshold", ko: "이 임계값 사용" }
    CalcThrNeedBothClasses {
        en: "Suggested thresholds need both positive and negative cases in your scores.",
        ko: "임계값을 추천하려면 점수에 양성과 음성 사례가 모두 있어야 합니다.",
    }
    CalcThrNoSuggestions { en: "No suggestions until the inputs above are complete.", ko: "위 입력을 마치면 추천 임계값이 나타납니다." }
    // Speed versus accuracy
    CalcTrdName { en: "Name", ko: "이름" }
    CalcTrdQuality { en: "Quality (higher is better)", ko: "품질(높을수록 좋음)" }
    CalcTrdP50 { en: "Median latency (p50)", ko: "지연 시간 중앙값(p50)" }
    CalcTrdP95 { en: "Latency p95", ko: "지연 시간 p95" }
    CalcTrdThroughput { en: "Throughput per instance", ko: "인스턴스당 처리량" }
    CalcTrdPricing { en: "Billed", ko: "과금 방식" }
    CalcTrdPerHour { en: "per instance-hour", ko: "인스턴스 시간당" }
    CalcTrdPer1000 { en: "per 1,000 predictions", ko: "예측 1,000건당" }
    CalcTrdPricePerHour { en: "Price per instance-hour", ko: "인스턴스 시간당 가격" }
    CalcTrdPricePer1000 { en: "Price per 1,000 predictions", ko: "예측 1,000건당 가격" }
    CalcTrdSize { en: "Model size", ko: "모델 크기" }
    CalcTrdRequirements { en: "Requirements", ko: "요구 사항" }
    CalcTrdP95Budget { en: "Latency budget (p95)", ko: "지연 시간 예산(p95)" }
    CalcTrdPeak { en: "Peak load", ko: "최대 부하" }
    CalcTrdMonthlyBudget { en: "Monthly budget", ko: "월 예산" }
    CalcTrdConventions {
        en: "Instances are sized for the peak load and a month counts 730 hours, so costs are an upper bound. Leave a budget empty for no limit.",
        ko: "인스턴스 수는 최대 부하 기준이고 한 달은 730시간으로 계산하므로 비용은 상한값입니다. 예산을 비우면 제한이 없는 것으로 봅니다.",
    }
    CalcTrdCandidates { en: "Candidate models", ko: "후보 모델" }
    CalcTrdAdd { en: "Add a candidate", ko: "후보 추가" }
    CalcTrdResults { en: "Instances and monthly cost per candidate", ko: "후보별 인스턴스 수와 월 비용" }
    CalcTrdInstances { en: "Instances for the peak", ko: "최대 부하에 필요한 인스턴스" }
    CalcTrdMonthly { en: "Monthly cost", ko: "월 비용" }
    CalcTrdStatus { en: "Verdict", ko: "판정" }
    CalcTrdFeasible { en: "meets every requirement", ko: "모든 요구 사항 충족" }
    CalcTrdDominated { en: "another candidate is at least as good and as fast", ko: "품질과 속도 모두 이보다 낫거나 같은 후보가 있음" }
    CalcTrdNoneFeasible {
        en: "No candidate meets every requirement. Relax the latency budget or the monthly budget, or add a candidate.",
        ko: "모든 요구 사항을 만족하는 후보가 없습니다. 지연 시간 예산이나 월 예산을 늘리거나 후보를 추가하세요.",
    }
    CalcTrdNoCandidates { en: "Add a candidate model to compare.", ko: "비교할 후보 모델을 추가하세요." }
    CalcTrdErrPeak { en: "Enter a peak load greater than zero.", ko: "최대 부하를 0보다 큰 값으로 입력하세요." }
    CalcTrdErrLatency { en: "The latency budget must be greater than zero, or empty for no limit.", ko: "지연 시간 예산은 0보다 커야 합니다. 제한이 없으면 비워 두세요." }
    CalcTrdErrBudget { en: "The monthly budget must be zero or more, or empty for no limit.", ko: "월 예산은 0 이상이어야 합니다. 제한이 없으면 비워 두세요." }
    CalcTrdChartTitle { en: "Quality against p95 latency for each candidate", ko: "후보별 p95 지연 시간과 품질" }
    CalcTrdChartSummary { en: "Up and to the left is better.", ko: "왼쪽 위로 갈수록 좋습니다." }
    CalcTrdP95Axis { en: "p95 latency (ms)", ko: "p95 지연 시간(ms)" }
    CalcTrdQualityAxis { en: "Quality", ko: "품질" }
    // Objective blend
    CalcBlendWeight { en: "Weight on quality (w)", ko: "품질 가중치(w)" }
    CalcBlendWeightHint {
        en: "Each item scores w × quality + (1 − w) × engagement. Use the arrow keys for small steps.",
        ko: "각 항목의 점수는 w × 품질 + (1 − w) × 참여도입니다. 화살표 키로 조금씩 움직일 수 있습니다.",
    }
    CalcBlendRanking { en: "Ranking", ko: "순위" }
    CalcBlendEditItems { en: "Edit the sample items", ko: "예시 항목 고치기" }
    CalcBlendItemsHint {
        en: "Scores from 0 to 1. These items are a sandbox: they are not saved in the plan.",
        ko: "점수는 0부터 1까지입니다. 이 항목은 연습용이라 계획에 저장되지 않습니다.",
    }
    CalcBlendItemTitle { en: "Item", ko: "항목" }
    CalcBlendQuality { en: "Quality score", ko: "품질 점수" }
    CalcBlendEngagement { en: "Engagement score", ko: "참여도 점수" }
    // A/B test
    CalcAbBaseline { en: "Baseline conversion rate", ko: "기준 전환율" }
    CalcAbEffectKind { en: "Smallest change worth detecting, as", ko: "감지할 최소 변화의 표현 방식" }
    CalcAbAbsolute { en: "Absolute (percentage points)", ko: "절대값(%p)" }
    CalcAbRelative { en: "Relative (% of the baseline)", ko: "상대값(기준 대비 %)" }
    CalcAbEffectAbsolute { en: "Minimum detectable effect", ko: "최소 감지 효과" }
    CalcAbEffectRelative { en: "Minimum detectable effect, relative to the baseline", ko: "기준 대비 최소 감지 효과" }
    CalcAbAlpha { en: "Significance level α (two-sided)", ko: "유의수준 α(양측)" }
    CalcAbPower { en: "Power (1 − β)", ko: "검정력(1 − β)" }
    CalcAbTraffic { en: "Daily traffic", ko: "하루 트래픽" }
    CalcAbShare { en: "Share of traffic in the test", ko: "실험에 넣을 트래픽 비율" }
    CalcAbUsersPerVariant { en: "users per variant", ko: "명(변형당)" }
    CalcAbNote {
        en: "Two variants, traffic split evenly, a two-sided test on conversion rates. Usual choices: α = 0.05 and power = 0.8.",
        ko: "변형 두 개에 트래픽을 똑같이 나누고, 전환율을 양측 검정으로 비교합니다. 흔히 α = 0.05, 검정력 = 0.8을 씁니다.",
    }
    CalcAbErrorSafe { en: "Your other inputs are kept; fix this one to see the answer.", ko: "다른 입력은 그대로 있습니다. 이 값을 고치면 답이 나타납니다." }
    CalcAbMissingBaseline { en: "Enter the baseline conversion rate.", ko: "기준 전환율을 입력하세요." }
    CalcAbMissingEffect { en: "Enter the smallest change worth detecting.", ko: "감지할 최소 변화를 입력하세요." }
    CalcAbMissingAlpha { en: "Enter the significance level α, for example 0.05.", ko: "유의수준 α를 입력하세요(예: 0.05)." }
    CalcAbMissingPower { en: "Enter the power, for example 0.8.", ko: "검정력을 입력하세요(예: 0.8)." }
    CalcAbMissingTraffic { en: "Enter the daily traffic.", ko: "하루 트래픽을 입력하세요." }
    CalcAbErrBaseline { en: "The baseline conversion rate must be above 0 % and below 100 %.", ko: "기준 전환율은 0 %보다 크고 100 %보다 작아야 합니다." }
    CalcAbErrEffect { en: "The effect must be a number other than zero.", ko: "효과는 0이 아닌 숫자여야 합니다." }
    CalcAbErrTarget {
        en: "Baseline plus the effect must stay above 0 % and below 100 %.",
        ko: "기준 전환율에 효과를 더한 값이 0 %보다 크고 100 %보다 작아야 합니다.",
    }
    CalcAbErrAlpha { en: "α must be between 0 and 1, for example 0.05.", ko: "α는 0과 1 사이여야 합니다(예: 0.05)." }
    CalcAbErrPower { en: "Power must be between 0 and 1, for example 0.8.", ko: "검정력은 0과 1 사이여야 합니다(예: 0.8)." }
    CalcAbErrTraffic { en: "Daily traffic must be greater than zero.", ko: "하루 트래픽은 0보다 커야 합니다." }
    CalcAbErrShare { en: "The share of traffic in the test must be above 0 % and at most 100 %.", ko: "실험에 넣을 트래픽 비율은 0 %보다 크고 100 % 이하여야 합니다." }
    CalcAbErrTooLarge {
        en: "The effect is too small to detect with any practical sample. Choose a larger effect.",
        ko: "효과가 너무 작아 현실적인 표본으로는 감지할 수 없습니다. 더 큰 효과를 고르세요.",
    }

    // == business model and canvases (issue 5) ==
    // (this section's entries go right below its heading)

    // == sharing and offline (issue 6) ==
    // (this section's entries go right below its heading)

}
