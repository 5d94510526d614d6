//! One file per lifecycle step; this module names the steps and frames each page.

mod business;
mod problem;

use super::state::use_state;
use crate::i18n::{self, Msg};
use crate::plan::Step;
use leptos::prelude::*;

/// The step's name in the navigation and as the page heading.
pub fn name(step: Step) -> Msg {
    i18n::step_name(step)
}

/// What the step asks the person to decide, and why.
fn guide(step: Step) -> Msg {
    match step {
        Step::Problem => Msg::GuideProblem,
        Step::Feasibility => Msg::GuideFeasibility,
        Step::Goals => Msg::GuideGoals,
        Step::Data => Msg::GuideData,
        Step::Constraints => Msg::GuideConstraints,
        Step::Baseline => Msg::GuideBaseline,
        Step::Metrics => Msg::GuideMetrics,
        Step::Monitoring => Msg::GuideMonitoring,
        Step::Business => Msg::GuideBusiness,
    }
}

/// The heading, guidance and fields of one step.
#[component]
pub fn StepPage(step: Step) -> impl IntoView {
    let state = use_state();
    view! {
        <header class="step-head">
            <p class="step-pos">{move || i18n::step_position(state.lang.get(), step.number(), Step::ALL.len())}</p>
            <h1 id="page-heading">{move || state.t(name(step))}</h1>
            <p class="guide">{move || state.t(guide(step))}</p>
        </header>
        {match step {
            Step::Problem => view! { <problem::ProblemStep/> }.into_any(),
            Step::Business => view! { <business::BusinessStep/> }.into_any(),
            _ => ().into_any(),
        }}
    }
}
