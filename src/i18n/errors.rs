//! The regression-error calculator's texts with values.

use super::{count, money, num, pct, Lang};
use crate::calc::columns::{BadLine, CellProblem, Role, TableError, MAX_GROUPS, MAX_TABLE_ROWS};
use crate::calc::regression::{Fallback, Guard, Tolerance};
use crate::plan::{Currency, GuardResult};

/// A role's name as a sentence uses it.
fn role_name(lang: Lang, role: Role) -> &'static str {
    match (lang, role) {
        (Lang::En, Role::Actual) => "the actual value",
        (Lang::En, Role::Predicted) => "the prediction",
        (Lang::En, Role::Rule) => "the rule estimate",
        (Lang::En, Role::Group) => "the group",
        (Lang::En, Role::Value) => "the value",
        (Lang::En, Role::Label) => "the label",
        (Lang::Ko, Role::Actual) => "실제 값",
        (Lang::Ko, Role::Predicted) => "예측값",
        (Lang::Ko, Role::Rule) => "규칙 추정값",
        (Lang::Ko, Role::Group) => "그룹",
        (Lang::Ko, Role::Value) => "값",
        (Lang::Ko, Role::Label) => "레이블",
    }
}

/// One bad row: "Line 4: the prediction is not a number."
pub fn bad_line(lang: Lang, bad: &BadLine) -> String {
    let line = count(bad.line as u64);
    match (lang, bad.problem) {
        (Lang::En, CellProblem::Missing(r)) => format!("Line {line}: {} is missing.", role_name(lang, r)),
        (Lang::En, CellProblem::NotANumber(r)) => format!("Line {line}: {} is not a number.", role_name(lang, r)),
        (Lang::En, CellProblem::NotFinite(r)) => format!("Line {line}: {} is NaN or infinite.", role_name(lang, r)),
        (Lang::Ko, CellProblem::Missing(r)) => format!("{line}번째 줄: {}이(가) 비어 있습니다.", role_name(lang, r)),
        (Lang::Ko, CellProblem::NotANumber(r)) => {
            format!("{line}번째 줄: {}이(가) 숫자가 아닙니다.", role_name(lang, r))
        }
        (Lang::Ko, CellProblem::NotFinite(r)) => {
            format!("{line}번째 줄: {}이(가) NaN이거나 무한대입니다.", role_name(lang, r))
        }
    }
}

/// Why a file of actual and predicted values could not be read, a line per reason.
pub fn table_error(lang: Lang, error: &TableError) -> Vec<String> {
    match (lang, error) {
        (Lang::En, TableError::Empty) => vec!["The file has no data rows.".into()],
        (Lang::Ko, TableError::Empty) => vec!["파일에 데이터 행이 없습니다.".into()],
        (Lang::En, TableError::TooManyRows) => {
            vec![format!("There are more than {} rows. Try a sample of the rows.", count(MAX_TABLE_ROWS as u64))]
        }
        (Lang::Ko, TableError::TooManyRows) => {
            vec![format!("행이 {}개를 넘습니다. 행 일부만 골라 다시 시도하세요.", count(MAX_TABLE_ROWS as u64))]
        }
        (Lang::En, TableError::Unmapped(role)) => vec![format!("Choose the column with {}.", role_name(lang, *role))],
        (Lang::Ko, TableError::Unmapped(role)) => vec![format!("{}이(가) 든 열을 고르세요.", role_name(lang, *role))],
        (Lang::En, TableError::TooFewColumns { found, needed }) => vec![format!(
            "The file has {found} column where {needed} are needed: the actual values and the predictions, separated \
             by commas, tabs or semicolons."
        )],
        (Lang::Ko, TableError::TooFewColumns { found, needed }) => vec![format!(
            "파일의 열이 {found}개뿐인데 {needed}개가 필요합니다. 실제 값과 예측값을 쉼표, 탭, 세미콜론으로 나눠 주세요."
        )],
        (Lang::En, TableError::TooManyGroups) => vec![format!(
            "The group column has more than {MAX_GROUPS} different values, so it is not a grouping. Choose another \
             column or none."
        )],
        (Lang::Ko, TableError::TooManyGroups) => vec![format!(
            "그룹 열의 값이 {MAX_GROUPS}가지를 넘어 그룹으로 볼 수 없습니다. 다른 열을 고르거나 고르지 마세요."
        )],
        (_, TableError::BadRows { first, total }) => {
            let mut lines: Vec<String> = first.iter().map(|b| bad_line(lang, b)).collect();
            lines.push(match lang {
                Lang::En => format!("{} rows in all cannot be read.", count(*total as u64)),
                Lang::Ko => format!("읽을 수 없는 행이 모두 {}개입니다.", count(*total as u64)),
            });
            lines
        }
    }
}

