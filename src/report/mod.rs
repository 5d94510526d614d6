//! The report: a whole plan on one page, for the screen, for printing, and as Markdown to paste
//! into a design doc and hand in.
//!
//! [`document`] builds the report once as a [`Document`] of [`Block`]s (headings, paragraphs,
//! labelled fields, captions, lists, tables); [`markdown`] writes those blocks as Markdown and the
//! interface shows the same blocks as HTML text nodes, so screen, print and Markdown cannot drift.
//!
//! The document has a title line, then one `##` section per lifecycle step in [`Step::ALL`]
//! order, then the plan review. Lists of records (objectives, sources, risks, candidate models,
//! metric links, feasibility answers, review findings) become tables; single texts become
//! `**Label:** text` paragraphs. Empty required fields say "(not filled in)" and empty table cells
//! show an em dash; optional parts (the classroom exercise, calculator inputs, label notes) are
//! left out while empty. The business model section ends with both canvases: the nine blocks of
//! the Business Model Canvas as the person wrote them, and the Machine Learning Canvas generated
//! from the rest of the plan ([`crate::canvas::ml`]), each empty box naming the step that fills it.
//!
//! In Markdown, every text from the plan, and every text of our own, goes through one escaping function, so a
//! title such as `# [x](javascript:…) <script>` prints as those characters and nothing else. The
//! output depends only on the plan and the language: the one date in it is the plan's own
//! `updated_ms`, printed as a UTC date.

mod document;
mod labels;
mod md;
mod numbers;
#[cfg(test)]
mod tests;

use crate::calc::abtest::Method;
use crate::canvas::{self, ml};
use crate::i18n::{self, Lang, Msg, PageMsg};
use crate::plan::calc_inputs::{ab_inputs, ab_plan, drift_limit, effective_abtest, errors_tolerance, srm};
use crate::plan::{DriftMeasure, Plan, Step};
use crate::review::{self, Finding, Question, Severity};
pub use document::{is_blank, Block, Document, ListItem, EMPTY_CELL};
/// Short, as the report's code names its texts many times over.
use labels::ReportMsg as L;
pub use labels::{baseline_kind, numbered_step, ReportMsg};
use numbers::{amount, number, percent};

/// The whole plan as one Markdown document in `lang`. Texts the person wrote stay as written;
/// labels, verdict and review messages are in `lang`.
pub fn markdown(plan: &Plan, lang: Lang) -> String {
    md::render(&document(plan, lang))
}

/// The whole plan as a [`Document`]: the blocks that [`markdown`] writes and the screen shows.
pub fn document(plan: &Plan, lang: Lang) -> Document {
    let mut doc = Doc { blocks: Vec::new(), lang };
    title(&mut doc, plan);
    for step in Step::ALL {
        doc.step_heading(step);
        match step {
            Step::Problem => problem(&mut doc, plan),
            Step::Feasibility => feasibility(&mut doc, plan),
            Step::Goals => goals(&mut doc, plan),
            Step::Data => data(&mut doc, plan),
            Step::Constraints => constraints(&mut doc, plan),
            Step::Baseline => baseline(&mut doc, plan),
            Step::Metrics => metrics(&mut doc, plan),
            Step::Monitoring => monitoring(&mut doc, plan),
            Step::Business => business(&mut doc, plan),
        }
    }
    plan_review(&mut doc, plan);
    feedback(&mut doc, plan);
    Document { lang, blocks: doc.blocks }
}

/// A file name for the report: [`crate::files::file_stem`], then `.md`, so a plan's Markdown and
/// JSON files share one name.
pub fn report_file_name(plan: &Plan) -> String {
    format!("{}.md", crate::files::file_stem(plan))
}

/// The report being built, block by block.
struct Doc {
    blocks: Vec<Block>,
    lang: Lang,
}

