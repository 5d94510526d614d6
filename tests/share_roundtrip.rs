//! `decode(encode(p)) == p` for arbitrary plans, in every accepted link form.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::calc::blend::Item;
use mlplan::calc::regression::{Fallback, Guard};
use mlplan::plan::*;
use mlplan::share::{decode, encode, fragment, link};
use proptest::option::of;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "\\PC{0,24}",
        "[가-힣 .,]{0,40}",
        "[ -~]{0,30}",
        "<(script|img|a|b)( src=x onerror=alert\\(1\\))?>[^<]{0,12}</(script|b)>",
        any::<String>(),
    ]
}

fn num() -> impl Strategy<Value = Option<f64>> {
    of(prop_oneof![any::<f64>().prop_filter("JSON holds finite numbers only", |x| x.is_finite()), -1e6..1e6f64])
}

fn tri() -> impl Strategy<Value = Option<Tri>> {
    of(prop_oneof![Just(Tri::Yes), Just(Tri::No), Just(Tri::Unsure)])
}

fn answer() -> impl Strategy<Value = Answer> {
    (tri(), text()).prop_map(|(value, note)| Answer { value, note })
}

fn vec_of<T: std::fmt::Debug>(s: impl Strategy<Value = T>) -> impl Strategy<Value = Vec<T>> {
    prop::collection::vec(s, 0..4)
}

fn problem() -> BoxedStrategy<ProblemSection> {
    (text(), text(), text(), text(), text(), text())
        .prop_map(|(a, b, c, d, e, f)| ProblemSection {
            statement: a,
            who: b,
            current_handling: c,
            value: d,
            exercise_problem: e,
            exercise_impact: f,
        })
        .boxed()
}

fn feasibility() -> BoxedStrategy<FeasibilitySection> {
    (prop::array::uniform12(answer()))
        .prop_map(|[a, b, c, d, e, f, g, h, l, i, j, k]| FeasibilitySection {
            pattern: a,
            objective: b,
            complexity: c,
            data: d,
            repetition: e,
            unethical: f,
            simple: g,
            bad_data: h,
            label_issues: l,
            catastrophic: i,
            explain_all: j,
            not_cost_effective: k,
        })
        .boxed()
}

fn goals() -> BoxedStrategy<GoalsSection> {
    let scenario = of(prop_oneof![
        Just(LabelScenario::Labelled),
        Just(LabelScenario::Proxy),
        Just(LabelScenario::Unlabelled),
        Just(LabelScenario::NoData)
    ]);
    let objective = (text(), text(), text(), text(), text(), scenario, text(), num()).prop_map(
        |(name, metric, target, cadence, owner, label_scenario, label_note, weight)| Objective {
            name,
            metric,
            target,
            cadence,
            owner,
            label_scenario,
            label_note,
            weight,
        },
    );
    let strategy = of(prop_oneof![Just(ObjectiveStrategy::CombinedLoss), Just(ObjectiveStrategy::SeparateModels)]);
    let score = prop_oneof![any::<f64>().prop_filter("JSON holds finite numbers only", |x| x.is_finite()), 0.0..1.0f64];
    let item = (text(), vec_of(score)).prop_map(|(title, scores)| Item { title, scores });
    (text(), vec_of(objective), strategy, text(), vec_of(item))
        .prop_map(|(goal, objectives, strategy, strategy_note, blend_items)| GoalsSection {
            goal,
            objectives,
            strategy,
            strategy_note,
            blend_items,
        })
        .boxed()
}

fn data() -> BoxedStrategy<DataSection> {
    let source = (text(), text(), tri(), text(), text(), tri(), text()).prop_map(
        |(name, owner, labelled, reliability, refresh, continuous, privacy)| DataSource {
            name,
            owner,
            labelled,
            reliability,
            refresh,
            continuous,
            privacy,
        },
    );
    (vec_of(source), text()).prop_map(|(sources, collection_plan)| DataSection { sources, collection_plan }).boxed()
}

fn constraints() -> BoxedStrategy<ConstraintsSection> {
    let risk = (text(), of(any::<u8>()), of(1u8..=3), text(), text())
        .prop_map(|(risk, likelihood, impact, mitigation, owner)| Risk { risk, likelihood, impact, mitigation, owner });
    let tolerance = of(prop_oneof![
        Just(ErrorTolerance::FalsePositivesWorse),
        Just(ErrorTolerance::FalseNegativesWorse),
        Just(ErrorTolerance::Balanced)
    ]);
    (
        (text(), text(), text(), text(), text(), text(), vec_of(risk)),
        (text(), text(), text(), text(), tolerance, text()),
    )
        .prop_map(|((a, b, c, d, e, f, risks), (g, h, i, j, error_tolerance, guards))| ConstraintsSection {
            schedule: a,
            budget: b,
            people: c,
            privacy: d,
            technical: e,
            ethics: f,
            risks,
            compared_with: g,
            threshold_policy: h,
            speed_accuracy: i,
            interpretability: j,
            error_tolerance,
            guards,
        })
        .boxed()
}

