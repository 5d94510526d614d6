//! The app's state and the actions that change it.
//!
//! Data flow: components read signals and call the actions here; actions change the open plan
//! in memory at once and write it to the library at most 400 ms after the last edit (and at
//! once when the page is hidden), so typing stays fast and nothing typed is lost.

use super::browser;
use super::codec_gate;
use crate::i18n::{self, Lang};
use crate::plan::{MigrationError, Plan};
use crate::route::{Page, Route};
use crate::scratch::{scratch_plan, SCRATCH_ID};
use crate::store::{self, Entry, KeyValue, Library, MemoryStore, Prefs, Scheme, StoreError, TrashEntry};
use leptos::prelude::*;
use std::cell::RefCell;
use std::time::Duration;

/// How long after the last keystroke a plan is written.
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// How long the notice of a delete stays before it closes by itself (the plan stays in the trash).
const DELETED_NOTICE: Duration = Duration::from_secs(6);

/// How long the plan list read after a plan page's first paint may hold the browser before it
/// gives it a turn, in milliseconds. A phone can be several times slower than a laptop, and
/// 50 ms is where a task starts to count as long.
const LIST_SLICE_MS: u64 = 8;

thread_local! {
    static LIBRARY: RefCell<Library<Box<dyn KeyValue>>> = RefCell::new(Library::new(Box::new(MemoryStore::new())));
    static PENDING_SAVE: RefCell<Option<TimeoutHandle>> = const { RefCell::new(None) };
    /// The open plan's last version that could not be written (a full store, a record a newer
    /// release wrote): kept here when the person leaves the plan, written as soon as a write can
    /// go through (space freed here or in another tab), and shown again if the plan is reopened
    /// before then. Nothing typed is lost to a failed save.
    static UNSAVED: RefCell<Option<Plan>> = const { RefCell::new(None) };
    /// The scratch plan of the calculators opened from the start page, as they last left it:
    /// moving between them, or home and back, keeps what was typed until the tab closes.
    static SCRATCH: RefCell<Option<Plan>> = const { RefCell::new(None) };
    /// How many times a plan list read has been shown; a read that spans tasks compares it to
    /// tell whether the list changed under it.
    static LISTS_SHOWN: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The library, for the state's own actions and for chunk code that reads records the state does
/// not hold (kept classes, a plan's versions), so that code stays in its chunk.
pub(super) fn with_library<R>(f: impl FnOnce(&mut Library<Box<dyn KeyValue>>) -> R) -> R {
    LIBRARY.with(|lib| f(&mut lib.borrow_mut()))
}

/// Why the open route shows no plan.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenProblem {
    NotFound,
    Unreadable(MigrationError),
    /// The typed plan reader could not be fetched (offline before it was kept, or a new deploy).
    CodeUnavailable,
}

/// Whether the open plan's last change is in the store.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Written and read back as written.
    Saved,
    /// A change waits for the pause in typing after which it is written.
    Saving,
    /// The last write did not go through, for this reason; the change is kept in this tab and
    /// tried again on the next edit and whenever space is freed.
    Failed(StoreError),
}

/// A short message with an optional undo.
#[derive(Clone, Debug, PartialEq)]
pub enum Toast {
    /// Plans went to the trash under `trash_keys` (one, or several deleted at once); undo
    /// restores those records and no other. `title` is the plan's when there is one.
    Deleted { title: String, trash_keys: Vec<String> },
    /// An action needed code that could not be fetched; nothing was changed.
    CodeUnavailable,
}

