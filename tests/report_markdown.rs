//! The report through the public API: structure, empty plans, determinism and file names.

use mlplan::i18n::{step_name, Lang, Msg, PageMsg};
use mlplan::plan::{examples, Plan, Step};
use mlplan::report::{markdown, report_file_name};
use mlplan::review::review;

/// The `## ` headings of a report, in order.
fn sections(report: &str) -> Vec<&str> {
    report.lines().filter_map(|l| l.strip_prefix("## ")).collect()
}

fn all_plans() -> Vec<(Plan, Lang)> {
    let mut plans: Vec<(Plan, Lang)> = examples::all()
        .into_iter()
        .map(|p| {
            let lang = if p.id.ends_with("-ko") { Lang::Ko } else { Lang::En };
            (p, lang)
        })
        .collect();
    for lang in Lang::ALL {
        plans.push((Plan::new("new", "", 0), lang));
    }
    plans
}

#[test]
fn every_step_heading_appears_once_in_lifecycle_order_then_the_review() {
    for (plan, lang) in all_plans() {
        let report = markdown(&plan, lang);
        let mut expected: Vec<String> =
            Step::ALL.iter().map(|s| format!("{}. {}", s.number(), lang.t(step_name(*s)))).collect();
        expected.push(match lang {
            Lang::En => "Plan review".to_string(),
            Lang::Ko => "계획 검토".to_string(),
        });
        assert_eq!(sections(&report), expected, "{}", plan.id);
        assert_eq!(report.lines().filter(|l| l.starts_with("# ")).count(), 1, "one title");
    }
}

#[test]
fn an_empty_plan_reads_as_a_blank_form() {
    for lang in Lang::ALL {
        let plan = Plan::new("new", "  ", 0);
        let report = markdown(&plan, lang);
        assert!(report.starts_with(&format!("# {}\n", lang.t(Msg::UntitledPlan))));
        let not_filled = match lang {
            Lang::En => "(not filled in)",
            Lang::Ko => "(작성하지 않음)",
        };
        assert!(report.matches(not_filled).count() >= 20, "empty fields are marked");
        assert!(!report.contains("1970"), "no date for a plan without one");
        // Optional parts stay out while empty.
        assert!(!report.contains(lang.t(PageMsg::ExerciseHeading)));
        // Every finding of the review is listed.
        for finding in review(&plan) {
            let start: String = finding.message(lang).chars().take(24).collect();
            assert!(report.contains(&start), "{}", finding.rule);
        }
        assert!(!report.contains("\n\n\n"), "no runs of blank lines");
        assert!(report.ends_with(".\n") || report.ends_with("|\n"));
    }
}

#[test]
fn reports_are_deterministic_and_language_specific() {
    for (plan, lang) in all_plans() {
        let report = markdown(&plan, lang);
        assert_eq!(report, markdown(&plan.clone(), lang));
        let other = if lang == Lang::En { Lang::Ko } else { Lang::En };
        assert_ne!(report, markdown(&plan, other));
        let hangul = report.chars().filter(|c| ('\u{AC00}'..='\u{D7A3}').contains(c)).count();
        match lang {
            Lang::En if plan.id.starts_with("example-") => assert_eq!(hangul, 0, "{}", plan.id),
            Lang::Ko => assert!(hangul > 0, "{}", plan.id),
            Lang::En => {}
        }
    }
}

#[test]
fn examples_show_their_lists_as_tables_and_mark_the_ml_lever() {
    for (plan, lang) in all_plans().into_iter().filter(|(p, _)| p.id.starts_with("example-")) {
        let report = markdown(&plan, lang);
        // Rows that start with the text, up to its first character that may be escaped.
        let table_rows = |first_cell: &str| {
            let plain: String = first_cell.chars().take_while(|c| !c.is_ascii_punctuation()).collect();
            report.lines().filter(|l| l.starts_with(&format!("| {plain}"))).count()
        };
        for o in &plan.goals.objectives {
            assert!(table_rows(o.name.as_str()) >= 1, "{}: objective {}", plan.id, o.name);
        }
        for r in &plan.constraints.risks {
            assert!(table_rows(r.risk.as_str()) >= 1, "{}: risk {}", plan.id, r.risk);
        }
        let lever = plan.canvas.ml_lever.unwrap();
        let marked = report.lines().filter(|l| l.ends_with(")**") && l.starts_with(&format!("{}. ", lever + 1)));
        assert_eq!(marked.count(), 1, "{}: the ML lever is marked once", plan.id);
        assert!(report.contains("2025-01-01"), "{}", plan.id);
    }
}

#[test]
fn file_names_come_from_titles() {
    let plan = examples::build("fraud", Lang::En).unwrap();
    assert_eq!(report_file_name(&plan), "Payment-fraud-detection.md");
    let plan = examples::build("fraud", Lang::Ko).unwrap();
    assert_eq!(report_file_name(&plan), "결제-사기-탐지.md");
}
