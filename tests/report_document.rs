//! The report's document model through the public API: the blocks the screen shows are the
//! blocks the Markdown is written from, and they hold plain text, not markup.

use mlplan::i18n::Lang;
use mlplan::plan::{examples, Objective, Plan, Step};
use mlplan::report::{document, finding_counts, is_blank, markdown, Block, Document, EMPTY_CELL};
use mlplan::review::review;

fn every_case() -> Vec<(Plan, Lang)> {
    let mut cases: Vec<(Plan, Lang)> = examples::all()
        .into_iter()
        .map(|p| {
            let lang = if p.id.ends_with("-ko") { Lang::Ko } else { Lang::En };
            (p, lang)
        })
        .collect();
    for lang in Lang::ALL {
        cases.push((Plan::new("new", "", 0), lang));
    }
    cases
}

fn headings(doc: &Document, level: u8) -> Vec<(&str, Option<Step>)> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level: l, text, step } if *l == level => Some((text.as_str(), *step)),
            _ => None,
        })
        .collect()
}

#[test]
fn one_title_then_every_step_in_order_then_the_review() {
    for (plan, lang) in every_case() {
        let doc = document(&plan, lang);
        assert_eq!(doc.lang, lang);
        assert!(matches!(doc.blocks.first(), Some(Block::Heading { level: 1, .. })), "{}", plan.id);
        assert_eq!(headings(&doc, 1).len(), 1, "{}", plan.id);
        let sections = headings(&doc, 2);
        let steps: Vec<Step> = sections.iter().filter_map(|(_, s)| *s).collect();
        assert_eq!(steps, Step::ALL.to_vec(), "{}: each step heading names its step", plan.id);
        assert_eq!(sections.len(), Step::ALL.len() + 1, "then the review, which belongs to no step");
        assert_eq!(sections.last().unwrap().1, None);
        if !plan.title.trim().is_empty() {
            assert_eq!(doc.title(), plan.title);
        }
    }
}

#[test]
fn markdown_headings_are_the_document_headings() {
    for (plan, lang) in every_case() {
        let doc = document(&plan, lang);
        let md = markdown(&plan, lang);
        let md_headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
        assert_eq!(md_headings.len(), doc.blocks.iter().filter(|b| matches!(b, Block::Heading { .. })).count());
        for ((text, _), line) in headings(&doc, 2).iter().zip(md.lines().filter(|l| l.starts_with("## "))) {
            assert_eq!(&line[3..], *text, "{}", plan.id);
        }
    }
}

#[test]
fn blanks_are_settled_in_the_model() {
    for (plan, lang) in every_case() {
        let doc = document(&plan, lang);
        for block in &doc.blocks {
            match block {
                Block::Field { value: Some(v), .. } => assert!(!is_blank(v)),
                Block::List { items, .. } => {
                    assert!(!items.is_empty());
                    assert!(items.iter().all(|i| !is_blank(&i.text)));
                }
                Block::Table { headers, rows } => {
                    assert!(!rows.is_empty());
                    for row in rows {
                        assert_eq!(row.len(), headers.len());
                        assert!(row.iter().all(|c| c.is_empty() || !is_blank(c)), "blank cells are empty strings");
                    }
                }
                _ => {}
            }
        }
    }
    let doc = document(&Plan::new("new", "", 0), Lang::En);
    assert!(doc.blocks.iter().any(|b| matches!(b, Block::Field { value: None, .. })));
    assert_eq!(doc.not_filled(), "(not filled in)");
    assert_eq!(document(&Plan::new("new", "", 0), Lang::Ko).not_filled(), "(작성하지 않음)");
    assert_eq!(EMPTY_CELL, "—");
}

#[test]
fn blocks_hold_the_text_as_typed_and_only_markdown_escapes_it() {
    let mut plan = Plan::new("x", "<b>bold</b> & [link](javascript:x)", 0);
    plan.problem.statement = "# not a heading\n* not a list".into();
    plan.goals.objectives.push(Objective { name: "a|b".into(), metric: " \t ".into(), ..Default::default() });
    let doc = document(&plan, Lang::En);
    assert_eq!(doc.title(), "<b>bold</b> & [link](javascript:x)");
    let statement = doc.blocks.iter().find_map(|b| match b {
        Block::Field { label, value } if label == "Problem statement" => value.clone(),
        _ => None,
    });
    assert_eq!(statement.as_deref(), Some("# not a heading\n* not a list"));
    let row = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table { rows, .. } if rows[0][0] == "a|b" => Some(rows[0].clone()),
            _ => None,
        })
        .expect("the objectives table");
    assert_eq!(row[1], "", "a blank metric is an empty cell");
    let md = markdown(&plan, Lang::En);
    assert!(md.starts_with(r"# \<b>bold\</b> & \[link\](javascript:x)"));
    assert!(md.contains(r"| a\|b | — |"));
}

#[test]
fn finding_counts_name_each_severity_present() {
    let plan = Plan::new("new", "", 0);
    let findings = review(&plan);
    let en = finding_counts(&findings, Lang::En);
    assert!(en.contains("Must fix: "), "{en}");
    assert!(finding_counts(&findings, Lang::Ko).contains("반드시 수정 "));
    assert_eq!(finding_counts(&[], Lang::En), "");
    // The report's review section says the same.
    assert!(markdown(&plan, Lang::En).contains(&format!("\n{en}\n")));
}

#[test]
fn every_example_reports_as_finished_without_errors() {
    for plan in examples::all() {
        assert_eq!(plan.completed_steps(), Step::ALL.to_vec(), "{}", plan.id);
        let errors: Vec<&str> = review(&plan).iter().filter(|f| f.severity.slug() == "error").map(|f| f.rule).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", plan.id);
    }
}
