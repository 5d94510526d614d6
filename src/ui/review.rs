//! The plan review page: every finding with its severity and a link to the step that fixes it.

use super::state::use_state;
use crate::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn ReviewPage() -> impl IntoView {
    let state = use_state();
    view! { <h1 id="page-heading">{move || state.t(Msg::PlanReview)}</h1> }
}