/// "48,210 predictions from fares.csv." (`file` is `None` for pasted rows.)
pub fn errors_rows(lang: Lang, rows: u64, file: Option<&str>) -> String {
    let n = count(rows);
    match (lang, file) {
        (Lang::En, Some(f)) => format!("{n} predictions from {f}."),
        (Lang::En, None) => format!("{n} predictions from the pasted rows."),
        (Lang::Ko, Some(f)) => format!("{f}의 예측 {n}개."),
        (Lang::Ko, None) => format!("붙여 넣은 행의 예측 {n}개."),
    }
}

/// "3 rows were skipped, the first on lines 4, 9 and 12."
pub fn errors_skipped(lang: Lang, total: usize, first: &[BadLine]) -> String {
    let lines: Vec<String> = first.iter().map(|b| count(b.line as u64)).collect();
    let lines = lines.join(", ");
    match lang {
        Lang::En => format!("{} rows that could not be read were skipped (lines {lines}…).", count(total as u64)),
        Lang::Ko => format!("읽을 수 없는 행 {}개를 건너뛰었습니다({lines}번째 줄…).", count(total as u64)),
    }
}

/// A tolerance as written: "10 %" or "₩2,000".
pub fn tolerance_text(tolerance: Tolerance, currency: Option<Currency>) -> String {
    match tolerance {
        Tolerance::Relative(f) => format!("{} %", num(f * 100.0, 2)),
        Tolerance::Absolute(a) => money(a, currency, 4),
    }
}

/// "62.0 % of the predictions are within 10 % of the actual value."
pub fn errors_within(lang: Lang, share: f64, tolerance: Tolerance, currency: Option<Currency>) -> String {
    let (share, t) = (pct(share), tolerance_text(tolerance, currency));
    match lang {
        Lang::En => format!("{share} of the predictions are within {t} of the actual value."),
        Lang::Ko => format!("예측의 {share}가 실제 값과 {t} 이내로 가깝습니다."),
    }
}

/// What the histogram shows, for its accessible name.
pub fn errors_chart_title(lang: Lang, relative: bool, log: bool) -> String {
    match (lang, relative, log) {
        (Lang::En, false, false) => "How many predictions have each size of error".into(),
        (Lang::En, true, false) => "How many predictions have each error relative to the actual value".into(),
        (Lang::En, false, true) => "How many predictions have each size of error, on a logarithmic scale".into(),
        (Lang::En, true, true) => {
            "How many predictions have each error relative to the actual value, on a logarithmic scale".into()
        }
        (Lang::Ko, false, false) => "오차 크기별 예측 수".into(),
        (Lang::Ko, true, false) => "실제 값 대비 오차별 예측 수".into(),
        (Lang::Ko, false, true) => "오차 크기별 예측 수(로그 눈금)".into(),
        (Lang::Ko, true, true) => "실제 값 대비 오차별 예측 수(로그 눈금)".into(),
    }
}

/// Under the chart when the bars are logarithmic: why.
pub fn errors_log_note(lang: Lang, left_out: usize) -> String {
    let base = match lang {
        Lang::En => {
            "A few errors are far larger than the rest, so the bars are on a logarithmic scale: each mark on the \
                     axis is ten times the one before."
                .to_string()
        }
        Lang::Ko => {
            "몇몇 오차가 나머지보다 훨씬 커서 막대를 로그 눈금로 그렸습니다. 축의 눈금 하나는 앞 눈금의 10배입니다."
                .to_string()
        }
    };
    with_left_out(lang, base, left_out)
}

/// A note on rows left out of relative errors (an actual of 0), after `text`.
pub fn with_left_out(lang: Lang, text: String, left_out: usize) -> String {
    if left_out == 0 {
        return text;
    }
    let n = count(left_out as u64);
    match lang {
        Lang::En => format!("{text} {n} rows with an actual value of 0 have no relative error and are left out."),
        Lang::Ko => format!("{text} 실제 값이 0인 행 {n}개는 상대 오차가 없어 뺐습니다."),
    }
    .trim_start()
    .to_string()
}

