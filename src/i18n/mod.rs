//! The interface's strings in English and Korean, and the one way every domain writes its texts.
//!
//! Fixed texts are entries of tables declared with `messages!` (in `table.rs`): each entry must
//! give both `en` and `ko`, so a missing translation does not compile. The interface's tables are
//! [`Msg`] and [`PageMsg`] (and the plan library's [`library::LibraryMsg`]); the report and the review declare their own (`report::ReportMsg`,
//! `review::ReviewMsg`). Texts with values in them are functions, one module a domain (these
//! below for the interface, `report/labels.rs`, `review/texts.rs`, `canvas/text.rs`), each a
//! `match lang` with an arm for every [`Lang`] for the same reason; the numbers in them are worded
//! by [`num`], [`count`] and [`pct`].

mod abtest;
mod blend;
mod drift;
mod errors;
pub mod library;
mod money;
mod table;

// `Lang` and `Text` live in the leaf module `crate::lang`, so the plan can name a language
// without depending on the message tables; they are re-exported here for the interface.
pub use crate::lang::{Lang, Text};
pub use abtest::{
    ab_detectable, ab_level, ab_long, ab_too_small, ab_users, ab_weeks, formula_name, metric_tie, p_value, srm_problem,
    srm_result,
};
pub use blend::{blend_leader, blend_not_saved, blend_objective, blend_saved, blend_sum, rank_moved};
pub use drift::{drift_advice, drift_ks, drift_metric, drift_psi, drift_rows, drift_trigger};
pub use errors::{
    errors_chart_title, errors_log_note, errors_rows, errors_skipped, errors_within, guard_effect_text, guard_text,
    table_error, tolerance_text, with_left_out,
};
pub use money::money;
pub(crate) use table::messages;
pub use table::{load_page_texts, Msg, PageMsg};

/// Every entry of both message tables in `lang`, named (`Msg::Save`), for checks over all texts.
pub fn table_texts(lang: Lang) -> Vec<(String, &'static str)> {
    Msg::entries(lang).chain(PageMsg::entries(lang)).chain(library::LibraryMsg::entries(lang)).collect()
}

use crate::calc::threshold::{Figures, RowProblem, ScoresError};
use crate::calc::tradeoff::{Blocker, CandidateField, PickReason};
use crate::plan::{Currency, Step};

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

/// When a plan in the trash was deleted.
pub fn deleted_at(lang: Lang, when: &str) -> String {
    match lang {
        Lang::En => format!("Deleted {when}"),
        Lang::Ko => format!("{when} 삭제"),
    }
}

/// A number of plans: "1 plan", "3 plans".
pub fn plan_count(lang: Lang, n: usize) -> String {
    let shown = count(n as u64);
    match lang {
        Lang::En if n == 1 => format!("{shown} plan"),
        Lang::En => format!("{shown} plans"),
        Lang::Ko => format!("계획 {shown}개"),
    }
}

/// The notice of several plans deleted at once.
pub fn deleted_plans(lang: Lang, n: usize) -> String {
    let plans = plan_count(lang, n);
    match lang {
        Lang::En => format!("Deleted {plans}."),
        Lang::Ko => format!("{plans}를 삭제했습니다."),
    }
}

/// Asked when the store is too full to keep a deleted plan in the trash.
pub fn delete_for_good_question(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!(
            "This browser's storage is too full to keep “{title}” in the trash. Delete it for good to free space? This cannot be undone."
        ),
        Lang::Ko => format!(
            "브라우저 저장 공간이 가득 차서 “{title}” 계획을 휴지통에 둘 수 없습니다. 공간을 비우기 위해 완전히 삭제할까요? 되돌릴 수 없습니다."
        ),
    }
}

/// The question before the trash is emptied for good.
pub fn empty_trash_question(lang: Lang, n: usize) -> String {
    let plans = plan_count(lang, n);
    match lang {
        Lang::En => format!("Delete {plans} in the trash for good? This cannot be undone."),
        Lang::Ko => format!("휴지통의 {plans}를 완전히 삭제할까요? 되돌릴 수 없습니다."),
    }
}

/// The accessible label of a trashed plan's Restore button.
pub fn restore_label(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!("Restore “{title}”"),
        Lang::Ko => format!("“{title}” 계획 복원"),
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

/// Why a link has no QR code: its length against what a code holds, and what to send instead.
pub fn qr_too_long(lang: Lang, chars: usize) -> String {
    let (n, max) = (group_thousands(chars), group_thousands(crate::qr::MAX_BYTES));
    match lang {
        Lang::En => format!(
            "This link has {n} characters; a QR code holds at most {max}. Send the link itself, or export the plan as a JSON file (the button below) and hand that out."
        ),
        Lang::Ko => format!(
            "이 링크는 {n}자인데 QR 코드에는 최대 {max}자까지 담깁니다. 링크를 직접 보내거나, 아래 버튼으로 계획을 JSON 파일로 내보내 나눠 주세요."
        ),
    }
}

/// A due date given as `YYYY-MM-DD`, written out; any other text is shown as it is.
pub fn due_date(lang: Lang, date: &str) -> String {
    let parts: Vec<u32> = date.splitn(3, '-').filter_map(|p| p.parse().ok()).collect();
    let &[year, month @ 1..=12, day @ 1..=31] = parts.as_slice() else { return date.to_owned() };
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::En => format!("{day} {} {year}", MONTHS[month as usize - 1]),
        Lang::Ko => format!("{year}년 {month}월 {day}일"),
    }
}

