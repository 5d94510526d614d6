//! The start page's plan library: search, order, the first plans at once and the rest on request,
//! each plan's progress, several selected at once for export or delete, and the records this
//! build cannot open. Its code is a chunk of its own (`library`, loaded by
//! [`super::library::LibraryPage`] after the first paint), so a first visit does not download it.

use super::browser;
use super::codec_gate::codec_ready;
use super::show::{show, show_or};
use super::state::{display_title, use_state, AppState};
use crate::i18n::library::{self as texts, LibraryMsg};
use crate::i18n::{self, Msg};
use crate::plan::{parse_plan, search_text, Step};
use crate::route::Route;
use crate::store::{arrange, plan_key, Entry, Selection, Sort};
use leptos::prelude::*;
use std::cell::Cell;
use std::collections::HashMap;

/// How many plans the list shows at first, and how many more each "Show more" adds: enough to
/// fill a screen or two, few enough that the examples and files below stay a scroll away.
const PAGE: usize = 20;

/// How long the index may hold the browser before it gives it a turn, in milliseconds.
const INDEX_SLICE_MS: u64 = 8;

thread_local! {
    /// The newest index run; an older one stops when it sees a newer one started.
    static INDEX_RUN: Cell<u64> = const { Cell::new(0) };
}

/// What the list knows of each plan beyond its entry, read after the list is first shown: the
/// text the search reads and how many steps are complete (which takes the typed reader).
#[derive(Clone, Debug, Default, PartialEq)]
struct Index {
    texts: HashMap<String, String>,
    steps: HashMap<String, usize>,
    /// The `updated_ms` each plan had when it was read, so an edited plan is read again.
    read_at: HashMap<String, u64>,
}

impl Index {
    fn is_current(&self, id: &str, updated_ms: u64) -> bool {
        self.read_at.get(id) == Some(&updated_ms)
    }

    fn add(&mut self, state: AppState, id: &str, updated_ms: u64) {
        let raw = state.raw(&plan_key(id)).unwrap_or_default();
        self.texts.insert(id.to_string(), search_text(&raw).unwrap_or_default());
        match parse_plan(&raw) {
            Ok(plan) => self.steps.insert(id.to_string(), plan.completed_steps().len()),
            Err(_) => self.steps.remove(id),
        };
        self.read_at.insert(id.to_string(), updated_ms);
    }
}

/// Reads what the index lacks, a few milliseconds at a time, and shows it once read.
fn refresh_index(state: AppState, index: RwSignal<Index>) {
    let run = INDEX_RUN.get() + 1;
    INDEX_RUN.set(run);
    leptos::task::spawn_local(async move {
        browser::next_task().await;
        let typed = codec_ready().await.is_ok();
        let Some(mut next) = index.try_get_untracked() else { return };
        let stale: Vec<(String, u64)> = state.entries.with_untracked(|es| {
            es.iter()
                .filter_map(|e| match e {
                    Entry::Plan { id, updated_ms, .. } if !next.is_current(id, *updated_ms) => {
                        Some((id.clone(), *updated_ms))
                    }
                    _ => None,
                })
                .collect()
        });
        let mut slice_start = browser::now_ms();
        for (id, updated_ms) in stale {
            if !typed {
                break;
            }
            next.add(state, &id, updated_ms);
            if browser::now_ms().saturating_sub(slice_start) >= INDEX_SLICE_MS {
                browser::next_task().await;
                if INDEX_RUN.get() != run {
                    return;
                }
                slice_start = browser::now_ms();
            }
        }
        let _ = index.try_set(next);
    });
}

