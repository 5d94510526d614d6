//! Realistic plans for the link codec's tests: one mostly in Korean with every section filled,
//! one in English. Shared by the `share_*` test files through `mod share_support;`.
#![allow(dead_code)]

use mlplan::calc::blend;
use mlplan::plan::*;

fn s(text: &str) -> String {
    text.to_owned()
}

fn answer(value: Tri, note: &str) -> Answer {
    Answer { value: Some(value), note: s(note) }
}

fn list(items: &[&str]) -> Vec<String> {
    items.iter().map(|t| s(t)).collect()
}

/// A card-fraud plan, mostly Korean, every section filled in detail (about 6 KB of JSON).
pub fn korean_plan_long() -> Plan {
    let mut p = Plan::new("k7f3a9c2", "카드 결제 사기 탐지", 1_714_000_000_000);
    p.updated_ms = 1_714_086_400_000;
    p.problem = ProblemSection {
        statement: s("온라인 카드 결제 중 사기 거래를 실시간으로 찾아 승인 전에 막는다."),
        who: s("결제 리스크팀과 가맹점 고객"),
        current_handling: s("규칙 기반 필터 120개와 사후 수동 검토, 하루 평균 3천 건"),
        value: s("사기 손실 연 40억 원 중 30% 절감, 검토 인력 시간 절반"),
        exercise_problem: s("택배가 늦게 오는 이유를 미리 알 수 있을까?"),
        exercise_impact: s("배송 지연을 예측하면 고객 문의가 줄고 재구매가 늘어난다."),
    };
    p.feasibility = FeasibilitySection {
        pattern: answer(Tri::Yes, "사기 거래는 시간대, 금액, 기기에서 반복되는 패턴이 있다."),
        objective: answer(Tri::Yes, "차지백 여부로 정답을 정할 수 있다."),
        complexity: answer(Tri::Yes, "규칙으로는 새로운 수법을 따라가기 어렵다."),
        data: answer(Tri::Yes, "3년치 거래 로그와 차지백 기록이 있다."),
        repetition: answer(Tri::Yes, "초당 수백 건의 결정이 반복된다."),
        unethical: answer(Tri::No, "특정 집단을 차별하지 않도록 지역 변수는 뺀다."),
        simple: answer(Tri::No, ""),
        bad_data: answer(Tri::Unsure, "차지백 라벨이 최대 90일 늦게 들어온다."),
        label_issues: answer(Tri::Yes, "잡힌 사기만 라벨이 남는다."),
        catastrophic: answer(Tri::No, "오탐은 추가 인증으로 처리되어 치명적이지 않다."),
        explain_all: answer(Tri::Unsure, "거절 사유 설명이 규제상 필요할 수 있다."),
        not_cost_effective: answer(Tri::No, ""),
    };
    p.goals = GoalsSection {
        goal: s("사기 손실을 줄이면서 정상 고객의 결제 경험을 해치지 않는다."),
        objectives: vec![
            Objective {
                name: s("사기 탐지"),
                metric: s("recall@precision 0.9"),
                target: s("recall 0.75 이상"),
                cadence: s("매주 재학습"),
                owner: s("리스크 모델링팀"),
                label_scenario: Some(LabelScenario::Labelled),
                label_note: s("차지백 확정 후 라벨링"),
                weight: Some(0.7),
            },
            Objective {
                name: s("오탐 최소화"),
                metric: s("false positive rate"),
                target: s("0.5% 이하"),
                cadence: s("매월"),
                owner: s("결제 운영팀"),
                label_scenario: Some(LabelScenario::Proxy),
                label_note: s("추가 인증 통과를 정상 거래의 대리 라벨로 쓴다."),
                weight: Some(0.3),
            },
        ],
        strategy: Some(ObjectiveStrategy::SeparateModels),
        strategy_note: s("두 모델의 점수를 가중 평균한다."),
        blend_items: vec![blend::Item { title: s("해외 고액 결제"), scores: vec![0.9, 0.2] }],
    };
    p.data = DataSection {
        sources: vec![
            DataSource {
                name: s("거래 로그"),
                owner: s("결제 플랫폼팀"),
                labelled: Some(Tri::No),
                reliability: s("높음, 누락 0.1% 미만"),
                refresh: s("실시간 스트림"),
                continuous: Some(Tri::Yes),
                privacy: s("카드번호는 토큰화"),
            },
            DataSource {
                name: s("차지백 기록"),
                owner: s("리스크팀"),
                labelled: Some(Tri::Yes),
                reliability: s("확정까지 최대 90일"),
                refresh: s("일 배치"),
                continuous: Some(Tri::Yes),
                privacy: s("개인정보 없음"),
            },
        ],
        collection_plan: s("기기 지문 데이터를 3개월간 추가로 수집한다."),
    };
    p.constraints = ConstraintsSection {
        schedule: s("6개월 안에 1차 배포"),
        budget: s("클라우드 월 2천만 원"),
        people: s("ML 엔지니어 2명, 데이터 엔지니어 1명"),
        privacy: s("개인정보보호법과 PCI DSS 준수"),
        technical: s("승인 경로 지연 50ms 이내"),
        ethics: s("지역, 나이로 차별하지 않는다."),
        risks: vec![
            Risk {
                risk: s("라벨 지연으로 최근 수법을 놓침"),
                likelihood: Some(3),
                impact: Some(2),
                mitigation: s("대리 라벨과 이상 탐지 병행"),
                owner: s("리스크팀"),
            },
            Risk {
                risk: s("모델 장애 시 결제 중단"),
                likelihood: Some(1),
                impact: Some(3),
                mitigation: s("장애 시 규칙 엔진으로 자동 전환"),
                owner: s("플랫폼팀"),
            },
        ],
        compared_with: s("현재 규칙 엔진"),
        threshold_policy: s("비용 기반으로 주 1회 조정"),
        speed_accuracy: s("p95 50ms 안에서 가장 정확한 모델"),
        interpretability: s("거절 상위 사유 3개를 보여 준다."),
        error_tolerance: Some(ErrorTolerance::FalseNegativesWorse),
        guards: s("100만 원 이상은 항상 사람 검토"),
    };
    p.threshold = ThresholdSection {
        threshold: Some(0.35),
        cost_false_positive: Some(5000.0),
        cost_false_negative: Some(150000.0),
        prevalence: Some(0.002),
        ..Default::default()
    };
    p.tradeoff = TradeoffSection {
        candidates: vec![
            Candidate {
                name: s("로지스틱 회귀"),
                quality: Some(0.81),
                p50_ms: Some(2.0),
                p95_ms: Some(4.5),
                throughput_per_instance: Some(2000.0),
                cost_per_instance_hour: Some(0.2),
                ..Default::default()
            },
            Candidate {
                name: s("그래디언트 부스팅"),
                quality: Some(0.88),
                p50_ms: Some(8.0),
                p95_ms: Some(21.0),
                throughput_per_instance: Some(600.0),
                cost_per_instance_hour: Some(0.4),
                ..Default::default()
            },
        ],
        p95_budget_ms: Some(50.0),
        peak_qps: Some(1500.0),
        monthly_budget: Some(20000.0),
    };
    p.abtest = AbTestSection {
        baseline_rate: Some(0.012),
        mde: Some(0.1),
        mde_relative: true,
        alpha: Some(0.05),
        power: Some(0.8),
        daily_traffic: Some(400000.0),
        ..Default::default()
    };
    p.baseline = BaselineSection {
        kind: Some(BaselineKind::RuleBased),
        description: s("현재 운영 중인 규칙 엔진"),
        score: s("recall 0.52, 오탐률 1.1%"),
        margin: s("recall 10%p 이상 개선"),
        prototype_tool: s("노트북과 대시보드"),
        prototype_audience: s("리스크 분석가 5명"),
        prototype_feedback: s("거절 사유가 이해되는지 묻는다."),
    };
    p.metrics = MetricsSection {
        links: vec![
            MetricLink {
                business_metric: s("사기 손실액"),
                model_metric: s("recall"),
                direction: Some(Direction::Down),
            },
            MetricLink {
                business_metric: s("결제 승인율"),
                model_metric: s("false positive rate"),
                direction: Some(Direction::Up),
            },
        ],
        label_inference: s("차지백이 없으면 90일 후 정상으로 본다."),
    };
    p.monitoring = MonitoringSection {
        watched: s("점수 분포, 승인율, 차지백률"),
        alerts: s("승인율 1%p 하락 시 알림"),
        outputs: s("시간별 점수 히스토그램"),
        where_wrong: s("신규 가맹점, 해외 결제"),
        basis: s("주간 라벨로 재평가"),
        failing_features: s("기기 지문 누락률"),
        retrain_trigger: s("PSI 0.2 초과 또는 recall 5%p 하락"),
        loop_back: s("데이터 단계로 돌아가 라벨 품질을 점검한다."),
    };
    p.canvas = CanvasSection {
        provides: s("안전하고 빠른 온라인 결제"),
        data_in: s("거래, 기기, 차지백 데이터"),
        prediction_out: s("승인 경로에서 자동 차단 또는 추가 인증"),
        key_partners: list(&["카드사", "PG사"]),
        key_activities: list(&["결제 처리", "리스크 관리"]),
        key_resources: list(&["거래 데이터", "ML 플랫폼"]),
        value_propositions: list(&["사기 없는 결제"]),
        customer_relationships: list(&["셀프 서비스"]),
        channels: list(&["API", "대시보드"]),
        customer_segments: list(&["온라인 가맹점"]),
        cost_structure: list(&["클라우드", "인건비"]),
        revenue_streams: list(&["결제 수수료"]),
        flywheel: list(&["정확한 탐지", "손실 감소", "가맹점 증가", "거래 데이터 증가"]),
        ml_lever: Some(0),
        ml_lever_note: s("탐지 모델이 첫 단계를 움직인다."),
    };
    p
}

