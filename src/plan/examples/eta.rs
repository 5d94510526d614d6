//! Example 2: ride-hailing arrival-time prediction and dispatch, the marketplace case study.

use super::{answer, base, candidate, canvas, link, notes, risk, source, tr, Meta};
use crate::i18n::Lang;
use crate::plan::{
    AbTestSection, BaselineKind, BaselineSection, CanvasSection, ConstraintsSection, DataSection, Direction,
    ErrorTolerance, FeasibilitySection, GoalsSection, LabelScenario, MetricsSection, MonitoringSection, Objective,
    ObjectiveStrategy, Plan, ProblemSection, ThresholdSection, TradeoffSection, Tri,
};

pub(super) const META: Meta = Meta {
    key: "eta",
    plan,
    title: ("Ride-hailing: arrival-time prediction and dispatch", "차량 호출: 도착 시간(ETA) 예측과 배차"),
    summary: (
        "Match rider demand with driver supply: predict pickup times, choose which car goes to which rider, and turn \
         the marketplace flywheel.",
        "승객 수요와 기사 공급을 맞추는 문제: 픽업 시간을 예측하고 어느 차를 어느 승객에게 보낼지 정해 \
         플라이휠을 돌립니다.",
    ),
};

pub(super) fn plan(lang: Lang) -> Plan {
    let t = |en: &str, ko: &str| tr(lang, en, ko);
    let n = |pairs: &[(&str, &str)]| notes(lang, pairs);
    Plan {
        problem: ProblemSection {
            statement: t(
                "At peak hours riders wait 7–8 minutes and 9% cancel, while drivers nearby sit idle: dispatch sends \
                 the car closest in a straight line, not the one that arrives first, and the ETA we show is often \
                 too optimistic.",
                "출퇴근 시간에 승객은 7~8분을 기다리고 9%가 호출을 취소하는데, 근처 기사는 놀고 있습니다. 배차가 \
                 가장 먼저 도착할 차가 아니라 직선거리로 가장 가까운 차를 보내고, 화면에 보여 주는 도착 예정 \
                 시간도 자주 지나치게 낙관적이기 때문입니다.",
            ),
            who: t(
                "Riders in three large cities (about 150k trips a day), 20k active drivers, and the dispatch \
                 operations team.",
                "대도시 세 곳의 승객(하루 약 15만 건 운행), 활동 기사 2만 명, 배차 운영팀.",
            ),
            current_handling: t(
                "Nearest free car by straight-line distance; ETA = road distance ÷ the zone's average speed for that \
                 hour; operators reassign by hand when a driver gets stuck.",
                "직선거리로 가장 가까운 빈 차를 보내고, ETA는 도로 거리 ÷ 그 시간대 구역 평균 속도로 계산합니다. \
                 기사가 막히면 운영자가 손으로 다시 배차합니다.",
            ),
            value: t(
                "Shorter waits mean more completed trips; less empty driving means higher earnings per hour, which \
                 keeps drivers online. This is the marketplace flywheel.",
                "대기 시간이 줄면 완료 운행이 늘고, 빈 차로 달리는 거리가 줄면 기사의 시간당 수입이 올라 기사가 \
                 계속 운행합니다. 이것이 플랫폼의 플라이휠입니다.",
            ),
            exercise_problem: t(
                "Everyday version: when should I leave home to catch the 8:12 bus, given how late it usually runs on \
                 rainy Mondays?",
                "일상 버전: 비 오는 월요일마다 늦게 오는 8시 12분 버스를 타려면 집에서 언제 나서야 할까요?",
            ),
            exercise_impact: t(
                "A transit app that predicted real arrival times would cut waiting at stops and make buses feel \
                 reliable, which brings more riders.",
                "대중교통 앱이 실제 도착 시간을 예측해 준다면 정류장 대기가 줄고 버스를 믿을 수 있게 되어 \
                 이용객이 늘어납니다.",
            ),
        },
        feasibility: FeasibilitySection {
            pattern: answer(
                Tri::Yes,
                t(
                    "Travel time follows road, hour, weather and traffic; acceptance follows distance and trip value.",
                    "이동 시간은 도로·시간대·날씨·교통에 따라, 수락 여부는 거리와 운행 가치에 따라 패턴이 있습니다.",
                ),
            ),
            objective: answer(
                Tri::Yes,
                t(
                    "ETA: Huber loss between predicted and actual minutes; acceptance and cancellation: log loss.",
                    "ETA는 예측·실제 분 사이의 Huber 손실, 수락과 취소는 로그 손실로 목적함수를 씁니다.",
                ),
            ),
            complexity: answer(
                Tri::Yes,
                t(
                    "Traffic, signals, U-turns, building entrances and events interact; distance ÷ average speed \
                     misses by three minutes on average.",
                    "교통, 신호, 유턴, 건물 입구, 행사가 서로 얽혀 있어 거리 ÷ 평균 속도는 평균 3분씩 빗나갑니다.",
                ),
            ),
            data: answer(
                Tri::Yes,
                t(
                    "Millions of completed trips a month, each with GPS traces and timestamps.",
                    "매달 수백만 건의 완료 운행이 GPS 궤적, 시각과 함께 쌓입니다.",
                ),
            ),
            repetition: answer(
                Tri::Yes,
                t(
                    "Every request needs an ETA and an assignment, thousands of times a minute.",
                    "호출마다 ETA와 배차가 필요하고, 그런 호출이 1분에 수천 건입니다.",
                ),
            ),
            unethical: answer(
                Tri::Unsure,
                t(
                    "Optimising acceptance could leave some districts waiting longer; we check wait-time parity.",
                    "수락률을 최적화하면 특정 지역이 더 오래 기다릴 수 있어, 지역별 대기 시간 형평성을 점검합니다.",
                ),
            ),
            simple: answer(
                Tri::No,
                t(
                    "Nearest car works at low demand but wastes supply at peak, and human dispatchers cannot keep up.",
                    "가장 가까운 차 보내기는 한산할 때는 통하지만 붐빌 때는 공급을 낭비하고, 사람이 배차하기엔 \
                     호출이 너무 많습니다.",
                ),
            ),
            bad_data: answer(
                Tri::No,
                t(
                    "Trip data is logged automatically and plentifully; only GPS noise needs cleaning.",
                    "운행 데이터는 자동으로 넉넉히 쌓이고, GPS 잡음만 정제하면 됩니다.",
                ),
            ),
            catastrophic: answer(
                Tri::No,
                t(
                    "A wrong ETA annoys a rider but harms no one; fallbacks and bounds limit the damage.",
                    "ETA가 틀리면 승객이 불편하지만 큰 피해는 없고, 대체 경로와 범위 제한이 피해를 줄입니다.",
                ),
            ),
            explain_all: answer(
                Tri::No,
                t(
                    "Operations need reasons when a driver disputes an assignment; riders do not.",
                    "기사가 배차에 이의를 제기할 때 운영팀은 이유가 필요하지만, 승객에게는 필요 없습니다.",
                ),
            ),
            not_cost_effective: answer(
                Tri::No,
                t(
                    "CPU models and a traffic licence cost little next to what we spend on driver incentives.",
                    "CPU 모델과 교통 정보 이용료는 기사 인센티브 지출에 비하면 작습니다.",
                ),
            ),
        },
        goals: GoalsSection {
            goal: t(
                "Get every rider the car that arrives first, and tell them honestly when it will arrive, so waits \
                 shrink and drivers earn more per hour.",
                "모든 승객에게 가장 먼저 도착할 차를 보내고 도착 시간을 정직하게 알려, 대기는 줄이고 기사의 시간당 \
                 수입은 높인다.",
            ),
            objectives: vec![
                Objective {
                    name: t("Predict the pickup ETA of each candidate car", "후보 차량별 픽업 ETA 예측"),
                    metric: t("MAE in minutes; share within ±2 minutes", "분 단위 MAE, ±2분 이내 비율"),
                    target: t("MAE ≤ 1.5 min, 80% within ±2 min; Huber loss", "MAE 1.5분 이하, ±2분 이내 80%, Huber 손실"),
                    cadence: t(
                        "Weekly retraining; live traffic features every 5 minutes",
                        "매주 재학습, 실시간 교통 특성은 5분마다",
                    ),
                    owner: t("Marketplace ML", "마켓플레이스 ML팀"),
                    label_scenario: Some(LabelScenario::Labelled),
                    label_note: t(
                        "Every completed trip logs its real pickup time, but only for the car we actually sent.",
                        "완료된 운행마다 실제 픽업 시각이 남지만, 실제로 보낸 차의 것만 남습니다.",
                    ),
                    weight: Some(0.5),
                },
                Objective {
                    name: t("Predict whether the driver accepts", "기사 수락 여부 예측"),
                    metric: t("AUC and log loss", "AUC와 로그 손실"),
                    target: t("AUC ≥ 0.85", "AUC 0.85 이상"),
                    cadence: t("Weekly", "매주"),
                    owner: t("Marketplace ML", "마켓플레이스 ML팀"),
                    label_scenario: Some(LabelScenario::Labelled),
                    label_note: t(
                        "Every offer ends in accept, decline or timeout.",
                        "모든 배차 제안은 수락, 거절, 시간 초과 중 하나로 끝납니다.",
                    ),
                    weight: Some(0.3),
                },
                Objective {
                    name: t("Predict rider cancellation before pickup", "픽업 전 승객 취소 예측"),
                    metric: t("AUC", "AUC(ROC 곡선 아래 면적)"),
                    target: t("AUC ≥ 0.75; log loss", "AUC 0.75 이상, 로그 손실"),
                    cadence: t("Monthly", "매월"),
                    owner: t("Rider experience data science", "승객 경험 데이터 과학팀"),
                    label_scenario: Some(LabelScenario::Proxy),
                    label_note: t(
                        "Cancellations are logged without a reason. Those within 30 seconds of booking count as a \
                         change of mind, not a reaction to the wait, and are dropped.",
                        "취소는 이유 없이 기록됩니다. 호출 후 30초 안의 취소는 대기 때문이 아니라 마음이 바뀐 \
                         것으로 보고 제외하는 유사 레이블입니다.",
                    ),
                    weight: Some(0.2),
                },
            ],
            strategy: Some(ObjectiveStrategy::SeparateModels),
            strategy_note: t(
                "Three models give one dispatch score per rider–car pair: 0.5·(shorter predicted pickup) + \
                 0.3·(acceptance) + 0.2·(1 − cancellation). A batch matcher assigns cars every 2 seconds to maximise \
                 the total. Food recommendations for the delivery arm are a separate plan with their own models.",
                "모델 세 개가 승객–차량 쌍마다 배차 점수 하나를 만듭니다: 0.5·(짧은 예상 픽업 시간) + 0.3·(수락 \
                 확률) + 0.2·(1 − 취소 확률). 배치 매칭이 2초마다 총점이 최대가 되도록 배차합니다. 배달 \
                 부문의 음식 추천은 별도 모델을 쓰는 별도 계획입니다.",
            ),
        },
        data: DataSection {
            sources: vec![
                source(
                    t("Trip logs: request, assignment, pickup, drop-off", "운행 로그: 호출·배차·픽업·하차"),
                    t("Marketplace data team", "마켓플레이스 데이터팀"),
                    Tri::Yes,
                    t("Complete for finished trips; cancelled trips lack pickup times", "완료 운행은 완전함, 취소 운행은 픽업 시각 없음"),
                    t("Real time", "실시간"),
                    Tri::Yes,
                    t("Pseudonymous ids; precise locations kept 30 days", "가명 ID, 정밀 위치는 30일 보관"),
                ),
                source(
                    t("Driver GPS pings every 4 seconds", "4초 간격 기사 GPS"),
                    t("Driver app team", "기사 앱팀"),
                    Tri::No,
                    t("Noisy in tunnels and among tall buildings; needs map matching", "터널과 고층 빌딩 사이에서 잡음, 맵 매칭 필요"),
                    t("Streaming", "스트리밍"),
                    Tri::Yes,
                    t("Location data: consent in the driver terms", "위치 정보: 기사 약관으로 동의 받음"),
                ),
                source(
                    t("Live traffic speeds", "실시간 교통 속도"),
                    t("Licensed map and traffic provider", "계약한 지도·교통 정보 업체"),
                    Tri::No,
                    t("Good on main roads, thin in alleys", "큰길은 정확, 골목은 데이터 부족"),
                    t("Every 5 minutes", "5분마다"),
                    Tri::Yes,
                    t("No personal data", "개인정보 없음"),
                ),
                source(
                    t("Dispatch offers and driver responses", "배차 제안과 기사 응답"),
                    t("Dispatch service team", "배차 서비스팀"),
                    Tri::Yes,
                    t("Complete since last year's logging fix", "작년 로깅 수정 이후 완전함"),
                    t("Real time", "실시간"),
                    Tri::Yes,
                    t("Driver ids pseudonymised", "기사 ID 가명 처리"),
                ),
            ],
            collection_plan: t(
                "Log the ETA actually shown to each rider, and the GPS of cars we did not send, so alternatives can be \
                 checked; record weather per zone; log the pickup point riders pick on the map.",
                "승객에게 실제로 보여 준 ETA와 보내지 않은 차의 GPS도 기록해 다른 선택지를 검증할 수 있게 하고, \
                 구역별 날씨와 승객이 지도에서 고른 픽업 지점을 기록합니다.",
            ),
        },
        constraints: ConstraintsSection {
            schedule: t(
                "ETA model in shadow mode in 6 weeks; switchback test in one city in week 9; then one city at a time.",
                "6주 안에 ETA 모델 섀도 모드, 9주 차에 한 도시에서 스위치백 테스트, 이후 도시별 순차 적용.",
            ),
            budget: t(
                "Three ML engineers for two quarters; traffic licence 20 million won a month; serving under 5 million \
                 won a month.",
                "두 분기 동안 ML 엔지니어 3명, 교통 정보 이용료 월 2,000만 원, 서빙 비용 월 500만 원 이내.",
            ),
            people: t(
                "Riders waiting in the street, drivers whose income depends on assignments, dispatch operators, and \
                 the delivery arm that shares the same drivers.",
                "길에서 기다리는 승객, 배차에 수입이 달린 기사, 배차 운영자, 같은 기사를 공유하는 배달 부문.",
            ),
            privacy: t(
                "Location is personal data under Korean law: consent from riders and drivers, precise traces deleted \
                 after 30 days, training on map-matched road segments rather than raw traces.",
                "위치는 국내법상 개인정보입니다. 승객과 기사의 동의를 받고, 정밀 궤적은 30일 뒤 삭제하며, 원본 \
                 궤적 대신 맵 매칭된 도로 구간으로 학습합니다.",
            ),
            technical: t(
                "The legacy dispatch monolith answers in under 100 ms; the ETA service must reply within 20 ms p95 \
                 and fall back to distance ÷ zone speed on timeout.",
                "기존 배차 모놀리스는 100ms 안에 응답합니다. ETA 서비스는 p95 20ms 안에 답해야 하고, 시간 초과 \
                 시 거리 ÷ 구역 속도로 대체합니다.",
            ),
            ethics: t(
                "The acceptance model must not learn to avoid neighbourhoods or short trips; wait times are \
                 monitored by district so no area is served systematically worse.",
                "수락 모델이 특정 동네나 단거리 운행을 피하도록 학습해서는 안 됩니다. 지역별 대기 시간을 \
                 감시해 어느 지역도 체계적으로 불리하지 않게 합니다.",
            ),
            risks: vec![
                risk(
                    t(
                        "The acceptance model steers cars away from poorer districts",
                        "수락 모델이 소득이 낮은 지역에서 차를 멀어지게 함",
                    ),
                    2,
                    3,
                    t(
                        "Cap the acceptance weight; weekly wait-time parity check by district; destination hidden \
                         until the driver accepts",
                        "수락 가중치 상한, 매주 지역별 대기 시간 형평성 점검, 수락 전에는 목적지 비공개",
                    ),
                    t("Marketplace policy lead", "마켓플레이스 정책 리드"),
                ),
                risk(
                    t(
                        "Test and control share the same drivers, so a plain A/B test is biased",
                        "실험군과 대조군이 같은 기사를 공유해 일반 A/B 테스트가 편향됨",
                    ),
                    3,
                    2,
                    t(
                        "Switchback test: whole zones alternate between old and new dispatch every 30 minutes",
                        "스위치백 테스트: 구역 전체를 30분마다 기존·신규 배차로 번갈아 운영",
                    ),
                    t("Data scientist", "데이터 과학자"),
                ),
                risk(
                    t("A traffic feed outage makes ETAs optimistic", "교통 정보 장애로 ETA가 낙관적으로 나옴"),
                    2,
                    2,
                    t(
                        "Detect a stale feed, fall back to historical speeds and show a wider ETA range",
                        "정보 지연을 감지하면 과거 평균 속도로 대체하고 ETA를 범위로 넓게 표시",
                    ),
                    t("ETA service engineer", "ETA 서비스 엔지니어"),
                ),
                risk(
                    t("ETA labels exist only for the car we sent", "ETA 레이블이 실제로 보낸 차에만 있음"),
                    3,
                    1,
                    t(
                        "Replay GPS of cars not sent to estimate their arrival; reweight by dispatch probability",
                        "보내지 않은 차의 GPS를 재생해 도착 시간을 추정하고, 배차 확률로 가중치 보정",
                    ),
                    t("Marketplace ML", "마켓플레이스 ML팀"),
                ),
            ],
            compared_with: t(
                "Nearest-car dispatch with ETA = distance ÷ zone average speed.",
                "가장 가까운 차 배차와 거리 ÷ 구역 평균 속도로 낸 ETA.",
            ),
            threshold_policy: t(
                "Dispatch uses scores, not a cut-off. One operational limit: if no car can arrive within 15 minutes, \
                 tell the rider 'no cars nearby' instead of promising a long wait.",
                "배차는 임계값이 아니라 점수로 합니다. 운영상 한계 하나만 둡니다: 15분 안에 도착할 차가 없으면 긴 \
                 대기를 약속하지 않고 '근처에 차량 없음'을 보여 줍니다.",
            ),
            speed_accuracy: t(
                "Gradient-boosted trees (80% within ±2 min, p95 9 ms) over the road-graph network (83%, p95 45 ms): \
                 the matcher must score about 30 cars per request inside 20 ms.",
                "도로 그래프 신경망(±2분 이내 83%, p95 45ms)보다 그래디언트 부스팅 트리(80%, p95 9ms)를 택합니다. \
                 매칭은 호출마다 차 30대가량을 20ms 안에 평가해야 합니다.",
            ),
            interpretability: t(
                "Operations see each assignment's predicted pickup times and the runners-up, to settle driver \
                 disputes; drivers and riders see only the ETA.",
                "운영팀은 기사 이의 처리를 위해 배차마다 예상 픽업 시간과 차점 후보를 보고, 기사와 승객은 ETA만 \
                 봅니다.",
            ),
            error_tolerance: Some(ErrorTolerance::Balanced),
            guards: t(
                "The shown ETA is rounded up to the next minute; a prediction outside 0.5× to 3× the rule-based ETA \
                 is replaced by the rule-based one.",
                "보여 주는 ETA는 분 단위로 올림하고, 규칙 기반 ETA의 0.5배~3배를 벗어난 예측은 규칙 기반 값으로 \
                 바꿉니다.",
            ),
        },
        threshold: ThresholdSection::default(),
        tradeoff: TradeoffSection {
            candidates: vec![
                candidate(
                    t("Zone-and-hour average (share within ±2 min)", "구역·시간대 평균(±2분 이내 비율)"),
                    0.62,
                    1.0,
                    2.0,
                    5000.0,
                    230.0,
                ),
                candidate(
                    t("Gradient-boosted trees with live traffic", "실시간 교통을 쓰는 그래디언트 부스팅 트리"),
                    0.80,
                    4.0,
                    9.0,
                    1500.0,
                    230.0,
                ),
                candidate(
                    t("Graph neural network over the road network", "도로망 그래프 신경망"),
                    0.83,
                    18.0,
                    45.0,
                    300.0,
                    1400.0,
                ),
            ],
            p95_budget_ms: Some(20.0),
            peak_qps: Some(2000.0),
            monthly_budget: Some(5_000_000.0),
        },
        abtest: AbTestSection {
            baseline_rate: Some(0.31),
            mde: Some(0.03),
            mde_relative: true,
            alpha: Some(0.05),
            power: Some(0.8),
            daily_traffic: Some(600_000.0),
            ..Default::default()
        },
        baseline: BaselineSection {
            kind: Some(BaselineKind::RuleBased),
            description: t(
                "Send the nearest free car in a straight line; show ETA = road distance ÷ that zone's average speed \
                 for the hour.",
                "직선거리로 가장 가까운 빈 차를 보내고, ETA는 도로 거리 ÷ 그 시간대 구역 평균 속도로 보여 줍니다.",
            ),
            score: t(
                "Pickup ETA MAE 3.1 min; 62% within ±2 min; average wait 7.4 min; 9% cancellations.",
                "픽업 ETA MAE 3.1분, ±2분 이내 62%, 평균 대기 7.4분, 취소율 9%.",
            ),
            margin: t(
                "ETA MAE at least one minute lower offline; in the switchback test, average wait down 10% with \
                 cancellations not up.",
                "오프라인 ETA MAE가 1분 이상 낮고, 스위치백 테스트에서 평균 대기가 10% 줄면서 취소율은 늘지 않아야 \
                 합니다.",
            ),
            prototype_tool: t(
                "A Gradio map: pick a pickup point and time, see the candidate cars with old and new ETAs and which \
                 car each rule would send",
                "Gradio 지도: 픽업 지점과 시각을 고르면 후보 차량의 기존·신규 ETA와 각 방식이 보낼 차를 보여 줌",
            ),
            prototype_audience: t(
                "Dispatch operators, three veteran drivers and the city operations manager",
                "배차 운영자, 경력 많은 기사 3명, 도시 운영 관리자",
            ),
            prototype_feedback: t(
                "Would a veteran dispatcher pick the same car? Where do ETAs look wrong: bridges, school zones, rain?",
                "노련한 배차 담당자라도 같은 차를 골랐을까? 다리, 어린이 보호구역, 비 오는 날 중 어디서 ETA가 \
                 어긋나 보이는가?",
            ),
        },
        metrics: MetricsSection {
            links: vec![
                link(t("Average rider wait", "승객 평균 대기 시간"), t("Pickup ETA MAE", "픽업 ETA MAE"), Direction::Down),
                link(
                    t("Bookings after seeing the ETA", "ETA를 본 뒤의 호출 전환율"),
                    t("Share of ETAs within ±2 minutes", "±2분 이내 ETA 비율"),
                    Direction::Up,
                ),
                link(
                    t("Driver earnings per online hour", "기사의 운행 시간당 수입"),
                    t("Acceptance-model AUC (fewer declined offers)", "수락 모델 AUC(거절되는 제안 감소)"),
                    Direction::Up,
                ),
                link(
                    t("Cancellations before pickup", "픽업 전 취소"),
                    t("Cancellation-model AUC", "취소 모델 AUC"),
                    Direction::Down,
                ),
            ],
            label_inference: t(
                "The GPS pickup time is the ETA label; an offer accepted within 15 seconds is a positive for \
                 acceptance; a rider who cancels after waiting longer than the ETA shown tells us that ETA was too \
                 optimistic.",
                "GPS로 확인한 픽업 시각이 ETA 레이블이고, 15초 안에 수락된 제안은 수락 모델의 양성입니다. 보여 준 \
                 ETA보다 오래 기다리다 취소한 승객은 그 ETA가 너무 낙관적이었다는 신호입니다.",
            ),
        },
        monitoring: MonitoringSection {
            watched: t(
                "By zone and hour: ETA MAE and bias (predicted minus actual), average wait, cancellations, acceptance \
                 rate, driver earnings per hour.",
                "구역·시간대별 ETA MAE와 편향(예측 − 실제), 평균 대기, 취소율, 수락률, 기사 시간당 수입.",
            ),
            alerts: t(
                "ETA bias beyond ±1 minute for an hour in any zone; cancellations up 25% on the same hour last week; \
                 traffic feed older than 10 minutes.",
                "어느 구역이든 ETA 편향이 1시간 동안 ±1분을 넘을 때, 취소율이 지난주 같은 시간보다 25% 높을 때, \
                 교통 정보가 10분 넘게 갱신되지 않을 때.",
            ),
            outputs: t(
                "Every prediction logged with the car, route and traffic snapshot; a daily map of ETA error by zone.",
                "모든 예측을 차량, 경로, 교통 스냅숏과 함께 기록하고, 구역별 ETA 오차 지도를 매일 만듭니다.",
            ),
            where_wrong: t(
                "Slice by zone, hour, weather, event days (concerts, matches), airports and trip distance.",
                "구역, 시간대, 날씨, 행사일(공연·경기), 공항, 운행 거리별로 나눠 봅니다.",
            ),
            basis: t(
                "Feature importance at each retrain: the model should lean on live traffic, not just the hour of day.",
                "재학습 때마다 특성 중요도를 확인합니다. 모델은 시간대만이 아니라 실시간 교통에 기대야 합니다.",
            ),
            failing_features: t(
                "Heavy rain or snow, road closures not yet on the map, new apartment complexes with confusing \
                 entrances, airport pickup zones.",
                "폭우나 폭설, 지도에 아직 반영되지 않은 도로 통제, 입구가 복잡한 신축 아파트 단지, 공항 픽업 구역.",
            ),
            retrain_trigger: t(
                "Weekly as scheduled; sooner if MAE stays above 2.0 minutes for two days or the road network is \
                 updated.",
                "정기적으로 매주, MAE가 이틀 연속 2.0분을 넘거나 도로망이 갱신되면 즉시.",
            ),
            loop_back: t(
                "If waits fall but cancellations do not, revisit the goal (riders may cancel over price, not wait); \
                 if errors cluster at entrances, collect pickup-point data.",
                "대기는 줄었는데 취소가 그대로면 목표를 다시 봅니다(대기가 아니라 가격 때문일 수 있음). 오차가 \
                 건물 입구에 몰리면 픽업 지점 데이터를 모읍니다.",
            ),
        },
        canvas: CanvasSection {
            key_partners: n(&[
                ("Map and traffic data provider", "지도·교통 정보 업체"),
                ("Payment processor", "결제 대행사"),
                ("Restaurants, for the delivery arm", "배달 부문의 음식점"),
            ]),
            key_activities: n(&[
                ("Matching riders with drivers", "승객과 기사 매칭"),
                ("ETA and pricing", "ETA와 요금 산정"),
                ("Driver onboarding and support", "기사 모집과 지원"),
            ]),
            key_resources: n(&[
                ("The driver network", "기사 네트워크"),
                ("Trip and GPS data", "운행·GPS 데이터"),
                ("Dispatch and ETA models", "배차·ETA 모델"),
            ]),
            value_propositions: n(&[
                ("Riders: a car in minutes, with an honest ETA", "승객: 몇 분 안에 오는 차와 정직한 ETA"),
                ("Drivers: steady requests, less empty driving", "기사: 꾸준한 호출과 적은 공차 운행"),
                ("Restaurants: delivery reach", "음식점: 배달 가능 범위 확대"),
            ]),
            customer_relationships: n(&[
                ("Self-service app", "셀프서비스 앱"),
                ("Two-way ratings", "상호 평가"),
                ("Driver support centre", "기사 지원 센터"),
            ]),
            channels: n(&[
                ("Rider app", "승객 앱"),
                ("Driver app", "기사 앱"),
                ("Delivery tab in the same app", "같은 앱의 배달 탭"),
            ]),
            customer_segments: n(&[
                ("City riders", "도시 승객"),
                ("Drivers", "기사"),
                ("Restaurants and their customers", "음식점과 주문 고객"),
            ]),
            cost_structure: n(&[
                ("Driver incentives", "기사 인센티브"),
                ("Map and traffic licences", "지도·교통 정보 이용료"),
                ("Cloud and engineering", "클라우드와 개발 인력"),
            ]),
            revenue_streams: n(&[
                ("Commission per trip", "운행 건당 수수료"),
                ("Delivery fees and restaurant commission", "배달비와 음식점 수수료"),
            ]),
            flywheel: n(&[
                ("More drivers on the road", "도로 위 기사 증가"),
                ("Shorter waits for riders", "승객 대기 시간 단축"),
                ("More riders book", "더 많은 승객이 호출"),
                ("More trips and earnings per hour for drivers", "기사의 운행과 시간당 수입 증가"),
            ]),
            ml_lever: Some(1),
            ml_lever_note: t(
                "ETA prediction and better matching shorten the wait riders see and the wait they live through; a \
                 car that comes when promised brings the rider back. Food recommendations feed the delivery arm's \
                 own loop on the same drivers.",
                "ETA 예측과 더 나은 매칭이 승객이 보는 대기와 실제 대기를 함께 줄입니다. 약속한 때에 오는 차가 \
                 승객을 다시 부릅니다. 음식 추천은 같은 기사를 쓰는 배달 부문의 플라이휠을 돌립니다.",
            ),
            ..canvas(
                t(
                    "A ride-hailing app matching riders with nearby drivers, plus a food-delivery arm on the same \
                     driver network.",
                    "승객과 근처 기사를 연결하는 차량 호출 앱, 그리고 같은 기사 네트워크를 쓰는 음식 배달 부문.",
                ),
                t(
                    "Trip and offer logs (complete, real time), driver GPS (noisy but continuous), licensed traffic \
                     speeds, and restaurant orders from the delivery arm.",
                    "운행·배차 제안 로그(완전, 실시간), 기사 GPS(잡음이 있지만 끊기지 않음), 계약한 교통 속도, \
                     배달 부문의 음식 주문.",
                ),
                t(
                    "The ETA is shown to riders before they book; dispatch runs fully automatically; food \
                     recommendations appear in the delivery tab.",
                    "ETA는 호출 전에 승객에게 보이고, 배차는 완전히 자동으로 이뤄지며, 음식 추천은 배달 탭에 \
                     나타납니다.",
                ),
            )
        },
        ..base(&META, lang)
    }
}
