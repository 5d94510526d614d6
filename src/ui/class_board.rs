//! The class board page (`#/class`, `#/class/<id>`): links and JSON files handed in, one row a
//! plan, sorted and filtered, exported, and kept in this browser under the class's name. The
//! logic is `crate::class`; this is its view. Which class it shows follows the route, so keeping
//! a new class (which gives it an id) does not rebuild the page.

use super::browser;
use super::compare::CompareView;
use super::share::{open_link, Examples};
use super::state::{use_state, with_library, AppState};
use crate::class::{self, Board, ClassMsg as M, ClassRecord, Column, Filter};
use crate::i18n::{self, Lang};
use crate::plan::Plan;
use crate::review::VerdictKind;
use crate::route::{LinkMode, Route};
use crate::share;
use crate::store::{ClassSummary, Selection};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The classes kept in this browser; none when storage is unreadable.
fn kept_classes() -> Vec<ClassSummary> {
    with_library(|l| l.classes()).unwrap_or_default()
}

/// The board's state; every part is a signal, so the handlers below are `Copy`.
#[derive(Clone, Copy)]
struct Page {
    state: AppState,
    /// The kept class's id (`None` until something is added) and record.
    id: RwSignal<Option<String>>,
    record: RwSignal<ClassRecord>,
    board: RwSignal<Board>,
    /// Links read so far and in all, while a paste or a class is being read.
    reading: RwSignal<Option<(usize, usize)>>,
    status: RwSignal<Option<String>>,
    problems: RwSignal<Vec<String>>,
    sort: RwSignal<Option<(Column, bool)>>,
    filter: RwSignal<Filter>,
    selection: RwSignal<Selection>,
    /// The two rows being compared, by their selection keys.
    comparing: RwSignal<Option<(String, String)>>,
    kept: RwSignal<Vec<ClassSummary>>,
}

/// How often, in links, reading yields to the page so it stays responsive.
const LINKS_PER_TASK: usize = 8;

impl Page {
    fn lang(self) -> Lang {
        self.state.lang.get_untracked()
    }

    /// Shows class `id` (or a new, unnamed one), reading its links again.
    fn show(self, id: Option<String>) {
        let record = id.as_deref().and_then(|id| with_library(|l| l.load_class(id)).ok().flatten()).unwrap_or_default();
        self.id.set(id);
        self.board.set(Board::default());
        self.selection.update(Selection::clear);
        self.problems.set(Vec::new());
        self.status.set(None);
        let links: Vec<(usize, String)> = record.links.iter().cloned().enumerate().map(|(i, l)| (i + 1, l)).collect();
        self.record.set(record);
        self.kept.set(kept_classes());
        if self.id.get_untracked().is_none() {
            super::fields::focus_later("class-add-links".into()); // a new class: ready to paste
        }
        self.read(links, false);
    }

    /// Reads `links` (numbered by line) onto the board, a few per task; with `hand_in`, they
    /// are new submissions: kept with the class and summed up when done.
    fn read(self, links: Vec<(usize, String)>, hand_in: bool) {
        leptos::task::spawn_local(async move {
            let (lang, total) = (self.lang(), links.len());
            let mut examples = Examples::new();
            let (mut new, mut repeats, mut problems) = (0, 0, Vec::new());
            // Plans go onto the board a task's worth at a time, into the board as it is then, so
            // two readings at once (several files) both land.
            let mut batch = Vec::new();
            let mut add = |batch: &mut Vec<(Plan, String)>| {
                let added = self
                    .board
                    .try_update(|b| batch.drain(..).map(|(plan, link)| b.add(plan, link)).collect::<Vec<_>>());
                for added in added.into_iter().flatten() {
                    match added {
                        class::Added::New => new += 1,
                        class::Added::Duplicate => repeats += 1,
                    }
                }
            };
            for (n, (line, link)) in links.into_iter().enumerate() {
                if n % LINKS_PER_TASK == 0 {
                    add(&mut batch);
                    if self.reading.try_set(Some((n, total))).is_some() {
                        return; // the page is gone
                    }
                    browser::next_task().await;
                }
                match open_link(&link, &mut examples).await {
                    Ok(plan) => {
                        if hand_in {
                            self.record.update(|r| r.links.push(link.clone()));
                        }
                        batch.push((plan, link));
                    }
                    Err(e) => problems.push(class::bad_line(lang, line, i18n::link_problem(&e).text(lang))),
                }
            }
            add(&mut batch);
            if self.reading.try_set(None).is_some() {
                return;
            }
            self.problems.update(|p| p.extend(problems.iter().cloned()));
            if hand_in {
                self.status.set(Some(class::added(lang, new, repeats, problems.len())));
                self.keep();
            }
        });
    }

