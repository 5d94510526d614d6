//! A calculator opened from the start page (`#/calc/<tool>`): it works on a scratch plan kept in
//! this tab only, and "Save into a plan" copies its inputs into a new plan or a stored one, then
//! opens that plan's page of the same calculator.

use super::{calc_head, calculator};
use crate::i18n::PageMsg;
use crate::plan::Plan;
use crate::route::{Page, Tool};
use crate::scratch::{save_into, SaveRefused, SCRATCH_ID};
use crate::ui::browser;
use crate::ui::state::{display_title, use_state};
use leptos::prelude::*;

/// The page of a calculator opened from the start page. The scratch plan it works on is opened
/// by [`crate::ui::state::AppState::open_route_plan`].
#[component]
pub fn ScratchCalcPage(tool: Tool) -> impl IntoView {
    let state = use_state();
    let note = view! { <p class="hint" data-testid="scratch-note">{state.text(PageMsg::ScratchNote)}</p> };
    view! {
        {calc_head(tool, Some(note.into_any()))}
        {calculator(tool)}
        <ScratchSave tool=tool/>
        <p class="calc-back">
            <a href="#/" data-testid="calc-back">{state.text(PageMsg::BackToStart)}</a>
        </p>
    }
}

/// Why the chosen plan did not take the calculation.
#[derive(Clone, Copy, PartialEq)]
enum NotSaved {
    Refused(SaveRefused),
    Unreadable,
}

/// "Save into a plan": a new plan, or one of the stored plans this build can open.
#[component]
fn ScratchSave(tool: Tool) -> impl IntoView {
    let state = use_state();
    // The chosen plan's id; empty for a new plan.
    let target = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<NotSaved>);
    let save = move |_| {
        let target = target.get_untracked();
        problem.set(None);
        state.with_codec(move |state| {
            let Some(scratch) = state.plan.get_untracked().filter(|p| p.id == SCRATCH_ID) else { return };
            let into = if target.is_empty() {
                Some(Plan::new(browser::new_plan_id(), "", browser::now_ms()))
            } else {
                state.stored_plan(&target)
            };
            let Some(mut into) = into else { return problem.set(Some(NotSaved::Unreadable)) };
            match save_into(tool, &scratch, &mut into) {
                Ok(()) => {
                    into.updated_ms = browser::now_ms();
                    state.save_and_open(into, Page::Calc(tool));
                }
                Err(refused) => problem.set(Some(NotSaved::Refused(refused))),
            }
        });
    };
    let options = move || {
        let lang = state.lang.get();
        state.entries.with(|entries| {
            entries
                .iter()
                .filter_map(|e| e.plan_title().map(|title| (e.id().to_string(), display_title(lang, title))))
                .map(|(id, title)| view! { <option value=id>{title}</option> })
                .collect_view()
        })
    };
    let message = move || {
        let lang = state.lang.get();
        problem.get().map(|p| match p {
            NotSaved::Refused(refused) => refused.message(lang),
            NotSaved::Unreadable => lang.t(PageMsg::ScratchUnreadable).to_string(),
        })
    };
    view! {
        <section class="scratch-save" aria-labelledby="scratch-save-heading">
            <h2 id="scratch-save-heading">{state.text(PageMsg::ScratchSaveHeading)}</h2>
            <div class="scratch-save-row">
                <label for="scratch-target">{state.text(PageMsg::ScratchSaveInto)}</label>
                <select id="scratch-target" data-testid="scratch-target"
                    on:change=move |ev| target.set(event_target_value(&ev))>
                    <option value="">{state.text(PageMsg::ScratchNewPlan)}</option>
                    {options}
                </select>
                <button type="button" data-testid="scratch-save" on:click=save>{state.text(PageMsg::ScratchSave)}</button>
            </div>
            <p role="alert" class="error" data-testid="scratch-save-problem">{message}</p>
        </section>
    }
}