/// Everything the components share, provided as context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub scheme: RwSignal<Scheme>,
    pub route: RwSignal<Route>,
    pub entries: RwSignal<Vec<Entry>>,
    /// False while `entries` holds only the open plan's entry and the whole list is still being
    /// read (a plan page's first render): the start page then says the list is being read
    /// rather than "no plans yet", which after a reload would look like lost plans.
    pub entries_complete: RwSignal<bool>,
    pub plan: RwSignal<Option<Plan>>,
    /// Whether the open plan has been read: false while none is open, and while the typed
    /// reader (a chunk) is still on its way. One memo, so its readers wake only when it flips.
    pub plan_read: Memo<bool>,
    /// Why the open route shows no plan. Set through [`set_if_changed`]: every plan that opens
    /// sets it to none, and that must not rebuild a plan page that already shows none.
    pub open_problem: RwSignal<Option<OpenProblem>>,
    /// True when localStorage is blocked and plans live in this tab only.
    pub in_memory: RwSignal<bool>,
    /// The last save failure, cleared by the next successful save.
    pub save_error: RwSignal<Option<StoreError>>,
    /// Counts changes to the open plan's versions, for the version list to follow.
    pub versions_changed: RwSignal<u32>,
    /// Whether the open plan's last change is stored (the plan page's save status).
    pub save_status: RwSignal<SaveStatus>,
    pub toast: RwSignal<Option<Toast>>,
    /// The trash, read when it is first shown and again whenever it changes (here or in another
    /// tab).
    pub trash: RwSignal<Vec<TrashEntry>>,
    /// Set when another tab changed the open plan and this tab took the new version.
    pub changed_elsewhere: RwSignal<bool>,
    /// True while a plan from a link is shown without being saved: edits are not kept.
    pub read_only: RwSignal<bool>,
}

