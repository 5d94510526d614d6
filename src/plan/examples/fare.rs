//! Example 5: upfront taxi fares, where one absurd prediction is catastrophic and guards come first.

use super::{answer, base, candidate, canvas, link, notes, risk, source, tr, Meta};
use crate::i18n::Lang;
use crate::plan::{
    AbTestSection, BaselineKind, BaselineSection, CanvasSection, ConstraintsSection, DataSection, Direction,
    ErrorTolerance, FeasibilitySection, GoalsSection, LabelScenario, MetricsSection, MonitoringSection, Objective,
    Plan, ProblemSection, ThresholdSection, TradeoffSection, Tri,
};

pub(super) const META: Meta = Meta {
    key: "fare",
    plan,
    title: ("Upfront taxi fare prediction", "택시 사전 확정 요금 예측"),
    summary: (
        "Quote the fare before the ride, where one absurd prediction (100 million won for a short trip) is \
         catastrophic: the model sits behind rule-based guards and human review.",
        "탑승 전에 요금을 확정해 보여 주는 문제. 단거리에 1억 원 같은 예측 하나가 치명적이므로, 모델은 규칙 기반 \
         안전장치와 사람 검토 뒤에 둡니다.",
    ),
};

pub(super) fn plan(lang: Lang) -> Plan {
    let t = |en: &str, ko: &str| tr(lang, en, ko);
    let n = |pairs: &[(&str, &str)]| notes(lang, pairs);
    Plan {
        problem: ProblemSection {
            statement: t(
                "Riders want to know the taxi fare before they book, but the meter only says at the end. We want to \
                 show an upfront fare and charge exactly that. If a prediction goes badly wrong, a rider could be \
                 charged an absurd amount, such as 100 million won for a ten-minute ride.",
                "승객은 호출 전에 요금을 알고 싶어 하지만 미터기는 내릴 때에야 알려 줍니다. 요금을 미리 보여 주고 \
                 그대로 결제하려고 합니다. 예측이 크게 틀리면 10분 거리에 1억 원처럼 터무니없는 금액이 결제될 수 \
                 있습니다.",
            ),
            who: t(
                "Riders booking taxis in the app (about 80k trips a day), drivers paid on the quoted fare, and the \
                 customer service team that handles fare complaints.",
                "앱으로 택시를 부르는 승객(하루 약 8만 건), 확정 요금으로 정산받는 기사, 요금 민원을 처리하는 \
                 고객센터.",
            ),
            current_handling: t(
                "The app shows a wide range ('about 12,000–18,000 won') from map distance and the tariff; the meter \
                 sets the final fare; 4% of trips end in a fare complaint.",
                "앱은 지도 거리와 요금표로 '약 12,000~18,000원' 같은 넓은 범위를 보여 주고, 최종 요금은 미터기가 \
                 정합니다. 운행의 4%에서 요금 민원이 나옵니다.",
            ),
            value: t(
                "A fixed price people trust raises bookings, cuts fare disputes and complaint handling, and matches \
                 rivals that already quote upfront.",
                "믿을 수 있는 확정 요금은 호출을 늘리고 요금 분쟁과 민원 처리를 줄이며, 이미 사전 요금을 \
                 보여 주는 경쟁사와 어깨를 나란히 하게 합니다.",
            ),
            exercise_problem: t(
                "Everyday version: estimating what a weekend drive to Busan will cost in fuel and tolls before \
                 setting off.",
                "일상 버전: 주말에 부산까지 차로 갈 때 기름값과 통행료가 얼마나 들지 출발 전에 가늠하기.",
            ),
            exercise_impact: t(
                "A navigation app that quoted trip costs accurately would help people budget and choose between the \
                 car and the train, and could sell fuel and toll bundles.",
                "내비게이션 앱이 이동 비용을 정확히 알려 준다면 사람들이 예산을 세우고 자동차와 기차 중에 고르기 \
                 쉬워지며, 회사는 주유·통행료 상품도 팔 수 있습니다.",
            ),
        },
        feasibility: FeasibilitySection {
            pattern: answer(
                Tri::Yes,
                t(
                    "Duration follows route, hour, weather and traffic; distance follows the road network.",
                    "소요 시간은 경로·시간대·날씨·교통을, 거리는 도로망을 따릅니다.",
                ),
            ),
            objective: answer(
                Tri::Yes,
                t(
                    "Huber loss on minutes and kilometres; the fare error then follows from the tariff.",
                    "분과 킬로미터에 대한 Huber 손실을 목적함수로 쓰고, 요금 오차는 요금표를 거쳐 따라 나옵니다.",
                ),
            ),
            complexity: answer(
                Tri::Yes,
                t(
                    "Distance is nearly fixed by the map, but time in traffic (signals, congestion, events) is \
                     complex; ML is needed mainly for time.",
                    "거리는 지도로 거의 정해지지만, 교통 속 소요 시간(신호, 정체, 행사)은 복잡합니다. ML은 주로 \
                     시간 예측에 필요합니다.",
                ),
            ),
            data: answer(
                Tri::Yes,
                t(
                    "Three years of meter records with route traces, about 30 million trips.",
                    "경로 궤적이 달린 미터기 기록 3년 치, 약 3,000만 건이 있습니다.",
                ),
            ),
            repetition: answer(
                Tri::Yes,
                t(
                    "Every booking needs a quote; call-centre staff used to estimate fares by phone.",
                    "호출마다 요금 견적이 필요하고, 예전에는 콜센터 직원이 전화로 요금을 어림했습니다.",
                ),
            ),
            unethical: answer(
                Tri::No,
                t(
                    "The tariff is regulated and the same for everyone; no personal features enter the price.",
                    "요금표는 규제를 받고 모두에게 같으며, 가격에 개인 특성을 넣지 않습니다.",
                ),
            ),
            simple: answer(
                Tri::Unsure,
                t(
                    "Map distance × tariff is a strong simple answer for the distance part; it fails on time in \
                     traffic, so the model predicts only that.",
                    "거리 부분은 지도 거리 × 요금표라는 단순한 답이 잘 맞지만, 교통 속 시간에서 틀리므로 모델은 그 \
                     부분만 예측합니다.",
                ),
            ),
            bad_data: answer(
                Tri::No,
                t(
                    "Meter records are exact and audited by the city.",
                    "미터기 기록은 정확하고 시의 감사를 받습니다.",
                ),
            ),
            catastrophic: answer(
                Tri::Yes,
                t(
                    "One absurd quote (100 million won for a short ride) would be charged automatically and make the \
                     news. ML is allowed only behind post-processing guards: clamping to a rule-based range and \
                     human review of outliers.",
                    "터무니없는 견적 하나(단거리에 1억 원)가 자동으로 결제되면 뉴스에 나옵니다. ML은 후처리 \
                     안전장치, 즉 규칙 기반 범위로 자르기와 이상값 사람 검토 뒤에서만 씁니다.",
                ),
            ),
            explain_all: answer(
                Tri::Unsure,
                t(
                    "Regulators and riders may ask how a fare was set; the tariff applied to predicted distance and \
                     time is the explanation.",
                    "감독 기관과 승객이 요금 산정 근거를 물을 수 있습니다. 예측한 거리와 시간에 요금표를 적용한 \
                     것이 곧 설명입니다.",
                ),
            ),
            not_cost_effective: answer(
                Tri::No,
                t(
                    "CPU models are cheap; the real cost is engineering time and the guard system.",
                    "CPU 모델은 저렴하고, 진짜 비용은 개발 시간과 안전장치 구축입니다.",
                ),
            ),
        },
        goals: GoalsSection {
            goal: t(
                "Quote every rider, before the ride, a fair fare close to what the meter would have said, and never \
                 one that is wildly wrong.",
                "모든 승객에게 탑승 전에 미터기 요금에 가까운 공정한 요금을 알려 주고, 터무니없이 틀린 요금은 절대 \
                 내지 않는다.",
            ),
            objectives: vec![
                Objective {
                    name: t("Predict trip duration on the likely route", "예상 경로의 소요 시간 예측"),
                    metric: t("MAPE; share within ±15%", "MAPE, ±15% 이내 비율"),
                    target: t("MAPE ≤ 12%; Huber loss on minutes", "MAPE 12% 이하, 분 단위 Huber 손실"),
                    cadence: t("Weekly", "매주"),
                    owner: t("Pricing ML", "요금 ML팀"),
                    label_scenario: Some(LabelScenario::Labelled),
                    label_note: t(
                        "Every completed trip has its real duration from the meter.",
                        "완료된 운행마다 미터기에 실제 소요 시간이 남습니다.",
                    ),
                    weight: None,
                },
                Objective {
                    name: t("Predict trip distance", "운행 거리 예측"),
                    metric: t("MAPE", "MAPE(평균 절대 백분율 오차)"),
                    target: t("MAPE ≤ 5%", "MAPE 5% 이하"),
                    cadence: t("Monthly, and after each map update", "매월, 그리고 지도 갱신 때마다"),
                    owner: t("Pricing ML", "요금 ML팀"),
                    label_scenario: Some(LabelScenario::Labelled),
                    label_note: t(
                        "The meter records the distance actually driven.",
                        "미터기가 실제 주행 거리를 기록합니다.",
                    ),
                    weight: None,
                },
            ],
            strategy: None,
            strategy_note: t(
                "Not a weighted blend: the regulated tariff turns predicted distance and time into a fare (base fare, \
                 distance charge, time charge in slow traffic, late-night surcharge), so each model is checked \
                 against the meter on its own.",
                "가중 합산이 아닙니다. 규제된 요금표가 예측 거리와 시간을 요금으로 바꾸므로(기본요금, 거리 요금, \
                 저속 시 시간 요금, 심야 할증), 두 모델은 각각 미터기와 따로 비교합니다.",
            ),
        },
        data: DataSection {
            sources: vec![
                source(
                    t("Meter records with route traces", "경로 궤적이 담긴 미터기 기록"),
                    t("Taxi operations data team", "택시 운영 데이터팀"),
                    Tri::Yes,
                    t("Exact and audited; 0.3% of traces have GPS gaps", "정확하고 감사를 받음, 궤적의 0.3%는 GPS 끊김"),
                    t("After every trip", "운행이 끝날 때마다"),
                    Tri::Yes,
                    t("Location data: pseudonymised, kept 6 months", "위치 정보: 가명 처리, 6개월 보관"),
                ),
                source(
                    t("Map and live traffic", "지도와 실시간 교통"),
                    t("Licensed map provider", "계약한 지도 업체"),
                    Tri::No,
                    t("Good; new roads appear up to a month late", "양호, 신규 도로는 최대 한 달 늦게 반영"),
                    t("Traffic every 5 minutes, map weekly", "교통 5분마다, 지도 매주"),
                    Tri::Yes,
                    t("No personal data", "개인정보 없음"),
                ),
                source(
                    t("Booking logs with the quote shown", "보여 준 견적이 담긴 호출 로그"),
                    t("Rider app team", "승객 앱팀"),
                    Tri::No,
                    t("Complete; quotes logged only since the range display launched", "완전함, 범위 표시 도입 이후 견적만 기록"),
                    t("Real time", "실시간"),
                    Tri::Yes,
                    t("Pseudonymous rider ids", "가명 승객 ID"),
                ),
                source(
                    t("Fare complaints and refunds", "요금 민원과 환불"),
                    t("Customer service", "고객센터"),
                    Tri::Yes,
                    t(
                        "Free text, tagged by agents; reliable tags for 'overcharged'",
                        "자유 서술, 상담원이 분류, '과다 청구' 태그는 믿을 만함",
                    ),
                    t("Daily", "매일"),
                    Tri::Yes,
                    t("May contain phone numbers; masked before analysis", "전화번호가 있을 수 있어 분석 전 마스킹"),
                ),
            ],
            collection_plan: t(
                "During shadow mode, store the quote we would have shown next to the meter fare for every trip; tag \
                 trips with added stops or changed destinations; log which guard fired and why.",
                "섀도 모드 동안 운행마다 보여 줬을 견적을 미터기 요금 옆에 저장하고, 경유지 추가나 목적지 변경이 \
                 있던 운행을 표시하며, 어떤 안전장치가 왜 작동했는지 기록합니다.",
            ),
        },
        constraints: ConstraintsSection {
            schedule: t(
                "Guards and the rule-based range first (weeks 1–4); model in shadow mode against the meter (weeks \
                 5–10); upfront fares in one city from week 12.",
                "안전장치와 규칙 기반 범위를 먼저(1~4주), 모델은 미터기와 비교하는 섀도 모드(5~10주), 12주 차부터 \
                 한 도시에서 사전 확정 요금 시행.",
            ),
            budget: t(
                "Two ML engineers and a backend engineer for a quarter; CPU serving under 2 million won a month; a \
                 30 million won reserve for refunds during the pilot.",
                "한 분기 동안 ML 엔지니어 2명과 백엔드 엔지니어 1명, CPU 서빙 월 200만 원 이내, 시범 기간 환불 \
                 예비비 3,000만 원.",
            ),
            people: t(
                "Riders charged the quote, drivers paid on it, customer service, and the city transport office that \
                 must approve upfront pricing.",
                "견적대로 결제하는 승객, 그 금액으로 정산받는 기사, 고객센터, 사전 확정 요금을 승인해야 하는 시 \
                 교통 당국.",
            ),
            privacy: t(
                "Trip traces are location data: pseudonymised, kept six months, and training uses road segments \
                 rather than raw GPS.",
                "운행 궤적은 위치 정보이므로 가명 처리해 6개월만 보관하고, 원본 GPS 대신 도로 구간 단위로 \
                 학습합니다.",
            ),
            technical: t(
                "The legacy booking service expects a quote within 150 ms; the fare service must predict and run the \
                 guards within 50 ms p95, and on failure the app shows the old range and the meter decides.",
                "기존 호출 서비스는 150ms 안에 견적을 받아야 합니다. 요금 서비스는 p95 50ms 안에 예측과 안전장치 \
                 검사를 끝내야 하고, 실패하면 예전 범위를 보여 주고 미터기가 정합니다.",
            ),
            ethics: t(
                "Upfront fares follow the approved tariff, with no personalised pricing by rider history or device; \
                 any surge rule is shown separately and capped as the regulation requires.",
                "사전 요금은 승인된 요금표를 따르며 승객 이력이나 기기에 따른 개인별 가격은 없습니다. 할증 규칙이 \
                 있다면 따로 표시하고 규정 상한을 지킵니다.",
            ),
            risks: vec![
                risk(
                    t(
                        "A wild prediction produces an absurd fare, such as 100 million won for a short ride",
                        "엉뚱한 예측으로 단거리에 1억 원 같은 터무니없는 요금이 나옴",
                    ),
                    1,
                    3,
                    t(
                        "Clamp to 0.8–1.3× the rule-based fare, an absolute cap of 300,000 won inside the city, human \
                         review of every clamped quote, automatic refund if the charge exceeds the meter by 20%",
                        "규칙 기반 요금의 0.8~1.3배로 자르기, 시내 절대 상한 30만 원, 잘린 견적은 모두 사람이 \
                         검토, 결제액이 미터기보다 20% 넘게 많으면 자동 환불",
                    ),
                    t("Pricing engineering lead", "요금 엔지니어링 리드"),
                ),
                risk(
                    t(
                        "Systematic under-quotes cut driver pay, and drivers refuse upfront-fare trips",
                        "체계적인 과소 견적으로 기사 수입이 줄어 기사가 사전 요금 호출을 거부함",
                    ),
                    2,
                    3,
                    t(
                        "Watch mean quote minus meter by district and hour; top up drivers when the meter exceeds the \
                         quote by more than 10%",
                        "지역·시간대별 평균 (견적 − 미터기) 감시, 미터기가 견적보다 10% 넘게 많으면 기사에게 차액 \
                         보전",
                    ),
                    t("Driver operations lead", "기사 운영 리드"),
                ),
                risk(
                    t(
                        "Riders add stops or change destination, breaking the quote",
                        "승객이 경유지를 추가하거나 목적지를 바꿔 견적이 맞지 않게 됨",
                    ),
                    3,
                    1,
                    t(
                        "Re-quote on a destination change; the meter applies once a stop is added",
                        "목적지 변경 시 다시 견적, 경유지가 추가되면 미터기 요금 적용",
                    ),
                    t("Product manager", "프로덕트 매니저"),
                ),
                risk(
                    t(
                        "Map errors (new roads, closures) bias predicted distance",
                        "지도 오류(신규 도로, 통제)로 예측 거리가 치우침",
                    ),
                    2,
                    2,
                    t(
                        "Weekly map updates; compare predicted and driven distance per road segment and flag large \
                         gaps",
                        "매주 지도 갱신, 도로 구간별 예측·실제 거리를 비교해 차이가 큰 구간 표시",
                    ),
                    t("Pricing ML", "요금 ML팀"),
                ),
            ],
            compared_with: t(
                "The tariff applied to map distance and historical speed (rule-based), and a simple linear regression \
                 on distance and hour.",
                "지도 거리와 과거 평균 속도에 요금표를 적용한 규칙 기반 요금, 그리고 거리와 시간대로 푼 단순 선형 \
                 회귀.",
            ),
            threshold_policy: t(
                "No probability threshold: the fare is a regression. The cut-offs that matter are the guard bounds: a \
                 quote is used only within 0.8–1.3× the rule-based fare; otherwise the meter sets the fare.",
                "요금은 회귀 문제라 확률 임계값은 없습니다. 중요한 경계는 안전장치의 범위입니다. 견적이 규칙 기반 \
                 요금의 0.8~1.3배 안에 있을 때만 쓰고, 벗어나면 미터기가 요금을 정합니다.",
            ),
            speed_accuracy: t(
                "Gradient-boosted trees (88% within ±10%, p95 12 ms) over a deep traffic-sequence model (90%, p95 \
                 80 ms): the quote has 50 ms, and the guards, not two points of accuracy, are what prevent disasters.",
                "딥러닝 교통 시퀀스 모델(±10% 이내 90%, p95 80ms)보다 그래디언트 부스팅 트리(88%, p95 12ms)를 \
                 택합니다. 견적에 주어진 시간은 50ms이고, 사고를 막는 것은 정확도 2%p가 아니라 안전장치입니다.",
            ),
            interpretability: t(
                "Each quote is explainable as the tariff applied to predicted distance and time; riders can open a \
                 breakdown; the transport office gets a monthly report of quote versus meter.",
                "모든 견적은 예측 거리와 시간에 요금표를 적용한 것으로 설명됩니다. 승객은 요금 내역을 열어 볼 수 \
                 있고, 교통 당국은 매월 견적 대 미터기 보고서를 받습니다.",
            ),
            error_tolerance: Some(ErrorTolerance::Balanced),
            guards: t(
                "1) Compute the rule-based fare for the map route and clamp the model's fare to 0.8–1.3× of it. \
                 2) Absolute bounds: at least the base fare, at most 300,000 won inside the city. 3) A clamped or \
                 out-of-range quote is replaced by meter pricing and sent to human review. 4) Automatic refund when \
                 the charge exceeds the meter by more than 20%. 5) Tests on the tariff formula and a kill switch back \
                 to meter pricing.",
                "1) 지도 경로로 규칙 기반 요금을 계산하고 모델 요금을 그 0.8~1.3배로 자릅니다. 2) 절대 범위: 최소 \
                 기본요금, 시내 최대 30만 원. 3) 잘리거나 범위를 벗어난 견적은 미터기 요금으로 바꾸고 사람이 \
                 검토합니다. 4) 결제액이 미터기보다 20% 넘게 많으면 자동 환불합니다. 5) 요금 공식 테스트와 \
                 미터기 요금으로 즉시 되돌리는 차단 스위치를 둡니다.",
            ),
        },
        threshold: ThresholdSection::default(),
        tradeoff: TradeoffSection {
            candidates: vec![
                candidate(
                    t(
                        "Rule-based: map distance and hourly speed (share within ±10%)",
                        "규칙 기반: 지도 거리와 시간대 속도(±10% 이내 비율)",
                    ),
                    0.71,
                    2.0,
                    4.0,
                    4000.0,
                    230.0,
                ),
                candidate(t("Gradient-boosted trees", "그래디언트 부스팅 트리"), 0.88, 5.0, 12.0, 1500.0, 230.0),
                candidate(t("Deep traffic-sequence model", "딥러닝 교통 시퀀스 모델"), 0.90, 35.0, 80.0, 200.0, 1400.0),
            ],
            p95_budget_ms: Some(50.0),
            peak_qps: Some(400.0),
            monthly_budget: Some(2_000_000.0),
        },
        abtest: AbTestSection {
            baseline_rate: Some(0.54),
            mde: Some(0.03),
            mde_relative: true,
            alpha: Some(0.05),
            power: Some(0.8),
            daily_traffic: Some(150_000.0),
            ..Default::default()
        },
        baseline: BaselineSection {
            kind: Some(BaselineKind::SimpleModel),
            description: t(
                "Linear regression of the fare on map distance, hour of day and day of week, fitted on last year's \
                 meter records.",
                "작년 미터기 기록으로 요금을 지도 거리, 시간대, 요일에 대해 푼 선형 회귀.",
            ),
            score: t(
                "MAPE 13%; 74% of fares within ±10% of the meter; the worst 1% of trips off by more than 45%.",
                "MAPE 13%, 요금의 74%가 미터기 ±10% 이내, 최악 1% 운행은 45% 넘게 빗나감.",
            ),
            margin: t(
                "At least 85% within ±10%, and no quote outside the guard range in six weeks of shadow mode; bookings \
                 after a quote up 3% (relative) in the pilot.",
                "6주 섀도 모드에서 ±10% 이내 85% 이상이고 안전장치 범위를 벗어난 견적이 없어야 하며, 시범 \
                 운영에서 견적 후 호출이 상대 3% 늘어야 합니다.",
            ),
            prototype_tool: t(
                "A Streamlit page: pick origin, destination and time; see the rule-based fare, the model fare, the \
                 clamped quote and meter fares of similar past trips",
                "Streamlit 페이지: 출발지, 목적지, 시각을 고르면 규칙 기반 요금, 모델 요금, 자른 견적, 비슷한 과거 \
                 운행의 미터기 요금을 보여 줌",
            ),
            prototype_audience: t(
                "The pricing team, customer service leads, five taxi drivers, and our contact at the transport office",
                "요금팀, 고객센터 리더, 택시 기사 5명, 교통 당국 담당자",
            ),
            prototype_feedback: t(
                "Do quotes feel fair next to the meter? Which trips look under- or over-quoted (airport, bridges, late \
                 night)? Is the breakdown clear?",
                "미터기와 비교해 견적이 공정하게 느껴지는가? 공항, 다리, 심야 중 어떤 운행이 싸거나 비싸게 \
                 나오는가? 요금 내역이 이해하기 쉬운가?",
            ),
        },
        metrics: MetricsSection {
            links: vec![
                link(
                    t("Bookings after seeing a quote", "견적을 본 뒤의 호출 전환율"),
                    t("Share of quotes within ±10% of the meter", "미터기 ±10% 이내 견적 비율"),
                    Direction::Up,
                ),
                link(
                    t("Fare complaints per 1,000 trips", "1,000건당 요금 민원"),
                    t("Absolute percentage error of the worst 1% of quotes", "최악 1% 견적의 절대 백분율 오차"),
                    Direction::Down,
                ),
                link(
                    t("Refunds paid per month", "월 환불액"),
                    t("Share of quotes clamped by the guards", "안전장치에 잘린 견적 비율"),
                    Direction::Down,
                ),
                link(
                    t("Driver top-ups per month", "월 기사 차액 보전액"),
                    t("Under-quote bias (mean meter minus quote)", "과소 견적 편향(평균 미터기 − 견적)"),
                    Direction::Down,
                ),
            ],
            label_inference: t(
                "The meter fare of the same trip, recorded next to the quote in shadow mode and during the pilot, is \
                 the label; trips with added stops or changed destinations are dropped; complaints and refunds mark \
                 quotes that felt wrong.",
                "섀도 모드와 시범 운영 동안 견적 옆에 기록한 같은 운행의 미터기 요금이 레이블입니다. 경유지 추가나 \
                 목적지 변경이 있던 운행은 빼고, 민원과 환불은 잘못 느껴진 견적의 표시로 씁니다.",
            ),
        },
        monitoring: MonitoringSection {
            watched: t(
                "Quote versus meter by district, hour and distance band; share of clamped quotes; refunds; \
                 complaints; driver top-ups.",
                "지역·시간대·거리 구간별 견적 대 미터기, 잘린 견적 비율, 환불, 민원, 기사 차액 보전.",
            ),
            alerts: t(
                "Any quote that hits the absolute cap; clamped share above 1% in an hour; mean quote minus meter \
                 beyond ±5% for a district on any day.",
                "절대 상한에 걸린 견적이 하나라도 나올 때, 1시간 동안 잘린 견적이 1%를 넘을 때, 어느 지역이든 \
                 하루 평균 (견적 − 미터기)가 ±5%를 넘을 때.",
            ),
            outputs: t(
                "Every quote stored with the rule-based fare, the raw model fare, the clamp applied and the final \
                 meter fare.",
                "모든 견적을 규칙 기반 요금, 모델 원래 요금, 적용된 자르기, 최종 미터기 요금과 함께 저장합니다.",
            ),
            where_wrong: t(
                "Slice by airport trips, late-night surcharge hours, bridges and tunnels, heavy rain, trips under 2 km \
                 and very long trips.",
                "공항 운행, 심야 할증 시간, 다리와 터널, 폭우, 2km 미만 단거리와 아주 먼 운행별로 나눠 봅니다.",
            ),
            basis: t(
                "Check feature importance: duration should come from traffic and route, not from a leak such as the \
                 meter's running fare.",
                "특성 중요도를 확인합니다. 소요 시간 예측은 교통과 경로에서 나와야지, 미터기 진행 요금 같은 누수 \
                 특성에서 나오면 안 됩니다.",
            ),
            failing_features: t(
                "New roads not yet on the map, festivals and closures, snow days, trips that cross city borders with \
                 a different tariff.",
                "지도에 아직 없는 신규 도로, 축제와 도로 통제, 눈 오는 날, 요금표가 다른 시 경계를 넘는 운행.",
            ),
            retrain_trigger: t(
                "Monthly; sooner when the share within ±10% stays below 85% for a week, and always re-validate when \
                 the tariff changes.",
                "매월, ±10% 이내 비율이 일주일 동안 85% 아래면 그 전에라도, 요금표가 바뀌면 반드시 재검증합니다.",
            ),
            loop_back: t(
                "If clamping fires often in a slice, the model is not ready there: gather data or keep the meter. If \
                 complaints rise despite accuracy, revisit the problem definition: riders may want a range, not a \
                 point.",
                "어떤 구간에서 자르기가 자주 작동하면 모델이 아직 준비되지 않은 것이니 데이터를 더 모으거나 \
                 미터기를 유지합니다. 정확한데도 민원이 늘면 문제 정의로 돌아갑니다. 승객은 한 점이 아니라 범위를 \
                 원할 수도 있습니다.",
            ),
        },
        canvas: CanvasSection {
            key_partners: n(&[
                ("Taxi companies and drivers' associations", "택시 회사와 기사 단체"),
                ("City transport office", "시 교통 당국"),
                ("Map and traffic provider", "지도·교통 정보 업체"),
            ]),
            key_activities: n(&[
                ("Booking and dispatch", "호출과 배차"),
                ("Fare quoting and guards", "요금 견적과 안전장치"),
                ("Customer service", "고객 응대"),
            ]),
            key_resources: n(&[
                ("Meter and trip records", "미터기와 운행 기록"),
                ("Licensed driver network", "면허 기사 네트워크"),
                ("The fare guard system", "요금 안전장치 시스템"),
            ]),
            value_propositions: n(&[
                ("Riders: a known price before the ride", "승객: 타기 전에 아는 요금"),
                ("Drivers: no fare arguments", "기사: 요금 실랑이 없음"),
                ("City: transparent pricing", "시: 투명한 요금"),
            ]),
            customer_relationships: n(&[
                ("Self-service app", "셀프서비스 앱"),
                ("Fare breakdown and refunds", "요금 내역과 환불"),
                ("Driver support line", "기사 지원 전화"),
            ]),
            channels: n(&[
                ("Rider app", "승객 앱"),
                ("Driver app", "기사 앱"),
                ("Call centre for phone bookings", "전화 호출용 콜센터"),
            ]),
            customer_segments: n(&[
                ("City riders", "도시 승객"),
                ("Business travellers", "출장객"),
                ("Taxi drivers", "택시 기사"),
            ]),
            cost_structure: n(&[
                ("Refunds and driver top-ups", "환불과 기사 차액 보전"),
                ("Engineering and cloud", "개발 인력과 클라우드"),
                ("Customer service", "고객센터"),
            ]),
            revenue_streams: n(&[
                ("Booking fee", "호출 수수료"),
                ("Commission from taxi companies", "택시 회사 수수료"),
                ("Corporate accounts", "법인 계정"),
            ]),
            flywheel: n(&[
                ("Fair, predictable fares", "공정하고 예측 가능한 요금"),
                ("More riders book through the app", "앱으로 호출하는 승객 증가"),
                ("Drivers get more trips and fewer disputes", "기사의 운행 증가와 분쟁 감소"),
                ("More trip records to learn fares from", "요금을 배울 운행 기록 증가"),
            ]),
            ml_lever: Some(0),
            ml_lever_note: t(
                "The fare model makes quotes accurate; the guards make them safe. Without the guards, one headline \
                 about an absurd fare could stop this flywheel.",
                "요금 모델은 견적을 정확하게, 안전장치는 견적을 안전하게 만듭니다. 안전장치가 없으면 터무니없는 \
                 요금 기사 하나로 이 플라이휠이 멈출 수 있습니다.",
            ),
            ..canvas(
                t(
                    "A taxi-booking app that connects riders with licensed taxis and now offers fixed fares upfront.",
                    "승객과 면허 택시를 연결하고, 이제 탑승 전 확정 요금을 제공하는 택시 호출 앱.",
                ),
                t(
                    "Meter records with route traces (exact, audited), map and traffic data (licensed), booking logs, \
                     complaints and refunds.",
                    "경로 궤적이 담긴 미터기 기록(정확, 감사받음), 지도·교통 정보(계약), 호출 로그, 민원과 환불.",
                ),
                t(
                    "Shown directly to riders as the fixed price before booking and charged automatically; drivers \
                     see the quote as their fare.",
                    "호출 전 확정 가격으로 승객에게 바로 보이고 자동으로 결제되며, 기사에게는 그 견적이 곧 운임입니다.",
                ),
            )
        },
        ..base(&META, lang)
    }
}
