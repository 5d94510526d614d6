//! Regression-error calculator: a file of actual and predicted values (columns found by their
//! header, or chosen by the person), its error figures, the share within a tolerance, the
//! errors' histogram, the worst rows and the figures per group. The rows stay in this tab; the
//! plan keeps the tolerance and the figures, for the report.

mod guards;

use super::chart::{chart, Axis, ChartData};
use super::file_drop::{file_drop, read_progress, result_table};
use super::{num_field, section_lens, NumSpec};
use crate::calc::columns::{
    check_columns, guess, needs_no_questions, read_header, Header, Mapping, Role, Table, TableError, TableReader,
};
use crate::calc::regression::{self, histogram, per_group, worst_rows, ErrorScale, Histogram, Tolerance};
use crate::calc::threshold::{ScoresError, MAX_TEXT_BYTES};
use crate::i18n::{self, count, money, num, pct, Lang, PageMsg};
use crate::plan::calc_inputs::errors_tolerance;
use crate::plan::{ErrorsResult, ErrorsSection, Plan};
use crate::ui::browser;
use crate::ui::state::{use_state, AppState};
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;

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
/// Text read between two progress updates (whole lines, so a little more).
const SLICE_BYTES: usize = 1 << 20;
/// Longest stretch of reading before the browser gets to paint and handle input.
const YIELD_AFTER_MS: f64 = 50.0;

/// Rows read, compared by identity (comparing a million rows on every update would be slow).
#[derive(Clone)]
pub(super) struct Loaded {
    pub(super) table: Arc<Table>,
    pub(super) file: Option<String>,
}

impl PartialEq for Loaded {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.table, &other.table)
    }
}

thread_local! {
    /// The rows last read, by plan id: coming back to the page in this tab shows them again.
    static LOADED: RefCell<Option<(String, Loaded)>> = const { RefCell::new(None) };
}

/// A file read as text, with its header and the columns chosen so far.
#[derive(Clone)]
struct Pending {
    text: Arc<str>,
    header: Header,
    mapping: Mapping,
    file: Option<String>,
}

/// Why the last read gave nothing.
#[derive(Clone, Debug, PartialEq)]
enum ReadError {
    Table(TableError),
    TooLarge(usize),
}

fn read_error_lines(lang: Lang, e: &ReadError) -> Vec<String> {
    match e {
        ReadError::Table(e) => i18n::table_error(lang, e),
        ReadError::TooLarge(bytes) => {
            i18n::scores_error(lang, &ScoresError::TooLarge { bytes: *bytes, limit: MAX_TEXT_BYTES })
        }
    }
}

fn section_of(plan: &Option<Plan>) -> ErrorsSection {
    plan.as_ref().map(|p| p.errors.clone()).unwrap_or_default()
}

