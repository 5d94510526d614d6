//! Threshold calculator: the teaching model or the person's own validation scores, the confusion
//! matrix and figures at the chosen threshold, ROC and precision–recall curves, and the thresholds
//! that costs and constraints suggest.
//!
//! Work is split by what it depends on, so moving the threshold only does an O(log n) look-up:
//! the prepared `Scores` (once per load), the curves and the suggested thresholds (when the source,
//! costs, β or prevalence change), and the figures at the threshold (on every move).

use super::chart::{chart, Axis, ChartData, Mark, MarkKind};
use super::{num_field, opt, section_lens, NumSpec};
use crate::calc::plan_inputs::{self as inputs};
use crate::calc::threshold::{
    precision_at_prevalence, Binormal, BinormalError, Choice, CurvePoint, Decisions, Masses, Metrics, OperatingPoint,
    RateSource, ScoreSummary, Scores, ScoresError, ScoresReader, Suggested, Targets, MAX_TEXT_BYTES,
};
use crate::i18n::{self, num, pct, Lang, PageMsg};
use crate::plan::{Plan, ThresholdSection};
use crate::ui::show::show;
use crate::ui::state::use_state;
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Points per drawn curve.
const CURVE_POINTS: usize = 200;
/// Bytes read from a file per step; the page updates between steps.
const CHUNK_BYTES: f64 = 2.0 * 1024.0 * 1024.0;
/// Chunks being read at once, ahead of the one being parsed.
const READ_AHEAD: usize = 3;
/// Longest stretch of reading between two yields to the browser, which then paints the progress bar
/// and handles input. Not after every chunk: a chunk parses in a few milliseconds, and browsers hold
/// back chained timers by 4 ms each.
const YIELD_AFTER_MS: f64 = 50.0;

thread_local! {
    /// The exact scores last loaded, by plan id and summary: coming back to the page in the same
    /// tab shows exact figures again; after a reload only the summary is left.
    static EXACT: RefCell<Option<(String, ScoreSummary, Arc<Scores>)>> = const { RefCell::new(None) };
}

