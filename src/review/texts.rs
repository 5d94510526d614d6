//! The review's texts in English and Korean: its fixed texts are the [`ReviewMsg`] table, and its
//! texts with values (findings that name entries or numbers) are the functions below it, each
//! matching on [`Lang`], so a missing translation or a new language does not compile.

use super::rules::{Detail, ItemKind};
use super::verdict::Question;
use crate::i18n::{messages, Lang};

messages! {
    /// A fixed text of the feasibility verdict or of the plan review. Only the step pages, the
    /// review and the report show them, so the table is read directly: it goes with their code.
    ReviewMsg;
    // Severities
    SeverityError { en: "Must fix", ko: "반드시 수정" }
    SeverityWarning { en: "Should fix", ko: "수정 권장" }
    SeverityInfo { en: "Consider", ko: "검토 제안" }
    // Why each verdict rule leads where it does, in the order of VERDICT_RULES
    WhyNotStarted { en: "No question is answered yet, so there is nothing to judge.", ko: "아직 답한 질문이 없어 판단할 근거가 없습니다." }
    WhyUnethical {
        en: "An unethical task should not be automated, however well a model could learn it.",
        ko: "비윤리적인 일은 모델이 아무리 잘 배우더라도 자동화해서는 안 됩니다.",
    }
    WhyNoPattern { en: "Without a pattern there is nothing for a model to learn.", ko: "패턴이 없으면 모델이 배울 것이 없습니다." }
    WhyNoObjective {
        en: "A model cannot be trained without an objective function to optimise.",
        ko: "최적화할 목적함수가 없으면 모델을 학습시킬 수 없습니다.",
    }
    WhyNotCostEffective {
        en: "When ML costs more than it returns, the project loses even if the model works.",
        ko: "머신러닝 비용이 얻는 가치보다 크면 모델이 잘 동작하더라도 손해입니다.",
    }
    WhySimpleSolution {
        en: "A simple solution exists: build it first and reach for ML only if it falls short.",
        ko: "간단한 해법이 있습니다. 그것을 먼저 만들고, 부족할 때만 머신러닝을 쓰세요.",
    }
    WhyNotComplex {
        en: "A pattern that a few rules can capture does not need a model.",
        ko: "몇 가지 규칙으로 표현되는 패턴이라면 모델이 필요 없습니다.",
    }
    WhyNoData {
        en: "A model cannot learn without data; rules can do the job while data is collected.",
        ko: "데이터 없이는 모델이 배울 수 없습니다. 데이터를 모으는 동안은 규칙으로 일을 처리할 수 있습니다.",
    }
    WhyBadData {
        en: "A model trained on poor data learns its flaws; rules can do the job while better data is gathered.",
        ko: "품질이 낮은 데이터로 학습한 모델은 그 결함까지 배웁니다. 더 나은 데이터를 모으는 동안은 규칙으로 처리하세요.",
    }
    WhyUnsure {
        en: "An \"unsure\" answer to a question that can decide against ML could still tip the verdict either way.",
        ko: "머신러닝 여부를 가를 수 있는 질문이 '잘 모르겠음'으로 남아 있어 결론이 어느 쪽으로든 바뀔 수 있습니다.",
    }
    WhyUnanswered {
        en: "A question that can decide against ML has no answer yet, so it could still change the verdict.",
        ko: "머신러닝 여부를 가를 수 있는 질문에 아직 답하지 않아 결론이 바뀔 수 있습니다.",
    }
    WhyLabelIssues {
        en: "ML can still fit: plan how labels are gathered and corrected, and keep the rules you have as the \
             baseline to beat.",
        ko: "머신러닝을 쓸 수 있습니다. 레이블을 어떻게 모으고 바로잡을지 계획하고, 지금 쓰는 규칙을 넘어서야 할 \
             베이스라인으로 두세요.",
    }
    WhyUnsureCaveat {
        en: "An \"unsure\" here changes how ML is done, not whether; find out before you build.",
        ko: "여기의 '잘 모르겠음'은 머신러닝을 쓸지가 아니라 어떻게 쓸지를 바꿉니다. 만들기 전에 확인하세요.",
    }
    WhyUnansweredCaveat {
        en: "An open question here changes how ML is done, not whether; answer it before you build.",
        ko: "여기에 답하지 않은 질문은 머신러닝을 쓸지가 아니라 어떻게 쓸지를 바꿉니다. 만들기 전에 답하세요.",
    }
    WhyCatastrophic {
        en: "ML can still fit, but only with guards that catch a wildly wrong prediction.",
        ko: "머신러닝을 쓸 수는 있지만, 터무니없이 틀린 예측을 걸러 낼 안전장치가 있어야 합니다.",
    }
    WhyExplainAll {
        en: "ML can still fit if each decision can be explained to the people who need it.",
        ko: "결정마다 필요한 사람에게 설명할 수 있다면 머신러닝을 쓸 수 있습니다.",
    }
    WhyNotRepeated {
        en: "Without repetition little labour is saved, so the value has to come from somewhere else.",
        ko: "반복되지 않는 일이면 아끼는 노동이 적으므로, 가치는 다른 곳에서 나와야 합니다.",
    }
    WhyAllClear {
        en: "The signals that matter are present and no blocking red flag is raised.",
        ko: "중요한 신호가 모두 있고, 진행을 막는 위험 신호가 없습니다.",
    }
    // Review findings without values, in the order of RULES
    ProblemStatementEmpty {
        en: "The problem statement is empty. Describe the concrete problem, who has it, and how it is handled today.",
        ko: "문제 정의가 비어 있습니다. 해결할 구체적인 문제와 그 문제를 겪는 사람, 지금의 처리 방식을 적으세요.",
    }
    ProblemValueMissing {
        en: "No value is stated. Say what solving this brings to the product or the business, not how interesting it is.",
        ko: "이 문제를 풀었을 때의 가치가 적혀 있지 않습니다. 흥미로운 점이 아니라 제품이나 비즈니스에 주는 이득을 적으세요.",
    }
    GoalMissing {
        en: "The goal is empty. State the large purpose the objectives serve, such as \"raise engagement while limiting misinformation\".",
        ko: "목표가 비어 있습니다. 세부 목표들이 향하는 큰 목적을 적으세요. 예: 허위 정보는 줄이면서 사용자 참여는 높이기.",
    }
    ObjectivesMissing {
        en: "There are no objectives yet. Break the goal into concrete objectives that a model can be trained and measured on.",
        ko: "세부 목표가 없습니다. 목표를 모델로 학습하고 측정할 수 있는 구체적인 세부 목표로 나누세요.",
    }
    DataMissing {
        en: "No data source is listed and there is no collection plan. A model learns only from data: list what exists, or plan how to gather it.",
        ko: "데이터 소스도 수집 계획도 없습니다. 모델은 데이터로만 배웁니다. 이미 있는 데이터를 적거나 모을 방법을 계획하세요.",
    }
    CatastrophicWithoutGuards {
        en: "You said a single wrong prediction would be catastrophic, yet no guard is planned. Describe the post-processing guards, such as limits, sanity checks or human review, that stop one.",
        ko: "잘못된 예측 하나가 치명적이라고 답했지만 안전장치가 계획되어 있지 않습니다. 그런 예측을 막을 후처리 안전장치(상한·하한, 상식 검사, 사람 검토 등)를 적으세요.",
    }
    ExplainAllWithoutInterpretability {
        en: "Every decision must be explained, but the interpretability constraint is empty. Say who needs the explanations and in what form.",
        ko: "모든 결정을 설명해야 한다고 답했지만 해석 가능성 제약조건이 비어 있습니다. 누구에게 어떤 형태로 설명할지 적으세요.",
    }
    ScheduleMissing {
        en: "The schedule is empty. Without a deadline the plan cannot separate what matters now from what can wait.",
        ko: "일정이 비어 있습니다. 마감이 없으면 지금 할 일과 나중으로 미뤄도 되는 일을 나눌 수 없습니다.",
    }
    RiskRegisterEmpty {
        en: "The risk register is empty. List what could go wrong, such as data drift, privacy or unfair results, with its likelihood and impact.",
        ko: "리스크 목록이 비어 있습니다. 데이터 드리프트, 개인정보, 불공정한 결과처럼 잘못될 수 있는 일을 발생 가능성, 영향도와 함께 적으세요.",
    }
    BaselineMissing {
        en: "There is no baseline, so nothing shows that a model is any better. A simple rule or a dummy model is enough to start.",
        ko: "베이스라인이 없어 모델이 더 낫다는 것을 보여 줄 기준이 없습니다. 간단한 규칙이나 더미 모델로 시작해도 충분합니다.",
    }
    RulesFirstWithoutRuleBaseline {
        en: "The feasibility verdict is to start with rules, but the baseline is not rule-based. Make the rule-based system the baseline a model must beat.",
        ko: "타당성 결론은 규칙 기반으로 먼저 시작하라는 것인데 베이스라인이 규칙 기반이 아닙니다. 규칙 기반 시스템을 모델이 넘어서야 할 베이스라인으로 삼으세요.",
    }
    BaselineWithoutScore {
        en: "The baseline has no score. Measure it with the same metric as the model, so \"better\" has a number.",
        ko: "베이스라인 점수가 없습니다. 모델과 같은 지표로 측정해야 '더 낫다'를 숫자로 말할 수 있습니다.",
    }
    BaselineWithoutMargin {
        en: "The baseline has a score but no margin. Decide how much better a model must be to be worth deploying.",
        ko: "베이스라인 점수는 있지만 목표 개선 폭이 없습니다. 모델이 얼마나 더 나아야 배포할 가치가 있는지 정하세요.",
    }
    MetricLinksMissing {
        en: "No business metric is linked to a model metric. Name the business number, such as revisit rate or revenue, that the model should move.",
        ko: "비즈니스 지표와 모델 지표가 연결되어 있지 않습니다. 재방문율이나 매출처럼 모델이 움직여야 할 비즈니스 숫자를 적으세요.",
    }
    MonitoringNothingWatched {
        en: "Nothing is watched after deployment. Name the metrics and outputs you will track, so you notice when the model starts to drift.",
        ko: "배포 뒤에 지켜볼 대상이 없습니다. 모델이 어긋나기 시작할 때 알아챌 수 있도록 추적할 지표와 출력을 적으세요.",
    }
    RetrainTriggerMissing {
        en: "Monitoring has no retraining trigger. Say which signal sends the project back to retraining.",
        ko: "모니터링에 재학습 기준이 없습니다. 어떤 신호가 나타나면 다시 학습할지 적으세요.",
    }
    PredictionUseMissing {
        en: "It is not stated how predictions are used: shown to customers, or automating work inside the company. That decides how costly a wrong prediction is.",
        ko: "예측을 어떻게 쓰는지 적혀 있지 않습니다. 고객에게 바로 보여 주는지, 사내 업무를 자동화하는지에 따라 틀린 예측의 비용이 달라집니다.",
    }
}

