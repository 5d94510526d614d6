//! One file per lifecycle step; this module names the steps and frames each page.

mod baseline;
mod business;
mod constraints;
mod data;
mod feasibility;
mod goals;
mod metrics;
mod monitoring;
mod problem;

use super::state::use_state;
use super::step_nav::page_href;
use crate::i18n::{self, Msg, PageMsg};
use crate::plan::Step;
use crate::route::{Page, Tool};
use crate::ui::show::show;
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

/// The heading and guidance of one step. They are part of the start-up module, so a step's
/// text shows while its fields (a chunk in the release build) load.
#[component]
pub fn StepHead(step: Step) -> impl IntoView {
    let state = use_state();
    view! {
        <header class="step-head">
            <p class="step-pos">{move || i18n::step_position(state.lang.get(), step.number(), Step::ALL.len())}</p>
            <h1 id="page-heading">{state.text(name(step))}</h1>
            <p class="guide">{state.text(guide(step))}</p>
        </header>
    }
}

/// The fields of one step.
#[component]
pub fn StepFields(step: Step) -> impl IntoView {
    view! {
        {match step {
            Step::Problem => view! { <problem::ProblemStep/> }.into_any(),
            Step::Feasibility => view! { <feasibility::FeasibilityStep/> }.into_any(),
            Step::Goals => view! { <goals::GoalsStep/> }.into_any(),
            Step::Data => view! { <data::DataStep/> }.into_any(),
            Step::Constraints => view! { <constraints::ConstraintsStep/> }.into_any(),
            Step::Baseline => view! { <baseline::BaselineStep/> }.into_any(),
            Step::Metrics => view! { <metrics::MetricsStep/> }.into_any(),
            Step::Monitoring => view! { <monitoring::MonitoringStep/> }.into_any(),
            Step::Business => view! { <business::BusinessStep/> }.into_any(),
        }}
    }
}

/// A link to a decision calculator, with a line on what it decides.
fn calc_link(tool: Tool, label: PageMsg, note: PageMsg) -> impl IntoView {
    let state = use_state();
    // The calculator is built only once opened, so a step stays light until it is needed.
    let open = RwSignal::new(false);
    view! {
        <div class="calc-link" data-tool=tool.slug()>
            <p>
                <a href=move || page_href(Page::Calc(tool))>{state.text(label)}</a>
                " "
                <span class="hint">{state.text(note)}</span>
            </p>
            <details class="calc-inline" on:toggle=move |_| open.update(|o| *o = !*o)>
                <summary>{state.text(Msg::CalcHere)}</summary>
                {show(move || open.get(), move || view! { <crate::ui::calc::InlineCalculator tool=tool/> })}
            </details>
        </div>
    }
}

/// A longer explanation that opens on demand.
fn more(summary: PageMsg, body: &'static [PageMsg]) -> impl IntoView {
    let state = use_state();
    view! {
        <details class="more">
            <summary>{state.text(summary)}</summary>
            {body.iter().map(|m| view! { <p>{state.text(*m)}</p> }).collect_view()}
        </details>
    }
}