fn calculators() -> BoxedStrategy<(ThresholdSection, TradeoffSection, AbTestSection, ErrorsSection)> {
    let threshold = (num(), num(), num(), num()).prop_map(|(a, b, c, d)| ThresholdSection {
        threshold: a,
        cost_false_positive: b,
        cost_false_negative: c,
        prevalence: d,
        ..Default::default()
    });
    let candidate = (text(), num(), num(), num(), num(), num()).prop_map(|(name, a, b, c, d, e)| Candidate {
        name,
        quality: a,
        p50_ms: b,
        p95_ms: c,
        throughput_per_instance: d,
        cost_per_instance_hour: e,
        ..Default::default()
    });
    let tradeoff = (vec_of(candidate), num(), num(), num()).prop_map(|(candidates, a, b, c)| TradeoffSection {
        candidates,
        p95_budget_ms: a,
        peak_qps: b,
        monthly_budget: c,
    });
    let abtest =
        (num(), num(), any::<bool>(), num(), num(), num()).prop_map(|(a, b, mde_relative, c, d, e)| AbTestSection {
            baseline_rate: a,
            mde: b,
            mde_relative,
            alpha: c,
            power: d,
            daily_traffic: e,
            ..Default::default()
        });
    let guard = (num(), num(), num(), num()).prop_map(|(floor, cap, rule_multiple, band_high)| Guard {
        floor,
        cap,
        rule_multiple,
        band_high,
        fallback: band_high.map(|_| Fallback::Rule),
        ..Guard::default()
    });
    let result = of((num(), num(), any::<u32>()).prop_map(|(rmse, r2, rows)| ErrorsResult {
        file: Some("fares.csv".into()),
        rows: u64::from(rows),
        rmse: rmse.unwrap_or(0.0),
        r2,
        ..ErrorsResult::default()
    }));
    let errors = (num(), any::<bool>(), any::<bool>(), guard, result).prop_map(
        |(tolerance, tolerance_absolute, money, guard, result)| ErrorsSection {
            tolerance,
            tolerance_absolute,
            money,
            guard,
            result,
            guard_result: None,
        },
    );
    (threshold, tradeoff, abtest, errors).boxed()
}

fn baseline() -> BoxedStrategy<BaselineSection> {
    let kind = of(prop_oneof![
        Just(BaselineKind::Human),
        Just(BaselineKind::RuleBased),
        Just(BaselineKind::Dummy),
        Just(BaselineKind::SimpleModel),
        Just(BaselineKind::PreviousSystem)
    ]);
    (kind, text(), text(), text(), text(), text(), text())
        .prop_map(|(kind, a, b, c, d, e, f)| BaselineSection {
            kind,
            description: a,
            score: b,
            margin: c,
            prototype_tool: d,
            prototype_audience: e,
            prototype_feedback: f,
        })
        .boxed()
}

fn metrics_and_monitoring() -> BoxedStrategy<(MetricsSection, MonitoringSection)> {
    let link = (text(), text(), of(prop_oneof![Just(Direction::Up), Just(Direction::Down)]))
        .prop_map(|(business_metric, model_metric, direction)| MetricLink { business_metric, model_metric, direction });
    let metrics = (vec_of(link), text()).prop_map(|(links, label_inference)| MetricsSection { links, label_inference });
    let monitoring = prop::array::uniform8(text()).prop_map(|[a, b, c, d, e, f, g, h]| MonitoringSection {
        watched: a,
        alerts: b,
        outputs: c,
        where_wrong: d,
        basis: e,
        failing_features: f,
        retrain_trigger: g,
        loop_back: h,
    });
    (metrics, monitoring).boxed()
}

fn canvas() -> BoxedStrategy<CanvasSection> {
    let lists = prop::array::uniform10(vec_of(text()));
    ((text(), text(), text()), lists, (of(any::<usize>()), text()))
        .prop_map(
            |(
                (provides, data_in, prediction_out),
                [a, b, c, d, e, f, g, h, i, flywheel],
                (ml_lever, ml_lever_note),
            )| {
                CanvasSection {
                    provides,
                    data_in,
                    prediction_out,
                    key_partners: a,
                    key_activities: b,
                    key_resources: c,
                    value_propositions: d,
                    customer_relationships: e,
                    channels: f,
                    customer_segments: g,
                    cost_structure: h,
                    revenue_streams: i,
                    flywheel,
                    ml_lever,
                    ml_lever_note,
                }
            },
        )
        .boxed()
}

fn drift() -> BoxedStrategy<DriftSection> {
    let result = of((num(), any::<u32>()).prop_map(|(psi, rows)| DriftResult {
        reference_file: Some("train.csv".into()),
        reference_rows: u64::from(rows),
        psi: psi.unwrap_or(0.0),
        ..DriftResult::default()
    }));
    (text(), any::<bool>(), num(), result)
        .prop_map(|(measured, ks, limit, result)| DriftSection {
            measured,
            measure: if ks { DriftMeasure::Ks } else { DriftMeasure::Psi },
            limit,
            result,
        })
        .boxed()
}

