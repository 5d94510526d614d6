//! The step navigation: every lifecycle step in order with its completion mark, then the
//! plan review and the report; the pager at the foot of a step; and the links between a plan's
//! pages that every page body uses (`page_href`), kept here below the pages rather than in
//! `plan_page`, which holds those bodies.

use super::state::use_state;
use crate::i18n::{self, Msg};
use crate::plan::Step;
use crate::route::Page;
use leptos::prelude::*;

#[component]
pub fn StepNav(current: Memo<Page>) -> impl IntoView {
    let state = use_state();
    // `None` while the plan is being read: no marks yet, and no count.
    let done = Memo::new(move |_| state.plan.with(|p| p.as_ref().map(|p| p.completed_steps())));
    let is_done = move |step: Step| done.with(|d| d.as_ref().is_some_and(|d| d.contains(&step)));
    let is_current = move |page: Page| current.get() == page;
    let aria_current = move |page: Page| move || is_current(page).then_some("page");
    view! {
        <nav class="step-nav" data-testid="step-nav" aria-label=state.text(Msg::Steps)>
            // A no-break space holds the line while there is no count, so nothing moves when it comes.
            <p class="step-progress">{move || match done.with(|d| d.as_ref().map(Vec::len)) {
                Some(n) => i18n::steps_done(state.lang.get(), n, Step::ALL.len()),
                None => "\u{a0}".to_string(),
            }}</p>
            <ol>
                {Step::ALL.into_iter().map(|step| {
                    let complete = move || is_done(step);
                    view! {
                        <li class:current=move || is_current(Page::Step(step)) class:complete=complete data-step=step.slug()>
                            <a href=move || page_href(Page::Step(step)) aria-current=aria_current(Page::Step(step))>
                                <span class="step-num" aria-hidden="true">{step.number()}</span>
                                <span class="step-name">{state.text(i18n::step_name(step))}</span>
                                <span class="step-mark" aria-hidden="true">{move || if complete() { "✓" } else { "" }}</span>
                                <span class="visually-hidden">
                                    {move || format!(", {}", state.t(if complete() { Msg::StepComplete } else { Msg::StepIncomplete }))}
                                </span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <ul class="plan-pages">
                <li class:current=move || is_current(Page::Review)>
                    <a href=move || page_href(Page::Review) aria-current=aria_current(Page::Review)>{state.text(Msg::PlanReview)}</a>
                </li>
                <li class:current=move || is_current(Page::Report)>
                    <a href=move || page_href(Page::Report) aria-current=aria_current(Page::Report)>{state.text(Msg::Report)}</a>
                </li>
            </ul>
        </nav>
    }
}

/// The fragment of another page of the open plan.
pub fn page_href(page: Page) -> String {
    let state = use_state();
    state.route.with(|r| r.with_page(page)).fragment()
}

/// Previous and next step links at the foot of each step.
#[component]
pub fn StepPager(step: Step) -> impl IntoView {
    let state = use_state();
    view! {
        <nav class="pager" aria-label=state.text(Msg::PreviousNext)>
            {step.previous().map(|p| view! {
                <a class="prev" href=move || page_href(Page::Step(p)) rel="prev">
                    <span class="pager-dir">{state.text(Msg::PreviousStep)}</span>
                    <span>{state.text(i18n::step_name(p))}</span>
                </a>
            })}
            <span class="pager-pos">{move || i18n::step_position(state.lang.get(), step.number(), Step::ALL.len())}</span>
            {step.next().map(|n| view! {
                <a class="next" href=move || page_href(Page::Step(n)) rel="next">
                    <span class="pager-dir">{state.text(Msg::NextStep)}</span>
                    <span>{state.text(i18n::step_name(n))}</span>
                </a>
            })}
        </nav>
    }
}
