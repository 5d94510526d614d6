use super::*;
use crate::i18n::Lang;

/// A plan where ML clearly fits: every signal yes, every red flag no.
fn clear() -> FeasibilitySection {
    let mut f = FeasibilitySection::default();
    for q in Question::ALL {
        set(&mut f, q, if q.is_red_flag() { No } else { Yes });
    }
    f
}

fn set(f: &mut FeasibilitySection, q: Question, value: Tri) {
    let a = match q {
        Q::Pattern => &mut f.pattern,
        Q::Objective => &mut f.objective,
        Q::Complexity => &mut f.complexity,
        Q::Data => &mut f.data,
        Q::Repetition => &mut f.repetition,
        Q::Unethical => &mut f.unethical,
        Q::Simple => &mut f.simple,
        Q::BadData => &mut f.bad_data,
        Q::LabelIssues => &mut f.label_issues,
        Q::Catastrophic => &mut f.catastrophic,
        Q::ExplainAll => &mut f.explain_all,
        Q::NotCostEffective => &mut f.not_cost_effective,
    };
    a.value = Some(value);
}

fn with(q: Question, value: Tri) -> FeasibilitySection {
    let mut f = clear();
    set(&mut f, q, value);
    f
}

fn ids(v: &Verdict) -> Vec<&'static str> {
    v.reasons.iter().map(|r| r.id).collect()
}

fn rule(id: &str) -> &'static VerdictRule {
    VERDICT_RULES.iter().find(|r| r.id == id).unwrap()
}

#[test]
fn keys_match_the_plan_model() {
    let f = FeasibilitySection::default();
    let model: Vec<&str> = f.answers().iter().map(|(k, _)| *k).collect();
    let ours: Vec<&str> = Question::ALL.iter().map(|q| q.key()).collect();
    assert_eq!(model, ours);
    for q in Question::ALL {
        assert_eq!(Question::from_key(q.key()), Some(q));
    }
    assert_eq!(Question::from_key("nope"), None);
}

#[test]
fn answer_reads_the_matching_field() {
    for q in Question::ALL {
        let f = with(q, Tri::Unsure);
        assert_eq!(q.answer(&f).value, Some(Tri::Unsure), "{q:?}");
        assert_eq!(open_questions(&f), vec![q]);
    }
}

#[test]
fn slugs_are_stable() {
    let slugs: Vec<&str> = VerdictKind::ALL.iter().map(|k| k.slug()).collect();
    assert_eq!(slugs, ["fits", "unsure", "rules_first", "not_advisable"]);
}

#[test]
fn rule_ids_are_unique_and_the_fallback_is_last() {
    for (i, r) in VERDICT_RULES.iter().enumerate() {
        assert!(VERDICT_RULES[..i].iter().all(|o| o.id != r.id), "duplicate {}", r.id);
    }
    let last = VERDICT_RULES.last().unwrap();
    assert_eq!(last.condition, Condition::Always);
    assert!(matches!(last.effect, Effect::Decide(VerdictKind::Fits)));
}

#[test]
fn every_text_exists_in_both_languages_and_differs() {
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    for q in Question::ALL {
        pairs.push((q.label(Lang::En), q.label(Lang::Ko)));
        pairs.push((q.prompt(Lang::En), q.prompt(Lang::Ko)));
        pairs.push((q.hint(Lang::En), q.hint(Lang::Ko)));
    }
    for k in VerdictKind::ALL {
        pairs.push((k.title(Lang::En), k.title(Lang::Ko)));
        pairs.push((k.explanation(Lang::En), k.explanation(Lang::Ko)));
    }
    for a in Action::ALL {
        pairs.push((a.text(Lang::En), a.text(Lang::Ko)));
    }
    for r in VERDICT_RULES {
        pairs.push((r.explanation.text(Lang::En), r.explanation.text(Lang::Ko)));
    }
    for (en, ko) in pairs {
        assert!(!en.trim().is_empty() && !ko.trim().is_empty());
        assert_ne!(en, ko);
    }
}

#[test]
fn question_text_by_key() {
    let (prompt, hint) = question_text("bad_data", Lang::Ko).unwrap();
    assert_eq!(prompt, Q::BadData.prompt(Lang::Ko));
    assert_eq!(hint, Q::BadData.hint(Lang::Ko));
    assert!(question_text("weather", Lang::En).is_none());
}

#[test]
fn not_started_fires_on_an_empty_section_only() {
    let v = verdict(&FeasibilitySection::default());
    assert_eq!(v.kind, VerdictKind::Unsure);
    assert_eq!(ids(&v), ["not_started"]);
    assert_eq!(v.actions, [Action::AnswerQuestions]);
    assert_eq!(v.causes.len(), Question::ALL.len());

    let mut one = FeasibilitySection::default();
    set(&mut one, Q::Pattern, Yes);
    assert!(!ids(&verdict(&one)).contains(&"not_started"));
}

