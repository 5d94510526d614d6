//! The step navigation: every lifecycle step in order with its completion mark.

use super::state::use_state;
use super::steps;
use crate::i18n::{self, Msg};
use crate::plan::Step;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn StepNav(current: Step) -> impl IntoView {
    let state = use_state();
    let done = Memo::new(move |_| state.plan.with(|p| p.as_ref().map(|p| p.completed_steps()).unwrap_or_default()));
    view! {
        <nav class="step-nav" data-testid="step-nav" aria-label=move || state.t(Msg::Steps)>
            <p class="step-progress">{move || i18n::steps_done(state.lang.get(), done.with(Vec::len), Step::ALL.len())}</p>
            <ol>
                {Step::ALL.into_iter().map(|step| {
                    let href = move || {
                        let id = state.route.with(|r| r.plan_id().unwrap_or_default().to_string());
                        Route::Plan { id, step }.fragment()
                    };
                    let complete = move || done.with(|d| d.contains(&step));
                    view! {
                        <li class:current=step == current class:complete=complete data-step=step.slug()>
                            <a href=href aria-current=if step == current { Some("step") } else { None }>
                                <span class="step-num" aria-hidden="true">{step.number()}</span>
                                <span class="step-name">{move || state.t(steps::name(step))}</span>
                                <span class="step-mark" aria-hidden="true">{move || if complete() { "✓" } else { "" }}</span>
                                <span class="visually-hidden">
                                    {move || format!(", {}", state.t(if complete() { Msg::StepComplete } else { Msg::StepIncomplete }))}
                                </span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}