/// What is wrong with a link, in one sentence: the link page's and the class board's.
pub fn link_problem(error: &crate::share::ShareError) -> PageMsg {
    use crate::share::ShareError as E;
    match error {
        _ if error.is_from_newer_version() => PageMsg::LinkNewer,
        E::Empty | E::NotAShareLink => PageMsg::LinkEmpty,
        E::TooLong { .. } | E::TooLarge { .. } | E::TooDeep { .. } | E::TooBig { .. } => PageMsg::LinkTooBig,
        E::NotAPlan(_) => PageMsg::LinkNotPlan,
        E::ExampleRevision { .. } => PageMsg::LinkExampleRevision,
        E::ExampleNeeded(_) => PageMsg::LinkExampleUnavailable,
        _ => PageMsg::LinkDamaged,
    }
}

/// Which worked example a link was made from: its title in `lang` when this build has it, its
/// key otherwise.
pub fn link_example(lang: Lang, key: &str) -> String {
    let title = crate::plan::examples::list(lang).into_iter().find(|e| e.key == key).map(|e| e.title);
    let name = title.unwrap_or_else(|| key.to_owned());
    match lang {
        Lang::En => format!("Worked example: “{name}”."),
        Lang::Ko => format!("예시 계획: “{name}”."),
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
    match lang {
        Lang::En => {
            let plans = plan_count(lang, count);
            match copies {
                0 => format!("Imported {plans}."),
                1 => format!("Imported {plans}; one had the id of a plan you already have and came in as a copy."),
                c => format!("Imported {plans}; {c} had the id of a plan you already have and came in as copies."),
            }
        }
        Lang::Ko => match copies {
            0 => format!("계획 {count}개를 가져왔습니다."),
            c => {
                format!("계획 {count}개를 가져왔습니다. 그중 {c}개는 이미 있는 계획과 id가 같아 사본으로 추가했습니다.")
            }
        },
    }
}

/// Why a whole file was refused.
pub fn import_error(lang: Lang, error: &crate::files::ImportError) -> String {
    use crate::files::ImportError as E;
    match lang {
        Lang::En => match error {
            E::TooLarge { bytes, max } => format!(
                "The file is too large ({} bytes; the limit is {}).",
                group_thousands(*bytes),
                group_thousands(*max)
            ),
            E::Empty => "The file is empty.".to_string(),
            E::Syntax { line, column } => format!("The file is not valid JSON (line {line}, column {column})."),
            E::NotMlplan => "This is not an mlplan export or plan.".to_string(),
            E::NewerVersion(v) => format!("The file was written by a newer version of mlplan (export format {v})."),
            E::TooManyPlans { count, max } => {
                format!("The file holds {count} plans; at most {max} can be imported at once.")
            }
            E::NothingImported(_) => "None of the plans in the file could be read:".to_string(),
        },
        Lang::Ko => match error {
            E::TooLarge { bytes, max } => {
                format!("파일이 너무 큽니다 ({}바이트, 한도 {}바이트).", group_thousands(*bytes), group_thousands(*max))
            }
            E::Empty => "파일이 비어 있습니다.".to_string(),
            E::Syntax { line, column } => format!("올바른 JSON 파일이 아닙니다 ({line}행 {column}열)."),
            E::NotMlplan => "mlplan에서 내보낸 파일이나 계획이 아닙니다.".to_string(),
            E::NewerVersion(v) => format!("더 새로운 버전의 mlplan에서 만든 파일입니다 (내보내기 형식 {v})."),
            E::TooManyPlans { count, max } => {
                format!("파일에 계획이 {count}개 있습니다. 한 번에 최대 {max}개까지 가져올 수 있습니다.")
            }
            E::NothingImported(_) => "파일의 계획을 하나도 읽지 못했습니다.".to_string(),
        },
    }
}

/// One refused plan of a file, with the field that was wrong.
pub fn import_problem(lang: Lang, problem: &crate::files::PlanProblem) -> String {
    use crate::files::ProblemReason as R;
    let at = if problem.path.is_empty() { String::new() } else { format!(" · {}", problem.path) };
    let n = problem.number;
    match lang {
        Lang::En => match &problem.reason {
            R::NewerSchema(v) => format!("Plan {n}: written by a newer version (schema {v})."),
            R::NotAPlan => format!("Plan {n}: not a plan record."),
            R::WrongValue(detail) => format!("Plan {n}{at}: {detail}"),
        },
        Lang::Ko => match &problem.reason {
            R::NewerSchema(v) => format!("{n}번째 계획: 더 새로운 버전에서 만든 계획입니다 (스키마 {v})."),
            R::NotAPlan => format!("{n}번째 계획: 계획 형식이 아닙니다."),
            R::WrongValue(detail) => format!("{n}번째 계획{at}: 값의 형식이 맞지 않습니다 ({detail})."),
        },
    }
}

// ---------------------------------------------------------------------------------------------------
// Number wording
// ---------------------------------------------------------------------------------------------------

/// 1234567 → "1,234,567".
pub fn group_thousands(n: usize) -> String {
    group_digits(&n.to_string())
}

/// "1234567" → "1,234,567": a run of decimal digits with a comma before every third from the end.
fn group_digits(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A number with thousands separators and at most `decimals` decimals (trailing zeros dropped).
pub fn num(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let text = format!("{:.*}", decimals, value);
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, f.trim_end_matches('0')),
        None => (text.as_str(), ""),
    };
    let (sign, digits) = match int.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", int),
    };
    let grouped = group_digits(digits);
    let sign = if grouped.chars().all(|c| c == '0' || c == ',') && frac.is_empty() { "" } else { sign };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// A whole count with separators.