/// What an unnamed entry is called: "objective 2".
pub(super) fn numbered_item(lang: Lang, kind: ItemKind, n: usize) -> String {
    match lang {
        Lang::En => match kind {
            ItemKind::Objective => format!("objective {n}"),
            ItemKind::Source => format!("data source {n}"),
            ItemKind::Risk => format!("risk {n}"),
            ItemKind::MetricLink => format!("metric link {n}"),
        },
        Lang::Ko => match kind {
            ItemKind::Objective => format!("세부 목표 {n}"),
            ItemKind::Source => format!("데이터 소스 {n}"),
            ItemKind::Risk => format!("리스크 {n}"),
            ItemKind::MetricLink => format!("지표 연결 {n}"),
        },
    }
}

// Findings with values, one function a rule, named by the rule's id.

pub(super) fn verdict_not_advisable(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "By your own feasibility answers, ML is not advisable here ({}). Redesign the problem or revisit \
             those answers before planning further.",
            list(lang, d)
        ),
        Lang::Ko => format!(
            "타당성 답변에 따르면 이 문제에는 머신러닝을 권하지 않습니다({}). 더 계획하기 전에 문제를 다시 \
             정의하거나 해당 답변을 다시 검토하세요.",
            list(lang, d)
        ),
    }
}

pub(super) fn feasibility_open(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "{} of {} feasibility questions {} unanswered or unsure: {}. The verdict can change until {} \
             settled.",
            count(d),
            Question::ALL.len(),
            if count(d) == 1 { "is" } else { "are" },
            list(lang, d),
            if count(d) == 1 { "it is" } else { "they are" },
        ),
        Lang::Ko => format!(
            "타당성 질문 {}개 중 {}개가 답이 없거나 '잘 모르겠음'입니다: {}. 이 질문들이 정리될 때까지 결론이 \
             바뀔 수 있습니다.",
            Question::ALL.len(),
            count(d),
            list(lang, d)
        ),
    }
}

