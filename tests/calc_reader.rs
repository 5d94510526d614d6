//! The chunked reader gives exactly what `Scores::parse` gives, however the text is cut; the
//! shared metrics agree between counts and rates; the plan mapping fills in the examples.

use mlplan::calc::abtest::{Formula, SrmError};
use mlplan::calc::blend::Item;
use mlplan::calc::threshold::{Masses, RateSource, Scores, ScoresError, ScoresReader};
use mlplan::calc::tradeoff::{self, Recommendation};
use mlplan::plan::calc_inputs::{self, AbField, AbInputError, SrmInputError};
use mlplan::plan::{AbTestSection, GoalsSection, Objective, ThresholdSection, TradeoffSection};

fn read_in_chunks(text: &[u8], size: usize) -> Result<Scores, ScoresError> {
    let mut reader = ScoresReader::new();
    for chunk in text.chunks(size) {
        if reader.push(chunk).is_err() {
            break;
        }
    }
    reader.finish()
}

#[test]
fn any_chunking_reads_like_one_piece() {
    let texts = [
        "\u{feff}score,label\r\n0.9,1\r\n\r\n0.2,0\r\n0.4,TRUE\n0.35,0",
        "0.1,1\nabc,1\n0.3,2\nnan,0\n0.5\n0.6,1,7\ninf,1\n-inf,0\n",
        "p;y\n\"0,5\";1\n0.25;0\n",
        "",
        "score,label\n",
        "0.3\t1\n0.7\t0\n0.7\t1\n0.1\t0",
    ];
    for text in texts {
        let whole = Scores::parse(text);
        for size in [1, 2, 3, 5, 7, 64] {
            assert_eq!(read_in_chunks(text.as_bytes(), size), whole, "{text:?} in chunks of {size}");
        }
    }
}

#[test]
fn bad_rows_keep_their_line_numbers_across_chunks() {
    let text = "score,label\n0.1,1\n0.2,0\nx,1\n0.4,0\n0.5,maybe\n";
    match read_in_chunks(text.as_bytes(), 4) {
        Err(ScoresError::BadRows { first, total }) => {
            assert_eq!(total, 2);
            assert_eq!(first.iter().map(|b| b.line).collect::<Vec<_>>(), vec![4, 6]);
        }
        other => panic!("expected bad rows, got {other:?}"),
    }
}

#[test]
fn masses_from_counts_and_from_rates_agree() {
    let scores = Scores::parse("0.9,1\n0.8,1\n0.7,0\n0.6,1\n0.4,0\n0.3,0\n0.2,1\n0.1,0\n").unwrap();
    let prevalence = scores.prevalence().unwrap();
    for t in [0.05, 0.35, 0.65, 0.85, 0.95] {
        let counts = Masses::from(&scores.confusion_at(t)).metrics(2.0);
        let rates = Masses::from_rates(&scores.point_at(t), prevalence).metrics(2.0);
        let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => (a - b).abs() < 1e-12,
            (None, None) => true,
            _ => false,
        };
        assert!(close(counts.precision, rates.precision), "{t}");
        assert!(close(counts.f_beta, rates.f_beta), "{t}");
        assert!(close(counts.mcc, rates.mcc), "{t}");
        assert!(close(counts.accuracy, rates.accuracy), "{t}");
        let c = scores.confusion_at(t);
        assert_eq!(counts.precision, c.precision());
        assert_eq!(counts.mcc, c.mcc());
    }
    let ap = scores.decisions(None).unwrap().average_precision();
    assert!((ap - scores.average_precision().unwrap()).abs() < 1e-12);
}

#[test]
fn untouched_sections_stand_for_the_examples() {
    let trade = calc_inputs::effective_tradeoff(&TradeoffSection::default());
    let (candidates, requirements) = calc_inputs::tradeoff_inputs(&trade);
    let report = tradeoff::assess(&candidates, &requirements).unwrap();
    assert_eq!(report.recommendation, Recommendation::Pick { index: 1, reason: tradeoff::PickReason::BestQuality });
    let mut tight = trade.clone();
    tight.monthly_budget = Some(1000.0);
    let (candidates, requirements) = calc_inputs::tradeoff_inputs(&tight);
    let report = tradeoff::assess(&candidates, &requirements).unwrap();
    assert!(matches!(report.recommendation, Recommendation::Pick { index: 0, .. }));

    let ab = calc_inputs::ab_plan(&calc_inputs::effective_abtest(&AbTestSection::default())).unwrap();
    assert_eq!(ab.per_variant, 3623);
    assert_eq!((ab.days, ab.weeks), (4, 1));
    let missing = AbTestSection { baseline_rate: Some(0.1), ..Default::default() };
    assert_eq!(calc_inputs::ab_plan(&missing), Err(AbInputError::Missing(AbField::Effect)));

    let t = ThresholdSection::default();
    assert_eq!(calc_inputs::binormal(&t), mlplan::calc::threshold::Binormal::lecture_example());
    assert_eq!(calc_inputs::costs(&t), None);
}

#[test]
fn percent_inputs_give_the_reference_sample_sizes() {
    // The page takes percentages and divides by 100 before storing.
    for (baseline, mde, n) in [(20.0, 5.0, 1031), (10.0, 2.0, 3623), (3.5, 0.175, 174_370)] {
        let s = AbTestSection {
            baseline_rate: Some(baseline / 100.0),
            mde: Some(mde / 100.0),
            alpha: Some(0.05),
            power: Some(0.8),
            daily_traffic: Some(1000.0),
            ..Default::default()
        };
        assert_eq!(calc_inputs::ab_plan(&s).unwrap().per_variant, n);
    }
}

