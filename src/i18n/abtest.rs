//! The experiment planner's texts with values.

use super::{count, num, Lang};
use crate::calc::abtest::{Correction, Formula, Method, SrmCheck, SrmError, SRM_P_LIMIT};
use crate::plan::calc_inputs::SrmInputError;

/// A method's name, as a sentence names it: "the pooled two-proportion z-test".
pub fn formula_name(lang: Lang, method: Method) -> String {
    let name = match (lang, method.formula) {
        (Lang::En, Formula::EvanMiller) => "Evan Miller's formula",
        (Lang::En, Formula::Pooled) => "the pooled two-proportion z-test",
        (Lang::En, Formula::Unpooled) => "the unpooled two-proportion z-test",
        (Lang::Ko, Formula::EvanMiller) => "Evan Miller 공식",
        (Lang::Ko, Formula::Pooled) => "합동 분산 두 비율 z-검정",
        (Lang::Ko, Formula::Unpooled) => "비합동 분산 두 비율 z-검정",
    };
    match (lang, method.continuity) {
        (_, false) => name.to_string(),
        (Lang::En, true) => format!("{name} with a continuity correction"),
        (Lang::Ko, true) => format!("{name}(연속성 보정)"),
    }
}

/// The size: users per variant and in all (`variants` of them), and the formula that gave it.
pub fn ab_users(lang: Lang, per_variant: u64, total: u64, variants: u32, method: Method) -> String {
    let (n, all, formula) = (count(per_variant), count(total), formula_name(lang, method));
    match (lang, variants) {
        (Lang::En, 2) => format!("Each of the two variants needs {n} users ({all} in all), by {formula}."),
        (Lang::En, v) => format!("Each of the {v} variants needs {n} users ({all} in all), by {formula}."),
        (Lang::Ko, v) => format!("{formula}으로 계산하면 변형 {v}개에 각각 {n}명, 모두 {all}명이 필요합니다."),
    }
}

/// How the level is set when it is not simply α two-sided: shared among `variants − 1`
/// comparisons with the control, and/or one-sided. `level` is what each comparison is tested at.
pub fn ab_level(lang: Lang, variants: u32, correction: Correction, one_sided: bool, level: f64) -> Option<String> {
    let level = num(level, 4);
    let name = match correction {
        Correction::Bonferroni => "Bonferroni",
        Correction::Sidak => "Šidák",
    };
    let comparisons = variants.saturating_sub(1);
    match (lang, comparisons > 1, one_sided) {
        (_, false, false) => None,
        (Lang::En, true, sided) => Some(format!(
            "{comparisons} variants are each compared with the control, so α is shared out by {name}: each comparison \
             is tested {} at {level}.",
            if sided { "one-sided" } else { "two-sided" }
        )),
        (Lang::En, false, true) => {
            Some(format!("One-sided at {level}: only a change in the hoped-for direction counts."))
        }
        (Lang::Ko, true, sided) => Some(format!(
            "변형 {comparisons}개를 각각 대조군과 비교하므로 {name} 방식으로 α를 나눕니다. 비교마다 {} {level}에서 \
             검정합니다.",
            if sided { "단측" } else { "양측" }
        )),
        (Lang::Ko, false, true) => Some(format!("단측 {level}: 기대한 방향의 변화만 인정합니다.")),
    }
}

/// How long the test runs, in whole weeks, and why not the `days` the traffic needs.
pub fn ab_weeks(lang: Lang, weeks: u64, days: u64) -> String {
    let d = match (lang, days) {
        (Lang::En, 1) => "1 day".to_string(),
        (Lang::En, n) => format!("{} days", count(n)),
        (Lang::Ko, n) => format!("{}일", count(n)),
    };
    match (lang, weeks) {
        (Lang::En, 1) => format!(
            "Run it for 1 week: the traffic needs {d}, rounded up to a whole week so every weekday is in the test."
        ),
        (Lang::En, w) => format!(
            "Run it for {w} weeks: the traffic needs {d}, rounded up to whole weeks so every weekday is in the test equally often."
        ),
        (Lang::Ko, w) => format!(
            "실험 기간은 {w}주입니다. 트래픽으로는 {d}이 필요하지만, 모든 요일이 고르게 들어가도록 주 단위로 올림했습니다."
        ),
    }
}

