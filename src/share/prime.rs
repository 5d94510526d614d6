//! The priming text of format 2: two plan-shaped trees, one in English and one in Korean, that
//! the model learns before the first byte of a link, so that a plan's field names, tags and
//! common words are cheap from the start.
//!
//! It is general vocabulary of ML project plans, written for this purpose: lifecycle terms,
//! how fields are usually phrased, common metrics and data words. Every field is present, so
//! the model sees each key follow the one before it (keys sort alphabetically in the tree).
//!
//! FROZEN: every format-2 link was coded after the model learned exactly these trees (pruned
//! and written by `wire`, each starting a new tree); changing one character breaks them all.

/// One plan in both languages: each text with a Korean version reads `english|korean`; enum
/// words, numbers and texts without `|` are the same in both.
const PRIMING_JSON: &str = r#"{"schema":1,
"id":"plan",
"title":"Customer demand forecast and ranking model|고객 수요 예측과 추천 모델",
"created_ms":1700000000000,
"updated_ms":1700000000000,
"problem":{"statement":"Predict which customers will need support next week, so the team can act before problems grow.|다음 주에 지원이 필요한 고객을 미리 예측해, 팀이 문제가 커지기 전에 대응하게 합니다.","who":"The operations team, product managers and the customers who use the service every day.|운영팀, 제품 담당자, 그리고 매일 서비스를 이용하는 고객.","current_handling":"Analysts review reports by hand once a month and a few simple rules flag accounts; slow and manual.|분석가가 한 달에 한 번 보고서를 수작업으로 검토하고 단순한 규칙 몇 개로 표시합니다. 느리고 수동입니다.","value":"Less manual work, faster response, higher customer satisfaction and lower cost.|수작업이 줄고 응답이 빨라지며 고객 만족도가 높아지고 비용이 줄어듭니다.","exercise_problem":"Everyday version: guessing how long the line at a coffee shop will be.|일상 버전: 카페의 줄이 얼마나 길지 예측하기.","exercise_impact":"People would save time and the shop could plan staff.|사람들은 시간을 아끼고 가게는 직원을 배치할 수 있습니다."},
"feasibility":{"pattern":{"value":"yes","note":"Past behaviour and recent activity show patterns that repeat.|과거 행동과 최근 활동에서 반복되는 패턴이 있습니다."},"objective":{"value":"yes","note":"The outcome is recorded in the logs, so the label is well defined.|결과가 로그에 기록되므로 정답 레이블을 정할 수 있습니다."},"complexity":{"value":"yes","note":"Too many signals interact for hand-written rules to keep up.|신호가 너무 많아 수작업 규칙으로는 따라가기 어렵습니다."},"data":{"value":"yes","note":"Two years of event logs and transaction history.|2년치 이벤트 로그와 거래 기록이 있습니다."},"repetition":{"value":"yes","note":"The same decision is made thousands of times a day.|같은 결정이 하루에 수천 번 반복됩니다."},"unethical":{"value":"no","note":"No sensitive attributes; we check error rates across groups.|민감한 속성은 쓰지 않고 집단별 오류율을 확인합니다."},"simple":{"value":"no","note":"A simple rule is the baseline, not the answer.|단순한 규칙은 기준선일 뿐입니다."},"bad_data":{"value":"unsure","note":"Some labels arrive late and a few sources have missing values.|일부 레이블은 늦게 들어오고, 몇몇 데이터에는 결측값이 있습니다."},"catastrophic":{"value":"no","note":"A wrong prediction costs a little time; a person can correct it.|잘못된 예측은 약간의 시간 손실이고 사람이 바로잡을 수 있습니다."},"explain_all":{"value":"unsure","note":"Users want a short reason for each decision.|사용자는 결정마다 짧은 이유를 원합니다."},"not_cost_effective":{"value":"no","note":"The savings are far larger than the cost of the model.|절감액이 모델 비용보다 훨씬 큽니다."}},
"goals":{"goal":"Improve the quality of decisions while keeping cost, latency and risk under control.|비용, 지연 시간, 위험을 관리하면서 결정의 품질을 높입니다.","objectives":[{"name":"Accuracy of the ranking|순위 정확도","metric":"precision at top 100 and recall|상위 100개 정밀도와 재현율","target":"0.8 or better on the test set|테스트 데이터에서 0.8 이상","cadence":"weekly evaluation, monthly retraining|매주 평가, 매월 재학습","owner":"Data science team|데이터 과학팀","label_scenario":"labelled","label_note":"Labels come from the outcome 30 days after the prediction.|예측 후 30일 동안의 결과를 레이블로 씁니다.","weight":0.6},{"name":"Cost of errors|오류 비용","metric":"false positive rate|거짓 양성 비율","target":"below 5% of all alerts|전체 알림의 5% 미만","cadence":"daily dashboard|매일 대시보드","owner":"Operations lead|운영 책임자","label_scenario":"proxy","label_note":"Clicks and complaints stand in for the true outcome.|클릭과 불만을 대리 레이블로 씁니다.","weight":0.4}],"strategy":"combined_loss","strategy_note":"One model with a weighted loss that follows the cost of each error.|각 오류의 비용을 따르는 가중 손실로 모델 하나를 학습합니다."},
"data":{"sources":[{"name":"Event logs|이벤트 로그","owner":"Platform engineering|플랫폼 개발팀","labelled":"no","reliability":"Good, with about 1% missing events|양호, 이벤트 누락 약 1%","refresh":"Real-time stream, hourly batch|실시간 스트림, 시간별 배치","continuous":"yes","privacy":"User ids are pseudonymous; no personal data leaves the warehouse.|사용자 ID는 가명 처리하고 개인정보는 밖으로 나가지 않습니다."},{"name":"Customer records and feedback|고객 기록과 피드백","owner":"Customer support|고객 지원팀","labelled":"yes","reliability":"Manual entry, some errors and duplicates|수기 입력이라 오류와 중복이 있음","refresh":"Daily|매일","continuous":"yes","privacy":"Personal information is masked and access is logged.|개인정보는 마스킹하고 접근 기록을 남깁니다."}],"collection_plan":"Collect labels from reviewers for three months.|3개월 동안 검토자에게 레이블을 받습니다."},
"constraints":{"schedule":"A prototype in 6 weeks, a pilot in one quarter|6주 안에 프로토타입, 한 분기 안에 시범 운영","budget":"Existing cloud servers and GPU hours within the monthly budget|기존 클라우드 서버와 월 예산 안의 GPU 시간","people":"Two ML engineers, one data engineer and an analyst|ML 엔지니어 2명, 데이터 엔지니어 1명, 분석가 1명","privacy":"Comply with privacy law; keep data for one year only.|개인정보 보호법을 지키고 데이터는 1년만 보관합니다.","technical":"p95 latency under 100 ms at peak traffic|최대 트래픽에서 p95 지연 시간 100ms 이하","ethics":"Do not treat users differently by age, gender or region.|나이, 성별, 지역에 따라 사용자를 다르게 대하지 않습니다.","risks":[{"risk":"Data drift after a product change makes the model worse|제품 변경 후 데이터 드리프트로 모델 성능이 떨어짐","likelihood":2,"impact":3,"mitigation":"Monitor the score distribution and retrain when drift is detected|점수 분포를 모니터링하고 드리프트가 보이면 재학습","owner":"ML engineer|ML 엔지니어"},{"risk":"Late or noisy labels|레이블이 늦거나 잡음이 많음","likelihood":3,"impact":2,"mitigation":"Use proxy labels and review a sample by hand|대리 레이블을 쓰고 일부 표본을 사람이 검토","owner":"Data team|데이터팀"}],"compared_with":"The current rules and the manual process|현재 규칙과 수작업 방식","threshold_policy":"Set the threshold by the cost of false positives and false negatives.|거짓 양성과 거짓 음성의 비용으로 임계값을 정합니다.","speed_accuracy":"Prefer the most accurate model that fits the latency budget.|지연 시간 예산 안에서 가장 정확한 모델을 고릅니다.","interpretability":"Show the top three reasons behind each score.|점수마다 주요 이유 세 가지를 보여 줍니다.","error_tolerance":"false_negatives_worse","guards":"A person reviews high-risk cases; fall back to the rules if the model fails.|위험이 큰 경우는 사람이 검토하고, 장애 시 규칙으로 돌아갑니다."},
"threshold":{"threshold":0.5,"cost_false_positive":10.0,"cost_false_negative":100.0,"prevalence":0.05},
"tradeoff":{"candidates":[{"name":"Logistic regression|로지스틱 회귀","quality":0.78,"p50_ms":2.0,"p95_ms":5.0,"throughput_per_instance":1000.0,"cost_per_instance_hour":0.1},{"name":"Gradient boosting|그래디언트 부스팅","quality":0.84,"p50_ms":10.0,"p95_ms":25.0,"throughput_per_instance":400.0,"cost_per_instance_hour":0.3}],"p95_budget_ms":100.0,"peak_qps":500.0,"monthly_budget":5000.0},
"abtest":{"baseline_rate":0.1,"mde":0.05,"mde_relative":true,"alpha":0.05,"power":0.8,"daily_traffic":10000.0},
"baseline":{"kind":"rule_based","description":"The current heuristic: a few rules written by the team|팀이 만든 규칙 몇 개로 판단하는 현재 방식","score":"precision 0.4, recall 0.5|정밀도 0.4, 재현율 0.5","margin":"At least 10% better than the baseline|기준선보다 10% 이상 개선","prototype_tool":"A notebook and a simple dashboard|노트북과 간단한 대시보드","prototype_audience":"Five analysts and the product owner|분석가 5명과 제품 책임자","prototype_feedback":"Ask whether the ranking and the reasons make sense.|순위와 이유가 납득되는지 묻습니다."},
"metrics":{"links":[{"business_metric":"Conversion rate|전환율","model_metric":"precision|정밀도","direction":"up"},{"business_metric":"Support cost per user|사용자당 지원 비용","model_metric":"recall|재현율","direction":"down"}],"label_inference":"If no event happens within 30 days, the case counts as negative.|30일 안에 이벤트가 없으면 음성으로 봅니다."},
"monitoring":{"watched":"Score distribution, input features, precision and recall|점수 분포, 입력 특징, 정밀도와 재현율","alerts":"Alert when the positive rate moves more than 2 points|양성 비율이 2%p 넘게 바뀌면 알림","outputs":"Daily report of scores and decisions|점수와 결정의 일일 보고서","where_wrong":"New users, rare categories and holidays|신규 사용자, 드문 카테고리, 명절과 휴일","basis":"Weekly evaluation on labelled data|레이블이 있는 데이터로 매주 평가","failing_features":"Missing values in the newest data source|가장 최근 데이터 소스의 결측값","retrain_trigger":"PSI above 0.2 or a drop in recall for two weeks|PSI 0.2 초과 또는 2주 연속 재현율 하락","loop_back":"Go back to the data step and check label quality.|데이터 단계로 돌아가 레이블 품질을 점검합니다."},
"canvas":{"provides":"A service that helps customers find what they need|고객이 필요한 것을 빠르게 찾도록 돕는 서비스","data_in":"Logs, transactions, user profiles and feedback|로그, 거래, 사용자 프로필, 피드백","prediction_out":"A score and a ranked list shown in the app|앱에 보여 주는 점수와 추천 목록","key_partners":["Data platform team|데이터 플랫폼팀","Vendors|외부 업체"],"key_activities":["Data collection|데이터 수집","Model training|모델 학습","Monitoring|모니터링"],"key_resources":["Historical data|과거 데이터","ML platform|ML 플랫폼"],"value_propositions":["Faster and better decisions|더 빠르고 나은 결정"],"customer_relationships":["Self-service|셀프 서비스","Support|고객 지원"],"channels":["Mobile app|모바일 앱","Web|웹","API"],"customer_segments":["New users|신규 사용자","Regular customers|기존 고객"],"cost_structure":["Cloud servers|클라우드 서버","Labelling|레이블링","Engineers|인건비"],"revenue_streams":["Subscriptions|구독","Fees|수수료"],"flywheel":["Better predictions|더 나은 예측","More users|사용자 증가","More data|데이터 증가","Better model|더 좋은 모델"],"ml_lever":0,"ml_lever_note":"The model improves the first step of the loop.|모델이 순환의 첫 단계를 개선합니다."}}"#;