#[test]
fn blend_weights_live_in_two_or_more_objectives() {
    let objective = |name: &str| Objective { name: name.into(), ..Default::default() };
    let mut goals = GoalsSection { objectives: vec![objective("quality")], ..Default::default() };
    assert_eq!(calc_inputs::blend_weights(&goals), None, "one objective has nothing to blend");
    assert!(!calc_inputs::set_blend_weights(&mut goals, &[1.0]));
    goals.objectives.extend([objective("engagement"), objective("freshness"), objective("diversity")]);
    assert_eq!(calc_inputs::blend_weights(&goals), Some(vec![0.25; 4]), "equal shares before any is typed");
    assert!(!calc_inputs::set_blend_weights(&mut goals, &[0.5, 0.5]), "one weight per objective");
    assert!(calc_inputs::set_blend_weights(&mut goals, &[0.4, 0.3, 0.2, 0.1]));
    assert_eq!(goals.objectives[3].weight, Some(0.1));
    goals.objectives[3].weight = None;
    assert_eq!(calc_inputs::blend_weights(&goals), Some(vec![0.4, 0.3, 0.2, 0.0]), "an empty weight counts as 0");
}

#[test]
fn blend_items_follow_the_objectives() {
    let mut goals = GoalsSection { objectives: vec![Objective::default(); 3], ..Default::default() };
    assert_eq!(calc_inputs::blend_items(&goals), None);
    goals.blend_items = vec![Item { title: "a".into(), scores: vec![0.1, 0.2] }];
    assert_eq!(calc_inputs::blend_items(&goals).unwrap()[0].scores, vec![0.1, 0.2, 0.0], "a new objective scores 0");
    goals.objectives.truncate(1);
    assert_eq!(calc_inputs::blend_items(&goals).unwrap()[0].scores, vec![0.1], "a removed objective's score goes");
}

#[test]
fn the_sample_ratio_check_reads_fractions_or_percentages() {
    let section = |counts: &[f64], shares: &[f64]| AbTestSection {
        srm_counts: counts.iter().map(|c| Some(*c)).collect(),
        srm_shares: shares.iter().map(|s| Some(*s)).collect(),
        ..Default::default()
    };
    let fractions = calc_inputs::srm(&section(&[9000.0, 1200.0], &[0.9, 0.1])).unwrap();
    let percentages = calc_inputs::srm(&section(&[9000.0, 1200.0], &[90.0, 10.0])).unwrap();
    assert_eq!(fractions, percentages);
    assert!(fractions.mismatch, "{fractions:?}");
    // Two even arms before anything is typed; a count missing or not whole says which arm.
    assert_eq!(calc_inputs::srm_arms(&AbTestSection::default()), vec![(None, Some(0.5)), (None, Some(0.5))]);
    assert_eq!(calc_inputs::srm(&AbTestSection::default()), Err(SrmInputError::MissingCount { index: 0 }));
    assert_eq!(calc_inputs::srm(&section(&[10.0, 2.5], &[0.5, 0.5])), Err(SrmInputError::CountNotWhole { index: 1 }));
    assert_eq!(
        calc_inputs::srm(&section(&[10.0, 10.0], &[0.5, 0.6])),
        Err(SrmInputError::Invalid(SrmError::SharesDoNotSumToOne { sum: 1.1 }))
    );
}

#[test]
fn the_planner_uses_the_chosen_formula_and_whole_weeks() {
    let mut s = calc_inputs::example_abtest();
    assert_eq!(calc_inputs::ab_plan(&s).unwrap().per_variant, 3623);
    s.formula = Formula::Pooled;
    let pooled = calc_inputs::ab_plan(&s).unwrap();
    assert_eq!((pooled.per_variant, pooled.days, pooled.weeks), (3841, 4, 1));
    let inputs = calc_inputs::ab_inputs(&s).unwrap();
    assert_eq!(inputs.per_variant_in(4.0), 28_000.0);
    assert_eq!(calc_inputs::detect_weeks(&s), 4.0);
    s.detect_weeks = Some(2.5);
    assert_eq!(calc_inputs::detect_weeks(&s), 4.0, "whole weeks only");
}

#[test]
fn several_variants_share_alpha_and_the_traffic() {
    let mut s = calc_inputs::example_abtest();
    s.variants = Some(3.0);
    let three = calc_inputs::ab_plan(&s).unwrap();
    // Bonferroni: each comparison at 0.025, two-sided.
    assert_eq!(three.per_variant, mlplan::calc::abtest::sample_size_per_variant(0.1, 0.02, 0.025, 0.8).unwrap());
    assert_eq!((three.variants, three.total), (3, three.per_variant * 3));
    let inputs = calc_inputs::ab_inputs(&s).unwrap();
    assert_eq!(inputs.per_variant_in(3.0), 14_000.0, "three weeks of 2,000 a day shared by three");
    s.one_sided = true;
    let inputs = calc_inputs::ab_inputs(&s).unwrap();
    assert_eq!((inputs.alpha, inputs.comparison_level()), (0.05, 0.025));
    s.variants = Some(2.5);
    assert_eq!(calc_inputs::ab_variants(&s), 2, "whole variants only");
    s.variants = Some(11.0);
    assert_eq!(calc_inputs::ab_variants(&s), 2, "at most ten");
}
