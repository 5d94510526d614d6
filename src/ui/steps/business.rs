//! Step 9: the business model. The three questions, the Business Model Canvas, the flywheel and
//! the Machine Learning Canvas are views of one record (the plan's canvas section and the other
//! steps it draws on), so nothing is typed twice.

use crate::ui::canvas;
use leptos::prelude::*;

#[component]
pub fn BusinessStep() -> impl IntoView {
    view! {
        <canvas::questions::Questions/>
        <canvas::bmc::Bmc/>
        <canvas::flywheel::Flywheel/>
        <canvas::ml::MlCanvas/>
    }
}