pub(super) fn objective_without_metric(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "Objectives without a metric: {}. Without one you cannot tell whether the objective is met.",
            list(lang, d)
        ),
        Lang::Ko => {
            format!("지표가 없는 세부 목표: {}. 지표가 없으면 세부 목표를 달성했는지 알 수 없습니다.", list(lang, d))
        }
    }
}

pub(super) fn objective_without_label_scenario(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "Objectives with no label source chosen: {}. Say whether labels exist, come from a proxy, must be \
             created, or need data collected first.",
            list(lang, d)
        ),
        Lang::Ko => format!(
            "레이블 출처를 정하지 않은 세부 목표: {}. 레이블이 이미 있는지, 대리 레이블을 쓸지, 새로 만들어야 \
             하는지, 데이터부터 모아야 하는지 정하세요.",
            list(lang, d)
        ),
    }
}

pub(super) fn proxy_label_without_note(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "Objectives that rely on proxy labels without a note: {}. Write which signal stands in for the \
             label and how it could mislead; a skipped song is not always a disliked one.",
            list(lang, d)
        ),
        Lang::Ko => format!(
            "설명 없이 대리 레이블을 쓰는 세부 목표: {}. 어떤 신호가 레이블을 대신하는지, 그 신호가 어떻게 \
             오해를 부를 수 있는지 적으세요. 건너뛴 곡이 늘 싫어하는 곡은 아닙니다.",
            list(lang, d)
        ),
    }
}