/// A churn plan in English, most sections filled.
pub fn english_plan() -> Plan {
    let mut p = Plan::new("e1b2c3d4", "Subscriber churn early warning", 1_712_000_000_000);
    p.updated_ms = 1_712_500_000_000;
    p.problem = ProblemSection {
        statement: s(
            "Predict which subscribers will cancel in the next 30 days so the retention team can reach them first.",
        ),
        who: s("Retention team, customer success managers"),
        current_handling: s("Monthly spreadsheet of accounts with falling usage, reviewed by hand."),
        value: s("Each saved subscriber is worth about $240 a year; a 2% lower churn rate saves $1.1M."),
        ..Default::default()
    };
    p.feasibility.pattern = answer(Tri::Yes, "Usage drops and support tickets precede most cancellations.");
    p.feasibility.objective = answer(Tri::Yes, "Cancellation is recorded with a date.");
    p.feasibility.data = answer(Tri::Yes, "Two years of usage events and billing history.");
    p.feasibility.repetition = answer(Tri::Yes, "Scored weekly for every account.");
    p.feasibility.explain_all = answer(Tri::Unsure, "Managers want a reason for each flagged account.");
    p.goals = GoalsSection {
        goal: s("Reduce voluntary churn without flooding the retention team."),
        objectives: vec![Objective {
            name: s("Churn in 30 days"),
            metric: s("precision at top 500"),
            target: s("0.4 or better"),
            cadence: s("monthly retraining"),
            owner: s("Data science"),
            label_scenario: Some(LabelScenario::Labelled),
            label_note: s("Cancellation within 30 days of the scoring date."),
            weight: None,
        }],
        strategy: None,
        strategy_note: String::new(),
        blend_items: vec![],
    };
    p.data.sources = vec![DataSource {
        name: s("Product usage events"),
        owner: s("Platform analytics"),
        labelled: Some(Tri::No),
        reliability: s("Good since the 2023 tracking fix"),
        refresh: s("Hourly"),
        continuous: Some(Tri::Yes),
        privacy: s("Pseudonymous account ids only"),
    }];
    p.constraints.schedule = s("Pilot in one quarter");
    p.constraints.budget = s("Existing warehouse, no new spend");
    p.constraints.risks = vec![Risk {
        risk: s("Retention offers given to people who would have stayed anyway"),
        likelihood: Some(2),
        impact: Some(2),
        mitigation: s("Hold out a random control group"),
        owner: s("Retention lead"),
    }];
    p.constraints.error_tolerance = Some(ErrorTolerance::Balanced);
    p.threshold = ThresholdSection {
        threshold: Some(0.6),
        cost_false_positive: Some(15.0),
        cost_false_negative: Some(240.0),
        prevalence: Some(0.03),
        ..Default::default()
    };
    p.baseline = BaselineSection {
        kind: Some(BaselineKind::PreviousSystem),
        description: s("The falling-usage spreadsheet"),
        score: s("precision 0.18 at top 500"),
        margin: s("Double its precision"),
        ..Default::default()
    };
    p.metrics.links = vec![MetricLink {
        business_metric: s("Monthly churn rate"),
        model_metric: s("precision at top 500"),
        direction: Some(Direction::Down),
    }];
    p.monitoring.watched = s("Score distribution, weekly precision on matured labels");
    p.monitoring.retrain_trigger = s("Precision below 0.3 for two weeks in a row");
    p.canvas.provides = s("A subscription video service");
    p.canvas.data_in = s("Viewing history, billing, support tickets");
    p.canvas.prediction_out = s("A weekly call list for the retention team");
    p.canvas.flywheel = list(&["Better recommendations", "More viewing", "More data"]);
    p.canvas.ml_lever = Some(0);
    p
}

