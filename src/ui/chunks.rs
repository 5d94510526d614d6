//! The body of a plan page (a step's fields, a calculator, the review, the report): code that the
//! start page does not need.
//!
//! The release build (`scripts/wasm.mjs` sets `--cfg mlplan_split`) turns each `*_body` function
//! into a split point: its code moves to a wasm chunk that is fetched the first time one of them
//! is called, so a first visit downloads only the shell. The chunks: `codec` (the typed plan
//! reader and writer, [`super::codec_gate`]), `steps` (a step's fields), `tools` (the calculators,
//! the review and the report, which a step page does not need until a calculator is opened in it;
//! the inline calculator's split point is in [`super::calc`]) and `sharing` ([`super::sharing`]).
//! In other builds (the component tests, a debug `trunk build`) the same functions are called
//! directly. Each split point sits just above the code it loads, so no page imports this module
//! back; [`super::deferred`] shows what they give.

use super::codec_gate::load;
use super::deferred::{deferred_until, Body};
use super::state::use_state;
use crate::i18n;
use crate::plan::Step;
use crate::route::{Page, Tool};
use leptos::prelude::*;
#[cfg(mlplan_split)]
use leptos::wasm_split::wasm_split;

#[cfg_attr(mlplan_split, wasm_split(steps, wasm_split_path = ::leptos::wasm_split, fallible))]
fn step_body(step: Step) -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(move || {
        view! {
            <super::assignment::AssignmentBanner/>
            <super::feedback::FeedbackNotes step=step/>
            <super::steps::StepFields step=step/>
            <super::step_nav::StepPager step=step/>
        }
    }))
}

#[cfg_attr(mlplan_split, wasm_split(tools, wasm_split_path = ::leptos::wasm_split, fallible))]
fn calc_body(tool: Tool) -> Body {
    i18n::load_page_texts();
    // One body for a plan's calculator page and a scratch calculation from the start page: a
    // split point of its own would cost the first visit its loader.
    Ok(ViewFn::from(move || {
        if use_state().on_scratch() {
            view! { <super::calc::ScratchCalcPage tool=tool/> }.into_any()
        } else {
            view! { <super::calc::CalcPage tool=tool/> }.into_any()
        }
    }))
}

#[cfg_attr(mlplan_split, wasm_split(tools, wasm_split_path = ::leptos::wasm_split, fallible))]
fn review_body() -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(|| view! { <super::assignment::AssignmentBanner/> <super::review::ReviewPage/> }))
}

#[cfg_attr(mlplan_split, wasm_split(tools, wasm_split_path = ::leptos::wasm_split, fallible))]
fn report_body() -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(|| view! { <super::report::ReportPage/> }))
}

/// The body of a plan page. A step's heading and guidance come first, from the start-up module.
#[component]
pub fn PageBody(page: Page) -> impl IntoView {
    let head = match page {
        Page::Step(step) => Some(view! { <super::steps::StepHead step=step/> }),
        Page::Calc(_) | Page::Review | Page::Report => None,
    };
    // The fields need the plan, which may still be being read (its reader is a chunk too); the
    // page's chunk loads meanwhile.
    let body = deferred_until(plan_read_before(), move || async move {
        match page {
            Page::Step(step) => load!(step_body(step)),
            Page::Calc(tool) => load!(calc_body(tool)),
            Page::Review => load!(review_body()),
            Page::Report => load!(report_body()),
        }
    });
    view! { {head} {body} }
}

/// Whether the open plan has been read, as of a task before this one. A plan read as the page
/// opens is read in one task and its fields are built in the next, not both in one long task.
fn plan_read_before() -> Signal<bool> {
    let read = use_state().plan_read;
    let read_before = RwSignal::new(read.get_untracked());
    Effect::new(move |_| {
        if read.get() && !read_before.get_untracked() {
            leptos::task::spawn_local(async move {
                super::browser::next_task().await;
                // The page may be gone by then, and its signal with it.
                let _ = read_before.try_set(true);
            });
        }
    });
    Signal::derive(move || read.get() && read_before.get())
}
