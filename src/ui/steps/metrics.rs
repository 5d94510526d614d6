//! Step 7: each business metric with the model metric expected to move it, and how labels are
//! inferred from what users do.

use super::{calc_link, more};
use crate::i18n::PageMsg;
use crate::plan::Direction;
use crate::route::Tool;
use crate::ui::fields::{at, choice_field, lens, list_editor, opt, text_field, ListWords, Opt};
use leptos::prelude::*;

const DIRECTIONS: &[Opt<Direction>] =
    &[opt(Direction::Up, PageMsg::DirectionUp), opt(Direction::Down, PageMsg::DirectionDown)];

#[component]
pub fn MetricsStep() -> impl IntoView {
    let words = ListWords {
        heading: PageMsg::MetricLinksHeading,
        item: PageMsg::MetricLinkItem,
        add: PageMsg::AddMetricLink,
        empty: PageMsg::NoMetricLinksYet,
    };
    view! {
        {more(PageMsg::ProfitLinksSummary, &[PageMsg::ProfitLinks1, PageMsg::ProfitLinks2])}
        {list_editor("metric-links", words, lens!(metrics.links), |row, rid| view! {
            {text_field(format!("{rid}-business"), PageMsg::StepBusinessMetric, Some(PageMsg::BusinessMetricHint), false, at!(row, business_metric))}
            {choice_field(format!("{rid}-direction"), PageMsg::MetricDirection, None, DIRECTIONS, at!(row, direction))}
            {text_field(format!("{rid}-model"), PageMsg::StepModelMetric, Some(PageMsg::ModelMetricHint), false, at!(row, model_metric))}
        })}
        <div class="fields">
            {text_field("metrics-label-inference", PageMsg::StepLabelInference, Some(PageMsg::LabelInferenceHint), true, lens!(metrics.label_inference))}
            {calc_link(Tool::AbTest, PageMsg::OpenAbCalc, PageMsg::AbCalcNote)}
            {calc_link(Tool::Errors, PageMsg::OpenErrorsCalc, PageMsg::ErrorsCalcMetricsNote)}
        </div>
    }
}