pub fn count(value: u64) -> String {
    num(value as f64, 0)
}

/// A share as a percentage with one decimal.
pub fn pct(value: f64) -> String {
    format!("{} %", num(value * 100.0, 1))
}

// ---------------------------------------------------------------------------------------------------
// Form fields and goals
// ---------------------------------------------------------------------------------------------------

/// What to type instead of an unusable number, for a field that takes values from `min` to `max`.
pub fn number_error(lang: Lang, min: Option<f64>, max: Option<f64>, whole: bool) -> String {
    let kind = match lang {
        Lang::En if whole => "a whole number",
        Lang::En => "a number",
        Lang::Ko if whole => "정수",
        Lang::Ko => "숫자",
    };
    let ask = match lang {
        Lang::En => match (min, max) {
            (None, None) => format!("Enter {kind}, like 0.25."),
            (Some(a), None) => format!("Enter {kind} of at least {a}."),
            (None, Some(b)) => format!("Enter {kind} of at most {b}."),
            (Some(a), Some(b)) => format!("Enter {kind} from {a} to {b}."),
        },
        Lang::Ko => match (min, max) {
            (None, None) => format!("{kind}를 입력하세요 (예: 0.25)."),
            (Some(a), None) => format!("{a} 이상의 {kind}를 입력하세요."),
            (None, Some(b)) => format!("{b} 이하의 {kind}를 입력하세요."),
            (Some(a), Some(b)) => format!("{a}에서 {b} 사이의 {kind}를 입력하세요."),
        },
    };
    let then = match lang {
        Lang::En => "Until then, this field is saved as empty.",
        Lang::Ko => "그전까지 이 칸은 빈 값으로 저장됩니다.",
    };
    format!("{ask} {then}")
}

/// "Weights add up to 0.9.": the objectives' weights so far, `given` of `total` having one.
pub fn weight_sum(lang: Lang, sum: f64, given: usize, total: usize) -> String {
    let sum = (sum * 1000.0).round() / 1000.0;
    match lang {
        Lang::En if given < total => {
            format!("{given} of {total} objectives have a weight; so far they add up to {sum}.")
        }
        Lang::En => format!("The weights add up to {sum}. Weights that add up to 1 read as shares."),
        Lang::Ko if given < total => {
            format!("세부 목표 {total}개 중 {given}개에 가중치가 있고, 지금까지 합은 {sum}입니다.")
        }
        Lang::Ko => format!("가중치의 합은 {sum}입니다. 합이 1이면 각 가중치를 비율로 읽을 수 있습니다."),
    }
}

// ---------------------------------------------------------------------------------------------------
// Threshold calculator
// ---------------------------------------------------------------------------------------------------

/// How a Korean phrase is joined to the rest of its sentence: as its subject (이/가) or its
/// object (을/를). The particle follows the phrase's last spoken syllable, which only the phrase
/// knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Subject,
    Object,
}

