//! What the calculators that read a person's own file share: the drop zone with its file
//! chooser, the progress of a read, and a table of results in its scrolling box.

use crate::i18n::{pct, PageMsg};
use crate::ui::state::use_state;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A drop zone with a file chooser for one text file. The ids start with `prefix`
/// (`{prefix}-drop`, `{prefix}-file`), and the chooser is described by `{prefix}-format`, the
/// hint on the file's format that the calculator writes beside it; the chooser's test id is
/// `file_testid`, which outside checks name.
pub(crate) fn file_drop(
    prefix: &'static str,
    file_testid: &'static str,
    label: PageMsg,
    on_file: impl Fn(web_sys::File) + Copy + 'static,
) -> impl IntoView {
    let state = use_state();
    let dragging = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            on_file(file);
        }
        // Choosing the same file again should read it again.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            on_file(file);
        }
    };
    let file_id = format!("{prefix}-file");
    view! {
        <div class=move || if dragging.get() { "drop-zone dragging" } else { "drop-zone" } data-testid=format!("{prefix}-drop")
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            <label for=file_id.clone()>{state.text(label)}</label>
            <input id=file_id type="file" data-testid=file_testid aria-describedby=format!("{prefix}-format")
                accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" on:change=on_change/>
            <p class="hint">{state.text(PageMsg::CalcThrDropHint)}</p>
        </div>
    }
}

/// The progress bar of a read under way (`{prefix}-progress`), while `progress` holds a share.
pub(crate) fn read_progress(prefix: &'static str, progress: RwSignal<Option<f64>>) -> impl IntoView {
    let state = use_state();
    move || {
        progress.get().map(|p| {
            let bar = format!("{prefix}-progress-bar");
            view! {
                <div class="calc-progress" data-testid=format!("{prefix}-progress")>
                    <label for=bar.clone()>{state.text(PageMsg::CalcThrReading)}</label>
                    <progress id=bar max="1" value=p.to_string()></progress>
                    <span>{pct(p)}</span>
                </div>
            }
        })
    }
}

/// A table of results in its own scrolling, focusable box, named by its caption.
pub(crate) fn result_table(
    testid: &'static str,
    caption: PageMsg,
    head: &[PageMsg],
    body: impl IntoView,
) -> impl IntoView {
    let state = use_state();
    let head: Vec<PageMsg> = head.to_vec();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=state.t(caption)>
            <table class="calc-table" data-testid=testid>
                <caption>{state.text(caption)}</caption>
                <thead><tr>{head.into_iter().map(|h| view! { <th scope="col">{state.text(h)}</th> }).collect_view()}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