fn plan_id(state: AppState) -> String {
    state.plan.with_untracked(|p| p.as_ref().map(|p| p.id.clone())).unwrap_or_default()
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

/// The page's reading state: the rows, a file waiting for its columns, progress and errors.
#[derive(Clone, Copy)]
struct Reader {
    state: AppState,
    loaded: RwSignal<Option<Loaded>>,
    pending: RwSignal<Option<Pending>>,
    /// Whether the column choices are shown.
    asking: RwSignal<bool>,
    error: RwSignal<Option<ReadError>>,
    progress: RwSignal<Option<f64>>,
    /// Counts reads, so a read that a newer one replaced drops its result.
    generation: StoredValue<u32>,
}

impl Reader {
    fn new() -> Reader {
        let state = use_state();
        let id = plan_id(state);
        let kept = LOADED.with(|l| l.borrow().as_ref().filter(|(i, _)| *i == id).map(|(_, loaded)| loaded.clone()));
        Reader {
            state,
            loaded: RwSignal::new(kept),
            pending: RwSignal::new(None),
            asking: RwSignal::new(false),
            error: RwSignal::new(None),
            progress: RwSignal::new(None),
            generation: StoredValue::new(0),
        }
    }

    /// A new text: its header decides whether the columns are asked for or it is read at once.
    fn start(self, text: String, file: Option<String>) {
        self.generation.update_value(|g| *g += 1);
        self.progress.set(None);
        let Some(header) = read_header(&text) else {
            self.pending.set(None);
            self.asking.set(false);
            self.error.set(Some(ReadError::Table(TableError::Empty)));
            return;
        };
        if let Err(e) = check_columns(&header, &REQUIRED) {
            self.pending.set(None);
            self.asking.set(false);
            self.error.set(Some(ReadError::Table(e)));
            return;
        }
        let mapping = guess(&header, &ROLES);
        let at_once = needs_no_questions(&header, &mapping, &REQUIRED);
        self.pending.set(Some(Pending { text: text.into(), header, mapping, file }));
        self.error.set(None);
        self.asking.set(!at_once);
        if at_once {
            self.read(false);
        }
    }

    /// Reads the pending text under its mapping, a slice of lines at a time.
    fn read(self, skip_bad: bool) {
        let Some(p) = self.pending.get_untracked() else { return };
        let Reader { generation, progress, error, .. } = self;
        generation.update_value(|g| *g += 1);
        let this_read = generation.get_value();
        error.set(None);
        progress.set(Some(0.0));
        leptos::task::spawn_local(async move {
            let current = move || generation.try_get_value() == Some(this_read);
            let fail = move |e: ReadError| {
                if current() {
                    progress.set(None);
                    error.set(Some(e));
                }
            };
            let mut reader = match TableReader::new(p.header.clone(), &p.mapping, &REQUIRED) {
                Ok(r) => r,
                Err(e) => return fail(ReadError::Table(e)),
            };
            let (text, mut start) = (&*p.text, 0);
            let mut last_yield = js_sys::Date::now();
            while start < text.len() {
                // Up to the end of the line the slice ends in: a line break is never inside a
                // multi-byte character, so the cut is on a character boundary.
                let from = (start + SLICE_BYTES).min(text.len());
                let end = text.as_bytes()[from..].iter().position(|&b| b == b'\n').map_or(text.len(), |i| from + i + 1);
                if let Err(e) = reader.push(&text[start..end]) {
                    return fail(ReadError::Table(e));
                }
                start = end;
                if js_sys::Date::now() - last_yield >= YIELD_AFTER_MS {
                    progress.set(Some(start as f64 / text.len() as f64));
                    browser::next_task().await;
                    if !current() {
                        return;
                    }
                    last_yield = js_sys::Date::now();
                }
            }
            match reader.finish(skip_bad) {
                Ok(table) if current() => self.accept(table, p.file.clone()),
                Ok(_) => {}
                Err(e) => fail(ReadError::Table(e)),
            }
        });
    }

    fn accept(self, table: Table, file: Option<String>) {
        let loaded = Loaded { table: Arc::new(table), file };
        let id = plan_id(self.state);
        LOADED.with(|l| *l.borrow_mut() = Some((id, loaded.clone())));
        self.progress.set(None);
        self.error.set(None);
        self.asking.set(false);
        self.loaded.set(Some(loaded));
    }

    fn load_file(self, file: web_sys::File) {
        let name = file.name();
        self.generation.update_value(|g| *g += 1);
        let this_read = self.generation.get_value();
        self.progress.set(Some(0.0));
        browser::read_file_text(file, MAX_TEXT_BYTES, move |text| {
            if self.generation.try_get_value() != Some(this_read) {
                return;
            }
            match text {
                Ok(text) => self.start(text, Some(name)),
                Err(size) => {
                    self.progress.set(None);
                    self.error.set(Some(ReadError::TooLarge(size as usize)));
                }
            }
        });
    }

    fn set_column(self, role: Role, column: Option<usize>) {
        self.pending.update(|p| {
            if let Some(p) = p {
                p.mapping.set(role, column);
            }
        });
    }

    /// The drop zone, file chooser and paste box.
    fn input_view(self) -> impl IntoView {
        let state = self.state;
        view! {
            {file_drop("errors", PageMsg::CalcErrorsOpenFile, move |file| self.load_file(file))}
            <div class="field">
                <label for="errors-text">{state.text(PageMsg::CalcThrPaste)}</label>
                <textarea id="errors-text" data-testid="errors-text" rows="5" spellcheck="false" aria-describedby="errors-format"
                    placeholder="actual,predicted\n12000,11500\n8300,9100"
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        if text.trim().is_empty() {
                            self.generation.update_value(|g| *g += 1);
                            self.pending.set(None);
                            self.asking.set(false);
                            self.error.set(None);
                        } else {
                            self.start(text, None);
                        }
                    }></textarea>
            </div>
            <p class="hint" id="errors-format">{state.text(PageMsg::CalcErrorsFormat)}</p>
        }
    }

    /// The column choices, when the header does not settle them.
    fn mapping_view(self) -> impl IntoView {
        let Reader { state, pending, asking, .. } = self;
        let column_choice = move |role: Role, label: PageMsg| {
            let id = format!("errors-map-{}", role_key(role));
            let names = pending.with_untracked(|p| p.as_ref().map(|p| p.header.names.clone()).unwrap_or_default());
            let chosen = move || pending.with(|p| p.as_ref().and_then(|p| p.mapping.column(role)));
            view! {
                <div class="field">
                    <label for=id.clone()>{state.text(label)}</label>
                    <select id=id.clone() data-testid=id on:change=move |ev| {
                        let column = event_target_value(&ev).parse::<usize>().ok();
                        self.set_column(role, column);
                    }>
                        <option value="" selected=move || chosen().is_none()>{state.text(PageMsg::CalcErrorsColNone)}</option>
                        {names.into_iter().enumerate().map(|(i, name)| view! {
                            <option value=i.to_string() selected=move || chosen() == Some(i)>{name}</option>
                        }).collect_view()}
                    </select>
                </div>
            }
        };
        move || {
            asking.get().then(|| {
                view! {
                    <section class="calc-mapping" data-testid="errors-mapping" aria-labelledby="errors-mapping-heading">
                        <h2 id="errors-mapping-heading">{state.text(PageMsg::CalcErrorsMappingHeading)}</h2>
                        <p class="hint">{state.text(PageMsg::CalcErrorsMappingIntro)}</p>
                        {column_choice(Role::Actual, PageMsg::CalcErrorsColActual)}
                        {column_choice(Role::Predicted, PageMsg::CalcErrorsColPredicted)}
                        {column_choice(Role::Rule, PageMsg::CalcErrorsColRule)}
                        {column_choice(Role::Group, PageMsg::CalcErrorsColGroup)}
                        <button type="button" data-testid="errors-apply" on:click=move |_| self.read(false)>
                            {state.text(PageMsg::CalcErrorsApply)}
                        </button>
                    </section>
                }
            })
        }
    }

    /// Progress while reading, and why a read failed (with "skip these rows" for bad rows).
    fn status_view(self) -> impl IntoView {
        let Reader { state, loaded, error, progress, .. } = self;
        view! {
            {read_progress("errors", progress)}
            {move || error.get().map(|e| {
                let lines = read_error_lines(state.lang.get(), &e);
                let skippable = matches!(e, ReadError::Table(TableError::BadRows { .. }));
                let kept = loaded.with(Option::is_some);
                view! {
                    <div class="notice error" role="alert" data-testid="errors-error">
                        <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                        <p>{state.t(if kept { PageMsg::CalcErrorsKept } else { PageMsg::CalcErrorsNothingKept })}</p>
                        {skippable.then(|| view! {
                            <button type="button" data-testid="errors-skip-bad" on:click=move |_| self.read(true)>
                                {state.text(PageMsg::CalcErrorsSkipBad)}
                            </button>
                        })}
                    </div>
                }
            })}
        }
    }
}

