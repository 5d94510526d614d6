//! Feedback that travels back: the instructor's comments on a student's plan (written on the
//! read-only view of a handed-in link), the feedback link that carries them, the page that link
//! opens (the comments go into the student's own stored copy), and the comments on each step.

use super::browser;
use super::state::use_state;
use crate::class::{self, ClassMsg as M};
use crate::i18n::Lang;
use crate::plan::{merge_comments, Comment, Plan, Step};
use crate::route::{Page, Route};
use crate::share::{self, Feedback};
use leptos::prelude::*;

/// The instructor's side: comments on `plan` and the link that carries them.
#[component]
pub fn FeedbackComposer(plan: Plan) -> impl IntoView {
    let state = use_state();
    let text = move |m: M| move || m.text(state.lang.get());
    let comments = RwSignal::new(Vec::<Comment>::new());
    let step = RwSignal::new(Step::Problem);
    let field = RwSignal::new(String::new());
    let draft = RwSignal::new(String::new());
    let (plan_id, plan_title) = (plan.id.clone(), plan.title.clone());
    let fields = Memo::new(move |_| class::fields(&plan, state.lang.get()));
    let link = Memo::new(move |_| {
        let feedback = Feedback { plan_id: plan_id.clone(), plan_title: plan_title.clone(), comments: comments.get() };
        let href = browser::href();
        format!(
            "{}{}{}",
            href.split('#').next().unwrap_or_default(),
            share::FEEDBACK_ROUTE,
            share::encode_feedback(&feedback)
        )
    });
    let add = move |_| {
        let words = draft.get_untracked().trim().to_owned();
        if words.is_empty() {
            return;
        }
        let comment = Comment {
            id: browser::new_plan_id(),
            step: step.get_untracked().slug().to_owned(),
            field: field.get_untracked(),
            text: words,
            created_ms: browser::now_ms(),
            done: false,
        };
        comments.update(|c| c.push(comment));
        draft.set(String::new());
    };
    view! {
        <section class="feedback-composer" data-testid="feedback-composer" aria-labelledby="feedback-heading">
            <h2 id="feedback-heading">{text(M::FeedbackHeading)}</h2>
            <p class="hint">{text(M::FeedbackIntro)}</p>
            <div class="field">
                <label for="feedback-step">{text(M::FeedbackStep)}</label>
                <select id="feedback-step" data-testid="feedback-step" on:change=move |ev| {
                    step.set(Step::from_slug(&event_target_value(&ev)).unwrap_or(Step::Problem));
                    field.set(String::new());
                }>
                    {Step::ALL.map(|s| view! {
                        <option value=s.slug() selected=move || step.get() == s>{move || crate::report::numbered_step(s, state.lang.get())}</option>
                    })}
                </select>
            </div>
            <div class="field">
                <label for="feedback-field">{text(M::FeedbackField)}</label>
                <select id="feedback-field" data-testid="feedback-field" on:change=move |ev| field.set(event_target_value(&ev))>
                    <option value="" selected=move || field.with(String::is_empty)>{text(M::FeedbackWholeStep)}</option>
                    {move || {
                        let here = step.get();
                        fields.get().into_iter().filter(|(s, _)| *s == Some(here)).map(|(_, label)| {
                            let value = label.clone();
                            view! { <option value=value.clone() selected=move || field.with(|f| *f == value)>{label}</option> }
                        }).collect_view()
                    }}
                </select>
            </div>
            <div class="field">
                <label for="feedback-text">{text(M::FeedbackText)}</label>
                <textarea id="feedback-text" data-testid="feedback-text" rows="3" prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))></textarea>
            </div>
            <button type="button" data-testid="feedback-add" disabled=move || draft.with(|d| d.trim().is_empty()) on:click=add>
                {text(M::FeedbackAdd)}
            </button>
            <ul class="feedback-list">
                {move || comments.get().into_iter().enumerate().map(|(i, c)| view! {
                    <li data-testid="feedback-item">
                        <strong>{place(state.lang.get(), &c)}</strong> " " <span>{c.text.clone()}</span> " "
                        <button type="button" class="link-button" on:click=move |_| comments.update(|cs| { cs.remove(i); })>
                            {text(M::FeedbackRemove)}
                        </button>
                    </li>
                }).collect_view()}
            </ul>
            {move || (!comments.with(Vec::is_empty)).then(|| view! {
                <div class="field">
                    <label for="feedback-link">{text(M::FeedbackLink)}</label>
                    <div class="share-url-row">
                        <input id="feedback-link" type="text" readonly data-testid="feedback-link" prop:value=move || link.get()
                            on:focus=|_| browser::select_input("feedback-link")/>
                        <button type="button" on:click=move |_| browser::copy_text(&link.get_untracked(), |_| ())>{text(M::FeedbackCopy)}</button>
                    </div>
                </div>
            })}
        </section>
    }
}

