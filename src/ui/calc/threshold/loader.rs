//! Own validation scores: a file chosen or dropped (read in slices, with progress) or pasted text,
//! the errors reading them gives, and the exact scores kept for this tab.

use super::Shared;
use crate::calc::threshold::{
    threshold_for_new_scores, ScoreSummary, Scores, ScoresError, ScoresReader, MAX_TEXT_BYTES,
};
use crate::i18n::{self, Lang, PageMsg};
use crate::ui::calc::file_drop::{file_drop, read_progress};
use crate::ui::state::{use_state, AppState};
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;

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

/// Why the last load failed.
#[derive(Clone, Debug, PartialEq)]
enum LoadError {
    Scores(ScoresError),
    Unreadable,
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

/// The loader's state. It belongs to the calculator, not to the fields that show it, so an error
/// or a read under way stays when the person switches to the model and back.
#[derive(Clone, Copy)]
pub(super) struct Loader {
    state: AppState,
    /// The loaded scores, if any.
    pub(super) own: RwSignal<Option<Shared>>,
    error: RwSignal<Option<LoadError>>,
    progress: RwSignal<Option<f64>>,
    /// Counts loads, so a read that a newer load replaced drops its result.
    generation: StoredValue<u32>,
}

impl Loader {
    /// Own scores kept in the plan come back as exact figures in this tab, else from the summary.
    pub(super) fn new() -> Loader {
        let state = use_state();
        let own: RwSignal<Option<Shared>> = RwSignal::new(None);
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
        Loader {
            state,
            own,
            error: RwSignal::new(None),
            progress: RwSignal::new(None),
            generation: StoredValue::new(0),
        }
    }

    fn accept(self, scores: Scores, name: Option<String>) {
        let Loader { state, own, error, .. } = self;
        let scores = Arc::new(scores);
        let summary = scores.summary();
        let id = state.plan.with_untracked(|p| p.as_ref().map(|p| p.id.clone())).unwrap_or_default();
        EXACT.with(|c| *c.borrow_mut() = Some((id, summary.clone(), scores.clone())));
        own.set(Some(Shared(scores)));
        error.set(None);
        state.edit(move |p| {
            p.threshold.use_own_scores = true;
            p.threshold.threshold = Some(threshold_for_new_scores(p.threshold.threshold, summary.lo, summary.hi));
            p.threshold.scores = Some(summary);
            p.threshold.scores_name = name;
        });
    }

    fn paste(self, ev: leptos::ev::Event) {
        let Loader { error, progress, generation, .. } = self;
        let text = event_target_value(&ev);
        generation.update_value(|g| *g += 1);
        progress.set(None);
        if text.trim().is_empty() {
            error.set(None);
            return;
        }
        match Scores::parse(&text) {
            Ok(scores) => self.accept(scores, None),
            Err(e) => error.set(Some(LoadError::Scores(e))),
        }
    }

    fn load_file(self, file: web_sys::File) {
        let Loader { error, progress, generation, .. } = self;
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
                    crate::ui::browser::next_task().await;
                    last_yield = js_sys::Date::now();
                }
            }
            match reader.finish() {
                Ok(scores) if current() => {
                    progress.set(None);
                    self.accept(scores, Some(name));
                }
                Ok(_) => {}
                Err(e) => fail(LoadError::Scores(e)),
            }
        });
    }

    /// The drop zone, file chooser and paste box, the progress of a read and its errors.
    pub(super) fn view(self) -> impl IntoView {
        let Loader { state, own, error, progress, .. } = self;
        view! {
            {file_drop("scores", "scores-file", PageMsg::CalcThrOpenFile, move |file| self.load_file(file))}
            <div class="field">
                <label for="scores-text">{state.text(PageMsg::CalcThrPaste)}</label>
                <textarea id="scores-text" data-testid="scores-text" rows="5" spellcheck="false" aria-describedby="scores-format"
                    placeholder="score,label\n0.91,1\n0.35,0" on:input=move |ev| self.paste(ev)></textarea>
            </div>
            <p class="hint" id="scores-format">{state.text(PageMsg::CalcThrFormat)}</p>
            {read_progress("scores", progress)}
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
    }
}
