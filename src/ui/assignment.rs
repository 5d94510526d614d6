//! A classroom template's assignment: the fields an instructor fills in beside the classroom
//! link, and the banner every copy shows on its steps and review.

use super::fields::{lens, read, text_field, write};
use super::state::use_state;
use crate::i18n::{self, Msg, PageMsg};
use crate::plan::Assignment;
use leptos::prelude::*;

/// The task, due date and what to hand in, written into the open plan; they travel in its
/// classroom link.
#[component]
pub fn AssignmentFields() -> impl IntoView {
    let state = use_state();
    let due = read(lens!(assignment.due));
    view! {
        <fieldset class="assignment-fields" data-testid="assignment-fields">
            <legend>{state.text(PageMsg::AssignmentFieldsHeading)}</legend>
            <p class="hint">{state.text(PageMsg::AssignmentFieldsHint)}</p>
            {text_field("assignment-task", PageMsg::AssignmentTask, None, true, lens!(assignment.task))}
            <div class="field">
                <label for="assignment-due">{state.text(PageMsg::AssignmentDue)}</label>
                <input id="assignment-due" type="date" data-testid="assignment-due"
                    prop:value=move || due.get().unwrap_or_default()
                    on:change=move |ev| write(lens!(assignment.due), event_target_value(&ev))/>
            </div>
            {text_field("assignment-hand-in", PageMsg::AssignmentHandIn, None, true, lens!(assignment.hand_in))}
        </fieldset>
    }
}

/// The assignment above a plan's steps and review, when the plan has one. It is part of those
/// pages' chunks, not of the plan page's frame, so the first download does not carry it.
#[component]
pub fn AssignmentBanner() -> impl IntoView {
    let assignment = read(lens!(assignment));
    move || assignment.get().filter(|a| !a.is_empty()).map(assignment_view)
}

/// An assignment as students see it: on their copy, and on the classroom link's page. Built of
/// the elements the start page already uses, so the first download does not grow by more kinds.
pub fn assignment_view(a: Assignment) -> impl IntoView {
    let state = use_state();
    let due = (!a.due.is_empty()).then_some(a.due);
    view! {
        <section class="assignment-banner" data-testid="assignment-banner" aria-labelledby="assignment-heading">
            <h2 id="assignment-heading">{state.text(Msg::AssignmentHeading)}</h2>
            {(!a.task.trim().is_empty()).then(|| view! { <p class="assignment-task">{a.task}</p> })}
            {due.map(|due| view! {
                <p>
                    <strong>{state.text(Msg::AssignmentDueLabel)}</strong>" "
                    <span data-testid="assignment-banner-due">{move || i18n::due_date(state.lang.get(), &due)}</span>
                </p>
            })}
            {(!a.hand_in.trim().is_empty()).then(|| view! {
                <p><strong>{state.text(Msg::AssignmentHandInLabel)}</strong>" "<span>{a.hand_in}</span></p>
            })}
        </section>
    }
}