impl Doc {
    fn t(&self, label: L) -> &'static str {
        label.text(self.lang)
    }

    fn heading(&mut self, level: u8, text: &str) {
        self.blocks.push(Block::Heading { level, text: text.to_string(), step: None });
    }

    /// The numbered heading of a lifecycle step.
    fn step_heading(&mut self, step: Step) {
        self.blocks.push(Block::Heading { level: 2, text: numbered_step(step, self.lang), step: Some(step) });
    }

    fn para(&mut self, text: &str) {
        self.blocks.push(Block::Paragraph(text.to_string()));
    }

    /// A labelled text, marked "not filled in" when blank.
    fn field(&mut self, label: L, text: &str) {
        let label = self.t(label);
        self.labelled(label, text);
    }

    fn labelled(&mut self, label: &str, text: &str) {
        let value = (!is_blank(text)).then(|| text.to_string());
        self.blocks.push(Block::Field { label: label.to_string(), value });
    }

    /// A bold line introducing the list or table below it.
    fn caption(&mut self, text: &str) {
        self.blocks.push(Block::Caption(text.to_string()));
    }

    /// A bulleted list of texts; `numbered` makes it `1.`, `2.`, …; `marked` appends a bold mark
    /// to one item. Blank items are skipped; no items at all gives the "not filled in" mark.
    fn list(&mut self, items: &[String], numbered: bool, marked: Option<(usize, &str)>) {
        let items: Vec<ListItem> = items
            .iter()
            .enumerate()
            .filter(|(_, text)| !is_blank(text))
            .map(|(i, text)| ListItem {
                number: i + 1,
                text: text.clone(),
                mark: marked.filter(|(at, _)| *at == i).map(|(_, mark)| mark.to_string()),
            })
            .collect();
        if items.is_empty() {
            self.para(self.t(L::NotFilled));
        } else {
            self.blocks.push(Block::List { numbered, items });
        }
    }

    /// A table of records, or `none` as a sentence when there are no rows.
    fn table(&mut self, headers: &[L], rows: &[Vec<String>], none: L) {
        if rows.is_empty() {
            self.para(self.t(none));
            return;
        }
        let headers: Vec<String> = headers.iter().map(|h| self.t(*h).to_string()).collect();
        let rows: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                debug_assert_eq!(r.len(), headers.len(), "a row has one cell per header");
                r.iter().map(|c| if is_blank(c) { String::new() } else { c.clone() }).collect()
            })
            .collect();
        self.blocks.push(Block::Table { headers, rows });
    }

    /// `Label: value` lines for calculator inputs; lines whose value is missing are left out.
    fn values(&mut self, items: Vec<(L, Option<String>)>) {
        let lines: Vec<String> =
            items.into_iter().filter_map(|(label, value)| value.map(|v| format!("{}: {v}", self.t(label)))).collect();
        self.list(&lines, false, None);
    }
}

fn filled(text: &str) -> bool {
    !text.trim().is_empty()
}

fn opt_number(x: Option<f64>) -> String {
    x.map(number).unwrap_or_default()
}

fn title(doc: &mut Doc, plan: &Plan) {
    let lang = doc.lang;
    let title = if filled(&plan.title) { plan.title.as_str() } else { lang.t(Msg::UntitledPlan) };
    doc.heading(1, title);
    let mut meta = vec![doc.t(L::DocumentKind).to_string()];
    if plan.updated_ms > 0 {
        meta.push(format!("{} {} (UTC)", doc.t(L::LastEdited), md::iso_date(plan.updated_ms)));
    }
    meta.push(i18n::steps_done(lang, plan.completed_steps().len(), Step::ALL.len()));
    doc.para(&meta.join(" · "));
}

fn problem(doc: &mut Doc, plan: &Plan) {
    let p = &plan.problem;
    let lang = doc.lang;
    for (msg, text) in [
        (PageMsg::ProblemStatement, &p.statement),
        (PageMsg::ProblemWho, &p.who),
        (PageMsg::ProblemCurrent, &p.current_handling),
        (PageMsg::ProblemValue, &p.value),
    ] {
        doc.labelled(lang.t(msg), text);
    }
    if filled(&p.exercise_problem) || filled(&p.exercise_impact) {
        doc.heading(3, lang.t(PageMsg::ExerciseHeading));
        doc.labelled(lang.t(PageMsg::ExerciseProblem), &p.exercise_problem);
        doc.labelled(lang.t(PageMsg::ExerciseImpact), &p.exercise_impact);
    }
}

