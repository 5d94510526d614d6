//! Example 1: home-feed ranking, where the goal evolves once engagement alone surfaces click-bait.

use super::{answer, base, candidate, canvas, link, notes, risk, source, tr, Meta};
use crate::i18n::Lang;
use crate::plan::{
    AbTestSection, BaselineKind, BaselineSection, CanvasSection, ConstraintsSection, DataSection, Direction,
    ErrorTolerance, FeasibilitySection, GoalsSection, LabelScenario, MetricsSection, MonitoringSection, Objective,
    ObjectiveStrategy, Plan, ProblemSection, ThresholdSection, TradeoffSection, Tri,
};

pub(super) const META: Meta = Meta {
    key: "feed",
    plan,
    title: ("Home feed ranking for a community app", "커뮤니티 앱 홈 피드 랭킹"),
    summary: (
        "Rank posts for engagement without rewarding click-bait: four objectives, separate models, blended by weights.",
        "클릭베이트를 키우지 않으면서 참여를 늘리는 피드 랭킹: 세부 목표 네 개를 별도 모델로 만들고 가중치로 섞습니다.",
    ),
};

pub(super) fn plan(lang: Lang) -> Plan {
    let t = |en: &str, ko: &str| tr(lang, en, ko);
    let n = |pairs: &[(&str, &str)]| notes(lang, pairs);
    Plan {
        problem: ProblemSection {
            statement: t(
                "The home feed is sorted by recency and raw like counts, so people scroll past stale or weak posts and \
                 leave. When we tried sorting by predicted clicks, sensational posts and rumours took the top slots.",
                "홈 피드가 최신순과 단순 좋아요 수로 정렬되어 있어, 사용자는 오래되었거나 볼 것 없는 글을 넘기다 \
                 앱을 닫습니다. 예측 클릭 수로 정렬해 보았더니 자극적인 글과 루머가 맨 위를 차지했습니다.",
            ),
            who: t(
                "About 2 million daily users; the creators whose posts compete for the top of the feed; the trust and \
                 safety team that handles reports.",
                "하루 약 200만 명의 사용자, 피드 상단을 두고 경쟁하는 작성자, 신고를 처리하는 신뢰·안전팀.",
            ),
            current_handling: t(
                "A hand-tuned formula (likes, comments, an age decay) plus a keyword block list; moderators look at \
                 reported posts within about six hours.",
                "좋아요·댓글 수에 시간 감쇠를 더한 수작업 공식과 금칙어 목록으로 처리하고, 신고된 글은 운영자가 \
                 약 6시간 안에 확인합니다.",
            ),
            value: t(
                "Longer, healthier sessions: more users coming back within 7 days and more ad impressions, without the \
                 brand damage and advertiser loss that follow a viral piece of misinformation.",
                "더 길고 건강한 세션: 7일 안에 돌아오는 사용자와 광고 노출이 늘고, 허위 정보가 퍼졌을 때 따라오는 \
                 브랜드 손상과 광고주 이탈은 피합니다.",
            ),
            exercise_problem: t(
                "Everyday version: the family group chat is flooded with forwarded health rumours. Which messages are \
                 worth reading first, and which deserve a warning?",
                "일상 버전: 가족 단톡방에 건강 관련 루머가 끊임없이 전달됩니다. 어떤 메시지를 먼저 읽을 만하고, \
                 어떤 메시지에 경고가 필요할까요?",
            ),
            exercise_impact: t(
                "A messenger that ranked and labelled forwarded messages would spread fewer bogus cures, and the \
                 company would field fewer complaints and press stories.",
                "메신저가 전달 메시지를 정렬하고 표시해 준다면 엉터리 민간요법이 덜 퍼지고, 회사는 민원과 \
                 부정적인 기사를 줄일 수 있습니다.",
            ),
        },
        feasibility: FeasibilitySection {
            pattern: answer(
                Tri::Yes,
                t(
                    "Engagement follows clear regularities: topic affinity, author history, time of day, what friends \
                     reacted to.",
                    "참여에는 뚜렷한 규칙성이 있습니다: 주제 선호, 작성자 이력, 시간대, 친구들의 반응.",
                ),
            ),
            objective: answer(
                Tri::Yes,
                t(
                    "Each model has a loss we can write down: log loss on clicks and long reads for engagement, on \
                     moderator decisions for the filters, a pairwise loss on grades for quality.",
                    "모델마다 목적함수를 쓸 수 있습니다: 참여는 클릭·오래 읽기에 대한 로그 손실, 필터는 운영자 \
                     판정에 대한 로그 손실, 품질은 등급에 대한 쌍별(pairwise) 손실.",
                ),
            ),
            complexity: answer(
                Tri::Yes,
                t(
                    "Thousands of interacting signals per user and post; the hand-tuned formula already cannot keep \
                     up.",
                    "사용자와 글마다 서로 얽힌 신호가 수천 개라, 사람이 조정하는 공식으로는 이미 따라가지 못합니다.",
                ),
            ),
            data: answer(
                Tri::Yes,
                t(
                    "Billions of logged impressions with clicks and dwell time, and 400k moderator decisions.",
                    "클릭과 체류 시간이 남은 노출 로그 수십억 건, 운영자 판정 40만 건이 있습니다.",
                ),
            ),
            repetition: answer(
                Tri::Yes,
                t(
                    "Ranking runs on every feed open, and moderators make the same call thousands of times a day.",
                    "피드를 열 때마다 랭킹이 돌고, 운영자는 같은 판단을 하루에 수천 번 반복합니다.",
                ),
            ),
            unethical: answer(
                Tri::Unsure,
                t(
                    "Ranking can amplify polarisation or bury minority voices; we audit reach by topic and creator \
                     group.",
                    "랭킹은 양극화를 키우거나 소수의 목소리를 묻을 수 있으므로, 주제·작성자 집단별 노출을 점검합니다.",
                ),
            ),
            simple: answer(
                Tri::No,
                t(
                    "The recency-plus-likes formula is the simple solution, and it is what is failing.",
                    "최신순+좋아요 공식이 바로 단순한 해법이고, 그것이 한계에 부딪혔습니다.",
                ),
            ),
            bad_data: answer(
                Tri::Unsure,
                t(
                    "Clicks are plentiful, but quality and misinformation labels need trained graders and \
                     fact-checkers.",
                    "클릭은 넘치지만, 품질과 허위 정보 레이블은 훈련된 평가자와 팩트체커가 있어야 얻을 수 있습니다.",
                ),
            ),
            catastrophic: answer(
                Tri::No,
                t(
                    "One badly placed post costs little; the harm is cumulative, so we watch aggregates, and hard \
                     filters stop the worst content before ranking.",
                    "글 하나를 잘못 배치해도 피해는 작습니다. 피해는 쌓여서 생기므로 집계 지표를 보고, 최악의 \
                     콘텐츠는 랭킹 전에 하드 필터가 막습니다.",
                ),
            ),
            explain_all: answer(
                Tri::No,
                t(
                    "Users need no reason for each position, but a hidden post must be explainable to its author on \
                     appeal.",
                    "순위마다 이유를 댈 필요는 없지만, 숨긴 글은 작성자가 이의를 제기하면 설명할 수 있어야 합니다.",
                ),
            ),
            not_cost_effective: answer(
                Tri::No,
                t(
                    "Two engineers and CPU inference for the rankers; only the image NSFW model needs a GPU.",
                    "엔지니어 두 명과 CPU 추론이면 충분하고, GPU는 이미지 선정성 모델에만 필요합니다.",
                ),
            ),
        },
        goals: GoalsSection {
            goal: t(
                "Maximise meaningful engagement while minimising extreme views and misinformation. (The first draft, \
                 'maximise engagement', pushed click-bait to the top.)",
                "극단적 관점과 허위 정보는 최소화하면서 의미 있는 참여를 최대화한다. (처음 목표였던 '참여 \
                 최대화'는 클릭베이트를 상단으로 끌어올렸습니다.)",
            ),
            objectives: vec![
                Objective {
                    name: t("Filter NSFW content", "선정적(NSFW) 콘텐츠 걸러내기"),
                    metric: t("Recall at 95% precision on moderated posts", "검수된 글 기준, 정밀도 95%에서의 재현율"),
                    target: t("Recall ≥ 0.97; binary cross-entropy", "재현율 0.97 이상, 이진 교차 엔트로피"),
                    cadence: t(
                        "Weekly, and the same day a new abuse pattern appears",
                        "매주, 새로운 악용 패턴이 보이면 당일",
                    ),
                    owner: t("Trust and safety ML", "신뢰·안전 ML팀"),
                    label_scenario: Some(LabelScenario::Labelled),
                    label_note: t(
                        "Moderator decisions on reported posts are the labels.",
                        "신고된 글에 대한 운영자 판정이 곧 레이블입니다.",
                    ),
                    weight: Some(0.1),
                },
                Objective {
                    name: t("Filter misinformation", "허위 정보 걸러내기"),
                    metric: t(
                        "Precision and recall against fact-checker verdicts",
                        "팩트체커 판정 대비 정밀도와 재현율",
                    ),
                    target: t("Precision ≥ 0.9 at recall ≥ 0.7", "재현율 0.7 이상에서 정밀도 0.9 이상"),
                    cadence: t("Daily: rumours change by the hour", "매일: 루머는 시간 단위로 바뀝니다"),
                    owner: t("Trust and safety ML", "신뢰·안전 ML팀"),
                    label_scenario: Some(LabelScenario::Proxy),
                    label_note: t(
                        "Fact-checkers see only a sample, so user reports serve as a noisy proxy label for training; \
                         the test set keeps verified verdicts only.",
                        "팩트체커는 일부만 확인하므로 학습에는 사용자 신고를 잡음 섞인 유사 레이블로 쓰고, \
                         테스트셋에는 검증된 판정만 남깁니다.",
                    ),
                    weight: Some(0.15),
                },
                Objective {
                    name: t("Rank by quality", "품질 순으로 정렬하기"),
                    metric: t("NDCG@10 against graders' quality scores", "평가자 품질 점수 기준 NDCG@10"),
                    target: t("NDCG@10 ≥ 0.72; pairwise ranking loss", "NDCG@10 0.72 이상, 쌍별 랭킹 손실"),
                    cadence: t("Monthly", "매월"),
                    owner: t("Feed ranking team", "피드 랭킹팀"),
                    label_scenario: Some(LabelScenario::Labelled),
                    label_note: t(
                        "A grading panel scores 20k sampled posts a month on a 1–5 rubric.",
                        "평가단이 매달 표본 글 2만 건을 1~5점 기준표로 채점합니다.",
                    ),
                    weight: Some(0.4),
                },
                Objective {
                    name: t("Rank by engagement", "참여 순으로 정렬하기"),
                    metric: t("AUC for predicting a click followed by a long read", "클릭 후 오래 읽기 예측의 AUC"),
                    target: t("AUC ≥ 0.80; log loss", "AUC 0.80 이상, 로그 손실"),
                    cadence: t("Weekly", "매주"),
                    owner: t("Feed ranking team", "피드 랭킹팀"),
                    label_scenario: Some(LabelScenario::Proxy),
                    label_note: t(
                        "Clicks and dwell time stand in for interest; a click followed by under 3 seconds of reading \
                         counts as negative, which discounts click-bait.",
                        "클릭과 체류 시간을 관심의 유사 레이블로 씁니다. 클릭하고 3초 안에 나가면 부정으로 세어 \
                         클릭베이트를 깎습니다.",
                    ),
                    weight: Some(0.35),
                },
            ],
            strategy: Some(ObjectiveStrategy::SeparateModels),
            strategy_note: t(
                "Four models, each with its own loss and schedule. Posts above a filter's cut-off are removed; the \
                 rest are ranked by 0.4·quality + 0.35·engagement + 0.15·(1 − misinformation) + 0.1·(1 − NSFW). \
                 Weights change without retraining, and the filters update daily or weekly while quality updates \
                 monthly.",
                "모델 네 개가 각자의 목적함수와 갱신 주기를 가집니다. 필터 기준을 넘은 글은 빼고, 나머지는 \
                 0.4·품질 + 0.35·참여 + 0.15·(1 − 허위 정보) + 0.1·(1 − 선정성)으로 정렬합니다. 가중치는 \
                 재학습 없이 바꿀 수 있고, 필터는 매일·매주, 품질 모델은 매월 갱신합니다.",
            ),
        },
        data: DataSection {
            sources: vec![
                source(
                    t("Impression and interaction logs", "노출·상호작용 로그"),
                    t("Data platform team", "데이터 플랫폼팀"),
                    Tri::Yes,
                    t(
                        "High volume; about 1% bot traffic and double-logged events to clean",
                        "양이 많음. 봇 트래픽과 중복 기록 이벤트가 약 1% 있어 정제 필요",
                    ),
                    t("Streaming, hourly tables", "스트리밍, 시간별 테이블"),
                    Tri::Yes,
                    t("Pseudonymous user ids; kept 90 days", "가명 처리된 사용자 ID, 90일 보관"),
                ),
                source(
                    t("Moderator decisions", "운영자 판정"),
                    t("Trust and safety operations", "신뢰·안전 운영팀"),
                    Tri::Yes,
                    t(
                        "Agreement between moderators 0.86 on NSFW, 0.71 on borderline cases",
                        "운영자 간 일치율: 선정성 0.86, 경계 사례 0.71",
                    ),
                    t("Daily", "매일"),
                    Tri::Yes,
                    t("Holds reported content; safety team access only", "신고 콘텐츠 포함, 안전팀만 접근"),
                ),
                source(
                    t("Fact-checker verdicts", "팩트체커 판정"),
                    t("External fact-checking partner", "외부 팩트체크 파트너"),
                    Tri::Yes,
                    t(
                        "Accurate but sparse: about 300 a week, skewed toward viral posts",
                        "정확하지만 적음: 주당 약 300건, 화제가 된 글에 치우침",
                    ),
                    t("Weekly", "매주"),
                    Tri::Unsure,
                    t("Only post ids and verdicts cross the boundary", "글 ID와 판정만 주고받음"),
                ),
                source(
                    t("Quality grading panel", "품질 평가단"),
                    t("Feed ranking team, through a vendor", "피드 랭킹팀(외부 업체 위탁)"),
                    Tri::Yes,
                    t("Rubric-based; 10% graded twice to check consistency", "기준표 기반, 10%는 이중 채점으로 일관성 확인"),
                    t("Monthly", "매월"),
                    Tri::Yes,
                    t("Graders see public posts only", "평가자는 공개 글만 봄"),
                ),
            ],
            collection_plan: t(
                "Add 'not interested' and 'misleading' buttons for explicit negative feedback; ask fact-checkers to \
                 review a random sample, not only viral posts; double-grade 10% of quality labels.",
                "명시적인 부정 피드백을 모으려고 '관심 없음'·'오해의 소지' 버튼을 추가합니다. 팩트체커에게 화제 \
                 글만이 아니라 무작위 표본도 맡기고, 품질 레이블의 10%는 이중 채점합니다.",
            ),
        },
        constraints: ConstraintsSection {
            schedule: t(
                "Quality and engagement models in shadow mode by week 8; A/B test in week 10; full launch after two \
                 clean weeks.",
                "8주 차까지 품질·참여 모델을 섀도 모드로 운영, 10주 차에 A/B 테스트, 문제없는 2주가 지나면 전면 출시.",
            ),
            budget: t(
                "Two ML engineers and one data scientist for a quarter; grading vendor 15 million won a month; \
                 inference on the existing CPU cluster.",
                "한 분기 동안 ML 엔지니어 2명과 데이터 과학자 1명, 평가 업체 월 1,500만 원, 추론은 기존 CPU \
                 클러스터에서.",
            ),
            people: t(
                "Every feed user; creators whose reach changes; moderators whose queue shifts toward borderline cases.",
                "피드를 보는 모든 사용자, 노출이 달라지는 작성자, 경계 사례 위주로 업무가 바뀌는 운영자.",
            ),
            privacy: t(
                "Training uses pseudonymous logs inside our own cloud account; no post is sent to an external API; \
                 the fact-checking partner sees post ids only.",
                "학습은 자체 클라우드 계정 안의 가명 로그로만 하고, 글을 외부 API로 보내지 않으며, 팩트체크 \
                 파트너는 글 ID만 봅니다.",
            ),
            technical: t(
                "The legacy Java feed service must keep serving; models sit behind a scoring sidecar with a 40 ms \
                 budget, and the old formula remains the fallback.",
                "기존 자바 피드 서비스는 계속 돌아가야 합니다. 모델은 40ms 예산의 스코어링 사이드카 뒤에 두고, \
                 기존 공식을 대체 경로로 남깁니다.",
            ),
            ethics: t(
                "Monthly audit of reach by topic and creator group; no demographic features; ranking principles \
                 published in the help centre.",
                "매월 주제·작성자 집단별 노출을 점검하고, 인구통계 특성은 쓰지 않으며, 랭킹 원칙을 고객센터에 \
                 공개합니다.",
            ),
            risks: vec![
                risk(
                    t(
                        "The engagement model relearns click-bait through other signals",
                        "참여 모델이 다른 신호를 통해 클릭베이트를 다시 배움",
                    ),
                    2,
                    3,
                    t(
                        "Short reads count as negatives; engagement weight capped at 0.35; weekly review of the 100 \
                         most shown posts",
                        "짧은 체류는 부정으로 처리, 참여 가중치 상한 0.35, 가장 많이 노출된 글 100개를 매주 검토",
                    ),
                    t("Feed ranking lead", "피드 랭킹 리드"),
                ),
                risk(
                    t(
                        "The misinformation filter hides legitimate news (false positives) and creators lose trust",
                        "허위 정보 필터가 정상적인 뉴스를 숨겨(거짓 양성) 작성자의 신뢰를 잃음",
                    ),
                    2,
                    2,
                    t(
                        "Demote instead of removing below the cut-off; a fast appeal path; track how often appeals \
                         win",
                        "기준 미만은 삭제 대신 순위만 낮춤, 빠른 이의 제기 절차, 이의 인용률 추적",
                    ),
                    t("Trust and safety lead", "신뢰·안전 리드"),
                ),
                risk(
                    t(
                        "Fact-checker labels are too sparse for daily retraining",
                        "팩트체커 레이블이 매일 재학습하기에는 너무 적음",
                    ),
                    3,
                    2,
                    t(
                        "Train on user reports as proxy labels, weight verified verdicts higher, add random samples",
                        "사용자 신고를 유사 레이블로 학습, 검증된 판정에 더 큰 가중치, 무작위 표본 추가",
                    ),
                    t("Data scientist", "데이터 과학자"),
                ),
                risk(
                    t("The scoring sidecar slows the feed", "스코어링 사이드카 때문에 피드가 느려짐"),
                    1,
                    2,
                    t(
                        "40 ms timeout with fallback to the old formula; load test at twice the peak",
                        "40ms 타임아웃 후 기존 공식으로 대체, 최대 부하의 2배로 부하 테스트",
                    ),
                    t("Platform engineer", "플랫폼 엔지니어"),
                ),
            ],
            compared_with: t(
                "The current recency-plus-likes formula, and for the filters the moderators' own decisions.",
                "현재의 최신순+좋아요 공식, 필터는 운영자의 판정과 비교합니다.",
            ),
            threshold_policy: t(
                "Remove a post when its misinformation probability is 0.7 or more; below that it only loses rank \
                 through the blend. A wrongly hidden post costs an appeal and an upset creator (about 2,100 won); a \
                 missed rumour that is already demoted reaches few people (about 900 won).",
                "허위 정보 확률이 0.7 이상이면 글을 내리고, 그 아래는 가중 합산에서 순위만 낮아집니다. 정상 글을 \
                 잘못 숨기면 이의 처리와 작성자 불만으로 약 2,100원, 이미 순위가 낮아진 루머를 놓치면 노출이 \
                 적어 약 900원의 비용으로 봅니다.",
            ),
            speed_accuracy: t(
                "Gradient-boosted trees (AUC 0.80, p95 12 ms) over a GPU transformer (AUC 0.82, p95 65 ms): the \
                 transformer breaks the 40 ms budget and costs many times more.",
                "GPU 트랜스포머(AUC 0.82, p95 65ms)보다 그래디언트 부스팅 트리(AUC 0.80, p95 12ms)를 택합니다. \
                 트랜스포머는 40ms 예산을 넘고 비용도 몇 배입니다.",
            ),
            interpretability: t(
                "Removals carry a reason (which filter, which policy) for creators and moderators; the product team \
                 gets monthly feature importance; users get no per-post explanation.",
                "삭제에는 어떤 필터·어떤 정책 때문인지 사유를 붙여 작성자와 운영자에게 보여 주고, 제품팀에는 매월 \
                 특성 중요도를 공유합니다. 사용자에게 글마다 설명하지는 않습니다.",
            ),
            error_tolerance: Some(ErrorTolerance::FalsePositivesWorse),
            guards: t(
                "The legal takedown list and block list apply whatever the scores say; no author fills more than two \
                 of the top ten slots; if the sidecar fails, the old formula serves.",
                "법적 삭제 목록과 금칙어 목록은 점수와 상관없이 항상 적용하고, 한 작성자가 상위 10개 중 2개를 \
                 넘게 차지하지 못하게 하며, 사이드카가 실패하면 기존 공식이 대신 응답합니다.",
            ),
        },
        threshold: ThresholdSection {
            threshold: Some(0.7),
            cost_false_positive: Some(2100.0),
            cost_false_negative: Some(900.0),
            prevalence: Some(0.02),
            ..Default::default()
        },
        tradeoff: TradeoffSection {
            candidates: vec![
                candidate(
                    t("Gradient-boosted trees (engagement AUC)", "그래디언트 부스팅 트리(참여 AUC)"),
                    0.80,
                    6.0,
                    12.0,
                    600.0,
                    230.0,
                ),
                candidate(t("Two-tower neural network", "투 타워 신경망"), 0.81, 9.0, 22.0, 400.0, 230.0),
                candidate(t("Transformer re-ranker on GPU", "GPU 트랜스포머 재정렬 모델"), 0.82, 35.0, 65.0, 150.0, 1400.0),
            ],
            p95_budget_ms: Some(40.0),
            peak_qps: Some(3000.0),
            monthly_budget: Some(6_000_000.0),
        },
        abtest: AbTestSection {
            baseline_rate: Some(0.42),
            mde: Some(0.02),
            mde_relative: true,
            alpha: Some(0.05),
            power: Some(0.8),
            daily_traffic: Some(200_000.0),
            ..Default::default()
        },
        baseline: BaselineSection {
            kind: Some(BaselineKind::PreviousSystem),
            description: t(
                "Today's formula: likes plus twice the comments, halved every six hours of post age, plus the keyword \
                 block list.",
                "현재 공식: 좋아요 + 댓글×2를 글이 6시간 지날 때마다 절반으로 줄이고, 금칙어 목록을 더한 것.",
            ),
            score: t(
                "7-day return 42%; engagement AUC 0.68 on last month's logs; the block list catches 55% of posts \
                 moderators removed.",
                "7일 재방문율 42%, 지난달 로그 기준 참여 AUC 0.68, 금칙어 목록은 운영자가 삭제한 글의 55%를 잡아냄.",
            ),
            margin: t(
                "Ship only with engagement AUC ≥ 0.75 offline, 7-day return up 2% (relative) in the A/B test, and no \
                 rise in misinformation reports per 1,000 views.",
                "오프라인 참여 AUC 0.75 이상, A/B 테스트에서 7일 재방문율 상대 2% 상승, 1,000회 노출당 허위 정보 \
                 신고가 늘지 않을 때만 출시합니다.",
            ),
            prototype_tool: t(
                "A Streamlit page: enter a user id, see the old and new top 20 side by side with every model's score",
                "Streamlit 페이지: 사용자 ID를 넣으면 기존·신규 상위 20개 글과 모델별 점수를 나란히 보여 줌",
            ),
            prototype_audience: t(
                "Product managers, two moderators and five creators from the beta programme",
                "제품 관리자, 운영자 2명, 베타 프로그램 작성자 5명",
            ),
            prototype_feedback: t(
                "Does the new top 20 feel better? Which posts look wrongly demoted? Are removal reasons clear?",
                "새 상위 20개가 더 나은가? 억울하게 밀려난 글은 무엇인가? 삭제 사유가 이해되는가?",
            ),
        },
        metrics: MetricsSection {
            links: vec![
                link(
                    t("Users returning within 7 days", "7일 내 재방문 사용자"),
                    t("Engagement AUC (click followed by a long read)", "참여 AUC(클릭 후 오래 읽기)"),
                    Direction::Up,
                ),
                link(
                    t("Misinformation reports per 1,000 views", "1,000회 노출당 허위 정보 신고"),
                    t("Misinformation recall at precision 0.9", "정밀도 0.9에서의 허위 정보 재현율"),
                    Direction::Down,
                ),
                link(
                    t("Ad impressions per session", "세션당 광고 노출"),
                    t("Quality NDCG@10", "품질 NDCG@10"),
                    Direction::Up,
                ),
                link(
                    t("Creator appeal rate", "작성자 이의 제기율"),
                    t("Misinformation filter precision", "허위 정보 필터 정밀도"),
                    Direction::Down,
                ),
            ],
            label_inference: t(
                "A click followed by at least 10 seconds of reading, a comment or a share is positive; a click with \
                 under 3 seconds of reading, 'not interested' or a report is negative; posts never scrolled into \
                 view are not labels at all.",
                "클릭 후 10초 이상 읽기, 댓글, 공유는 긍정입니다. 클릭 후 3초 안에 나가기, '관심 없음', 신고는 \
                 부정입니다. 화면에 나타나지도 않은 글은 레이블로 쓰지 않습니다.",
            ),
        },
        monitoring: MonitoringSection {
            watched: t(
                "Daily: 7-day return, session length, reports per 1,000 views, removal and appeal rates, each model's \
                 score distribution, top-10 share by topic.",
                "매일: 7일 재방문율, 세션 길이, 1,000회 노출당 신고, 삭제율과 이의 제기율, 모델별 점수 분포, \
                 주제별 상위 10개 점유율.",
            ),
            alerts: t(
                "Reports per 1,000 views up 20% day over day; appeals upheld above 15%; sidecar fallback on more than \
                 1% of requests.",
                "1,000회 노출당 신고가 전일 대비 20% 증가, 이의 인용률 15% 초과, 사이드카 대체 경로 사용이 요청의 \
                 1% 초과.",
            ),
            outputs: t(
                "Log the top 50 posts of 1% of requests with all four scores and the blend; review the 100 most shown \
                 posts weekly.",
                "요청의 1%에 대해 상위 50개 글과 네 모델 점수, 가중 합산 점수를 기록하고, 가장 많이 노출된 글 \
                 100개를 매주 검토합니다.",
            ),
            where_wrong: t(
                "Slice errors by language, topic, post format (image, video, text) and new versus established authors.",
                "언어, 주제, 글 형식(이미지·영상·텍스트), 신규·기존 작성자별로 오류를 나눠 봅니다.",
            ),
            basis: t(
                "Monthly SHAP summaries for the engagement and quality models; fact-checkers review the misinformation \
                 model's highlighted phrases.",
                "참여·품질 모델은 매월 SHAP 요약을 보고, 허위 정보 모델이 주목한 문구는 팩트체커가 검토합니다.",
            ),
            failing_features: t(
                "New authors without history, breaking-news topics, and memes whose text sits inside the image.",
                "이력이 없는 신규 작성자, 속보성 주제, 글자가 이미지 안에 들어 있는 밈.",
            ),
            retrain_trigger: t(
                "Engagement AUC on yesterday's logs below 0.76, misinformation recall on the weekly verified set below \
                 0.65, or a new abuse pattern flagged by moderators.",
                "어제 로그 기준 참여 AUC 0.76 미만, 주간 검증 세트 기준 허위 정보 재현율 0.65 미만, 또는 운영자가 \
                 새 악용 패턴을 보고할 때.",
            ),
            loop_back: t(
                "If click-bait creeps back, revisit the goal and the label definition; if filters miss new formats, \
                 add data sources; if creators complain about reach, revisit the weights.",
                "클릭베이트가 다시 보이면 목표와 레이블 정의로, 필터가 새 형식을 놓치면 데이터 소스로, 작성자가 \
                 노출을 불평하면 가중치로 돌아갑니다.",
            ),
        },
        canvas: CanvasSection {
            key_partners: n(&[
                ("Fact-checking partner", "팩트체크 파트너"),
                ("Quality grading vendor", "품질 평가 업체"),
                ("Advertisers and ad network", "광고주와 광고 네트워크"),
            ]),
            key_activities: n(&[
                ("Ranking and moderation", "랭킹과 콘텐츠 관리"),
                ("Creator programmes", "작성자 지원 프로그램"),
                ("Ad sales", "광고 영업"),
            ]),
            key_resources: n(&[
                ("Interaction logs", "상호작용 로그"),
                ("Moderation team and policies", "운영 인력과 정책"),
                ("Ranking models", "랭킹 모델"),
            ]),
            value_propositions: n(&[
                ("A feed worth opening", "열어 볼 만한 피드"),
                ("Safe from harmful content", "유해 콘텐츠로부터 안전함"),
                ("Reach for good creators", "좋은 작성자에게 돌아가는 노출"),
            ]),
            customer_relationships: n(&[
                ("Self-service app", "셀프서비스 앱"),
                ("Creator support and appeals", "작성자 지원과 이의 제기"),
                ("Published ranking principles", "공개된 랭킹 원칙"),
            ]),
            channels: n(&[("Mobile app", "모바일 앱"), ("Web", "웹"), ("Push notifications", "푸시 알림")]),
            customer_segments: n(&[
                ("Everyday readers", "일반 이용자"),
                ("Creators", "작성자"),
                ("Advertisers", "광고주"),
            ]),
            cost_structure: n(&[
                ("Moderation staff", "운영 인력"),
                ("Cloud and inference", "클라우드와 추론"),
                ("Graders and fact-checkers", "평가단과 팩트체커"),
            ]),
            revenue_streams: n(&[("Feed ads", "피드 광고"), ("Creator subscriptions", "작성자 구독")]),
            flywheel: n(&[
                ("Relevant, trustworthy posts at the top", "관련 있고 믿을 만한 글이 상단에"),
                ("Users come back more often and stay longer", "사용자가 더 자주 오고 더 오래 머묾"),
                ("Creators get more reach and post more", "작성자가 더 많이 노출되고 더 많이 씀"),
                ("More posts and signals to learn from", "학습할 글과 신호가 늘어남"),
            ]),
            ml_lever: Some(0),
            ml_lever_note: t(
                "The blended ranking decides what reaches the top; the filters keep growth from costing trust.",
                "가중 합산 랭킹이 무엇을 상단에 올릴지 정하고, 필터는 성장이 신뢰를 갉아먹지 않게 지킵니다.",
            ),
            ..canvas(
                t(
                    "A free community app for sharing posts and photos, paid for by feed ads and a creator \
                     subscription.",
                    "글과 사진을 나누는 무료 커뮤니티 앱으로, 피드 광고와 작성자 구독으로 수익을 냅니다.",
                ),
                t(
                    "Impression, click and dwell logs (reliable, continuous); moderator decisions (good, daily); \
                     fact-checker verdicts (accurate, sparse); quality grades (monthly panel).",
                    "노출·클릭·체류 로그(믿을 만하고 계속 쌓임), 운영자 판정(양호, 매일), 팩트체커 판정(정확하지만 \
                     적음), 품질 등급(매월 평가단).",
                ),
                t(
                    "Shown directly to users as the order of the home feed; filter scores also automate the \
                     moderators' first pass and sort their queue.",
                    "홈 피드의 순서로 사용자에게 바로 보입니다. 필터 점수는 운영자의 1차 검토를 자동화하고 검토 \
                     대기열의 순서도 정합니다.",
                ),
            )
        },
        ..base(&META, lang)
    }
}