/// A share of cases in plain words, for sentences: "none", "about 1 in 2,400", "about 3 in 10",
/// "almost all (99.4 %)", "all". Every share a sentence shows comes from here. Below 15 % it is
/// one in so many (the ratio readers can picture); up to 95 % tenths; above that a count in tenths
/// would round to "10 in 10", so the share itself is given. In Korean the phrase carries its
/// particle for `role`.
pub fn share_in_words(lang: Lang, share: f64, role: Role) -> String {
    let share = share.clamp(0.0, 1.0);
    let (en, ko, ko_ends_in_consonant) = if share <= 0.0 {
        ("none".to_string(), "0건".to_string(), true)
    } else if share >= 1.0 {
        ("all".to_string(), "모두".to_string(), false)
    } else if share < 0.15 {
        let n = num((1.0 / share).round(), 0);
        (format!("about 1 in {n}"), format!("약 {n}건 중 1건"), true)
    } else if share < 0.95 {
        let k = num((share * 10.0).round(), 0);
        (format!("about {k} in 10"), format!("약 10건 중 {k}건"), true)
    } else {
        // 99.96 % would read "100 %" at one decimal, which "almost" contradicts.
        let shown = pct(share.min(0.999));
        (format!("almost all ({shown})"), format!("거의 모두({shown})"), false)
    };
    match lang {
        Lang::En => en,
        Lang::Ko => {
            let particle = match (role, ko_ends_in_consonant) {
                (Role::Subject, true) => "이",
                (Role::Subject, false) => "가",
                (Role::Object, true) => "을",
                (Role::Object, false) => "를",
            };
            format!("{ko}{particle}")
        }
    }
}

/// Whether an English phrase from [`share_in_words`] names one case ("about 1 in 20 ... is").
fn names_one_case(share: f64) -> bool {
    share > 0.0 && share < 0.15
}

/// One sentence of what the threshold means: how many flagged cases are false alarms and how many
/// positive cases get through. `precision` is `None` when nothing is flagged, `recall` when there
/// are no positive cases.
pub fn threshold_meaning(lang: Lang, threshold: f64, precision: Option<f64>, recall: Option<f64>) -> String {
    let at = num(threshold, 2);
    let Some(recall) = recall else {
        return lang.t(PageMsg::CalcThrNoPositives).to_string();
    };
    let missed = 1.0 - recall;
    match lang {
        Lang::En => match precision {
            None => format!("At {at}, nothing is flagged, so every positive case gets through."),
            Some(p) => {
                let false_alarms = 1.0 - p;
                let alarms = match (false_alarms <= 0.0, names_one_case(false_alarms)) {
                    (true, _) => "no flagged case is a false alarm".to_string(),
                    (false, true) => {
                        format!("{} flagged cases is a false alarm", share_in_words(lang, false_alarms, Role::Subject))
                    }
                    (false, false) => {
                        format!("{} flagged cases are false alarms", share_in_words(lang, false_alarms, Role::Subject))
                    }
                };
                let gets = match (missed <= 0.0, names_one_case(missed)) {
                    (true, _) => "no positive case gets through".to_string(),
                    (false, true) => {
                        format!("{} positive cases gets through", share_in_words(lang, missed, Role::Subject))
                    }
                    (false, false) => {
                        format!("{} positive cases get through", share_in_words(lang, missed, Role::Subject))
                    }
                };
                format!("At {at}, {alarms}, and {gets}.")
            }
        },
        Lang::Ko => match precision {
            None => format!("임계값 {at}에서는 아무것도 양성으로 판정하지 않으므로 실제 양성을 모두 놓칩니다."),
            Some(p) => {
                let alarms = if p >= 1.0 {
                    "양성으로 판정한 사례 중 거짓 경보는 없고".to_string()
                } else {
                    format!("양성으로 판정한 사례 {} 거짓 경보이고", share_in_words(lang, 1.0 - p, Role::Subject))
                };
                let gets = if missed <= 0.0 {
                    "실제 양성은 하나도 놓치지 않습니다".to_string()
                } else {
                    format!("실제 양성 {} 놓칩니다", share_in_words(lang, missed, Role::Object))
                };
                format!("임계값 {at}에서는 {alarms}, {gets}.")
            }
        },
    }
}

/// Why pasted or loaded scores were refused, one line a problem (a line a bad row).
pub fn scores_error(lang: Lang, error: &ScoresError) -> Vec<String> {
    let problem = |p: RowProblem| {
        lang.t(match p {
            RowProblem::MissingColumn => PageMsg::CalcThrRowMissing,
            RowProblem::ExtraColumn => PageMsg::CalcThrRowExtra,
            RowProblem::ScoreNotANumber => PageMsg::CalcThrRowScore,
            RowProblem::ScoreNotFinite => PageMsg::CalcThrRowFinite,
            RowProblem::LabelNotRecognised => PageMsg::CalcThrRowLabel,
        })
    };
    let mb = |b: usize| num(b as f64 / 1_048_576.0, 1);
    match error {
        ScoresError::Empty => vec![lang.t(PageMsg::CalcThrEmpty).to_string()],
        ScoresError::TooLarge { bytes, limit } => vec![match lang {
            Lang::En => {
                format!("The file is {} MB; the limit is {} MB. Try a sample of the rows.", mb(*bytes), mb(*limit))
            }
            Lang::Ko => {
                format!(
                    "파일 크기가 {} MB로 한도 {} MB를 넘습니다. 행 일부만 골라 다시 시도하세요.",
                    mb(*bytes),
                    mb(*limit)
                )
            }
        }],
        ScoresError::TooManyRows { limit } => vec![match lang {
            Lang::En => format!("There are more than {} rows. Try a sample of the rows.", num(*limit as f64, 0)),
            Lang::Ko => format!("행이 {}개를 넘습니다. 행 일부만 골라 다시 시도하세요.", num(*limit as f64, 0)),
        }],
        ScoresError::LengthMismatch { .. } => vec![lang.t(PageMsg::CalcThrUnreadable).to_string()],
        ScoresError::BadRows { first, total } => {
            let mut lines: Vec<String> = first
                .iter()
                .map(|b| match lang {
                    Lang::En => format!("Line {}: {}", b.line, problem(b.problem)),
                    Lang::Ko => format!("{}행: {}", b.line, problem(b.problem)),
                })
                .collect();
            let more = total.saturating_sub(first.len());
            if more > 0 {
                lines.push(match lang {
                    Lang::En => format!("…and {} more rows with problems.", num(more as f64, 0)),
                    Lang::Ko => format!("…그 밖에도 문제가 있는 행이 {}개 더 있습니다.", num(more as f64, 0)),
                });
            }
            lines
        }
    }
}