/// Where a comment points: its step, and its field when it names one.
fn place(lang: Lang, c: &Comment) -> String {
    let step = c.step().map_or_else(String::new, |s| crate::report::numbered_step(s, lang));
    if c.field.is_empty() {
        step
    } else {
        format!("{step} · {}", c.field)
    }
}

/// The page a feedback link opens: its comments go into this browser's copy of the plan, which
/// then opens at the first step commented on.
#[component]
pub fn FeedbackPage(payload: String) -> impl IntoView {
    let state = use_state();
    let text = move |m: M| move || m.text(state.lang.get());
    let feedback = share::decode_feedback(&payload);
    let problem = match &feedback {
        Ok(f) => match state.stored_plan(&f.plan_id) {
            Some(mut plan) => {
                merge_comments(&mut plan, &f.comments);
                let step = f.comments.iter().find_map(Comment::step).unwrap_or(Step::Problem);
                state.save_and_open(plan, Page::Step(step));
                return ().into_any();
            }
            None => M::FeedbackNotMine,
        },
        Err(_) => M::FeedbackBad,
    };
    let title = feedback.map(|f| f.plan_title).unwrap_or_default();
    view! {
        <section class="notice error" role="alert" data-testid="feedback-error" aria-labelledby="page-heading">
            <h1 id="page-heading">{text(M::FeedbackNotesHeading)}</h1>
            <p>{text(problem)}</p>
            {(!title.is_empty()).then(|| view! { <p>{move || class::feedback_for(state.lang.get(), &title)}</p> })}
            <a href=Route::Home.fragment()>{move || crate::i18n::Msg::BackToPlans.text(state.lang.get())}</a>
        </section>
    }
    .into_any()
}

/// The instructor's comments on `step` (and, on the first step, those on the whole plan), each
/// with a box the student ticks when it is done.
#[component]
pub fn FeedbackNotes(step: Step) -> impl IntoView {
    let state = use_state();
    let here = move |c: &Comment| c.step() == Some(step) || (step == Step::Problem && c.step().is_none());
    let notes = Memo::new(move |_| {
        state.plan.with(|p| {
            p.as_ref().map(|p| p.comments.iter().filter(|c| here(c)).cloned().collect::<Vec<_>>()).unwrap_or_default()
        })
    });
    move || {
        let notes = notes.get();
        (!notes.is_empty()).then(|| view! {
            <section class="feedback-notes" aria-labelledby="feedback-notes-heading">
                <h2 id="feedback-notes-heading">{move || M::FeedbackNotesHeading.text(state.lang.get())}</h2>
                {notes.into_iter().map(|c| {
                    let id = c.id.clone();
                    let (box_id, label_for) = (format!("feedback-done-{}", c.id), format!("feedback-done-{}", c.id));
                    view! {
                        <div class="feedback-note" class:done=c.done data-testid="feedback-note" data-done=c.done.to_string()>
                            {(!c.field.is_empty()).then(|| view! { <p class="feedback-field">{c.field.clone()}</p> })}
                            <p>{c.text.clone()}</p>
                            <label class="check" for=label_for>
                                <input type="checkbox" id=box_id data-testid="feedback-done" prop:checked=c.done
                                    on:change=move |ev| {
                                        let done = event_target_checked(&ev);
                                        let id = id.clone();
                                        state.edit(move |p| p.comments.iter_mut().filter(|c| c.id == id).for_each(|c| c.done = done));
                                    }/>
                                <span>{move || M::FeedbackDone.text(state.lang.get())}</span>
                            </label>
                        </div>
                    }
                }).collect_view()}
            </section>
        })
    }
}