/// The priming trees, English then Korean, each pruned and written as in a link.
pub(super) fn priming_trees() -> Vec<Vec<u8>> {
    // The text parses (see the tests); if it did not, nothing would be primed.
    let both = serde_json::from_str::<serde_json::Value>(PRIMING_JSON).unwrap_or_default();
    [0, 1]
        .into_iter()
        .map(|lang| {
            let mut tree = in_language(&both, lang);
            super::prune(&mut tree);
            let mut binary = Vec::new();
            super::wire::write_value(&mut binary, &tree);
            binary
        })
        .collect()
}

/// The tree with each `english|korean` text replaced by its part `lang` (0 or 1).
fn in_language(value: &serde_json::Value, lang: usize) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(s) => Value::String(s.split('|').nth(lang).unwrap_or(s).to_owned()),
        Value::Array(items) => Value::Array(items.iter().map(|v| in_language(v, lang)).collect()),
        Value::Object(members) => {
            Value::Object(members.iter().map(|(k, v)| (k.clone(), in_language(v, lang))).collect())
        }
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether every member of `part` is in `whole` with the same value. The priming text is
    /// frozen with the format, while the plan keeps gaining fields: it must hold nothing that is
    /// not a plan field, but it cannot hold fields added after it.
    fn is_within(part: &serde_json::Value, whole: &serde_json::Value) -> bool {
        use serde_json::Value;
        match (part, whole) {
            (Value::Object(p), Value::Object(w)) => p.iter().all(|(k, v)| w.get(k).is_some_and(|wv| is_within(v, wv))),
            (Value::Array(p), Value::Array(w)) => p.len() == w.len() && p.iter().zip(w).all(|(a, b)| is_within(a, b)),
            _ => part == whole,
        }
    }

    #[test]
    fn the_priming_plans_parse_and_hold_nothing_but_plan_fields() {
        let both: serde_json::Value = serde_json::from_str(PRIMING_JSON).unwrap();
        for lang in [0, 1] {
            let mut tree = in_language(&both, lang);
            let plan = crate::plan::migrate::plan_from_value(tree.clone()).unwrap();
            // The primer is frozen at the schema of its day; reading it stamps the current one.
            tree["schema"] = serde_json::Value::from(crate::plan::CURRENT_SCHEMA);
            assert!(is_within(&tree, &serde_json::to_value(plan).unwrap()), "language {lang}");
        }
        assert_eq!(priming_trees().len(), 2);
        assert!(PRIMING_JSON.len() <= 12 * 1024, "{} bytes", PRIMING_JSON.len());
    }
}