/// Where the figures of own scores come from: `rows` rows, `positives` of them positive, read
/// from `from`, exactly or through the plan's binned summary.
pub fn score_figures(lang: Lang, figures: Figures, rows: u64, positives: u64, from: &str) -> String {
    let (rows, pos) = (count(rows), count(positives));
    match lang {
        Lang::En => match figures {
            Figures::Exact => format!("Exact figures from {rows} rows ({pos} positive), {from}."),
            Figures::Summary => format!(
            "Summary figures: {rows} rows ({pos} positive) from {from}, kept in the plan as a binned summary, so counts and curves are close approximations. Load the file again for exact figures."
        ),
        },
        Lang::Ko => match figures {
            Figures::Exact => format!("{from}의 {rows}행(양성 {pos}행)으로 계산한 정확한 값입니다."),
            Figures::Summary => format!(
            "요약 값입니다. {from}의 {rows}행(양성 {pos}행)을 구간으로 묶은 요약만 계획에 저장되므로 개수와 곡선은 근삿값입니다. 정확한 값이 필요하면 파일을 다시 불러오세요."
        ),
        },

    }
}

/// Precision at the deployment's prevalence (`deploy`) next to precision on the validation data,
/// whose prevalence is `base`.
pub fn prevalence_shift(lang: Lang, base: f64, deploy: f64, validation: f64, shifted: f64) -> String {
    let (base, deploy, validation, shifted) = (pct(base), pct(deploy), pct(validation), pct(shifted));
    match lang {
        Lang::En => format!(
            "Your validation data has {base} positives; where {deploy} of cases are positive, precision at this threshold would be {shifted} instead of {validation} (recall and false-positive rate stay the same). Suggested thresholds and costs use {deploy}."
        ),
        Lang::Ko => format!(
            "검증 데이터의 양성 비율은 {base}입니다. 양성 비율이 {deploy}인 곳에서는 이 임계값의 정밀도가 {validation}가 아니라 {shifted}가 됩니다(재현율과 거짓 양성 비율은 그대로). 추천 임계값과 비용은 {deploy} 기준입니다."
        ),
    }
}

/// The criterion "highest recall with precision ≥ {min_precision}".
pub fn recall_at_precision(lang: Lang, min_precision: f64) -> String {
    match lang {
        Lang::En => format!("Highest recall with precision ≥ {}", pct(min_precision)),
        Lang::Ko => format!("정밀도 {} 이상에서 재현율 최대", pct(min_precision)),
    }
}

/// The criterion "lowest false-positive rate with recall ≥ {min_recall}".
pub fn fpr_at_recall(lang: Lang, min_recall: f64) -> String {
    match lang {
        Lang::En => format!("Lowest false-positive rate with recall ≥ {}", pct(min_recall)),
        Lang::Ko => format!("재현율 {} 이상에서 거짓 양성 비율 최소", pct(min_recall)),
    }
}

/// Under the suggested thresholds: the prevalence they assume.
pub fn computed_at_prevalence(lang: Lang, prevalence: f64) -> String {
    match lang {
        Lang::En => format!("Computed at a prevalence of {}.", pct(prevalence)),
        Lang::Ko => format!("양성 비율 {} 기준으로 계산했습니다.", pct(prevalence)),
    }
}

/// The label of the current threshold's mark on a curve.
pub fn current_threshold(lang: Lang, threshold: f64) -> String {
    match lang {
        Lang::En => format!("Current threshold {}", num(threshold, 4)),
        Lang::Ko => format!("현재 임계값 {}", num(threshold, 4)),
    }
}

