//! The class board's texts in English and Korean: the [`ClassMsg`] table, read by the board's
//! code (in the `sharing` chunk) and by its exports, and the texts with values below it.

use super::Counts;
use crate::i18n::{count, messages, Lang};

messages! {
    /// A fixed text of the class board or its exports.
    ClassMsg;
    Heading { en: "Class board", ko: "수업 보드" }
    Intro {
        en: "Collect the plans your students hand back: paste their links (one a line, from any chat) or drop their JSON files. Everything stays in this browser.",
        ko: "학생들이 제출한 계획을 모읍니다. 링크를 한 줄에 하나씩 붙여 넣거나(어느 메신저에서 복사해도 됩니다) JSON 파일을 끌어다 놓으세요. 모든 내용은 이 브라우저에만 남습니다.",
    }
    ClassName { en: "Class name", ko: "수업 이름" }
    ClassNamePlaceholder { en: "e.g. ML bootcamp, week 3", ko: "예: 머신러닝 부트캠프 3주차" }
    PasteLinks { en: "Links to add, one a line", ko: "추가할 링크 (한 줄에 하나씩)" }
    Add { en: "Add to the class", ko: "수업에 추가" }
    AddFiles { en: "Add JSON files", ko: "JSON 파일 추가" }
    Reading { en: "Reading the plans…", ko: "계획을 읽는 중…" }
    Empty { en: "No plans in this class yet.", ko: "아직 이 수업에 계획이 없습니다." }
    SavedClasses { en: "Classes kept in this browser", ko: "이 브라우저에 보관한 수업" }
    OpenClass { en: "Open", ko: "열기" }
    DeleteClass { en: "Delete class", ko: "수업 삭제" }
    NewClass { en: "New class", ko: "새 수업" }
    Untitled { en: "Unnamed class", ko: "이름 없는 수업" }
    FilterText { en: "Filter by words", ko: "단어로 거르기" }
    FilterVerdict { en: "Verdict", ko: "판단" }
    AnyVerdict { en: "Any verdict", ko: "모든 판단" }
    NoVerdictYet { en: "Not answered yet", ko: "아직 답하지 않음" }
    OnlyErrors { en: "Only plans with must-fix findings", ko: "반드시 수정할 항목이 있는 계획만" }
    OnlyComplete { en: "Only plans with every step complete", ko: "모든 단계를 마친 계획만" }
    ColTitle { en: "Title", ko: "제목" }
    ColSteps { en: "Steps complete", ko: "완료한 단계" }
    ColVerdict { en: "Feasibility verdict", ko: "적합성 판단" }
    ColFindings { en: "Review findings", ko: "검토 결과" }
    ColErrors { en: "Must fix", ko: "반드시 수정" }
    ColWarnings { en: "Should fix", ko: "수정 권장" }
    ColInfos { en: "Consider", ko: "검토 제안" }
    ColMetric { en: "Primary metric", ko: "주요 지표" }
    ColThreshold { en: "Threshold", ko: "임계값" }
    ColBaseline { en: "Baseline", ko: "베이스라인" }
    ColExample { en: "Started from", ko: "시작한 예시" }
    ColCopies { en: "Handed in", ko: "제출 횟수" }
    ColLink { en: "Link", ko: "링크" }
    Select { en: "Select", ko: "선택" }
    OpenReadOnly { en: "Open read-only", ko: "읽기 전용으로 열기" }
    Remove { en: "Remove from the class", ko: "수업에서 빼기" }
    ExportCsv { en: "Export the table (CSV)", ko: "표 내보내기 (CSV)" }
    ExportMarkdown { en: "Export the table (Markdown)", ko: "표 내보내기 (Markdown)" }
    Compare { en: "Compare the two selected", ko: "선택한 두 계획 비교" }
    CompareHint { en: "Select two plans to compare them.", ko: "비교할 계획 두 개를 선택하세요." }
    ProblemsHeading { en: "Lines that were not added", ko: "추가하지 못한 줄" }
    CompareHeading { en: "Compare two plans", ko: "두 계획 비교" }
    FirstPlan { en: "First:", ko: "첫째:" }
    SecondPlan { en: "Second:", ko: "둘째:" }
    OnlyDifferences { en: "Only differences", ko: "차이만 보기" }
    CompareMissing {
        en: "One of the two plans is not in this browser any more, so there is nothing to compare.",
        ko: "두 계획 중 하나가 이제 이 브라우저에 없어 비교할 수 없습니다.",
    }
    CloseCompare { en: "Close the comparison", ko: "비교 닫기" }
    VersionsHeading { en: "Versions of this plan", ko: "이 계획의 버전" }
    VersionsIntro {
        en: "A version keeps the plan as it was. “Save a version” keeps one now; the first edit of each day keeps one by itself. Versions take space in this browser's storage.",
        ko: "버전은 계획을 그때 모습 그대로 보관합니다. “버전 저장”을 누르면 지금 모습이 저장되고, 날마다 처음 고칠 때도 저절로 하나가 저장됩니다. 버전은 이 브라우저의 저장 공간을 차지합니다.",
    }
    NoVersions { en: "No versions yet.", ko: "아직 버전이 없습니다." }
    VersionName { en: "Version name", ko: "버전 이름" }
    VersionAuto { en: "kept automatically", ko: "자동 저장" }
    VersionOpen { en: "Open read-only", ko: "읽기 전용으로 열기" }
    VersionRestore { en: "Restore as a copy", ko: "사본으로 복원" }
    VersionDelete { en: "Delete", ko: "삭제" }
    CompareVersions { en: "Compare the two selected versions", ko: "선택한 두 버전 비교" }
    FeedbackHeading { en: "Feedback for the student", ko: "학생에게 줄 피드백" }
    FeedbackIntro {
        en: "Comment on any step or field. The feedback link carries only your comments: the student opens it in their browser, and they appear beside their own fields, with nothing of theirs changed.",
        ko: "어느 단계나 항목에든 의견을 남기세요. 피드백 링크에는 의견만 담깁니다. 학생이 자기 브라우저에서 링크를 열면 자기 항목 옆에 의견이 나타나며, 학생이 쓴 내용은 바뀌지 않습니다.",
    }
    FeedbackStep { en: "Step", ko: "단계" }
    FeedbackField { en: "Field", ko: "항목" }
    FeedbackWholeStep { en: "The whole step", ko: "단계 전체" }
    FeedbackText { en: "Comment", ko: "의견" }
    FeedbackAdd { en: "Add the comment", ko: "의견 추가" }
    FeedbackRemove { en: "Remove", ko: "삭제" }
    FeedbackLink { en: "Feedback link", ko: "피드백 링크" }
    FeedbackCopy { en: "Copy the feedback link", ko: "피드백 링크 복사" }
    FeedbackNotesHeading { en: "Your instructor's comments", ko: "강사의 의견" }
    FeedbackDone { en: "Done", ko: "반영함" }
    FeedbackNotMine {
        en: "This feedback is for a plan that is not in this browser. Open the link in the browser where the plan was made and handed in.",
        ko: "이 피드백은 이 브라우저에 없는 계획에 대한 것입니다. 계획을 만들고 제출한 브라우저에서 링크를 여세요.",
    }
    FeedbackBad {
        en: "This feedback link is damaged or incomplete. Ask for it again, and copy the whole link.",
        ko: "피드백 링크가 손상되었거나 잘렸습니다. 다시 받아서 링크 전체를 복사하세요.",
    }
}

