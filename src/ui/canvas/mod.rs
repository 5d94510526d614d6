//! The business model step's views: the three questions, the Business Model Canvas, the
//! flywheel drawing and editor, and the generated Machine Learning Canvas.

pub mod bmc;
pub mod flywheel;
pub mod ml;
pub mod questions;

use crate::i18n::PageMsg;
use crate::ui::browser;
use crate::ui::state::use_state;
use leptos::prelude::*;
use std::time::Duration;

/// Focuses an element once the view has caught up with the last edit.
pub fn focus_soon(id: String) {
    set_timeout(move || browser::focus_id(&id), Duration::ZERO);
}

/// Prints one canvas alone: the print stylesheet shows only the sheet named by `data-print`.
#[component]
pub fn PrintButton(sheet: &'static str, label: PageMsg) -> impl IntoView {
    let state = use_state();
    let print = move |_| {
        browser::set_root_attribute("data-print", sheet);
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
        browser::set_root_attribute("data-print", "");
    };
    view! {
        <button type="button" class="print-canvas" data-testid=format!("print-{sheet}") on:click=print>
            {state.text(label)}
        </button>
    }
}

/// "… is by <a>author</a>, licensed CC BY-SA."
pub fn credit(before: PageMsg, author: &'static str, href: &'static str, after: PageMsg) -> impl IntoView {
    let state = use_state();
    view! {
        <p class="canvas-credit">
            {state.text(before)}
            <a href=href rel="noopener noreferrer">{author}</a>
            {state.text(after)}
        </p>
    }
}