#[test]
fn unethical_is_not_advisable() {
    let v = verdict(&with(Q::Unethical, Yes));
    assert_eq!(v.kind, VerdictKind::NotAdvisable);
    assert_eq!(v.cause_keys(), ["unethical"]);
    assert_eq!(v.actions, [Action::StopOrRedesign]);
    assert_ne!(verdict(&with(Q::Unethical, No)).kind, VerdictKind::NotAdvisable);
}

#[test]
fn unethical_wins_even_when_other_questions_are_open() {
    let mut f = FeasibilitySection::default();
    set(&mut f, Q::Unethical, Yes);
    set(&mut f, Q::Data, Tri::Unsure);
    assert_eq!(verdict(&f).kind, VerdictKind::NotAdvisable);
}

#[test]
fn no_pattern_is_not_advisable() {
    let v = verdict(&with(Q::Pattern, No));
    assert_eq!(v.kind, VerdictKind::NotAdvisable);
    assert_eq!(ids(&v), ["no_pattern"]);
    assert_eq!(v.actions, [Action::RedefineProblem]);
    assert_eq!(verdict(&with(Q::Pattern, Yes)).kind, VerdictKind::Fits);
}

#[test]
fn no_objective_is_not_advisable() {
    let v = verdict(&with(Q::Objective, No));
    assert_eq!(v.kind, VerdictKind::NotAdvisable);
    assert_eq!(ids(&v), ["no_objective"]);
    assert!(!ids(&verdict(&clear())).contains(&"no_objective"));
}

#[test]
fn not_cost_effective_is_not_advisable() {
    let v = verdict(&with(Q::NotCostEffective, Yes));
    assert_eq!(v.kind, VerdictKind::NotAdvisable);
    assert_eq!(v.actions, [Action::CheckCost]);
    assert_eq!(verdict(&with(Q::NotCostEffective, No)).kind, VerdictKind::Fits);
}

#[test]
fn several_not_advisable_causes_are_all_reported() {
    let mut f = with(Q::Unethical, Yes);
    set(&mut f, Q::Pattern, No);
    set(&mut f, Q::Data, No);
    let v = verdict(&f);
    assert_eq!(ids(&v), ["unethical", "no_pattern"], "rules-first reasons are outweighed");
    assert_eq!(v.cause_keys(), ["unethical", "pattern"]);
}

#[test]
fn simple_solution_is_rules_first() {
    let v = verdict(&with(Q::Simple, Yes));
    assert_eq!(v.kind, VerdictKind::RulesFirst);
    assert_eq!(v.actions, [Action::BuildRulesFirst]);
    assert_eq!(verdict(&with(Q::Simple, No)).kind, VerdictKind::Fits);
}

#[test]
fn not_complex_is_rules_first() {
    let v = verdict(&with(Q::Complexity, No));
    assert_eq!(v.kind, VerdictKind::RulesFirst);
    assert_eq!(ids(&v), ["not_complex"]);
    assert!(!ids(&verdict(&with(Q::Complexity, Yes))).contains(&"not_complex"));
}

#[test]
fn no_data_is_rules_first_with_a_collection_plan() {
    let v = verdict(&with(Q::Data, No));
    assert_eq!(v.kind, VerdictKind::RulesFirst);
    assert_eq!(v.actions, [Action::BuildRulesFirst, Action::PlanDataCollection]);
    assert_eq!(verdict(&with(Q::Data, Yes)).kind, VerdictKind::Fits);
}

#[test]
fn bad_data_is_rules_first() {
    let v = verdict(&with(Q::BadData, Yes));
    assert_eq!(v.kind, VerdictKind::RulesFirst);
    assert_eq!(v.cause_keys(), ["bad_data"]);
    assert_eq!(verdict(&with(Q::BadData, No)).kind, VerdictKind::Fits);
}

#[test]
fn rules_first_outweighs_open_questions() {
    let mut f = FeasibilitySection::default();
    set(&mut f, Q::Data, No);
    set(&mut f, Q::Pattern, Tri::Unsure);
    assert_eq!(verdict(&f).kind, VerdictKind::RulesFirst);
}

#[test]
fn unsure_answer_leaves_the_verdict_open() {
    let v = verdict(&with(Q::Complexity, Tri::Unsure));
    assert_eq!(v.kind, VerdictKind::Unsure);
    assert_eq!(ids(&v), ["unsure"]);
    assert_eq!(v.actions, [Action::InvestigateUnsure]);
    assert!(!ids(&verdict(&clear())).contains(&"unsure"));
}

