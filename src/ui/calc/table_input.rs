//! A file of columns for a calculator that reads a person's own data (the regression errors, each
//! period of the drift check): chosen, dropped or pasted; its columns found by their header or
//! chosen by the person; its rows read a slice of whole lines at a time, with progress; bad rows
//! named by line and skippable on request. The rows stay in this tab, by plan id.

use super::file_drop::{file_drop, read_progress};
use crate::calc::columns::{
    check_columns, guess, needs_no_questions, read_header, Header, Mapping, Role, Table, TableError, TableReader,
};
use crate::calc::threshold::{ScoresError, MAX_TEXT_BYTES};
use crate::i18n::{self, Lang, PageMsg};
use crate::ui::browser;
use crate::ui::state::{use_state, AppState};
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;
use std::thread::LocalKey;

/// Text read between two progress updates (whole lines, so a little more).
const SLICE_BYTES: usize = 1 << 20;
/// Longest stretch of reading before the browser gets to paint and handle input.
const YIELD_AFTER_MS: f64 = 50.0;

/// Rows read, compared by identity (comparing a million rows on every update would be slow).
#[derive(Clone)]
pub(crate) struct Loaded {
    pub(crate) table: Arc<Table>,
    pub(crate) file: Option<String>,
}

impl PartialEq for Loaded {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.table, &other.table)
    }
}

/// Where a calculator keeps its rows for the tab: the plan id and the rows last read.
pub(crate) type Kept = LocalKey<RefCell<Option<(String, Loaded)>>>;

/// What one file input reads and how it is named on the page.
pub(crate) struct InputSpec {
    /// Starts every id, and the test ids not named below (`{prefix}-text`, `{prefix}-error`, …).
    pub prefix: &'static str,
    /// The test ids outside checks name: the file chooser, the column choices' section, each
    /// choice (`{map}-actual`, `{map}-predicted`, …) and the button that applies them.
    pub file_testid: &'static str,
    pub mapping_testid: &'static str,
    pub map_testid: &'static str,
    pub apply_testid: &'static str,
    /// The columns read, in the order they are matched to the header.
    pub roles: &'static [Role],
    pub required: &'static [Role],
    pub open: PageMsg,
    pub paste: PageMsg,
    pub format: PageMsg,
    pub placeholder: &'static str,
    pub kept: &'static Kept,
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

fn plan_id(state: AppState) -> String {
    state.plan.with_untracked(|p| p.as_ref().map(|p| p.id.clone())).unwrap_or_default()
}

fn role_key(role: Role) -> &'static str {
    match role {
        Role::Actual => "actual",
        Role::Predicted => "predicted",
        Role::Rule => "rule",
        Role::Group => "group",
        Role::Value => "value",
        Role::Label => "label",
    }
}

fn role_label(role: Role) -> PageMsg {
    match role {
        Role::Actual => PageMsg::CalcErrorsColActual,
        Role::Predicted => PageMsg::CalcErrorsColPredicted,
        Role::Rule => PageMsg::CalcErrorsColRule,
        Role::Group => PageMsg::CalcErrorsColGroup,
        Role::Value => PageMsg::CalcDriftColValue,
        Role::Label => PageMsg::CalcDriftColLabel,
    }
}

/// One file input's reading state: the rows, a file waiting for its columns, progress, errors.
#[derive(Clone, Copy)]
pub(crate) struct TableInput {
    state: AppState,
    spec: &'static InputSpec,
    pub(crate) loaded: RwSignal<Option<Loaded>>,
    pending: RwSignal<Option<Pending>>,
    /// Whether the column choices are shown.
    asking: RwSignal<bool>,
    error: RwSignal<Option<ReadError>>,
    progress: RwSignal<Option<f64>>,
    /// Counts reads, so a read that a newer one replaced drops its result.
    generation: StoredValue<u32>,
}

impl TableInput {
    /// The input, with the rows this tab last read for the open plan.
    pub(crate) fn new(spec: &'static InputSpec) -> TableInput {
        let state = use_state();
        let id = plan_id(state);
        let kept = spec.kept.with(|l| l.borrow().as_ref().filter(|(i, _)| *i == id).map(|(_, loaded)| loaded.clone()));
        TableInput {
            state,
            spec,
            loaded: RwSignal::new(kept),
            pending: RwSignal::new(None),
            asking: RwSignal::new(false),
            error: RwSignal::new(None),
            progress: RwSignal::new(None),
            generation: StoredValue::new(0),
        }
    }