fn feasibility(doc: &mut Doc, plan: &Plan) {
    let lang = doc.lang;
    let f = &plan.feasibility;
    let v = review::verdict(f);
    doc.labelled(doc.t(L::Verdict), v.kind.title(lang));
    doc.para(v.kind.explanation(lang));

    doc.caption(doc.t(L::Why));
    let reasons: Vec<String> = v.reasons.iter().map(|r| r.explanation.text(lang).to_string()).collect();
    doc.list(&reasons, false, None);

    // When nothing is answered every question is a cause; the reason above already says so.
    let nothing_answered = review::unanswered(f).len() == Question::ALL.len();
    let answers = |qs: &[Question]| -> String {
        qs.iter().map(|q| labels::cause(*q, q.answer(f).value, lang)).collect::<Vec<_>>().join(", ")
    };
    if !v.causes.is_empty() && !nothing_answered {
        doc.labelled(doc.t(L::AnswersBehind), &answers(&v.causes));
    }
    if !v.caveats.is_empty() {
        doc.labelled(doc.t(L::AnswersCaveats), &answers(&v.caveats));
    }

    doc.caption(doc.t(L::NextSteps));
    let actions: Vec<String> = v.actions.iter().map(|a| a.text(lang).to_string()).collect();
    doc.list(&actions, true, None);

    doc.heading(3, doc.t(L::Answers));
    let rows: Vec<Vec<String>> = Question::ALL
        .iter()
        .map(|q| {
            let a = q.answer(f);
            vec![
                q.label(lang).to_string(),
                labels::question_type(*q, lang).to_string(),
                labels::tri(a.value, lang).to_string(),
                a.note.clone(),
            ]
        })
        .collect();
    doc.table(&[L::Question, L::QuestionType, L::Answer, L::Note], &rows, L::NotFilled);
}

fn goals(doc: &mut Doc, plan: &Plan) {
    let lang = doc.lang;
    let g = &plan.goals;
    doc.field(L::Goal, &g.goal);

    doc.heading(3, doc.t(L::Objectives));
    let rows: Vec<Vec<String>> = g
        .objectives
        .iter()
        .map(|o| {
            vec![
                o.name.clone(),
                o.metric.clone(),
                o.target.clone(),
                o.cadence.clone(),
                o.owner.clone(),
                labels::label_scenario(o.label_scenario, lang).to_string(),
                opt_number(o.weight),
            ]
        })
        .collect();
    doc.table(
        &[L::Objective, L::Metric, L::Target, L::Cadence, L::Owner, L::Labels, L::Weight],
        &rows,
        L::NoObjectives,
    );
    let notes: Vec<String> = g
        .objectives
        .iter()
        .enumerate()
        .filter(|(_, o)| filled(&o.label_note))
        .map(|(i, o)| {
            let name = if filled(&o.name) { o.name.trim().to_string() } else { format!("#{}", i + 1) };
            format!("{name}: {}", o.label_note.trim())
        })
        .collect();
    if !notes.is_empty() {
        doc.caption(doc.t(L::LabelNotes));
        doc.list(&notes, false, None);
    }

    if g.objectives.len() > 1 || g.strategy.is_some() || filled(&g.strategy_note) {
        doc.heading(3, doc.t(L::Combining));
        doc.field(L::Strategy, labels::strategy(g.strategy, lang));
        doc.field(L::StrategyNote, &g.strategy_note);
    }
}

fn data(doc: &mut Doc, plan: &Plan) {
    let lang = doc.lang;
    let d = &plan.data;
    let rows: Vec<Vec<String>> = d
        .sources
        .iter()
        .map(|s| {
            vec![
                s.name.clone(),
                s.owner.clone(),
                labels::tri(s.labelled, lang).to_string(),
                s.reliability.clone(),
                s.refresh.clone(),
                labels::tri(s.continuous, lang).to_string(),
                s.privacy.clone(),
            ]
        })
        .collect();
    doc.table(
        &[L::Source, L::Owner, L::Labelled, L::Reliability, L::Refresh, L::KeepsArriving, L::Privacy],
        &rows,
        L::NoSources,
    );
    doc.field(L::CollectionPlan, &d.collection_plan);
}

