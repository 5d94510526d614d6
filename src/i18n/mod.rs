//! Every string the app shows, in English and Korean, from one table.
//!
//! The table is a macro invocation: each entry must give both `en` and `ko`, so a missing
//! translation does not compile. Texts with values in them are functions below the table,
//! each matching on [`Lang`] exhaustively for the same reason.

mod table;

pub use table::Msg;

use crate::plan::Step;
use serde::{Deserialize, Serialize};

/// The languages of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The language's own name, as the language switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
        }
    }

    /// Picks the interface language from the browser's preferred languages, in order:
    /// the first one that is Korean or English wins; anything else falls back to English.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in tags {
            let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
            match primary.as_str() {
                "ko" => return Lang::Ko,
                "en" => return Lang::En,
                _ => {}
            }
        }
        Lang::En
    }

    pub fn t(self, msg: Msg) -> &'static str {
        msg.text(self)
    }
}

/// The name of a lifecycle step, as the navigation, the headings and the report show it.
pub fn step_name(step: Step) -> Msg {
    match step {
        Step::Problem => Msg::StepProblem,
        Step::Feasibility => Msg::StepFeasibility,
        Step::Goals => Msg::StepGoals,
        Step::Data => Msg::StepData,
        Step::Constraints => Msg::StepConstraints,
        Step::Baseline => Msg::StepBaseline,
        Step::Metrics => Msg::StepMetrics,
        Step::Monitoring => Msg::StepMonitoring,
        Step::Business => Msg::StepBusiness,
    }
}

/// "Deleted “{title}”."
pub fn deleted_plan(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!("Deleted “{title}”."),
        Lang::Ko => format!("“{title}” 계획을 삭제했습니다."),
    }
}

/// The accessible label of a plan in the list.
pub fn open_plan_label(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!("Open plan “{title}”"),
        Lang::Ko => format!("“{title}” 계획 열기"),
    }
}

/// "Step 3 of 9".
pub fn step_position(lang: Lang, number: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("Step {number} of {total}"),
        Lang::Ko => format!("{total}단계 중 {number}단계"),
    }
}

/// "Edited {when}".
pub fn edited_at(lang: Lang, when: &str) -> String {
    match lang {
        Lang::En => format!("Edited {when}"),
        Lang::Ko => format!("{when} 수정"),
    }
}

/// The title given to a duplicated plan.
pub fn copy_title(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!("{title} (copy)"),
        Lang::Ko => format!("{title} (사본)"),
    }
}

/// "{done} of {total} steps complete".
pub fn steps_done(lang: Lang, done: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("{done} of {total} steps complete"),
        Lang::Ko => format!("{total}단계 중 {done}단계 완료"),
    }
}

/// "1,234 characters".
pub fn link_length(lang: Lang, chars: usize) -> String {
    let n = group_thousands(chars);
    match lang {
        Lang::En => format!("{n} characters"),
        Lang::Ko => format!("{n}자"),
    }
}

/// "Link format 1".
pub fn link_format(lang: Lang, tag: &str) -> String {
    match lang {
        Lang::En => format!("Link format {tag}"),
        Lang::Ko => format!("링크 형식 {tag}"),
    }
}

/// The accessible description of a QR code.
pub fn qr_label(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!("QR code of the link to “{title}”"),
        Lang::Ko => format!("“{title}” 링크의 QR 코드"),
    }
}

/// The link from a calculator's own page back to the step that embeds it.
pub fn back_to_step(lang: Lang, step: &str) -> String {
    match lang {
        Lang::En => format!("← Back to the step “{step}”"),
        Lang::Ko => format!("← “{step}” 단계로 돌아가기"),
    }
}

/// After an import: how many plans came in, and how many of them as copies.
pub fn imported(lang: Lang, count: usize, copies: usize) -> String {
    match (lang, copies) {
        (Lang::En, 0) => format!("Imported {count} plan(s)."),
        (Lang::En, c) => {
            format!("Imported {count} plan(s); {c} had the id of a plan you already have and came in as copies.")
        }
        (Lang::Ko, 0) => format!("계획 {count}개를 가져왔습니다."),
        (Lang::Ko, c) => {
            format!("계획 {count}개를 가져왔습니다. 그중 {c}개는 이미 있는 계획과 id가 같아 사본으로 추가했습니다.")
        }
    }
}