    fn refuse(self, e: TableError) {
        self.pending.set(None);
        self.asking.set(false);
        self.error.set(Some(ReadError::Table(e)));
    }

    /// A new text: its header decides whether the columns are asked for or it is read at once.
    fn start(self, text: String, file: Option<String>) {
        self.generation.update_value(|g| *g += 1);
        self.progress.set(None);
        let Some(header) = read_header(&text) else {
            return self.refuse(TableError::Empty);
        };
        if let Err(e) = check_columns(&header, self.spec.required) {
            return self.refuse(e);
        }
        let mapping = guess(&header, self.spec.roles);
        let at_once = needs_no_questions(&header, &mapping, self.spec.required);
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
        let TableInput { generation, progress, error, spec, .. } = self;
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
            let mut reader = match TableReader::new(p.header.clone(), &p.mapping, spec.required) {
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
        self.spec.kept.with(|l| *l.borrow_mut() = Some((id, loaded.clone())));
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

    /// The drop zone, file chooser, paste box, column choices, progress and errors.
    pub(crate) fn view(self) -> impl IntoView {
        view! {
            {self.input_view()}
            {self.mapping_view()}
            {self.status_view()}
        }
    }

    fn input_view(self) -> impl IntoView {
        let TableInput { state, spec, .. } = self;
        let prefix = spec.prefix;
        let (text_id, format_id) = (format!("{prefix}-text"), format!("{prefix}-format"));
        view! {
            {file_drop(prefix, spec.file_testid, spec.open, move |file| self.load_file(file))}
            <div class="field">
                <label for=text_id.clone()>{state.text(spec.paste)}</label>
                <textarea id=text_id.clone() data-testid=text_id rows="5" spellcheck="false" aria-describedby=format_id.clone()
                    placeholder=spec.placeholder
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
            <p class="hint" id=format_id>{state.text(spec.format)}</p>
        }
    }

    /// The column choices, when the header does not settle them.
    fn mapping_view(self) -> impl IntoView {
        let TableInput { state, spec, pending, asking, .. } = self;
        let prefix = spec.prefix;
        let column_choice = move |role: Role| {
            let id = format!("{prefix}-map-{}", role_key(role));
            let testid = format!("{}-{}", spec.map_testid, role_key(role));
            let names = pending.with_untracked(|p| p.as_ref().map(|p| p.header.names.clone()).unwrap_or_default());
            let chosen = move || pending.with(|p| p.as_ref().and_then(|p| p.mapping.column(role)));
            view! {
                <div class="field">
                    <label for=id.clone()>{state.text(role_label(role))}</label>
                    <select id=id data-testid=testid on:change=move |ev| {
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
        let heading = format!("{prefix}-mapping-heading");
        move || {
            asking.get().then(|| {
                view! {
                    <section class="calc-mapping" data-testid=spec.mapping_testid aria-labelledby=heading.clone()>
                        <h2 id=heading.clone()>{state.text(PageMsg::CalcErrorsMappingHeading)}</h2>
                        <p class="hint">{state.text(PageMsg::CalcErrorsMappingIntro)}</p>
                        {spec.roles.iter().map(|&role| column_choice(role)).collect_view()}
                        <button type="button" data-testid=spec.apply_testid on:click=move |_| self.read(false)>
                            {state.text(PageMsg::CalcErrorsApply)}
                        </button>
                    </section>
                }
            })
        }
    }

    /// Progress while reading, and why a read failed (with "skip these rows" for bad rows).
    fn status_view(self) -> impl IntoView {
        let TableInput { state, spec, loaded, error, progress, .. } = self;
        let prefix = spec.prefix;
        view! {
            {read_progress(prefix, progress)}
            {move || error.get().map(|e| {
                let lines = read_error_lines(state.lang.get(), &e);
                let skippable = matches!(e, ReadError::Table(TableError::BadRows { .. }));
                let kept = loaded.with(Option::is_some);
                view! {
                    <div class="notice error" role="alert" data-testid=format!("{prefix}-error")>
                        <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                        <p>{state.t(if kept { PageMsg::CalcErrorsKept } else { PageMsg::CalcErrorsNothingKept })}</p>
                        {skippable.then(|| view! {
                            <button type="button" data-testid=format!("{prefix}-skip-bad") on:click=move |_| self.read(true)>
                                {state.text(PageMsg::CalcErrorsSkipBad)}
                            </button>
                        })}
                    </div>
                }
            })}
        }
    }
}
