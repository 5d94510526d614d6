//! An open plan: its title and share button, the step navigation and the current page.

use super::chunks::PageBody;
use super::fields::{keep_one_line, one_line};
use super::show::show;
use super::state::{use_state, OpenProblem, SaveStatus};
use super::step_nav::StepNav;
use crate::i18n::Msg;
use crate::plan::{MigrationError, Step};
use crate::route::{Page, Route};
use crate::store::StoreError;
use leptos::prelude::*;

#[component]
pub fn PlanPage() -> impl IntoView {
    let state = use_state();
    // The route moves to another kind of page just before this one goes; meanwhile it keeps
    // the page it had.
    let page = Memo::new(move |last: Option<&Page>| {
        state.route.with(|r| match r {
            Route::Plan { page, .. } => *page,
            Route::Home
            | Route::Link { .. }
            | Route::Scratch(_)
            | Route::Class(_)
            | Route::Compare(..)
            | Route::Feedback(_) => last.copied().unwrap_or(Page::Step(Step::Problem)),
        })
    });
    view! {
        {move || match state.open_problem.get() {
            Some(problem) => view! { <OpenProblemNotice problem=problem/> }.into_any(),
            // The frame shows as soon as the plan list knows the plan: its title comes from the
            // list, and the fields follow once the typed reader (a chunk) has read the plan.
            None => view! {
                {show(move || state.plan_read.get() || state.listed_title().is_some(), move || view! {
                    <div class="plan-layout">
                        <PlanTitle/>
                        <StepNav current=page/>
                        <article class="step" aria-labelledby="page-heading">
                            {move || {
                                let page = page.get();
                                view! { <PageBody page=page/> }
                            }}
                        </article>
                    </div>
                })}
            }.into_any(),
        }}
    }
}

/// The "Share" button beside the plan title and the panel it opens.
#[component]
pub fn ShareButton() -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(false);
    view! {
        <button type="button" class="share-button" data-testid="share-button"
            aria-expanded=move || open.get().to_string() aria-controls="share-panel"
            disabled=move || !state.plan_read.get()
            on:click=move |_| open.update(|o| *o = !*o)>
            {state.text(Msg::Share)}
        </button>
        {show(move || open.get(), || view! { <super::sharing::SharePanel/> })}
    }
}

/// "Save a version" (at once, named by the date and time) and "Versions", which lists them.
#[component]
fn VersionButtons() -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(false);
    let saved = RwSignal::new(false);
    view! {
        <div class="version-buttons">
            <button type="button" data-testid="version-save" disabled=move || !state.plan_read.get() || state.read_only.get()
                on:click=move |_| saved.set(super::versions::save_version(state))>
                {state.text(Msg::SaveVersion)}
            </button>
            <button type="button" data-testid="version-list-open" aria-expanded=move || open.get().to_string()
                aria-controls="version-panel" disabled=move || !state.plan_read.get()
                on:click=move |_| open.update(|o| *o = !*o)>
                {state.text(Msg::Versions)}
            </button>
            <span role="status" class="hint">{move || saved.get().then(|| state.t(Msg::VersionSaved))}</span>
        </div>
        {show(move || open.get(), || view! { <super::sharing::VersionPanel/> })}
    }
}

/// The editable title of the open plan.
#[component]
fn PlanTitle() -> impl IntoView {
    let state = use_state();
    let title = Memo::new(move |_| {
        state.plan.with(|p| p.as_ref().map(|p| p.title.clone())).or_else(|| state.listed_title()).unwrap_or_default()
    });
    view! {
        <div class="plan-title">
            <label for="plan-title" class="visually-hidden">{state.text(Msg::PlanTitle)}</label>
            <textarea id="plan-title" class="one-line" rows="1" data-testid="plan-title" maxlength="200" autocomplete="off"
                placeholder=state.text(Msg::UntitledPlan)
                // Until the plan is read, an edit would have nothing to change.
                readonly=move || !state.plan_read.get()
                prop:value=move || title.get()
                on:keydown=move |ev| keep_one_line(&ev)
                on:input=move |ev| {
                    let v = one_line(event_target_value(&ev));
                    state.edit(move |p| p.title = v);
                }></textarea>
            <SaveStatusLine/>
            <ShareButton/>
            <VersionButtons/>
        </div>
    }
}

/// Whether the open plan's last change is stored, and why not when it is not.
#[component]
fn SaveStatusLine() -> impl IntoView {
    let state = use_state();
    let shown = move || match state.save_status.get() {
        SaveStatus::Saved => ("saved", Msg::SaveSaved),
        SaveStatus::Saving => ("saving", Msg::SaveSaving),
        SaveStatus::Failed(reason) => (
            "failed",
            match reason {
                StoreError::QuotaExceeded => Msg::SaveFailedFull,
                StoreError::Unavailable => Msg::SaveFailedBlocked,
                StoreError::NewerRecord(_) => Msg::SaveFailedNewer,
                StoreError::ReadBackMismatch => Msg::SaveFailedMismatch,
                StoreError::Other(_) => Msg::SaveFailedOther,
            },
        ),
    };
    view! {
        <p class="hint save-status" role="status" data-testid="save-status" data-state=move || shown().0>
            {move || state.lang.get().t(shown().1)}
        </p>
    }
}

#[component]
fn OpenProblemNotice(problem: OpenProblem) -> impl IntoView {
    let state = use_state();
    let msg = match problem {
        OpenProblem::NotFound => Msg::PlanNotFound,
        OpenProblem::Unreadable(MigrationError::FutureSchema(_)) => Msg::PlanFromNewerVersion,
        OpenProblem::Unreadable(_) => Msg::PlanUnreadable,
        OpenProblem::CodeUnavailable => return super::deferred::unavailable(move || state.open_route_plan()),
    };
    view! {
        <div class="notice error" role="alert" data-testid="open-problem">
            <p>{state.text(msg)}</p>
            <a href=Route::Home.fragment()>{state.text(Msg::BackToPlans)}</a>
        </div>
    }
    .into_any()
}