pub(super) fn strategy_missing(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "There are {} objectives but no choice of how to train them: one model with a combined loss, or \
             separate models blended by weights.",
            number(d)
        ),
        Lang::Ko => format!(
            "세부 목표가 {}개인데 학습 방식을 정하지 않았습니다. 손실을 합친 하나의 모델로 할지, 가중치로 \
             결과를 섞는 개별 모델로 할지 정하세요.",
            number(d)
        ),
    }
}

pub(super) fn combined_loss_without_weights(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "Several objectives share one combined loss, but these have no weight: {}. Unweighted, whichever \
             loss runs larger quietly dominates the others. Consider separate models, which can be rebalanced \
             without retraining.",
            list(lang, d)
        ),
        Lang::Ko => format!(
            "여러 세부 목표가 하나의 합친 손실을 쓰는데, 다음 세부 목표에 가중치가 없습니다: {}. 가중치가 \
             없으면 값의 규모가 큰 손실이 나머지를 조용히 압도합니다. 다시 학습하지 않고도 균형을 바꿀 수 있는 \
             개별 모델 방식도 고려해 보세요.",
            list(lang, d)
        ),
    }
}

pub(super) fn separate_models_without_weights(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "Each objective has its own model, but these have no blend weight: {}. The final ranking needs a \
             weight for every model's output.",
            list(lang, d)
        ),
        Lang::Ko => format!(
            "세부 목표마다 모델을 나눴지만 다음 세부 목표에는 결과를 섞을 가중치가 없습니다: {}. 최종 순위를 \
             매기려면 모든 모델 출력에 가중치가 있어야 합니다.",
            list(lang, d)
        ),
    }
}

