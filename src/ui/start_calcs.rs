//! The start page's calculators: each opens on a scratch plan (`#/calc/<tool>`), so a person
//! who wants one answer does not have to make a plan first. Code of the `library` chunk.

use super::state::use_state;
use crate::i18n::library::LibraryMsg;
use crate::route::{Route, Tool};
use leptos::prelude::*;

#[component]
pub fn StartCalculators() -> impl IntoView {
    let state = use_state();
    let item = |tool: Tool, label: LibraryMsg| {
        view! {
            <li>
                <a href=Route::Scratch(tool).fragment() data-testid=format!("start-calc-{}", tool.slug())>
                    {state.text(label)}
                </a>
            </li>
        }
    };
    view! {
        <section class="start-calcs" aria-labelledby="start-calcs-heading">
            <h2 id="start-calcs-heading">{state.text(LibraryMsg::CalculatorsHeading)}</h2>
            <p class="hint">{state.text(LibraryMsg::CalculatorsIntro)}</p>
            <ul class="example-list start-calc-list">
                {item(Tool::Threshold, LibraryMsg::StartThreshold)}
                {item(Tool::Tradeoff, LibraryMsg::StartTradeoff)}
                {item(Tool::Blend, LibraryMsg::StartBlend)}
                {item(Tool::AbTest, LibraryMsg::StartAbTest)}
                {item(Tool::Errors, LibraryMsg::StartErrors)}
                {item(Tool::Drift, LibraryMsg::StartDrift)}
            </ul>
        </section>
    }
}