/// Why a whole file was refused.
pub fn import_error(lang: Lang, error: &crate::files::ImportError) -> String {
    use crate::files::ImportError as E;
    match (lang, error) {
        (Lang::En, E::TooLarge { bytes, max }) => {
            format!(
                "The file is too large ({} bytes; the limit is {}).",
                group_thousands(*bytes),
                group_thousands(*max)
            )
        }
        (Lang::Ko, E::TooLarge { bytes, max }) => {
            format!("파일이 너무 큽니다 ({}바이트, 한도 {}바이트).", group_thousands(*bytes), group_thousands(*max))
        }
        (Lang::En, E::Empty) => "The file is empty.".to_string(),
        (Lang::Ko, E::Empty) => "파일이 비어 있습니다.".to_string(),
        (Lang::En, E::Syntax { line, column }) => format!("The file is not valid JSON (line {line}, column {column})."),
        (Lang::Ko, E::Syntax { line, column }) => format!("올바른 JSON 파일이 아닙니다 ({line}행 {column}열)."),
        (Lang::En, E::NotMlplan) => "This is not an mlplan export or plan.".to_string(),
        (Lang::Ko, E::NotMlplan) => "mlplan에서 내보낸 파일이나 계획이 아닙니다.".to_string(),
        (Lang::En, E::NewerVersion(v)) => {
            format!("The file was written by a newer version of mlplan (export format {v}).")
        }
        (Lang::Ko, E::NewerVersion(v)) => format!("더 새로운 버전의 mlplan에서 만든 파일입니다 (내보내기 형식 {v})."),
        (Lang::En, E::TooManyPlans { count, max }) => {
            format!("The file holds {count} plans; at most {max} can be imported at once.")
        }
        (Lang::Ko, E::TooManyPlans { count, max }) => {
            format!("파일에 계획이 {count}개 있습니다. 한 번에 최대 {max}개까지 가져올 수 있습니다.")
        }
        (Lang::En, E::NothingImported(_)) => "None of the plans in the file could be read:".to_string(),
        (Lang::Ko, E::NothingImported(_)) => "파일의 계획을 하나도 읽지 못했습니다.".to_string(),
    }
}

/// One refused plan of a file, with the field that was wrong.
pub fn import_problem(lang: Lang, problem: &crate::files::PlanProblem) -> String {
    use crate::files::ProblemReason as R;
    let at = if problem.path.is_empty() { String::new() } else { format!(" · {}", problem.path) };
    let n = problem.number;
    match (lang, &problem.reason) {
        (Lang::En, R::NewerSchema(v)) => format!("Plan {n}: written by a newer version (schema {v})."),
        (Lang::Ko, R::NewerSchema(v)) => format!("{n}번째 계획: 더 새로운 버전에서 만든 계획입니다 (스키마 {v})."),
        (Lang::En, R::NotAPlan) => format!("Plan {n}: not a plan record."),
        (Lang::Ko, R::NotAPlan) => format!("{n}번째 계획: 계획 형식이 아닙니다."),
        (Lang::En, R::WrongValue(detail)) => format!("Plan {n}{at}: {detail}"),
        (Lang::Ko, R::WrongValue(detail)) => format!("{n}번째 계획{at}: 값의 형식이 맞지 않습니다 ({detail})."),
    }
}

/// 1234567 → "1,234,567".
pub fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_preferences_pick_the_first_known_language() {
        assert_eq!(Lang::from_preferences(["ko-KR", "en-US"]), Lang::Ko);
        assert_eq!(Lang::from_preferences(["fr-FR", "ko"]), Lang::Ko);
        assert_eq!(Lang::from_preferences(["en-GB", "ko"]), Lang::En);
        assert_eq!(Lang::from_preferences(["de"]), Lang::En);
        assert_eq!(Lang::from_preferences([]), Lang::En);
        assert_eq!(Lang::from_preferences(["KO_kr"]), Lang::Ko);
    }

    #[test]
    fn every_message_has_text_in_both_languages() {
        for msg in Msg::ALL {
            for lang in Lang::ALL {
                assert!(!msg.text(lang).trim().is_empty(), "{msg:?} is empty in {lang:?}");
            }
            assert_ne!(msg.text(Lang::En), msg.text(Lang::Ko), "{msg:?} is not translated");
        }
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(1234567), "1,234,567");
    }

    #[test]
    fn formatted_texts_carry_their_values() {
        assert!(deleted_plan(Lang::Ko, "사기 탐지").contains("사기 탐지"));
        assert_eq!(step_position(Lang::En, 3, 9), "Step 3 of 9");
        assert_eq!(copy_title(Lang::Ko, "A"), "A (사본)");
    }
}