/// The ROC chart in words: its area and the rates at the current threshold.
pub fn roc_summary(lang: Lang, auc: f64, tpr: f64, fpr: f64) -> String {
    match lang {
        Lang::En => format!(
            "ROC curve with an area of {auc:.4}. At the current threshold the true-positive rate is {} and the false-positive rate {}.",
            pct(tpr),
            pct(fpr)
        ),
        Lang::Ko => format!(
            "ROC 곡선 아래 면적은 {auc:.4}입니다. 현재 임계값에서 참 양성 비율은 {}, 거짓 양성 비율은 {}입니다.",
            pct(tpr),
            pct(fpr)
        ),
    }
}

/// The precision–recall chart in words: its average precision and the figures at the current
/// threshold.
pub fn pr_summary(lang: Lang, average_precision: f64, recall: f64, precision: f64) -> String {
    let ap = average_precision;
    match lang {
        Lang::En => format!(
            "Precision–recall curve with an average precision of {ap:.4}. At the current threshold recall is {} and precision {}.",
            pct(recall),
            pct(precision)
        ),
        Lang::Ko => format!(
            "정밀도–재현율 곡선의 평균 정밀도는 {ap:.4}입니다. 현재 임계값에서 재현율은 {}, 정밀도는 {}입니다.",
            pct(recall),
            pct(precision)
        ),
    }
}

/// The precision–recall chart in words when the current threshold flags nothing: the curve is
/// drawn, but precision at this threshold is not defined.
pub fn pr_summary_nothing_flagged(lang: Lang, average_precision: f64) -> String {
    let ap = average_precision;
    match lang {
        Lang::En => format!(
            "Precision–recall curve with an average precision of {ap:.4}. The current threshold flags no case, so its precision is not defined and it has no point on the curve."
        ),
        Lang::Ko => format!(
            "정밀도–재현율 곡선의 평균 정밀도는 {ap:.4}입니다. 현재 임계값에서는 양성으로 판정하는 사례가 없어 정밀도가 정의되지 않으므로 곡선 위에 점이 없습니다."
        ),
    }
}

// ---------------------------------------------------------------------------------------------------
// Speed versus accuracy
// ---------------------------------------------------------------------------------------------------

/// The name of a candidate left unnamed: "Candidate 2" for the second.
pub fn candidate_name(lang: Lang, number: usize) -> String {
    match lang {
        Lang::En => format!("Candidate {number}"),
        Lang::Ko => format!("후보 {number}"),
    }
}

/// The accessible name of the button that removes the row `name`.
pub fn remove_label(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Remove “{name}”"),
        Lang::Ko => format!("“{name}” 삭제"),
    }
}

/// The name of a candidate's field, for pointing at a value that cannot be judged.
fn candidate_field(f: CandidateField) -> PageMsg {
    match f {
        CandidateField::Quality => PageMsg::CalcTrdQuality,
        CandidateField::P50 => PageMsg::CalcTrdP50,
        CandidateField::P95 => PageMsg::CalcTrdP95,
        CandidateField::Throughput => PageMsg::CalcTrdThroughput,
        CandidateField::Price => PageMsg::CalcTrdPricing,
        CandidateField::Size => PageMsg::CalcTrdSize,
    }
}

/// Why a candidate does not meet the requirements, costs in `currency`.
pub fn tradeoff_blocker(lang: Lang, blocker: &Blocker, currency: Option<Currency>) -> String {
    match lang {
        Lang::En => match blocker {
            Blocker::TooSlow { p95_ms, budget_ms } => {
                format!("too slow ({} ms over the {} ms budget)", num(p95_ms - budget_ms, 1), num(*budget_ms, 1))
            }
            Blocker::OverBudget { monthly_cost, budget } => {
                format!(
                    "over budget ({} a month against {})",
                    money(*monthly_cost, currency, 2),
                    money(*budget, currency, 2)
                )
            }
            Blocker::InvalidCandidate { field } => {
                format!("cannot be judged: check “{}”", lang.t(candidate_field(*field)))
            }
        },
        Lang::Ko => match blocker {
            Blocker::TooSlow { p95_ms, budget_ms } => {
                format!("너무 느림({} ms 예산보다 {} ms 초과)", num(*budget_ms, 1), num(p95_ms - budget_ms, 1))
            }
            Blocker::OverBudget { monthly_cost, budget } => {
                format!("예산 초과(월 {}, 예산 {})", money(*monthly_cost, currency, 2), money(*budget, currency, 2))
            }
            Blocker::InvalidCandidate { field } => {
                format!("판단할 수 없음: “{}” 값을 확인하세요", lang.t(candidate_field(*field)))
            }
        },
    }
}

