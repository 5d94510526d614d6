//! Example 4: payment fraud detection, where only caught fraud is labelled and costs set the threshold.

use super::{answer, base, candidate, canvas, link, notes, risk, source, tr, Meta};
use crate::i18n::Lang;
use crate::plan::{
    AbTestSection, BaselineKind, BaselineSection, CanvasSection, ConstraintsSection, DataSection, Direction,
    ErrorTolerance, FeasibilitySection, GoalsSection, LabelScenario, MetricsSection, MonitoringSection, Objective,
    ObjectiveStrategy, Plan, ProblemSection, ThresholdSection, TradeoffSection, Tri,
};

pub(super) const META: Meta = Meta {
    key: "fraud",
    plan,
    title: ("Payment fraud detection", "결제 사기 탐지"),
    summary: (
        "Catch fraudulent card payments when only caught fraud is labelled: chargebacks as proxy labels, one fraud in \
         500 payments, and a threshold set by costs.",
        "잡힌 사기만 레이블로 남는 문제: 차지백을 유사 레이블로 쓰고, 500건 중 1건뿐인 불균형에서 비용으로 \
         임계값을 정합니다.",
    ),
};

pub(super) fn plan(lang: Lang) -> Plan {
    let t = |en: &str, ko: &str| tr(lang, en, ko);
    let n = |pairs: &[(&str, &str)]| notes(lang, pairs);
    Plan {
        problem: ProblemSection {
            statement: t(
                "Card-not-present fraud through our payment gateway costs merchants about 900 million won a month in \
                 chargebacks, while the fixed rule set declines many honest customers, especially first-time buyers \
                 paying with foreign cards.",
                "우리 전자결제(PG) 서비스를 통한 카드 비대면 사기로 가맹점이 매달 약 9억 원의 차지백을 떠안고, \
                 고정된 규칙은 해외 카드로 처음 결제하는 고객처럼 정상적인 고객을 많이 거절합니다.",
            ),
            who: t(
                "Online merchants who absorb the chargebacks, cardholders whose payments get declined, and a \
                 six-person risk team that reviews flagged payments.",
                "차지백을 떠안는 온라인 가맹점, 결제를 거절당하는 카드 소지자, 의심 결제를 검토하는 6명의 리스크팀.",
            ),
            current_handling: t(
                "About 120 hand-written rules (amount limits, country mismatch, too many cards per device) and manual \
                 review of flagged payments within 4 hours; rules are patched after each fraud wave.",
                "금액 한도, 국가 불일치, 기기당 카드 수 같은 수작업 규칙 약 120개와 4시간 안의 수동 검토로 \
                 처리하며, 사기가 몰릴 때마다 규칙을 덧붙입니다.",
            ),
            value: t(
                "Fewer chargebacks and fees for merchants, fewer false declines (lost sales), less review time; \
                 merchants pick a gateway partly on fraud losses.",
                "가맹점의 차지백과 수수료가 줄고, 잘못된 거절(놓친 매출)과 검토 시간도 줄어듭니다. 가맹점은 사기 \
                 손실을 보고 결제대행사를 고르기도 합니다.",
            ),
            exercise_problem: t(
                "Everyday version: telling which text messages that claim to come from a courier or a bank are \
                 phishing.",
                "일상 버전: 택배사나 은행을 사칭한 문자 중 어떤 것이 스미싱인지 가려내기.",
            ),
            exercise_impact: t(
                "A carrier that flagged such messages would spare subscribers stolen accounts and losses, and take \
                 work off banks and the police.",
                "통신사가 이런 문자를 표시해 준다면 가입자는 계정 탈취와 금전 피해를 피하고, 은행과 경찰의 부담도 \
                 줄어듭니다.",
            ),
        },
        feasibility: FeasibilitySection {
            pattern: answer(
                Tri::Yes,
                t(
                    "Fraud leaves traces: many cards from one device, card and IP countries that disagree, rushed \
                     purchases of easily resold goods.",
                    "사기는 흔적을 남깁니다: 한 기기에서 여러 카드, 서로 다른 카드 국가와 IP 국가, 되팔기 쉬운 \
                     상품의 급한 구매.",
                ),
            ),
            objective: answer(
                Tri::Yes,
                t(
                    "Weighted log loss on chargeback labels, with fraud weighted up to counter the imbalance.",
                    "차지백 레이블에 대한 가중 로그 손실로, 불균형을 상쇄하려고 사기 사례에 큰 가중치를 줍니다.",
                ),
            ),
            complexity: answer(
                Tri::Yes,
                t(
                    "Fraudsters adapt within weeks; hundreds of interacting signals beat fixed rules.",
                    "사기범은 몇 주 만에 수법을 바꾸므로, 서로 얽힌 신호 수백 개를 쓰는 모델이 고정 규칙보다 \
                     낫습니다.",
                ),
            ),
            data: answer(
                Tri::Yes,
                t(
                    "Two years of payments, 12 million a month, with chargeback outcomes, though labels arrive late.",
                    "매달 1,200만 건씩 2년 치 결제와 차지백 결과가 있습니다. 다만 레이블이 늦게 옵니다.",
                ),
            ),
            repetition: answer(
                Tri::Yes,
                t(
                    "Every payment needs an approve-or-decline decision in milliseconds, and analysts repeat the same \
                     review steps all day.",
                    "결제마다 수 밀리초 안에 승인·거절을 정해야 하고, 분석가는 하루 종일 같은 검토 절차를 반복합니다.",
                ),
            ),
            unethical: answer(
                Tri::Unsure,
                t(
                    "Declining by nationality or neighbourhood would discriminate; such features are excluded and \
                     decline rates are audited by group.",
                    "국적이나 동네로 거절하면 차별입니다. 그런 특성은 빼고, 집단별 거절률을 점검합니다.",
                ),
            ),
            simple: answer(
                Tri::No,
                t(
                    "Rules exist and catch about half the fraud at a high false-decline rate; they are the baseline.",
                    "규칙이 이미 있지만 높은 오거절률로 사기의 절반 정도만 잡습니다. 그것이 베이스라인입니다.",
                ),
            ),
            bad_data: answer(
                Tri::Yes,
                t(
                    "Partly: only caught fraud is labelled, chargebacks arrive up to 90 days late, and blocked \
                     payments never get a label.",
                    "일부 해당합니다: 잡힌 사기만 레이블이 있고, 차지백은 최대 90일 늦게 오며, 막은 결제는 \
                     영영 레이블이 생기지 않습니다.",
                ),
            ),
            catastrophic: answer(
                Tri::No,
                t(
                    "One mistake is costly but bounded: amount limits and manual review of large payments cap it.",
                    "한 번의 실수도 비싸지만 한계가 있습니다. 금액 한도와 고액 결제 수동 검토가 피해를 묶어 둡니다.",
                ),
            ),
            explain_all: answer(
                Tri::Unsure,
                t(
                    "Every decline needs a reason code for merchants and regulators; approvals need none.",
                    "거절마다 가맹점과 감독 기관에 줄 사유 코드가 필요하지만, 승인에는 필요 없습니다.",
                ),
            ),
            not_cost_effective: answer(
                Tri::No,
                t(
                    "Around 900 million won of monthly fraud losses dwarfs a small team and CPU inference.",
                    "월 9억 원가량의 사기 손실에 비하면 작은 팀과 CPU 추론 비용은 미미합니다.",
                ),
            ),
        },
        goals: GoalsSection {
            goal: t(
                "Stop as much payment fraud as possible while honest customers' payments keep flowing.",
                "정상 고객의 결제는 막힘없이 흐르게 하면서 결제 사기를 최대한 막는다.",
            ),
            objectives: vec![
                Objective {
                    name: t("Detect stolen-card payments", "도용 카드 결제 탐지"),
                    metric: t("Recall at a 0.5% false-decline rate; PR-AUC", "오거절률 0.5%에서의 재현율, PR-AUC"),
                    target: t(
                        "Recall ≥ 0.75 at 0.5% false declines; weighted log loss",
                        "오거절 0.5%에서 재현율 0.75 이상, 가중 로그 손실",
                    ),
                    cadence: t("Weekly, with daily watch for fraud waves", "매주, 사기 급증은 매일 감시"),
                    owner: t("Risk ML team", "리스크 ML팀"),
                    label_scenario: Some(LabelScenario::Proxy),
                    label_note: t(
                        "Only caught fraud is known. A chargeback marks fraud, but fraud no cardholder noticed looks \
                         legitimate, and blocked payments never get a label. Labels mature after 90 days.",
                        "잡힌 사기만 알 수 있습니다. 차지백이 사기를 표시하는 유사 레이블이지만, 카드 소지자가 \
                         눈치채지 못한 사기는 정상처럼 보이고, 막은 결제에는 레이블이 생기지 않습니다. 레이블은 \
                         90일이 지나야 확정됩니다.",
                    ),
                    weight: Some(0.7),
                },
                Objective {
                    name: t("Detect account takeover", "계정 탈취 탐지"),
                    metric: t("Recall at 90% precision", "정밀도 90%에서의 재현율"),
                    target: t("Recall ≥ 0.6 at precision 0.9", "정밀도 0.9에서 재현율 0.6 이상"),
                    cadence: t("Weekly", "매주"),
                    owner: t("Risk ML team", "리스크 ML팀"),
                    label_scenario: Some(LabelScenario::Labelled),
                    label_note: t(
                        "Customer reports confirmed by the security team after investigation.",
                        "보안팀이 조사해 확인한 고객 신고가 레이블입니다.",
                    ),
                    weight: Some(0.3),
                },
            ],
            strategy: Some(ObjectiveStrategy::CombinedLoss),
            strategy_note: t(
                "One model with two heads on the same features, trained on 0.7·stolen-card loss + 0.3·takeover loss. \
                 Both share a weekly schedule and one feature pipeline, so retraining them together is acceptable; if \
                 their schedules drift apart, split them into separate models.",
                "같은 특성을 쓰는 헤드 두 개짜리 모델 하나를 0.7·도용 카드 손실 + 0.3·계정 탈취 손실로 \
                 학습합니다. 둘 다 매주 갱신하고 특성 파이프라인을 공유하므로 함께 재학습해도 괜찮습니다. 갱신 \
                 주기가 달라지면 별도 모델로 나눕니다.",
            ),
        },
        data: DataSection {
            sources: vec![
                source(
                    t("Payment authorisations", "결제 승인 기록"),
                    t("Payments platform team", "결제 플랫폼팀"),
                    Tri::No,
                    t("Complete and exact; 12 million a month", "완전하고 정확함, 월 1,200만 건"),
                    t("Real time", "실시간"),
                    Tri::Yes,
                    t("Card numbers tokenised; stays inside the PCI DSS zone", "카드 번호 토큰화, PCI DSS 영역 밖으로 나가지 않음"),
                ),
                source(
                    t("Chargebacks from card issuers", "카드사 차지백"),
                    t("Settlement team", "정산팀"),
                    Tri::Yes,
                    t(
                        "Authoritative but up to 90 days late; misses unnoticed fraud; some are disputes by the real \
                         cardholder",
                        "공식적이지만 최대 90일 지연, 눈치채지 못한 사기는 빠짐, 일부는 실제 소지자의 악성 이의 제기",
                    ),
                    t("Daily batch", "매일 배치"),
                    Tri::Yes,
                    t("Linked by payment token only", "결제 토큰으로만 연결"),
                ),
                source(
                    t("Manual review decisions", "수동 검토 판정"),
                    t("Risk operations", "리스크 운영팀"),
                    Tri::Yes,
                    t("Good, but only for flagged payments: a biased sample", "품질은 좋지만 의심 결제만 있어 편향된 표본"),
                    t("Daily", "매일"),
                    Tri::Yes,
                    t("Analyst notes may hold personal data; restricted access", "분석가 메모에 개인정보가 있을 수 있어 접근 제한"),
                ),
                source(
                    t("Device fingerprint and IP reputation", "기기 지문과 IP 평판"),
                    t("External fraud-data vendor", "외부 사기 데이터 업체"),
                    Tri::No,
                    t("Wide coverage; about 3% of devices unknown", "넓은 범위, 기기의 약 3%는 미확인"),
                    t("Real time", "실시간"),
                    Tri::Yes,
                    t("Under a data-processing agreement; no card data sent", "개인정보 처리 위탁 계약, 카드 정보는 보내지 않음"),
                ),
            ],
            collection_plan: t(
                "Approve a random 0.5% of the payments the model would block, only under 50,000 won, to learn what \
                 blocked payments would have become; ask issuers for fraud reports, not only chargebacks; record a \
                 reason code for every review.",
                "모델이 막았을 결제 중 5만 원 미만의 0.5%를 무작위로 승인해 막은 결제가 실제로 어떻게 됐을지 \
                 배우고, 카드사에 차지백뿐 아니라 사기 신고 자료도 요청하며, 모든 검토에 사유 코드를 남깁니다.",
            ),
        },
        constraints: ConstraintsSection {
            schedule: t(
                "Six weeks of shadow scoring beside the rules; staged rollout from 10% of merchants in week 8; the \
                 rules stay as a backstop.",
                "6주간 규칙과 나란히 섀도 스코어링, 8주 차부터 가맹점 10%로 단계적 적용, 규칙은 안전망으로 유지.",
            ),
            budget: t(
                "Two ML engineers, a data scientist and a fraud analyst for two quarters; device-data vendor 12 \
                 million won a month; CPU serving.",
                "두 분기 동안 ML 엔지니어 2명, 데이터 과학자 1명, 사기 분석가 1명, 기기 데이터 업체 월 1,200만 원, \
                 CPU 서빙.",
            ),
            people: t(
                "Cardholders (declined or defrauded), merchants (chargebacks and lost sales), risk analysts (queue \
                 size), card issuers.",
                "카드 소지자(거절되거나 피해를 입는 사람), 가맹점(차지백과 놓친 매출), 리스크 분석가(검토 물량), \
                 카드사.",
            ),
            privacy: t(
                "Card data stays inside the PCI zone and models see tokens, never card numbers; the vendor gets \
                 device signals only; retention follows the Electronic Financial Transactions Act.",
                "카드 정보는 PCI 영역 안에 두고 모델은 카드 번호가 아닌 토큰만 봅니다. 외부 업체에는 기기 신호만 \
                 주고, 보관 기간은 전자금융거래법을 따릅니다.",
            ),
            technical: t(
                "Authorisation answers within 300 ms end to end and the fraud score gets 50 ms p95; if scoring times \
                 out, the existing rules decide alone.",
                "승인은 전체 300ms 안에 끝나야 하고 사기 점수에 주어진 시간은 p95 50ms입니다. 시간을 넘기면 기존 \
                 규칙만으로 판단합니다.",
            ),
            ethics: t(
                "No nationality, gender or age as features; monthly audit of decline rates by card country and \
                 merchant category; customers can contest a decline through the merchant.",
                "국적·성별·나이는 특성으로 쓰지 않고, 카드 발급 국가와 업종별 거절률을 매월 점검하며, 고객은 \
                 가맹점을 통해 거절에 이의를 제기할 수 있습니다.",
            ),
            risks: vec![
                risk(
                    t(
                        "Label delay: a fraud wave shows up in labels 30–90 days late",
                        "레이블 지연: 사기 급증이 30~90일 뒤에야 레이블에 나타남",
                    ),
                    3,
                    3,
                    t(
                        "Early-warning proxy from cardholder disputes and issuer alerts; daily watch on score drift",
                        "카드 소지자 이의 제기와 카드사 경보를 조기 경보용 유사 레이블로 쓰고, 점수 분포 변화를 \
                         매일 감시",
                    ),
                    t("Risk ML lead", "리스크 ML 리드"),
                ),
                risk(
                    t(
                        "False declines drive away honest first-time buyers with foreign cards",
                        "오거절로 해외 카드를 쓰는 정상 첫 구매 고객이 떠남",
                    ),
                    2,
                    3,
                    t(
                        "Send mid-range scores to review rather than declining; track false declines by card country",
                        "중간 점수는 거절 대신 검토로 보내고, 카드 국가별 오거절률 추적",
                    ),
                    t("Risk product manager", "리스크 프로덕트 매니저"),
                ),
                risk(
                    t(
                        "Feedback loop: blocked payments get no labels, so the model stops seeing what it blocks",
                        "피드백 루프: 막은 결제에 레이블이 없어 모델이 자기가 막은 것을 보지 못하게 됨",
                    ),
                    3,
                    2,
                    t(
                        "Randomly approve 0.5% of small blocked payments; reweight by inverse propensity",
                        "막은 소액 결제의 0.5%를 무작위 승인하고 역성향 가중치로 보정",
                    ),
                    t("Data scientist", "데이터 과학자"),
                ),
                risk(
                    t(
                        "Fraudsters probe the model with small test payments",
                        "사기범이 소액 테스트 결제로 모델을 떠봄",
                    ),
                    2,
                    2,
                    t(
                        "Keep velocity rules on cards per device; retrain weekly; never show merchants the raw score",
                        "기기당 카드 수 규칙 유지, 매주 재학습, 가맹점에 원점수 비공개",
                    ),
                    t("Fraud analyst lead", "사기 분석 리드"),
                ),
            ],
            compared_with: t(
                "The current 120-rule engine, and the analysts' review decisions on the same payments.",
                "현재의 규칙 120개 엔진, 그리고 같은 결제에 대한 분석가의 검토 판정.",
            ),
            threshold_policy: t(
                "Decline at a fraud probability of 0.1 or more. That looks low, but a missed fraud costs about 135,000 \
                 won (amount plus chargeback fee) and a false decline about 15,000 won (lost margin, support, a \
                 customer who may not return), so declining pays once the odds reach 1 in 10. Scores from 0.03 to 0.1 \
                 go to manual review.",
                "사기 확률 0.1 이상이면 거절합니다. 낮아 보이지만, 사기를 놓치면 결제액과 차지백 수수료로 약 13만 \
                 5천 원, 정상 결제를 거절하면 놓친 마진·상담·떠날지 모르는 고객으로 약 1만 5천 원이 들어서, 사기일 \
                 확률이 10분의 1만 되어도 거절하는 편이 이득입니다. 0.03~0.1 사이는 수동 검토로 보냅니다.",
            ),
            speed_accuracy: t(
                "Gradient-boosted trees (PR-AUC 0.62, p95 18 ms) over a graph model of cards, devices and merchants \
                 (0.66, p95 140 ms): the budget is 50 ms, so the graph model runs offline and feeds features instead.",
                "카드·기기·가맹점 그래프 모델(PR-AUC 0.66, p95 140ms)보다 그래디언트 부스팅 트리(0.62, p95 18ms)를 \
                 택합니다. 예산이 50ms라서 그래프 모델은 오프라인으로 돌려 특성을 만드는 데 씁니다.",
            ),
            interpretability: t(
                "Every decline carries reason codes (the strongest signals) for merchants, analysts and regulators; \
                 analysts see per-payment SHAP values in the review tool.",
                "모든 거절에는 가맹점·분석가·감독 기관을 위한 사유 코드(가장 강한 신호)를 붙이고, 분석가는 검토 \
                 도구에서 결제별 SHAP 값을 봅니다.",
            ),
            error_tolerance: Some(ErrorTolerance::FalseNegativesWorse),
            guards: t(
                "Known-pattern rules and sanctions lists always apply; payments over 3 million won always get manual \
                 review; if a merchant's decline rate passes 5% within an hour, the model pauses for that merchant \
                 and the rules take over.",
                "알려진 수법 규칙과 제재 명단은 항상 적용하고, 300만 원이 넘는 결제는 반드시 수동 검토합니다. \
                 한 가맹점의 거절률이 1시간 안에 5%를 넘으면 그 가맹점에는 모델을 멈추고 규칙으로 돌아갑니다.",
            ),
        },
        threshold: ThresholdSection {
            threshold: Some(0.1),
            cost_false_positive: Some(15_000.0),
            cost_false_negative: Some(135_000.0),
            prevalence: Some(0.002),
            ..Default::default()
        },
        tradeoff: TradeoffSection {
            candidates: vec![
                candidate(
                    t("Logistic regression on rule features (PR-AUC)", "규칙 특성 로지스틱 회귀(PR-AUC)"),
                    0.41,
                    1.0,
                    3.0,
                    5000.0,
                    230.0,
                ),
                candidate(t("Gradient-boosted trees", "그래디언트 부스팅 트리"), 0.62, 8.0, 18.0, 1200.0, 230.0),
                candidate(
                    t("Graph neural network on cards, devices and merchants", "카드·기기·가맹점 그래프 신경망"),
                    0.66,
                    70.0,
                    140.0,
                    150.0,
                    1400.0,
                ),
            ],
            p95_budget_ms: Some(50.0),
            peak_qps: Some(1200.0),
            monthly_budget: Some(4_000_000.0),
        },
        abtest: AbTestSection {
            baseline_rate: Some(0.955),
            mde: Some(0.005),
            mde_relative: false,
            alpha: Some(0.05),
            power: Some(0.8),
            daily_traffic: Some(400_000.0),
            ..Default::default()
        },
        baseline: BaselineSection {
            kind: Some(BaselineKind::PreviousSystem),
            description: t(
                "The 120-rule engine: amount limits, billing and IP country mismatch, more than three cards per \
                 device per hour, a merchant block list.",
                "규칙 120개 엔진: 금액 한도, 청구지와 IP 국가 불일치, 기기당 시간당 카드 3장 초과, 가맹점 차단 목록.",
            ),
            score: t(
                "Catches 48% of chargeback fraud at a 1.8% false-decline rate; PR-AUC 0.29 when the number of rule \
                 hits is used as a score.",
                "오거절률 1.8%에서 차지백 사기의 48%를 잡음, 걸린 규칙 수를 점수로 쓰면 PR-AUC 0.29.",
            ),
            margin: t(
                "Offline: recall of at least 0.70 at no more than 0.5% false declines. In the rollout: approval rate \
                 up 0.5 points now, and chargebacks no higher once labels mature after 90 days.",
                "오프라인: 오거절 0.5% 이하에서 재현율 0.70 이상. 단계적 적용: 승인율이 당장 0.5%p 오르고, 90일 뒤 \
                 레이블이 확정됐을 때 차지백이 늘지 않아야 합니다.",
            ),
            prototype_tool: t(
                "A Gradio form inside the review tool: paste a payment id, see the score, rule hits and top reason \
                 codes side by side",
                "검토 도구 안의 Gradio 입력창: 결제 ID를 넣으면 점수, 걸린 규칙, 주요 사유 코드를 나란히 보여 줌",
            ),
            prototype_audience: t("Six risk analysts and two merchant account managers", "리스크 분석가 6명과 가맹점 담당 매니저 2명"),
            prototype_feedback: t(
                "Do the reason codes match what an analyst looks for? Which flagged payments are obviously honest? \
                 Would merchants accept these explanations?",
                "사유 코드가 분석가가 실제로 보는 단서와 맞는가? 의심으로 표시됐지만 누가 봐도 정상인 결제는? \
                 가맹점이 이 설명을 받아들이겠는가?",
            ),
        },
        metrics: MetricsSection {
            links: vec![
                link(
                    t("Chargeback losses per month", "월 차지백 손실액"),
                    t("Recall at a 0.5% false-decline rate", "오거절률 0.5%에서의 재현율"),
                    Direction::Down,
                ),
                link(
                    t("Approval rate of honest payments", "정상 결제 승인율"),
                    t("False-positive rate at the 0.1 threshold", "임계값 0.1에서의 거짓 양성 비율"),
                    Direction::Up,
                ),
                link(
                    t("Manual review hours per week", "주간 수동 검토 시간"),
                    t("Precision in the review band (0.03–0.1)", "검토 구간(0.03~0.1)의 정밀도"),
                    Direction::Down,
                ),
                link(
                    t("Account-takeover complaints", "계정 탈취 민원"),
                    t("Takeover recall at precision 0.9", "정밀도 0.9에서의 계정 탈취 재현율"),
                    Direction::Down,
                ),
            ],
            label_inference: t(
                "Positive: a fraud chargeback within 90 days, a confirmed takeover report, or an analyst's fraud \
                 verdict. A payment undisputed after 90 days counts as legitimate, knowing unnoticed fraud hides \
                 there. Disputes by the real cardholder are left out. Declined payments have no label unless they \
                 fall in the random-approval sample.",
                "양성: 90일 안의 사기 차지백, 확인된 계정 탈취 신고, 분석가의 사기 판정. 90일 동안 이의가 없던 \
                 결제는 정상으로 보되, 그 안에 눈치채지 못한 사기가 숨어 있음을 압니다. 실제 소지자의 악성 이의 \
                 제기는 뺍니다. 거절된 결제는 무작위 승인 표본에 든 경우가 아니면 레이블이 없습니다.",
            ),
        },
        monitoring: MonitoringSection {
            watched: t(
                "Daily: score distribution, decline and review rates by merchant and card country, early dispute \
                 signals. Monthly, as labels mature: recall, precision, chargeback losses.",
                "매일: 점수 분포, 가맹점·카드 국가별 거절률과 검토율, 초기 이의 제기 신호. 매월(레이블이 확정되는 \
                 대로): 재현율, 정밀도, 차지백 손실.",
            ),
            alerts: t(
                "A large merchant's decline rate doubles within an hour; scores above 0.1 up 50% day over day; \
                 device data missing for more than 5 minutes.",
                "대형 가맹점의 거절률이 1시간 안에 두 배가 될 때, 0.1을 넘는 점수가 전일 대비 50% 늘 때, 기기 \
                 데이터가 5분 넘게 끊길 때.",
            ),
            outputs: t(
                "Every score stored with its features and reason codes for 18 months; analysts' verdicts linked back \
                 to the score.",
                "모든 점수를 특성, 사유 코드와 함께 18개월 보관하고, 분석가 판정을 해당 점수에 연결합니다.",
            ),
            where_wrong: t(
                "Slice by merchant category, card country, new versus known cards, amount band and device type.",
                "업종, 카드 국가, 신규·기존 카드, 금액대, 기기 종류별로 나눠 봅니다.",
            ),
            basis: t(
                "Monthly review of SHAP reason codes with analysts; check the model does not lean on stand-ins for \
                 nationality.",
                "매월 분석가와 SHAP 사유 코드를 검토하고, 모델이 국적을 대신하는 특성에 기대지 않는지 확인합니다.",
            ),
            failing_features: t(
                "New merchants without history, gift-card and electronics sellers, first payments from new devices, \
                 holiday sales spikes.",
                "이력이 없는 신규 가맹점, 상품권·전자제품 판매처, 새 기기에서의 첫 결제, 명절 세일 급증기.",
            ),
            retrain_trigger: t(
                "Weekly on matured labels; at once when analysts confirm a new fraud pattern or recall on the 30-day \
                 early-label set drops below 0.6.",
                "확정된 레이블로 매주, 분석가가 새 사기 수법을 확인하거나 30일 조기 레이블 세트의 재현율이 0.6 \
                 아래로 떨어지면 즉시.",
            ),
            loop_back: t(
                "If honest customers keep getting declined, revisit the costs and the threshold; if a new fraud type \
                 appears that no label captures, revisit the data sources and the label definition.",
                "정상 고객이 계속 거절되면 비용과 임계값을 다시 보고, 어떤 레이블에도 잡히지 않는 새 사기 유형이 \
                 나타나면 데이터 소스와 레이블 정의로 돌아갑니다.",
            ),
        },
        canvas: CanvasSection {
            key_partners: n(&[
                ("Card issuers and networks", "카드사와 카드 네트워크"),
                ("Device-data vendor", "기기 데이터 업체"),
                ("Easy-pay wallet providers", "간편결제 사업자"),
            ]),
            key_activities: n(&[
                ("Payment processing", "결제 처리"),
                ("Fraud prevention", "사기 방지"),
                ("Merchant onboarding and underwriting", "가맹점 심사와 입점"),
            ]),
            key_resources: n(&[
                ("Payment history across merchants", "가맹점을 아우르는 결제 이력"),
                ("Risk analysts", "리스크 분석가"),
                ("PCI-certified infrastructure", "PCI 인증 인프라"),
            ]),
            value_propositions: n(&[
                ("Higher approval for honest customers", "정상 고객의 높은 승인율"),
                ("Fewer chargebacks", "적은 차지백"),
                ("One integration for every payment method", "연동 한 번으로 모든 결제 수단"),
            ]),
            customer_relationships: n(&[
                ("Account managers for large merchants", "대형 가맹점 전담 매니저"),
                ("Merchant dashboard", "가맹점 대시보드"),
                ("Dispute support", "이의 제기 지원"),
            ]),
            channels: n(&[
                ("Direct sales", "직접 영업"),
                ("Developer docs and SDKs", "개발자 문서와 SDK"),
                ("E-commerce platform plug-ins", "쇼핑몰 플랫폼 플러그인"),
            ]),
            customer_segments: n(&[
                ("Online shops", "온라인 쇼핑몰"),
                ("App and game companies", "앱·게임 회사"),
                ("Marketplaces", "오픈마켓"),
            ]),
            cost_structure: n(&[
                ("Card network fees", "카드 네트워크 수수료"),
                ("Risk and operations staff", "리스크·운영 인력"),
                ("Compliance and security", "규제 준수와 보안"),
            ]),
            revenue_streams: n(&[
                ("Fee per transaction", "거래 건당 수수료"),
                ("Premium fraud-protection tier", "프리미엄 사기 방지 요금제"),
            ]),
            flywheel: n(&[
                ("Less fraud and higher approval rates", "사기 감소와 승인율 상승"),
                ("More merchants choose the gateway", "더 많은 가맹점이 선택"),
                ("More payments across more merchants", "더 많은 가맹점에서 더 많은 결제"),
                ("Richer cross-merchant signals for the model", "모델이 쓸 가맹점 간 신호가 풍부해짐"),
            ]),
            ml_lever: Some(0),
            ml_lever_note: t(
                "The fraud model turns shared data into fewer chargebacks and fewer false declines; with more \
                 merchants, a fraud wave at one of them is caught sooner at all the others.",
                "사기 탐지 모델이 공유 데이터를 차지백과 오거절 감소로 바꿉니다. 가맹점이 많을수록 한 곳에서 \
                 시작된 사기 급증을 다른 모든 곳에서 더 빨리 잡습니다.",
            ),
            ..canvas(
                t(
                    "An online payment gateway: merchants accept cards and easy-pay wallets, with settlement and \
                     fraud protection included.",
                    "온라인 결제대행 서비스: 가맹점이 카드와 간편결제를 받을 수 있게 하고, 정산과 사기 방지를 함께 \
                     제공합니다.",
                ),
                t(
                    "Authorisations (complete, real time), chargebacks (authoritative but 90 days late), review \
                     decisions (only flagged payments), device and IP signals (vendor).",
                    "결제 승인 기록(완전, 실시간), 차지백(공식적이지만 90일 지연), 검토 판정(의심 결제만), 기기·IP \
                     신호(외부 업체).",
                ),
                t(
                    "Automates the approve-or-decline decision inside the payment flow and sorts the analysts' review \
                     queue; merchants see reason codes in their dashboard.",
                    "결제 흐름 안에서 승인·거절 판단을 자동화하고 분석가의 검토 대기열 순서를 정하며, 가맹점은 \
                     대시보드에서 사유 코드를 봅니다.",
                ),
            )
        },
        ..base(&META, lang)
    }
}
