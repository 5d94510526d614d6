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
    fn formatted_texts_carry_their_values() {
        assert!(deleted_plan(Lang::Ko, "사기 탐지").contains("사기 탐지"));
        assert_eq!(step_position(Lang::En, 3, 9), "Step 3 of 9");
        assert_eq!(copy_title(Lang::Ko, "A"), "A (사본)");
    }
}