    /// Adds what was pasted: one link a line, within the paste's bounds.
    fn add_pasted(self, text: &str) {
        let pasted = class::split_pasted(text);
        let lang = self.lang();
        let mut problems: Vec<String> =
            pasted.too_long.iter().map(|&line| class::bad_line(lang, line, class::line_too_long(lang))).collect();
        if pasted.not_read > 0 {
            problems.push(class::lines_not_read(lang, pasted.not_read, class::MAX_LINES));
        }
        self.problems.set(problems);
        self.read(pasted.candidates.iter().map(|c| (c.line, c.text.to_owned())).collect(), true);
    }

    /// Adds plans from JSON files (an export of several, or one plan), as links of their own.
    fn add_files(self, files: web_sys::FileList) {
        self.problems.set(Vec::new());
        for file in (0..files.length()).filter_map(|i| files.get(i)) {
            let name = file.name();
            browser::read_file_text(file, crate::files::MAX_BYTES, move |text| {
                let lang = self.lang();
                let imported = match text {
                    Err(bytes) => {
                        Err(crate::files::ImportError::TooLarge { bytes: bytes as usize, max: crate::files::MAX_BYTES })
                    }
                    Ok(text) => crate::files::import(&text, &Default::default(), browser::new_plan_id),
                };
                match imported {
                    Ok(imported) => {
                        let links = imported
                            .plans
                            .iter()
                            .map(|p| (0, format!("{}{}", LinkMode::Shared.prefix(), share::encode(p))));
                        for problem in &imported.problems {
                            self.problems
                                .update(|p| p.push(class::bad_file(&name, &i18n::import_problem(lang, problem))));
                        }
                        self.read(links.collect(), true);
                    }
                    Err(e) => self.problems.update(|p| p.push(class::bad_file(&name, &i18n::import_error(lang, &e)))),
                }
            });
        }
    }

    /// Keeps the class in this browser, giving it an id and a name the first time.
    fn keep(self) {
        let id = self.id.get_untracked().unwrap_or_else(browser::new_plan_id);
        let now = browser::now_ms();
        self.record.update(|r| {
            if r.created_ms == 0 {
                r.created_ms = now;
            }
            if r.name.trim().is_empty() {
                let date = browser::format_time(now, self.lang().tag());
                r.name = class::default_name(self.lang(), &date);
            }
            r.updated_ms = now;
        });
        let record = self.record.get_untracked();
        let kept = with_library(|l| l.save_class(&id, &record)).map_err(|e| self.state.save_error.set(Some(e))).is_ok();
        if kept && self.id.get_untracked().is_none() {
            self.id.set(Some(id.clone()));
            let route = Route::Class(Some(id));
            browser::replace_fragment(&route.fragment());
            self.state.route.set(route);
        }
        self.kept.set(kept_classes());
    }

    fn remove(self, index: usize) {
        let Some(entry) = self.board.try_update(|b| b.remove(index)).flatten() else { return };
        // One handed-in link of this row goes; its repeats stay counted until removed too.
        self.record.update(|r| {
            let links: Vec<String> = r.links.drain(..).filter(|l| l != &entry.link).collect();
            r.links = links;
        });
        self.keep();
    }

    fn delete_class(self, id: String) {
        let name =
            self.kept.with_untracked(|k| k.iter().find(|c| c.id == id).map(|c| c.name.clone())).unwrap_or_default();
        if !browser::confirm(&format!("{} “{name}”?", M::DeleteClass.text(self.lang()))) {
            return;
        }
        if let Err(e) = with_library(|l| l.delete_class(&id)) {
            self.state.save_error.set(Some(e));
        }
        if self.id.get_untracked().as_deref() == Some(&id) {
            browser::go_to(&Route::Class(None).fragment());
        }
        self.kept.set(kept_classes());
    }

