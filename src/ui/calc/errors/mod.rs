//! Regression-error calculator: a file of actual and predicted values (columns found by their
//! header, or chosen by the person), its error figures, the share within a tolerance, the
//! errors' histogram, the worst rows and the figures per group. The rows stay in this tab; the
//! plan keeps the tolerance and the figures, for the report.

mod guards;

use super::chart::{chart, Axis, ChartData};
use super::file_drop::result_table;
use super::table_input::{InputSpec, Loaded, TableInput};
use super::{num_field, section_lens, NumSpec};
use crate::calc::columns::Role;
use crate::calc::regression::{self, histogram, per_group, worst_rows, ErrorScale, Histogram, Tolerance};
use crate::i18n::{self, count, money, num, pct, Lang, PageMsg};
use crate::plan::calc_inputs::errors_tolerance;
use crate::plan::{ErrorsResult, ErrorsSection, Plan};
use crate::ui::state::use_state;
use leptos::prelude::*;
use std::cell::RefCell;

/// The columns the calculator reads, in the order they are matched to the header.
const ROLES: [Role; 4] = [Role::Actual, Role::Predicted, Role::Rule, Role::Group];
const REQUIRED: [Role; 2] = [Role::Actual, Role::Predicted];
const FIGURES_HEAD: [PageMsg; 3] = [PageMsg::CalcErrorsFigure, PageMsg::CalcErrorsValue, PageMsg::CalcErrorsMeaning];
const WORST_HEAD: [PageMsg; 4] =
    [PageMsg::CalcErrorsLine, PageMsg::CalcErrorsActual, PageMsg::CalcErrorsPredicted, PageMsg::CalcErrorsError];
const GROUPS_HEAD: [PageMsg; 6] = [
    PageMsg::CalcErrorsGroup,
    PageMsg::CalcErrorsRows,
    PageMsg::CalcErrorsRmse,
    PageMsg::CalcErrorsMae,
    PageMsg::CalcErrorsMax,
    PageMsg::CalcErrorsWithin,
];
/// Rows listed among the worst predictions.
const WORST_ROWS: usize = 10;
thread_local! {
    /// The rows last read, by plan id: coming back to the page in this tab shows them again.
    static KEPT: RefCell<Option<(String, Loaded)>> = const { RefCell::new(None) };
}

static INPUT: InputSpec = InputSpec {
    prefix: "errors",
    file_testid: "errors-file",
    mapping_testid: "column-map",
    map_testid: "map",
    apply_testid: "column-map-apply",
    roles: &ROLES,
    required: &REQUIRED,
    open: PageMsg::CalcErrorsOpenFile,
    paste: PageMsg::CalcThrPaste,
    format: PageMsg::CalcErrorsFormat,
    placeholder: "actual,predicted\n12000,11500\n8300,9100",
    kept: &KEPT,
};

fn section_of(plan: &Option<Plan>) -> ErrorsSection {
    plan.as_ref().map(|p| p.errors.clone()).unwrap_or_default()
}

/// The figures the plan keeps of a file.
fn result_of(loaded: &Loaded, tolerance: Option<Tolerance>) -> Option<ErrorsResult> {
    let (actual, predicted) = (loaded.table.values(Role::Actual), loaded.table.values(Role::Predicted));
    let m = regression::metrics(actual, predicted).ok()?;
    Some(ErrorsResult {
        file: loaded.file.clone(),
        rows: actual.len() as u64,
        rmse: m.rmse,
        mae: m.mae,
        mape: m.mape,
        r2: Some(m.r2).filter(|r| r.is_finite()),
        median_ae: m.median_ae,
        max_error: m.max_error,
        within: tolerance.and_then(|t| regression::share_within(actual, predicted, t)).unwrap_or(0.0),
    })
}

/// How the page writes a value of the file: money in the plan's currency, or a plain number.
#[derive(Clone, Copy, PartialEq)]
pub(super) struct ValueFormat {
    money: bool,
    currency: Option<crate::plan::Currency>,
}

impl ValueFormat {
    pub(super) fn text(self, v: f64) -> String {
        if self.money {
            money(v, self.currency, 2)
        } else {
            num(v, 4)
        }
    }
}

