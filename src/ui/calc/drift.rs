//! Drift check: one column of values from a reference period and one from a current period, their
//! distribution functions side by side, the two-sample Kolmogorov–Smirnov statistic, the PSI over
//! the reference's deciles, what to do, and the chosen measure and limit as the plan's retraining
//! trigger. The values stay in this tab; the plan keeps the figures for the report.

use super::chart::{chart, Axis, ChartData};
use super::file_drop::result_table;
use super::table_input::{InputSpec, Loaded, TableInput};
use super::{add_line_once, num_field, NumLens, NumSpec};
use crate::calc::columns::Role;
use crate::calc::drift::{compare, ecdf_points, metric_change, psi_reading, Comparison};
use crate::i18n::{self, num, pct, PageMsg};
use crate::plan::calc_inputs::drift_limit;
use crate::plan::{DriftMeasure, DriftResult, DriftSection, Plan};
use crate::ui::fields::{lens, text_field};
use crate::ui::state::use_state;
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;

const ROLES: [Role; 2] = [Role::Value, Role::Label];
const REQUIRED: [Role; 1] = [Role::Value];
/// Points drawn per distribution function.
const CURVE_POINTS: usize = 200;
const BINS_HEAD: [PageMsg; 3] = [PageMsg::CalcDriftUpTo, PageMsg::CalcDriftRefShare, PageMsg::CalcDriftCurShare];
const DECILES_HEAD: [PageMsg; 3] =
    [PageMsg::CalcDriftAxisShare, PageMsg::CalcDriftRefShare, PageMsg::CalcDriftCurShare];

thread_local! {
    /// Each period's values last read, by plan id.
    static REFERENCE: RefCell<Option<(String, Loaded)>> = const { RefCell::new(None) };
    static CURRENT: RefCell<Option<(String, Loaded)>> = const { RefCell::new(None) };
}

static REFERENCE_INPUT: InputSpec = InputSpec {
    prefix: "drift-ref",
    file_testid: "drift-file-reference",
    mapping_testid: "drift-ref-mapping",
    map_testid: "drift-ref-map",
    apply_testid: "drift-ref-apply",
    roles: &ROLES,
    required: &REQUIRED,
    open: PageMsg::CalcDriftOpenReference,
    paste: PageMsg::CalcThrPaste,
    format: PageMsg::CalcDriftFormat,
    placeholder: "score\n0.12\n0.87",
    kept: &REFERENCE,
};

static CURRENT_INPUT: InputSpec = InputSpec {
    prefix: "drift-cur",
    file_testid: "drift-file-current",
    mapping_testid: "drift-cur-mapping",
    map_testid: "drift-cur-map",
    apply_testid: "drift-cur-apply",
    roles: &ROLES,
    required: &REQUIRED,
    open: PageMsg::CalcDriftOpenCurrent,
    paste: PageMsg::CalcThrPaste,
    format: PageMsg::CalcDriftFormat,
    placeholder: "score\n0.18\n0.91",
    kept: &CURRENT,
};

fn section_of(plan: &Option<Plan>) -> DriftSection {
    plan.as_ref().map(|p| p.drift.clone()).unwrap_or_default()
}

/// Both periods measured, with the figures the plan keeps. Shared, and compared by identity:
/// it holds every value of both periods, sorted.
#[derive(Clone)]
struct Measured {
    comparison: Arc<Comparison>,
    result: DriftResult,
}

impl PartialEq for Measured {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.comparison, &other.comparison)
    }
}

fn measure(reference: &Loaded, current: &Loaded) -> Option<Measured> {
    let (a, b) = (reference.table.values(Role::Value), current.table.values(Role::Value));
    let comparison = compare(a, b).ok()?;
    let (ks, psi) = (comparison.ks, &comparison.psi);
    let result = DriftResult {
        reference_file: reference.file.clone(),
        current_file: current.file.clone(),
        reference_rows: a.len() as u64,
        current_rows: b.len() as u64,
        ks_statistic: ks.statistic,
        ks_p_value: ks.p_value,
        psi: psi.value,
        metric: metric_change((a, reference.table.values(Role::Label)), (b, current.table.values(Role::Label))),
    };
    Some(Measured { comparison: Arc::new(comparison), result })
}