/// A test longer than `LONG_TEST_WEEKS`: what may go wrong and what to change.
pub fn ab_long(lang: Lang, weeks: u64) -> String {
    match lang {
        Lang::En => format!(
            "{weeks} weeks is long: the product, the season or the traffic may change while it runs. A larger effect \
             worth detecting, more of the traffic in the test or a lower power shortens it."
        ),
        Lang::Ko => format!(
            "{weeks}주는 깁니다. 실험 중에 제품, 계절, 트래픽이 바뀔 수 있습니다. 감지할 효과를 키우거나, 실험에 넣는 \
             트래픽을 늘리거나, 검정력을 낮추면 짧아집니다."
        ),
    }
}

/// An absolute effect in percentage points, and relative to the baseline.
fn effect_text(lang: Lang, effect: f64, baseline: f64) -> String {
    let (points, relative) = (num(effect * 100.0, 2), num(effect / baseline * 100.0, 1));
    match lang {
        Lang::En => format!("{points} points ({relative} % of the baseline)"),
        Lang::Ko => format!("{points}%p(기준 대비 {relative} %)"),
    }
}

/// The smallest lift `weeks` of traffic detect: `per_variant` users in each arm.
pub fn ab_detectable(lang: Lang, weeks: f64, per_variant: f64, effect: f64, baseline: f64) -> String {
    let (w, n, e) = (num(weeks, 0), count(per_variant as u64), effect_text(lang, effect, baseline));
    match lang {
        Lang::En => format!(
            "In {w} weeks your traffic brings {n} users to each variant: enough to detect a lift of {e} or more."
        ),
        Lang::Ko => format!("{w}주 동안 트래픽이 변형마다 {n}명을 모읍니다. {e} 이상의 상승을 감지할 수 있습니다."),
    }
}

/// The effect asked for needs more than a year (or more users than can be counted): say what
/// the traffic can detect instead. `effect` is `None` when not even the largest lift is.
pub fn ab_too_small(lang: Lang, weeks: f64, effect: Option<f64>, baseline: f64) -> String {
    let w = num(weeks, 0);
    match (lang, effect) {
        (Lang::En, Some(e)) => format!(
            "That effect is too small to detect with this traffic. The smallest effect it detects in {w} weeks is {}.",
            effect_text(lang, e, baseline)
        ),
        (Lang::Ko, Some(e)) => format!(
            "그 효과는 이 트래픽으로 감지하기에 너무 작습니다. {w}주 동안 감지할 수 있는 가장 작은 효과는 {}입니다.",
            effect_text(lang, e, baseline)
        ),
        (Lang::En, None) => format!(
            "That effect is too small to detect with this traffic, and in {w} weeks no lift is detectable at all."
        ),
        (Lang::Ko, None) => {
            format!("그 효과는 이 트래픽으로 감지하기에 너무 작고, {w}주 동안은 어떤 상승도 감지할 수 없습니다.")
        }
    }
}

/// A p-value as people read it: four decimals, or "< 0.0001".
pub fn p_value(p: f64) -> String {
    if p < 1e-4 {
        "< 0.0001".to_string()
    } else {
        format!("= {}", num(p, 4))
    }
}

