//! Example 3: food-delivery recommendations learned from proxy labels (orders, reorders, clicks).

use super::{answer, base, candidate, canvas, link, notes, risk, source, tr, Meta};
use crate::i18n::Lang;
use crate::plan::{
    AbTestSection, BaselineKind, BaselineSection, CanvasSection, ConstraintsSection, DataSection, Direction,
    ErrorTolerance, FeasibilitySection, GoalsSection, LabelScenario, MetricsSection, MonitoringSection, Objective,
    ObjectiveStrategy, Plan, ProblemSection, ThresholdSection, TradeoffSection, Tri,
};

pub(super) const META: Meta = Meta {
    key: "food",
    plan,
    title: ("Food-delivery home recommendations", "음식 배달 앱 홈 추천"),
    summary: (
        "Recommend restaurants people will order from and come back to, learning from proxy labels: orders, reorders \
         and clicks.",
        "주문·재주문·클릭이라는 유사 레이블로 학습해, 실제로 주문하고 다시 찾을 음식점을 추천합니다.",
    ),
};

pub(super) fn plan(lang: Lang) -> Plan {
    let t = |en: &str, ko: &str| tr(lang, en, ko);
    let n = |pairs: &[(&str, &str)]| notes(lang, pairs);
    Plan {
        problem: ProblemSection {
            statement: t(
                "The home screen lists restaurants by distance and paid placement. Customers scroll through dozens of \
                 shops, 38% of sessions end without an order, and newly opened restaurants are hardly seen.",
                "홈 화면이 음식점을 거리순과 광고 순서로 보여 줍니다. 고객은 수십 개 가게를 훑다가 세션의 38%가 \
                 주문 없이 끝나고, 새로 입점한 가게는 거의 노출되지 않습니다.",
            ),
            who: t(
                "Customers ordering on their phones (about 400k orders a day), 60k partner restaurants, and the \
                 marketing team that runs promotions.",
                "휴대폰으로 주문하는 고객(하루 약 40만 건), 입점 음식점 6만 곳, 프로모션을 운영하는 마케팅팀.",
            ),
            current_handling: t(
                "Distance sort, paid 'featured' slots, and a 'popular near you' list that shows the same top sellers \
                 to everyone.",
                "거리순 정렬, 유료 '추천 가게' 자리, 그리고 모두에게 같은 인기 가게를 보여 주는 '우리 동네 인기' \
                 목록으로 처리합니다.",
            ),
            value: t(
                "More sessions that end in an order and more repeat orders; orders spread across more restaurants \
                 keep partners on the platform.",
                "주문으로 끝나는 세션과 재주문이 늘고, 주문이 더 많은 음식점에 고루 돌아가 입점 업체가 플랫폼에 \
                 남습니다.",
            ),
            exercise_problem: t(
                "Everyday version: deciding what to cook tonight from what is in the fridge and what the family \
                 enjoyed last week.",
                "일상 버전: 냉장고에 있는 재료와 지난주 가족이 맛있게 먹은 음식을 보고 오늘 저녁 메뉴 정하기.",
            ),
            exercise_impact: t(
                "A grocery app that suggested recipes from past purchases and ratings would sell more ingredients and \
                 leave less food to throw away.",
                "장보기 앱이 지난 구매와 평점으로 레시피를 제안한다면 재료는 더 팔리고 버려지는 음식은 줄어듭니다.",
            ),
        },
        feasibility: FeasibilitySection {
            pattern: answer(
                Tri::Yes,
                t(
                    "Tastes repeat: cuisine, price range, order time, and reorders from the same shops.",
                    "입맛은 반복됩니다: 음식 종류, 가격대, 주문 시간, 같은 가게 재주문.",
                ),
            ),
            objective: answer(
                Tri::Yes,
                t(
                    "Log loss on 'ordered after seeing the shop', and a ranking loss over the shops shown in a \
                     session.",
                    "'가게를 본 뒤 주문했는가'에 대한 로그 손실과, 한 세션에 보인 가게들에 대한 랭킹 손실.",
                ),
            ),
            complexity: answer(
                Tri::Yes,
                t(
                    "Taste, time of day, weather, delivery time, price and coupons interact differently for every \
                     customer.",
                    "입맛, 시간대, 날씨, 배달 시간, 가격, 쿠폰이 고객마다 다르게 얽혀 있습니다.",
                ),
            ),
            data: answer(
                Tri::Yes,
                t(
                    "A year of impressions, clicks and orders for 9 million customers.",
                    "고객 900만 명의 1년 치 노출·클릭·주문 데이터가 있습니다.",
                ),
            ),
            repetition: answer(
                Tri::Yes,
                t(
                    "Every app open needs a ranked list, and people order several times a week.",
                    "앱을 열 때마다 정렬된 목록이 필요하고, 고객은 일주일에 여러 번 주문합니다.",
                ),
            ),
            unethical: answer(
                Tri::No,
                t(
                    "Recommending restaurants is low risk; we use no health data and keep paid slots clearly labelled.",
                    "음식점 추천은 위험이 낮습니다. 건강 정보는 쓰지 않고, 유료 자리는 분명히 표시합니다.",
                ),
            ),
            simple: answer(
                Tri::No,
                t(
                    "'Most ordered nearby' is the simple answer; it is our baseline and it has stopped improving.",
                    "'근처에서 가장 많이 주문된 가게'가 단순한 답이며, 베이스라인으로 쓰지만 이미 정체되었습니다.",
                ),
            ),
            bad_data: answer(
                Tri::Unsure,
                t(
                    "Nobody labels 'liked it'; orders, reorders and clicks are proxy labels with known biases (screen \
                     position, coupons).",
                    "'마음에 들었다'는 아무도 레이블하지 않습니다. 주문·재주문·클릭은 화면 위치와 쿠폰의 편향이 있는 \
                     유사 레이블입니다.",
                ),
            ),
            catastrophic: answer(
                Tri::No,
                t(
                    "A poor recommendation costs one more scroll; nothing unsafe is shown.",
                    "추천이 빗나가도 한 번 더 스크롤하면 그만이고, 위험한 것은 보이지 않습니다.",
                ),
            ),
            explain_all: answer(
                Tri::No,
                t(
                    "A short 'because you ordered…' helps trust but is not required for every card.",
                    "'지난번에 주문하셔서' 같은 짧은 이유는 신뢰에 도움이 되지만 모든 카드에 필요하지는 않습니다.",
                ),
            ),
            not_cost_effective: answer(
                Tri::No,
                t(
                    "Retrieval and a light ranker run on CPUs; a small lift in conversion pays for a small team.",
                    "후보 추출과 가벼운 랭킹 모델은 CPU로 충분하고, 전환율이 조금만 올라도 작은 팀의 비용을 \
                     넘습니다.",
                ),
            ),
        },
        goals: GoalsSection {
            goal: t(
                "Help each customer find a restaurant they will order from tonight and come back to, while giving \
                 good new restaurants a fair chance.",
                "고객마다 오늘 밤 주문하고 다시 찾을 음식점을 찾도록 돕고, 괜찮은 신규 음식점에도 공정한 기회를 준다.",
            ),
            objectives: vec![
                Objective {
                    name: t("Rank by predicted order", "주문 가능성 순으로 정렬"),
                    metric: t("NDCG@10 on restaurants ordered from", "주문한 음식점 기준 NDCG@10"),
                    target: t("NDCG@10 ≥ 0.45; log loss", "NDCG@10 0.45 이상, 로그 손실"),
                    cadence: t("Daily", "매일"),
                    owner: t("Recommendation team", "추천팀"),
                    label_scenario: Some(LabelScenario::Proxy),
                    label_note: t(
                        "An order stands in for 'wanted it'. It favours shops shown high on the screen, so positions \
                         are logged and corrected for.",
                        "주문을 '원했다'의 유사 레이블로 씁니다. 화면 위쪽 가게에 유리하게 치우치므로 노출 위치를 \
                         기록해 보정합니다.",
                    ),
                    weight: Some(0.6),
                },
                Objective {
                    name: t("Rank by predicted reorder within 30 days", "30일 내 재주문 가능성 순으로 정렬"),
                    metric: t("Reorder AUC", "재주문 AUC"),
                    target: t("AUC ≥ 0.72; log loss", "AUC 0.72 이상, 로그 손실"),
                    cadence: t("Weekly", "매주"),
                    owner: t("Recommendation team", "추천팀"),
                    label_scenario: Some(LabelScenario::Proxy),
                    label_note: t(
                        "A reorder is the proxy for satisfaction. It arrives up to 30 days late, so the latest month \
                         is held out of training.",
                        "재주문을 만족의 유사 레이블로 씁니다. 최대 30일 늦게 확정되므로 최근 한 달은 학습에서 \
                         뺍니다.",
                    ),
                    weight: Some(0.25),
                },
                Objective {
                    name: t("Give new restaurants exposure", "신규 음식점 노출 보장"),
                    metric: t(
                        "Click-through of new shops relative to established ones",
                        "기존 가게 대비 신규 가게의 클릭률",
                    ),
                    target: t(
                        "At least 80% of established shops' click-through; at least 5% of top-10 slots",
                        "기존 가게 클릭률의 80% 이상, 상위 10개 자리의 5% 이상",
                    ),
                    cadence: t("Weekly", "매주"),
                    owner: t("Marketplace growth team", "마켓플레이스 성장팀"),
                    label_scenario: Some(LabelScenario::Proxy),
                    label_note: t(
                        "Clicks are the only early signal for a shop with few orders; they are noisy, so this term \
                         stays small.",
                        "주문이 적은 가게는 클릭이 유일한 초기 신호입니다. 잡음이 많아 이 항의 비중은 작게 둡니다.",
                    ),
                    weight: Some(0.15),
                },
            ],
            strategy: Some(ObjectiveStrategy::SeparateModels),
            strategy_note: t(
                "Three models, blended as 0.6·order + 0.25·reorder + 0.15·new-shop boost. A Friday-night promotion can \
                 shift the weights without retraining; the order model retrains daily, the other two weekly.",
                "모델 세 개를 0.6·주문 + 0.25·재주문 + 0.15·신규 가게 가산점으로 섞습니다. 금요일 밤 프로모션 \
                 때는 재학습 없이 가중치만 바꾸고, 주문 모델은 매일, 나머지 둘은 매주 재학습합니다.",
            ),
        },
        data: DataSection {
            sources: vec![
                source(
                    t("Impressions and clicks with screen position", "화면 위치가 담긴 노출·클릭 로그"),
                    t("Data platform team", "데이터 플랫폼팀"),
                    Tri::No,
                    t("Complete, but positions are missing before last March", "완전하지만 작년 3월 이전은 위치 정보 없음"),
                    t("Hourly", "매시간"),
                    Tri::Yes,
                    t("Pseudonymous customer ids; kept 180 days", "가명 고객 ID, 180일 보관"),
                ),
                source(
                    t("Orders and reorders", "주문·재주문"),
                    t("Order service team", "주문 서비스팀"),
                    Tri::Yes,
                    t("Authoritative; cancelled and refunded orders are flagged", "가장 믿을 만함, 취소·환불 주문 표시됨"),
                    t("Real time", "실시간"),
                    Tri::Yes,
                    t("Addresses and phone numbers removed before training", "학습 전 주소와 전화번호 제거"),
                ),
                source(
                    t("Restaurant catalogue: menus, prices, opening hours", "음식점 정보: 메뉴, 가격, 영업시간"),
                    t("Partner operations", "파트너 운영팀"),
                    Tri::No,
                    t("Owners update late; about 10% of prices out of date", "업주 갱신이 늦어 가격의 약 10%가 옛 정보"),
                    t("Daily", "매일"),
                    Tri::Yes,
                    t("Business data, nothing personal", "사업자 정보, 개인정보 없음"),
                ),
                source(
                    t("Reviews and ratings", "리뷰와 별점"),
                    t("Customer experience team", "고객 경험팀"),
                    Tri::Yes,
                    t("Only 8% of orders are rated, skewed to extremes", "주문의 8%만 평가, 극단값에 치우침"),
                    t("Daily", "매일"),
                    Tri::Yes,
                    t("Names in review text are masked", "리뷰 본문의 이름은 마스킹"),
                ),
            ],
            collection_plan: t(
                "Log the screen position of every shown restaurant; randomise a small slot in 2% of sessions to \
                 measure position bias; ask a one-tap 'order again?' after delivery.",
                "노출된 모든 음식점의 화면 위치를 기록하고, 세션 2%에서 한 자리를 무작위로 바꿔 위치 편향을 \
                 측정하며, 배달 후 '또 주문할래요?'를 한 번의 탭으로 묻습니다.",
            ),
        },
        constraints: ConstraintsSection {
            schedule: t(
                "Offline evaluation in 4 weeks, a two-week A/B test from week 7, full rollout before the year-end \
                 peak.",
                "4주 안에 오프라인 평가, 7주 차부터 2주간 A/B 테스트, 연말 성수기 전에 전면 적용.",
            ),
            budget: t(
                "Two ML engineers and an analyst for a quarter; serving and feature store under 8 million won a month.",
                "한 분기 동안 ML 엔지니어 2명과 분석가 1명, 서빙과 피처 스토어 비용 월 800만 원 이내.",
            ),
            people: t(
                "Customers; restaurants whose orders depend on ranking; advertisers buying featured slots; riders \
                 whose routes follow demand.",
                "고객, 랭킹에 주문이 달린 음식점, 추천 자리를 사는 광고주, 수요에 따라 동선이 바뀌는 배달 기사.",
            ),
            privacy: t(
                "Order history is personal data: pseudonymous ids, no addresses in training, only aggregates shared \
                 with restaurants, and customers can switch personalisation off.",
                "주문 내역은 개인정보입니다. ID는 가명 처리하고, 학습에 주소를 쓰지 않으며, 음식점에는 집계 \
                 통계만 공유하고, 고객은 개인화를 끌 수 있습니다.",
            ),
            technical: t(
                "The home API is a legacy PHP service; the ranker is called over internal gRPC with a 60 ms budget, \
                 and a cached non-personal list is the fallback.",
                "홈 API는 기존 PHP 서비스입니다. 랭킹 모델은 내부 gRPC로 60ms 예산 안에 호출하고, 개인화하지 않은 \
                 캐시 목록을 대체 경로로 둡니다.",
            ),
            ethics: t(
                "Paid placements stay labelled and are never disguised as recommendations; no pushing late-night fast \
                 food harder because of inferred habits.",
                "유료 노출은 항상 표시하고 추천으로 위장하지 않으며, 추정한 습관을 근거로 늦은 밤 패스트푸드를 \
                 더 밀어붙이지 않습니다.",
            ),
            risks: vec![
                risk(
                    t(
                        "Position bias: the model learns to prefer what was already on top",
                        "위치 편향: 모델이 이미 위에 있던 가게를 선호하도록 학습",
                    ),
                    3,
                    2,
                    t(
                        "Log positions, randomise 2% of slots, use inverse-propensity weighting",
                        "위치 기록, 자리 2% 무작위화, 역성향 가중치 적용",
                    ),
                    t("Recommendation lead", "추천팀 리드"),
                ),
                risk(
                    t("Big chains crowd out small restaurants", "대형 프랜차이즈가 작은 음식점을 밀어냄"),
                    2,
                    3,
                    t(
                        "New-shop exposure objective; watch the share of orders going to the top 1% of shops",
                        "신규 가게 노출 세부 목표, 상위 1% 가게의 주문 점유율 감시",
                    ),
                    t("Marketplace growth lead", "마켓플레이스 성장 리드"),
                ),
                risk(
                    t(
                        "Coupons distort the labels: orders driven by discounts, not taste",
                        "쿠폰이 레이블을 왜곡: 입맛이 아니라 할인 때문에 생긴 주문",
                    ),
                    3,
                    1,
                    t(
                        "Coupon flag as a feature; evaluate on sessions without promotions",
                        "쿠폰 여부를 특성으로 넣고, 프로모션 없는 세션으로 평가",
                    ),
                    t("Data analyst", "데이터 분석가"),
                ),
                risk(
                    t(
                        "Concentrated demand overloads nearby riders and delivery slows",
                        "수요가 몰려 근처 기사가 부족해지고 배달이 늦어짐",
                    ),
                    1,
                    2,
                    t(
                        "Predicted delivery time as a feature; shops beyond 45 minutes are not recommended",
                        "예상 배달 시간을 특성으로 쓰고, 45분을 넘는 가게는 추천하지 않음",
                    ),
                    t("Logistics liaison", "배송 담당 연락 창구"),
                ),
            ],
            compared_with: t(
                "The 'your past shops, then most ordered nearby' rule, and today's distance sort.",
                "'전에 주문한 가게, 그다음 근처 인기 가게' 규칙과 현재의 거리순 정렬.",
            ),
            threshold_policy: t(
                "No probability cut-off: the top 20 by blended score are shown. A restaurant whose predicted delivery \
                 time exceeds 45 minutes is not recommended at all.",
                "확률 임계값은 없고, 가중 합산 점수 상위 20곳을 보여 줍니다. 예상 배달 시간이 45분을 넘는 \
                 음식점은 아예 추천하지 않습니다.",
            ),
            speed_accuracy: t(
                "Two-tower retrieval with a gradient-boosted ranker (NDCG@10 0.46, p95 35 ms) over a sequence \
                 transformer (0.48, p95 120 ms): ranking gets 60 ms of the home screen's budget.",
                "시퀀스 트랜스포머(NDCG@10 0.48, p95 120ms)보다 투 타워 후보 추출 + 그래디언트 부스팅 랭커(0.46, \
                 p95 35ms)를 택합니다. 홈 화면에서 랭킹에 쓸 수 있는 시간은 60ms입니다.",
            ),
            interpretability: t(
                "A card may carry a short reason ('because you ordered…', 'new nearby'); the partner team gets \
                 aggregate reasons when a restaurant asks why its exposure dropped.",
                "카드에 '지난번에 주문하셔서', '근처 신규 가게' 같은 짧은 이유를 붙이고, 음식점이 노출 감소를 \
                 문의하면 파트너팀이 집계된 사유를 설명합니다.",
            ),
            error_tolerance: Some(ErrorTolerance::Balanced),
            guards: t(
                "Closed restaurants and those outside the delivery radius are removed before ranking; allergy filters \
                 set by the customer always apply; at most two shops of one chain in the top 10.",
                "영업 종료 가게와 배달 반경 밖 가게는 랭킹 전에 빼고, 고객이 설정한 알레르기 필터는 항상 적용하며, \
                 상위 10곳 중 같은 프랜차이즈는 최대 2곳으로 제한합니다.",
            ),
        },
        threshold: ThresholdSection::default(),
        tradeoff: TradeoffSection {
            candidates: vec![
                candidate(t("Most ordered nearby (NDCG@10)", "근처 인기순(NDCG@10)"), 0.31, 2.0, 5.0, 4000.0, 230.0),
                candidate(
                    t("Two-tower retrieval + gradient-boosted ranker", "투 타워 후보 추출 + 그래디언트 부스팅 랭커"),
                    0.46,
                    15.0,
                    35.0,
                    500.0,
                    230.0,
                ),
                candidate(
                    t("Sequence transformer over order history", "주문 이력 시퀀스 트랜스포머"),
                    0.48,
                    60.0,
                    120.0,
                    120.0,
                    1400.0,
                ),
            ],
            p95_budget_ms: Some(60.0),
            peak_qps: Some(1500.0),
            monthly_budget: Some(8_000_000.0),
        },
        abtest: AbTestSection {
            baseline_rate: Some(0.62),
            mde: Some(0.02),
            mde_relative: true,
            alpha: Some(0.05),
            power: Some(0.8),
            daily_traffic: Some(1_000_000.0),
            ..Default::default()
        },
        baseline: BaselineSection {
            kind: Some(BaselineKind::RuleBased),
            description: t(
                "Reorder-first rule: the customer's past restaurants first, then the ten most ordered shops within \
                 3 km over the last week.",
                "재주문 우선 규칙: 고객이 전에 주문한 음식점을 먼저, 그다음 지난 일주일 동안 3km 안에서 가장 많이 \
                 주문된 가게 10곳.",
            ),
            score: t(
                "62% of sessions end in an order; NDCG@10 0.31 offline; new shops get 1.5% of top-10 slots.",
                "세션의 62%가 주문으로 끝남, 오프라인 NDCG@10 0.31, 신규 가게는 상위 10개 자리의 1.5%.",
            ),
            margin: t(
                "NDCG@10 of at least 0.40 offline; in the A/B test, order conversion up 2% (relative) without longer \
                 average delivery.",
                "오프라인 NDCG@10 0.40 이상, A/B 테스트에서 평균 배달 시간이 늘지 않으면서 주문 전환율 상대 2% \
                 상승.",
            ),
            prototype_tool: t(
                "A Streamlit page: choose a customer and a time, compare the rule list with the model list, with a \
                 reason on each card",
                "Streamlit 페이지: 고객과 시각을 고르면 규칙 목록과 모델 목록을 카드별 이유와 함께 비교",
            ),
            prototype_audience: t(
                "Category managers, the partner-success team, and 20 colleagues who order dinner through the app",
                "카테고리 매니저, 파트너 지원팀, 앱으로 저녁을 주문하는 동료 20명",
            ),
            prototype_feedback: t(
                "Would you order from this list tonight? Does it repeat yesterday's meal too often? Do new shops look \
                 trustworthy?",
                "오늘 밤 이 목록에서 주문하겠는가? 어제 먹은 메뉴를 너무 자주 반복하지 않는가? 신규 가게가 믿음직해 \
                 보이는가?",
            ),
        },
        metrics: MetricsSection {
            links: vec![
                link(
                    t("Sessions ending in an order", "주문으로 끝난 세션 비율"),
                    t("NDCG@10 on restaurants ordered from", "주문한 음식점 기준 NDCG@10"),
                    Direction::Up,
                ),
                link(
                    t("Customers reordering within 30 days", "30일 내 재주문 고객"),
                    t("Reorder AUC", "재주문 AUC"),
                    Direction::Up,
                ),
                link(
                    t("Share of orders going to new restaurants", "신규 음식점 주문 점유율"),
                    t("New-shop click-through relative to established shops", "기존 가게 대비 신규 가게 클릭률"),
                    Direction::Up,
                ),
                link(
                    t("Scrolling before an order (seconds)", "주문 전 스크롤 시간(초)"),
                    t("Mean reciprocal rank of the ordered restaurant", "주문한 음식점의 평균 역순위(MRR)"),
                    Direction::Down,
                ),
            ],
            label_inference: t(
                "A shown restaurant that gets an order is positive; one in the top five that the customer scrolled \
                 past is a weak negative; a click without an order is neutral; a reorder within 30 days marks a \
                 satisfied order; orders paid mostly by coupon count for less.",
                "노출 후 주문된 음식점은 양성, 상위 5개 안에 있었는데 지나친 곳은 약한 음성, 주문 없는 클릭은 \
                 중립입니다. 30일 안의 재주문은 만족한 주문의 표시이고, 대부분 쿠폰으로 결제한 주문은 가중치를 \
                 낮춥니다.",
            ),
        },
        monitoring: MonitoringSection {
            watched: t(
                "Order conversion per session, reorder rate, delivery time, share of orders by restaurant tier, \
                 click-through by slot, score distributions.",
                "세션당 주문 전환율, 재주문율, 배달 시간, 음식점 규모별 주문 점유율, 자리별 클릭률, 점수 분포.",
            ),
            alerts: t(
                "Conversion 3% below the same weekday last week; top 1% of shops above 30% of orders; ranker timeouts \
                 above 0.5%.",
                "전환율이 지난주 같은 요일보다 3% 낮을 때, 상위 1% 가게의 주문 점유율이 30%를 넘을 때, 랭커 시간 \
                 초과가 0.5%를 넘을 때.",
            ),
            outputs: t(
                "Log the ranked list, scores and reasons for 1% of sessions; category managers review a sample weekly.",
                "세션 1%의 추천 목록, 점수, 이유를 기록하고 카테고리 매니저가 매주 표본을 검토합니다.",
            ),
            where_wrong: t(
                "Slice by new versus returning customers, neighbourhood, meal time, cuisine and weather.",
                "신규·기존 고객, 동네, 식사 시간대, 음식 종류, 날씨별로 나눠 봅니다.",
            ),
            basis: t(
                "Monthly SHAP summary: the ranker should rely on taste and time, not only on distance and discount \
                 size.",
                "매월 SHAP 요약으로 랭커가 거리와 할인 폭만이 아니라 입맛과 시간대를 근거로 삼는지 확인합니다.",
            ),
            failing_features: t(
                "Customers with fewer than three orders, newly opened shops, rainy evenings when delivery times jump, \
                 holidays.",
                "주문이 세 번 미만인 고객, 막 문을 연 가게, 배달 시간이 급증하는 비 오는 저녁, 명절.",
            ),
            retrain_trigger: t(
                "Order model daily; all models when NDCG@10 on yesterday's sessions falls below 0.42 or a large menu \
                 or promotion change lands.",
                "주문 모델은 매일, 어제 세션 기준 NDCG@10이 0.42 아래로 떨어지거나 큰 메뉴·프로모션 변경이 있으면 \
                 모든 모델을 재학습합니다.",
            ),
            loop_back: t(
                "If conversion rises but reorders fall, the proxy label is rewarding coupons: revisit the label \
                 definition. If new shops never take off, revisit the weights.",
                "전환율은 오르는데 재주문이 줄면 유사 레이블이 쿠폰에 보상하고 있는 것이니 레이블 정의로 \
                 돌아갑니다. 신규 가게가 자리 잡지 못하면 가중치를 다시 봅니다.",
            ),
        },
        canvas: CanvasSection {
            key_partners: n(&[
                ("Restaurants", "음식점"),
                ("Delivery riders (contractors)", "배달 기사(위탁 계약)"),
                ("Payment providers", "결제 대행사"),
            ]),
            key_activities: n(&[
                ("Restaurant onboarding", "음식점 입점 관리"),
                ("Recommendation and search", "추천과 검색"),
                ("Delivery logistics", "배송 운영"),
            ]),
            key_resources: n(&[
                ("Order history", "주문 이력"),
                ("Restaurant network", "음식점 네트워크"),
                ("Rider fleet", "배달 기사 인력"),
            ]),
            value_propositions: n(&[
                ("Dinner decided in a minute", "1분 만에 정하는 저녁 메뉴"),
                ("New places worth trying", "시도해 볼 만한 새 가게"),
                ("Orders for small restaurants", "작은 음식점에 돌아가는 주문"),
            ]),
            customer_relationships: n(&[
                ("Personalised home screen", "개인화된 홈 화면"),
                ("Coupons and membership", "쿠폰과 멤버십"),
                ("Customer service chat", "고객센터 채팅"),
            ]),
            channels: n(&[
                ("Customer app", "고객 앱"),
                ("Push notifications", "푸시 알림"),
                ("Partner tablet app for restaurants", "음식점용 파트너 태블릿 앱"),
            ]),
            customer_segments: n(&[
                ("Busy households and office workers", "바쁜 가정과 직장인"),
                ("Restaurants", "음식점"),
                ("Advertisers buying featured slots", "추천 자리를 사는 광고주"),
            ]),
            cost_structure: n(&[
                ("Rider pay", "배달 기사 비용"),
                ("Marketing and coupons", "마케팅과 쿠폰"),
                ("Engineering and cloud", "개발 인력과 클라우드"),
            ]),
            revenue_streams: n(&[
                ("Restaurant commission", "음식점 수수료"),
                ("Delivery fees", "배달비"),
                ("Featured-slot advertising", "추천 자리 광고"),
                ("Membership", "멤버십"),
            ]),
            flywheel: n(&[
                ("Recommendations people actually order from", "실제로 주문하게 되는 추천"),
                ("More orders and reorders", "주문과 재주문 증가"),
                ("More restaurants and riders join", "음식점과 기사 합류 증가"),
                ("Wider choice and faster delivery", "더 넓은 선택지와 더 빠른 배달"),
                ("More customers open the app", "앱을 여는 고객 증가"),
            ]),
            ml_lever: Some(0),
            ml_lever_note: t(
                "Better ranking turns more sessions into orders, and every order or reorder becomes the next proxy \
                 label.",
                "더 나은 랭킹이 더 많은 세션을 주문으로 바꾸고, 모든 주문과 재주문은 다음 학습의 유사 레이블이 \
                 됩니다.",
            ),
            ..canvas(
                t(
                    "A food-delivery app: customers order from local restaurants, riders deliver, restaurants pay a \
                     commission.",
                    "음식 배달 앱: 고객은 동네 음식점에 주문하고, 기사가 배달하며, 음식점은 수수료를 냅니다.",
                ),
                t(
                    "Impressions and clicks (complete, with positions since March), orders and reorders \
                     (authoritative), menus and prices (often stale), reviews (sparse).",
                    "노출·클릭(완전, 3월부터 위치 포함), 주문·재주문(가장 믿을 만함), 메뉴·가격(자주 옛 정보), \
                     리뷰(적음).",
                ),
                t(
                    "Shown directly to customers as the ranked restaurant list on the home screen and in the \
                     dinner-time 'for you' push.",
                    "홈 화면의 음식점 추천 목록과 저녁 시간 '맞춤 추천' 푸시로 고객에게 바로 보입니다.",
                ),
            )
        },
        ..base(&META, lang)
    }
}