#[component]
pub fn PlanList() -> impl IntoView {
    let state = use_state();
    let query = RwSignal::new(String::new());
    let sort = RwSignal::new(Sort::Recent);
    let limit = RwSignal::new(PAGE);
    let selection = RwSignal::new(Selection::default());
    let index = RwSignal::new(Index::default());
    let renaming = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        state.entries.track();
        refresh_index(state, index);
        let exists = |id: &str| state.entries.with_untracked(|es| es.iter().any(|e| e.id() == id));
        selection.update(|s| s.retain(exists));
    });
    let arranged = Memo::new(move |_| {
        let (q, s) = (query.get(), sort.get());
        state.entries.with(|es| index.with(|ix| arrange(es, &q, s, &ix.texts, |id| ix.steps.get(id).copied())))
    });
    let shown = Memo::new(move |_| arranged.with(|a| a.iter().take(limit.get()).cloned().collect::<Vec<_>>()));
    let steps = move |id: &str| index.with(|ix| ix.steps.get(id).copied());
    let steps = StoredValue::new(steps);
    view! {
        {show_or(move || state.entries.with(|e| !e.is_empty()), move || view! {
            <LibraryTools query=query sort=sort selection=selection shown=shown/>
            <ul class="plan-list" data-testid="plan-list">
                <For
                    each=move || shown.get()
                    key=|e| format!("{e:?}")
                    children=move |entry| {
                        let selected = {
                            let id = entry.id().to_string();
                            Signal::derive(move || selection.with(|s| s.contains(&id)))
                        };
                        let toggle = {
                            let id = entry.id().to_string();
                            Callback::new(move |()| selection.update(|s| s.toggle(&id)))
                        };
                        match entry {
                            Entry::Plan { id, title, updated_ms } => {
                                let done = Signal::derive({
                                    let id = id.clone();
                                    move || steps.with_value(|f| f(&id))
                                });
                                view! { <PlanItem id title updated_ms renaming done selected toggle/> }.into_any()
                            }
                            Entry::Damaged { id, backup_key, .. } => {
                                view! { <DamagedItem id backup_key selected toggle/> }.into_any()
                            }
                            Entry::Newer { id, title, schema } => {
                                view! { <NewerItem id title schema selected toggle/> }.into_any()
                            }
                        }
                    }
                />
            </ul>
            {show(move || arranged.with(Vec::is_empty), move || view! {
                <p class="empty" data-testid="library-no-match">{state.text(LibraryMsg::NoMatch)}</p>
            })}
            <p class="hint" data-testid="library-count" data-shown=move || shown.with(Vec::len).to_string()
                data-total=move || arranged.with(Vec::len).to_string()>
                {move || texts::showing(state.lang.get(), shown.with(Vec::len), arranged.with(Vec::len))}
            </p>
            {show(move || arranged.with(Vec::len) > limit.get(), move || view! {
                <button type="button" data-testid="library-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {state.text(LibraryMsg::ShowMore)}
                </button>
            })}
        }, move || show(
            move || state.entries_complete.get(),
            move || view! { <p class="empty" data-testid="plan-list">{state.text(Msg::NoPlansYet)}</p> },
        ))}
    }
}

/// Search, order, and what to do with the selected plans.
#[component]
fn LibraryTools(
    query: RwSignal<String>,
    sort: RwSignal<Sort>,
    selection: RwSignal<Selection>,
    shown: Memo<Vec<Entry>>,
) -> impl IntoView {
    let state = use_state();
    let shown_ids = move || shown.with(|es| es.iter().map(|e| e.id().to_string()).collect::<Vec<_>>());
    let all_selected = move || {
        let ids = shown_ids();
        selection.with(|s| s.has_all(ids.iter().map(String::as_str)))
    };
    let selected = move || selection.with(Selection::len);
    let chosen = move || selection.with(|s| s.ids().map(str::to_string).collect::<Vec<_>>());
    let sort_label = |s: Sort| match s {
        Sort::Recent => LibraryMsg::SortRecent,
        Sort::Title => LibraryMsg::SortTitle,
        Sort::Progress => LibraryMsg::SortProgress,
    };
    view! {
        <div class="library-tools">
            <label class="library-search">
                <span>{state.text(LibraryMsg::SearchPlans)}</span>
                <input type="search" data-testid="library-search" autocomplete="off"
                    placeholder=state.text(LibraryMsg::SearchHint)
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))/>
            </label>
            <label>
                <span>{state.text(LibraryMsg::SortBy)}</span>
                <select data-testid="library-sort"
                    on:change=move |ev| sort.set(Sort::from_slug(&event_target_value(&ev)).unwrap_or_default())>
                    {Sort::ALL.into_iter().map(|s| view! {
                        <option value=s.slug() selected=move || sort.get() == s>{state.text(sort_label(s))}</option>
                    }).collect_view()}
                </select>
            </label>
        </div>
        <div class="library-selection" role="group" aria-label=state.text(LibraryMsg::SelectShown)>
            <label>
                <input type="checkbox" data-testid="library-select-all" prop:checked=all_selected
                    on:change=move |_| {
                        let ids = shown_ids();
                        selection.update(|s| s.toggle_all(ids.iter().map(String::as_str)));
                    }/>
                <span>{state.text(LibraryMsg::SelectShown)}</span>
            </label>
            <button type="button" data-testid="library-export-selected" disabled=move || selected() == 0
                on:click=move |_| state.download_plans(&chosen(), "mlplan-selected-plans.json")>
                {move || texts::export_selected(state.lang.get(), selected())}
            </button>
            <button type="button" data-testid="library-compare" disabled=move || selected() != 2
                on:click=move |_| {
                    if let [a, b] = chosen().as_slice() {
                        browser::go_to(&crate::route::Route::Compare(a.clone(), b.clone()).fragment());
                    }
                }>
                {state.text(LibraryMsg::CompareSelected)}
            </button>
            <button type="button" class="danger" data-testid="library-delete-selected" disabled=move || selected() == 0
                on:click=move |_| {
                    state.delete_all(chosen());
                    selection.update(Selection::clear);
                }>
                {move || texts::delete_selected(state.lang.get(), selected())}
            </button>
        </div>
    }
}

