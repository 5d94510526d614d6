//! The interface, the review, the report and the worked examples keep to `docs/GLOSSARY.md`: no
//! text uses a term the glossary rules out, and every chosen Korean term is really used. The texts
//! are enumerated from where the app keeps them (its tables, its functions with sample values, the
//! worked examples), so the check sees exactly what the app can show, and nothing else.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::i18n::{table_texts, Lang};
use mlplan::plan::{examples, Plan};
use mlplan::report::{self, ReportMsg};
use mlplan::review::{Action, Detail, Finding, Item, ItemKind, Question, ReviewMsg, VerdictKind, RULES};
use std::fs;

struct Entry {
    english: String,
    korean: String,
    not_korean: Vec<String>,
    not_english: Vec<String>,
}

/// The alternatives of one “not” cell, split at `;`.
fn alternatives(cell: &str) -> Vec<String> {
    cell.split(';').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

/// The rows between the glossary markers of `docs/GLOSSARY.md`, header and rule skipped.
fn glossary() -> Vec<Entry> {
    let text = fs::read_to_string("docs/GLOSSARY.md").expect("docs/GLOSSARY.md");
    let start = text.find("<!-- glossary:start -->").expect("the glossary's start marker");
    let end = text.find("<!-- glossary:end -->").expect("the glossary's end marker");
    text[start..end]
        .lines()
        .filter(|l| l.starts_with('|'))
        .skip(2)
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            assert_eq!(cells.len(), 5, "a glossary row has five cells: {line}");
            Entry {
                english: cells[0].to_string(),
                korean: cells[1].to_string(),
                not_korean: alternatives(cells[2]),
                not_english: alternatives(cells[3]),
            }
        })
        .collect()
}

/// Every entry of every table of fixed texts in `lang`, named as in the source.
fn table_entries(lang: Lang) -> Vec<(String, &'static str)> {
    table_texts(lang).into_iter().chain(ReportMsg::entries(lang)).chain(ReviewMsg::entries(lang)).collect()
}

/// The app's own words in `lang`, each with where it comes from: every entry of every table, the
/// fixed texts written as functions of a value, and the texts with values rendered with sample
/// values (the review's findings, and the report of an empty plan).
fn own_texts(lang: Lang) -> Vec<(String, String)> {
    let tag = lang.tag();
    let mut out: Vec<(String, String)> =
        table_entries(lang).into_iter().map(|(name, text)| (format!("{name} ({tag})"), text.to_string())).collect();
    let mut add = |place: &str, text: String| out.push((format!("{place} ({tag})"), text));
    for q in Question::ALL {
        add(&format!("Question::{q:?}"), [q.label(lang), q.prompt(lang), q.hint(lang)].join("\n"));
    }
    for k in VerdictKind::ALL {
        add(&format!("VerdictKind::{k:?}"), [k.title(lang), k.explanation(lang)].join("\n"));
    }
    for a in Action::ALL {
        add(&format!("Action::{a:?}"), a.text(lang).to_string());
    }
    for (name, text) in value_texts(lang) {
        add(name, text);
    }
    for rule in &RULES {
        for detail in sample_details() {
            let finding = Finding { rule: rule.id, severity: rule.severity, step: rule.step, detail };
            add(&format!("review rule {}", rule.id), finding.message(lang));
        }
    }
    add("report of an empty plan", report::markdown(&Plan::new("empty", "", 0), lang));
    out
}

/// The worked examples in `lang`: how the start page lists each, its plan file, and its report
/// (the report's words with the example's in their places).
fn example_texts(lang: Lang) -> Vec<(String, String)> {
    let tag = lang.tag();
    let mut out = Vec::new();
    for info in examples::list(lang) {
        out.push((
            format!("example {} on the start page ({tag})", info.key),
            format!("{}\n{}", info.title, info.summary),
        ));
        let path = examples::path(info.key, lang);
        out.push((path.clone(), fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))));
        let plan = examples::build(info.key, lang).expect("every listed example has a plan file");
        out.push((format!("report of {path}"), report::markdown(&plan, lang)));
    }
    out
}

/// Every Korean text: the app's own and the worked examples'.
fn korean_texts() -> Vec<(String, String)> {
    let mut texts = own_texts(Lang::Ko);
    texts.extend(example_texts(Lang::Ko));
    texts
}

