//! The plan review: rules that read a whole plan and point at what to fix, step by step.
//!
//! Each rule in [`RULES`] keeps its id, severity, step, check and message together, so reading the
//! table is reading the review. The catalogue with the reasoning behind each rule is in the
//! documentation of [`crate::review`].

use super::verdict::{open_questions, verdict, Question, VerdictKind};
use crate::i18n::Lang;
use crate::plan::{BaselineKind, LabelScenario, Objective, ObjectiveStrategy, Plan, Step, Tri};

/// How much a finding matters. Ordered gravest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Blocks a sound plan; a finished plan has none.
    Error,
    /// A real gap that weakens the plan.
    Warning,
    /// Worth a look; fine to leave in a draft.
    Info,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    /// Stable word for HTML attributes and tests; never translated.
    pub fn slug(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => match self {
                Severity::Error => "Must fix",
                Severity::Warning => "Should fix",
                Severity::Info => "Consider",
            },
            Lang::Ko => match self {
                Severity::Error => "반드시 수정",
                Severity::Warning => "수정 권장",
                Severity::Info => "검토 제안",
            },
        }
    }
}

/// Which list an [`Item`] comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Objective,
    Source,
    Risk,
    MetricLink,
}

impl ItemKind {
    /// What an unnamed entry is called: "objective 2".
    fn numbered(self, lang: Lang, n: usize) -> String {
        match lang {
            Lang::En => match self {
                ItemKind::Objective => format!("objective {n}"),
                ItemKind::Source => format!("data source {n}"),
                ItemKind::Risk => format!("risk {n}"),
                ItemKind::MetricLink => format!("metric link {n}"),
            },
            Lang::Ko => match self {
                ItemKind::Objective => format!("세부 목표 {n}"),
                ItemKind::Source => format!("데이터 출처 {n}"),
                ItemKind::Risk => format!("리스크 {n}"),
                ItemKind::MetricLink => format!("지표 연결 {n}"),
            },
        }
    }
}

/// One entry of a list in the plan that a finding concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub kind: ItemKind,
    /// Position in its list, from 0, so the view can focus the entry.
    pub index: usize,
    /// The entry's name as the user wrote it; may be blank.
    pub name: String,
}

impl Item {
    /// The name in quotes, or "objective 2" when the user left it blank.
    pub fn display(&self, lang: Lang) -> String {
        let name = self.name.trim();
        if name.is_empty() {
            self.kind.numbered(lang, self.index + 1)
        } else {
            format!("“{name}”")
        }
    }
}

/// The values a finding's message needs.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    None,
    Items(Vec<Item>),
    Questions(Vec<Question>),
    Number(f64),
}

/// One review rule.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// Stable id, used in tests and HTML attributes.
    pub id: &'static str,
    pub severity: Severity,
    /// Where the user fixes it.
    pub step: Step,
    /// `Some` with the values for the message when the rule fires.
    check: fn(&Plan) -> Option<Detail>,
    message: fn(Lang, &Detail) -> String,
}

/// What the review found.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub step: Step,
    pub detail: Detail,
}