/// A guard in words, each value written by `value`; `None` for an empty guard.
/// "Predictions are kept between ₩4,800 and ₩300,000, and at most 1.3 × the rule estimate."
pub fn guard_text(lang: Lang, guard: &Guard, value: impl Fn(f64) -> String) -> Option<String> {
    let mut parts = Vec::new();
    match (lang, guard.floor, guard.cap) {
        (_, None, None) => {}
        (Lang::En, Some(lo), Some(hi)) => parts.push(format!("kept between {} and {}", value(lo), value(hi))),
        (Lang::En, Some(lo), None) => parts.push(format!("never below {}", value(lo))),
        (Lang::En, None, Some(hi)) => parts.push(format!("never above {}", value(hi))),
        (Lang::Ko, Some(lo), Some(hi)) => parts.push(format!("{}에서 {} 사이로 제한", value(lo), value(hi))),
        (Lang::Ko, Some(lo), None) => parts.push(format!("{} 이상으로 제한", value(lo))),
        (Lang::Ko, None, Some(hi)) => parts.push(format!("{} 이하로 제한", value(hi))),
    }
    if let Some(m) = guard.rule_multiple {
        parts.push(match lang {
            Lang::En => format!("at most {} × the rule estimate", num(m, 2)),
            Lang::Ko => format!("규칙 추정값의 {}배 이하로 제한", num(m, 2)),
        });
    }
    if guard.band_low.is_some() || guard.band_high.is_some() {
        let condition = match (lang, guard.band_low, guard.band_high) {
            (Lang::En, Some(lo), Some(hi)) => format!("outside {}–{}", value(lo), value(hi)),
            (Lang::En, Some(lo), None) => format!("below {}", value(lo)),
            (Lang::En, None, hi) => format!("above {}", value(hi.unwrap_or(f64::NAN))),
            (Lang::Ko, Some(lo), Some(hi)) => format!("{}–{} 범위 밖이면", value(lo), value(hi)),
            (Lang::Ko, Some(lo), None) => format!("{}보다 낮으면", value(lo)),
            (Lang::Ko, None, hi) => format!("{}보다 높으면", value(hi.unwrap_or(f64::NAN))),
        };
        let fallback = match (lang, guard.fallback) {
            (Lang::En, Some(Fallback::Rule)) => "the rule estimate".to_string(),
            (Lang::Ko, Some(Fallback::Rule)) => "규칙 추정값".to_string(),
            (_, Some(Fallback::Value(v))) => value(v),
            (Lang::En, None) => "a fallback still to choose".to_string(),
            (Lang::Ko, None) => "아직 정하지 않은 대체값".to_string(),
        };
        parts.push(match lang {
            Lang::En => format!("replaced by {fallback} when {condition}"),
            Lang::Ko => format!("{condition} {fallback}(으)로 대체"),
        });
    }
    if parts.is_empty() {
        return None;
    }
    Some(match lang {
        Lang::En => format!("Predictions are {}.", parts.join(", and ")),
        Lang::Ko => format!("예측값을 {}합니다.", parts.join("하고, ")),
    })
}

/// What the guard did on the validation file: "On 48,210 validation predictions it changed 37;
/// the largest error went from ₩98,500,000 to ₩21,000 and RMSE from ₩2,310 to ₩1,480."
pub fn guard_effect_text(lang: Lang, rows: u64, r: &GuardResult, value: impl Fn(f64) -> String) -> String {
    let (rows, changed) = (count(rows), count(r.changed));
    let (max0, max1, rmse0, rmse1) =
        (value(r.max_before), value(r.max_after), value(r.rmse_before), value(r.rmse_after));
    let (w0, w1) = (pct(r.within_before), pct(r.within_after));
    match lang {
        Lang::En => format!(
            "On {rows} validation predictions it changed {changed}: the largest error went from {max0} to {max1}, RMSE \
             from {rmse0} to {rmse1}, and the share within the tolerance from {w0} to {w1}."
        ),
        Lang::Ko => format!(
            "검증 예측 {rows}개 중 {changed}개를 바꿨습니다. 가장 큰 오차는 {max0}에서 {max1}(으)로, RMSE는 {rmse0}에서 \
             {rmse1}(으)로, 허용 범위 안 비율은 {w0}에서 {w1}(으)로 바뀌었습니다."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn within_names_the_tolerance_in_the_plan_currency() {
        let t = errors_within(Lang::En, 0.62, Tolerance::Absolute(2000.0), Some(Currency::Krw));
        assert_eq!(t, "62 % of the predictions are within ₩2,000 of the actual value.");
        assert!(errors_within(Lang::Ko, 0.5, Tolerance::Relative(0.1), None).contains("10 %"));
    }

    #[test]
    fn bad_rows_are_named_by_line_in_both_languages() {
        let e = TableError::BadRows {
            first: vec![BadLine { line: 4, problem: CellProblem::NotANumber(Role::Predicted) }],
            total: 2,
        };
        assert_eq!(
            table_error(Lang::En, &e),
            ["Line 4: the prediction is not a number.", "2 rows in all cannot be read."]
        );
        assert!(table_error(Lang::Ko, &e)[0].starts_with("4번째 줄"));
    }
}

#[cfg(test)]
mod guard_tests {
    use super::*;

    #[test]
    fn a_guard_reads_as_one_sentence() {
        let guard = Guard { floor: Some(4800.0), cap: Some(300000.0), rule_multiple: Some(1.3), ..Guard::default() };
        let text = guard_text(Lang::En, &guard, |v| money(v, Some(Currency::Krw), 2)).unwrap();
        assert_eq!(text, "Predictions are kept between ₩4,800 and ₩300,000, and at most 1.3 × the rule estimate.");
        assert!(guard_text(Lang::Ko, &guard, |v| num(v, 2)).unwrap().contains("1.3배"));
        assert_eq!(guard_text(Lang::En, &Guard::default(), |v| num(v, 2)), None);
        let band = Guard { band_high: Some(1e6), fallback: Some(Fallback::Rule), ..Guard::default() };
        assert_eq!(
            guard_text(Lang::En, &band, |v| num(v, 0)).unwrap(),
            "Predictions are replaced by the rule estimate when above 1,000,000."
        );
    }
}