fn constraints(doc: &mut Doc, plan: &Plan) {
    let lang = doc.lang;
    let c = &plan.constraints;
    for (label, text) in [
        (L::Schedule, &c.schedule),
        (L::Budget, &c.budget),
        (L::People, &c.people),
        (L::Privacy, &c.privacy),
        (L::Technical, &c.technical),
        (L::Ethics, &c.ethics),
    ] {
        doc.field(label, text);
    }

    doc.heading(3, doc.t(L::Risks));
    let rows: Vec<Vec<String>> = c
        .risks
        .iter()
        .map(|r| {
            vec![
                r.risk.clone(),
                labels::level(r.likelihood, lang),
                labels::level(r.impact, lang),
                r.mitigation.clone(),
                r.owner.clone(),
            ]
        })
        .collect();
    doc.table(&[L::Risk, L::Likelihood, L::Impact, L::Mitigation, L::Owner], &rows, L::NoRisks);

    doc.heading(3, doc.t(L::Performance));
    for (label, text) in [
        (L::ComparedWith, c.compared_with.as_str()),
        (L::ThresholdPolicy, &c.threshold_policy),
        (L::SpeedAccuracy, &c.speed_accuracy),
        (L::Interpretability, &c.interpretability),
        (L::ErrorTolerance, labels::error_tolerance(c.error_tolerance, lang)),
        (L::Guards, &c.guards),
    ] {
        doc.field(label, text);
    }

    let t = &plan.threshold;
    if t.threshold.is_some() || t.cost_false_positive.is_some() || t.cost_false_negative.is_some() {
        doc.heading(3, doc.t(L::ThresholdInputs));
        doc.values(vec![
            (L::Threshold, t.threshold.map(number)),
            (L::CostFalsePositive, t.cost_false_positive.map(|c| amount(c, plan.currency))),
            (L::CostFalseNegative, t.cost_false_negative.map(|c| amount(c, plan.currency))),
            (L::Prevalence, t.prevalence.map(percent)),
        ]);
    }

    let tr = &plan.tradeoff;
    if !tr.candidates.is_empty() || tr.p95_budget_ms.is_some() || tr.peak_qps.is_some() || tr.monthly_budget.is_some() {
        doc.heading(3, doc.t(L::Candidates));
        let rows: Vec<Vec<String>> = tr
            .candidates
            .iter()
            .map(|m| {
                vec![
                    m.name.clone(),
                    opt_number(m.quality),
                    opt_number(m.p50_ms),
                    opt_number(m.p95_ms),
                    opt_number(m.throughput_per_instance),
                    m.cost_per_instance_hour.map(|c| amount(c, plan.currency)).unwrap_or_default(),
                ]
            })
            .collect();
        if !rows.is_empty() {
            doc.table(&[L::Model, L::Quality, L::P50, L::P95, L::Throughput, L::CostPerHour], &rows, L::NotFilled);
        }
        doc.values(vec![
            (L::P95Budget, tr.p95_budget_ms.map(|ms| format!("{} ms", number(ms)))),
            (L::PeakLoad, tr.peak_qps.map(|q| labels::per_second(q, lang))),
            (L::MonthlyBudget, tr.monthly_budget.map(|c| amount(c, plan.currency))),
        ]);
    }
    regression_errors(doc, plan);
}

/// The regression-error calculator's tolerance, the figures of the last file and the guard.
fn regression_errors(doc: &mut Doc, plan: &Plan) {
    let e = &plan.errors;
    if e.is_unused() {
        return;
    }
    let lang = doc.lang;
    let currency = plan.currency.filter(|_| e.money);
    let value = |v: f64| amount(v, currency);
    doc.heading(3, doc.t(L::RegressionErrors));
    let mut items = vec![(L::Tolerance, errors_tolerance(e).map(|t| crate::i18n::tolerance_text(t, currency)))];
    if let Some(r) = &e.result {
        items.extend([
            (L::ErrorsFile, r.file.clone()),
            (L::Predictions, Some(number(r.rows as f64))),
            (L::Rmse, Some(value(r.rmse))),
            (L::Mae, Some(value(r.mae))),
            (L::Mape, Some(percent(r.mape))),
            (L::R2, r.r2.map(number)),
            (L::MedianError, Some(value(r.median_ae))),
            (L::LargestError, Some(value(r.max_error))),
            (L::WithinTolerance, Some(percent(r.within))),
        ]);
    }
    items.push((L::GuardTried, crate::i18n::guard_text(lang, &e.guard, value)));
    if let (Some(g), Some(r)) = (&e.guard_result, &e.result) {
        items.push((L::GuardDid, Some(crate::i18n::guard_effect_text(lang, r.rows, g, value))));
    }
    doc.values(items);
}

fn baseline(doc: &mut Doc, plan: &Plan) {
    let b = &plan.baseline;
    doc.field(L::BaselineKind, labels::baseline_kind(b.kind, doc.lang));
    doc.field(L::Description, &b.description);
    doc.field(L::Score, &b.score);
    doc.field(L::Margin, &b.margin);
    doc.heading(3, doc.t(L::Prototype));
    doc.field(L::PrototypeTool, &b.prototype_tool);
    doc.field(L::PrototypeAudience, &b.prototype_audience);
    doc.field(L::PrototypeFeedback, &b.prototype_feedback);
}