pub(super) fn weights_not_normalised(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "The objective weights add up to {}, not 1. Weights that sum to 1 read directly as each \
             objective's share of the blend.",
            number(d)
        ),
        Lang::Ko => format!(
            "세부 목표 가중치의 합이 1이 아니라 {}입니다. 합이 1이면 각 가중치를 전체에서 그 세부 목표가 \
             차지하는 몫으로 바로 읽을 수 있습니다.",
            number(d)
        ),
    }
}

pub(super) fn label_plan_missing(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "These objectives have no data or no labels yet, and there is no collection or labelling plan: {}. \
             Say how the data will be gathered and who will label it.",
            list(lang, d)
        ),
        Lang::Ko => format!(
            "데이터나 레이블이 아직 없는데 수집·레이블링 계획이 없는 세부 목표: {}. 데이터를 어떻게 모으고 \
             누가 레이블을 달지 적으세요.",
            list(lang, d)
        ),
    }
}

pub(super) fn source_privacy_unstated(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "Data sources with no privacy note: {}. Note whether they hold personal data, and where it may be \
             stored or sent.",
            list(lang, d)
        ),
        Lang::Ko => format!(
            "개인정보 메모가 없는 데이터 소스: {}. 개인정보가 들어 있는지, 어디에 저장하고 어디로 보낼 수 \
             있는지 적으세요.",
            list(lang, d)
        ),
    }
}

pub(super) fn risk_without_mitigation(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "Risks without a mitigation: {}. Naming a risk helps only when someone knows what to do about it.",
            list(lang, d)
        ),
        Lang::Ko => format!(
            "완화 방안이 없는 리스크: {}. 리스크는 대응 방법이 정해져 있어야 관리할 수 있습니다.",
            list(lang, d)
        ),
    }
}

pub(super) fn severe_risk_without_owner(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "Risks that are both likely and severe but have no owner: {}. Name the person who watches each one.",
            list(lang, d)
        ),
        Lang::Ko => format!(
            "발생 가능성과 영향이 모두 높은데 담당자가 없는 리스크: {}. 각 리스크를 지켜볼 사람을 정하세요.",
            list(lang, d)
        ),
    }
}

pub(super) fn threshold_without_costs(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "A threshold of {} is set, but the costs of a false positive and a false negative are not both \
             given. Without them the threshold cannot be justified.",
            number(d)
        ),
        Lang::Ko => format!(
            "임계값을 정했지만({}) 거짓 양성과 거짓 음성의 비용이 모두 입력되지는 않았습니다. 두 비용을 알아야 \
             이 임계값이 맞는지 판단할 수 있습니다.",
            number(d)
        ),
    }
}

pub(super) fn business_metric_unlinked(lang: Lang, d: &Detail) -> String {
    match lang {
        Lang::En => format!(
            "Business metrics that no model metric moves: {}. Name the model metric expected to drive each one.",
            list(lang, d)
        ),
        Lang::Ko => format!(
            "어떤 모델 지표와도 연결되지 않은 비즈니스 지표: {}. 각 지표를 움직일 모델 지표를 적으세요.",
            list(lang, d)
        ),
    }
}

// The values of a detail, as the findings word them.

/// The entries of a detail, joined for a sentence.
fn list(lang: Lang, detail: &Detail) -> String {
    let parts: Vec<String> = match detail {
        Detail::Items(items) => items.iter().map(|i| i.display(lang)).collect(),
        Detail::Questions(qs) => qs.iter().map(|q| q.label(lang).to_string()).collect(),
        Detail::None | Detail::Number(_) => Vec::new(),
    };
    parts.join(", ")
}

fn count(detail: &Detail) -> usize {
    match detail {
        Detail::Items(items) => items.len(),
        Detail::Questions(qs) => qs.len(),
        Detail::None | Detail::Number(_) => 0,
    }
}

/// A number without trailing zeros: 0.7, 1.25, 2.
fn number(detail: &Detail) -> String {
    let Detail::Number(x) = detail else { return String::new() };
    let s = format!("{x:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
