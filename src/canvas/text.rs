//! The business model step's texts that carry values, in English and Korean. Each function
//! matches on [`Lang`], so a missing translation does not compile.

use crate::i18n::Lang;

fn quoted(lang: Lang, text: &str) -> String {
    let text = text.trim();
    if !text.is_empty() {
        return format!("“{text}”");
    }
    match lang {
        Lang::En => "an empty note".to_string(),
        Lang::Ko => "빈 메모".to_string(),
    }
}

/// The accessible name of a note's text box: "Key partners, note 2".
pub fn note_label(lang: Lang, block: &str, position: usize) -> String {
    match lang {
        Lang::En => format!("{block}, note {position}"),
        Lang::Ko => format!("{block} 메모 {position}"),
    }
}

pub fn move_note_up(lang: Lang, position: usize) -> String {
    match lang {
        Lang::En => format!("Move note {position} up"),
        Lang::Ko => format!("메모 {position} 위로 옮기기"),
    }
}

pub fn move_note_down(lang: Lang, position: usize) -> String {
    match lang {
        Lang::En => format!("Move note {position} down"),
        Lang::Ko => format!("메모 {position} 아래로 옮기기"),
    }
}

pub fn delete_note(lang: Lang, position: usize) -> String {
    match lang {
        Lang::En => format!("Delete note {position}"),
        Lang::Ko => format!("메모 {position} 삭제"),
    }
}

/// Announced after a note moves.
pub fn note_moved(lang: Lang, text: &str, block: &str, position: usize, total: usize) -> String {
    let what = quoted(lang, text);
    match lang {
        Lang::En => format!("Moved {what} to position {position} of {total} in {block}."),
        Lang::Ko => format!("{what}을(를) {block}의 {total}개 중 {position}번째로 옮겼습니다."),
    }
}

/// Shown, with an undo button, after a note is deleted.
pub fn note_deleted(lang: Lang, text: &str, block: &str) -> String {
    let what = quoted(lang, text);
    match lang {
        Lang::En => format!("Deleted {what} from {block}."),
        Lang::Ko => format!("{block}에서 {what}을(를) 삭제했습니다."),
    }
}

/// The label of a flywheel step: "Step 2".
pub fn step_label(lang: Lang, position: usize) -> String {
    match lang {
        Lang::En => format!("Step {position}"),
        Lang::Ko => format!("{position}단계"),
    }
}

pub fn move_step_up(lang: Lang, position: usize) -> String {
    match lang {
        Lang::En => format!("Move step {position} earlier"),
        Lang::Ko => format!("{position}단계를 앞으로 옮기기"),
    }
}

pub fn move_step_down(lang: Lang, position: usize) -> String {
    match lang {
        Lang::En => format!("Move step {position} later"),
        Lang::Ko => format!("{position}단계를 뒤로 옮기기"),
    }
}

pub fn remove_step(lang: Lang, position: usize) -> String {
    match lang {
        Lang::En => format!("Remove step {position}"),
        Lang::Ko => format!("{position}단계 삭제"),
    }
}

/// Announced after a flywheel step moves.
pub fn step_moved(lang: Lang, text: &str, position: usize, total: usize) -> String {
    let what = quoted(lang, text);
    match lang {
        Lang::En => format!("Moved {what} to step {position} of {total}."),
        Lang::Ko => format!("{what}을(를) {total}단계 중 {position}단계로 옮겼습니다."),
    }
}

/// The text alternative of the flywheel drawing.
pub fn flywheel_summary(lang: Lang, steps: &[String], lever: Option<usize>) -> String {
    let blank = match lang {
        Lang::En => "(blank)",
        Lang::Ko => "(비어 있음)",
    };
    let chain: Vec<String> = steps
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{}. {}", i + 1, if s.trim().is_empty() { blank } else { s.trim() }))
        .collect();
    let chain = chain.join(" → ");
    let lever = lever.and_then(|i| steps.get(i).map(|s| (i + 1, s.trim())));
    match lang {
        Lang::En => {
            let mut out = format!("A cycle of {} steps: {chain}, then back to step 1.", steps.len());
            if let Some((n, _)) = lever {
                out.push_str(&format!(" Machine learning acts on step {n}."));
            }
            out
        }
        Lang::Ko => {
            let mut out = format!("{}단계 순환: {chain}, 그리고 다시 1단계로.", steps.len());
            if let Some((n, _)) = lever {
                out.push_str(&format!(" 머신러닝은 {n}단계에 작용합니다."));
            }
            out
        }
    }
}

/// A link to the step where a shown record is edited.
pub fn edit_in(lang: Lang, step: &str) -> String {
    match lang {
        Lang::En => format!("Edit in “{step}”"),
        Lang::Ko => format!("“{step}” 단계에서 수정"),
    }
}

/// A link from an empty canvas box to the step that fills it.
pub fn fill_in(lang: Lang, step: &str) -> String {
    match lang {
        Lang::En => format!("Fill it in at “{step}”"),
        Lang::Ko => format!("“{step}” 단계에서 채우기"),
    }
}
