//! The Business Model Canvas: nine blocks of short notes in the canonical layout. Notes are added,
//! edited, reordered (buttons, Alt + arrow keys, or dragging within a block) and deleted with undo;
//! every move is announced in a live region.

use super::questions::linked_answer;
use super::{credit, focus_soon, PrintButton};
use crate::canvas::{move_item, text, Block};
use crate::i18n::{Msg, PageMsg};
use crate::ui::state::{use_state, AppState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A deleted note, kept until the next delete so it can be put back.
#[derive(Clone, Debug, PartialEq)]
struct Deleted {
    block: Block,
    at: usize,
    text: String,
}

/// What the canvas's parts share: the live message, the last deletion and the note being dragged.
#[derive(Clone, Copy)]
struct Ctx {
    state: AppState,
    message: RwSignal<String>,
    deleted: RwSignal<Option<Deleted>>,
    dragging: RwSignal<Option<(Block, usize)>>,
}

fn note_id(block: Block, i: usize) -> String {
    format!("bmc-{}-{i}", block.key())
}

impl Ctx {
    fn notes_len(&self, block: Block) -> usize {
        self.state.plan.with(|p| p.as_ref().map_or(0, |p| block.notes(&p.canvas).len()))
    }

    fn move_note(&self, block: Block, from: usize, to: usize) {
        let mut moved = None;
        self.state.edit(|p| {
            let notes = block.notes_mut(&mut p.canvas);
            if move_item(notes, from, to) {
                moved = Some((notes[to].clone(), notes.len()));
            }
        });
        if let Some((note, total)) = moved {
            let lang = self.state.lang.get_untracked();
            self.message.set(text::note_moved(lang, &note, lang.t(block.name()), to + 1, total));
            focus_soon(note_id(block, to));
        }
    }

    fn add(&self, block: Block) {
        let mut at = 0;
        self.state.edit(|p| {
            let notes = block.notes_mut(&mut p.canvas);
            notes.push(String::new());
            at = notes.len() - 1;
        });
        focus_soon(note_id(block, at));
    }

    fn delete(&self, block: Block, at: usize) {
        let mut removed = None;
        self.state.edit(|p| {
            let notes = block.notes_mut(&mut p.canvas);
            if at < notes.len() {
                removed = Some((notes.remove(at), notes.len()));
            }
        });
        let Some((note, left)) = removed else { return };
        let lang = self.state.lang.get_untracked();
        self.message.set(text::note_deleted(lang, &note, lang.t(block.name())));
        self.deleted.set(Some(Deleted { block, at, text: note }));
        focus_soon(if left == 0 { format!("bmc-{}-add", block.key()) } else { note_id(block, at.min(left - 1)) });
    }

    fn undo(&self) {
        let Some(d) = self.deleted.get_untracked() else { return };
        let mut at = d.at;
        self.state.edit(|p| {
            let notes = d.block.notes_mut(&mut p.canvas);
            at = d.at.min(notes.len());
            notes.insert(at, d.text.clone());
        });
        self.deleted.set(None);
        self.message.set(self.state.t(PageMsg::BmcRestored).to_string());
        focus_soon(note_id(d.block, at));
    }
}

#[component]
pub fn Bmc() -> impl IntoView {
    let state = use_state();
    let ctx = Ctx {
        state,
        message: RwSignal::new(String::new()),
        deleted: RwSignal::new(None),
        dragging: RwSignal::new(None),
    };
    view! {
        <section class="canvas-sheet bmc-section" data-sheet="bmc" aria-labelledby="bmc-heading">
            <div class="canvas-head">
                <h2 id="bmc-heading">{state.text(PageMsg::BmcHeading)}</h2>
                <PrintButton sheet="bmc" label=PageMsg::PrintBmc/>
            </div>
            <p class="hint canvas-intro">{state.text(PageMsg::BmcIntro)}</p>
            <div class="bmc" data-testid="bmc">
                {Block::ALL.into_iter().map(|block| block_view(ctx, block)).collect_view()}
            </div>
            {credit(PageMsg::BmcCreditBefore, "Strategyzer", "https://www.strategyzer.com/", PageMsg::BmcCreditAfter)}
            <div class="canvas-status" role="status" aria-live="polite" data-testid="bmc-status">
                <span>{move || ctx.message.get()}</span>
                {move || ctx.deleted.get().map(|_| view! {
                    <button type="button" data-testid="bmc-undo" on:click=move |_| ctx.undo()>
                        {state.text(Msg::Undo)}
                    </button>
                })}
            </div>
        </section>
    }
}

fn block_view(ctx: Ctx, block: Block) -> impl IntoView {
    let state = ctx.state;
    let key = block.key();
    let heading = format!("bmc-{key}-h");
    let labelled_by = heading.clone();
    let len = Memo::new(move |_| ctx.notes_len(block));
    view! {
        <div class="bmc-block" data-block=key id=format!("bmc-{key}") tabindex="-1" role="group" aria-labelledby=labelled_by>
            <h3 id=heading>{state.text(block.name())}</h3>
            <p class="prompt">{state.text(block.prompt())}</p>
            {linked_answer(block)}
            <ol class="notes">
                <For each=move || 0..len.get() key=|i| *i let:i>
                    {note_view(ctx, block, i, len)}
                </For>
            </ol>
            <button type="button" class="add-note" id=format!("bmc-{key}-add") on:click=move |_| ctx.add(block)>
                <span aria-hidden="true">"+ "</span>{state.text(PageMsg::BmcAddNote)}
            </button>
        </div>
    }
}

fn note_view(ctx: Ctx, block: Block, i: usize, len: Memo<usize>) -> impl IntoView {
    let state = ctx.state;
    let value = Memo::new(move |_| {
        state.plan.with(|p| p.as_ref().and_then(|p| block.notes(&p.canvas).get(i).cloned()).unwrap_or_default())
    });
    let lang = move || state.lang.get();
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        state.edit(move |p| {
            if let Some(n) = block.notes_mut(&mut p.canvas).get_mut(i) {
                *n = v;
            }
        });
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        // A note is one line that wraps: Enter adds no line break.
        if ev.key() == "Enter" {
            ev.prevent_default();
            return;
        }
        if !ev.alt_key() {
            return;
        }
        let to = match ev.key().as_str() {
            "ArrowUp" if i > 0 => i - 1,
            "ArrowDown" if i + 1 < len.get_untracked() => i + 1,
            _ => return,
        };
        ev.prevent_default();
        ctx.move_note(block, i, to);
    };
    let on_drag_start = move |ev: web_sys::DragEvent| {
        ctx.dragging.set(Some((block, i)));
        // Firefox starts a drag only when it carries data.
        if let Ok(dt) = js_sys::Reflect::get(&ev, &"dataTransfer".into()) {
            let _ = js_sys::Reflect::set(&dt, &"effectAllowed".into(), &"move".into());
            if let Ok(set) = js_sys::Reflect::get(&dt, &"setData".into()) {
                if let Ok(set) = set.dyn_into::<js_sys::Function>() {
                    let _ = set.call2(&dt, &"text/plain".into(), &value.get_untracked().into());
                }
            }
        }
    };
    let same_block = move || ctx.dragging.get_untracked().is_some_and(|(b, _)| b == block);
    // Outside view!: there a `>` in an attribute value ends the tag.
    let is_last = move || i + 1 >= len.get();
    view! {
        <li class="note"
            class:dragging=move || ctx.dragging.get() == Some((block, i))
            on:dragover=move |ev| if same_block() { ev.prevent_default() }
            on:drop=move |ev| {
                if let Some((b, from)) = ctx.dragging.get_untracked() {
                    if b == block {
                        ev.prevent_default();
                        ctx.move_note(block, from, i);
                    }
                }
                ctx.dragging.set(None);
            }>
            <span class="drag-handle" draggable="true" aria-hidden="true" title=state.text(PageMsg::BmcDragHandle)
                on:dragstart=on_drag_start on:dragend=move |_| ctx.dragging.set(None)>"⠿"</span>
            // A text area so a long note wraps inside its narrow block instead of being cut off.
            <textarea id=note_id(block, i) class="note-text" rows="2"
                aria-label=move || text::note_label(lang(), state.t(block.name()), i + 1)
                prop:value=move || value.get() on:input=on_input on:keydown=on_key/>
            <span class="note-print">{move || value.get()}</span>
            <span class="note-tools">
                <button type="button" class="icon" disabled=move || i == 0
                    aria-label=move || text::move_note_up(lang(), i + 1)
                    on:click=move |_| ctx.move_note(block, i, i - 1)>"↑"</button>
                <button type="button" class="icon" disabled=is_last
                    aria-label=move || text::move_note_down(lang(), i + 1)
                    on:click=move |_| ctx.move_note(block, i, i + 1)>"↓"</button>
                <button type="button" class="icon danger" data-testid="delete-note"
                    aria-label=move || text::delete_note(lang(), i + 1)
                    on:click=move |_| ctx.delete(block, i)>"×"</button>
            </span>
        </li>
    }
}