    /// The two plans being compared, in the board's order of hand-in.
    fn compared(self) -> Option<(Plan, Plan)> {
        let (a, b) = self.comparing.get()?;
        let plan = |key: &str| {
            self.board.with(|board| board.entries().iter().find(|e| row_key(&e.row) == key).map(|e| e.plan.clone()))
        };
        Some((plan(&a)?, plan(&b)?))
    }

    /// The shown rows' indices, in the board's order.
    fn shown(self) -> Vec<usize> {
        let (sort, filter) = (self.sort.get(), self.filter.get());
        self.board.with(|b| match sort {
            Some((column, descending)) => b.arranged(column, descending, &filter),
            None => (0..b.entries().len()).filter(|&i| filter.keeps(&b.entries()[i].row)).collect(),
        })
    }

    fn export(self, markdown: bool) {
        let (lang, order) = (self.lang(), self.shown());
        let name = self.record.with_untracked(|r| r.name.clone());
        let stem = crate::files::file_stem_of(&[&name, "class"]);
        self.board.with_untracked(|b| {
            if markdown {
                browser::download(&format!("{stem}.md"), "text/markdown", &class::markdown(b, &order, lang));
            } else {
                browser::download(&format!("{stem}.csv"), "text/csv", &class::csv(b, &order, lang));
            }
        });
    }
}

/// The key of a row for the selection: its plan id and content.
fn row_key(row: &class::Row) -> String {
    format!("{}:{:08x}", row.id, row.fingerprint)
}

#[component]
pub fn ClassBoard() -> impl IntoView {
    let state = use_state();
    let page = Page {
        state,
        id: RwSignal::new(None),
        record: RwSignal::new(ClassRecord::default()),
        board: RwSignal::new(Board::default()),
        reading: RwSignal::new(None),
        status: RwSignal::new(None),
        problems: RwSignal::new(Vec::new()),
        sort: RwSignal::new(None),
        filter: RwSignal::new(Filter::default()),
        selection: RwSignal::new(Selection::default()),
        comparing: RwSignal::new(None),
        kept: RwSignal::new(Vec::new()),
    };
    let route_id = Memo::new(move |_| state.route.with(|r| if let Route::Class(id) = r { id.clone() } else { None }));
    Effect::new(move |_| {
        let wanted = route_id.get();
        if page.id.get_untracked() != wanted || page.record.with_untracked(|r| r.created_ms == 0) {
            page.show(wanted);
        }
    });
    let text = move |m: M| move || m.text(state.lang.get());
    let pasted = RwSignal::new(String::new());
    view! {
        <section class="class-board" data-testid="class-board" aria-labelledby="page-heading">
            <h1 id="page-heading">{text(M::Heading)}</h1>
            <p class="hint">{text(M::Intro)}</p>
            <div class="field">
                <label for="class-name">{text(M::ClassName)}</label>
                <input id="class-name" type="text" data-testid="class-name" maxlength="120"
                    placeholder=text(M::ClassNamePlaceholder)
                    prop:value=move || page.record.with(|r| r.name.clone())
                    on:change=move |ev| {
                        page.record.update(|r| r.name = event_target_value(&ev).trim().to_owned());
                        if page.id.get_untracked().is_some() {
                            page.keep();
                        }
                    }/>
            </div>
            <div class="field">
                <label for="class-add-links">{text(M::PasteLinks)}</label>
                <textarea id="class-add-links" data-testid="class-add-links" rows="5" spellcheck="false"
                    prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </div>
            <div class="actions">
                <button type="button" class="primary" data-testid="class-add"
                    disabled=move || page.reading.get().is_some() || pasted.with(|p| p.trim().is_empty())
                    on:click=move |_| {
                        page.add_pasted(&pasted.get_untracked());
                        pasted.set(String::new());
                    }>{text(M::Add)}</button>
                <label class="file-button">
                    <span>{text(M::AddFiles)}</span>
                    <input type="file" multiple accept=".json,application/json" data-testid="class-add-files"
                        on:change=move |ev| {
                            let input: web_sys::HtmlInputElement = ev.target().expect("an input fired it").unchecked_into();
                            if let Some(files) = input.files() {
                                page.add_files(files);
                            }
                            input.set_value("");
                        }/>
                </label>
            </div>
            <p role="status" data-testid="class-status">
                {move || match page.reading.get() {
                    Some((done, all)) => format!("{} {done} / {all}", M::Reading.text(state.lang.get())),
                    None => page.status.get().unwrap_or_default(),
                }}
            </p>
            {move || page.problems.with(|p| (!p.is_empty()).then(|| view! {
                <div class="notice error" data-testid="class-problems">
                    <h2>{text(M::ProblemsHeading)}</h2>
                    <ul>{p.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}</ul>
                </div>
            }))}
            <BoardTable page=page/>
            {move || page.compared().map(|(a, b)| view! {
                <CompareView a=a b=b/>
                <button type="button" data-testid="compare-close" on:click=move |_| page.comparing.set(None)>{text(M::CloseCompare)}</button>
            })}
            <KeptClasses page=page/>
        </section>
    }
}

