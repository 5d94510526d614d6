//! The plan library's texts in English and Korean: its search, order, selection, storage meter
//! and backups. Only the library's code (a chunk of its own) reads [`LibraryMsg`], so the table
//! goes with that code; texts with values are the functions below it.

use super::{count, messages, num, pct, plan_count, Lang};

messages! {
    /// A fixed text of the start page's plan library.
    LibraryMsg;
    SearchPlans { en: "Search plans", ko: "계획 검색" }
    CalculatorsHeading { en: "Calculators", ko: "계산기" }
    CalculatorsIntro {
        en: "Answer one decision on your own numbers, without making a plan. Nothing is stored unless you save the result into a plan.",
        ko: "계획을 만들지 않고도 내 숫자로 결정 하나를 내려 보세요. 결과를 계획에 저장하지 않으면 아무것도 남지 않습니다.",
    }
    StartThreshold { en: "Choose a threshold for your scores", ko: "내 점수에 맞는 임계값 정하기" }
    StartTradeoff { en: "Weigh model speed against accuracy and cost", ko: "모델의 속도와 정확도, 비용 견주기" }
    StartBlend { en: "Blend two objectives into one ranking", ko: "두 세부 목표를 하나의 순위로 섞기" }
    StartAbTest { en: "Size and time an A/B test", ko: "A/B 테스트의 규모와 기간 정하기" }
    StartDrift { en: "Check whether this week's data drifted from the training data", ko: "이번 주 데이터가 학습 데이터에서 벗어났는지 확인하기" }
    StartErrors { en: "See a regression model's errors and guard against the worst", ko: "회귀 모델의 오차를 보고 최악의 예측 막기" }
    SearchHint { en: "Title or any text in a plan", ko: "제목이나 계획 속 아무 내용" }
    SortBy { en: "Sort by", ko: "정렬" }
    SortRecent { en: "Recently changed", ko: "최근 변경순" }
    SortTitle { en: "Title", ko: "제목순" }
    SortProgress { en: "Steps complete", ko: "완료한 단계순" }
    SelectShown { en: "Select every plan shown", ko: "표시된 계획 모두 선택" }
    CompareSelected { en: "Compare the two selected", ko: "선택한 두 계획 비교" }
    NoMatch { en: "No plan matches this search.", ko: "검색과 일치하는 계획이 없습니다." }
    ShowMore { en: "Show more plans", ko: "계획 더 보기" }
    NewerPlan { en: "Made by a newer version", ko: "더 새로운 버전에서 만든 계획" }
    NewerPlanHelp {
        en: "A newer version of mlplan saved this plan. This version keeps it untouched and never writes over it; reload the page to get the newer version and open it there.",
        ko: "더 새로운 버전의 mlplan이 저장한 계획입니다. 이 버전은 계획을 그대로 두며 덮어쓰지 않습니다. 페이지를 새로고침해 새 버전을 받은 뒤 그곳에서 여세요.",
    }
    StorageHeading { en: "Storage in this browser", ko: "이 브라우저의 저장 공간" }
    StorageNearlyFull {
        en: "The storage is nearly full. Download a backup, then delete plans you no longer need (and empty the trash), or new changes may not be saved.",
        ko: "저장 공간이 거의 찼습니다. 백업을 내려받은 뒤 필요 없는 계획을 삭제하고 휴지통을 비우세요. 그러지 않으면 새 변경 사항이 저장되지 않을 수 있습니다.",
    }
    BackupEveryPlan { en: "Download a backup of every plan", ko: "모든 계획의 백업 내려받기" }
    PersistGranted {
        en: "The browser has agreed to keep this storage even when the device runs low on space.",
        ko: "기기 공간이 부족해도 브라우저가 이 저장 공간을 지우지 않기로 했습니다.",
    }
    PersistNotGranted {
        en: "The browser may clear this storage when the device runs low on space, so keep a backup.",
        ko: "기기 공간이 부족하면 브라우저가 이 저장 공간을 지울 수 있으니 백업을 보관하세요.",
    }
    PersistUnknown {
        en: "This browser does not say whether it keeps this storage, so keep a backup.",
        ko: "이 브라우저는 저장 공간을 계속 보관하는지 알려 주지 않으니 백업을 보관하세요.",
    }
    BackupDue {
        en: "Some plans changed more than a week ago and are in no backup yet.",
        ko: "일주일 넘게 백업하지 않은 변경 사항이 있습니다.",
    }
}

