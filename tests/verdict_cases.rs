//! The feasibility verdict held to what an instructor would say, case by case, and the worked
//! examples held to their own review.
//!
//! Each case is a problem a learner might bring, its twelve answers, and the verdict with the
//! answers that decide it and those that only add caveats. `src/review/verdict.rs` documents the
//! rule table these follow.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::i18n::Lang;
use mlplan::plan::{examples, FeasibilitySection, Tri};
use mlplan::review::{review, verdict, Action, Question, Severity, VerdictKind};

use VerdictKind::{Fits, NotAdvisable, RulesFirst, Unsure};

/// A named problem and what the questionnaire must answer for it.
struct Case {
    name: &'static str,
    /// Twelve answers in [`Question::ALL`] order, the five signals, a `|`, then the seven red
    /// flags: `y` yes, `n` no, `u` unsure, `-` unanswered.
    answers: &'static str,
    kind: VerdictKind,
    /// The keys of the answers that decided the verdict.
    causes: &'static [&'static str],
    /// The keys of the answers that only add caveats.
    caveats: &'static [&'static str],
}

// Flag order after the `|`: unethical, simple, bad_data, label_issues, catastrophic,
// explain_all, not_cost_effective.
const CASES: &[Case] = &[
    Case {
        name: "lottery numbers: no pattern to learn",
        answers: "nyyyy|nnnnnnn",
        kind: NotAdvisable,
        causes: &["pattern"],
        caveats: &[],
    },
    Case {
        name: "stock prices, if truly random: nobody can say yet",
        answers: "uyyyy|nnnnnnn",
        kind: Unsure,
        causes: &["pattern"],
        caveats: &[],
    },
    Case {
        name: "finding an address by postcode: a lookup, not ML",
        answers: "yynyy|nynnnnn",
        kind: RulesFirst,
        causes: &["simple", "complexity"],
        caveats: &[],
    },
    Case {
        name: "house prices from area, size, age and schools",
        answers: "yyyyy|nnnnnnn",
        kind: Fits,
        causes: &[],
        caveats: &[],
    },
    Case {
        name: "fraud with only caught fraud labelled and reason codes for declines",
        answers: "yyyyy|nnnynyn",
        kind: Fits,
        causes: &[],
        caveats: &["explain_all", "label_issues"],
    },
    Case {
        name: "taxi fare where one absurd fare is catastrophic",
        answers: "yyyyy|nnnnynn",
        kind: Fits,
        causes: &[],
        caveats: &["catastrophic"],
    },
    Case {
        name: "medical triage that must explain itself and must not miss",
        answers: "yyyyy|nnnnyyn",
        kind: Fits,
        causes: &[],
        caveats: &["catastrophic", "explain_all"],
    },
    Case {
        name: "music streaming learning from plays and skips as proxy labels",
        answers: "yyyyy|nnnynnn",
        kind: Fits,
        causes: &[],
        caveats: &["label_issues"],
    },
    Case {
        name: "a hiring screen that learned to prefer one sex",
        answers: "yyyyy|ynnynnn",
        kind: NotAdvisable,
        causes: &["unethical"],
        caveats: &[],
    },
    Case {
        name: "a chatbot that learns abuse from its users, with guards planned",
        answers: "yyyyy|ynnnynn",
        kind: NotAdvisable,
        causes: &["unethical"],
        caveats: &[],
    },
    Case {
        name: "a loan model with biased history, its fairness not yet checked",
        answers: "yyyyy|unnnnyn",
        kind: Unsure,
        causes: &["unethical"],
        caveats: &["explain_all"],
    },
    Case {
        name: "a corner shop renting GPUs to forecast ten sales a day",
        answers: "yyyyy|nnnnnny",
        kind: NotAdvisable,
        causes: &["not_cost_effective"],
        caveats: &[],
    },
    Case {
        name: "a new service with no records yet",
        answers: "yyyny|nnnnnnn",
        kind: RulesFirst,
        causes: &["data"],
        caveats: &[],
    },
    Case {
        name: "patient records the team may not use",
        answers: "yyyyy|nnynnnn",
        kind: RulesFirst,
        causes: &["bad_data"],
        caveats: &[],
    },
    Case {
        name: "a spam filter where ten keywords already catch it all",
        answers: "yyyyy|nynnnnn",
        kind: RulesFirst,
        causes: &["simple"],
        caveats: &[],
    },
    Case {
        name: "no data yet and the pattern still unclear: rules first anyway",
        answers: "uyyny|nnnnnnn",
        kind: RulesFirst,
        causes: &["data"],
        caveats: &[],
    },
    Case {
        name: "a one-off market study, done once a year",
        answers: "yyyyn|nnnnnnn",
        kind: Fits,
        causes: &[],
        caveats: &["repetition"],
    },
    Case {
        name: "churn prediction, unsure whether every decision needs explaining",
        answers: "yyyyy|nnnnnun",
        kind: Fits,
        causes: &[],
        caveats: &["explain_all"],
    },
    Case {
        name: "signals answered, red flags not yet",
        answers: "yyyyy|-------",
        kind: Unsure,
        causes: &["unethical", "simple", "bad_data", "not_cost_effective"],
        caveats: &["label_issues", "catastrophic", "explain_all"],
    },
    Case {
        name: "everything answered but the label question",
        answers: "yyyyy|nnn-nnn",
        kind: Fits,
        causes: &[],
        caveats: &["label_issues"],
    },
    Case {
        name: "delivery-time prediction, no doubt left",
        answers: "yyyyy|nnnnnnn",
        kind: Fits,
        causes: &[],
        caveats: &[],
    },
    Case {
        name: "a blank questionnaire",
        answers: "-----|-------",
        kind: Unsure,
        causes: &[
            "pattern",
            "objective",
            "complexity",
            "data",
            "repetition",
            "unethical",
            "simple",
            "bad_data",
            "label_issues",
            "catastrophic",
            "explain_all",
            "not_cost_effective",
        ],
        caveats: &[],
    },
];

