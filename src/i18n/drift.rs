//! The drift check's texts with values.

use super::{count, num, p_value, Lang};
use crate::calc::drift::{MetricChange, MetricKind, PsiReading, PSI_ACT, PSI_WATCH};
use crate::plan::DriftMeasure;

/// "5,000 reference values (train.csv) against 1,200 current values (last_week.csv)."
pub fn drift_rows(lang: Lang, reference: (u64, Option<&str>), current: (u64, Option<&str>)) -> String {
    let file = |f: Option<&str>| f.map(|f| format!(" ({f})")).unwrap_or_default();
    let ((rn, rf), (cn, cf)) = ((count(reference.0), file(reference.1)), (count(current.0), file(current.1)));
    match lang {
        Lang::En => format!("{rn} reference values{rf} against {cn} current values{cf}."),
        Lang::Ko => format!("기준 기간{rf}의 값 {rn}개와 현재 기간{cf}의 값 {cn}개를 비교합니다."),
    }
}

/// The KS statistic and its p-value in words.
pub fn drift_ks(lang: Lang, statistic: f64, p: f64) -> String {
    let (d, p) = (num(statistic, 3), p_value(p));
    match lang {
        Lang::En => format!(
            "The two distribution functions are at most {d} apart (the Kolmogorov–Smirnov statistic; p {p}). With many \
             values even a harmless shift has a tiny p-value, so judge by the size of the gap."
        ),
        Lang::Ko => format!(
            "두 분포 함수의 차이는 최대 {d}입니다(콜모고로프–스미르노프 통계량, p {p}). 값이 많으면 해롭지 않은 변화도 \
             p-값이 아주 작아지므로 차이의 크기로 판단하세요."
        ),
    }
}

/// The PSI with the usual reading, stated as a rule of thumb.
pub fn drift_psi(lang: Lang, psi: f64, reading: PsiReading) -> String {
    let (v, watch, act) = (num(psi, 3), num(PSI_WATCH, 2), num(PSI_ACT, 2));
    let word = match (lang, reading) {
        (Lang::En, PsiReading::Stable) => "stable",
        (Lang::En, PsiReading::Watch) => "worth watching",
        (Lang::En, PsiReading::Act) => "a shift to act on",
        (Lang::Ko, PsiReading::Stable) => "안정",
        (Lang::Ko, PsiReading::Watch) => "지켜볼 만한 변화",
        (Lang::Ko, PsiReading::Act) => "조치가 필요한 변화",
    };
    match lang {
        Lang::En => format!(
            "PSI {v}: {word}, by the usual rule of thumb (under {watch} stable, {watch} to {act} watch, over {act} act), \
             a habit of practice rather than a test."
        ),
        Lang::Ko => format!(
            "PSI {v}: 흔히 쓰는 경험 법칙({watch} 미만 안정, {watch}–{act} 관찰, {act} 초과 조치)으로 보면 {word}입니다. \
             통계 검정이 아니라 실무의 관례입니다."
        ),
    }
}

/// How the model's own figure moved, from the labels in both periods.
pub fn drift_metric(lang: Lang, change: &MetricChange) -> String {
    let (r, c) = (num(change.reference, 3), num(change.current, 3));
    let worse = match change.kind {
        MetricKind::RocAuc => change.current < change.reference,
        MetricKind::Rmse => change.current > change.reference,
    };
    match (lang, change.kind, worse) {
        (Lang::En, MetricKind::RocAuc, _) => format!(
            "With the labels, ROC AUC went from {r} in the reference period to {c} in the current one{}.",
            if worse { ": the model ranks worse now" } else { "" }
        ),
        (Lang::En, MetricKind::Rmse, _) => format!(
            "With the actual values, RMSE went from {r} in the reference period to {c} in the current one{}.",
            if worse { ": the predictions are further off now" } else { "" }
        ),
        (Lang::Ko, MetricKind::RocAuc, _) => format!(
            "레이블로 보면 ROC AUC가 기준 기간 {r}에서 현재 기간 {c}(으)로 바뀌었습니다{}.",
            if worse { ". 모델의 순위 매기기가 나빠졌습니다" } else { "" }
        ),
        (Lang::Ko, MetricKind::Rmse, _) => format!(
            "실제 값으로 보면 RMSE가 기준 기간 {r}에서 현재 기간 {c}(으)로 바뀌었습니다{}.",
            if worse { ". 예측이 더 빗나가고 있습니다" } else { "" }
        ),
    }
}