/// The six error figures with what each tells.
fn figures_table(lang: Lang, r: &ErrorsResult, f: ValueFormat) -> impl IntoView {
    let rows = [
        ("reg-rmse", PageMsg::CalcErrorsRmse, r.rmse, f.text(r.rmse), PageMsg::CalcErrorsRmseMeaning),
        ("reg-mae", PageMsg::CalcErrorsMae, r.mae, f.text(r.mae), PageMsg::CalcErrorsMaeMeaning),
        ("reg-mape", PageMsg::CalcErrorsMape, r.mape, pct(r.mape), PageMsg::CalcErrorsMapeMeaning),
        (
            "reg-r2",
            PageMsg::CalcErrorsR2,
            r.r2.unwrap_or(f64::NAN),
            super::opt(lang, r.r2, |v| num(v, 3)),
            PageMsg::CalcErrorsR2Meaning,
        ),
        (
            "reg-median-ae",
            PageMsg::CalcErrorsMedian,
            r.median_ae,
            f.text(r.median_ae),
            PageMsg::CalcErrorsMedianMeaning,
        ),
        ("reg-max-error", PageMsg::CalcErrorsMax, r.max_error, f.text(r.max_error), PageMsg::CalcErrorsMaxMeaning),
    ];
    let body = rows
        .into_iter()
        .map(|(id, name, value, text, meaning)| {
            view! {
                <tr>
                    <th scope="row">{lang.t(name)}</th>
                    <td><data data-testid=id value=value.to_string() data-value=value.to_string()>{text}</data></td>
                    <td>{lang.t(meaning)}</td>
                </tr>
            }
        })
        .collect_view();
    result_table("errors-figures", PageMsg::CalcErrorsFiguresHeading, &FIGURES_HEAD, body)
}

/// The tolerance: a share of the actual value or an amount.
fn tolerance_fields(section: Memo<ErrorsSection>) -> impl IntoView {
    let state = use_state();
    let absolute = move || section.with(|s| s.tolerance_absolute);
    let set_absolute = move |on: bool| {
        state.edit(move |p| {
            if p.errors.tolerance_absolute != on {
                p.errors.tolerance_absolute = on;
                p.errors.tolerance = None;
            }
        })
    };
    view! {
        <div class="calc-inputs">
            <div class="field">
                <label for="errors-tolerance-kind">{state.text(PageMsg::CalcErrorsToleranceKind)}</label>
                <select id="errors-tolerance-kind" data-testid="errors-tolerance-kind"
                    on:change=move |ev| set_absolute(event_target_value(&ev) == "absolute")>
                    <option value="relative" selected=move || !absolute()>{state.text(PageMsg::CalcErrorsToleranceRelative)}</option>
                    <option value="absolute" selected=absolute>{state.text(PageMsg::CalcErrorsToleranceAbsolute)}</option>
                </select>
            </div>
            {move || if absolute() {
                num_field(NumSpec::new("errors-tolerance", PageMsg::CalcErrorsToleranceValue).min(0.0).testid("errors-tolerance"),
                    section_lens!(errors, Clone::clone, tolerance)).into_any()
            } else {
                num_field(NumSpec::new("errors-tolerance", PageMsg::CalcErrorsToleranceValue).percent().min(0.0).testid("errors-tolerance"),
                    super::NumLens {
                        read: |p| Some(p.errors.tolerance.unwrap_or(crate::plan::calc_inputs::DEFAULT_RELATIVE_TOLERANCE)),
                        write: |p, v| p.errors.tolerance = v,
                    }).into_any()
            }}
            <label class="check">
                <input type="checkbox" id="errors-money" data-testid="errors-money"
                    prop:checked=move || section.with(|s| s.money)
                    on:change=move |ev| { let on = event_target_checked(&ev); state.edit(move |p| p.errors.money = on) }/>
                {state.text(PageMsg::CalcErrorsMoney)}
            </label>
            {move || section.with(|s| s.money).then(|| super::currency_field("errors-currency"))}
        </div>
    }
}