/// Text lengths as the store counts them (UTF-16 code units) in megabytes of the "5 MB" limit.
fn megabytes(units: u64) -> String {
    num(units as f64 / 1_000_000.0, 1)
}

/// "Plans and settings take 1.2 MB of the usual 5.2 MB limit (23.1 %)."
pub fn storage_used(lang: Lang, used: u64, limit: u64) -> String {
    let (used_mb, limit_mb, share) = (megabytes(used), megabytes(limit), pct(used as f64 / limit as f64));
    match lang {
        Lang::En => format!("Plans and settings take {used_mb} MB of the usual {limit_mb} MB limit ({share})."),
        Lang::Ko => format!("계획과 설정이 일반적인 한도 {limit_mb} MB 중 {used_mb} MB를 차지합니다 ({share})."),
    }
}

/// How much of that the plans' versions take.
pub fn storage_versions(lang: Lang, used: u64) -> String {
    let used_mb = megabytes(used);
    match lang {
        Lang::En => {
            format!("Of that, saved versions of plans take {used_mb} MB; delete old ones on a plan's version list.")
        }
        Lang::Ko => format!(
            "그중 계획의 저장된 버전이 {used_mb} MB를 차지합니다. 오래된 버전은 계획의 버전 목록에서 삭제하세요."
        ),
    }
}

/// What `navigator.storage.estimate` reports, in bytes.
pub fn browser_estimate(lang: Lang, usage: f64, quota: f64) -> String {
    let gigabytes = |bytes: f64| num(bytes / 1e9, 2);
    let (usage, quota) = (num(usage / 1e6, 1), gigabytes(quota));
    match lang {
        Lang::En => format!("The browser's own estimate: {usage} MB used of the {quota} GB it allows this site."),
        Lang::Ko => format!("브라우저 자체 추정: 이 사이트에 허용한 {quota} GB 중 {usage} MB 사용."),
    }
}

/// "Showing 20 of 300 plans".
pub fn showing(lang: Lang, shown: usize, total: usize) -> String {
    let (shown, total) = (count(shown as u64), plan_count(lang, total));
    match lang {
        Lang::En => format!("Showing {shown} of {total}"),
        Lang::Ko => format!("{total} 중 {shown}개 표시"),
    }
}

/// The accessible name of a plan's selection box.
pub fn select_plan(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!("Select “{title}”"),
        Lang::Ko => format!("“{title}” 선택"),
    }
}

/// "Export 3 selected".
pub fn export_selected(lang: Lang, n: usize) -> String {
    let n = count(n as u64);
    match lang {
        Lang::En => format!("Export {n} selected (JSON)"),
        Lang::Ko => format!("선택한 {n}개 내보내기 (JSON)"),
    }
}

/// "Delete 3 selected".
pub fn delete_selected(lang: Lang, n: usize) -> String {
    let n = count(n as u64);
    match lang {
        Lang::En => format!("Delete {n} selected"),
        Lang::Ko => format!("선택한 {n}개 삭제"),
    }
}

/// The format number of a record a newer release wrote.
pub fn newer_format(lang: Lang, schema: u32) -> String {
    match lang {
        Lang::En => format!("Plan format {schema}; this version reads up to {}.", crate::plan::CURRENT_SCHEMA),
        Lang::Ko => format!("계획 형식 {schema}. 이 버전은 {}까지 읽습니다.", crate::plan::CURRENT_SCHEMA),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_figures_read_as_megabytes_with_a_share() {
        assert_eq!(
            storage_used(Lang::En, 1_234_567, 5_242_880),
            "Plans and settings take 1.2 MB of the usual 5.2 MB limit (23.5 %)."
        );
        assert!(storage_used(Lang::Ko, 0, 5_242_880).contains("0 MB"));
        assert_eq!(
            browser_estimate(Lang::En, 3_400_000.0, 120e9),
            "The browser's own estimate: 3.4 MB used of the 120 GB it allows this site."
        );
    }

    #[test]
    fn counts_in_the_library_have_separators() {
        assert_eq!(showing(Lang::En, 20, 1300), "Showing 20 of 1,300 plans");
        assert_eq!(showing(Lang::Ko, 20, 300), "계획 300개 중 20개 표시");
        assert_eq!(export_selected(Lang::En, 1200), "Export 1,200 selected (JSON)");
        assert_eq!(delete_selected(Lang::Ko, 2), "선택한 2개 삭제");
        assert!(newer_format(Lang::En, 99).starts_with("Plan format 99"));
        assert_eq!(select_plan(Lang::En, "A"), "Select “A”");
    }
}
