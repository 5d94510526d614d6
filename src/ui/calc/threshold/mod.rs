//! Threshold calculator: the teaching model or the person's own validation scores, the confusion
//! matrix and figures at the chosen threshold, ROC and precision–recall curves, and the thresholds
//! that costs and constraints suggest.
//!
//! Work is split by what it depends on, so moving the threshold only does an O(log n) look-up:
//! the prepared `Scores` (once per load), the curves and the suggested thresholds (when the source,
//! costs, β or prevalence change), and the figures at the threshold (on every move). The numbers
//! come from `calc::threshold`; the views here phrase them, one part per file: `loader` (own
//! scores: file, drop, paste, progress and errors), `matrix` (the confusion matrix and the figures
//! at the threshold), `curves` (AUC, AP and the two charts), `suggestions` (the suggested
//! thresholds). This file holds the calculator's state, the source choice, the model's fields,
//! the slider and the cost fields.

mod curves;
mod loader;
mod matrix;
mod suggestions;

use super::{currency_field, num_field, section_lens, NumSpec, Unit};
use crate::calc::threshold::{AtThreshold, Binormal, BinormalError, Scores, SliderRange, Targets};
use crate::i18n::{self, num, Lang, PageMsg};
use crate::plan::calc_inputs::{self as inputs};
use crate::plan::{Plan, ThresholdSection};
use crate::ui::show::show;
use crate::ui::state::use_state;
use leptos::prelude::*;
use std::sync::Arc;

/// Points per drawn curve.
const CURVE_POINTS: usize = 200;

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

fn section_of(plan: &Option<Plan>) -> ThresholdSection {
    plan.as_ref().map(|p| p.threshold.clone()).unwrap_or_default()
}

/// The threshold range the slider offers, and its step.
fn slider_range(source: &Source) -> SliderRange {
    let (lo, hi) = match source {
        Source::Model(m) => m.score_span(),
        Source::Own(s) => s.0.score_range().unwrap_or((0.0, 1.0)),
        _ => (0.0, 1.0),
    };
    SliderRange::around(lo, hi)
}

/// The prevalence used for decisions with own scores: the deployment one when set and valid.
fn deployment(t: &ThresholdSection) -> Option<f64> {
    t.prevalence.filter(|p| *p > 0.0 && *p < 1.0)
}

/// What the costs, β and the two constraints ask of the suggested thresholds.
fn targets(t: &ThresholdSection) -> Targets {
    Targets {
        costs: inputs::costs(t),
        beta: inputs::beta(t),
        min_precision: inputs::min_precision(t),
        min_recall: inputs::min_recall(t),
    }
}

fn now_at(source: &Source, t: &ThresholdSection, threshold: f64) -> Option<AtThreshold> {
    let (beta, costs) = (inputs::beta(t), inputs::costs(t));
    match source {
        Source::Model(m) => m.at_threshold(threshold, beta, costs),
        Source::Own(s) => Some(s.0.at_threshold(threshold, beta, costs, deployment(t))),
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

#[component]
pub fn ThresholdCalculator() -> impl IntoView {
    let state = use_state();
    let section = Memo::new(move |_| state.plan.with(section_of));
    let loader = loader::Loader::new();

    let source = Memo::new(move |_| {
        let t = section.get();
        if t.use_own_scores {
            loader.own.get().map_or(Source::NoScores, Source::Own)
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

    let set_threshold = move |x: f64| {
        if x.is_finite() {
            state.edit(move |p| p.threshold.threshold = Some(x));
        }
    };
    let move_to = move |x: f64| set_threshold(range.get_untracked().place(x));

    let deploy = Memo::new(move |_| section.with(deployment));
    let suggestions = Memo::new(move |_| {
        let w = section.with(targets);
        match source.get() {
            Source::Model(m) => m.decisions(None).map(|d| (d.prevalence(), d.suggest(&w))),
            Source::Own(s) => s.0.decisions(deploy.get()).map(|d| (d.prevalence(), d.suggest(&w))),
            _ => None,
        }
    });
    let curves = Memo::new(move |_| match source.get() {
        Source::Model(m) => m.curves(CURVE_POINTS),
        Source::Own(s) => Some(s.0.curves(CURVE_POINTS)),
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

    let shift_note = move || {
        let lang = state.lang.get();
        let (Source::Own(s), Some(n)) = (source.get(), now.get()) else { return String::new() };
        let (Some(base), Some(dep)) = (s.0.prevalence(), deploy.get()) else { return String::new() };
        let (Some(p0), Some(p1)) = (n.metrics.precision, n.shifted_precision) else { return String::new() };
        i18n::prevalence_shift(lang, base, dep, p0, p1)
    };

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

    let slider = move || {
        let SliderRange { min, max, step } = range.get();
        view! {
            <input id="thr-slider" type="range" data-testid="threshold-slider" aria-label=state.text(PageMsg::CalcThrThreshold)
                min=min.to_string() max=max.to_string() step=step.to_string()
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
            {move || if use_own.get() { loader.view().into_any() } else { model_fields().into_any() }}
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
            {matrix::matrix(now)}
            {matrix::metrics(now, section)}
            {curves::areas(curves)}
            <p class="hint" data-testid="prevalence-shift">{shift_note}</p>
            {curves::charts(curves, now, threshold)}

            <h2>{state.text(PageMsg::CalcThrDecisions)}</h2>
            <div class="calc-grid">
                {num_field(NumSpec::new("thr-cost-fp", PageMsg::CalcThrCostFp).unit(Unit::Money).min(0.0), section_lens!(threshold, Clone::clone, cost_false_positive))}
                {num_field(NumSpec::new("thr-cost-fn", PageMsg::CalcThrCostFn).unit(Unit::Money).min(0.0), section_lens!(threshold, Clone::clone, cost_false_negative))}
                {currency_field("thr-currency")}
                {num_field(NumSpec::new("thr-beta", PageMsg::CalcThrBeta).min(0.0).step("0.5"), section_lens!(threshold, Clone::clone, beta))}
                {num_field(NumSpec::new("thr-min-precision", PageMsg::CalcThrMinPrecision).percent().range(0.0, 1.0),
                    section_lens!(threshold, min_precision_view, min_precision))}
                {num_field(NumSpec::new("thr-min-recall", PageMsg::CalcThrMinRecall).percent().range(0.0, 1.0),
                    section_lens!(threshold, min_recall_view, min_recall))}
                {show(move || use_own.get(), || num_field(NumSpec::new("thr-deploy-prevalence", PageMsg::CalcThrDeployPrevalence)
                    .percent().range(0.0, 1.0), section_lens!(threshold, Clone::clone, prevalence)))}
            </div>
            <p class="hint">{state.text(PageMsg::CalcThrCostHint)}</p>
            {suggestions::suggestion_list(suggestions, source, section, move_to)}
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
