//! Step 7: each business metric with the model metric expected to move it, and how labels are
//! inferred from what users do.

use super::{calc_link, more};
use crate::i18n::Msg;
use crate::plan::Direction;
use crate::route::Tool;
use crate::ui::fields::{at, choice_field, lens, list_editor, opt, text_field, ListWords, Opt};
use leptos::prelude::*;

const DIRECTIONS: &[Opt<Direction>] = &[opt(Direction::Up, Msg::DirectionUp), opt(Direction::Down, Msg::DirectionDown)];

#[component]
pub fn MetricsStep() -> impl IntoView {
    let words = ListWords {
        heading: Msg::MetricLinksHeading,
        item: Msg::MetricLinkItem,
        add: Msg::AddMetricLink,
        empty: Msg::NoMetricLinksYet,
    };
    view! {
        {more(Msg::ProfitLinksSummary, &[Msg::ProfitLinks1, Msg::ProfitLinks2])}
        {list_editor("metric-links", words, lens!(metrics.links), |row, rid| view! {
            {text_field(format!("{rid}-business"), Msg::StepBusinessMetric, Some(Msg::BusinessMetricHint), false, at!(row, business_metric))}
            {choice_field(format!("{rid}-direction"), Msg::MetricDirection, None, DIRECTIONS, at!(row, direction))}
            {text_field(format!("{rid}-model"), Msg::StepModelMetric, Some(Msg::ModelMetricHint), false, at!(row, model_metric))}
        })}
        <div class="fields">
            {text_field("metrics-label-inference", Msg::StepLabelInference, Some(Msg::LabelInferenceHint), true, lens!(metrics.label_inference))}
            {calc_link(Tool::AbTest, Msg::OpenAbCalc, Msg::AbCalcNote)}
        </div>
    }
}