/// The recommendation: candidate `name`, why it won, and its quality, p95 latency and monthly cost
/// (in `currency`).
pub fn tradeoff_pick(
    lang: Lang,
    name: &str,
    reason: PickReason,
    quality: f64,
    p95: f64,
    cost: (f64, Option<Currency>),
) -> String {
    let (q, l, c) = (num(quality, 4), num(p95, 1), money(cost.0, cost.1, 2));
    match lang {
        Lang::En => match reason {
            PickReason::OnlyFeasible => format!(
            "Recommended: “{name}”, the only candidate that meets the latency budget, the peak load and the monthly budget (quality {q}, p95 {l} ms, {c} a month)."
        ),
            PickReason::BestQuality => format!(
            "Recommended: “{name}”, the highest quality ({q}) among the candidates that meet every requirement (p95 {l} ms, {c} a month)."
        ),
            PickReason::CheaperAtEqualQuality => format!(
            "Recommended: “{name}”: as good as the best feasible candidate (quality {q}) and cheaper, at {c} a month (p95 {l} ms)."
        ),
        },
        Lang::Ko => match reason {
            PickReason::OnlyFeasible => format!(
            "추천: “{name}”. 지연 시간 예산, 최대 부하, 월 예산을 모두 만족하는 유일한 후보입니다(품질 {q}, p95 {l} ms, 월 {c})."
        ),
            PickReason::BestQuality => format!(
            "추천: “{name}”. 모든 요구 사항을 만족하는 후보 가운데 품질이 가장 높습니다(품질 {q}, p95 {l} ms, 월 {c})."
        ),
            PickReason::CheaperAtEqualQuality => format!(
            "추천: “{name}”. 만족하는 후보 중 최고 품질({q})과 같으면서 더 저렴합니다(월 {c}, p95 {l} ms)."
        ),
        },

    }
}

