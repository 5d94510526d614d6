//! The message tables. Add an entry with both languages; the macro refuses one without.
//!
//! There are two tables because, in the split release build, a text's bytes go into the wasm
//! module whose code reads them. [`Msg`] holds what the start page and the frame of every page
//! show. [`PageMsg`] holds what only the plan pages and the share panel show: its table is read
//! through [`PageMsg::text`], which in that build looks the text up through a function that the
//! chunk code registers ([`load_page_texts`]) before it renders, so the table and its texts load
//! with the chunks. Put a new text in `PageMsg` unless code outside those pages shows it.

use super::Lang;

/// Declares a table of fixed texts: an enum with one variant per entry, and each entry's text in
/// every language. An entry without all of them does not compile, so adding a language is one
/// more field per entry here and the compiler names each entry still missing it.
///
/// `Name;` reads the table directly (`Name::text`), so its texts go into the wasm module of the
/// code that shows them. `@lookup Name;` leaves `text` to be written by hand, as [`PageMsg`]'s is.
/// Either way `Name::entries` lists every entry, for the checks over all texts.
macro_rules! messages {
    (@lookup $(#[$doc:meta])* $name:ident; $($key:ident { en: $en:literal, ko: $ko:literal $(,)? })*) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            /// Every entry, in table order.
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            fn table_text(self, lang: $crate::i18n::Lang) -> &'static str {
                match lang {
                    $crate::i18n::Lang::En => match self { $($name::$key => $en),* },
                    $crate::i18n::Lang::Ko => match self { $($name::$key => $ko),* },
                }
            }

            /// Every entry in `lang`, named as in the source (`Msg::Save`).
            pub fn entries(lang: $crate::i18n::Lang) -> impl Iterator<Item = (String, &'static str)> {
                $name::ALL
                    .iter()
                    .map(move |m| (format!(concat!(stringify!($name), "::{:?}"), m), m.table_text(lang)))
            }
        }

        impl $crate::i18n::Text for $name {
            fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                $name::text(self, lang)
            }
        }
    };
    ($(#[$doc:meta])* $name:ident; $($entries:tt)*) => {
        $crate::i18n::messages!(@lookup $(#[$doc])* $name; $($entries)*);

        impl $name {
            pub fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                self.table_text(lang)
            }
        }
    };
}
pub(crate) use messages;

impl PageMsg {
    /// The text in `lang`. In the split build, an empty text until [`load_page_texts`] has run;
    /// only views built by chunk code show a `PageMsg`, and that code runs it first.
    pub fn text(self, lang: Lang) -> &'static str {
        #[cfg(mlplan_split)]
        return PAGE_TEXTS.get().map_or("", |lookup| lookup(self, lang));
        #[cfg(not(mlplan_split))]
        self.table_text(lang)
    }
}

#[cfg(mlplan_split)]
static PAGE_TEXTS: std::sync::OnceLock<fn(PageMsg, Lang) -> &'static str> = std::sync::OnceLock::new();

/// Makes [`PageMsg`] texts readable. In the split build the chunk code calls this before it
/// renders: the only reference to the table is here, so the table goes into the chunk.
pub fn load_page_texts() {
    #[cfg(mlplan_split)]
    PAGE_TEXTS.get_or_init(|| PageMsg::table_text);
}

