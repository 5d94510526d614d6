//! Step 6: what the first model must beat, and the prototype people will try.

use crate::i18n::Msg;
use crate::plan::BaselineKind;
use crate::ui::fields::{choice_field, lens, opt_note, suggest_field, text_field, Opt};
use crate::ui::state::use_state;
use leptos::prelude::*;

const KINDS: &[Opt<BaselineKind>] = &[
    opt_note(BaselineKind::Human, Msg::BaselineHuman, Msg::BaselineHumanNote),
    opt_note(BaselineKind::RuleBased, Msg::BaselineRules, Msg::BaselineRulesNote),
    opt_note(BaselineKind::Dummy, Msg::BaselineDummy, Msg::BaselineDummyNote),
    opt_note(BaselineKind::SimpleModel, Msg::BaselineSimple, Msg::BaselineSimpleNote),
    opt_note(BaselineKind::PreviousSystem, Msg::BaselinePrevious, Msg::BaselinePreviousNote),
];

/// Tools that turn a model into a page with an input and an output.
const PROTOTYPE_TOOLS: &[&str] = &["Streamlit", "Gradio", "Voila"];

#[component]
pub fn BaselineStep() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="fields">
            {choice_field("baseline-kind", Msg::BaselineKindField, None, KINDS, lens!(baseline.kind))}
            {text_field("baseline-description", Msg::BaselineDescription, Some(Msg::BaselineDescriptionHint), true, lens!(baseline.description))}
            {text_field("baseline-score", Msg::BaselineScore, Some(Msg::BaselineScoreHint), false, lens!(baseline.score))}
            {text_field("baseline-margin", Msg::BaselineMargin, Some(Msg::BaselineMarginHint), false, lens!(baseline.margin))}
        </div>
        <section class="fields" aria-labelledby="prototype-heading">
            <h2 id="prototype-heading">{state.text(Msg::PrototypeHeading)}</h2>
            <p class="hint">{state.text(Msg::PrototypeIntro)}</p>
            {suggest_field("prototype-tool", Msg::PrototypeTool, Some(Msg::PrototypeToolHint), PROTOTYPE_TOOLS, lens!(baseline.prototype_tool))}
            {text_field("prototype-audience", Msg::PrototypeAudience, None, false, lens!(baseline.prototype_audience))}
            {text_field("prototype-feedback", Msg::PrototypeFeedback, Some(Msg::PrototypeFeedbackHint), true, lens!(baseline.prototype_feedback))}
        </section>
    }
}
