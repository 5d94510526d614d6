//! Step 6: what the first model must beat, and the prototype people will try.

use crate::i18n::PageMsg;
use crate::plan::BaselineKind;
use crate::ui::fields::{choice_field, lens, opt_note, suggest_field, text_field, Opt};
use crate::ui::state::use_state;
use leptos::prelude::*;

const KINDS: &[Opt<BaselineKind>] = &[
    opt_note(BaselineKind::Human, PageMsg::BaselineHuman, PageMsg::BaselineHumanNote),
    opt_note(BaselineKind::RuleBased, PageMsg::BaselineRules, PageMsg::BaselineRulesNote),
    opt_note(BaselineKind::Dummy, PageMsg::BaselineDummy, PageMsg::BaselineDummyNote),
    opt_note(BaselineKind::SimpleModel, PageMsg::BaselineSimple, PageMsg::BaselineSimpleNote),
    opt_note(BaselineKind::PreviousSystem, PageMsg::BaselinePrevious, PageMsg::BaselinePreviousNote),
];

/// Tools that turn a model into a page with an input and an output.
const PROTOTYPE_TOOLS: &[&str] = &["Streamlit", "Gradio", "Voila"];

#[component]
pub fn BaselineStep() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="fields">
            {choice_field("baseline-kind", PageMsg::BaselineKindField, None, KINDS, lens!(baseline.kind))}
            {text_field("baseline-description", PageMsg::BaselineDescription, Some(PageMsg::BaselineDescriptionHint), true, lens!(baseline.description))}
            {text_field("baseline-score", PageMsg::BaselineScore, Some(PageMsg::BaselineScoreHint), false, lens!(baseline.score))}
            {text_field("baseline-margin", PageMsg::BaselineMargin, Some(PageMsg::BaselineMarginHint), false, lens!(baseline.margin))}
        </div>
        <section class="fields" aria-labelledby="prototype-heading">
            <h2 id="prototype-heading">{state.text(PageMsg::PrototypeHeading)}</h2>
            <p class="hint">{state.text(PageMsg::PrototypeIntro)}</p>
            {suggest_field("prototype-tool", PageMsg::PrototypeTool, Some(PageMsg::PrototypeToolHint), PROTOTYPE_TOOLS, lens!(baseline.prototype_tool))}
            {text_field("prototype-audience", PageMsg::PrototypeAudience, None, false, lens!(baseline.prototype_audience))}
            {text_field("prototype-feedback", PageMsg::PrototypeFeedback, Some(PageMsg::PrototypeFeedbackHint), true, lens!(baseline.prototype_feedback))}
        </section>
    }
}