#[test]
fn partly_answered_is_unsure_and_names_the_gaps() {
    let mut f = clear();
    f.data.value = None;
    f.repetition.value = None;
    let v = verdict(&f);
    assert_eq!(v.kind, VerdictKind::Unsure);
    assert_eq!(ids(&v), ["unanswered", "unanswered_caveat"]);
    assert_eq!(v.cause_keys(), ["data"], "only the decisive gap decides");
    assert_eq!(v.caveat_keys(), ["repetition"], "the other gap is a caveat");
    assert!(!ids(&verdict(&clear())).contains(&"unanswered"));
}

#[test]
fn catastrophic_fits_only_with_guards() {
    let v = verdict(&with(Q::Catastrophic, Yes));
    assert_eq!(v.kind, VerdictKind::Fits);
    assert_eq!(ids(&v), ["all_clear", "catastrophic"]);
    assert_eq!(v.actions, [Action::AddGuards, Action::ProceedToGoals]);
    assert!(!verdict(&clear()).actions.contains(&Action::AddGuards));
}

#[test]
fn caveats_also_apply_to_open_and_rules_first_verdicts() {
    let mut f = with(Q::Catastrophic, Yes);
    set(&mut f, Q::Data, Tri::Unsure);
    assert!(verdict(&f).actions.contains(&Action::AddGuards));
    set(&mut f, Q::Data, No);
    assert!(verdict(&f).actions.contains(&Action::AddGuards));
}

#[test]
fn caveats_are_dropped_when_ml_is_not_advisable() {
    let mut f = with(Q::Catastrophic, Yes);
    set(&mut f, Q::Unethical, Yes);
    let v = verdict(&f);
    assert_eq!(v.actions, [Action::StopOrRedesign]);
    assert_eq!(v.cause_keys(), ["unethical"]);
}

#[test]
fn explain_all_asks_for_explanations() {
    let v = verdict(&with(Q::ExplainAll, Yes));
    assert_eq!(v.kind, VerdictKind::Fits);
    assert!(v.actions.contains(&Action::ExplainDecisions));
    assert!(!verdict(&clear()).actions.contains(&Action::ExplainDecisions));
}

#[test]
fn no_repetition_asks_to_confirm_value() {
    let v = verdict(&with(Q::Repetition, No));
    assert_eq!(v.kind, VerdictKind::Fits);
    assert!(v.causes.is_empty(), "a caveat is not a cause");
    assert_eq!(v.caveat_keys(), ["repetition"]);
    assert!(v.actions.contains(&Action::ConfirmValue));
    assert!(!verdict(&clear()).actions.contains(&Action::ConfirmValue));
}

#[test]
fn all_clear_fits_and_moves_on() {
    let v = verdict(&clear());
    assert_eq!(v.kind, VerdictKind::Fits);
    assert_eq!(ids(&v), ["all_clear"]);
    assert!(v.causes.is_empty());
    assert_eq!(v.actions, [Action::ProceedToGoals]);
    assert_eq!(rule("all_clear").explanation.text(Lang::Ko), v.reasons[0].explanation.text(Lang::Ko));
    assert!(!ids(&verdict(&with(Q::Data, No))).contains(&"all_clear"));
}

#[test]
fn label_problems_are_a_caveat_with_a_plan() {
    let v = verdict(&with(Q::LabelIssues, Yes));
    assert_eq!(v.kind, VerdictKind::Fits);
    assert_eq!(ids(&v), ["all_clear", "label_issues"]);
    assert_eq!(v.caveat_keys(), ["label_issues"]);
    assert_eq!(v.actions, [Action::PlanLabels, Action::ProceedToGoals]);
}

#[test]
fn unsure_on_a_caveat_question_is_a_caveat_that_names_it() {
    for q in Question::ALL.into_iter().filter(|q| !q.is_decisive()) {
        let v = verdict(&with(q, Tri::Unsure));
        assert_eq!(v.kind, VerdictKind::Fits, "{q:?}");
        assert_eq!(ids(&v), ["all_clear", "unsure_caveat"], "{q:?}");
        assert_eq!(v.caveats, [q]);
        assert_eq!(v.actions, [Action::InvestigateUnsure, Action::ProceedToGoals]);
    }
    for q in Question::ALL.into_iter().filter(|q| q.is_decisive()) {
        let v = verdict(&with(q, Tri::Unsure));
        assert_eq!((v.kind, v.causes), (VerdictKind::Unsure, vec![q]), "{q:?}");
    }
}

#[test]
fn every_decisive_question_has_an_answer_that_decides() {
    for q in Question::ALL {
        let decides = [Yes, No].into_iter().any(|value| {
            VERDICT_RULES.iter().any(|r| r.condition == Answered(q, value) && matches!(r.effect, Effect::Decide(_)))
        });
        assert_eq!(decides, q.is_decisive(), "{q:?}");
    }
}

#[test]
fn notes_do_not_change_the_verdict() {
    let mut f = clear();
    f.data.note = "no, not really".into();
    assert_eq!(verdict(&f), verdict(&clear()));
}