fn chart_data(lang: crate::i18n::Lang, m: &Measured) -> ChartData {
    let (a, b) = (&m.comparison.reference_sorted, &m.comparison.current_sorted);
    // The chart's table: each period's value at every tenth of its values.
    let at = |sorted: &[f64], q: usize| num(sorted[(sorted.len() - 1) * q / 10], 4);
    ChartData {
        title: lang.t(PageMsg::CalcDriftResultsHeading).to_string(),
        x: Axis::around(lang.t(PageMsg::CalcDriftAxisValue).to_string(), [a[0], a[a.len() - 1], b[0], b[b.len() - 1]]),
        y: Axis::unit(lang.t(PageMsg::CalcDriftAxisShare).to_string()),
        lines: vec![ecdf_points(a, CURVE_POINTS), ecdf_points(b, CURVE_POINTS)],
        reference: None,
        table_head: DECILES_HEAD.iter().map(|h| lang.t(*h).to_string()).collect(),
        table_rows: (1..=10).map(|q| vec![format!("{} %", q * 10), at(a, q), at(b, q)]).collect(),
    }
}

/// The figures in words: how many values, the KS statistic, the PSI and what to do.
fn figures_view(r: &DriftResult, section: &DriftSection) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get();
    let reading = psi_reading(r.psi);
    let value = match section.measure {
        DriftMeasure::Psi => r.psi,
        DriftMeasure::Ks => r.ks_statistic,
    };
    view! {
        <p data-testid="drift-rows">
            {i18n::drift_rows(lang, (r.reference_rows, r.reference_file.as_deref()), (r.current_rows, r.current_file.as_deref()))}
        </p>
        <p class="calc-big">
            <span>{lang.t(PageMsg::CalcDriftPsi)}</span>" "
            <data data-testid="drift-psi" value=r.psi.to_string() data-value=r.psi.to_string()>{num(r.psi, 3)}</data>
            " · " <span>{lang.t(PageMsg::CalcDriftKs)}</span>" "
            <data data-testid="drift-ks" value=r.ks_statistic.to_string() data-statistic=r.ks_statistic.to_string()
                data-p-value=r.ks_p_value.to_string()>{num(r.ks_statistic, 3)}</data>
        </p>
        <p data-testid="drift-psi-reading">{i18n::drift_psi(lang, r.psi, reading)}</p>
        <p data-testid="drift-ks-text">
            <data data-testid="drift-ks-p" value=r.ks_p_value.to_string()>{i18n::drift_ks(lang, r.ks_statistic, r.ks_p_value)}</data>
        </p>
        {r.metric.map(|m| view! { <p data-testid="drift-metric">{i18n::drift_metric(lang, &m)}</p> })}
        <p class="notice" data-testid="drift-advice">{i18n::drift_advice(lang, section.measure, value, drift_limit(section))}</p>
    }
}

/// The measure the retraining trigger uses, and its limit.
fn trigger_fields(section: Memo<DriftSection>) -> impl IntoView {
    let state = use_state();
    let ks = move || section.with(|s| s.measure == DriftMeasure::Ks);
    view! {
        <div class="calc-inputs">
            {text_field("drift-measured", PageMsg::CalcDriftMeasured, Some(PageMsg::CalcDriftMeasuredHint), false, lens!(drift.measured))}
            <div class="field">
                <label for="drift-measure">{state.text(PageMsg::CalcDriftMeasure)}</label>
                <select id="drift-measure" data-testid="drift-measure" on:change=move |ev| {
                    let measure = if event_target_value(&ev) == "ks" { DriftMeasure::Ks } else { DriftMeasure::Psi };
                    state.edit(move |p| {
                        if p.drift.measure != measure {
                            p.drift.measure = measure;
                            p.drift.limit = None;
                        }
                    });
                }>
                    <option value="psi" selected=move || !ks()>{state.text(PageMsg::CalcDriftMeasurePsi)}</option>
                    <option value="ks" selected=ks>{state.text(PageMsg::CalcDriftMeasureKs)}</option>
                </select>
            </div>
            {num_field(NumSpec::new("drift-limit", PageMsg::CalcDriftLimit).min(0.0).testid("drift-limit"),
                NumLens { read: |p| Some(drift_limit(&p.drift)), write: |p, v| p.drift.limit = v })}
        </div>
    }
}