impl Finding {
    pub fn message(&self, lang: Lang) -> String {
        let rule = rule(self.rule).expect("findings are made only from RULES");
        (rule.message)(lang, &self.detail)
    }
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// Runs every rule; findings come in lifecycle order, gravest first within a step, then in
/// catalogue order.
pub fn review(plan: &Plan) -> Vec<Finding> {
    let mut found: Vec<Finding> = RULES
        .iter()
        .filter_map(|r| {
            (r.check)(plan).map(|detail| Finding { rule: r.id, severity: r.severity, step: r.step, detail })
        })
        .collect();
    // Stable sort keeps catalogue order among equals.
    crate::order::sort_by_key(&mut found, |f| (f.step.number(), f.severity));
    found
}

/// How far the blend weights may stray from a sum of 1 before it is worth mentioning.
pub const WEIGHT_SUM_TOLERANCE: f64 = 0.01;

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// `Some(Detail::None)` when `cond` holds: the shape of a plan-level rule.
fn when(cond: bool) -> Option<Detail> {
    cond.then_some(Detail::None)
}

/// The entries of `list` that match, as a detail, or `None` when none does.
fn items<T>(list: &[T], kind: ItemKind, name: fn(&T) -> &str, matches: impl Fn(&T) -> bool) -> Option<Detail> {
    let found: Vec<Item> = list
        .iter()
        .enumerate()
        .filter(|(_, t)| matches(t))
        .map(|(index, t)| Item { kind, index, name: name(t).to_string() })
        .collect();
    (!found.is_empty()).then_some(Detail::Items(found))
}

fn objectives(plan: &Plan, matches: impl Fn(&Objective) -> bool) -> Option<Detail> {
    items(&plan.goals.objectives, ItemKind::Objective, |o| &o.name, matches)
}

/// Objectives without a weight, when there are several trained with `strategy`.
fn unweighted(plan: &Plan, strategy: ObjectiveStrategy) -> Option<Detail> {
    let g = &plan.goals;
    if g.objectives.len() < 2 || g.strategy != Some(strategy) {
        return None;
    }
    objectives(plan, |o| o.weight.is_none())
}

/// The sum of the blend weights, when there are several objectives, a strategy and every weight.
fn weight_sum(plan: &Plan) -> Option<f64> {
    let g = &plan.goals;
    if g.objectives.len() < 2 || g.strategy.is_none() {
        return None;
    }
    g.objectives.iter().map(|o| o.weight).sum()
}

/// A baseline counts if its kind, its description or the constraint "compared with" is given.
fn has_baseline(plan: &Plan) -> bool {
    let b = &plan.baseline;
    b.kind.is_some() || !blank(&b.description) || !blank(&plan.constraints.compared_with)
}

fn answered_yes(answer: &crate::plan::Answer) -> bool {
    answer.value == Some(Tri::Yes)
}

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

/// The review rules in lifecycle order.
pub static RULES: [Rule; 32] = [
    // 1. Problem
    Rule {
        id: "problem_statement_empty",
        severity: Severity::Error,
        step: Step::Problem,
        check: |p| when(blank(&p.problem.statement)),
        message: |lang, _| match lang {
            Lang::En => "The problem statement is empty. Describe the concrete problem, who has it, and how it is \
                         handled today."
                .into(),
            Lang::Ko => "문제 정의가 비어 있습니다. 해결할 구체적인 문제와 그 문제를 겪는 사람, 지금의 처리 방식을 \
                         적으세요."
                .into(),
        },
    },
    Rule {
        id: "problem_value_missing",
        severity: Severity::Warning,
        step: Step::Problem,
        check: |p| when(blank(&p.problem.value)),
        message: |lang, _| match lang {
            Lang::En => "No value is stated. Say what solving this brings to the product or the business, not how \
                         interesting it is."
                .into(),
            Lang::Ko => "이 문제를 풀었을 때의 가치가 적혀 있지 않습니다. 흥미로운 점이 아니라 제품이나 비즈니스에 \
                         주는 이득을 적으세요."
                .into(),
        },
    },
    // 2. Feasibility
    Rule {
        id: "verdict_not_advisable",
        severity: Severity::Error,
        step: Step::Feasibility,
        check: |p| {
            let v = verdict(&p.feasibility);
            (v.kind == VerdictKind::NotAdvisable).then_some(Detail::Questions(v.causes))
        },
        message: |lang, d| match lang {
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
        },
    },
    Rule {
        id: "feasibility_open",
        severity: Severity::Warning,
        step: Step::Feasibility,
        check: |p| {
            let open = open_questions(&p.feasibility);
            (!open.is_empty()).then_some(Detail::Questions(open))
        },
        message: |lang, d| match lang {
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
        },
    },
    // 3. Goals
    Rule {
        id: "goal_missing",
        severity: Severity::Error,
        step: Step::Goals,
        check: |p| when(blank(&p.goals.goal)),
        message: |lang, _| match lang {
            Lang::En => "The goal is empty. State the large purpose the objectives serve, such as \"raise \
                         engagement while limiting misinformation\"."
                .into(),
            Lang::Ko => "목표가 비어 있습니다. 세부 목표들이 향하는 큰 목적을 적으세요. 예: 허위 정보는 줄이면서 \
                         사용자 참여는 높이기."
                .into(),
        },
    },
    Rule {
        id: "objectives_missing",
        severity: Severity::Warning,
        step: Step::Goals,
        check: |p| when(p.goals.objectives.is_empty()),
        message: |lang, _| match lang {
            Lang::En => "There are no objectives yet. Break the goal into concrete objectives that a model can be \
                         trained and measured on."
                .into(),
            Lang::Ko => {
                "세부 목표가 없습니다. 목표를 모델로 학습하고 측정할 수 있는 구체적인 세부 목표로 나누세요.".into()
            }
        },
    },
    Rule {
        id: "objective_without_metric",
        severity: Severity::Warning,
        step: Step::Goals,
        check: |p| objectives(p, |o| blank(&o.metric)),
        message: |lang, d| match lang {
            Lang::En => format!(
                "Objectives without a metric: {}. Without one you cannot tell whether the objective is met.",
                list(lang, d)
            ),
            Lang::Ko => format!(
                "지표가 없는 세부 목표: {}. 지표가 없으면 세부 목표를 달성했는지 알 수 없습니다.",
                list(lang, d)
            ),
        },
    },
    Rule {
        id: "objective_without_label_scenario",
        severity: Severity::Warning,
        step: Step::Goals,
        check: |p| objectives(p, |o| o.label_scenario.is_none()),
        message: |lang, d| match lang {
            Lang::En => format!(
                "Objectives with no label source chosen: {}. Say whether labels exist, come from a proxy, must be \
                 created, or need data collected first.",
                list(lang, d)
            ),
            Lang::Ko => format!(
                "레이블 출처를 정하지 않은 세부 목표: {}. 레이블이 이미 있는지, 유사 레이블을 쓸지, 새로 만들어야 \
                 하는지, 데이터부터 모아야 하는지 정하세요.",
                list(lang, d)
            ),
        },
    },
    Rule {
        id: "proxy_label_without_note",
        severity: Severity::Info,
        step: Step::Goals,
        check: |p| objectives(p, |o| o.label_scenario == Some(LabelScenario::Proxy) && blank(&o.label_note)),
        message: |lang, d| match lang {
            Lang::En => format!(
                "Objectives that rely on proxy labels without a note: {}. Write which signal stands in for the \
                 label and how it could mislead; a skipped song is not always a disliked one.",
                list(lang, d)
            ),
            Lang::Ko => format!(
                "설명 없이 유사 레이블을 쓰는 세부 목표: {}. 어떤 신호가 레이블을 대신하는지, 그 신호가 어떻게 \
                 오해를 부를 수 있는지 적으세요. 건너뛴 곡이 늘 싫어하는 곡은 아닙니다.",
                list(lang, d)
            ),
        },
    },
    Rule {
        id: "strategy_missing",
        severity: Severity::Info,
        step: Step::Goals,
        check: |p| {
            let n = p.goals.objectives.len();
            (n >= 2 && p.goals.strategy.is_none()).then_some(Detail::Number(n as f64))
        },
        message: |lang, d| match lang {
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
        },
    },
    Rule {
        id: "combined_loss_without_weights",
        severity: Severity::Warning,
        step: Step::Goals,
        check: |p| unweighted(p, ObjectiveStrategy::CombinedLoss),
        message: |lang, d| match lang {
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
        },
    },
    Rule {
        id: "separate_models_without_weights",
        severity: Severity::Warning,
        step: Step::Goals,
        check: |p| unweighted(p, ObjectiveStrategy::SeparateModels),
        message: |lang, d| match lang {
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
        },
    },
    Rule {
        id: "weights_not_normalised",
        severity: Severity::Info,
        step: Step::Goals,
        check: |p| weight_sum(p).filter(|s| (s - 1.0).abs() > WEIGHT_SUM_TOLERANCE).map(Detail::Number),
        message: |lang, d| match lang {
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
        },
    },
    // 4. Data
    Rule {
        id: "data_missing",
        severity: Severity::Error,
        step: Step::Data,
        check: |p| when(p.data.sources.is_empty() && blank(&p.data.collection_plan)),
        message: |lang, _| match lang {
            Lang::En => "No data source is listed and there is no collection plan. A model learns only from data: \
                         list what exists, or plan how to gather it."
                .into(),
            Lang::Ko => "데이터 출처도 수집 계획도 없습니다. 모델은 데이터로만 배웁니다. 이미 있는 데이터를 적거나 \
                         모을 방법을 계획하세요."
                .into(),
        },
    },
    Rule {
        id: "label_plan_missing",
        severity: Severity::Warning,
        step: Step::Data,
        check: |p| {
            if !blank(&p.data.collection_plan) {
                return None;
            }
            objectives(p, |o| {
                matches!(o.label_scenario, Some(LabelScenario::NoData | LabelScenario::Unlabelled))
                    && blank(&o.label_note)
            })
        },
        message: |lang, d| match lang {
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
        },
    },
    Rule {
        id: "source_privacy_unstated",
        severity: Severity::Info,
        step: Step::Data,
        check: |p| items(&p.data.sources, ItemKind::Source, |s| &s.name, |s| blank(&s.privacy)),
        message: |lang, d| match lang {
            Lang::En => format!(
                "Data sources with no privacy note: {}. Note whether they hold personal data, and where it may be \
                 stored or sent.",
                list(lang, d)
            ),
            Lang::Ko => format!(
                "개인정보 메모가 없는 데이터 출처: {}. 개인정보가 들어 있는지, 어디에 저장하고 어디로 보낼 수 \
                 있는지 적으세요.",
                list(lang, d)
            ),
        },
    },
    // 5. Constraints
    Rule {
        id: "catastrophic_without_guards",
        severity: Severity::Error,
        step: Step::Constraints,
        check: |p| when(answered_yes(&p.feasibility.catastrophic) && blank(&p.constraints.guards)),
        message: |lang, _| match lang {
            Lang::En => "You said a single wrong prediction would be catastrophic, yet no guard is planned. Describe \
                         the post-processing guards, such as limits, sanity checks or human review, that stop one."
                .into(),
            Lang::Ko => "잘못된 예측 하나가 치명적이라고 답했지만 안전장치가 계획되어 있지 않습니다. 그런 예측을 막을 \
                         후처리 안전장치(상한·하한, 상식 검사, 사람 검토 등)를 적으세요."
                .into(),
        },
    },
    Rule {
        id: "explain_all_without_interpretability",
        severity: Severity::Warning,
        step: Step::Constraints,
        check: |p| when(answered_yes(&p.feasibility.explain_all) && blank(&p.constraints.interpretability)),
        message: |lang, _| match lang {
            Lang::En => "Every decision must be explained, but the interpretability constraint is empty. Say who \
                         needs the explanations and in what form."
                .into(),
            Lang::Ko => "모든 결정을 설명해야 한다고 답했지만 해석 가능성 제약조건이 비어 있습니다. 누구에게 어떤 \
                         형태로 설명할지 적으세요."
                .into(),
        },
    },
    Rule {
        id: "schedule_missing",
        severity: Severity::Warning,
        step: Step::Constraints,
        check: |p| when(blank(&p.constraints.schedule)),
        message: |lang, _| match lang {
            Lang::En => "The schedule is empty. Without a deadline the plan cannot separate what matters now from \
                         what can wait."
                .into(),
            Lang::Ko => {
                "일정이 비어 있습니다. 마감이 없으면 지금 할 일과 나중으로 미뤄도 되는 일을 나눌 수 없습니다.".into()
            }
        },
    },
    Rule {
        id: "risk_register_empty",
        severity: Severity::Warning,
        step: Step::Constraints,
        check: |p| when(p.constraints.risks.is_empty()),
        message: |lang, _| match lang {
            Lang::En => "The risk register is empty. List what could go wrong, such as data drift, privacy or \
                         unfair results, with its likelihood and impact."
                .into(),
            Lang::Ko => {
                "리스크 목록이 비어 있습니다. 데이터 드리프트, 개인정보, 불공정한 결과처럼 잘못될 수 있는 일을 \
                         발생 가능성, 영향도와 함께 적으세요."
                    .into()
            }
        },
    },
    Rule {
        id: "risk_without_mitigation",
        severity: Severity::Warning,
        step: Step::Constraints,
        check: |p| items(&p.constraints.risks, ItemKind::Risk, |r| &r.risk, |r| blank(&r.mitigation)),
        message: |lang, d| match lang {
            Lang::En => format!(
                "Risks without a mitigation: {}. Naming a risk helps only when someone knows what to do about it.",
                list(lang, d)
            ),
            Lang::Ko => format!(
                "완화 방안이 없는 리스크: {}. 리스크는 대응 방법이 정해져 있어야 관리할 수 있습니다.",
                list(lang, d)
            ),
        },
    },
    Rule {
        id: "severe_risk_without_owner",
        severity: Severity::Warning,
        step: Step::Constraints,
        check: |p| {
            let high = |x: Option<u8>| x.is_some_and(|x| x >= 3);
            items(
                &p.constraints.risks,
                ItemKind::Risk,
                |r| &r.risk,
                |r| high(r.likelihood) && high(r.impact) && blank(&r.owner),
            )
        },
        message: |lang, d| match lang {
            Lang::En => format!(
                "Risks that are both likely and severe but have no owner: {}. Name the person who watches each one.",
                list(lang, d)
            ),
            Lang::Ko => format!(
                "발생 가능성과 영향이 모두 높은데 담당자가 없는 리스크: {}. 각 리스크를 지켜볼 사람을 정하세요.",
                list(lang, d)
            ),
        },
    },
    Rule {
        id: "threshold_without_costs",
        severity: Severity::Warning,
        step: Step::Constraints,
        check: |p| {
            let t = &p.threshold;
            let costs_known = t.cost_false_positive.is_some() && t.cost_false_negative.is_some();
            t.threshold.filter(|_| !costs_known).map(Detail::Number)
        },
        message: |lang, d| match lang {
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
        },
    },
    // 6. Baseline
    Rule {
        id: "baseline_missing",
        severity: Severity::Error,
        step: Step::Baseline,
        check: |p| when(!has_baseline(p)),
        message: |lang, _| match lang {
            Lang::En => "There is no baseline, so nothing shows that a model is any better. A simple rule or a dummy \
                         model is enough to start."
                .into(),
            Lang::Ko => "베이스라인이 없어 모델이 더 낫다는 것을 보여 줄 기준이 없습니다. 간단한 규칙이나 더미 \
                         모델로 시작해도 충분합니다."
                .into(),
        },
    },
    Rule {
        id: "rules_first_without_rule_baseline",
        severity: Severity::Warning,
        step: Step::Baseline,
        check: |p| {
            let rules_first = verdict(&p.feasibility).kind == VerdictKind::RulesFirst;
            when(rules_first && has_baseline(p) && p.baseline.kind != Some(BaselineKind::RuleBased))
        },
        message: |lang, _| match lang {
            Lang::En => "The feasibility verdict is to start with rules, but the baseline is not rule-based. Make \
                         the rule-based system the baseline a model must beat."
                .into(),
            Lang::Ko => "타당성 결론은 규칙 기반으로 먼저 시작하라는 것인데 베이스라인이 규칙 기반이 아닙니다. 규칙 \
                         기반 시스템을 모델이 넘어서야 할 베이스라인으로 삼으세요."
                .into(),
        },
    },
    Rule {
        id: "baseline_without_score",
        severity: Severity::Warning,
        step: Step::Baseline,
        check: |p| when(has_baseline(p) && blank(&p.baseline.score)),
        message: |lang, _| match lang {
            Lang::En => "The baseline has no score. Measure it with the same metric as the model, so \"better\" \
                         has a number."
                .into(),
            Lang::Ko => "베이스라인 점수가 없습니다. 모델과 같은 지표로 측정해야 '더 낫다'를 숫자로 말할 수 \
                         있습니다."
                .into(),
        },
    },
    Rule {
        id: "baseline_without_margin",
        severity: Severity::Info,
        step: Step::Baseline,
        check: |p| when(!blank(&p.baseline.score) && blank(&p.baseline.margin)),
        message: |lang, _| match lang {
            Lang::En => "The baseline has a score but no margin. Decide how much better a model must be to be worth \
                         deploying."
                .into(),
            Lang::Ko => "베이스라인 점수는 있지만 목표 개선 폭이 없습니다. 모델이 얼마나 더 나아야 배포할 가치가 \
                         있는지 정하세요."
                .into(),
        },
    },
    // 7. Metrics
    Rule {
        id: "metric_links_missing",
        severity: Severity::Warning,
        step: Step::Metrics,
        check: |p| when(p.metrics.links.is_empty()),
        message: |lang, _| match lang {
            Lang::En => "No business metric is linked to a model metric. Name the business number, such as revisit \
                         rate or revenue, that the model should move."
                .into(),
            Lang::Ko => "비즈니스 지표와 모델 지표가 연결되어 있지 않습니다. 재방문율이나 매출처럼 모델이 움직여야 할 \
                         비즈니스 숫자를 적으세요."
                .into(),
        },
    },
    Rule {
        id: "business_metric_unlinked",
        severity: Severity::Warning,
        step: Step::Metrics,
        check: |p| {
            items(
                &p.metrics.links,
                ItemKind::MetricLink,
                |l| &l.business_metric,
                |l| !blank(&l.business_metric) && blank(&l.model_metric),
            )
        },
        message: |lang, d| match lang {
            Lang::En => format!(
                "Business metrics that no model metric moves: {}. Name the model metric expected to drive each one.",
                list(lang, d)
            ),
            Lang::Ko => format!(
                "어떤 모델 지표와도 연결되지 않은 비즈니스 지표: {}. 각 지표를 움직일 모델 지표를 적으세요.",
                list(lang, d)
            ),
        },
    },
    // 8. Monitoring
    Rule {
        id: "monitoring_nothing_watched",
        severity: Severity::Warning,
        step: Step::Monitoring,
        check: |p| when(blank(&p.monitoring.watched)),
        message: |lang, _| match lang {
            Lang::En => "Nothing is watched after deployment. Name the metrics and outputs you will track, so you \
                         notice when the model starts to drift."
                .into(),
            Lang::Ko => "배포 뒤에 지켜볼 대상이 없습니다. 모델이 어긋나기 시작할 때 알아챌 수 있도록 추적할 지표와 \
                         출력을 적으세요."
                .into(),
        },
    },
    Rule {
        id: "retrain_trigger_missing",
        severity: Severity::Warning,
        step: Step::Monitoring,
        check: |p| when(!blank(&p.monitoring.watched) && blank(&p.monitoring.retrain_trigger)),
        message: |lang, _| match lang {
            Lang::En => {
                "Monitoring has no retraining trigger. Say which signal sends the project back to retraining.".into()
            }
            Lang::Ko => "모니터링에 재학습 기준이 없습니다. 어떤 신호가 나타나면 다시 학습할지 적으세요.".into(),
        },
    },
    // 9. Business model
    Rule {
        id: "prediction_use_missing",
        severity: Severity::Info,
        step: Step::Business,
        check: |p| when(blank(&p.canvas.prediction_out)),
        message: |lang, _| match lang {
            Lang::En => "It is not stated how predictions are used: shown to customers, or automating work inside \
                         the company. That decides how costly a wrong prediction is."
                .into(),
            Lang::Ko => {
                "예측을 어떻게 쓰는지 적혀 있지 않습니다. 고객에게 바로 보여 주는지, 사내 업무를 자동화하는지에 \
                         따라 틀린 예측의 비용이 달라집니다."
                    .into()
            }
        },
    },
];

#[cfg(test)]
mod tests;