fn plan() -> BoxedStrategy<Plan> {
    let currency = of(prop_oneof![Just(Currency::Krw), Just(Currency::Usd), Just(Currency::Eur)]);
    let head = (text(), text(), any::<u64>(), any::<u64>(), currency);
    let sections = (problem(), feasibility(), goals(), data(), constraints(), calculators(), baseline());
    (head, sections, metrics_and_monitoring(), canvas(), drift(), classroom())
        .prop_map(
            |(
                (id, title, created_ms, updated_ms, currency),
                (p, f, g, d, c, (t, tr, ab, er), b),
                (m, mo),
                canvas,
                drift,
                (origin, assignment, comments),
            )| {
                Plan {
                    schema: CURRENT_SCHEMA,
                    id,
                    title,
                    created_ms,
                    updated_ms,
                    problem: p,
                    feasibility: f,
                    goals: g,
                    data: d,
                    constraints: c,
                    threshold: t,
                    tradeoff: tr,
                    abtest: ab,
                    errors: er,
                    drift,
                    baseline: b,
                    metrics: m,
                    monitoring: mo,
                    canvas,
                    currency,
                    origin,
                    assignment,
                    comments,
                }
            },
        )
        .boxed()
}

fn classroom() -> impl Strategy<Value = (Option<ExampleOrigin>, Assignment, Vec<Comment>)> {
    let lang = prop_oneof![Just(mlplan::lang::Lang::En), Just(mlplan::lang::Lang::Ko)];
    let origin = of((text(), lang).prop_map(|(key, lang)| ExampleOrigin { key, lang }));
    let comment = (text(), text(), text(), text(), any::<u64>(), any::<bool>())
        .prop_map(|(id, step, field, text, created_ms, done)| Comment { id, step, field, text, created_ms, done });
    (
        origin,
        (text(), text(), text()).prop_map(|(task, due, hand_in)| Assignment { task, due, hand_in }),
        vec_of(comment),
    )
}

/// 200 cases a property, or what `PROPTEST_CASES` says (the quick check runs fewer).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(200)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_plans_round_trip(p in plan()) {
        let payload = encode(&p);
        prop_assert_eq!(decode(&payload), Ok(p.clone()));
        prop_assert_eq!(decode(&fragment(&p)), Ok(p.clone()));
        prop_assert_eq!(decode(&link("https://host.example/sub/path/?q=1#/p/old", &p)), Ok(p.clone()));
    }

    #[test]
    fn links_use_only_url_safe_characters_and_the_fragment(p in plan()) {
        let l = link("https://host.example/sub/path/", &p);
        let (base, frag) = l.split_once('#').unwrap();
        prop_assert_eq!(base, "https://host.example/sub/path/");
        let route = format!("/s/{}.", mlplan::share::FORMAT);
        prop_assert!(frag.starts_with(&route), "{}", frag);
        prop_assert!(frag.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_./".contains(&b)), "{}", frag);
    }
}

#[test]
fn non_finite_numbers_come_back_as_absent() {
    let mut p = Plan::new("n", "nan", 1);
    p.threshold.threshold = Some(f64::NAN);
    p.threshold.prevalence = Some(f64::INFINITY);
    p.threshold.cost_false_positive = Some(2.5);
    let back = decode(&encode(&p)).unwrap();
    assert_eq!(back.threshold.threshold, None);
    assert_eq!(back.threshold.prevalence, None);
    assert_eq!(back.threshold.cost_false_positive, Some(2.5));
}

#[test]
fn html_and_script_text_round_trips_verbatim() {
    let mut p = Plan::new("h", "<script>alert(document.cookie)</script>", 1);
    p.problem.statement = r#"<img src=x onerror="alert('xss')"> &lt;b&gt; </textarea><svg/onload=alert(1)>"#.into();
    p.canvas.flywheel = vec!["javascript:alert(1)".into(), "\"><iframe src=//evil>".into()];
    assert_eq!(decode(&encode(&p)), Ok(p));
}

#[test]
fn hundred_thousand_character_fields_round_trip_or_are_refused_cleanly() {
    // Repetitive text compresses far below the link cap and round-trips.
    let mut p = Plan::new("big", "big", 1);
    p.problem.statement = "사기 탐지 모델. ".repeat(10_000);
    assert_eq!(p.problem.statement.chars().count(), 100_000);
    p.monitoring.watched = "a".repeat(100_000);
    let payload = encode(&p);
    assert!(payload.len() < mlplan::share::limits::MAX_PAYLOAD_LEN);
    assert_eq!(decode(&payload), Ok(p));

    // 100,000 characters of noise cannot fit a link: encoding still works, decoding refuses
    // the over-long payload before doing anything with it.
    let mut noisy = Plan::new("noise", "noise", 1);
    let mut x: u32 = 12345;
    noisy.problem.statement = (0..100_000)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from_u32(0xAC00 + (x >> 8) % 11_172).unwrap()
        })
        .collect();
    let payload = encode(&noisy);
    assert!(payload.len() > mlplan::share::limits::MAX_PAYLOAD_LEN);
    assert!(matches!(decode(&payload), Err(mlplan::share::ShareError::TooLong { .. })));
}