#[component]
pub fn DriftCheck() -> impl IntoView {
    let state = use_state();
    let section = Memo::new(move |_| state.plan.with(section_of));
    let reference = TableInput::new(&REFERENCE_INPUT);
    let current = TableInput::new(&CURRENT_INPUT);
    let measured = Memo::new(move |_| measure(&reference.loaded.get()?, &current.loaded.get()?));
    // The plan keeps the figures of the two periods in view, for the report and the trigger.
    Effect::new(move |_| {
        if let Some(m) = measured.get() {
            if section.with_untracked(|s| s.result.as_ref() != Some(&m.result)) {
                state.edit(move |p| p.drift.result = Some(m.result));
            }
        }
    });
    let saved = RwSignal::new(false);
    let save = move |_| {
        let lang = state.lang.get_untracked();
        state.edit(move |p| {
            let d = &p.drift;
            let last = d.result.as_ref().map(|r| match d.measure {
                DriftMeasure::Psi => r.psi,
                DriftMeasure::Ks => r.ks_statistic,
            });
            let sentence = i18n::drift_trigger(lang, &d.measured, d.measure, drift_limit(d), last);
            add_line_once(&mut p.monitoring.retrain_trigger, &sentence);
        });
        saved.set(true);
    };
    let results = move || {
        let s = section.get();
        match (measured.get(), s.result.clone()) {
            (Some(m), _) => {
                let lang = state.lang.get();
                let data = chart_data(lang, &m);
                let summary = i18n::drift_psi(lang, m.comparison.psi.value, m.comparison.psi.reading());
                view! {
                    {figures_view(&m.result, &s)}
                    {chart("drift-chart", Signal::stored(data), Signal::derive(Vec::new), Signal::stored(summary))}
                }
                .into_any()
            }
            (None, Some(r)) => view! {
                <p class="hint" data-testid="drift-saved-figures">{state.t(PageMsg::CalcErrorsSavedFigures)}</p>
                {figures_view(&r, &s)}
            }
            .into_any(),
            (None, None) => {
                view! { <p class="hint" data-testid="drift-waiting">{state.t(PageMsg::CalcDriftWaiting)}</p> }
                    .into_any()
            }
        }
    };
    let bins = move || {
        measured.get().map(|m| {
            let rows = m
                .comparison
                .psi
                .bins
                .iter()
                .map(|bin| {
                    let upper = bin.upper.map_or_else(|| state.t(PageMsg::CalcDriftAbove).to_string(), |u| num(u, 4));
                    view! {
                        <tr>
                            <th scope="row">{upper}</th>
                            <td>{pct(bin.reference_share)}</td>
                            <td>{pct(bin.current_share)}</td>
                        </tr>
                    }
                })
                .collect_view();
            result_table("drift-bins", PageMsg::CalcDriftBins, &BINS_HEAD, rows)
        })
    };
    view! {
        <div class="calc" data-testid="drift-calculator">
            {trigger_fields(section)}
            <section aria-labelledby="drift-ref-heading">
                <h2 id="drift-ref-heading">{state.text(PageMsg::CalcDriftReference)}</h2>
                {reference.view()}
            </section>
            <section aria-labelledby="drift-cur-heading">
                <h2 id="drift-cur-heading">{state.text(PageMsg::CalcDriftCurrent)}</h2>
                {current.view()}
            </section>
            <div class="calc-answer" data-testid="drift-result">{results}</div>
            {bins}
            <p>
                <button type="button" data-testid="drift-save" on:click=save>{state.text(PageMsg::CalcDriftSave)}</button>
            </p>
            {move || saved.get().then(|| view! {
                <p class="notice" role="status" data-testid="drift-saved">{state.t(PageMsg::CalcDriftSaved)}</p>
            })}
        </div>
    }
}