fn role_key(role: Role) -> &'static str {
    match role {
        Role::Actual => "actual",
        Role::Predicted => "predicted",
        Role::Rule => "rule",
        Role::Group => "group",
        Role::Value => "value",
    }
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
        ("errors-rmse", PageMsg::CalcErrorsRmse, r.rmse, f.text(r.rmse), PageMsg::CalcErrorsRmseMeaning),
        ("errors-mae", PageMsg::CalcErrorsMae, r.mae, f.text(r.mae), PageMsg::CalcErrorsMaeMeaning),
        ("errors-mape", PageMsg::CalcErrorsMape, r.mape, pct(r.mape), PageMsg::CalcErrorsMapeMeaning),
        (
            "errors-r2",
            PageMsg::CalcErrorsR2,
            r.r2.unwrap_or(f64::NAN),
            super::opt(lang, r.r2, |v| num(v, 3)),
            PageMsg::CalcErrorsR2Meaning,
        ),
        (
            "errors-median",
            PageMsg::CalcErrorsMedian,
            r.median_ae,
            f.text(r.median_ae),
            PageMsg::CalcErrorsMedianMeaning,
        ),
        ("errors-max", PageMsg::CalcErrorsMax, r.max_error, f.text(r.max_error), PageMsg::CalcErrorsMaxMeaning),
    ];
    let body = rows
        .into_iter()
        .map(|(id, name, value, text, meaning)| {
            view! {
                <tr>
                    <th scope="row">{lang.t(name)}</th>
                    <td><data data-testid=id value=value.to_string()>{text}</data></td>
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
    let reader = Reader::new();
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
    let chart_data = Signal::derive(move || {
        let f = format.get();
        hist.with(|h| h.as_ref().map(|h| histogram_chart(state.lang.get(), h, relative_chart.get(), f))).unwrap_or_else(
            || ChartData {
                title: String::new(),
                x: Axis::unit(String::new()),
                y: Axis::unit(String::new()),
                lines: Vec::new(),
                reference: None,
                table_head: Vec::new(),
                table_rows: Vec::new(),
            },
        )
    });
    let chart_summary = Signal::derive(move || {
        let lang = state.lang.get();
        hist.with(|h| {
            h.as_ref().map(|h| {
                if h.log {
                    i18n::errors_log_note(lang, h.left_out)
                } else {
                    i18n::with_left_out(lang, String::new(), h.left_out)
                }
            })
        })
        .unwrap_or_default()
    });

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
                    <tr>
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
                {result_table("errors-worst", PageMsg::CalcErrorsWorstHeading, &WORST_HEAD, worst_rows)}
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
                    {chart("errors-chart", chart_data, Signal::derive(Vec::new), chart_summary)}
                </section>
            }
        })
    };

    view! {
        <div class="calc" data-testid="errors-calculator">
            {reader.input_view()}
            {reader.mapping_view()}
            {reader.status_view()}
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