/// The measure as an English sentence names it.
fn en_name(measure: DriftMeasure) -> &'static str {
    match measure {
        DriftMeasure::Psi => "PSI",
        DriftMeasure::Ks => "KS statistic",
    }
}

/// The measure as the subject of a Korean sentence, with its particle.
fn ko_subject(measure: DriftMeasure) -> &'static str {
    match measure {
        DriftMeasure::Psi => "PSI가",
        DriftMeasure::Ks => "KS 통계량이",
    }
}

/// What to do, from the chosen measure against its limit.
pub fn drift_advice(lang: Lang, measure: DriftMeasure, value: f64, limit: f64) -> String {
    let (name, subject, v, l) = (en_name(measure), ko_subject(measure), num(value, 3), num(limit, 3));
    match (lang, value > limit) {
        (Lang::En, true) => format!(
            "The {name} is {v}, above the retraining limit of {l}. Before retraining, find what moved: a new group of \
             users, a broken or renamed feature, a season, or a change in how the data is collected. Then retrain on \
             recent data and check the errors again."
        ),
        (Lang::En, false) => format!(
            "The {name} is {v}, within the retraining limit of {l}: no retraining is needed for drift. Check again every \
             period, and keep watching the model's own errors, which can worsen without the inputs moving."
        ),
        (Lang::Ko, true) => format!(
            "{subject} {v}로 재학습 기준 {l}을(를) 넘었습니다. 재학습하기 전에 무엇이 바뀌었는지 찾으세요. 새로운 사용자 \
             집단, 고장 나거나 이름이 바뀐 특성, 계절, 데이터 수집 방식의 변화 등입니다. 그다음 최근 데이터로 재학습하고 \
             오차를 다시 확인하세요."
        ),
        (Lang::Ko, false) => format!(
            "{subject} {v}로 재학습 기준 {l} 이내입니다. 드리프트 때문에 재학습할 필요는 없습니다. 기간마다 다시 확인하고, \
             입력이 그대로여도 나빠질 수 있는 모델의 오차도 계속 지켜보세요."
        ),
    }
}

/// The retraining trigger for the Monitoring step.
pub fn drift_trigger(lang: Lang, measured: &str, measure: DriftMeasure, limit: f64, last: Option<f64>) -> String {
    let (name, l) = (en_name(measure), num(limit, 3));
    let measured = measured.trim();
    let last = last.map(|v| num(v, 3));
    match lang {
        Lang::En => {
            let of = if measured.is_empty() { String::new() } else { format!(" of {measured}") };
            let last = last.map(|v| format!(" (last measured: {v})")).unwrap_or_default();
            format!(
                "Retrain when the {name}{of} between the reference period and the latest period goes above {l}{last}."
            )
        }
        Lang::Ko => {
            let of = if measured.is_empty() { String::new() } else { format!("{measured}의 ") };
            let last = last.map(|v| format!("(마지막 측정값: {v})")).unwrap_or_default();
            format!("기준 기간과 최근 기간 사이 {of}{} {l}을(를) 넘으면 재학습합니다{last}.", ko_subject(measure))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trigger_names_what_is_measured_and_the_limit() {
        assert_eq!(
            drift_trigger(Lang::En, "fare predictions", DriftMeasure::Psi, 0.25, Some(0.31)),
            "Retrain when the PSI of fare predictions between the reference period and the latest period goes above \
             0.25 (last measured: 0.31)."
        );
        assert!(drift_trigger(Lang::Ko, "", DriftMeasure::Ks, 0.1, None).contains("KS 통계량이 0.1"));
        assert!(drift_advice(Lang::En, DriftMeasure::Psi, 0.3, 0.25).contains("above the retraining limit"));
    }
}