messages! {
    /// A text of the start page or of every page's frame.
    Msg;
    // Shell
    SkipToContent { en: "Skip to content", ko: "본문으로 건너뛰기" }
    Tagline {
        en: "A workbench for designing a machine-learning project before any model is trained.",
        ko: "모델을 학습하기 전에 머신러닝 프로젝트를 설계하는 도구입니다.",
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
    ReadingPlans { en: "Reading your plans…", ko: "계획 목록을 읽는 중…" }
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
    // Trash
    Trash { en: "Trash", ko: "휴지통" }
    TrashHint {
        en: "Deleted plans stay here until you empty the trash.",
        ko: "삭제한 계획은 휴지통을 비울 때까지 여기에 남아 있습니다.",
    }
    TrashIsEmpty { en: "The trash is empty.", ko: "휴지통이 비어 있습니다." }
    Restore { en: "Restore", ko: "복원" }
    EmptyTrash { en: "Empty trash", ko: "휴지통 비우기" }
    DamagedTrashRecord {
        en: "A deleted plan that could not be read. Its original text is kept in a backup.",
        ko: "읽을 수 없는 삭제된 계획입니다. 원본 텍스트는 백업으로 보관되어 있습니다.",
    }
    PlanNotFound {
        en: "This plan is not in this browser. It may have been deleted, or it was made on another device.",
        ko: "이 브라우저에 없는 계획입니다. 삭제되었거나 다른 기기에서 만든 계획일 수 있습니다.",
    }
    PlanUnreadable {
        en: "This plan could not be read. Its text is kept in a backup that you can download from the plan list.",
        ko: "이 계획을 읽을 수 없습니다. 원본은 백업으로 보관되어 있으며 계획 목록에서 내려받을 수 있습니다.",
    }
    PlanFromNewerVersion {
        en: "A newer version of mlplan saved this plan. This version keeps it untouched and cannot open it: reload to get the newer version.",
        ko: "더 새로운 버전의 mlplan이 저장한 계획입니다. 이 버전은 계획을 그대로 두며 열 수 없습니다. 새로고침하면 새 버전을 받습니다.",
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
    // Plan page
    PlanTitle { en: "Plan title", ko: "계획 제목" }
    Steps { en: "Steps", ko: "단계" }
    StepComplete { en: "complete", ko: "완료" }
    StepIncomplete { en: "not complete", ko: "미완료" }
    PreviousStep { en: "Previous step", ko: "이전 단계" }
    PreviousNext { en: "Previous and next step", ko: "이전 단계와 다음 단계" }
    PlanReview { en: "Plan review", ko: "계획 검토" }
    Report { en: "Report", ko: "보고서" }
    NextStep { en: "Next step", ko: "다음 단계" }
    SaveSaved { en: "All changes saved in this browser.", ko: "모든 변경 사항을 이 브라우저에 저장했습니다." }
    SaveSaving { en: "Saving…", ko: "저장하는 중…" }
    SaveFailedFull {
        en: "Not saved: this browser's storage is full. Your text stays here and is saved as soon as space is freed.",
        ko: "저장하지 못함: 브라우저 저장 공간이 가득 찼습니다. 입력한 내용은 화면에 남아 있으며, 공간이 생기면 바로 저장됩니다.",
    }
    SaveFailedBlocked {
        en: "Not saved: this browser blocks storage, so the plan lives in this tab only.",
        ko: "저장하지 못함: 브라우저가 저장소를 막고 있어 계획이 이 탭에만 있습니다.",
    }
    SaveFailedNewer {
        en: "Not saved: a newer version of mlplan saved this plan in another tab. This tab no longer writes it, so that version is not overwritten. Export your text, then reload.",
        ko: "저장하지 못함: 다른 탭에서 더 새로운 버전의 mlplan이 이 계획을 저장했습니다. 그 버전을 덮어쓰지 않도록 이 탭은 더 이상 저장하지 않습니다. 내용을 내보낸 뒤 새로고침하세요.",
    }
    SaveFailedMismatch {
        en: "Not saved: the browser stored something other than what was written. Your text stays here and is saved again on your next change.",
        ko: "저장하지 못함: 브라우저에 저장된 내용이 쓴 내용과 다릅니다. 입력한 내용은 화면에 남아 있으며 다음 변경 때 다시 저장합니다.",
    }
    SaveFailedOther {
        en: "Not saved: the browser reported a storage error. Your text stays here and is saved again on your next change.",
        ko: "저장하지 못함: 브라우저가 저장소 오류를 알렸습니다. 입력한 내용은 화면에 남아 있으며 다음 변경 때 다시 저장합니다.",
    }
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
    // == workbench steps (issue 3) ==
    // (this section's entries go right below its heading)
    CalcHere { en: "Work it out here", ko: "여기서 바로 계산하기" }
    ExamplesHeading { en: "Worked examples", ko: "예제 계획" }
    ExamplesIntro {
        en: "Finished plans to learn from or start with. Opening one makes a new plan of your own; your other plans stay as they are.",
        ko: "참고하거나 출발점으로 삼을 수 있는 완성된 계획입니다. 예제를 열면 내 계획이 새로 하나 생기며, 기존 계획은 그대로 남습니다.",
    }
    OpenExample { en: "Open as a new plan", ko: "새 계획으로 열기" }
    ExportAllPlans { en: "Export all plans (JSON)", ko: "모든 계획 내보내기 (JSON)" }
    ImportPlans { en: "Import plans from a JSON file", ko: "JSON 파일에서 계획 가져오기" }
    FilesHeading { en: "Files", ko: "파일" }
    FilesHint {
        en: "Keep a copy of your plans, or move them to another browser. Imported plans never replace your own.",
        ko: "계획의 사본을 보관하거나 다른 브라우저로 옮길 수 있습니다. 가져온 계획이 기존 계획을 덮어쓰지 않습니다.",
    }
    ExampleUnavailable {
        en: "The example could not be loaded. Check the connection and try again.",
        ko: "예제를 불러오지 못했습니다. 연결을 확인하고 다시 시도하세요.",
    }
    LoadingPage { en: "Loading this page…", ko: "이 페이지를 불러오는 중…" }
    PageUnavailable {
        en: "This page could not be loaded. Check the connection and try again. If mlplan was updated meanwhile, reload it. Your plan is saved either way.",
        ko: "이 페이지를 불러오지 못했습니다. 연결을 확인하고 다시 시도하세요. 그사이 mlplan이 업데이트되었다면 새로고침하세요. 어느 쪽이든 계획은 저장되어 있습니다.",
    }
    ActionUnavailable {
        en: "That could not be done: part of mlplan could not be loaded. Check the connection and try again, or reload mlplan. Nothing was changed.",
        ko: "작업을 완료하지 못했습니다. mlplan의 일부를 불러오지 못했습니다. 연결을 확인하고 다시 시도하거나 mlplan을 새로고침하세요. 아무것도 바뀌지 않았습니다.",
    }
    Share { en: "Share", ko: "공유" }
    ClassBoardLink { en: "For instructors: the class board, to collect and compare students' plans", ko: "강사용: 학생들의 계획을 모아 비교하는 수업 보드" }
    AssignmentHeading { en: "Assignment", ko: "과제" }
    SaveVersion { en: "Save a version", ko: "버전 저장" }
    Versions { en: "Versions", ko: "버전" }
    VersionSaved { en: "Version saved.", ko: "버전을 저장했습니다." }
    AssignmentDueLabel { en: "Due", ko: "마감" }
    AssignmentHandInLabel { en: "Hand in", ko: "제출물" }
    TryAgain { en: "Try again", ko: "다시 시도" }
    ReloadApp { en: "Reload mlplan", ko: "mlplan 새로고침" }
}

messages! {
    @lookup
    /// A text only the plan pages and the share panel show.
    PageMsg;
    // Plan page
    Calculators { en: "Decision calculators", ko: "의사결정 계산기" }
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
    // Field toolkit
    FieldYes { en: "Yes", ko: "예" }
    FieldNo { en: "No", ko: "아니요" }
    FieldUnsure { en: "Not sure", ko: "잘 모르겠음" }
    FieldNotAnswered { en: "not answered yet", ko: "아직 답하지 않음" }
    FieldAnswerNote { en: "Why? (note)", ko: "근거 메모" }
    FieldClearChoice { en: "Clear choice", ko: "선택 지우기" }
    FieldMoveUp { en: "Move up", ko: "위로" }
    FieldMoveDown { en: "Move down", ko: "아래로" }
    FieldRemoveRow { en: "Remove", ko: "삭제" }
    FieldRowRemoved { en: "removed.", ko: "삭제됨." }
    RowOwner { en: "Owner", ko: "담당자" }
    // Feasibility
    SignalsHeading { en: "Signals that ML fits", ko: "머신러닝이 맞다는 신호" }
    SignalsHint {
        en: "A “yes” here counts in favour of ML.",
        ko: "여기서 ‘예’는 머신러닝을 쓸 이유가 됩니다.",
    }
    RedFlagsHeading { en: "Red flags", ko: "위험 신호" }
    RedFlagsHint {
        en: "A “yes” here counts against ML, or calls for extra care.",
        ko: "여기서 ‘예’는 머신러닝에 불리하거나 각별한 주의가 필요하다는 뜻입니다.",
    }
    VerdictHeading { en: "Verdict", ko: "판단 결과" }
    VerdictCauses { en: "Decided by these answers", ko: "판단을 정한 답" }
    VerdictCaveats {
        en: "These answers add caveats, not a different verdict",
        ko: "판단은 바꾸지 않고 주의할 점을 더하는 답",
    }
    VerdictActions { en: "Recommended next steps", ko: "추천하는 다음 단계" }
    VerdictHowDecided { en: "How is this decided?", ko: "어떻게 판단하나요?" }
    VerdictHowDecidedIntro {
        en: "The rules are checked from top to bottom. The first rule that decides sets the verdict, and every other rule leading to the same verdict adds its reasons. Caveats never change the verdict; they only add next steps.",
        ko: "규칙을 위에서부터 차례로 확인합니다. 처음으로 해당하는 결정 규칙이 판단을 정하고, 같은 결론으로 이어지는 다른 규칙도 근거를 보탭니다. 주의 사항은 판단을 바꾸지 않고 다음 단계만 더합니다.",
    }
    RuleWhen { en: "When", ko: "조건" }
    RuleLeadsTo { en: "Leads to", ko: "결과" }
    RuleWhy { en: "Why", ko: "이유" }
    CondNothingAnswered { en: "No question answered yet", ko: "답한 질문이 하나도 없음" }
    CondSomeUnanswered {
        en: "A question that can decide is still unanswered",
        ko: "판단을 가를 수 있는 질문에 아직 답하지 않음",
    }
    CondAnyUnsure {
        en: "A question that can decide is answered “not sure”",
        ko: "판단을 가를 수 있는 질문에 ‘잘 모르겠음’이라고 답함",
    }
    CondSomeUnansweredCaveat {
        en: "A question that only adds caveats is still unanswered",
        ko: "주의 사항만 더하는 질문에 아직 답하지 않음",
    }
    CondAnyUnsureCaveat {
        en: "A question that only adds caveats is answered “not sure”",
        ko: "주의 사항만 더하는 질문에 ‘잘 모르겠음’이라고 답함",
    }
    CondAlways { en: "None of the above", ko: "위 조건에 모두 해당하지 않음" }
    EffectCaveat { en: "Caveat: adds a next step", ko: "주의 사항: 다음 단계 추가" }
    // Goals
    GoalField { en: "Goal", ko: "목표" }
    GoalHint {
        en: "The broad purpose, in one sentence. Say what must not get worse, too.",
        ko: "큰 목표를 한 문장으로 적으세요. 나빠지면 안 되는 것도 함께 적으세요.",
    }
    GoalExampleSummary { en: "Example: a news feed", ko: "예시: 뉴스 피드" }
    GoalExample1 {
        en: "A first goal, “maximise engagement”, with objectives “filter unsafe posts” and “rank by predicted clicks”, ends up promoting extreme, click-bait posts.",
        ko: "처음 목표를 ‘참여도 최대화’로, 세부 목표를 ‘유해 게시물 거르기’와 ‘예상 클릭 순 정렬’로 잡으면 자극적인 낚시성 게시물이 위로 올라오게 됩니다.",
    }
    GoalExample2 {
        en: "A better goal: “maximise engagement while keeping extreme views and misinformation down”, with four objectives: filter unsafe posts, filter misinformation, rank by quality, rank by engagement.",
        ko: "더 나은 목표는 ‘극단적 의견과 허위 정보는 줄이면서 참여도 최대화’이고, 세부 목표는 유해 게시물 거르기, 허위 정보 거르기, 품질 순 정렬, 참여도 순 정렬의 네 가지입니다.",
    }
    ObjectivesHeading { en: "Objectives", ko: "세부 목표" }
    ObjectiveItem { en: "Objective", ko: "세부 목표" }
    AddObjective { en: "Add objective", ko: "세부 목표 추가" }
    NoObjectivesYet {
        en: "No objectives yet. Add the concrete steps that reach the goal.",
        ko: "아직 세부 목표가 없습니다. 목표에 이르는 구체적인 단계를 추가하세요.",
    }
    ObjectiveName { en: "Objective", ko: "세부 목표 이름" }
    ObjectiveMetric { en: "Metric", ko: "지표" }
    ObjectiveMetricHint {
        en: "How you will tell it is met, e.g. recall on harmful posts.",
        ko: "달성 여부를 무엇으로 판단할지 적으세요. 예: 유해 게시물 재현율.",
    }
    ObjectiveTarget { en: "Target or loss", ko: "목표값 또는 손실 함수" }
    ObjectiveCadence { en: "Update cadence", ko: "업데이트 주기" }
    ObjectiveCadenceHint {
        en: "How often its model must be retrained, e.g. daily for spam, monthly for quality.",
        ko: "모델을 얼마나 자주 다시 학습해야 하는지 적으세요. 예: 스팸은 매일, 품질은 매달.",
    }
    StepLabelScenario { en: "Where its labels come from", ko: "레이블을 얻는 방법" }
    LabelScenarioHint {
        en: "Each choice comes with the strategy that usually goes with it.",
        ko: "선택지마다 보통 함께 쓰는 전략을 적어 두었습니다.",
    }
    ScenarioLabelled { en: "Labelled data", ko: "레이블이 있는 데이터" }
    ScenarioLabelledHow {
        en: "Use the labels; check how they were made and how reliable they are.",
        ko: "그 레이블을 쓰되, 어떻게 만들어졌고 얼마나 믿을 만한지 확인하세요.",
    }
    ScenarioProxy { en: "Proxy labels", ko: "대리 레이블" }
    ScenarioProxyHow {
        en: "Name the behaviour that stands in for the label (plays and skips for taste) and how it is biased.",
        ko: "레이블 대신 쓸 행동(예: 재생과 건너뛰기로 취향 추정)과 그 행동이 가진 편향을 적으세요.",
    }
    ScenarioUnlabelled { en: "Unlabelled data", ko: "레이블 없는 데이터" }
    ScenarioUnlabelledHow {
        en: "Label it (who, how many, at what cost), or learn without labels, e.g. self-supervised pseudo-labels.",
        ko: "직접 레이블을 붙이거나(누가, 얼마나, 어떤 비용으로), 자기 지도 학습의 의사 레이블처럼 레이블 없이 학습하세요.",
    }
    ScenarioNoData { en: "No data yet", ko: "데이터 없음" }
    ScenarioNoDataHow {
        en: "Plan how to collect the data first; a rule-based system can run meanwhile.",
        ko: "먼저 데이터 수집 계획을 세우세요. 그동안은 규칙 기반 시스템으로 운영할 수 있습니다.",
    }
    StepLabelNote { en: "Label note", ko: "레이블 메모" }
    LabelNoteHint {
        en: "What you know about the labels: gaps, delays, bias. Fraud data only shows the fraud that was caught.",
        ko: "레이블에 대해 아는 점(빈틈, 지연, 편향)을 적으세요. 사기 데이터에는 적발된 사기만 남습니다.",
    }
    ObjectiveWeight { en: "Weight", ko: "가중치" }
    ObjectiveWeightHint {
        en: "Its share in the combined loss or in the blend of model outputs, e.g. 0.3.",
        ko: "결합 손실 또는 모델 출력 혼합에서 차지하는 비중입니다. 예: 0.3.",
    }
    StrategyHeading { en: "Combining the objectives", ko: "세부 목표 결합 방식" }
    StrategyField { en: "How are the objectives trained?", ko: "세부 목표를 어떻게 학습하나요?" }
    StrategyHint {
        en: "Objectives can pull against each other, like quality and engagement.",
        ko: "품질과 참여도처럼 세부 목표끼리 충돌할 수 있습니다.",
    }
    StrategyCombined { en: "One model, one combined loss", ko: "하나의 모델, 합친 손실 함수" }
    StrategyCombinedTradeoff {
        en: "Simple to serve, but a problem in one objective or a new balance means retraining everything.",
        ko: "운영은 단순하지만, 한 세부 목표에 문제가 생기거나 비중을 바꾸려면 전체를 다시 학습해야 합니다.",
    }
    StrategySeparate { en: "Separate models, blended by weights", ko: "목표별 모델, 가중치로 혼합" }
    StrategySeparateTradeoff {
        en: "More models to run, but each is easier to optimise, the weights change without retraining, and each updates on its own schedule.",
        ko: "운영할 모델은 늘지만 각각 최적화하기 쉽고, 재학습 없이 가중치를 바꿀 수 있으며, 모델마다 다른 주기로 업데이트할 수 있습니다.",
    }
    StrategyMoreSummary { en: "Which should I choose?", ko: "어느 쪽을 골라야 하나요?" }
    StrategyMore1 {
        en: "Separating objectives is usually the better start: one objective is easier to optimise than a mix, and rebalancing is a change of weights, not a new training run.",
        ko: "보통은 세부 목표를 분리하는 편이 낫습니다. 세부 목표 하나는 여러 세부 목표를 섞은 것보다 최적화하기 쉽고, 비중 조정은 재학습이 아니라 가중치 변경으로 끝납니다.",
    }
    StrategyMore2 {
        en: "Objectives also age at different speeds: a spam filter must update far more often than a quality ranker.",
        ko: "세부 목표마다 낡는 속도도 다릅니다. 스팸 필터는 품질 순위 모델보다 훨씬 자주 업데이트해야 합니다.",
    }
    StrategyNote { en: "Reasoning", ko: "선택 이유" }
    OpenBlendCalc { en: "Open the objective blend calculator", ko: "세부 목표 혼합 계산기 열기" }
    BlendCalcNote {
        en: "See how the weights reorder items before you commit to them.",
        ko: "가중치를 정하기 전에 순위가 어떻게 바뀌는지 확인하세요.",
    }
    // Data
    SourcesHeading { en: "Data inventory", ko: "데이터 목록" }
    SourceItem { en: "Source", ko: "데이터 소스" }
    AddSource { en: "Add data source", ko: "데이터 소스 추가" }
    NoSourcesYet {
        en: "No data sources yet. Ask other teams what they collect.",
        ko: "아직 데이터 소스가 없습니다. 다른 팀에 어떤 데이터를 모으는지 물어보세요.",
    }
    SourceName { en: "Source", ko: "데이터 이름" }
    SourceNameHint { en: "A table, log, API or file, e.g. app click logs.", ko: "테이블, 로그, API, 파일 등. 예: 앱 클릭 로그." }
    SourceOwner { en: "Owning team", ko: "담당 팀" }
    SourceLabelled { en: "Is it labelled?", ko: "레이블이 있나요?" }
    SourceReliability { en: "Reliability and consistency", ko: "신뢰성과 일관성" }
    SourceReliabilityHint {
        en: "Gaps, duplicates, changes of definition over time.",
        ko: "누락, 중복, 시기에 따라 바뀐 정의 등을 적으세요.",
    }
    SourceRefresh { en: "Refresh", ko: "갱신 주기" }
    SourceRefreshHint { en: "e.g. real time, daily batch, once a quarter.", ko: "예: 실시간, 하루 한 번 일괄, 분기마다." }
    SourceContinuous { en: "Does it keep coming?", ko: "계속 들어오는 데이터인가요?" }
    SourcePrivacy { en: "Privacy class", ko: "개인정보 등급" }
    SourcePrivacyHint {
        en: "e.g. public, internal, personal, sensitive personal.",
        ko: "예: 공개, 내부용, 개인정보, 민감정보.",
    }
    CollectionPlan { en: "Collection plan", ko: "데이터 수집 계획" }
    CollectionPlanHint {
        en: "For data or labels you do not have yet: what to collect, how, from when, and who labels it.",
        ko: "아직 없는 데이터나 레이블을 무엇을, 어떻게, 언제부터 모으고 누가 레이블을 붙일지 적으세요.",
    }
    // Constraints
    ConSchedule { en: "Schedule", ko: "일정" }
    ConScheduleHint { en: "Deadlines and milestones.", ko: "마감일과 주요 일정." }
    ConBudget { en: "Budget", ko: "예산" }
    ConBudgetHint { en: "People's time, infrastructure, GPUs, labelling.", ko: "인력, 인프라, GPU, 레이블링 비용." }
    ConPeople { en: "People affected", ko: "영향받는 사람" }
    ConPeopleHint {
        en: "Who uses the predictions, and who is affected by them.",
        ko: "예측을 쓰는 사람과 예측의 영향을 받는 사람.",
    }
    ConPrivacy { en: "Privacy", ko: "개인정보" }
    ConPrivacyHint {
        en: "Where data may be stored; whether external services or the cloud are allowed.",
        ko: "데이터를 어디에 저장할 수 있는지, 외부 서비스나 클라우드를 써도 되는지.",
    }
    ConTechnical { en: "Technical and legacy constraints", ko: "기술·기존 시스템 제약" }
    ConTechnicalHint {
        en: "Systems that must keep serving while ML is added.",
        ko: "머신러닝을 붙이는 동안에도 계속 돌아가야 하는 시스템.",
    }
    ConEthics { en: "Ethics", ko: "윤리" }
    ConEthicsHint {
        en: "Who could be treated unfairly, and how you will check.",
        ko: "누가 부당하게 대우받을 수 있는지, 어떻게 확인할지.",
    }
    RisksHeading { en: "Risk register", ko: "리스크 목록" }
    RiskItem { en: "Risk", ko: "리스크" }
    AddRisk { en: "Add risk", ko: "리스크 추가" }
    NoRisksYet {
        en: "No risks yet. Every ML project has some: data drift, label delays, a key person leaving.",
        ko: "아직 리스크가 없습니다. 데이터 드리프트, 레이블 지연, 핵심 인력 이탈처럼 모든 머신러닝 프로젝트에는 리스크가 있습니다.",
    }
    RiskText { en: "Risk", ko: "리스크 내용" }
    RiskLikelihood { en: "Likelihood", ko: "발생 가능성" }
    RiskImpact { en: "Impact", ko: "영향도" }
    RiskLevelLow { en: "low", ko: "낮음" }
    RiskLevelMedium { en: "medium", ko: "보통" }
    RiskLevelHigh { en: "high", ko: "높음" }
    RiskMitigation { en: "Mitigation", ko: "대응 방안" }
    RiskMatrixHeading { en: "Likelihood × impact", ko: "발생 가능성 × 영향도" }
    RiskMatrixHint {
        en: "Each rated risk sits in its cell; the top right needs an owner and a plan first.",
        ko: "평가한 리스크가 해당 칸에 표시됩니다. 오른쪽 위 칸의 리스크부터 담당자와 대응 계획을 정하세요.",
    }
    MatrixCorner { en: "Likelihood \\ impact", ko: "가능성 \\ 영향도" }
    UnratedRisks { en: "Not rated yet:", ko: "아직 평가하지 않은 리스크:" }
    PerformanceHeading { en: "Performance decisions", ko: "성능 관련 결정" }
    StepComparedWith { en: "Compared with", ko: "비교 기준" }
    ComparedWithHint {
        en: "What the model must beat: human performance, a simple regression, today's rules.",
        ko: "모델이 이겨야 할 대상: 사람의 성능, 단순 회귀, 지금의 규칙.",
    }
    StepThresholdPolicy { en: "Threshold", ko: "임계값" }
    ThresholdPolicyHint {
        en: "Where a score becomes a decision, and why: is it a dog at probability 0.5, or only at 0.7?",
        ko: "점수가 어디서부터 결정이 되는지와 그 이유. 확률 0.5면 개라고 할까요, 0.7은 넘어야 할까요?",
    }
    OpenThresholdCalc { en: "Open the threshold calculator", ko: "임계값 계산기 열기" }
    ThresholdCalcNote {
        en: "Pick a threshold from what each kind of error costs.",
        ko: "오류 종류별 비용으로 임계값을 고르세요.",
    }
    StepSpeedAccuracy { en: "Speed versus accuracy", ko: "속도 대 정확도" }
    SpeedAccuracyHint {
        en: "e.g. fast at accuracy 0.93, or slower at 0.95: which does the product need?",
        ko: "예: 빠르고 정확도 0.93인 모델과 느리지만 0.95인 모델 중 제품에 필요한 것은?",
    }
    OpenTradeoffCalc { en: "Open the speed and accuracy calculator", ko: "속도·정확도 계산기 열기" }
    TradeoffCalcNote {
        en: "Compare candidate models against a latency and cost budget.",
        ko: "지연 시간과 비용 예산에 맞춰 후보 모델을 비교하세요.",
    }
    StepInterpretability { en: "Interpretability", ko: "해석 가능성" }
    InterpretabilityHint {
        en: "Must results be explained, and to whom: users, operators, auditors?",
        ko: "결과를 설명해야 하나요? 누구에게: 사용자, 운영자, 감사 담당자?",
    }
    ErrorToleranceField { en: "Which error is worse?", ko: "어떤 오류가 더 나쁜가요?" }
    TolFpWorse { en: "False positives are worse", ko: "거짓 양성이 더 나쁨" }
    TolFpWorseNote {
        en: "Flagging something harmless costs more, e.g. blocking a real customer's payment.",
        ko: "문제없는 것을 잘못 잡아내는 쪽이 더 비쌉니다. 예: 정상 고객의 결제 차단.",
    }
    TolFnWorse { en: "False negatives are worse", ko: "거짓 음성이 더 나쁨" }
    TolFnWorseNote {
        en: "Missing a real case costs more, e.g. letting a fraud through.",
        ko: "실제 사례를 놓치는 쪽이 더 비쌉니다. 예: 사기 거래를 통과시킴.",
    }
    TolBalanced { en: "About the same", ko: "비슷함" }
    TolBalancedNote {
        en: "Neither error is clearly worse; aim for overall accuracy.",
        ko: "어느 쪽도 뚜렷하게 더 나쁘지 않으니 전체 정확도를 목표로 하세요.",
    }
    StepGuards { en: "Post-processing guards", ko: "후처리 안전장치" }
    GuardsHint {
        en: "Checks that stop a wild prediction from reaching people, e.g. cap a taxi fare at a sane range.",
        ko: "터무니없는 예측이 사람에게 닿지 않게 막는 장치. 예: 택시 요금을 상식적인 범위로 제한.",
    }
    // Baseline and prototype
    BaselineKindField { en: "Kind of baseline", ko: "베이스라인 종류" }
    BaselineHuman { en: "Human performance", ko: "사람의 성능" }
    BaselineHumanNote {
        en: "How well people do the task today.",
        ko: "지금 사람이 이 일을 얼마나 잘 하는지.",
    }
    BaselineRules { en: "Rule-based", ko: "규칙 기반" }
    BaselineRulesNote {
        en: "Rules you design by playing the model yourself.",
        ko: "직접 모델이 되어 보며 만든 규칙.",
    }
    BaselineDummy { en: "Dummy or most frequent", ko: "더미 또는 최빈값" }
    BaselineDummyNote {
        en: "Always the most common answer or the best-seller: the worst case to beat.",
        ko: "항상 가장 흔한 답이나 가장 많이 팔린 상품을 내놓는 방식. 넘어야 할 최저선입니다.",
    }
    BaselineSimple { en: "Simple model", ko: "단순한 모델" }
    BaselineSimpleNote {
        en: "A linear or logistic regression, or a small tree.",
        ko: "선형 회귀, 로지스틱 회귀, 작은 결정 트리 같은 모델.",
    }
    BaselinePrevious { en: "Previous system", ko: "기존 시스템" }
    BaselinePreviousNote {
        en: "Whatever runs in production now.",
        ko: "지금 실제로 운영 중인 방식.",
    }
    BaselineDescription { en: "Description", ko: "베이스라인 설명" }
    BaselineDescriptionHint {
        en: "What exactly it does, so anyone could rebuild it.",
        ko: "누구든 다시 만들 수 있을 만큼 구체적으로 적으세요.",
    }
    BaselineScore { en: "Expected or measured score", ko: "예상 또는 측정 점수" }
    BaselineScoreHint { en: "With the metric, e.g. recall 0.62.", ko: "지표와 함께 적으세요. 예: 재현율 0.62." }
    BaselineMargin { en: "Margin to beat", ko: "넘어야 할 차이" }
    BaselineMarginHint {
        en: "How much better the model must be to be worth deploying.",
        ko: "배포할 가치가 있으려면 모델이 얼마나 더 나아야 하는지.",
    }
    PrototypeHeading { en: "Prototype", ko: "프로토타입" }
    PrototypeIntro {
        en: "A page where input goes in and a prediction comes out is enough; the model matters more than the HTML.",
        ko: "입력을 넣으면 예측이 나오는 페이지면 충분합니다. HTML보다 모델이 중요합니다.",
    }
    PrototypeTool { en: "Tool", ko: "도구" }
    PrototypeToolHint { en: "e.g. Streamlit, Gradio or Voila.", ko: "예: Streamlit, Gradio, Voila." }
    PrototypeAudience { en: "Who gets it", ko: "써 볼 사람" }
    PrototypeFeedback { en: "Feedback you ask for", ko: "받고 싶은 피드백" }
    PrototypeFeedbackHint {
        en: "The questions testers should answer, e.g. which outputs surprised them.",
        ko: "써 본 사람이 답할 질문. 예: 어떤 결과가 의외였나요?",
    }
    // Metrics
    ProfitLinksSummary { en: "How models earn their keep", ko: "모델이 가치를 만드는 방식" }
    ProfitLinks1 {
        en: "Higher conversion brings revenue; automating repeated work saves staff cost; personalisation brings more use and, in turn, revenue.",
        ko: "전환율이 오르면 매출이 늘고, 반복 업무를 자동화하면 인건비가 줄고, 개인화하면 이용이 늘어 결국 매출로 이어집니다.",
    }
    ProfitLinks2 {
        en: "Some links are indirect, such as satisfaction or time on site. Name the business number anyway, so an A/B test can show whether the model beat the old way.",
        ko: "만족도나 체류 시간처럼 간접적인 연결도 있습니다. 그래도 비즈니스 지표를 정해 두어야 A/B 테스트로 모델이 기존 방식보다 나은지 확인할 수 있습니다.",
    }
    MetricLinksHeading { en: "Metric links", ko: "지표 연결" }
    MetricLinkItem { en: "Link", ko: "연결" }
    AddMetricLink { en: "Add metric link", ko: "지표 연결 추가" }
    NoMetricLinksYet {
        en: "No links yet. Start with the business number the project should move.",
        ko: "아직 연결이 없습니다. 프로젝트가 움직여야 할 비즈니스 지표부터 적으세요.",
    }
    StepBusinessMetric { en: "Business metric", ko: "비즈니스 지표" }
    BusinessMetricHint { en: "e.g. revisit rate, revenue per user.", ko: "예: 재방문율, 사용자당 매출." }
    MetricDirection { en: "It should go", ko: "바라는 방향" }
    DirectionUp { en: "Up", ko: "오르기" }
    DirectionDown { en: "Down", ko: "내리기" }
    StepModelMetric { en: "Model metric", ko: "모델 지표" }
    ModelMetricHint { en: "e.g. RMSE, recall at 0.7.", ko: "예: RMSE, 임계값 0.7에서의 재현율." }
    StepLabelInference { en: "Labels from user reactions", ko: "사용자 반응에서 얻는 레이블" }
    LabelInferenceHint {
        en: "Which user actions tell you a prediction was right or wrong, and how long they take to arrive.",
        ko: "어떤 사용자 행동으로 예측이 맞았는지 틀렸는지 알 수 있는지, 그 신호가 얼마 뒤에 오는지 적으세요.",
    }
    OpenAbCalc { en: "Open the A/B test planner", ko: "A/B 테스트 계획 도구 열기" }
    AbCalcNote {
        en: "How many users and days a test needs to detect the change you hope for.",
        ko: "기대하는 변화를 확인하려면 사용자 몇 명과 며칠이 필요한지 계산합니다.",
    }
    // Monitoring
    MonWatched { en: "What you watch", ko: "지켜볼 지표" }
    MonWatchedHint {
        en: "The metrics above, input drift, prediction volume, latency.",
        ko: "앞에서 정한 지표, 입력 데이터 드리프트, 예측 건수, 응답 시간.",
    }
    MonAlerts { en: "Alerts", ko: "알림 기준" }
    MonAlertsHint { en: "Which change raises an alert, and who gets it.", ko: "어떤 변화에 알림을 보내고 누가 받는지." }
    ErrorAnalysisHeading { en: "Error analysis", ko: "오류 분석" }
    ErrorAnalysisIntro {
        en: "Four questions to ask whenever the numbers move.",
        ko: "지표가 움직일 때마다 던질 네 가지 질문입니다.",
    }
    MonOutputs { en: "What results is the model producing?", ko: "모델이 어떤 결과를 내고 있나요?" }
    MonWhereWrong { en: "Where is it wrong, and what is the problem?", ko: "어디서 틀리고, 무엇이 문제인가요?" }
    MonBasis { en: "What is it basing its predictions on?", ko: "무엇을 근거로 예측하나요?" }
    MonBasisHint { en: "e.g. feature importance, example explanations.", ko: "예: 특성 중요도, 개별 예측 설명." }
    MonFailing {
        en: "For which feature values is it especially wrong?",
        ko: "어떤 특성 값에서 특히 많이 틀리나요?",
    }
    MonRetrain { en: "Retraining trigger", ko: "재학습 기준" }
    MonRetrainHint {
        en: "A schedule, a drop in a metric, or enough new labels.",
        ko: "정해진 주기, 지표 하락, 충분히 쌓인 새 레이블 등.",
    }
    MonLoopBack { en: "Loop back", ko: "앞 단계로 되돌리기" }
    MonLoopBackHint {
        en: "Which earlier step each finding goes back to, e.g. wrong metric → Metrics; new data needed → Data sources.",
        ko: "발견한 문제마다 돌아갈 앞 단계를 적으세요. 예: 지표가 잘못됨 → 지표, 새 데이터 필요 → 데이터 소스.",
    }
    // == review, report and examples (issue 3) ==
    ReviewIntro {
        en: "A check of the whole plan. Each finding says what is missing and links to the step where you fix it.",
        ko: "계획 전체를 점검한 결과입니다. 항목마다 무엇이 빠졌는지 알려 주고, 고칠 수 있는 단계로 연결합니다.",
    }
    ReviewVerdictHeading { en: "Feasibility verdict", ko: "타당성 판단" }
    ReviewFindingsHeading { en: "Findings", ko: "검토 항목" }
    ReviewAllClear {
        en: "Nothing to fix: every check passes. Read the report once more before you hand it in.",
        ko: "고칠 점이 없습니다. 모든 점검을 통과했습니다. 제출하기 전에 보고서를 한 번 더 읽어 보세요.",
    }
    ReviewNoneShort { en: "nothing to fix", ko: "고칠 점 없음" }
    GoToStep { en: "Go to step", ko: "단계로 이동" }
    ReportIntro {
        en: "The whole plan on one page. Print it, or copy it as Markdown to paste into a design document.",
        ko: "계획 전체를 한 페이지에 모았습니다. 인쇄하거나, 마크다운으로 복사해 설계 문서에 붙여 넣으세요.",
    }
    ReportActions { en: "Report actions", ko: "보고서 작업" }
    CopyMarkdown { en: "Copy as Markdown", ko: "마크다운으로 복사" }
    DownloadMarkdown { en: "Download Markdown", ko: "마크다운 파일 내려받기" }
    PrintReport { en: "Print or save as PDF", ko: "인쇄 또는 PDF로 저장" }
    ReportCopied {
        en: "Copied. The report is on the clipboard as Markdown.",
        ko: "복사했습니다. 보고서가 마크다운 형식으로 클립보드에 있습니다.",
    }
    ReportCopyFailed {
        en: "This browser did not allow copying. Nothing was lost: use Download Markdown, or select the report text and copy it yourself.",
        ko: "브라우저가 복사를 허용하지 않았습니다. 잃어버린 내용은 없습니다. 마크다운 파일을 내려받거나 보고서 본문을 직접 선택해 복사하세요.",
    }
    ReportDownloaded { en: "The Markdown file is downloading.", ko: "마크다운 파일을 내려받는 중입니다." }
    EditStep { en: "Edit", ko: "수정" }
    // == calculators (issue 4) ==
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
    CalcBlendTitle { en: "Objective blend", ko: "세부 목표 혼합" }
    CalcBlendIntro {
        en: "When two objectives pull in different directions, a weight decides the ranking. Move the weight and watch sample items change places.",
        ko: "두 세부 목표가 서로 다른 쪽을 향할 때는 가중치가 순위를 정합니다. 가중치를 움직이며 예시 항목의 순위가 어떻게 바뀌는지 확인하세요.",
    }
    CalcAbTitle { en: "A/B test planner", ko: "A/B 테스트 설계" }
    CalcAbIntro {
        en: "How many users each variant needs to detect the change you care about, and how long the test will run on your traffic.",
        ko: "원하는 변화를 감지하려면 변형마다 몇 명의 사용자가 필요한지, 지금 트래픽으로 실험이 얼마나 걸리는지 계산합니다.",
    }
    CalcErrorsTitle { en: "Regression errors and guards", ko: "회귀 오차와 안전장치" }
    CalcErrorsIntro {
        en: "How far your model's predictions are from the actual values, which rows are worst, and what a floor, a cap or a fallback would change, on your own validation file.",
        ko: "내 검증 파일로 모델의 예측이 실제 값과 얼마나 다른지, 어떤 행이 가장 나쁜지, 하한·상한·대체값이 무엇을 바꾸는지 봅니다.",
    }
    OpenErrorsCalc { en: "Open the regression-error calculator", ko: "회귀 오차 계산기 열기" }
    ErrorsCalcNote {
        en: "For a model that predicts a number (a fare, a time): try guards on your own predictions and save the one you choose here.",
        ko: "숫자를 예측하는 모델(요금, 시간)이라면 내 예측으로 안전장치를 시험해 보고, 고른 것을 여기에 저장하세요.",
    }
    ErrorsCalcMetricsNote {
        en: "RMSE, MAE, MAPE and the share within a tolerance, on your own predictions.",
        ko: "내 예측으로 RMSE, MAE, MAPE, 허용 범위 안 비율을 계산합니다.",
    }
    CalcErrorsOpenFile { en: "Open a file of actual and predicted values", ko: "실제 값과 예측값 파일 열기" }
    CalcErrorsFormat {
        en: "A CSV or TSV with a header, such as actual,predicted. Columns may come in any order and extra columns are fine; you choose which is which when the names are not clear.",
        ko: "actual,predicted 같은 머리글이 있는 CSV나 TSV 파일. 열의 순서는 상관없고 다른 열이 있어도 됩니다. 이름만으로 알 수 없으면 어느 열이 무엇인지 직접 고릅니다.",
    }
    CalcErrorsMappingHeading { en: "Which column is which?", ko: "어느 열이 무엇인가요?" }
    CalcErrorsMappingIntro {
        en: "The file has columns the calculator could not place by name alone. Check the choices, then read the file.",
        ko: "이름만으로는 정할 수 없는 열이 있습니다. 고른 내용을 확인한 뒤 파일을 읽으세요.",
    }
    CalcErrorsColActual { en: "Actual value", ko: "실제 값" }
    CalcErrorsColPredicted { en: "Prediction", ko: "예측값" }
    CalcErrorsColRule { en: "Rule estimate (optional)", ko: "규칙 추정값(선택)" }
    CalcErrorsColGroup { en: "Group (optional)", ko: "그룹(선택)" }
    CalcErrorsColNone { en: "None", ko: "없음" }
    CalcDriftColValue { en: "Values to compare", ko: "비교할 값" }
    CalcDriftColLabel { en: "Label or actual value (optional)", ko: "레이블 또는 실제 값(선택)" }
    CalcErrorsApply { en: "Read the file with these columns", ko: "이 열로 파일 읽기" }
    CalcErrorsSkipBad { en: "Skip these rows and go on", ko: "이 행들을 건너뛰고 계속" }
    CalcErrorsNothingKept {
        en: "Nothing was read. Fix the rows, or skip them if they are few.",
        ko: "아무것도 읽지 않았습니다. 행을 고치거나, 몇 개뿐이라면 건너뛰세요.",
    }
    CalcErrorsKept {
        en: "Nothing was changed: the figures below are still those of the previous file.",
        ko: "바뀐 것은 없습니다. 아래 값은 이전 파일의 것입니다.",
    }
    CalcErrorsEmptyPrompt {
        en: "Open or paste a file to see its errors. Until then, the figures saved with the plan are shown, if any.",
        ko: "파일을 열거나 붙여 넣으면 오차를 보여 줍니다. 그 전에는 계획에 저장된 값이 있으면 그것을 보여 줍니다.",
    }
    CalcErrorsSavedFigures {
        en: "These are the figures saved with the plan; open the file again to see its rows, groups and guards.",
        ko: "계획에 저장된 값입니다. 행, 그룹, 안전장치를 보려면 파일을 다시 여세요.",
    }
    CalcErrorsFiguresHeading { en: "Error figures", ko: "오차 지표" }
    CalcErrorsFigure { en: "Figure", ko: "지표" }
    CalcErrorsValue { en: "Value", ko: "값" }
    CalcErrorsMeaning { en: "What it tells", ko: "의미" }
    CalcErrorsRmse { en: "RMSE", ko: "RMSE(평균 제곱근 오차)" }
    CalcErrorsRmseMeaning { en: "typical error size; large errors weigh more", ko: "대표적인 오차 크기, 큰 오차일수록 더 크게 반영" }
    CalcErrorsMae { en: "MAE", ko: "MAE(평균 절대 오차)" }
    CalcErrorsMaeMeaning { en: "the average error, every error weighed alike", ko: "모든 오차를 같은 무게로 본 평균 오차" }
    CalcErrorsMape { en: "MAPE", ko: "MAPE(평균 절대 백분율 오차)" }
    CalcErrorsMapeMeaning { en: "the average error as a share of the actual value; huge when actual values near 0 occur", ko: "실제 값 대비 평균 오차 비율, 실제 값이 0에 가까우면 매우 커짐" }
    CalcErrorsR2 { en: "R²", ko: "R²(결정 계수)" }
    CalcErrorsR2Meaning { en: "share of the actual values' variation the model explains; 1 is perfect, 0 no better than the mean", ko: "실제 값의 변동 중 모델이 설명하는 비율, 1이면 완벽하고 0이면 평균값과 다르지 않음" }
    CalcErrorsMedian { en: "Median absolute error", ko: "절대 오차의 중앙값" }
    CalcErrorsMedianMeaning { en: "half the predictions are closer than this", ko: "예측의 절반은 이보다 가까움" }
    CalcErrorsMax { en: "Largest error", ko: "가장 큰 오차" }
    CalcErrorsMaxMeaning { en: "the one prediction that could make the news", ko: "뉴스에 나올 수도 있는 단 하나의 예측" }
    CalcErrorsToleranceHeading { en: "Close enough", ko: "충분히 가까운 예측" }
    CalcErrorsToleranceKind { en: "Within", ko: "허용 범위 기준" }
    CalcErrorsToleranceRelative { en: "a share of the actual value", ko: "실제 값 대비 비율" }
    CalcErrorsToleranceAbsolute { en: "a fixed amount", ko: "고정된 양" }
    CalcErrorsToleranceValue { en: "Tolerance", ko: "허용 오차" }
    CalcErrorsMoney { en: "The values are amounts of money, in the plan's currency", ko: "값이 계획의 통화로 된 금액입니다" }
    CalcErrorsGuardsHeading { en: "Guards against catastrophic predictions", ko: "치명적인 예측을 막는 안전장치" }
    CalcErrorsGuardsIntro {
        en: "Try post-processing rules on your own predictions and see at once what they change. Leave a field empty to leave that rule out.",
        ko: "내 예측에 후처리 규칙을 적용해 보고 무엇이 바뀌는지 바로 확인하세요. 칸을 비워 두면 그 규칙은 쓰지 않습니다.",
    }
    CalcErrorsGuardFloor { en: "Floor: never predict below", ko: "하한: 이보다 낮게 예측하지 않음" }
    CalcErrorsGuardCap { en: "Cap: never predict above", ko: "상한: 이보다 높게 예측하지 않음" }
    CalcErrorsGuardRule { en: "At most this many times the rule estimate", ko: "규칙 추정값의 최대 배수" }
    CalcErrorsGuardBandLow { en: "Trusted range from", ko: "믿을 수 있는 범위의 시작" }
    CalcErrorsGuardBandHigh { en: "Trusted range to", ko: "믿을 수 있는 범위의 끝" }
    CalcErrorsGuardFallback { en: "Outside the trusted range, use", ko: "범위를 벗어나면 쓸 값" }
    CalcErrorsFallbackNone { en: "no fallback", ko: "대체값 없음" }
    CalcErrorsFallbackValue { en: "a fixed value", ko: "고정된 값" }
    CalcErrorsFallbackRule { en: "the rule estimate", ko: "규칙 추정값" }
    CalcErrorsFallbackAmount { en: "Fixed fallback value", ko: "고정 대체값" }
    CalcErrorsGuardNotFinite { en: "Each guard limit must be a number, and the multiple above 0.", ko: "안전장치의 한계값은 모두 숫자여야 하고, 배수는 0보다 커야 합니다." }
    CalcErrorsGuardFloorAboveCap { en: "The floor is above the cap: lower the floor or raise the cap.", ko: "하한이 상한보다 높습니다. 하한을 낮추거나 상한을 높이세요." }
    CalcErrorsGuardBadBand { en: "The trusted range needs its start below its end, and a fallback to use outside it.", ko: "믿을 수 있는 범위는 시작이 끝보다 작아야 하고, 범위 밖에서 쓸 대체값이 있어야 합니다." }
    CalcErrorsGuardNeedsRule { en: "This guard uses the rule estimate, but no column holds one. Choose it among the file's columns, or leave this rule out.", ko: "이 안전장치는 규칙 추정값을 쓰지만 그 값이 든 열이 없습니다. 파일의 열에서 고르거나 이 규칙을 빼세요." }
    CalcErrorsGuardEffect { en: "What the guard changes", ko: "안전장치가 바꾸는 것" }
    CalcErrorsWithout { en: "Without the guard", ko: "안전장치 없이" }
    CalcErrorsWithGuard { en: "With the guard", ko: "안전장치 적용" }
    CalcErrorsChanged { en: "Predictions changed", ko: "바뀐 예측 수" }
    CalcErrorsGuardSave { en: "Write this guard into the plan's constraints", ko: "이 안전장치를 계획의 제약 조건에 적기" }
    CalcErrorsGuardSaved { en: "Written into the Constraints step, under the guards against catastrophic predictions.", ko: "제약 조건 단계의 '치명적인 예측을 막는 안전장치'에 적었습니다." }
    CalcErrorsGuardNoRows { en: "Open the file again to see what this guard changes.", ko: "이 안전장치가 무엇을 바꾸는지 보려면 파일을 다시 여세요." }
    CalcErrorsChartHeading { en: "How the errors are spread", ko: "오차의 분포" }
    CalcErrorsChartScale { en: "Error measured", ko: "오차 측정 방식" }
    CalcErrorsChartAbsolute { en: "as an amount", ko: "양으로" }
    CalcErrorsChartRelative { en: "relative to the actual value", ko: "실제 값 대비로" }
    CalcErrorsAxisAbsolute { en: "Absolute error", ko: "절대 오차" }
    CalcErrorsAxisRelative { en: "Relative error", ko: "상대 오차" }
    CalcErrorsAxisCount { en: "Predictions", ko: "예측 수" }
    CalcErrorsBarFrom { en: "From", ko: "부터" }
    CalcErrorsBarTo { en: "To", ko: "까지" }
    CalcErrorsWorstHeading { en: "The worst predictions", ko: "가장 나쁜 예측" }
    CalcErrorsLine { en: "Line", ko: "줄" }
    CalcErrorsActual { en: "Actual", ko: "실제" }
    CalcErrorsPredicted { en: "Predicted", ko: "예측" }
    CalcErrorsError { en: "Error", ko: "오차" }
    CalcErrorsGroupsHeading { en: "By group", ko: "그룹별" }
    CalcErrorsGroup { en: "Group", ko: "그룹" }
    CalcErrorsRows { en: "Rows", ko: "행 수" }
    CalcErrorsWithin { en: "Within tolerance", ko: "허용 범위 안" }
    CalcDriftTitle { en: "Drift between two periods", ko: "두 기간 사이의 데이터 드리프트" }
    CalcDriftIntro {
        en: "Whether the values your model sees now (its scores, its predictions or one feature) are distributed as they were in a reference period, such as the training data, and when that should trigger retraining.",
        ko: "모델이 지금 보는 값(점수, 예측값, 특성 하나)이 학습 데이터 같은 기준 기간과 같은 분포인지, 언제 재학습을 해야 하는지 확인합니다.",
    }
    OpenDriftCalc { en: "Open the drift check", ko: "드리프트 확인 도구 열기" }
    DriftCalcNote {
        en: "Compare a reference period with a recent one on your own files and save the limit that triggers retraining.",
        ko: "내 파일로 기준 기간과 최근 기간을 비교하고, 재학습을 시작할 기준을 저장하세요.",
    }
    CalcDriftReference { en: "Reference period (for example the training data)", ko: "기준 기간(예: 학습 데이터)" }
    CalcDriftCurrent { en: "Current period (for example last week)", ko: "현재 기간(예: 지난주)" }
    CalcDriftOpenReference { en: "Open the reference period's file", ko: "기준 기간 파일 열기" }
    CalcDriftOpenCurrent { en: "Open the current period's file", ko: "현재 기간 파일 열기" }
    CalcDriftFormat {
        en: "One value a line, with or without a header; in a file of several columns you choose the column. With a label column (score,label) in both periods, the model's own figure is compared too.",
        ko: "한 줄에 값 하나, 머리글은 있어도 없어도 됩니다. 열이 여럿인 파일이면 비교할 열을 고릅니다. 두 기간 모두 레이블 열(score,label)이 있으면 모델 자체의 성능도 비교합니다.",
    }
    CalcDriftMeasured { en: "What the values are", ko: "값의 정체" }
    CalcDriftMeasuredHint { en: "The model's scores, its predictions, or a feature's name", ko: "모델 점수, 예측값, 또는 특성 이름" }
    CalcDriftMeasure { en: "Retrain on", ko: "재학습 기준" }
    CalcDriftMeasurePsi { en: "the population stability index (PSI)", ko: "모집단 안정성 지수(PSI)" }
    CalcDriftMeasureKs { en: "the Kolmogorov–Smirnov statistic", ko: "콜모고로프–스미르노프 통계량" }
    CalcDriftLimit { en: "Retrain above", ko: "재학습 기준값" }
    CalcDriftWaiting { en: "Open or paste both periods' values to compare them.", ko: "두 기간의 값을 열거나 붙여 넣으면 비교합니다." }
    CalcDriftResultsHeading { en: "How far the current period moved", ko: "현재 기간이 움직인 정도" }
    CalcDriftKs { en: "KS statistic", ko: "KS 통계량" }
    CalcDriftPsi { en: "PSI", ko: "PSI(모집단 안정성 지수)" }
    CalcDriftBins { en: "The reference's deciles", ko: "기준 기간의 십분위 구간" }
    CalcDriftUpTo { en: "Up to", ko: "구간 끝" }
    CalcDriftRefShare { en: "Reference", ko: "기준 기간" }
    CalcDriftCurShare { en: "Current", ko: "현재 기간" }
    CalcDriftAxisValue { en: "Value", ko: "값" }
    CalcDriftAxisShare { en: "Share at or below", ko: "이하 비율" }
    CalcDriftAbove { en: "above", ko: "그 위" }
    CalcDriftSave { en: "Use this check as the retraining trigger", ko: "이 확인을 재학습 기준으로 쓰기" }
    CalcDriftSaved { en: "Written into the Monitoring step, under when to retrain.", ko: "모니터링 단계의 '재학습 시점'에 적었습니다." }
    CalcUndefined { en: "not defined", ko: "정의되지 않음" }
    // A calculator opened from the start page
    ScratchNote {
        en: "Nothing here is stored: the calculation stays in this tab until you save it into a plan.",
        ko: "여기서 계산한 내용은 저장되지 않습니다. 계획에 저장하기 전까지 이 탭에만 남습니다.",
    }
    ScratchSaveHeading { en: "Keep this calculation", ko: "이 계산 남기기" }
    ScratchSaveInto { en: "Save into", ko: "저장할 계획" }
    ScratchNewPlan { en: "A new plan", ko: "새 계획" }
    ScratchSave { en: "Save into the plan", ko: "계획에 저장" }
    ScratchUnreadable {
        en: "That plan could not be read. Choose another plan or a new one; nothing was changed.",
        ko: "그 계획을 읽을 수 없습니다. 다른 계획이나 새 계획을 고르세요. 아무것도 바뀌지 않았습니다.",
    }
    BackToStart { en: "Back to the start page", ko: "시작 페이지로 돌아가기" }
    UnitPoints { en: "percentage points", ko: "%p" }
    UnitQps { en: "requests/s", ko: "건/초" }
    UnitPerDay { en: "users a day", ko: "명/일" }
    CalcShowTable { en: "Show the data as a table", ko: "데이터를 표로 보기" }
    // Threshold
    CalcThrSource { en: "Work with", ko: "계산 기준" }
    CalcThrSourceModel { en: "A teaching model (two bell curves)", ko: "교육용 모델(두 개의 정규분포)" }
    CalcThrSourceOwn { en: "My own validation scores", ko: "내 검증 점수" }
    CalcThrPosMean { en: "Mean score of positives", ko: "양성 점수의 평균" }
    CalcThrPosSd { en: "Spread (SD) of positives", ko: "양성 점수의 표준편차" }
    CalcThrNegMean { en: "Mean score of negatives", ko: "음성 점수의 평균" }
    CalcThrNegSd { en: "Spread (SD) of negatives", ko: "음성 점수의 표준편차" }
    CalcThrPrevalence { en: "Prevalence (share of positives)", ko: "양성 비율" }
    CalcThrModelNotFinite { en: "Every mean and spread must be a number.", ko: "평균과 표준편차는 모두 숫자여야 합니다." }
    CalcThrModelSd { en: "Both spreads must be greater than zero.", ko: "두 표준편차는 0보다 커야 합니다." }
    CalcThrModelPrevalence { en: "Prevalence must be above 0 % and below 100 %.", ko: "양성 비율은 0 %보다 크고 100 %보다 작아야 합니다." }
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
        en: "Costs in the plan's currency, or with none chosen in any one unit you like (minutes of review, harm points). β above 1 weighs recall more, below 1 precision.",
        ko: "비용은 계획의 통화로 적습니다. 통화를 고르지 않았다면 검토 시간, 피해 점수 등 한 가지 단위로 통일해 적습니다. β가 1보다 크면 재현율을, 작으면 정밀도를 더 중시합니다.",
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
    CurrencyField { en: "Currency of the plan's costs", ko: "계획의 비용 통화" }
    CurrencyNone { en: "None: costs in any one unit", ko: "없음: 비용을 한 가지 단위로 자유롭게" }
    CurrencyKrw { en: "₩ Korean won", ko: "₩ 원" }
    CurrencyUsd { en: "$ US dollar", ko: "$ 미국 달러" }
    CurrencyEur { en: "€ euro", ko: "€ 유로" }
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
    CalcBlendWeight { en: "Weights", ko: "가중치" }
    CalcBlendWeightHint {
        en: "Each item scores the sum of weight × score over the objectives. Moving one weight scales the others so all still add up to 1. Use the arrow keys for small steps.",
        ko: "각 항목의 점수는 세부 목표마다 가중치 × 점수를 더한 값입니다. 가중치 하나를 움직이면 합이 1로 유지되도록 나머지가 비율대로 바뀝니다. 화살표 키로 조금씩 움직일 수 있습니다.",
    }
    CalcBlendNormalise { en: "Make them sum to 1", ko: "합을 1로 맞추기" }
    CalcBlendRanking { en: "Ranking", ko: "순위" }
    CalcBlendEditItems { en: "Edit the items", ko: "항목 고치기" }
    CalcBlendItemsHint {
        en: "Scores from 0 to 1, one for each objective. When the plan has two or more objectives, the items are saved with it.",
        ko: "점수는 0부터 1까지이고, 세부 목표마다 하나씩 있습니다. 계획에 세부 목표가 두 개 이상이면 항목도 계획에 저장됩니다.",
    }
    CalcBlendItemTitle { en: "Item", ko: "항목" }
    CalcBlendAddItem { en: "Add an item", ko: "항목 더하기" }
    CalcBlendRemoveItem { en: "Remove item", ko: "항목 빼기" }
    CalcBlendSample1 { en: "Ten photos you won't believe", ko: "믿기 힘든 사진 10장" }
    CalcBlendSample2 { en: "A careful guide to renting your first flat", ko: "첫 자취방 구하기, 꼼꼼한 안내" }
    CalcBlendSample3 { en: "Local council budget, explained", ko: "우리 구 예산, 쉽게 풀어 보기" }
    CalcBlendSample4 { en: "Celebrity spotted at the market", ko: "시장에 나타난 연예인" }
    CalcBlendSample5 { en: "How the new bus routes change your commute", ko: "새 버스 노선이 출퇴근길을 바꾸는 법" }
    CalcBlendSample6 { en: "Quiz: which pasta are you?", ko: "퀴즈: 나와 닮은 파스타는?" }
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
    CalcAbFormula { en: "Sample-size formula", ko: "표본 크기 공식" }
    CalcAbFormulaMiller { en: "Evan Miller's", ko: "Evan Miller 공식" }
    CalcAbFormulaPooled { en: "Pooled z-test (textbook)", ko: "합동 분산 z-검정(교과서)" }
    CalcAbFormulaUnpooled { en: "Unpooled z-test", ko: "비합동 분산 z-검정" }
    CalcAbContinuity { en: "With a continuity correction (Fleiss)", ko: "연속성 보정(Fleiss) 적용" }
    CalcAbOneSided { en: "One-sided: only a lift counts", ko: "단측 검정: 상승만 인정" }
    CalcAbVariants { en: "Variants, the control included", ko: "변형 수(대조군 포함)" }
    CalcAbCorrection { en: "Sharing α among the comparisons", ko: "비교 간 α 나누기" }
    CalcAbOthersHeading { en: "The power of this size under the other formulas", ko: "이 표본 크기의 다른 공식에서의 검정력" }
    CalcAbOthersHint {
        en: "Formulas differ in the variance they assume when there is no effect; a size made with one may fall short under another.",
        ko: "공식마다 효과가 없을 때 가정하는 분산이 달라, 한 공식으로 정한 크기가 다른 공식에서는 모자랄 수 있습니다.",
    }
    CalcAbPowerCol { en: "Power", ko: "검정력" }
    CalcAbWeeks { en: "Weeks the test could run", ko: "실험할 수 있는 기간" }
    CalcAbWeeksUnit { en: "weeks", ko: "주" }
    CalcAbSrmHeading { en: "Did the running test split its traffic as planned?", ko: "진행 중인 실험이 트래픽을 계획대로 나눴나요?" }
    CalcAbSrmHint {
        en: "Enter the users counted in each arm and the share each was planned to get (0.5 or 50 %). A mismatch means a bug in the assignment or the logging, not a real effect.",
        ko: "변형마다 센 사용자 수와 계획한 비율(0.5 또는 50 %)을 입력하세요. 불일치는 실제 효과가 아니라 배정이나 기록의 버그를 뜻합니다.",
    }
    CalcAbSrmArm { en: "Arm", ko: "변형" }
    CalcAbSrmCount { en: "Users counted", ko: "센 사용자 수" }
    CalcAbSrmShare { en: "Planned share", ko: "계획 비율" }
    CalcAbSrmAddArm { en: "Add an arm", ko: "변형 더하기" }
    CalcAbGuideHeading { en: "Before the test starts", ko: "실험을 시작하기 전에" }
    CalcAbPeeking {
        en: "Fix the size and the weeks now, and read the result once, at the end. Looking every day and stopping at the first significant result makes a false positive several times more likely than α says.",
        ko: "표본 크기와 기간을 지금 정하고, 결과는 끝에서 한 번만 읽으세요. 매일 들여다보다가 처음 유의하게 나온 날 멈추면, 거짓 양성이 α가 말하는 것보다 몇 배나 잦아집니다.",
    }
    CalcAbGuardrail { en: "Guardrail metric: must not get worse", ko: "가드레일 지표: 나빠지면 안 되는 지표" }
    CalcAbGuardrailHint {
        en: "A win on the test's metric does not count if this gets worse, e.g. refunds, page load time or unsubscribes.",
        ko: "이 지표가 나빠지면 실험 지표가 좋아져도 성공이 아닙니다. 예: 환불률, 페이지 로딩 시간, 구독 해지.",
    }
    CalcAbBusinessLinks { en: "The test's metric should move the business metric your plan ties it to:", ko: "실험 지표는 계획에서 연결한 비즈니스 지표를 움직여야 합니다." }
    CalcAbNoBusinessLinks { en: "Your plan ties no model metric to a business metric yet.", ko: "아직 계획에서 모델 지표를 비즈니스 지표와 연결하지 않았습니다." }
    CalcAbToMetrics { en: "Tie them on the metrics step", ko: "지표 단계에서 연결하기" }
    CalcAbNote {
        en: "Traffic split evenly between the variants, each compared with the control on its conversion rate. Usual choices: α = 0.05 and power = 0.8.",
        ko: "트래픽을 변형마다 똑같이 나누고, 각 변형의 전환율을 대조군과 비교합니다. 흔히 α = 0.05, 검정력 = 0.8을 씁니다.",
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
    CalcAbErrSd { en: "The standard deviation must be greater than zero.", ko: "표준편차는 0보다 커야 합니다." }
    CalcAbErrCases { en: "The number of cases per variant must be greater than zero.", ko: "변형당 사례 수는 0보다 커야 합니다." }
    CalcAbErrShare { en: "The share of traffic in the test must be above 0 % and at most 100 %.", ko: "실험에 넣을 트래픽 비율은 0 %보다 크고 100 % 이하여야 합니다." }
    CalcAbErrTooLarge {
        en: "The effect is too small to detect with any practical sample. Choose a larger effect.",
        ko: "효과가 너무 작아 현실적인 표본으로는 감지할 수 없습니다. 더 큰 효과를 고르세요.",
    }
    // == business model and canvases (issue 5) ==
    BizQuestionsHeading { en: "Three questions about the business", ko: "비즈니스에 대한 세 가지 질문" }
    BizProvides { en: "What does the company provide?", ko: "회사는 무엇을 제공하나요?" }
    BizProvidesHint {
        en: "Products, services and the value customers get from them. Look at the line-up on the company's website.",
        ko: "제품, 서비스, 그리고 고객이 얻는 가치를 적으세요. 회사 웹사이트의 제품 구성을 참고하세요.",
    }
    BizDataIn { en: "Where can data be the input?", ko: "데이터는 어디서 입력으로 쓰일 수 있나요?" }
    BizDataInHint {
        en: "Which data exists, and is it trustworthy, consistent, labelled and still arriving? Ask the teams who own it.",
        ko: "어떤 데이터가 있고, 믿을 만하고 일관되며 레이블이 있고 계속 쌓이는지 적으세요. 데이터를 가진 팀에 물어보세요.",
    }
    BizPredictionOut { en: "How are predictions used as the output?", ko: "예측은 출력으로 어떻게 쓰이나요?" }
    BizPredictionOutHint {
        en: "Shown straight to customers (a recommendation, a filter, an arrival time), or automating work people now do by hand?",
        ko: "고객에게 바로 보여 주나요(추천, 필터, 도착 시간), 아니면 지금 사람이 손으로 하는 내부 업무를 자동화하나요?",
    }
    BizOnCanvas { en: "Shown on the canvas in", ko: "캔버스에서 보이는 곳" }
    BizFromOtherStep { en: "Already in your plan", ko: "계획에 이미 적은 내용" }
    BizNoSources {
        en: "No data sources listed yet.",
        ko: "아직 등록한 데이터 소스가 없습니다.",
    }
    BizNotAnswered { en: "Not answered yet.", ko: "아직 답하지 않았습니다." }
    BizGoToQuestion { en: "Edit the answer", ko: "답 수정하기" }
    BmcHeading { en: "Business Model Canvas", ko: "비즈니스 모델 캔버스" }
    BmcIntro {
        en: "Keep each note short: a few words per idea. Alt + Up or Down moves the note you are in; you can also drag a note by its handle.",
        ko: "메모는 아이디어 하나에 몇 단어로 짧게 쓰세요. 메모 안에서 Alt + 위/아래 화살표로 순서를 바꿀 수 있고, 손잡이를 끌어 옮길 수도 있습니다.",
    }
    BmcCreditBefore { en: "The Business Model Canvas is by ", ko: "비즈니스 모델 캔버스는 " }
    BmcCreditAfter { en: ", licensed CC BY-SA.", ko: "의 작업으로, CC BY-SA 라이선스를 따릅니다." }
    BmcKeyPartners { en: "Key partners", ko: "핵심 파트너" }
    BmcKeyActivities { en: "Key activities", ko: "핵심 활동" }
    BmcKeyResources { en: "Key resources", ko: "핵심 자원" }
    BmcValuePropositions { en: "Value propositions", ko: "가치 제안" }
    BmcCustomerRelationships { en: "Customer relationships", ko: "고객 관계" }
    BmcChannels { en: "Channels", ko: "채널" }
    BmcCustomerSegments { en: "Customer segments", ko: "고객 세그먼트" }
    BmcCostStructure { en: "Cost structure", ko: "비용 구조" }
    BmcRevenueStreams { en: "Revenue streams", ko: "수익원" }
    BmcKeyPartnersPrompt {
        en: "Who do we rely on that we do not run ourselves? What do they supply?",
        ko: "우리가 직접 운영하지 않지만 기대는 곳은 누구인가요? 그들은 무엇을 공급하나요?",
    }
    BmcKeyActivitiesPrompt {
        en: "What must we do well, every day, for the offer to work?",
        ko: "제안이 통하려면 매일 무엇을 잘해야 하나요?",
    }
    BmcKeyResourcesPrompt {
        en: "What can we not do without: people, data, networks, models?",
        ko: "없으면 안 되는 것은 무엇인가요? 사람, 데이터, 네트워크, 모델 등.",
    }
    BmcValuePropositionsPrompt {
        en: "Which problem do we solve for each segment, and why do they pick us?",
        ko: "고객군마다 어떤 문제를 해결해 주며, 왜 우리를 고르나요?",
    }
    BmcCustomerRelationshipsPrompt {
        en: "How do we win customers, keep them and hear from them?",
        ko: "고객을 어떻게 얻고, 붙잡고, 의견을 듣나요?",
    }
    BmcChannelsPrompt {
        en: "Where do customers meet the product and receive what it produces?",
        ko: "고객은 어디서 제품을 만나고 그 결과를 받나요?",
    }
    BmcCustomerSegmentsPrompt {
        en: "For whom do we create value? Name each group that uses or pays.",
        ko: "누구에게 가치를 만드나요? 쓰는 사람과 돈을 내는 사람을 모두 적으세요.",
    }
    BmcCostStructurePrompt {
        en: "What are the biggest costs, and which grow with use?",
        ko: "가장 큰 비용은 무엇이고, 사용량에 따라 늘어나는 비용은 무엇인가요?",
    }
    BmcRevenueStreamsPrompt {
        en: "What do customers pay for, how, and how often?",
        ko: "고객은 무엇에, 어떤 방식으로, 얼마나 자주 돈을 내나요?",
    }
    BmcAddNote { en: "Add note", ko: "메모 추가" }
    BmcDragHandle { en: "Drag to reorder", ko: "끌어서 순서 바꾸기" }
    BmcRestored { en: "Note restored.", ko: "메모를 되살렸습니다." }
    PrintBmc { en: "Print the Business Model Canvas", ko: "비즈니스 모델 캔버스 인쇄" }
    FwHeading { en: "Flywheel", ko: "플라이휠" }
    FwIntro {
        en: "A cycle in which each step makes the next one stronger, and the last feeds the first again. Use 3 to 8 steps, then mark the step machine learning pushes.",
        ko: "각 단계가 다음 단계를 키우고 마지막 단계가 다시 첫 단계로 이어지는 순환입니다. 3~8단계로 적고, 머신러닝이 밀어 주는 단계를 표시하세요.",
    }
    FwStart { en: "Start a flywheel", ko: "플라이휠 시작하기" }
    FwAddStep { en: "Add step", ko: "단계 추가" }
    FwTooFew { en: "A flywheel needs at least 3 steps.", ko: "플라이휠에는 3단계 이상이 필요합니다." }
    FwTooMany { en: "A flywheel can have at most 8 steps.", ko: "플라이휠은 8단계까지 만들 수 있습니다." }
    FwSteps { en: "Steps of the cycle", ko: "순환 단계" }
    FwLever { en: "Step that machine learning acts on", ko: "머신러닝이 작용하는 단계" }
    FwLeverNone { en: "Not chosen yet", ko: "아직 고르지 않음" }
    FwLeverNote { en: "How the model acts on that step", ko: "모델이 그 단계에 작용하는 방식" }
    FwMlBadge { en: "ML", ko: "머신러닝" }
    FwEmpty {
        en: "No flywheel yet. Start one with three steps, then add more if the cycle needs them.",
        ko: "아직 플라이휠이 없습니다. 세 단계로 시작하고, 필요하면 단계를 더하세요.",
    }
    MlcHeading { en: "Machine Learning Canvas", ko: "머신러닝 캔버스" }
    MlcIntro {
        en: "Generated from the answers in your plan. Change a box by editing the step it comes from; empty boxes link to the step that fills them.",
        ko: "계획에 적은 답으로 자동으로 채워집니다. 내용을 바꾸려면 출처 단계에서 고치세요. 빈 칸에는 채울 단계로 가는 링크가 있습니다.",
    }
    MlcCreditBefore { en: "The Machine Learning Canvas is by ", ko: "머신러닝 캔버스는 " }
    MlcCreditAfter { en: ", licensed CC BY-SA.", ko: "의 작업으로, CC BY-SA 라이선스를 따릅니다." }
    MlcEmpty { en: "Empty", ko: "비어 있음" }
    MlcFrom { en: "From", ko: "출처" }
    MlcValueProposition { en: "Value proposition", ko: "가치 제안" }
    MlcPredictionTask { en: "Prediction task", ko: "예측 과제" }
    MlcDecisions { en: "Decisions", ko: "의사결정" }
    MlcImpactSimulation { en: "Impact simulation", ko: "영향 시뮬레이션" }
    MlcMakingPredictions { en: "Making predictions", ko: "예측 실행" }
    MlcDataCollection { en: "Data collection", ko: "데이터 수집" }
    MlcDataSources { en: "Data sources", ko: "데이터 소스" }
    MlcBuildingModels { en: "Building models", ko: "모델 만들기" }
    MlcFeatures { en: "Features", ko: "특성" }
    MlcMonitoring { en: "Monitoring", ko: "모니터링" }
    MlcValuePropositionPrompt {
        en: "Who uses the predictions, and what do they gain?",
        ko: "누가 예측을 쓰고, 무엇을 얻나요?",
    }
    MlcPredictionTaskPrompt {
        en: "What is predicted, for which entity, and what are the possible outcomes?",
        ko: "무엇을, 어떤 대상에 대해 예측하며, 가능한 결과는 무엇인가요?",
    }
    MlcDecisionsPrompt {
        en: "How does a prediction become an action for the user or the system?",
        ko: "예측이 사용자나 시스템의 어떤 행동으로 이어지나요?",
    }
    MlcImpactSimulationPrompt {
        en: "Before launch, how do we check the model pays off, and what does a mistake cost?",
        ko: "출시 전에 모델이 효과가 있는지 어떻게 확인하고, 실수하면 어떤 비용이 드나요?",
    }
    MlcMakingPredictionsPrompt {
        en: "When are predictions made, and how fast must they arrive?",
        ko: "예측은 언제 만들어지고, 얼마나 빨리 나와야 하나요?",
    }
    MlcDataCollectionPrompt {
        en: "How do we get training examples and their labels, now and over time?",
        ko: "학습 예시와 레이블을 지금, 그리고 앞으로 어떻게 모으나요?",
    }
    MlcDataSourcesPrompt {
        en: "Which data, inside or outside the company, can we draw on?",
        ko: "회사 안팎에서 어떤 데이터를 쓸 수 있나요?",
    }
    MlcBuildingModelsPrompt {
        en: "How many models, and how often are they retrained?",
        ko: "모델은 몇 개이고, 얼마나 자주 다시 학습하나요?",
    }
    MlcFeaturesPrompt {
        en: "Which signals does the model lean on, and where does it struggle?",
        ko: "모델은 어떤 신호에 기대며, 어디서 약한가요?",
    }
    MlcMonitoringPrompt {
        en: "What do we watch after launch, and what makes us act?",
        ko: "출시 후 무엇을 지켜보고, 무엇이 보이면 조치하나요?",
    }
    PrintMlc { en: "Print the Machine Learning Canvas", ko: "머신러닝 캔버스 인쇄" }
    // == sharing and offline (issue 6) ==
    ShareHeading { en: "Share this plan", ko: "이 계획 공유하기" }
    ShareKind { en: "What the link opens", ko: "링크를 열면" }
    ShareKindEdit { en: "A copy to save and edit", ko: "저장하고 고칠 수 있는 사본" }
    ShareKindEditHint {
        en: "The person who opens it sees a preview and can save the plan as their own.",
        ko: "받는 사람은 미리 보기를 보고 자기 계획으로 저장할 수 있습니다.",
    }
    ShareKindReadOnly { en: "A read-only view", ko: "읽기 전용 보기" }
    ShareKindReadOnlyHint {
        en: "Opens straight into the plan's report; nothing is saved unless they ask for a copy.",
        ko: "바로 계획 보고서로 열리며, 사본을 요청하지 않는 한 아무것도 저장되지 않습니다.",
    }
    ShareKindClassroom { en: "A classroom template", ko: "수업용 템플릿" }
    ShareKindClassroomHint {
        en: "Each student who opens it starts their own copy, saved only in their browser.",
        ko: "링크를 연 학생마다 자기 사본을 시작하며, 사본은 각자의 브라우저에만 저장됩니다.",
    }
    ShareLink { en: "Link", ko: "링크" }
    CopyLink { en: "Copy link", ko: "링크 복사" }
    LinkCopied { en: "Link copied.", ko: "링크를 복사했습니다." }
    CopyFailed {
        en: "Could not copy automatically. Select the link and copy it yourself.",
        ko: "자동으로 복사하지 못했습니다. 링크를 선택해 직접 복사하세요.",
    }
    ShareLengthChat {
        en: "Over 2,000 characters: some chat apps cut links this long. Check that it arrives whole, or send the JSON file.",
        ko: "2,000자가 넘습니다. 일부 메신저는 이렇게 긴 링크를 자릅니다. 링크가 온전히 전달되는지 확인하거나 JSON 파일을 보내세요.",
    }
    ShareLengthTooLong {
        en: "Over 8,000 characters: many browsers and apps cannot carry this link. Export the plan as a JSON file instead.",
        ko: "8,000자가 넘습니다. 많은 브라우저와 앱이 이 링크를 처리하지 못합니다. 대신 계획을 JSON 파일로 내보내세요.",
    }
    QrHeading { en: "QR code", ko: "QR 코드" }
    AssignmentFieldsHeading { en: "Assignment for the class", ko: "수업 과제" }
    AssignmentFieldsHint {
        en: "Travels in the classroom link: each student sees it above every page of their copy.",
        ko: "수업용 링크에 함께 담겨, 학생마다 자기 사본의 모든 페이지 위에서 보게 됩니다.",
    }
    AssignmentTask { en: "Task", ko: "할 일" }
    AssignmentDue { en: "Due date", ko: "마감일" }
    AssignmentHandIn { en: "What to hand in", ko: "제출할 것" }
    SharePrivacy {
        en: "The whole plan travels inside the link, after the # sign, so no server ever receives it. Anyone who has the link can read the plan.",
        ko: "계획 전체가 링크의 # 뒤에 담겨 전달되므로 어떤 서버도 받지 않습니다. 링크를 가진 사람은 누구나 계획을 볼 수 있습니다.",
    }
    ExportThisPlan { en: "Export this plan (JSON)", ko: "이 계획 내보내기 (JSON)" }
    LinkPreviewHeading { en: "A plan shared with you", ko: "공유받은 계획" }
    ClassroomHeading { en: "A classroom template", ko: "수업용 템플릿" }
    LinkPreviewIntro {
        en: "Nothing has been saved yet, and your own plans are untouched.",
        ko: "아직 아무것도 저장하지 않았으며, 내 계획은 그대로입니다.",
    }
    ClassroomIntro {
        en: "Your instructor shared this template. Start your own copy: it is saved only in this browser.",
        ko: "강사가 공유한 템플릿입니다. 내 사본을 시작하세요. 사본은 이 브라우저에만 저장됩니다.",
    }
    StepsFilled { en: "Steps filled in", ko: "작성된 단계" }
    SaveAsNewPlan { en: "Save as a new plan", ko: "새 계획으로 저장" }
    StartMyCopy { en: "Start my own copy", ko: "내 사본 시작하기" }
    JustView { en: "Just view", ko: "보기만 하기" }
    ViewingShared {
        en: "You are viewing a shared plan. Nothing here is saved; save a copy to edit it.",
        ko: "공유받은 계획을 보는 중입니다. 여기서는 아무것도 저장되지 않으니, 고치려면 사본을 저장하세요.",
    }
    SaveACopy { en: "Save a copy to edit", ko: "사본 저장 후 편집" }
    LinkErrorHeading { en: "This link cannot be opened", ko: "이 링크를 열 수 없습니다" }
    LinkNewer { en: "It was made by a newer version of mlplan.", ko: "더 새로운 버전의 mlplan에서 만든 링크입니다." }
    LinkTooBig { en: "It holds more than mlplan accepts.", ko: "mlplan이 받을 수 있는 크기를 넘습니다." }
    LinkDamaged {
        en: "It is damaged or incomplete; chat apps sometimes cut long links short.",
        ko: "링크가 손상되었거나 잘렸습니다. 메신저가 긴 링크를 자르는 경우가 있습니다.",
    }
    LinkEmpty { en: "It holds no plan.", ko: "링크에 계획이 없습니다." }
    LinkExampleRevision {
        en: "It was made from another version of a worked example than this app has, so the plan cannot be rebuilt exactly; nothing was opened in its place.",
        ko: "이 앱에 있는 것과 다른 버전의 예시로 만든 링크라서 계획을 정확히 되살릴 수 없습니다. 대신 다른 계획을 열지 않았습니다.",
    }
    LinkExampleUnavailable {
        en: "It builds on a worked example that could not be loaded, probably because this device is offline and has not kept it yet. Connect once and open the link again.",
        ko: "이 링크는 예시 계획을 바탕으로 하는데, 그 예시를 불러오지 못했습니다. 이 기기가 오프라인이고 아직 예시를 저장해 두지 않았기 때문일 수 있습니다. 한 번 인터넷에 연결한 뒤 링크를 다시 여세요.",
    }
    LinkNotPlan { en: "Its contents are not a plan this app can read.", ko: "링크 내용이 이 앱에서 읽을 수 있는 계획이 아닙니다." }
    RemedyPaste { en: "Ask for a shared plan link and open it here.", ko: "공유된 계획 링크를 받아 여기서 여세요." }
    RemedyCopyWhole {
        en: "Copy the whole link again, from start to end, and open it once more.",
        ko: "링크 전체를 처음부터 끝까지 다시 복사해 한 번 더 여세요.",
    }
    RemedyUpdate {
        en: "Reload the page to get the latest version, or ask for the plan as a JSON file.",
        ko: "페이지를 새로고침해 최신 버전을 받거나, 계획을 JSON 파일로 받으세요.",
    }
    RemedyAskNew {
        en: "Ask the sender for a new link or for the plan as a JSON file.",
        ko: "보낸 사람에게 새 링크나 JSON 파일을 요청하세요.",
    }
    LocalPlansSafe { en: "Your own plans are untouched.", ko: "내 계획은 그대로 안전합니다." }
}