/// The box that selects a plan for export or delete.
#[component]
fn SelectBox(label: Signal<String>, selected: Signal<bool>, toggle: Callback<()>) -> impl IntoView {
    view! {
        <input type="checkbox" class="plan-select" data-testid="plan-select" aria-label=label
            prop:checked=selected on:change=move |_| toggle.run(())/>
    }
}

#[component]
fn PlanItem(
    id: String,
    title: String,
    updated_ms: u64,
    renaming: RwSignal<Option<String>>,
    done: Signal<Option<usize>>,
    selected: Signal<bool>,
    toggle: Callback<()>,
) -> impl IntoView {
    let state = use_state();
    let href = Route::step(id.clone(), Step::Problem).fragment();
    let is_renaming = {
        let id = id.clone();
        move || renaming.with(|r| r.as_deref() == Some(id.as_str()))
    };
    let shown = {
        let title = title.clone();
        move || display_title(state.lang.get(), &title)
    };
    let edited = move || {
        let lang = state.lang.get();
        i18n::edited_at(lang, &browser::format_time(updated_ms, lang.tag()))
    };
    let progress = move || done.get().map(|n| i18n::steps_done(state.lang.get(), n, Step::ALL.len()));
    let select_label = {
        let shown = shown.clone();
        Signal::derive(move || texts::select_plan(state.lang.get(), &shown()))
    };
    let (id_dup, id_del, id_ren) = (id.clone(), id.clone(), id.clone());
    let label_title = title.clone();
    view! {
        <li class="plan-item" data-testid="plan-item" data-plan-id=id.clone() data-state="ok">
            <SelectBox label=select_label selected toggle/>
            {show_or(
                is_renaming.clone(),
                move || view! { <RenameForm id=id_ren.clone() title=title.clone() renaming=renaming/> },
                move || {
                    let shown = shown.clone();
                    let label_title = label_title.clone();
                    view! {
                        <a class="plan-link" href=href.clone()
                            aria-label=move || i18n::open_plan_label(state.lang.get(), &display_title(state.lang.get(), &label_title))>
                            {shown}
                        </a>
                    }
                },
            )}
            <span class="plan-time">{edited}<span class="plan-progress" data-testid="plan-progress">{progress}</span></span>
            <div class="plan-actions" role="group" aria-label=state.text(Msg::PlanActions)>
                <button type="button" on:click={
                    let id = id.clone();
                    move |_| renaming.set(Some(id.clone()))
                }>{state.text(Msg::Rename)}</button>
                <button type="button" on:click=move |_| state.duplicate(&id_dup)>{state.text(Msg::Duplicate)}</button>
                <button type="button" class="danger" data-testid="plan-delete"
                    on:click=move |_| state.delete(&id_del)>{state.text(Msg::Delete)}</button>
            </div>
        </li>
    }
}