fn section(answers: &str) -> FeasibilitySection {
    let values: Vec<Option<Tri>> = answers
        .chars()
        .filter(|c| !matches!(c, '|' | ' '))
        .map(|c| match c {
            'y' => Some(Tri::Yes),
            'n' => Some(Tri::No),
            'u' => Some(Tri::Unsure),
            '-' => None,
            other => panic!("unknown answer letter {other:?}"),
        })
        .collect();
    assert_eq!(values.len(), Question::ALL.len(), "{answers}");
    let mut json = serde_json::Map::new();
    for (q, value) in Question::ALL.into_iter().zip(values) {
        json.insert(q.key().into(), serde_json::json!({ "value": value }));
    }
    serde_json::from_value(serde_json::Value::Object(json)).expect("a feasibility section")
}

#[test]
fn every_named_case_gets_the_verdict_an_instructor_would_give() {
    assert!(CASES.len() >= 20);
    for case in CASES {
        let v = verdict(&section(case.answers));
        assert_eq!(v.kind, case.kind, "{}", case.name);
        assert_eq!(v.cause_keys(), case.causes, "{}: deciding answers", case.name);
        assert_eq!(v.caveat_keys(), case.caveats, "{}: caveats", case.name);
    }
}

#[test]
fn biased_or_late_labels_ask_for_a_labelling_plan_not_for_rules_instead_of_ml() {
    let v = verdict(&section("yyyyy|nnnynnn"));
    assert_eq!(v.kind, Fits);
    assert_eq!(v.actions, [Action::PlanLabels, Action::ProceedToGoals]);
    assert!(Action::PlanLabels.text(Lang::En).contains("baseline"));
    assert!(Action::PlanLabels.text(Lang::Ko).contains("베이스라인"));
}

#[test]
fn an_open_caveat_question_names_what_to_find_out() {
    let v = verdict(&section("yyyyy|nnnnunn"));
    assert_eq!(v.kind, Fits);
    assert_eq!(v.caveat_keys(), ["catastrophic"]);
    assert!(v.actions.contains(&Action::InvestigateUnsure));
}

/// What each worked example's verdict is: none teaches "start with rules" today, so every one
/// must show a model that fits (the issue asks for at least three).
fn promised(key: &str) -> VerdictKind {
    match key {
        "feed" | "eta" | "food" | "fraud" | "fare" => Fits,
        other => panic!("no promised verdict for the example {other}"),
    }
}

#[test]
fn every_worked_example_reaches_its_verdict_and_passes_its_own_review() {
    let mut fits = 0;
    for lang in Lang::ALL {
        for info in examples::list(lang) {
            let plan = examples::build(info.key, lang).expect("every example builds");
            let v = verdict(&plan.feasibility);
            assert_eq!(v.kind, promised(info.key), "{}", plan.id);
            fits += usize::from(v.kind == Fits);
            let above_info: Vec<&str> =
                review(&plan).iter().filter(|f| f.severity != Severity::Info).map(|f| f.rule).collect();
            assert!(above_info.is_empty(), "{}: {above_info:?}", plan.id);
        }
    }
    assert!(fits >= 3 * Lang::ALL.len());
}