/// Prepared scores, compared by identity (comparing a million entries on every update would be slow).
#[derive(Clone)]
struct Shared(Arc<Scores>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// What the figures are computed from.
#[derive(Clone, PartialEq)]
enum Source {
    Model(Binormal),
    BadModel(BinormalError),
    Own(Shared),
    NoScores,
}

/// Why the last load failed.
#[derive(Clone, Debug, PartialEq)]
enum LoadError {
    Scores(ScoresError),
    Unreadable,
}

fn section_of(plan: &Option<Plan>) -> ThresholdSection {
    plan.as_ref().map(|p| p.threshold.clone()).unwrap_or_default()
}

/// The threshold range the slider offers, and its step.
fn slider_range(source: &Source) -> (f64, f64, f64) {
    let (lo, hi) = match source {
        Source::Model(m) => (
            (m.positive_mean - 3.0 * m.positive_sd).min(m.negative_mean - 3.0 * m.negative_sd),
            (m.positive_mean + 3.0 * m.positive_sd).max(m.negative_mean + 3.0 * m.negative_sd),
        ),
        Source::Own(s) => s.0.score_range().unwrap_or((0.0, 1.0)),
        _ => (0.0, 1.0),
    };
    let (lo, hi) = if hi > lo { (lo, hi) } else { (lo - 0.5, hi + 0.5) };
    let step = 10f64.powf(((hi - lo) / 100.0).log10().floor());
    ((lo / step).floor() * step, (hi / step).ceil() * step, step)
}

/// Everything that does not move with the threshold.
#[derive(Clone, PartialEq)]
struct Suggestions {
    prevalence: f64,
    least_cost: Option<Choice>,
    best_f: Option<Choice>,
    youden: Option<Choice>,
    recall_at_precision: Option<Choice>,
    fpr_at_recall: Option<Choice>,
}

#[derive(Clone, PartialEq)]
struct Curves {
    roc: Vec<CurvePoint>,
    pr: Vec<CurvePoint>,
    auc: Option<f64>,
    ap: Option<f64>,
}

fn suggest<S: RateSource>(d: &Decisions<'_, S>, targets: &Targets) -> Suggestions {
    let Suggested { least_cost, best_f_beta, youden, recall_at_precision, fpr_at_recall } = d.suggest(targets);
    Suggestions {
        prevalence: d.prevalence(),
        least_cost,
        best_f: best_f_beta,
        youden,
        recall_at_precision,
        fpr_at_recall,
    }
}

/// The figures at the current threshold.
#[derive(Clone, PartialEq)]
struct Now {
    /// tp, fp, tn, fn: counts for own scores, expected cases per 1,000 for the model.
    cells: [f64; 4],
    counts: bool,
    metrics: Metrics,
    point: Option<OperatingPoint>,
    /// Precision at the deployment prevalence, when one is set for own scores.
    shifted_precision: Option<f64>,
    cost: Option<f64>,
}

/// The prevalence used for decisions with own scores: the deployment one when set and valid.
fn deployment(t: &ThresholdSection) -> Option<f64> {
    t.prevalence.filter(|p| *p > 0.0 && *p < 1.0)
}

fn now_at(source: &Source, t: &ThresholdSection, threshold: f64) -> Option<Now> {
    let beta = inputs::beta(t);
    let costs = inputs::costs(t);
    match source {
        Source::Model(m) => {
            let point = m.point_at(threshold);
            let masses = Masses::from_rates(&point, m.prevalence);
            let d = m.decisions(None)?;
            Some(Now {
                cells: [masses.tp, masses.fp, masses.tn, masses.fn_].map(|x| x * 1000.0),
                counts: false,
                metrics: masses.metrics(beta),
                point: Some(point),
                shifted_precision: None,
                cost: costs.map(|c| d.cost_per_1000(&point, c)),
            })
        }
        Source::Own(s) => {
            let scores = &s.0;
            let c = scores.confusion_at(threshold);
            let both = scores.has_both_classes();
            let point = both.then(|| scores.point_at(threshold));
            let shift = deployment(t);
            let d = scores.decisions(shift);
            Some(Now {
                cells: [c.tp, c.fp, c.tn, c.fn_].map(|x| x as f64),
                counts: true,
                metrics: Masses::from(&c).metrics(beta),
                point,
                shifted_precision: point.zip(shift).and_then(|(p, pi)| precision_at_prevalence(p.tpr, p.fpr, pi)),
                cost: d.zip(point).zip(costs).map(|((d, p), c)| d.cost_per_1000(&p, c)),
            })
        }
        _ => None,
    }
}

fn threshold_text(lang: Lang, x: f64) -> String {
    if x == f64::INFINITY {
        lang.t(PageMsg::CalcThrFlagNobody).to_string()
    } else if x == f64::NEG_INFINITY {
        lang.t(PageMsg::CalcThrFlagEveryone).to_string()
    } else {
        num(x, 4)
    }
}

fn scores_error_text(lang: Lang, e: &LoadError) -> Vec<String> {
    match e {
        LoadError::Unreadable => vec![lang.t(PageMsg::CalcThrUnreadable).to_string()],
        LoadError::Scores(e) => i18n::scores_error(lang, e),
    }
}

/// Starts reading the chunk of `file` that begins at `offset`; gives the pending bytes and where the
/// chunk ends. `None` when the browser refuses the slice.
fn read_chunk(file: &web_sys::File, offset: f64, size: f64) -> Option<(wasm_bindgen_futures::JsFuture, f64)> {
    let end = (offset + CHUNK_BYTES).min(size);
    let blob = file.slice_with_f64_and_f64(offset, end).ok()?;
    Some((wasm_bindgen_futures::JsFuture::from(blob.array_buffer()), end))
}

/// Resolves after the browser has had a chance to paint and handle input.
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[component]
pub fn ThresholdCalculator() -> impl IntoView {
    let state = use_state();
    let section = Memo::new(move |_| state.plan.with(section_of));
    let own: RwSignal<Option<Shared>> = RwSignal::new(None);
    let error: RwSignal<Option<LoadError>> = RwSignal::new(None);
    let progress: RwSignal<Option<f64>> = RwSignal::new(None);
    let generation = StoredValue::new(0u32);

    // Own scores kept in the plan come back as exact figures in this tab, else from the summary.
    {
        let (plan_id, summary) =
            state.plan.with_untracked(|p| p.as_ref().map(|p| (p.id.clone(), p.threshold.scores.clone())).unzip());
        if let (Some(id), Some(Some(summary))) = (plan_id, summary) {
            let exact = EXACT.with(|c| {
                c.borrow().as_ref().filter(|(i, s, _)| *i == id && *s == summary).map(|(_, _, scores)| scores.clone())
            });
            match exact {
                Some(scores) => own.set(Some(Shared(scores))),
                None => {
                    if let Ok(scores) = summary.to_scores() {
                        own.set(Some(Shared(Arc::new(scores))))
                    }
                }
            }
        }
    }

    let source = Memo::new(move |_| {
        let t = section.get();
        if t.use_own_scores {
            own.get().map_or(Source::NoScores, Source::Own)
        } else {
            let model = inputs::binormal(&t);
            match model.validate() {
                Ok(()) => Source::Model(model),
                Err(e) => Source::BadModel(e),
            }
        }
    });
    let range = Memo::new(move |_| source.with(slider_range));
    let threshold = Memo::new(move |_| section.with(inputs::threshold));

    let accept = move |scores: Scores, name: Option<String>| {
        let scores = Arc::new(scores);
        let summary = scores.summary();
        let id = state.plan.with_untracked(|p| p.as_ref().map(|p| p.id.clone())).unwrap_or_default();
        EXACT.with(|c| *c.borrow_mut() = Some((id, summary.clone(), scores.clone())));
        own.set(Some(Shared(scores)));
        error.set(None);
        state.edit(move |p| {
            p.threshold.use_own_scores = true;
            p.threshold.scores = Some(summary);
            p.threshold.scores_name = name;
        });
    };

    let on_paste = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        generation.update_value(|g| *g += 1);
        progress.set(None);
        if text.trim().is_empty() {
            error.set(None);
            return;
        }
        match Scores::parse(&text) {
            Ok(scores) => accept(scores, None),
            Err(e) => error.set(Some(LoadError::Scores(e))),
        }
    };

    let load_file = move |file: web_sys::File| {
        generation.update_value(|g| *g += 1);
        let this_load = generation.get_value();
        let size = file.size();
        let name = file.name();
        if size > MAX_TEXT_BYTES as f64 {
            progress.set(None);
            error.set(Some(LoadError::Scores(ScoresError::TooLarge { bytes: size as usize, limit: MAX_TEXT_BYTES })));
            return;
        }
        error.set(None);
        progress.set(Some(0.0));
        leptos::task::spawn_local(async move {
            let mut reader = ScoresReader::new();
            let current = move || generation.try_get_value() == Some(this_load);
            let fail = move |e: LoadError| {
                if current() {
                    progress.set(None);
                    error.set(Some(e));
                }
            };
            // Reads run ahead of parsing (`READ_AHEAD` chunks in flight): the browser reads the next
            // chunks while this one parses, and no more than a few chunks are held at once.
            let mut pending = std::collections::VecDeque::new();
            let mut requested = 0.0;
            let mut last_yield = js_sys::Date::now();
            loop {
                while requested < size && pending.len() < READ_AHEAD {
                    let chunk = read_chunk(&file, requested, size);
                    requested = chunk.as_ref().map_or(size, |c| c.1);
                    pending.push_back(chunk);
                }
                let Some(chunk) = pending.pop_front() else { break };
                let Some((bytes, end)) = chunk else { return fail(LoadError::Unreadable) };
                let Ok(buffer) = bytes.await else { return fail(LoadError::Unreadable) };
                if !current() {
                    return;
                }
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                if let Err(e) = reader.push(&bytes) {
                    return fail(LoadError::Scores(e));
                }
                progress.set(Some(end / size));
                if js_sys::Date::now() - last_yield >= YIELD_AFTER_MS {
                    next_tick().await;
                    last_yield = js_sys::Date::now();
                }
            }
            match reader.finish() {
                Ok(scores) if current() => {
                    progress.set(None);
                    accept(scores, Some(name));
                }
                Ok(_) => {}
                Err(e) => fail(LoadError::Scores(e)),
            }
        });
    };

    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            load_file(file);
        }
        // Choosing the same file again should load it again.
        input.set_value("");
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            load_file(file);
        }
    };

    let set_threshold = move |x: f64| {
        if x.is_finite() {
            state.edit(move |p| p.threshold.threshold = Some(x));
        }
    };
    let move_to = move |x: f64| {
        let (lo, hi, step) = range.get_untracked();
        let x = if x == f64::INFINITY {
            hi + step
        } else if x == f64::NEG_INFINITY {
            lo - step
        } else {
            x
        };
        set_threshold(x);
    };

    let wanted = move || {
        let t = section.get();
        Targets {
            costs: inputs::costs(&t),
            beta: inputs::beta(&t),
            min_precision: inputs::min_precision(&t),
            min_recall: inputs::min_recall(&t),
        }
    };
    let deploy = Memo::new(move |_| section.with(deployment));
    let suggestions = Memo::new(move |_| {
        let w = wanted();
        match source.get() {
            Source::Model(m) => m.decisions(None).map(|d| suggest(&d, &w)),
            Source::Own(s) => s.0.decisions(deploy.get()).map(|d| suggest(&d, &w)),
            _ => None,
        }
    });
    let curves = Memo::new(move |_| match source.get() {
        Source::Model(m) => m.decisions(None).map(|d| Curves {
            roc: d.roc_points(CURVE_POINTS),
            pr: d.pr_points(CURVE_POINTS),
            auc: Some(m.roc_auc()),
            ap: Some(d.average_precision()),
        }),
        Source::Own(s) => {
            let scores = &s.0;
            let d = scores.decisions(None);
            Some(Curves {
                roc: d.as_ref().map(|d| d.roc_points(CURVE_POINTS)).unwrap_or_default(),
                pr: d.as_ref().map(|d| d.pr_points(CURVE_POINTS)).unwrap_or_default(),
                auc: scores.roc_auc(),
                ap: scores.average_precision(),
            })
        }
        _ => None,
    });
    let now = Memo::new(move |_| {
        let t = section.get();
        source.with(|s| now_at(s, &t, threshold.get()))
    });

    // ---- views ----

    let sentence = move || {
        let lang = state.lang.get();
        match now.get() {
            Some(n) => {
                let precision = n.shifted_precision.or(n.metrics.precision);
                i18n::threshold_meaning(lang, threshold.get(), precision, n.metrics.recall)
            }
            None => String::new(),
        }
    };

    let figures_kind = move || {
        let lang = state.lang.get();
        let t = section.get();
        match source.get() {
            Source::Model(_) => lang.t(PageMsg::CalcThrFiguresModel).to_string(),
            Source::Own(s) => {
                let from = t.scores_name.clone().unwrap_or_else(|| lang.t(PageMsg::CalcThrPasted).to_string());
                i18n::score_figures(lang, s.0.figures(), s.0.len(), s.0.positives(), &from)
            }
            Source::NoScores => lang.t(PageMsg::CalcThrNoScoresYet).to_string(),
            Source::BadModel(_) => String::new(),
        }
    };

    let matrix = move || {
        let lang = state.lang.get();
        let Some(n) = now.get() else { return ().into_any() };
        let [tp, fp, tn, fn_] = n.cells;
        let cell = |v: f64| if n.counts { format!("{v:.0}") } else { format!("{v:.1}") };
        let rate = |num_: f64, den: f64| if den > 0.0 { pct(num_ / den) } else { undefined_short(lang) };
        let caption = if n.counts { PageMsg::CalcThrMatrixCounts } else { PageMsg::CalcThrMatrixModel };
        view! {
            <div class="table-wrap">
            <table class="confusion" data-testid="confusion-matrix">
                <caption>{lang.t(caption)}</caption>
                <thead><tr>
                    <td></td>
                    <th scope="col">{lang.t(PageMsg::CalcThrPredPos)}</th>
                    <th scope="col">{lang.t(PageMsg::CalcThrPredNeg)}</th>
                </tr></thead>
                <tbody>
                    <tr>
                        <th scope="row">{lang.t(PageMsg::CalcThrActualPos)}</th>
                        <td class="good"><span class="cell-name">{lang.t(PageMsg::CalcThrTp)}</span>
                            <span class="cell-count" data-testid="tp">{cell(tp)}</span>
                            <span class="cell-rate">{rate(tp, tp + fn_)}</span></td>
                        <td class="bad"><span class="cell-name">{lang.t(PageMsg::CalcThrFn)}</span>
                            <span class="cell-count" data-testid="fn">{cell(fn_)}</span>
                            <span class="cell-rate">{rate(fn_, tp + fn_)}</span></td>
                    </tr>
                    <tr>
                        <th scope="row">{lang.t(PageMsg::CalcThrActualNeg)}</th>
                        <td class="bad"><span class="cell-name">{lang.t(PageMsg::CalcThrFp)}</span>
                            <span class="cell-count" data-testid="fp">{cell(fp)}</span>
                            <span class="cell-rate">{rate(fp, fp + tn)}</span></td>
                        <td class="good"><span class="cell-name">{lang.t(PageMsg::CalcThrTn)}</span>
                            <span class="cell-count" data-testid="tn">{cell(tn)}</span>
                            <span class="cell-rate">{rate(tn, fp + tn)}</span></td>
                    </tr>
                </tbody>
            </table>
            </div>
        }
        .into_any()
    };

    let metrics = move || {
        let lang = state.lang.get();
        let Some(n) = now.get() else { return ().into_any() };
        let m = n.metrics;
        let beta = section.with(inputs::beta);
        let p = |x: Option<f64>| opt(lang, x, pct);
        let d = |x: Option<f64>| opt(lang, x, |v| num(v, 4));
        let mut rows = vec![
            (lang.t(PageMsg::CalcThrPrecision).to_string(), p(m.precision), "precision"),
            (lang.t(PageMsg::CalcThrRecall).to_string(), p(m.recall), "recall"),
            (lang.t(PageMsg::CalcThrSpecificity).to_string(), p(m.specificity), "specificity"),
            (lang.t(PageMsg::CalcThrFpr).to_string(), p(m.false_positive_rate), "fpr"),
            ("F1".to_string(), d(m.f1), "f1"),
            (format!("F-beta (β = {})", num(beta, 2)), d(m.f_beta), "fbeta"),
            (lang.t(PageMsg::CalcThrAccuracy).to_string(), p(m.accuracy), "accuracy"),
            ("MCC".to_string(), d(m.mcc), "mcc"),
            (lang.t(PageMsg::CalcThrFlaggedShare).to_string(), p(m.predicted_positive_share), "flagged"),
        ];
        if let Some(c) = n.cost {
            rows.push((lang.t(PageMsg::CalcThrCostPer1000).to_string(), num(c, 2), "cost"));
        }
        let items = rows
            .into_iter()
            .map(|(k, v, id)| view! { <div class="metric"><dt>{k}</dt><dd data-testid=format!("metric-{id}")>{v}</dd></div> })
            .collect_view();
        view! { <dl class="metrics">{items}</dl> }.into_any()
    };

    let areas = move || {
        let lang = state.lang.get();
        let Some(c) = curves.get() else { return ().into_any() };
        let auc = match c.auc {
            Some(a) => format!("{a:.4}"),
            None => lang.t(PageMsg::CalcThrAucUndefined).to_string(),
        };
        let ap = match c.ap {
            Some(a) => format!("{a:.4}"),
            None => lang.t(PageMsg::CalcThrApUndefined).to_string(),
        };
        view! {
            <dl class="metrics areas">
                <div class="metric"><dt>{lang.t(PageMsg::CalcThrAuc)}</dt><dd data-testid="roc-auc">{auc}</dd></div>
                <div class="metric"><dt>{lang.t(PageMsg::CalcThrAp)}</dt><dd data-testid="average-precision">{ap}</dd></div>
            </dl>
        }
        .into_any()
    };

    let shift_note = move || {
        let lang = state.lang.get();
        let (Source::Own(s), Some(n)) = (source.get(), now.get()) else { return String::new() };
        let (Some(base), Some(dep)) = (s.0.prevalence(), deploy.get()) else { return String::new() };
        let (Some(p0), Some(p1)) = (n.metrics.precision, n.shifted_precision) else { return String::new() };
        i18n::prevalence_shift(lang, base, dep, p0, p1)
    };

    let suggestion_list = move || {
        let lang = state.lang.get();
        let Some(s) = suggestions.get() else {
            let msg = match source.get() {
                Source::Own(_) => PageMsg::CalcThrNeedBothClasses,
                _ => PageMsg::CalcThrNoSuggestions,
            };
            return view! { <p class="hint" data-testid="suggestions-none">{lang.t(msg)}</p> }.into_any();
        };
        let w = wanted();
        let beta = num(w.beta, 2);
        let rows: Vec<(String, Option<Choice>, String, &'static str)> = vec![
            (
                lang.t(PageMsg::CalcThrLeastCost).to_string(),
                s.least_cost,
                s.least_cost.map(|c| format!("{} / 1,000", num(c.value, 2))).unwrap_or_else(|| {
                    if w.costs.is_none() {
                        lang.t(PageMsg::CalcThrEnterCosts).to_string()
                    } else {
                        String::new()
                    }
                }),
                "least-cost",
            ),
            (
                format!("{} (β = {beta})", lang.t(PageMsg::CalcThrBestF)),
                s.best_f,
                s.best_f.map(|c| format!("F = {}", num(c.value, 4))).unwrap_or_default(),
                "best-f",
            ),
            (
                lang.t(PageMsg::CalcThrYouden).to_string(),
                s.youden,
                s.youden.map(|c| format!("J = {}", num(c.value, 4))).unwrap_or_default(),
                "youden",
            ),
            (
                i18n::recall_at_precision(lang, w.min_precision),
                s.recall_at_precision,
                s.recall_at_precision
                    .map(|c| format!("{} {}", lang.t(PageMsg::CalcThrRecall), pct(c.value)))
                    .unwrap_or_else(|| lang.t(PageMsg::CalcThrUnreachable).to_string()),
                "recall-at-precision",
            ),
            (
                i18n::fpr_at_recall(lang, w.min_recall),
                s.fpr_at_recall,
                s.fpr_at_recall
                    .map(|c| format!("{} {}", lang.t(PageMsg::CalcThrFpr), pct(c.value)))
                    .unwrap_or_else(|| lang.t(PageMsg::CalcThrUnreachable).to_string()),
                "fpr-at-recall",
            ),
        ];
        let items = rows
            .into_iter()
            .map(|(label, choice, value, id)| {
                let button = choice.map(|c| {
                    let x = c.point.threshold;
                    let aria = format!("{}: {} ({label})", lang.t(PageMsg::CalcThrMoveHere), threshold_text(lang, x));
                    view! {
                        <button type="button" data-testid=format!("goto-{id}") aria-label=aria on:click=move |_| move_to(x)>
                            {lang.t(PageMsg::CalcThrMoveHere)}
                        </button>
                    }
                });
                view! {
                    <tr data-testid=format!("suggest-{id}")>
                        <th scope="row">{label}</th>
                        <td>{choice.map(|c| threshold_text(lang, c.point.threshold)).unwrap_or_else(|| "—".into())}</td>
                        <td>{value}</td>
                        <td>{button}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="calc-table suggestions">
                    <thead><tr>
                        <th scope="col">{lang.t(PageMsg::CalcThrCriterion)}</th>
                        <th scope="col">{lang.t(PageMsg::CalcThrThreshold)}</th>
                        <th scope="col">{lang.t(PageMsg::CalcThrValue)}</th>
                        <td></td>
                    </tr></thead>
                    <tbody>{items}</tbody>
                </table>
            </div>
            <p class="hint">{i18n::computed_at_prevalence(lang, s.prevalence)}</p>
        }
        .into_any()
    };

    let curve_table = |lang: Lang, pts: &[CurvePoint], x: PageMsg, y: PageMsg| -> (Vec<String>, Vec<Vec<String>>) {
        let head = vec![lang.t(PageMsg::CalcThrThreshold).to_string(), lang.t(x).to_string(), lang.t(y).to_string()];
        let rows = pts.iter().map(|p| vec![threshold_text(lang, p.threshold), num(p.x, 4), num(p.y, 4)]).collect();
        (head, rows)
    };
    let roc_data = Signal::derive(move || {
        let lang = state.lang.get();
        let pts = curves.with(|c| c.as_ref().map(|c| c.roc.clone()).unwrap_or_default());
        let (table_head, table_rows) = curve_table(lang, &pts, PageMsg::CalcThrFpr, PageMsg::CalcThrRecall);
        ChartData {
            title: lang.t(PageMsg::CalcThrRocTitle).to_string(),
            x: Axis::unit(lang.t(PageMsg::CalcThrFpr).to_string()),
            y: Axis::unit(lang.t(PageMsg::CalcThrTprAxis).to_string()),
            lines: vec![pts.iter().map(|p| (p.x, p.y)).collect()],
            reference: Some([(0.0, 0.0), (1.0, 1.0)]),
            table_head,
            table_rows,
        }
    });
    let pr_data = Signal::derive(move || {
        let lang = state.lang.get();
        let pts = curves.with(|c| c.as_ref().map(|c| c.pr.clone()).unwrap_or_default());
        let (table_head, table_rows) = curve_table(lang, &pts, PageMsg::CalcThrRecall, PageMsg::CalcThrPrecision);
        ChartData {
            title: lang.t(PageMsg::CalcThrPrTitle).to_string(),
            x: Axis::unit(lang.t(PageMsg::CalcThrRecall).to_string()),
            y: Axis::unit(lang.t(PageMsg::CalcThrPrecision).to_string()),
            lines: vec![pts.iter().map(|p| (p.x, p.y)).collect()],
            reference: None,
            table_head,
            table_rows,
        }
    });
    let here = move |lang: Lang| i18n::current_threshold(lang, threshold.get());
    let roc_marks = Signal::derive(move || {
        let lang = state.lang.get();
        now.get()
            .and_then(|n| n.point)
            .map(|p| vec![Mark { x: p.fpr, y: p.tpr, label: here(lang), kind: MarkKind::Current }])
            .unwrap_or_default()
    });
    let pr_marks = Signal::derive(move || {
        let lang = state.lang.get();
        now.get()
            .and_then(|n| Some((n.metrics.recall?, n.metrics.precision?)))
            .map(|(r, p)| vec![Mark { x: r, y: p, label: here(lang), kind: MarkKind::Current }])
            .unwrap_or_default()
    });
    let roc_summary = Signal::derive(move || {
        let lang = state.lang.get();
        let auc = curves.with(|c| c.as_ref().and_then(|c| c.auc));
        let point = now.with(|n| n.as_ref().and_then(|n| n.point));
        match (auc, point) {
            (Some(a), Some(p)) => i18n::roc_summary(lang, a, p.tpr, p.fpr),
            _ => lang.t(PageMsg::CalcThrNoCurve).to_string(),
        }
    });
    let pr_summary = Signal::derive(move || {
        let lang = state.lang.get();
        let ap = curves.with(|c| c.as_ref().and_then(|c| c.ap));
        let m = now.with(|n| n.as_ref().map(|n| n.metrics));
        match (ap, m.and_then(|m| Some((m.recall?, m.precision?)))) {
            (Some(a), Some((r, p))) => i18n::pr_summary(lang, a, r, p),
            _ => lang.t(PageMsg::CalcThrNoCurve).to_string(),
        }
    });
    let has_curves = move || curves.with(|c| c.as_ref().is_some_and(|c| !c.roc.is_empty()));

    let use_own = Memo::new(move |_| section.with(|t| t.use_own_scores));
    let set_use_own = move |v: bool| state.edit(move |p| p.threshold.use_own_scores = v);

    let model_fields = move || {
        view! {
            <div class="calc-grid" data-testid="model-inputs">
                {num_field(NumSpec::new("thr-pos-mean", PageMsg::CalcThrPosMean), section_lens!(threshold, model_view, positive_mean))}
                {num_field(NumSpec::new("thr-pos-sd", PageMsg::CalcThrPosSd).min(0.0), section_lens!(threshold, model_view, positive_sd))}
                {num_field(NumSpec::new("thr-neg-mean", PageMsg::CalcThrNegMean), section_lens!(threshold, model_view, negative_mean))}
                {num_field(NumSpec::new("thr-neg-sd", PageMsg::CalcThrNegSd).min(0.0), section_lens!(threshold, model_view, negative_sd))}
                {num_field(NumSpec::new("thr-prevalence", PageMsg::CalcThrPrevalence).percent().range(0.0, 1.0),
                    section_lens!(threshold, model_view, prevalence))}
            </div>
            {move || match source.get() {
                Source::BadModel(e) => {
                    let msg = match e {
                        BinormalError::NotFinite => PageMsg::CalcThrModelNotFinite,
                        BinormalError::SdNotPositive => PageMsg::CalcThrModelSd,
                        BinormalError::PrevalenceOutOfRange => PageMsg::CalcThrModelPrevalence,
                    };
                    view! { <p class="notice error" role="alert" data-testid="model-error">{state.t(msg)}</p> }.into_any()
                }
                _ => ().into_any(),
            }}
        }
    };

    let own_fields = move || {
        view! {
            <div class=move || if dragging.get() { "drop-zone dragging" } else { "drop-zone" } data-testid="scores-drop"
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label for="scores-file">{state.text(PageMsg::CalcThrOpenFile)}</label>
                <input id="scores-file" type="file" data-testid="scores-file" aria-describedby="scores-format"
                    accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" on:change=on_file/>
                <p class="hint">{state.text(PageMsg::CalcThrDropHint)}</p>
            </div>
            <div class="field">
                <label for="scores-text">{state.text(PageMsg::CalcThrPaste)}</label>
                <textarea id="scores-text" data-testid="scores-text" rows="5" spellcheck="false" aria-describedby="scores-format"
                    placeholder="score,label\n0.91,1\n0.35,0" on:input=on_paste></textarea>
            </div>
            <p class="hint" id="scores-format">{state.text(PageMsg::CalcThrFormat)}</p>
            {move || progress.get().map(|p| view! {
                <div class="calc-progress" data-testid="scores-progress">
                    <label for="scores-progress-bar">{state.text(PageMsg::CalcThrReading)}</label>
                    <progress id="scores-progress-bar" max="1" value=p.to_string()></progress>
                    <span>{pct(p)}</span>
                </div>
            })}
            {move || error.get().map(|e| {
                let lines = scores_error_text(state.lang.get(), &e);
                let kept = own.with(Option::is_some);
                view! {
                    <div class="notice error" role="alert" data-testid="scores-error">
                        <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                        <p>{state.t(if kept { PageMsg::CalcThrErrorKept } else { PageMsg::CalcThrErrorNothing })}</p>
                    </div>
                }
            })}
        }
    };

    let slider = move || {
        let (lo, hi, step) = range.get();
        view! {
            <input id="thr-slider" type="range" data-testid="threshold-slider" aria-label=state.text(PageMsg::CalcThrThreshold)
                min=lo.to_string() max=hi.to_string() step=step.to_string()
                prop:value=move || threshold.get().to_string()
                on:input=move |ev| {
                    if let Ok(x) = event_target_value(&ev).parse::<f64>() { set_threshold(x) }
                }/>
        }
    };

    view! {
        <section class="calc calc-threshold" data-testid="threshold-calculator">
            <fieldset class="calc-choice">
                <legend>{state.text(PageMsg::CalcThrSource)}</legend>
                <label><input type="radio" name="thr-source" data-testid="source-model"
                    prop:checked=move || !use_own.get() on:change=move |_| set_use_own(false)/>
                    {state.text(PageMsg::CalcThrSourceModel)}</label>
                <label><input type="radio" name="thr-source" data-testid="source-own"
                    prop:checked=move || use_own.get() on:change=move |_| set_use_own(true)/>
                    {state.text(PageMsg::CalcThrSourceOwn)}</label>
            </fieldset>
            {move || if use_own.get() { own_fields().into_any() } else { model_fields().into_any() }}
            <p class="figures-kind" data-testid="figures-kind">{figures_kind}</p>

            <div class="calc-threshold-control">
                <div class="slider-row">
                    {slider}
                    {num_field(NumSpec::new("thr-threshold", PageMsg::CalcThrThreshold).step("0.01").testid("threshold-input"),
                        super::NumLens {
                            read: |p| Some(inputs::threshold(&p.threshold)),
                            write: |p, v| p.threshold.threshold = v,
                        })}
                </div>
            </div>
            <div class="calc-answer" aria-live="polite">
                <p class="calc-big-text" data-testid="threshold-sentence">{sentence}</p>
            </div>
            {matrix}
            {metrics}
            {areas}
            <p class="hint" data-testid="prevalence-shift">{shift_note}</p>
            {show(has_curves, move || view! {
                <div class="chart-pair">
                    {chart("roc-chart", roc_data, roc_marks, roc_summary)}
                    {chart("pr-chart", pr_data, pr_marks, pr_summary)}
                </div>
            })}

            <h2>{state.text(PageMsg::CalcThrDecisions)}</h2>
            <div class="calc-grid">
                {num_field(NumSpec::new("thr-cost-fp", PageMsg::CalcThrCostFp).min(0.0), section_lens!(threshold, Clone::clone, cost_false_positive))}
                {num_field(NumSpec::new("thr-cost-fn", PageMsg::CalcThrCostFn).min(0.0), section_lens!(threshold, Clone::clone, cost_false_negative))}
                {num_field(NumSpec::new("thr-beta", PageMsg::CalcThrBeta).min(0.0).step("0.5"), section_lens!(threshold, Clone::clone, beta))}
                {num_field(NumSpec::new("thr-min-precision", PageMsg::CalcThrMinPrecision).percent().range(0.0, 1.0),
                    section_lens!(threshold, min_precision_view, min_precision))}
                {num_field(NumSpec::new("thr-min-recall", PageMsg::CalcThrMinRecall).percent().range(0.0, 1.0),
                    section_lens!(threshold, min_recall_view, min_recall))}
                {show(move || use_own.get(), || num_field(NumSpec::new("thr-deploy-prevalence", PageMsg::CalcThrDeployPrevalence)
                    .percent().range(0.0, 1.0), section_lens!(threshold, Clone::clone, prevalence)))}
            </div>
            <p class="hint">{state.text(PageMsg::CalcThrCostHint)}</p>
            {suggestion_list}
        </section>
    }
}

/// The section with the teaching model's parameters filled in from the example, so the fields show
/// the numbers the model uses.
fn model_view(t: &ThresholdSection) -> ThresholdSection {
    let m = inputs::binormal(t);
    ThresholdSection {
        positive_mean: Some(m.positive_mean),
        positive_sd: Some(m.positive_sd),
        negative_mean: Some(m.negative_mean),
        negative_sd: Some(m.negative_sd),
        prevalence: Some(m.prevalence),
        ..t.clone()
    }
}

fn min_precision_view(t: &ThresholdSection) -> ThresholdSection {
    ThresholdSection { min_precision: Some(inputs::min_precision(t)), ..t.clone() }
}

fn min_recall_view(t: &ThresholdSection) -> ThresholdSection {
    ThresholdSection { min_recall: Some(inputs::min_recall(t)), ..t.clone() }
}

fn undefined_short(lang: Lang) -> String {
    super::undefined(lang).to_string()
}