/// Inline rename: Enter or Save keeps the new title, Escape or Cancel drops it.
#[component]
fn RenameForm(id: String, title: String, renaming: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_state();
    let draft = RwSignal::new(title);
    let input_id = format!("rename-{id}");
    let commit = move |state: AppState, id: &str| {
        state.rename(id, &draft.get_untracked());
        renaming.set(None);
    };
    let id_submit = id.clone();
    Effect::new({
        let input_id = input_id.clone();
        move |_| browser::focus_id(&input_id)
    });
    view! {
        <form class="rename" on:submit=move |ev| {
            ev.prevent_default();
            commit(state, &id_submit);
        }>
            <label class="visually-hidden" for=input_id.clone()>{state.text(Msg::PlanTitle)}</label>
            <input id=input_id type="text" maxlength="200" prop:value=move || draft.get()
                on:input=move |ev| draft.set(event_target_value(&ev))
                on:keydown=move |ev| if ev.key() == "Escape" { renaming.set(None) } />
            <button type="submit">{state.text(Msg::Save)}</button>
            <button type="button" on:click=move |_| renaming.set(None)>{state.text(Msg::Cancel)}</button>
        </form>
    }
}

/// A stored plan that does not parse: say so, offer its backup, never delete the backup.
#[component]
fn DamagedItem(id: String, backup_key: String, selected: Signal<bool>, toggle: Callback<()>) -> impl IntoView {
    let state = use_state();
    let file_name = format!("mlplan-damaged-{id}.txt");
    let id_remove = id.clone();
    let label = {
        let id = id.clone();
        Signal::derive(move || texts::select_plan(state.lang.get(), &id))
    };
    view! {
        <li class="plan-item damaged" data-testid="plan-item" data-plan-id=id.clone() data-state="damaged" data-damaged="true">
            <SelectBox label selected toggle/>
            <strong>{state.text(Msg::DamagedPlan)}</strong>
            <code class="plan-id">{id.clone()}</code>
            <p class="hint" data-testid="damaged-notice">{state.text(Msg::DamagedPlanHelp)}</p>
            <div class="plan-actions">
                <button type="button" on:click=move |_| {
                    if let Some(raw) = state.raw(&backup_key) {
                        browser::download(&file_name, "text/plain;charset=utf-8", &raw);
                    }
                }>{state.text(Msg::DownloadBackup)}</button>
                <button type="button" data-testid="plan-delete"
                    on:click=move |_| state.delete(&id_remove)>{state.text(Msg::RemoveFromList)}</button>
            </div>
        </li>
    }
}

/// A record that a newer release wrote: its title and format, kept as it is. Its text can be
/// downloaded; taking it off the list keeps it as a backup, as a damaged record's is.
#[component]
fn NewerItem(id: String, title: String, schema: u32, selected: Signal<bool>, toggle: Callback<()>) -> impl IntoView {
    let state = use_state();
    let file_name = format!("mlplan-newer-{id}.json");
    let (key, id_remove) = (plan_key(&id), id.clone());
    let shown = move || display_title(state.lang.get(), &title);
    let label = {
        let shown = shown.clone();
        Signal::derive(move || texts::select_plan(state.lang.get(), &shown()))
    };
    view! {
        <li class="plan-item newer" data-testid="plan-item" data-plan-id=id.clone() data-state="newer">
            <SelectBox label selected toggle/>
            <strong>{shown}</strong>
            <span class="plan-time">{move || texts::newer_format(state.lang.get(), schema)}</span>
            <p class="hint" data-testid="newer-notice">
                <strong>{state.text(LibraryMsg::NewerPlan)}</strong>" "{state.text(LibraryMsg::NewerPlanHelp)}
            </p>
            <div class="plan-actions">
                <button type="button" on:click=move |_| {
                    if let Some(raw) = state.raw(&key) {
                        browser::download(&file_name, "application/json", &raw);
                    }
                }>{state.text(Msg::DownloadBackup)}</button>
                <button type="button" data-testid="plan-delete"
                    on:click=move |_| state.delete(&id_remove)>{state.text(Msg::RemoveFromList)}</button>
            </div>
        </li>
    }
}