/// The histogram as a stepped outline: up and across each bar.
fn histogram_chart(lang: Lang, h: &Histogram, relative: bool, f: ValueFormat) -> ChartData {
    let x = |v: f64| if h.log { v.log10() } else { v };
    let mut line = vec![(x(h.edges[0]), 0.0)];
    for (i, &c) in h.counts.iter().enumerate() {
        line.push((x(h.edges[i]), c as f64));
        line.push((x(h.edges[i + 1]), c as f64));
    }
    line.push((x(h.edges[h.counts.len()]), 0.0));
    let axis_label = lang.t(if relative { PageMsg::CalcErrorsAxisRelative } else { PageMsg::CalcErrorsAxisAbsolute });
    let axis_label = if h.log { format!("{axis_label} (log₁₀)") } else { axis_label.to_string() };
    let edge_text = |v: f64| if relative { pct(v) } else { f.text(v) };
    ChartData {
        title: i18n::errors_chart_title(lang, relative, h.log),
        x: Axis { label: axis_label, min: x(h.edges[0]), max: x(h.edges[h.counts.len()]) },
        y: Axis::around(
            lang.t(PageMsg::CalcErrorsAxisCount).to_string(),
            h.counts.iter().map(|&c| c as f64).chain([0.0]),
        ),
        lines: vec![line],
        reference: None,
        table_head: vec![
            lang.t(PageMsg::CalcErrorsBarFrom).to_string(),
            lang.t(PageMsg::CalcErrorsBarTo).to_string(),
            lang.t(PageMsg::CalcErrorsAxisCount).to_string(),
        ],
        table_rows: h
            .counts
            .iter()
            .enumerate()
            .map(|(i, &c)| vec![edge_text(h.edges[i]), edge_text(h.edges[i + 1]), count(c)])
            .collect(),
    }
}

