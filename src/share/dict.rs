//! The preset deflate dictionary of format 1: words and phrases common in ML project plans,
//! in Korean and English, so that even a short plan's first mention of "데이터" or "precision"
//! is a back-reference instead of literal bytes.
//!
//! FROZEN: every format-1 link was compressed against exactly these bytes (after packing with
//! `text::pack`); changing a single character breaks them all. A better dictionary needs a
//! new format tag. Deflate codes near distances more cheaply, so the most common words are
//! at the end.

pub(super) const DICTIONARY_V1: &str = concat!(
    "stakeholder interview survey questionnaire annotation labeling vendor contract legal review compliance GDPR ",
    "audit log consent anonymized pseudonymous encrypted retention policy personal data sensitive ",
    "recommendation ranking search personalization forecast demand inventory pricing churn fraud anomaly ",
    "detection classification regression clustering segmentation computer vision image text NLP speech ",
    "logistic regression gradient boosting random forest neural network transformer fine-tuning embedding ",
    "feature store pipeline batch streaming real-time online offline latency throughput p95 p50 ms QPS GPU CPU ",
    "cloud server instance hour monthly cost budget revenue profit conversion rate click-through retention ",
    "A/B test control group treatment significance power sample size minimum detectable effect ",
    "precision recall F1 accuracy AUC ROC PR curve threshold false positive false negative true positive ",
    "calibration drift distribution shift PSI KL divergence alert dashboard monitoring retrain weekly daily ",
    "baseline heuristic rule-based rules human expert previous system dummy simple model prototype notebook ",
    "customer user team manager analyst engineer data scientist product owner operations support ",
    "the model will predict whether the customer should be reviewed by a person before the decision ",
    "and the of to in for with on by from at as is are be if or not no yes per than more less ",
    "이해관계자 인터뷰 설문 주석 작업 외주 계약 법무 검토 규제 준수 감사 로그 동의 익명화 가명 암호화 보관 정책 ",
    "민감 정보 추천 랭킹 검색 개인화 수요 예측 재고 가격 이탈 사기 이상 탐지 분류 회귀 군집 세분화 이미지 텍스트 음성 ",
    "로지스틱 회귀 그래디언트 부스팅 랜덤 포레스트 신경망 트랜스포머 미세 조정 임베딩 ",
    "피처 스토어 파이프라인 배치 스트리밍 실시간 온라인 오프라인 지연 시간 처리량 서버 인스턴스 클라우드 ",
    "월 비용 예산 매출 수익 전환율 클릭률 유지율 재구매 만족도 문의 응답 처리 시간 ",
    "A/B 테스트 대조군 실험군 유의 수준 검정력 표본 크기 최소 검출 효과 ",
    "정밀도 재현율 정확도 오탐 미탐 오탐률 임계값 점수 분포 변화 드리프트 알림 대시보드 모니터링 재학습 ",
    "기준선 규칙 기반 전문가 이전 시스템 단순 모델 프로토타입 노트북 피드백 ",
    "고객 사용자 팀 담당자 분석가 엔지니어 데이터 과학자 제품 운영 지원 부서 경영진 현업 ",
    "개인정보 보호 품질 누락 라벨 정답 수집 확보 정제 학습 평가 검증 배포 서비스 운영 위험 완화 ",
    "목표 지표 비즈니스 가치 문제 현재 방식 수동 자동화 효율 절감 개선 증가 감소 향상 ",
    "매일 매주 매월 분기 이상 이하 미만 초과 약 명 건 개 원 만 억 % ",
    "한다. 있다. 없다. 된다. 한다 있는 없는 하는 되는 위해 통해 대한 따라 경우 때 및 또는 그리고 ",
    "데이터 모델 예측 을 를 이 가 은 는 에 에서 으로 로 의 와 과 도 만 ",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dictionary_fits_the_window_with_room_for_a_plan() {
        let mut packed = Vec::new();
        super::super::text::pack(DICTIONARY_V1, &mut packed);
        assert!(packed.len() <= 8 * 1024, "{} bytes", packed.len());
    }
}