/// "Line 4: …", for a pasted line that could not be added.
pub fn bad_line(lang: Lang, line: usize, why: &str) -> String {
    match lang {
        Lang::En => format!("Line {line}: {why}"),
        Lang::Ko => format!("{line}번째 줄: {why}"),
    }
}

/// A file that could not be added, and why (the reason is already in the person's language).
pub fn bad_file(name: &str, why: &str) -> String {
    format!("{name}: {why}")
}

/// Lines past the board's limit for one paste.
pub fn lines_not_read(lang: Lang, n: usize, max: usize) -> String {
    let (n, max) = (count(n as u64), count(max as u64));
    match lang {
        Lang::En => format!("{n} more lines were not read: one paste takes at most {max}. Paste them again."),
        Lang::Ko => {
            format!("나머지 {n}줄은 읽지 않았습니다. 한 번에 {max}줄까지 붙여 넣을 수 있으니 다시 붙여 넣으세요.")
        }
    }
}

/// A line too long to be a link.
pub fn line_too_long(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "too long to be a plan link; hand in the plan as a JSON file instead",
        Lang::Ko => "계획 링크라기에는 너무 깁니다. 계획을 JSON 파일로 내 주세요",
    }
}

/// What adding did: plans added, repeats, lines refused.
pub fn added(lang: Lang, new: usize, repeats: usize, refused: usize) -> String {
    let (n, r, b) = (count(new as u64), count(repeats as u64), count(refused as u64));
    match lang {
        Lang::En => format!("Added {n} plans; {r} were handed in before and are counted on their row; {b} could not be added."),
        Lang::Ko => format!("계획 {n}개를 추가했습니다. {r}개는 이미 제출된 것과 같아 해당 줄에 횟수로 셌고, {b}개는 추가하지 못했습니다."),
    }
}

/// Steps complete out of all, e.g. "7 / 9".
pub fn steps(done: usize, all: usize) -> String {
    format!("{done} / {all}")
}

/// How often the same plan was handed in, when more than once.
pub fn copies(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("handed in {n} times"),
        Lang::Ko => format!("{n}번 제출"),
    }
}

/// The default name of a class kept before it was named.
pub fn default_name(lang: Lang, date: &str) -> String {
    match lang {
        Lang::En => format!("Class of {date}"),
        Lang::Ko => format!("{date} 수업"),
    }
}

/// The review's findings by severity, e.g. "2 must fix · 5 should fix · 1 to consider".
pub fn findings(lang: Lang, c: Counts) -> String {
    match lang {
        Lang::En => format!("{} must fix · {} should fix · {} to consider", c.errors, c.warnings, c.infos),
        Lang::Ko => format!("반드시 수정 {} · 수정 권장 {} · 검토 제안 {}", c.errors, c.warnings, c.infos),
    }
}

/// How many fields differ.
pub fn differences(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 0) => "no differences".to_owned(),
        (Lang::En, 1) => "1 difference".to_owned(),
        (Lang::En, n) => format!("{} differences", count(n as u64)),
        (Lang::Ko, 0) => "차이 없음".to_owned(),
        (Lang::Ko, n) => format!("차이 {}곳", count(n as u64)),
    }
}

/// Which plan a feedback link is for, by its title.
pub fn feedback_for(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!("Plan: “{title}”"),
        Lang::Ko => format!("계획: “{title}”"),
    }
}