#[component]
pub fn ErrorsCalculator() -> impl IntoView {
    let state = use_state();
    let reader = TableInput::new(&INPUT);
    let section = Memo::new(move |_| state.plan.with(section_of));
    let tolerance = Memo::new(move |_| section.with(errors_tolerance));
    let format = Memo::new(move |_| ValueFormat { money: section.with(|s| s.money), currency: state.currency() });
    let result = Memo::new(move |_| reader.loaded.get().and_then(|l| result_of(&l, tolerance.get())));
    // The plan keeps the figures of the file in view, for the report.
    Effect::new(move |_| {
        if let Some(r) = result.get() {
            if section.with_untracked(|s| s.result.as_ref() != Some(&r)) {
                state.edit(move |p| p.errors.result = Some(r));
            }
        }
    });
    let relative_chart = RwSignal::new(false);
    let hist = Memo::new(move |_| {
        let loaded = reader.loaded.get()?;
        let scale = if relative_chart.get() { ErrorScale::Relative } else { ErrorScale::Absolute };
        histogram(loaded.table.values(Role::Actual), loaded.table.values(Role::Predicted), scale)
    });
    // Drawn anew when the errors, their scale, the language or the number format change.
    let histogram_view = move || {
        let (lang, f, relative) = (state.lang.get(), format.get(), relative_chart.get());
        hist.with(|h| {
            h.as_ref().map(|h| {
                let summary = if h.log {
                    i18n::errors_log_note(lang, h.left_out)
                } else {
                    i18n::with_left_out(lang, String::new(), h.left_out)
                };
                let data = histogram_chart(lang, h, relative, f);
                chart("errors-chart", Signal::stored(data), Signal::derive(Vec::new), Signal::stored(summary))
            })
        })
    };

    let summary_view = move || {
        let lang = state.lang.get();
        let f = format.get();
        match (reader.loaded.get(), result.get()) {
            (Some(loaded), Some(r)) => view! {
                <p data-testid="errors-rows">{i18n::errors_rows(lang, r.rows, loaded.file.as_deref())}</p>
                {(loaded.table.skipped_total > 0).then(|| view! {
                    <p class="notice warn" data-testid="errors-skipped">
                        {i18n::errors_skipped(lang, loaded.table.skipped_total, &loaded.table.skipped)}
                    </p>
                })}
                {figures_table(lang, &r, f)}
            }
            .into_any(),
            _ => match section.with(|s| s.result.clone()) {
                Some(r) => view! {
                    <p class="hint" data-testid="errors-saved">{state.t(PageMsg::CalcErrorsSavedFigures)}</p>
                    <p data-testid="errors-rows">{i18n::errors_rows(lang, r.rows, r.file.as_deref())}</p>
                    {figures_table(lang, &r, f)}
                }
                .into_any(),
                None => {
                    view! { <p class="hint" data-testid="errors-empty">{state.t(PageMsg::CalcErrorsEmptyPrompt)}</p> }
                        .into_any()
                }
            },
        }
    };
    let within_view = move || {
        let lang = state.lang.get();
        let r = result.get().or_else(|| section.with(|s| s.result.clone()))?;
        let t = tolerance.get()?;
        Some(view! {
            <p class="calc-big" data-testid="errors-within">
                <data value=r.within.to_string()>{i18n::errors_within(lang, r.within, t, format.get().money.then(|| state.currency()).flatten())}</data>
            </p>
        })
    };
    let rows_view = move || {
        let lang = state.lang.get();
        let loaded = reader.loaded.get()?;
        let f = format.get();
        let (actual, predicted) = (loaded.table.values(Role::Actual), loaded.table.values(Role::Predicted));
        let worst = worst_rows(actual, predicted, WORST_ROWS);
        let groups = loaded.table.groups.as_ref().and_then(|g| {
            let t =
                tolerance.get().unwrap_or(Tolerance::Relative(crate::plan::calc_inputs::DEFAULT_RELATIVE_TOLERANCE));
            per_group(actual, predicted, g, &loaded.table.group_names, t).ok()
        });
        let worst_rows = worst
            .into_iter()
            .map(|w| {
                view! {
                    <tr data-testid="reg-worst-row">
                        <th scope="row">{count(u64::from(loaded.table.lines[w.index]))}</th>
                        <td>{f.text(w.actual)}</td>
                        <td>{f.text(w.predicted)}</td>
                        <td>{f.text(w.error())}</td>
                    </tr>
                }
            })
            .collect_view();
        let group_rows = groups.map(|groups| {
            groups
                .into_iter()
                .map(|g| {
                    view! {
                        <tr>
                            <th scope="row">{g.name}</th>
                            <td>{count(g.rows as u64)}</td>
                            <td>{f.text(g.metrics.rmse)}</td>
                            <td>{f.text(g.metrics.mae)}</td>
                            <td>{f.text(g.metrics.max_error)}</td>
                            <td>{pct(g.within)}</td>
                        </tr>
                    }
                })
                .collect_view()
        });
        Some(view! {
            <section>
                <h2>{lang.t(PageMsg::CalcErrorsWorstHeading)}</h2>
                {result_table("reg-worst", PageMsg::CalcErrorsWorstHeading, &WORST_HEAD, worst_rows)}
            </section>
            {group_rows.map(|rows| view! {
                <section>
                    <h2>{lang.t(PageMsg::CalcErrorsGroupsHeading)}</h2>
                    {result_table("errors-groups", PageMsg::CalcErrorsGroupsHeading, &GROUPS_HEAD, rows)}
                </section>
            })}
        })
    };
    let chart_view = move || {
        hist.with(Option::is_some).then(|| {
            view! {
                <section aria-labelledby="errors-chart-heading">
                    <h2 id="errors-chart-heading">{state.text(PageMsg::CalcErrorsChartHeading)}</h2>
                    <div class="field">
                        <label for="errors-chart-scale">{state.text(PageMsg::CalcErrorsChartScale)}</label>
                        <select id="errors-chart-scale" data-testid="errors-chart-scale"
                            on:change=move |ev| relative_chart.set(event_target_value(&ev) == "relative")>
                            <option value="absolute" selected=move || !relative_chart.get()>{state.text(PageMsg::CalcErrorsChartAbsolute)}</option>
                            <option value="relative" selected=move || relative_chart.get()>{state.text(PageMsg::CalcErrorsChartRelative)}</option>
                        </select>
                    </div>
                    {histogram_view}
                </section>
            }
        })
    };

    view! {
        <div class="calc" data-testid="errors-calculator">
            {reader.view()}
            <section aria-labelledby="errors-tolerance-heading">
                <h2 id="errors-tolerance-heading">{state.text(PageMsg::CalcErrorsToleranceHeading)}</h2>
                {tolerance_fields(section)}
                {within_view}
            </section>
            <div class="calc-answer" data-testid="errors-result">{summary_view}</div>
            {chart_view}
            {rows_view}
            {guards::guards_section(reader.loaded, section, tolerance, format)}
        </div>
    }
}
