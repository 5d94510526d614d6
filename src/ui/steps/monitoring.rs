//! Step 8: what is watched after launch, the error-analysis questions, when to retrain, and where
//! each finding loops back to.

use super::calc_link;
use crate::i18n::PageMsg;
use crate::route::Tool;
use crate::ui::fields::{lens, text_field};
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn MonitoringStep() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="fields">
            {text_field("monitoring-watched", PageMsg::MonWatched, Some(PageMsg::MonWatchedHint), true, lens!(monitoring.watched))}
            {text_field("monitoring-alerts", PageMsg::MonAlerts, Some(PageMsg::MonAlertsHint), true, lens!(monitoring.alerts))}
        </div>
        <section class="fields" aria-labelledby="error-analysis-heading">
            <h2 id="error-analysis-heading">{state.text(PageMsg::ErrorAnalysisHeading)}</h2>
            <p class="hint">{state.text(PageMsg::ErrorAnalysisIntro)}</p>
            {text_field("monitoring-outputs", PageMsg::MonOutputs, None, true, lens!(monitoring.outputs))}
            {text_field("monitoring-where-wrong", PageMsg::MonWhereWrong, None, true, lens!(monitoring.where_wrong))}
            {text_field("monitoring-basis", PageMsg::MonBasis, Some(PageMsg::MonBasisHint), true, lens!(monitoring.basis))}
            {text_field("monitoring-failing", PageMsg::MonFailing, None, true, lens!(monitoring.failing_features))}
        </section>
        <div class="fields">
            {text_field("monitoring-retrain", PageMsg::MonRetrain, Some(PageMsg::MonRetrainHint), true, lens!(monitoring.retrain_trigger))}
            {calc_link(Tool::Drift, PageMsg::OpenDriftCalc, PageMsg::DriftCalcNote)}
            {text_field("monitoring-loop-back", PageMsg::MonLoopBack, Some(PageMsg::MonLoopBackHint), true, lens!(monitoring.loop_back))}
        </div>
    }
}