/// The sample-ratio check's verdict.
pub fn srm_result(lang: Lang, check: &SrmCheck) -> String {
    let (p, limit) = (p_value(check.p_value), num(SRM_P_LIMIT, 3));
    match (lang, check.mismatch) {
        (Lang::En, true) => format!(
            "Sample-ratio mismatch (p {p}, below {limit}): the arms did not get the traffic planned, so the results \
             cannot be trusted until the cause is found, such as a redirect that loses users, a filter on one arm or \
             a bug in the assignment."
        ),
        (Lang::En, false) => format!("No sign of a mismatch (p {p}): the traffic is split as planned."),
        (Lang::Ko, true) => format!(
            "표본 비율 불일치입니다(p {p}, {limit} 미만). 각 변형이 계획한 만큼 트래픽을 받지 못했으므로, 사용자를 잃는 \
             리디렉션, 한쪽에만 걸린 필터, 배정 버그 같은 원인을 찾기 전까지는 결과를 믿을 수 없습니다."
        ),
        (Lang::Ko, false) => format!("불일치의 징후가 없습니다(p {p}). 트래픽이 계획대로 나뉘었습니다."),
    }
}

/// Why the sample-ratio check shows no answer yet.
pub fn srm_problem(lang: Lang, problem: SrmInputError) -> String {
    let arm = |i: usize| i + 1;
    match (lang, problem) {
        (Lang::En, SrmInputError::MissingCount { index }) => format!("Enter the users counted in arm {}.", arm(index)),
        (Lang::Ko, SrmInputError::MissingCount { index }) => {
            format!("변형 {}에서 센 사용자 수를 입력하세요.", arm(index))
        }
        (Lang::En, SrmInputError::MissingShare { index }) => format!("Enter the planned share of arm {}.", arm(index)),
        (Lang::Ko, SrmInputError::MissingShare { index }) => format!("변형 {}의 계획 비율을 입력하세요.", arm(index)),
        (Lang::En, SrmInputError::CountNotWhole { index }) => {
            format!("The count of arm {} must be a whole number of 0 or more.", arm(index))
        }
        (Lang::Ko, SrmInputError::CountNotWhole { index }) => {
            format!("변형 {}의 사용자 수는 0 이상의 정수여야 합니다.", arm(index))
        }
        (_, SrmInputError::Invalid(e)) => srm_error(lang, e),
    }
}

fn srm_error(lang: Lang, e: SrmError) -> String {
    match (lang, e) {
        (Lang::En, SrmError::TooFewArms) => "The check needs at least two arms.".to_string(),
        (Lang::Ko, SrmError::TooFewArms) => "확인하려면 변형이 두 개 이상 있어야 합니다.".to_string(),
        (Lang::En, SrmError::ShareCountMismatch) => "Each arm needs its planned share.".to_string(),
        (Lang::Ko, SrmError::ShareCountMismatch) => "변형마다 계획 비율이 있어야 합니다.".to_string(),
        (Lang::En, SrmError::ShareNotPositive { index }) => {
            format!("The planned share of arm {} must be above 0.", index + 1)
        }
        (Lang::Ko, SrmError::ShareNotPositive { index }) => {
            format!("변형 {}의 계획 비율은 0보다 커야 합니다.", index + 1)
        }
        (Lang::En, SrmError::SharesDoNotSumToOne { sum }) => {
            format!("The planned shares add up to {}; they must add up to 1 (or to 100 as percentages).", num(sum, 4))
        }
        (Lang::Ko, SrmError::SharesDoNotSumToOne { sum }) => {
            format!("계획 비율의 합이 {}입니다. 합이 1(백분율이면 100)이어야 합니다.", num(sum, 4))
        }
        (Lang::En, SrmError::NoObservations) => "No user is counted yet in any arm.".to_string(),
        (Lang::Ko, SrmError::NoObservations) => "아직 어느 변형에도 센 사용자가 없습니다.".to_string(),
    }
}

/// One of the plan's ties from a model metric to a business metric (blank ones named by a dash).
pub fn metric_tie(lang: Lang, model: &str, business: &str) -> String {
    let name = |s: &str| if s.trim().is_empty() { "—".to_string() } else { format!("“{}”", s.trim()) };
    match lang {
        Lang::En => format!("{} moves {}", name(model), name(business)),
        Lang::Ko => format!("{} → {}", name(model), name(business)),
    }
}
