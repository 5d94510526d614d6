//! The report: the whole plan on one page, for screen, print and Markdown.

use super::state::use_state;
use crate::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn ReportPage() -> impl IntoView {
    let state = use_state();
    view! { <h1 id="page-heading">{move || state.t(Msg::Report)}</h1> }
}
