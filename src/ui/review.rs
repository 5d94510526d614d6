//! The plan review page: every finding with its severity and a link to the step that fixes it,
//! and [`ReviewSummary`], the same counts in one line for other pages.

use super::show::show_or;
use super::state::use_state;
use super::step_nav::page_href;
use crate::i18n::{Msg, PageMsg};
use crate::plan::Step;
use crate::report::{finding_counts, numbered_step};
use crate::review::{self, Finding};
use crate::route::Page;
use leptos::prelude::*;

/// The open plan's findings, recomputed whenever the plan changes.
fn use_findings() -> Memo<Vec<Finding>> {
    let state = use_state();
    Memo::new(move |_| state.plan.with(|p| p.as_ref().map(review::review).unwrap_or_default()))
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let state = use_state();
    let findings = use_findings();
    // Steps that have findings, in lifecycle order (the review already orders by step).
    let steps = Memo::new(move |_| {
        findings.with(|fs| Step::ALL.into_iter().filter(|s| fs.iter().any(|f| f.step == *s)).collect::<Vec<_>>())
    });
    view! {
        <header class="step-head">
            <h1 id="page-heading">{state.text(Msg::PlanReview)}</h1>
            <p class="guide">{state.text(PageMsg::ReviewIntro)}</p>
        </header>
        <VerdictPanel/>
        <section class="review-findings" data-testid="review-findings" aria-labelledby="findings-heading">
            <h2 id="findings-heading">{state.text(PageMsg::ReviewFindingsHeading)}</h2>
            {show_or(
                move || findings.with(|f| !f.is_empty()),
                move || view! {
                    <p class="review-counts" data-testid="review-counts">
                        {move || findings.with(|f| finding_counts(f, state.lang.get()))}
                    </p>
                    <For each=move || steps.get() key=|s| *s let:step>
                        <StepFindings step=step findings=findings/>
                    </For>
                },
                move || view! {
                    <p class="review-empty" data-testid="review-empty">{state.text(PageMsg::ReviewAllClear)}</p>
                },
            )}
        </section>
    }
}

/// The feasibility verdict in short, with a link to the step that decides it.
#[component]
fn VerdictPanel() -> impl IntoView {
    let state = use_state();
    let verdict = Memo::new(move |_| state.plan.with(|p| p.as_ref().map(|p| review::verdict(&p.feasibility).kind)));
    view! {
        {move || verdict.get().map(|kind| view! {
            <section class="review-verdict" data-testid="review-verdict" data-verdict=kind.slug()
                aria-labelledby="verdict-heading">
                <h2 id="verdict-heading">{state.text(PageMsg::ReviewVerdictHeading)}</h2>
                <p class="verdict-title"><strong>{move || kind.title(state.lang.get())}</strong></p>
                <p>{move || kind.explanation(state.lang.get())}</p>
                <StepLink step=Step::Feasibility/>
            </section>
        })}
    }
}

/// The findings of one step, under the step's numbered name.
#[component]
fn StepFindings(step: Step, findings: Memo<Vec<Finding>>) -> impl IntoView {
    let state = use_state();
    let heading_id = format!("review-step-{}", step.slug());
    let of_step = move || findings.with(|fs| fs.iter().filter(|f| f.step == step).cloned().collect::<Vec<_>>());
    view! {
        <section class="review-step" data-step=step.slug() aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{move || numbered_step(step, state.lang.get())}</h3>
            <ul class="finding-list">
                {move || of_step().into_iter().map(|f| {
                    let (severity, rule) = (f.severity, f.rule);
                    view! {
                        <li class="finding" data-testid="review-finding" data-severity=severity.slug()
                            data-rule=rule data-step=step.slug()>
                            <span class=format!("severity severity-{}", severity.slug())>
                                {move || severity.label(state.lang.get())}
                            </span>
                            <span class="finding-message">{move || f.message(state.lang.get())}</span>
                            <StepLink step=step/>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// "Go to step: 3. Goal and objectives", linking to that step of the open plan.
#[component]
fn StepLink(step: Step) -> impl IntoView {
    let state = use_state();
    view! {
        <a class="step-link" data-testid="review-step-link" href=move || page_href(Page::Step(step))>
            {move || format!("{}: {}", state.t(PageMsg::GoToStep), numbered_step(step, state.lang.get()))}
        </a>
    }
}

/// One line for step pages and the navigation: the plan review's counts per severity, linking to
/// the review page.
#[component]
pub fn ReviewSummary() -> impl IntoView {
    let state = use_state();
    let findings = use_findings();
    let counts = move || {
        let lang = state.lang.get();
        findings.with(|f| {
            if f.is_empty() {
                state.t(PageMsg::ReviewNoneShort).to_string()
            } else {
                finding_counts(f, lang)
            }
        })
    };
    view! {
        <p class="review-summary" data-testid="review-summary">
            <a href=move || page_href(Page::Review)>{state.text(Msg::PlanReview)}</a>
            ": "
            <span data-testid="review-summary-counts">{counts}</span>
        </p>
    }
}