fn metrics(doc: &mut Doc, plan: &Plan) {
    let lang = doc.lang;
    let m = &plan.metrics;
    doc.heading(3, doc.t(L::MetricLinks));
    let rows: Vec<Vec<String>> = m
        .links
        .iter()
        .map(|l| {
            vec![l.business_metric.clone(), labels::direction(l.direction, lang).to_string(), l.model_metric.clone()]
        })
        .collect();
    doc.table(&[L::BusinessMetric, L::Direction, L::ModelMetric], &rows, L::NoLinks);
    doc.field(L::LabelInference, &m.label_inference);

    let ab = &plan.abtest;
    if ab.baseline_rate.is_some() || ab.mde.is_some() || ab.daily_traffic.is_some() {
        doc.heading(3, doc.t(L::AbTest));
        let effective = effective_abtest(ab);
        let plan_figures = ab_plan(&effective).ok();
        let inputs = ab_inputs(&effective).ok();
        let method = Method { formula: ab.formula, continuity: ab.continuity };
        doc.values(vec![
            (L::BaselineRate, ab.baseline_rate.map(percent)),
            (L::Mde, ab.mde.map(|x| labels::mde(x, ab.mde_relative, lang))),
            (L::Alpha, ab.alpha.map(number)),
            (L::Power, ab.power.map(number)),
            (L::DailyTraffic, ab.daily_traffic.map(number)),
            (L::AbSize, plan_figures.map(|f| i18n::ab_users(lang, f.per_variant, f.total, f.variants, method))),
            (L::AbDuration, plan_figures.map(|f| i18n::ab_weeks(lang, f.weeks, f.days))),
            (
                L::AbLevel,
                inputs.and_then(|i| i18n::ab_level(lang, i.variants, ab.correction, i.one_sided, i.comparison_level())),
            ),
            (L::AbSrm, srm(&effective).ok().map(|c| i18n::srm_result(lang, &c))),
            (L::AbGuardrail, Some(ab.guardrail.clone()).filter(|g| !g.trim().is_empty())),
        ]);
    }
}

fn monitoring(doc: &mut Doc, plan: &Plan) {
    let m = &plan.monitoring;
    for (label, text) in [
        (L::Watched, &m.watched),
        (L::Alerts, &m.alerts),
        (L::Outputs, &m.outputs),
        (L::WhereWrong, &m.where_wrong),
        (L::Basis, &m.basis),
        (L::FailingFeatures, &m.failing_features),
        (L::RetrainTrigger, &m.retrain_trigger),
        (L::LoopBack, &m.loop_back),
    ] {
        doc.field(label, text);
    }
    drift_check(doc, plan);
}

/// The drift check: what is measured, the retraining limit and the last two periods' figures.
fn drift_check(doc: &mut Doc, plan: &Plan) {
    let d = &plan.drift;
    if d.is_unused() {
        return;
    }
    let lang = doc.lang;
    doc.heading(3, doc.t(L::DriftCheck));
    let measure = match d.measure {
        DriftMeasure::Psi => L::DriftPsi,
        DriftMeasure::Ks => L::DriftKs,
    };
    let mut items = vec![
        (L::DriftMeasured, Some(d.measured.clone()).filter(|m| !m.trim().is_empty())),
        (L::DriftRetrainAbove, Some(format!("{} {}", doc.t(measure), number(drift_limit(d))))),
    ];
    if let Some(r) = &d.result {
        items.extend([
            (
                L::DriftPeriods,
                Some(crate::i18n::drift_rows(
                    lang,
                    (r.reference_rows, r.reference_file.as_deref()),
                    (r.current_rows, r.current_file.as_deref()),
                )),
            ),
            (L::DriftPsi, Some(number(r.psi))),
            (L::DriftKs, Some(format!("{} (p {})", number(r.ks_statistic), crate::i18n::p_value(r.ks_p_value)))),
            (L::DriftModel, r.metric.map(|m| crate::i18n::drift_metric(lang, &m))),
        ]);
    }
    doc.values(items);
}