// ---------------------------------------------------------------------------------------------------
// A/B test planner
// ---------------------------------------------------------------------------------------------------

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
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(1234567), "1,234,567");
    }

    #[test]
    fn numbers_are_worded_with_separators_and_no_trailing_zeros() {
        assert_eq!(num(1234567.891, 2), "1,234,567.89");
        assert_eq!(num(-1234.5, 1), "-1,234.5");
        assert_eq!(num(2.50, 2), "2.5");
        assert_eq!(num(-0.0004, 2), "0");
        assert_eq!(num(f64::NAN, 1), "—");
        assert_eq!(pct(0.125), "12.5 %");
        assert_eq!(count(25_000), "25,000");
    }

    #[test]
    fn shares_in_words_are_right_at_both_ends() {
        let words = |lang, share| share_in_words(lang, share, Role::Subject);
        assert_eq!(words(Lang::En, 0.0), "none");
        assert_eq!(words(Lang::En, 0.005), "about 1 in 200");
        assert_eq!(words(Lang::En, 1.0 / 2400.0), "about 1 in 2,400");
        assert_eq!(words(Lang::En, 0.5), "about 5 in 10");
        assert_eq!(words(Lang::En, 0.994), "almost all (99.4 %)");
        assert_eq!(words(Lang::En, 0.99), "almost all (99 %)");
        assert_eq!(words(Lang::En, 0.99996), "almost all (99.9 %)", "never 100 % with 'almost'");
        assert_eq!(words(Lang::En, 1.0), "all");
        assert_eq!(words(Lang::Ko, 0.0), "0건이");
        assert_eq!(words(Lang::Ko, 0.005), "약 200건 중 1건이");
        assert_eq!(words(Lang::Ko, 0.5), "약 10건 중 5건이");
        assert_eq!(words(Lang::Ko, 0.994), "거의 모두(99.4 %)가");
        assert_eq!(words(Lang::Ko, 1.0), "모두가");
        assert_eq!(share_in_words(Lang::Ko, 0.994, Role::Object), "거의 모두(99.4 %)를");
        assert_eq!(share_in_words(Lang::Ko, 0.3, Role::Object), "약 10건 중 3건을");
        for share in [0.0, 0.005, 0.14, 0.15, 0.5, 0.94, 0.95, 0.994, 1.0] {
            assert!(!words(Lang::En, share).contains("10 in 10"), "{share}");
        }
    }

    #[test]
    fn import_counts_agree_with_their_number() {
        assert_eq!(imported(Lang::En, 1, 0), "Imported 1 plan.");
        assert!(imported(Lang::En, 1_200, 1).starts_with("Imported 1,200 plans; one had"));
        assert_eq!(imported(Lang::Ko, 3, 0), "계획 3개를 가져왔습니다.");
    }

    #[test]
    fn a_high_share_is_never_ten_in_ten() {
        assert_eq!(
            threshold_meaning(Lang::En, 0.9, Some(0.01), Some(0.01)),
            "At 0.9, almost all (99 %) flagged cases are false alarms, and almost all (99 %) positive cases get through."
        );
        assert_eq!(
            threshold_meaning(Lang::Ko, 0.9, Some(0.01), Some(0.01)),
            "임계값 0.9에서는 양성으로 판정한 사례 거의 모두(99 %)가 거짓 경보이고, 실제 양성 거의 모두(99 %)를 놓칩니다."
        );
    }

    #[test]
    fn threshold_meaning_puts_shares_in_words() {
        assert_eq!(
            threshold_meaning(Lang::En, 0.5, Some(0.9), Some(0.8)),
            "At 0.5, about 1 in 10 flagged cases is a false alarm, and about 2 in 10 positive cases get through."
        );
        assert_eq!(
            threshold_meaning(Lang::Ko, 0.5, Some(0.9), Some(0.8)),
            "임계값 0.5에서는 양성으로 판정한 사례 약 10건 중 1건이 거짓 경보이고, 실제 양성 약 10건 중 2건을 놓칩니다."
        );
        assert_eq!(
            threshold_meaning(Lang::En, 0.35, Some(0.95), Some(1.0)),
            "At 0.35, about 1 in 20 flagged cases is a false alarm, and no positive case gets through."
        );
        assert_eq!(threshold_meaning(Lang::Ko, 0.35, Some(0.95), None), PageMsg::CalcThrNoPositives.text(Lang::Ko));
    }

    #[test]
    fn scores_errors_give_the_line_and_how_many_more() {
        use crate::calc::threshold::BadRow;
        let bad =
            ScoresError::BadRows { first: vec![BadRow { line: 3, problem: RowProblem::ScoreNotANumber }], total: 1205 };
        assert_eq!(
            scores_error(Lang::En, &bad),
            ["Line 3: the score is not a number", "…and 1,204 more rows with problems."]
        );
        assert_eq!(
            scores_error(Lang::Ko, &bad),
            ["3행: 점수가 숫자가 아닙니다", "…그 밖에도 문제가 있는 행이 1,204개 더 있습니다."]
        );
        let large = ScoresError::TooLarge { bytes: 300 * 1_048_576, limit: 200 * 1_048_576 };
        assert_eq!(
            scores_error(Lang::En, &large),
            ["The file is 300 MB; the limit is 200 MB. Try a sample of the rows."]
        );
    }

    #[test]
    fn field_and_calculator_texts_carry_their_values() {
        assert_eq!(
            number_error(Lang::En, Some(0.0), Some(1.0), false),
            "Enter a number from 0 to 1. Until then, this field is saved as empty."
        );
        assert_eq!(
            number_error(Lang::Ko, Some(0.0), Some(1.0), false),
            "0에서 1 사이의 숫자를 입력하세요. 그전까지 이 칸은 빈 값으로 저장됩니다."
        );
        assert_eq!(
            weight_sum(Lang::En, 0.9000001, 2, 3),
            "2 of 3 objectives have a weight; so far they add up to 0.9."
        );
        assert_eq!(
            weight_sum(Lang::Ko, 0.9000001, 2, 3),
            "세부 목표 3개 중 2개에 가중치가 있고, 지금까지 합은 0.9입니다."
        );
        let slow = Blocker::TooSlow { p95_ms: 180.0, budget_ms: 150.0 };
        assert_eq!(tradeoff_blocker(Lang::En, &slow, None), "too slow (30 ms over the 150 ms budget)");
        assert_eq!(tradeoff_blocker(Lang::Ko, &slow, None), "너무 느림(150 ms 예산보다 30 ms 초과)");
        assert_eq!(candidate_name(Lang::Ko, 2), "후보 2");
        assert_eq!(
            prevalence_shift(Lang::En, 0.5, 0.1, 0.8, 0.4),
            "Your validation data has 50 % positives; where 10 % of cases are positive, precision at this threshold would be 40 % instead of 80 % (recall and false-positive rate stay the same). Suggested thresholds and costs use 10 %."
        );
        assert_eq!(
            prevalence_shift(Lang::Ko, 0.5, 0.1, 0.8, 0.4),
            "검증 데이터의 양성 비율은 50 %입니다. 양성 비율이 10 %인 곳에서는 이 임계값의 정밀도가 80 %가 아니라 40 %가 됩니다(재현율과 거짓 양성 비율은 그대로). 추천 임계값과 비용은 10 % 기준입니다."
        );
    }

    #[test]
    fn formatted_texts_carry_their_values() {
        assert!(deleted_plan(Lang::Ko, "사기 탐지").contains("사기 탐지"));
        assert_eq!(deleted_plans(Lang::En, 3), "Deleted 3 plans.");
        assert!(delete_for_good_question(Lang::Ko, "A").contains("“A”"));
        assert_eq!(step_position(Lang::En, 3, 9), "Step 3 of 9");
        assert_eq!(copy_title(Lang::Ko, "A"), "A (사본)");
        assert_eq!(plan_count(Lang::En, 1), "1 plan");
        assert_eq!(plan_count(Lang::En, 3), "3 plans");
        assert_eq!(plan_count(Lang::Ko, 1), "계획 1개");
        assert_eq!(plan_count(Lang::Ko, 3), "계획 3개");
        assert!(empty_trash_question(Lang::En, 2).contains("2 plans"));
        assert!(empty_trash_question(Lang::Ko, 1).contains("계획 1개"));
    }
}
