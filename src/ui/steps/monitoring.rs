//! Step 8: what is watched after launch, the error-analysis questions, when to retrain, and where
//! each finding loops back to.

use crate::i18n::Msg;
use crate::ui::fields::{lens, text_field};
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn MonitoringStep() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="fields">
            {text_field("monitoring-watched", Msg::MonWatched, Some(Msg::MonWatchedHint), true, lens!(monitoring.watched))}
            {text_field("monitoring-alerts", Msg::MonAlerts, Some(Msg::MonAlertsHint), true, lens!(monitoring.alerts))}
        </div>
        <section class="fields" aria-labelledby="error-analysis-heading">
            <h2 id="error-analysis-heading">{state.text(Msg::ErrorAnalysisHeading)}</h2>
            <p class="hint">{state.text(Msg::ErrorAnalysisIntro)}</p>
            {text_field("monitoring-outputs", Msg::MonOutputs, None, true, lens!(monitoring.outputs))}
            {text_field("monitoring-where-wrong", Msg::MonWhereWrong, None, true, lens!(monitoring.where_wrong))}
            {text_field("monitoring-basis", Msg::MonBasis, Some(Msg::MonBasisHint), true, lens!(monitoring.basis))}
            {text_field("monitoring-failing", Msg::MonFailing, None, true, lens!(monitoring.failing_features))}
        </section>
        <div class="fields">
            {text_field("monitoring-retrain", Msg::MonRetrain, Some(Msg::MonRetrainHint), true, lens!(monitoring.retrain_trigger))}
            {text_field("monitoring-loop-back", Msg::MonLoopBack, Some(Msg::MonLoopBackHint), true, lens!(monitoring.loop_back))}
        </div>
    }
}