/// The details a review finding can carry, for rendering every rule's message.
fn sample_details() -> Vec<Detail> {
    let items = |kind| {
        Detail::Items(vec![Item { kind, index: 0, name: "A".into() }, Item { kind, index: 1, name: String::new() }])
    };
    vec![
        Detail::None,
        Detail::Number(2.0),
        Detail::Questions(vec![Question::Data]),
        Detail::Questions(Question::ALL.to_vec()),
        items(ItemKind::Objective),
        items(ItemKind::Source),
        items(ItemKind::Risk),
        items(ItemKind::MetricLink),
    ]
}

/// Every text with values outside the review and the report, rendered with sample values that
/// reach each of its wordings.
fn value_texts(lang: Lang) -> Vec<(&'static str, String)> {
    use mlplan::calc::abtest::{Correction, Method, SrmCheck, SrmError};
    use mlplan::calc::threshold::{BadRow, Figures, RowProblem, ScoresError};
    use mlplan::calc::tradeoff::{Blocker, CandidateField, PickReason};
    use mlplan::canvas::text as canvas;
    use mlplan::files::{ImportError, PlanProblem, ProblemReason};
    use mlplan::i18n::*;
    use mlplan::plan::calc_inputs::SrmInputError;
    use mlplan::plan::Currency;

    let problem = |reason| PlanProblem { number: 2, path: "goals.goal".into(), reason };
    let bad_rows = |problem| ScoresError::BadRows { first: vec![BadRow { line: 3, problem }], total: 5 };
    let mut out = vec![
        ("deleted_plan", deleted_plan(lang, "T")),
        ("open_plan_label", open_plan_label(lang, "T")),
        ("step_position", step_position(lang, 3, 9)),
        ("edited_at", edited_at(lang, "today")),
        ("deleted_at", deleted_at(lang, "today")),
        ("plan_count", plan_count(lang, 1)),
        ("plan_count", plan_count(lang, 3)),
        ("empty_trash_question", empty_trash_question(lang, 3)),
        ("restore_label", restore_label(lang, "T")),
        ("copy_title", copy_title(lang, "T")),
        ("steps_done", steps_done(lang, 2, 9)),
        ("link_length", link_length(lang, 2400)),
        ("qr_label", qr_label(lang, "T")),
        ("back_to_step", back_to_step(lang, "S")),
        ("imported", imported(lang, 3, 0)),
        ("imported", imported(lang, 3, 1)),
        ("weight_sum", weight_sum(lang, 0.9, 2, 3)),
        ("weight_sum", weight_sum(lang, 1.0, 3, 3)),
        ("score_figures", score_figures(lang, Figures::Exact, 100, 10, "f.csv")),
        ("score_figures", score_figures(lang, Figures::Summary, 100, 10, "f.csv")),
        ("prevalence_shift", prevalence_shift(lang, 0.5, 0.1, 0.8, 0.4)),
        ("recall_at_precision", recall_at_precision(lang, 0.9)),
        ("fpr_at_recall", fpr_at_recall(lang, 0.9)),
        ("computed_at_prevalence", computed_at_prevalence(lang, 0.1)),
        ("current_threshold", current_threshold(lang, 0.5)),
        ("roc_summary", roc_summary(lang, 0.9, 0.8, 0.1)),
        ("pr_summary", pr_summary(lang, 0.7, 0.8, 0.6)),
        ("candidate_name", candidate_name(lang, 2)),
        ("remove_label", remove_label(lang, "N")),
        ("tradeoff_blocker", tradeoff_blocker(lang, &Blocker::TooSlow { p95_ms: 180.0, budget_ms: 150.0 }, None)),
        ("tradeoff_blocker", tradeoff_blocker(lang, &Blocker::OverBudget { monthly_cost: 9.0, budget: 5.0 }, None)),
        (
            "tradeoff_blocker",
            tradeoff_blocker(lang, &Blocker::OverBudget { monthly_cost: 9.0, budget: 5.0 }, Some(Currency::Krw)),
        ),
        ("rank_moved", rank_moved(lang, 1, 3)),
        ("blend_leader", blend_leader(lang, &[("A".into(), 0.6), (blend_objective(lang, "", 1), 0.4)], "T")),
        ("blend_saved", blend_saved(lang, 4)),
        ("blend_sum", blend_sum(lang, 1.2)),
        ("blend_sum", blend_sum(lang, 0.0)),
        ("note_label", canvas::note_label(lang, "B", 2)),
        ("move_note_up", canvas::move_note_up(lang, 2)),
        ("move_note_down", canvas::move_note_down(lang, 2)),
        ("delete_note", canvas::delete_note(lang, 2)),
        ("note_moved", canvas::note_moved(lang, "", "B", 1, 2)),
        ("note_moved", canvas::note_moved(lang, "N", "B", 1, 2)),
        ("note_deleted", canvas::note_deleted(lang, "N", "B")),
        ("step_label", canvas::step_label(lang, 2)),
        ("move_step_up", canvas::move_step_up(lang, 2)),
        ("move_step_down", canvas::move_step_down(lang, 2)),
        ("remove_step", canvas::remove_step(lang, 2)),
        ("step_moved", canvas::step_moved(lang, "N", 1, 3)),
        ("flywheel_summary", canvas::flywheel_summary(lang, &["a".into(), "b".into(), "c".into()], None)),
        ("flywheel_summary", canvas::flywheel_summary(lang, &["a".into(), "b".into(), "c".into()], Some(1))),
        ("edit_in", canvas::edit_in(lang, "S")),
        ("fill_in", canvas::fill_in(lang, "S")),
        ("deleted_plans", deleted_plans(lang, 3)),
        ("delete_for_good_question", delete_for_good_question(lang, "T")),
        ("storage_used", library::storage_used(lang, 1_200_000, 5_242_880)),
        ("browser_estimate", library::browser_estimate(lang, 2.0e6, 3.0e9)),
        ("showing", library::showing(lang, 20, 300)),
        ("select_plan", library::select_plan(lang, "T")),
        ("export_selected", library::export_selected(lang, 3)),
        ("delete_selected", library::delete_selected(lang, 3)),
        ("newer_format", library::newer_format(lang, 9)),
    ];
    let errors = [
        ImportError::TooLarge { bytes: 9_000_000, max: 5_000_000 },
        ImportError::Empty,
        ImportError::Syntax { line: 1, column: 2 },
        ImportError::NotMlplan,
        ImportError::NewerVersion(9),
        ImportError::TooManyPlans { count: 900, max: 500 },
        ImportError::NothingImported(Vec::new()),
    ];
    out.extend(errors.iter().map(|e| ("import_error", import_error(lang, e))));
    let reasons = [ProblemReason::NewerSchema(9), ProblemReason::NotAPlan, ProblemReason::WrongValue("x".into())];
    out.extend(reasons.into_iter().map(|r| ("import_problem", import_problem(lang, &problem(r)))));
    for (min, max) in [(None, None), (Some(0.0), None), (None, Some(1.0)), (Some(0.0), Some(1.0))] {
        for whole in [false, true] {
            out.push(("number_error", number_error(lang, min, max, whole)));
        }
    }
    for (precision, recall) in
        [(None, Some(0.5)), (Some(1.0), Some(1.0)), (Some(0.95), Some(0.95)), (Some(0.7), Some(0.7))]
    {
        out.push(("threshold_meaning", threshold_meaning(lang, 0.5, precision, recall)));
    }
    let scores = [
        ScoresError::Empty,
        ScoresError::TooLarge { bytes: 300 << 20, limit: 200 << 20 },
        ScoresError::TooManyRows { limit: 1000 },
        ScoresError::LengthMismatch { scores: 2, labels: 3 },
        bad_rows(RowProblem::MissingColumn),
        bad_rows(RowProblem::ExtraColumn),
        bad_rows(RowProblem::ScoreNotANumber),
        bad_rows(RowProblem::ScoreNotFinite),
        bad_rows(RowProblem::LabelNotRecognised),
    ];
    out.extend(scores.iter().map(|e| ("scores_error", scores_error(lang, e).join("\n"))));
    let fields = [
        CandidateField::Quality,
        CandidateField::P50,
        CandidateField::P95,
        CandidateField::Throughput,
        CandidateField::Price,
        CandidateField::Size,
    ];
    out.extend(
        fields.map(|field| ("tradeoff_blocker", tradeoff_blocker(lang, &Blocker::InvalidCandidate { field }, None))),
    );
    for reason in [PickReason::OnlyFeasible, PickReason::BestQuality, PickReason::CheaperAtEqualQuality] {
        out.push(("tradeoff_pick", tradeoff_pick(lang, "M", reason, 0.9, 120.0, (300.0, Some(Currency::Usd)))));
    }
    for method in Method::all() {
        out.push(("ab_users", ab_users(lang, 1000, 2000, 2, method)));
    }
    out.push(("ab_users", ab_users(lang, 1000, 3000, 3, Method::default())));
    for (variants, correction, one_sided) in
        [(3, Correction::Bonferroni, false), (4, Correction::Sidak, true), (2, Correction::Bonferroni, true)]
    {
        out.extend(ab_level(lang, variants, correction, one_sided, 0.025).map(|t| ("ab_level", t)));
    }
    for weeks in [1, 2] {
        out.push(("ab_weeks", ab_weeks(lang, weeks, 10)));
    }
    out.push(("ab_long", ab_long(lang, 9)));
    out.push(("metric_tie", metric_tie(lang, "AUC", "")));
    out.push(("ab_detectable", ab_detectable(lang, 4.0, 56_000.0, 0.005, 0.1)));
    out.push(("ab_too_small", ab_too_small(lang, 4.0, Some(0.005), 0.1)));
    out.push(("ab_too_small", ab_too_small(lang, 4.0, None, 0.1)));
    for mismatch in [false, true] {
        let check = SrmCheck { statistic: 3.0, df: 1, p_value: if mismatch { 1e-6 } else { 0.2 }, mismatch };
        out.push(("srm_result", srm_result(lang, &check)));
    }
    for problem in [
        SrmInputError::MissingCount { index: 0 },
        SrmInputError::MissingShare { index: 1 },
        SrmInputError::CountNotWhole { index: 1 },
        SrmInputError::Invalid(SrmError::TooFewArms),
        SrmInputError::Invalid(SrmError::ShareCountMismatch),
        SrmInputError::Invalid(SrmError::ShareNotPositive { index: 0 }),
        SrmInputError::Invalid(SrmError::SharesDoNotSumToOne { sum: 0.9 }),
        SrmInputError::Invalid(SrmError::NoObservations),
    ] {
        out.push(("srm_problem", srm_problem(lang, problem)));
    }
    for objectives in [0, 1, 3] {
        out.push(("blend_not_saved", blend_not_saved(lang, objectives)));
    }
    errors_calculator_texts(lang, &mut out);
    out
}