/// Sets `signal` to `value`, notifying its readers only when the value differs.
fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    signal.maybe_update(|current| {
        let changed = *current != value;
        if changed {
            *current = value;
        }
        changed
    });
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// Opens the browser's storage (or memory when it is blocked), reads preferences and the
    /// plan list, and follows the current URL fragment.
    pub fn start(store: Result<Box<dyn KeyValue>, StoreError>) -> AppState {
        let in_memory = store.is_err();
        let store = store.unwrap_or_else(|_| Box::new(MemoryStore::new()));
        LIBRARY.with(|lib| *lib.borrow_mut() = Library::new(store));
        let prefs = stored_prefs();
        let lang = prefs.lang.unwrap_or_else(|| {
            let tags = browser::preferred_languages();
            Lang::from_preferences(tags.iter().map(String::as_str))
        });
        let route = Route::parse(&browser::fragment());
        if route != Route::Home && route.fragment() != browser::fragment() {
            // `#/p/<id>` and other lenient forms become the canonical fragment in place.
            browser::replace_fragment(&route.fragment());
        }
        let plan = RwSignal::new(None::<Plan>);
        let state = AppState {
            lang: RwSignal::new(lang),
            scheme: RwSignal::new(prefs.scheme),
            route: RwSignal::new(route),
            entries: RwSignal::new(Vec::new()),
            entries_complete: RwSignal::new(false),
            plan,
            plan_read: Memo::new(move |_| plan.with(Option::is_some)),
            open_problem: RwSignal::new(None),
            in_memory: RwSignal::new(in_memory),
            save_error: RwSignal::new(None),
            versions_changed: RwSignal::new(0),
            save_status: RwSignal::new(if in_memory {
                SaveStatus::Failed(StoreError::Unavailable)
            } else {
                SaveStatus::Saved
            }),
            toast: RwSignal::new(None),
            trash: RwSignal::new(Vec::new()),
            changed_elsewhere: RwSignal::new(false),
            read_only: RwSignal::new(false),
        };
        state.read_entries_for_first_render();
        state.open_route_plan();
        state
    }

    /// Reads the plan list for the app's first render. A plan page needs only its own entry
    /// then (its title, the switcher's chosen option); the whole list, for which every stored
    /// plan is parsed, follows after the first paint. With all of it read first, a plan page's
    /// first render took about 60% longer with 30 plans stored than with one.
    fn read_entries_for_first_render(&self) {
        let Some(id) = self.route.with_untracked(|r| r.plan_id().map(str::to_string)) else {
            return self.refresh_entries();
        };
        self.show_part_of_entries(with_library(|l| l.entry(&id)).map(|entry| entry.into_iter().collect()));
        let state = *self;
        leptos::task::spawn_local(async move {
            browser::after_first_paint().await;
            state.read_entries_in_slices().await;
        });
    }

    /// Reads the whole plan list a few milliseconds at a time, with a task in between, so that a
    /// long list (an instructor's class) is not one long task; then shows it. A list shown
    /// meanwhile (a save, a delete, another tab's write) may be newer than some records read
    /// before it, so then the list is read again, at once.
    async fn read_entries_in_slices(self) {
        let shown_before = LISTS_SHOWN.get();
        let mut reading = match with_library(|l| l.start_list()) {
            Ok(reading) => reading,
            Err(e) => return self.show_entries(Err(e)),
        };
        let mut slice_start = browser::now_ms();
        loop {
            match with_library(|l| reading.read_next(l)) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => return self.show_entries(Err(e)),
            }
            if browser::now_ms().saturating_sub(slice_start) >= LIST_SLICE_MS {
                browser::next_task().await;
                slice_start = browser::now_ms();
            }
        }
        if LISTS_SHOWN.get() == shown_before {
            self.show_entries(Ok(reading.finish()));
        } else {
            self.refresh_entries();
        }
    }

    pub fn t(&self, msg: impl i18n::Text) -> &'static str {
        self.lang.get().t(msg)
    }

    /// The text of `msg` in the current language, as a reactive text or attribute value. Every
    /// call site gets the same closure type, so the view code that renders it is compiled once;
    /// a `move || state.t(..)` closure written at each site made a copy per site.
    pub fn text(self, msg: impl i18n::Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.lang.get().t(msg)
    }

    /// The title that the plan list gives the plan the route names (tracked), or `None` when the
    /// list has no readable plan by that id. The list is read without the typed plan reader, so
    /// this is there before the plan itself.
    pub fn listed_title(&self) -> Option<String> {
        let id = self.route.with(|r| r.plan_id().map(str::to_string))?;
        self.entries.with(|es| listed_title(es, &id))
    }

    /// Re-reads the plan list from storage.
    pub fn refresh_entries(&self) {
        self.show_entries(with_library(|l| l.list()));
    }

    /// Brings the plan list up to date after plan `id` alone was written or removed: only its
    /// record is read again, not every stored plan (a save runs after each pause in typing).
    fn relist_entry(&self, id: &str) {
        let mut entries = self.entries.get_untracked();
        // A list that was partial stays so: only one entry was read again.
        self.show_part_of_entries(with_library(|l| l.relist(&mut entries, id)).map(|()| entries));
    }

    /// Shows the whole plan list just read, or keeps the one shown and reports why it could not
    /// be read. Either way the list is no longer being read: an error is shown as such.
    fn show_entries(&self, read: Result<Vec<Entry>, StoreError>) {
        self.show_part_of_entries(read);
        set_if_changed(self.entries_complete, true);
    }

    /// Shows a plan list that may not yet hold every stored plan, or reports why it could not
    /// be read.
    fn show_part_of_entries(&self, read: Result<Vec<Entry>, StoreError>) {
        match read {
            Ok(list) => {
                LISTS_SHOWN.set(LISTS_SHOWN.get() + 1);
                self.entries.set(list);
            }
            Err(e) => self.save_error.set(Some(e)),
        }
    }

    /// Loads the plan the route names, if it is not already open. The typed plan reader may
    /// have to be fetched first (the first plan opened in a visit); the page waits for it.
    pub fn open_route_plan(&self) {
        let wanted = self.route.with_untracked(|r| match r {
            Route::Scratch(_) => Some(SCRATCH_ID.to_string()),
            other => other.plan_id().map(str::to_string),
        });
        let open = self.plan.with_untracked(|p| p.as_ref().map(|p| p.id.clone()));
        if wanted == open {
            return;
        }
        self.flush_save();
        self.changed_elsewhere.set(false);
        self.read_only.set(false);
        let Some(id) = wanted else {
            self.plan.set(None);
            set_if_changed(self.open_problem, None);
            return;
        };
        if self.on_scratch() {
            let kept = SCRATCH.with_borrow(Clone::clone);
            self.plan.set(Some(kept.unwrap_or_else(|| scratch_plan(self.lang.get_untracked(), browser::now_ms()))));
            set_if_changed(self.open_problem, None);
            return;
        }
        let state = *self;
        codec_gate::with_codec(move |loaded| {
            // The route may have moved on while the reader loaded.
            if state.route.with_untracked(|r| r.plan_id() != Some(id.as_str())) {
                return;
            }
            match loaded {
                Ok(()) => state.load_plan(&id),
                Err(_) => {
                    state.plan.set(None);
                    set_if_changed(state.open_problem, Some(OpenProblem::CodeUnavailable));
                }
            }
        });
    }

    fn load_plan(&self, id: &str) {
        if let Some(unsaved) = UNSAVED.with_borrow(|u| u.clone().filter(|p| p.id == id)) {
            // The version that could not be written is newer than the stored one.
            self.plan.set(Some(unsaved));
            set_if_changed(self.open_problem, None);
            return self.retry_unsaved();
        }
        match with_library(|l| l.load(id)) {
            Ok(Some(Ok(plan))) => {
                self.plan.set(Some(plan));
                set_if_changed(self.open_problem, None);
                // The plan on screen is the stored one (another plan's failure is not this one's).
                if !self.in_memory.get_untracked() {
                    set_if_changed(self.save_status, SaveStatus::Saved);
                }
            }
            Ok(Some(Err(reason))) => {
                self.plan.set(None);
                set_if_changed(self.open_problem, Some(OpenProblem::Unreadable(reason)));
            }
            Ok(None) => {
                self.plan.set(None);
                set_if_changed(self.open_problem, Some(OpenProblem::NotFound));
            }
            Err(e) => {
                self.plan.set(None);
                self.save_error.set(Some(e));
            }
        }
    }

    /// Runs `action` once the typed plan reader and writer are loaded (at once when they are);
    /// says so, and changes nothing, when they cannot be fetched.
    pub fn with_codec(self, action: impl FnOnce(AppState) + 'static) {
        codec_gate::with_codec(move |loaded| match loaded {
            Ok(()) => action(self),
            Err(_) => self.toast.set(Some(Toast::CodeUnavailable)),
        });
    }

    /// Follows a fragment change (a link, back or forward).
    pub fn follow_fragment(&self) {
        let route = Route::parse(&browser::fragment());
        set_if_changed(self.route, route);
        self.open_route_plan();
    }

    /// Changes the open plan and schedules the write. A plan viewed from a link is not
    /// editable: its fields are shown read-only and nothing is written.
    pub fn edit(&self, change: impl FnOnce(&mut Plan)) {
        if self.read_only.get_untracked() {
            return;
        }
        self.plan.update(|p| {
            if let Some(p) = p {
                change(p);
                p.updated_ms = browser::now_ms();
            }
        });
        if self.on_scratch() {
            // Kept in this tab only, for coming back to the calculators.
            SCRATCH.set(self.plan.get_untracked());
        } else {
            self.schedule_save();
        }
    }

    /// The open plan's currency, for every cost a page shows (tracked).
    pub fn currency(&self) -> Option<crate::plan::Currency> {
        self.plan.with(|p| p.as_ref().and_then(|p| p.currency))
    }

    /// Whether a calculator is open from the start page: its plan is a scratch plan, kept in
    /// memory only (`crate::scratch`).
    pub fn on_scratch(&self) -> bool {
        self.route.with_untracked(|r| matches!(r, Route::Scratch(_)))
    }

    fn schedule_save(&self) {
        let state = *self;
        if !self.in_memory.get_untracked() {
            set_if_changed(self.save_status, SaveStatus::Saving);
        }
        PENDING_SAVE.with(|pending| {
            if let Some(handle) = pending.borrow_mut().take() {
                handle.clear();
            }
            *pending.borrow_mut() = set_timeout_with_handle(move || state.save_now(), SAVE_DELAY).ok();
        });
    }

    /// Writes a pending edit at once (the page is being hidden or another plan opens).
    pub fn flush_save(&self) {
        let pending = PENDING_SAVE.with(|p| p.borrow_mut().take());
        if let Some(handle) = pending {
            handle.clear();
            self.save_now();
        }
    }

    pub fn has_pending_save(&self) -> bool {
        PENDING_SAVE.with(|p| p.borrow().is_some())
    }

    fn save_now(&self) {
        PENDING_SAVE.with(|p| p.borrow_mut().take());
        if self.read_only.get_untracked() || self.on_scratch() {
            return;
        }
        let Some(plan) = self.plan.get_untracked() else { return };
        self.save_open_plan(plan);
    }

    /// Writes the open plan and shows the outcome as its save status. One that cannot be written
    /// is kept as [`UNSAVED`] until a write goes through.
    fn save_open_plan(&self, plan: Plan) {
        let status = match self.write(&plan) {
            // Kept, but in this tab only.
            Ok(()) if self.in_memory.get_untracked() => SaveStatus::Failed(StoreError::Unavailable),
            Ok(()) => {
                UNSAVED.set(None);
                SaveStatus::Saved
            }
            Err(e) => {
                UNSAVED.set(Some(plan));
                SaveStatus::Failed(e)
            }
        };
        set_if_changed(self.save_status, status);
    }

    /// Writes the version of a plan that could not be written before, if there is one: space
    /// may have been freed since (a delete, the trash emptied, another tab).
    fn retry_unsaved(&self) {
        let Some(plan) = UNSAVED.with_borrow(Clone::clone) else { return };
        if self.in_memory.get_untracked() {
            return;
        }
        let open = self.plan.with_untracked(|p| p.as_ref().is_some_and(|p| p.id == plan.id));
        if open {
            // The open plan may have changed since; its newest version is the one to write.
            self.save_now();
        } else if self.write(&plan).is_ok() {
            UNSAVED.set(None);
        }
    }

    /// Writes one plan and reports the outcome; the plan in memory is kept either way.
    fn write(&self, plan: &Plan) -> Result<(), StoreError> {
        // The day's first edit of a stored plan keeps the plan as it was, as an automatic version.
        if plan.id != SCRATCH_ID {
            let name = browser::format_time(browser::now_ms(), self.lang.get_untracked().tag());
            if let Err(e) = with_library(|l| l.auto_version(&plan.id, &name, browser::now_ms(), plan.created_ms)) {
                self.save_error.set(Some(e));
            }
        }
        let written = with_library(|l| l.save(plan));
        match &written {
            Ok(()) => {
                set_if_changed(self.save_error, None);
                self.relist_entry(&plan.id);
            }
            Err(e) => self.save_error.set(Some(e.clone())),
        }
        written
    }

    /// Creates an empty plan, saves it and opens its first step.
    pub fn create_plan(&self) {
        self.with_codec(|state| state.add_and_open(Plan::new(browser::new_plan_id(), "", browser::now_ms())));
    }

    /// Shows a plan from a link without saving it.
    pub fn view_unsaved(&self, plan: Plan) {
        self.flush_save();
        self.read_only.set(true);
        set_if_changed(self.open_problem, None);
        self.plan.set(Some(plan));
    }

    /// Saves a plan from a link or a file as a new plan of this browser (always under a fresh
    /// id, so no local plan is ever overwritten) and opens it.
    pub fn save_as_new(&self, plan: &Plan) {
        let copy = plan.duplicate(browser::new_plan_id(), plan.title.clone(), browser::now_ms());
        self.read_only.set(false);
        self.add_and_open(copy);
    }

    /// Adds imported plans (ids already made unique) without opening them.
    pub fn add_imported(&self, plans: &[Plan]) -> bool {
        let ok = plans.iter().all(|p| with_library(|l| l.save(p)).map_err(|e| self.save_error.set(Some(e))).is_ok());
        self.refresh_entries();
        ok
    }

    /// The readable plans among `ids`, in that order.
    fn plans(&self, ids: impl IntoIterator<Item = String>) -> Vec<Plan> {
        ids.into_iter()
            .filter_map(|id| match with_library(|l| l.load(&id)) {
                Ok(Some(Ok(plan))) => Some(plan),
                _ => None,
            })
            .collect()
    }

    /// Downloads the readable plans among `ids` as one plans file named `file_name`.
    pub fn download_plans(&self, ids: &[String], file_name: &'static str) {
        let ids = ids.to_vec();
        self.with_codec(move |state| {
            browser::download(file_name, "application/json", &crate::files::export(&state.plans(ids)));
        });
    }

    /// Downloads every readable plan as one file, and notes when (the start page reminds of a
    /// backup a week after a change that no backup holds).
    pub fn download_backup(&self) {
        self.with_codec(|state| {
            let ids = state.entries.with_untracked(|es| es.iter().map(|e| e.id().to_string()).collect::<Vec<_>>());
            browser::download("mlplan-plans.json", "application/json", &crate::files::export(&state.plans(ids)));
            state.update_prefs(|p| p.backup_ms = Some(browser::now_ms()));
        });
    }

    /// Ids of every stored plan, damaged ones included, so imports never take one.
    pub fn taken_ids(&self) -> std::collections::HashSet<String> {
        self.entries.get_untracked().iter().map(|e| e.id().to_string()).collect()
    }

    /// Saves a new plan (a fresh one, a copy, an example) and opens it.
    pub fn add_and_open(&self, plan: Plan) {
        self.save_and_open(plan, Page::Step(crate::plan::Step::Problem));
    }

    /// Saves a plan, new or changed, and opens it at `page`.
    pub fn save_and_open(&self, plan: Plan, page: Page) {
        let route = Route::Plan { id: plan.id.clone(), page };
        self.flush_save();
        self.plan.set(Some(plan.clone()));
        self.save_open_plan(plan);
        set_if_changed(self.open_problem, None);
        self.route.set(route.clone());
        browser::go_to(&route.fragment());
    }

    /// A stored plan, read for a change made away from its page; `None` when it cannot be read.
    /// Needs the typed reader (call it inside [`AppState::with_codec`]).
    pub fn stored_plan(&self, id: &str) -> Option<Plan> {
        with_library(|l| l.load(id)).ok().flatten().and_then(Result::ok)
    }

    pub fn rename(&self, id: &str, title: &str) {
        if self.plan.with_untracked(|p| p.as_ref().is_some_and(|p| p.id == id)) {
            self.edit(|p| p.title = title.to_string());
            self.flush_save();
            return;
        }
        let (id, title) = (id.to_string(), title.to_string());
        self.with_codec(move |state| {
            if let Ok(Some(Ok(mut plan))) = with_library(|l| l.load(&id)) {
                plan.title = title;
                plan.updated_ms = browser::now_ms();
                let _ = state.write(&plan);
            }
        });
    }

    pub fn duplicate(&self, id: &str) {
        self.flush_save();
        let id = id.to_string();
        self.with_codec(move |state| {
            if let Ok(Some(Ok(plan))) = with_library(|l| l.load(&id)) {
                let lang = state.lang.get_untracked();
                let title = i18n::copy_title(lang, &display_title(lang, &plan.title));
                let copy = plan.duplicate(browser::new_plan_id(), title, browser::now_ms());
                let _ = state.write(&copy);
            }
        });
    }

    /// Deletes a plan, keeping it for undo; a record that does not read as a plan is kept as a
    /// backup instead, which takes the typed reader to tell.
    pub fn delete(&self, id: &str) {
        self.delete_all(vec![id.to_string()]);
    }

    /// Deletes several plans at once (to the trash); one notice takes them all back.
    pub fn delete_all(&self, ids: Vec<String>) {
        self.flush_save();
        self.with_codec(move |state| {
            let trash_keys: Vec<String> = ids.iter().filter_map(|id| state.delete_now(id)).collect();
            let title = match ids.as_slice() {
                [id] => state.entries.with_untracked(|es| listed_title(es, id)).unwrap_or_default(),
                _ => String::new(),
            };
            for id in &ids {
                state.relist_entry(id);
            }
            state.refresh_trash();
            state.retry_unsaved();
            // A damaged record is only taken off the list (its backup stays): nothing to undo.
            if !trash_keys.is_empty() {
                let lang = state.lang.get_untracked();
                state.show_deleted(Toast::Deleted { title: display_title(lang, &title), trash_keys });
            }
        });
    }

    /// Deletes one plan to the trash and gives its trash key. When the store is too full to
    /// hold the trash's copy, the person may delete the plan for good instead, to free space.
    fn delete_now(&self, id: &str) -> Option<String> {
        let deleted = match with_library(|l| l.delete(id, browser::now_ms())) {
            Err(StoreError::QuotaExceeded) => {
                let lang = self.lang.get_untracked();
                let title = self.entries.with_untracked(|es| listed_title(es, id)).unwrap_or_default();
                if !browser::confirm(&i18n::delete_for_good_question(lang, &display_title(lang, &title))) {
                    return None;
                }
                with_library(|l| l.delete_for_good(id)).map(|()| None)
            }
            other => other,
        };
        match deleted {
            Ok(trashed) => {
                if self.plan.with_untracked(|p| p.as_ref().is_some_and(|p| p.id == id)) {
                    self.plan.set(None);
                }
                UNSAVED.with_borrow_mut(|u| u.take_if(|p| p.id == id));
                trashed
            }
            Err(e) => {
                self.save_error.set(Some(e));
                None
            }
        }
    }

    /// Shows the notice of a delete, and closes it after a while unless another notice took its
    /// place meanwhile.
    fn show_deleted(&self, toast: Toast) {
        self.toast.set(Some(toast.clone()));
        let state = *self;
        set_timeout(move || state.close_toast_if(|t| *t == toast), DELETED_NOTICE);
    }

    /// Closes the notice shown if it is one that `which` picks.
    pub fn close_toast_if(&self, which: impl Fn(&Toast) -> bool) {
        self.toast.maybe_update(|t| {
            let close = t.as_ref().is_some_and(&which);
            if close {
                *t = None;
            }
            close
        });
    }

    /// Restores the trashed plan under `trash_key` (a copy under a fresh id if a plan took its
    /// id meanwhile). The notice of its delete, if shown, closes.
    pub fn restore(&self, trash_key: &str) {
        self.restore_all(vec![trash_key.to_string()]);
    }

    /// Restores every trashed plan under `trash_keys` (the undo of a delete of several).
    pub fn restore_all(&self, trash_keys: Vec<String>) {
        self.with_codec(move |state| {
            state.close_toast_if(
                |t| matches!(t, Toast::Deleted { trash_keys: k, .. } if k.iter().any(|k| trash_keys.contains(k))),
            );
            for trash_key in &trash_keys {
                match with_library(|l| l.restore(trash_key, browser::new_plan_id)) {
                    Ok(Some(plan)) => state.relist_entry(&plan.id),
                    Ok(None) => {}
                    Err(e) => {
                        state.save_error.set(Some(e));
                        // The plan may be back even though its trash record could not be removed.
                        state.refresh_entries();
                    }
                }
            }
            state.refresh_trash();
        });
    }

    /// Reads the trash again.
    pub fn refresh_trash(&self) {
        match with_library(|l| l.trash()) {
            Ok(trash) => set_if_changed(self.trash, trash),
            Err(e) => self.save_error.set(Some(e)),
        }
    }

    /// Empties the trash for good once the person confirms, naming how many plans go.
    pub fn empty_trash(&self) {
        self.refresh_trash();
        let n = self.trash.with_untracked(Vec::len);
        if n == 0 || !browser::confirm(&i18n::empty_trash_question(self.lang.get_untracked(), n)) {
            return;
        }
        if let Err(e) = with_library(|l| l.empty_trash()) {
            self.save_error.set(Some(e));
        }
        self.close_toast_if(|t| matches!(t, Toast::Deleted { .. }));
        self.refresh_trash();
        self.retry_unsaved();
    }

    /// The raw text under a storage key (a damaged plan's backup).
    pub fn raw(&self, key: &str) -> Option<String> {
        with_library(|l| l.raw(key).ok().flatten())
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.save_prefs();
    }

    pub fn set_scheme(&self, scheme: Scheme) {
        self.scheme.set(scheme);
        self.save_prefs();
    }

    fn save_prefs(&self) {
        let (lang, scheme) = (self.lang.get_untracked(), self.scheme.get_untracked());
        self.update_prefs(|p| {
            p.lang = Some(lang);
            p.scheme = scheme;
        });
    }

    /// The stored preferences (defaults when there are none or they do not read).
    pub fn prefs(&self) -> Prefs {
        stored_prefs()
    }

    /// Changes the stored preferences and writes them back. Preferences are cheap to choose
    /// again: a full store must not block switching, so a failed write is let go.
    pub fn update_prefs(&self, change: impl FnOnce(&mut Prefs)) {
        let mut prefs = stored_prefs();
        change(&mut prefs);
        let _ = with_library(|l| l.set_prefs(&prefs.to_json()));
    }

    /// How much of the store this app's records and the site's take.
    pub fn usage(&self) -> Result<store::Usage, StoreError> {
        with_library(|l| l.usage())
    }

    /// Another tab wrote `key`: refresh the list, and take the other tab's version of the open
    /// plan unless this tab has an edit of its own waiting to be written.
    pub fn on_storage_changed(&self, key: Option<String>) {
        // One plan's key: only that entry can have changed. Anything else (the other tab
        // cleared the storage, say) reads the whole list again.
        let changed_plan = key.as_deref().and_then(store::plan_id_of_key);
        let trash_only = key.as_deref().is_some_and(store::is_trash_key);
        match changed_plan {
            Some(id) => self.relist_entry(id),
            None if trash_only => {}
            None => self.refresh_entries(),
        }
        if changed_plan.is_none() {
            self.refresh_trash();
        }
        // The other tab may have freed space.
        self.retry_unsaved();
        let Some(open_id) = self.plan.with_untracked(|p| p.as_ref().map(|p| p.id.clone())) else { return };
        let touches_open = key.is_none() || changed_plan == Some(open_id.as_str());
        if !touches_open {
            return;
        }
        match with_library(|l| l.load(&open_id)) {
            // A newer release wrote this plan: this tab must not write it again, and says why
            // (the plan stays on screen, and can still be exported).
            Ok(Some(Err(MigrationError::FutureSchema(schema)))) => {
                set_if_changed(self.save_status, SaveStatus::Failed(StoreError::NewerRecord(schema)));
            }
            Ok(Some(Ok(plan)))
                if !self.has_pending_save() && self.plan.with_untracked(|p| p.as_ref() != Some(&plan)) =>
            {
                self.plan.set(Some(plan));
                self.changed_elsewhere.set(true);
            }
            _ => {}
        }
    }
}

fn stored_prefs() -> Prefs {
    Prefs::parse(with_library(|l| l.prefs().ok().flatten()).as_deref())
}

/// The title of the readable plan `id` in the plan list.
fn listed_title(entries: &[Entry], id: &str) -> Option<String> {
    entries.iter().find_map(|e| match e {
        Entry::Plan { id: i, title, .. } if i == id => Some(title.clone()),
        Entry::Plan { .. } | Entry::Damaged { .. } | Entry::Newer { .. } => None,
    })
}

/// A plan's title, or "Untitled plan" when it has none.
pub fn display_title(lang: Lang, title: &str) -> String {
    if title.trim().is_empty() {
        lang.t(i18n::Msg::UntitledPlan).to_string()
    } else {
        title.to_string()
    }
}