/// A delivery-delay plan, mostly Korean, every step complete with short answers (about 3 KB
/// of JSON, the size of a typical classroom plan).
pub fn korean_plan() -> Plan {
    let mut p = Plan::new("d41c9e07", "배송 지연 예측", 1_715_000_000_000);
    p.updated_ms = 1_715_200_000_000;
    p.problem.statement = s("주문 시점에 배송이 늦어질 주문을 미리 알아낸다.");
    p.problem.who = s("물류 운영팀");
    p.problem.current_handling = s("지연 후 고객 문의로 알게 된다.");
    p.problem.value = s("지연 문의 20% 감소");
    let f = &mut p.feasibility;
    f.pattern = answer(Tri::Yes, "지역과 날씨에 따라 지연이 반복된다.");
    f.objective = answer(Tri::Yes, "도착 예정일 초과 여부");
    for a in [&mut f.complexity, &mut f.data, &mut f.repetition] {
        a.value = Some(Tri::Yes);
    }
    for a in [
        &mut f.unethical,
        &mut f.simple,
        &mut f.label_issues,
        &mut f.catastrophic,
        &mut f.explain_all,
        &mut f.not_cost_effective,
    ] {
        a.value = Some(Tri::No);
    }
    f.bad_data = answer(Tri::Unsure, "택배사 스캔 기록이 가끔 빠진다.");
    p.goals.goal = s("고객이 지연을 먼저 안내받게 한다.");
    p.goals.objectives = vec![Objective {
        name: s("지연 예측"),
        metric: s("recall"),
        target: s("0.7 이상"),
        cadence: s("매주"),
        owner: s("데이터팀"),
        label_scenario: Some(LabelScenario::Labelled),
        ..Default::default()
    }];
    p.data.sources = vec![DataSource {
        name: s("주문 및 배송 기록"),
        owner: s("물류팀"),
        labelled: Some(Tri::Yes),
        refresh: s("매일"),
        continuous: Some(Tri::Yes),
        ..Default::default()
    }];
    p.constraints.schedule = s("3개월");
    p.constraints.budget = s("기존 서버 사용");
    p.constraints.risks = vec![Risk {
        risk: s("명절 물량 급증 시 성능 저하"),
        likelihood: Some(2),
        impact: Some(2),
        mitigation: s("명절 기간 별도 모델"),
        owner: s("데이터팀"),
    }];
    p.threshold.threshold = Some(0.5);
    p.threshold.prevalence = Some(0.08);
    p.baseline.kind = Some(BaselineKind::RuleBased);
    p.baseline.description = s("지역별 평균 지연일로 판단");
    p.metrics.links = vec![MetricLink {
        business_metric: s("지연 문의 수"),
        model_metric: s("recall"),
        direction: Some(Direction::Down),
    }];
    p.monitoring.watched = s("주간 recall, 예측 지연 비율");
    p.monitoring.retrain_trigger = s("recall 0.6 미만");
    p.canvas.provides = s("온라인 쇼핑 배송");
    p.canvas.data_in = s("주문, 배송 스캔, 날씨");
    p.canvas.prediction_out = s("고객에게 지연 예상 알림");
    p
}

/// The plans the ratio check runs on.
pub fn sample_plans() -> Vec<Plan> {
    vec![korean_plan(), korean_plan_long(), english_plan()]
}