/// The filters, the table and its exports.
#[component]
fn BoardTable(page: Page) -> impl IntoView {
    let state = page.state;
    let text = move |m: M| move || m.text(state.lang.get());
    let shown = Memo::new(move |_| page.shown());
    let header = move |column: Column, label: M| {
        let sorted = move || page.sort.get().filter(|(c, _)| *c == column).map(|(_, d)| d);
        view! {
            <th scope="col" aria-sort=move || match sorted() { Some(true) => "descending", Some(false) => "ascending", None => "none" }>
                <button type="button" class="sort" data-testid=format!("class-sort-{}", column.slug())
                    on:click=move |_| page.sort.set(Some((column, sorted() == Some(false))))>
                    {text(label)}
                </button>
            </th>
        }
    };
    let verdict_choice = move |v: Option<Option<VerdictKind>>| match v {
        None => "any".to_owned(),
        Some(None) => "none".to_owned(),
        Some(Some(k)) => k.slug().to_owned(),
    };
    view! {
        <div class="class-filters">
            <div class="field">
                <label for="class-filter">{text(M::FilterText)}</label>
                <input id="class-filter" type="search" data-testid="class-filter"
                    on:input=move |ev| page.filter.update(|f| f.text = event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="class-filter-verdict">{text(M::FilterVerdict)}</label>
                <select id="class-filter-verdict" data-testid="class-filter-verdict" on:change=move |ev| {
                    let word = event_target_value(&ev);
                    let all = [None, Some(None)].into_iter().chain(VerdictKind::ALL.map(|k| Some(Some(k))));
                    let choice = all.into_iter().find(|v| verdict_choice(*v) == word).flatten();
                    page.filter.update(|f| f.verdict = choice);
                }>
                    <option value="any">{text(M::AnyVerdict)}</option>
                    {VerdictKind::ALL.map(|k| view! { <option value=k.slug()>{move || k.title(state.lang.get())}</option> })}
                    <option value="none">{text(M::NoVerdictYet)}</option>
                </select>
            </div>
            <label class="check">
                <input type="checkbox" data-testid="class-filter-errors" on:change=move |ev| page.filter.update(|f| f.with_errors = event_target_checked(&ev))/>
                <span>{text(M::OnlyErrors)}</span>
            </label>
            <label class="check">
                <input type="checkbox" data-testid="class-filter-complete" on:change=move |ev| page.filter.update(|f| f.complete = event_target_checked(&ev))/>
                <span>{text(M::OnlyComplete)}</span>
            </label>
        </div>
        <div class="actions">
            <button type="button" data-testid="class-compare" disabled=move || page.selection.with(|s| s.len() != 2)
                title=text(M::CompareHint)
                on:click=move |_| {
                    let mut keys = page.selection.with_untracked(|s| s.ids().map(str::to_owned).collect::<Vec<_>>());
                    if let (Some(b), Some(a)) = (keys.pop(), keys.pop()) {
                        page.comparing.set(Some((a, b)));
                        browser::focus_id("compare-heading");
                    }
                }>{text(M::Compare)}</button>
            <button type="button" data-testid="class-export-csv" disabled=move || shown.with(Vec::is_empty)
                on:click=move |_| page.export(false)>{text(M::ExportCsv)}</button>
            <button type="button" data-testid="class-export-markdown" disabled=move || shown.with(Vec::is_empty)
                on:click=move |_| page.export(true)>{text(M::ExportMarkdown)}</button>
        </div>
        {move || if page.board.with(|b| b.entries().is_empty()) {
            view! { <p class="empty" data-testid="class-empty">{text(M::Empty)}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll">
                    <table class="class-table" data-testid="class-table">
                        <thead>
                            <tr>
                                <th scope="col"><span class="visually-hidden">{text(M::Select)}</span></th>
                                {header(Column::Title, M::ColTitle)}
                                {header(Column::Steps, M::ColSteps)}
                                {header(Column::Verdict, M::ColVerdict)}
                                {header(Column::Findings, M::ColFindings)}
                                {header(Column::Metric, M::ColMetric)}
                                {header(Column::Threshold, M::ColThreshold)}
                                {header(Column::Baseline, M::ColBaseline)}
                                <th scope="col"><span class="visually-hidden">{text(M::Remove)}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || shown.get() key=|i| *i let:i>
                                <BoardRow page=page index=i/>
                            </For>
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
    }
}

/// One plan's row: select, open read-only, remove.
#[component]
fn BoardRow(page: Page, index: usize) -> impl IntoView {
    let state = page.state;
    let Some(entry) = page.board.with_untracked(|b| b.entries().get(index).cloned()) else { return ().into_any() };
    let row = entry.row.clone();
    let key = row_key(&row);
    let lang = move || state.lang.get();
    let read_only = share::payload(&entry.link)
        .map(|payload| Route::Link { mode: LinkMode::ReadOnly, payload: payload.to_owned() }.fragment())
        .unwrap_or_default();
    let title = row.title_text();
    let checkbox_label = format!("{} {title}", M::Select.text(state.lang.get_untracked()));
    let key_for_check = key.clone();
    let (verdict, findings) = (row.verdict, row.findings);
    // The verdict and baseline cells follow the language, so each keeps a copy of the row.
    let (row_verdict, row_baseline) = (row.clone(), row.clone());
    view! {
        <tr data-testid="class-row" data-plan-id=row.id.clone() data-copies=entry.copies.to_string()>
            <td>
                <input type="checkbox" data-testid="class-row-select" aria-label=checkbox_label
                    prop:checked=move || page.selection.with(|s| s.contains(&key))
                    on:change=move |_| page.selection.update(|s| s.toggle(&key_for_check))/>
            </td>
            <th scope="row">
                <a href=read_only data-testid="class-row-open" title=move || M::OpenReadOnly.text(lang())>{title}</a>
                {(entry.copies > 1).then(|| view! { <span class="hint copies">{move || class::copies(lang(), entry.copies)}</span> })}
            </th>
            <td data-testid="class-row-steps">{class::steps(row.steps_complete, class::STEPS)}</td>
            <td data-testid="class-row-verdict" data-verdict=verdict.map_or("none", |v| v.slug())>
                {move || row_verdict.verdict_text(lang())}
            </td>
            <td data-testid="class-row-findings" data-errors=findings.errors.to_string()>
                {move || class::findings(lang(), findings)}
            </td>
            <td>{row.metric_text()}</td>
            <td>{row.threshold_text()}</td>
            <td>{move || row_baseline.baseline_text(lang())}</td>
            <td>
                <button type="button" class="link-button" data-testid="class-row-remove" on:click=move |_| page.remove(index)>
                    {move || M::Remove.text(lang())}
                </button>
            </td>
        </tr>
    }
    .into_any()
}

/// The classes kept in this browser: open one, delete one, or start a new one.
#[component]
fn KeptClasses(page: Page) -> impl IntoView {
    let state = page.state;
    let text = move |m: M| move || m.text(state.lang.get());
    view! {
        <section class="kept-classes" aria-labelledby="kept-classes-heading">
            <h2 id="kept-classes-heading">{text(M::SavedClasses)}</h2>
            <a href=Route::Class(None).fragment() data-testid="class-new">{text(M::NewClass)}</a>
            <ul>
                {move || page.kept.get().into_iter().map(|c| {
                    let id = c.id.clone();
                    let current = page.id.with(|i| i.as_deref() == Some(&c.id));
                    view! {
                        <li data-testid="class-kept" class:current=current>
                            <a href=Route::Class(Some(c.id.clone())).fragment()>{c.name.clone()}</a>
                            <span class="hint">{move || format!(" · {}", i18n::count(c.links as u64))}</span>
                            <button type="button" class="link-button" data-testid="class-delete"
                                on:click=move |_| page.delete_class(id.clone())>{text(M::DeleteClass)}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