fn business(doc: &mut Doc, plan: &Plan) {
    let lang = doc.lang;
    let c = &plan.canvas;
    doc.field(L::Provides, &c.provides);
    doc.field(L::DataIn, &c.data_in);
    doc.field(L::PredictionOut, &c.prediction_out);

    doc.heading(3, doc.t(L::Canvas));
    doc.para(&format!("{}Strategyzer{}", lang.t(PageMsg::BmcCreditBefore), lang.t(PageMsg::BmcCreditAfter)));
    if canvas::Block::ALL.iter().all(|b| b.notes(c).iter().all(|n| !filled(n))) {
        doc.para(doc.t(L::NotFilled));
    } else {
        for block in canvas::Block::ALL {
            doc.caption(lang.t(block.name()));
            doc.list(block.notes(c), false, None);
        }
    }

    doc.heading(3, doc.t(L::Flywheel));
    let lever = c.ml_lever.filter(|i| c.flywheel.get(*i).is_some_and(|s| filled(s)));
    doc.list(&c.flywheel, true, lever.map(|i| (i, doc.t(L::MlLever))));
    if c.flywheel.iter().any(|s| filled(s)) {
        doc.para(doc.t(L::FlywheelCloses));
        if filled(&c.ml_lever_note) || lever.is_some() {
            doc.field(L::MlLeverNote, &c.ml_lever_note);
        }
    }

    ml_canvas(doc, plan);
}

/// The Machine Learning Canvas as generated from the plan: each box's texts, or the step that
/// fills it while it is empty.
fn ml_canvas(doc: &mut Doc, plan: &Plan) {
    let lang = doc.lang;
    doc.heading(3, lang.t(PageMsg::MlcHeading));
    doc.para(&format!("{}Louis Dorard{}", lang.t(PageMsg::MlcCreditBefore), lang.t(PageMsg::MlcCreditAfter)));
    let boxes = ml::fill(plan);
    if boxes.iter().all(ml::Filled::is_empty) {
        doc.para(doc.t(L::NotFilled));
        return;
    }
    for filled_box in boxes {
        doc.caption(lang.t(filled_box.ml_box.name()));
        if filled_box.is_empty() {
            let step = numbered_step(filled_box.ml_box.step(), lang);
            doc.para(&format!("{} {}: {step}", doc.t(L::NotFilled), doc.t(L::EmptyBoxStep)));
        } else {
            let texts: Vec<String> = filled_box.items.into_iter().map(|(_, text)| text).collect();
            doc.list(&texts, false, None);
        }
    }
}

fn plan_review(doc: &mut Doc, plan: &Plan) {
    let lang = doc.lang;
    doc.heading(2, doc.t(L::PlanReview));
    let findings = review::review(plan);
    if findings.is_empty() {
        doc.para(doc.t(L::NoFindings));
        return;
    }
    doc.para(&finding_counts(&findings, lang));
    let rows: Vec<Vec<String>> = findings
        .iter()
        .map(|f| vec![f.severity.label(lang).to_string(), numbered_step(f.step, lang), f.message(lang)])
        .collect();
    doc.table(&[L::Severity, L::Step, L::Finding], &rows, L::NoFindings);
}

/// The instructor's comments, when there are any: where, what, and whether the student marked
/// it done.
fn feedback(doc: &mut Doc, plan: &Plan) {
    if plan.comments.is_empty() {
        return;
    }
    let lang = doc.lang;
    doc.heading(2, doc.t(L::Feedback));
    let rows: Vec<Vec<String>> = plan
        .comments
        .iter()
        .map(|c| {
            let step = c.step().map_or_else(|| doc.t(L::WholePlan).to_owned(), |s| numbered_step(s, lang));
            let place = if c.field.trim().is_empty() { step } else { format!("{step} · {}", c.field.trim()) };
            vec![place, c.text.clone(), doc.t(if c.done { L::FeedbackDone } else { L::FeedbackOpen }).to_owned()]
        })
        .collect();
    doc.table(&[L::FeedbackWhere, L::FeedbackComment, L::FeedbackState], &rows, L::NoFindings);
}

/// How many findings there are of each severity, gravest first, leaving out severities with
/// none: "Must fix: 1 · Should fix: 4". Empty when there are no findings.
pub fn finding_counts(findings: &[Finding], lang: Lang) -> String {
    let counts: Vec<String> = Severity::ALL
        .iter()
        .map(|s| (s, findings.iter().filter(|f| f.severity == *s).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| labels::severity_count(s.label(lang), n, lang))
        .collect();
    counts.join(" · ")
}
