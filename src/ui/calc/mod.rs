//! The decision calculators, one file each, usable inside their lifecycle step and on a page of
//! their own.

use crate::i18n::Msg;
use crate::route::Tool;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn CalcPage(tool: Tool) -> impl IntoView {
    let state = use_state();
    let _ = tool;
    view! { <h1 id="page-heading">{move || state.t(Msg::Calculators)}</h1> }
}