/// The regression-error calculator's texts with values.
fn errors_calculator_texts(lang: Lang, out: &mut Vec<(&'static str, String)>) {
    use mlplan::calc::columns::{BadLine, CellProblem, Role, TableError};
    use mlplan::calc::regression::Tolerance;
    use mlplan::i18n::*;
    use mlplan::plan::Currency;

    let bad = |problem| BadLine { line: 4, problem };
    let problems = [
        CellProblem::Missing(Role::Actual),
        CellProblem::NotANumber(Role::Predicted),
        CellProblem::NotFinite(Role::Rule),
        CellProblem::Missing(Role::Group),
        CellProblem::NotANumber(Role::Value),
    ];
    let mut errors = vec![
        TableError::Empty,
        TableError::TooManyRows,
        TableError::Unmapped(Role::Actual),
        TableError::TooManyGroups,
        TableError::TooFewColumns { found: 1, needed: 2 },
    ];
    errors.push(TableError::BadRows { first: problems.iter().map(|&p| bad(p)).collect(), total: 9 });
    out.extend(errors.iter().map(|e| ("table_error", table_error(lang, e).join("\n"))));
    out.push(("errors_rows", errors_rows(lang, 48_210, Some("fares.csv"))));
    out.push(("errors_rows", errors_rows(lang, 12, None)));
    out.push(("errors_skipped", errors_skipped(lang, 3, &[bad(problems[0])])));
    out.push(("errors_within", errors_within(lang, 0.62, Tolerance::Relative(0.1), None)));
    out.push(("errors_within", errors_within(lang, 0.62, Tolerance::Absolute(2000.0), Some(Currency::Krw))));
    for (relative, log) in [(false, false), (true, false), (false, true), (true, true)] {
        out.push(("errors_chart_title", errors_chart_title(lang, relative, log)));
    }
    out.push(("errors_log_note", errors_log_note(lang, 2)));
    use mlplan::calc::regression::{Fallback, Guard};
    let value = |v: f64| money(v, Some(Currency::Krw), 2);
    let guards = [
        Guard { floor: Some(4800.0), cap: Some(3e5), rule_multiple: Some(1.3), ..Guard::default() },
        Guard { floor: Some(4800.0), band_low: Some(1e3), fallback: Some(Fallback::Rule), ..Guard::default() },
        Guard { cap: Some(3e5), band_high: Some(1e6), fallback: Some(Fallback::Value(9e3)), ..Guard::default() },
        Guard { band_low: Some(1e3), band_high: Some(1e6), ..Guard::default() },
    ];
    out.extend(guards.iter().filter_map(|g| guard_text(lang, g, value)).map(|t| ("guard_text", t)));
    let effect =
        mlplan::plan::GuardResult { changed: 37, rmse_before: 2310.0, rmse_after: 1480.0, ..Default::default() };
    out.push(("guard_effect_text", guard_effect_text(lang, 48_210, &effect, value)));
    use mlplan::calc::drift::PsiReading;
    use mlplan::plan::DriftMeasure;
    out.push(("drift_rows", drift_rows(lang, (5000, Some("train.csv")), (1200, None))));
    out.push(("drift_ks", drift_ks(lang, 0.142, 3e-7)));
    for reading in [PsiReading::Stable, PsiReading::Watch, PsiReading::Act] {
        out.push(("drift_psi", drift_psi(lang, 0.3, reading)));
    }
    for measure in [DriftMeasure::Psi, DriftMeasure::Ks] {
        for value in [0.05, 0.4] {
            out.push(("drift_advice", drift_advice(lang, measure, value, 0.25)));
        }
        out.push(("drift_trigger", drift_trigger(lang, "fares", measure, 0.25, Some(0.31))));
    }
    use mlplan::calc::drift::{MetricChange, MetricKind};
    for kind in [MetricKind::RocAuc, MetricKind::Rmse] {
        for current in [0.7, 0.9] {
            out.push(("drift_metric", drift_metric(lang, &MetricChange { kind, reference: 0.8, current })));
        }
    }
}

/// The tables refuse an entry without both languages; this catches one given the same text twice,
/// or a blank one.
#[test]
fn every_table_entry_is_translated() {
    for ((name, en), (_, ko)) in table_entries(Lang::En).into_iter().zip(table_entries(Lang::Ko)) {
        assert!(!en.trim().is_empty() && !ko.trim().is_empty(), "{name} is empty in a language");
        assert_ne!(en, ko, "{name} is not translated");
    }
}

#[test]
fn the_glossary_is_read() {
    let entries = glossary();
    assert!(entries.len() >= 30, "{} rows", entries.len());
    for term in ["threshold", "precision", "recall", "prevalence", "baseline", "false positive", "label", "feature"] {
        assert!(entries.iter().any(|e| e.english == term), "the glossary fixes “{term}”");
    }
}

#[test]
fn korean_texts_never_use_a_ruled_out_term() {
    let texts = korean_texts();
    let mut found = Vec::new();
    for entry in glossary() {
        for banned in &entry.not_korean {
            for (place, text) in &texts {
                if text.contains(banned.as_str()) {
                    found.push(format!(
                        "{place}: “{banned}” where the glossary says “{}” ({})",
                        entry.korean, entry.english
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "terms the glossary rules out:\n{}", found.join("\n"));
}

/// The app's own English words; the English worked examples are plans as people write them, and
/// keep some of their words (one says "cut-off").
#[test]
fn english_texts_never_use_a_ruled_out_term() {
    let texts = own_texts(Lang::En);
    let mut found = Vec::new();
    for entry in glossary() {
        for banned in &entry.not_english {
            for (place, text) in &texts {
                if text.to_lowercase().contains(&banned.to_lowercase()) {
                    found.push(format!("{place}: “{banned}” where the glossary says “{}”", entry.english));
                }
            }
        }
    }
    assert!(found.is_empty(), "terms the glossary rules out:\n{}", found.join("\n"));
}

#[test]
fn every_chosen_korean_term_is_used() {
    let texts = korean_texts();
    let unused: Vec<String> = glossary()
        .into_iter()
        .filter(|e| !texts.iter().any(|(_, t)| t.contains(e.korean.as_str())))
        .map(|e| format!("{} = {}", e.english, e.korean))
        .collect();
    assert!(unused.is_empty(), "glossary terms the app never uses (remove or correct the row): {unused:?}");
}
