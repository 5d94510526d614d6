//! Step 3: one goal, the objectives that reach it (each with its label scenario), and how several
//! objectives are combined: one loss, or separate models blended by weights.

use super::{calc_link, more};
use crate::i18n::{self, Msg};
use crate::plan::{LabelScenario, ObjectiveStrategy};
use crate::route::Tool;
use crate::ui::fields::{
    at, choice_field, lens, list_editor, number_field, opt_note, read, text_field, ListWords, Opt, Range,
};
use crate::ui::show::show;
use crate::ui::state::use_state;
use leptos::prelude::*;

const SCENARIOS: &[Opt<LabelScenario>] = &[
    opt_note(LabelScenario::Labelled, Msg::ScenarioLabelled, Msg::ScenarioLabelledHow),
    opt_note(LabelScenario::Proxy, Msg::ScenarioProxy, Msg::ScenarioProxyHow),
    opt_note(LabelScenario::Unlabelled, Msg::ScenarioUnlabelled, Msg::ScenarioUnlabelledHow),
    opt_note(LabelScenario::NoData, Msg::ScenarioNoData, Msg::ScenarioNoDataHow),
];

const STRATEGIES: &[Opt<ObjectiveStrategy>] = &[
    opt_note(ObjectiveStrategy::CombinedLoss, Msg::StrategyCombined, Msg::StrategyCombinedTradeoff),
    opt_note(ObjectiveStrategy::SeparateModels, Msg::StrategySeparate, Msg::StrategySeparateTradeoff),
];

#[component]
pub fn GoalsStep() -> impl IntoView {
    let state = use_state();
    let objectives = lens!(goals.objectives);
    let count = Memo::new(move |_| state.plan.with(|p| p.as_ref().map_or(0, |p| p.goals.objectives.len())));
    let strategy = read(lens!(goals.strategy));
    let separate = move || strategy.get().flatten() == Some(ObjectiveStrategy::SeparateModels);
    let weights = Memo::new(move |_| {
        state.plan.with(|p| {
            p.as_ref().map_or((0.0, 0, 0), |p| {
                let o = &p.goals.objectives;
                (
                    o.iter().filter_map(|o| o.weight).sum::<f64>(),
                    o.iter().filter(|o| o.weight.is_some()).count(),
                    o.len(),
                )
            })
        })
    });
    let words = ListWords {
        heading: Msg::ObjectivesHeading,
        item: Msg::ObjectiveItem,
        add: Msg::AddObjective,
        empty: Msg::NoObjectivesYet,
    };
    view! {
        <div class="fields">
            {text_field("goal", Msg::GoalField, Some(Msg::GoalHint), true, lens!(goals.goal))}
            {more(Msg::GoalExampleSummary, &[Msg::GoalExample1, Msg::GoalExample2])}
        </div>
        {list_editor("objectives", words, objectives, move |row, rid| view! {
            {text_field(format!("{rid}-name"), Msg::ObjectiveName, None, false, at!(row, name))}
            {text_field(format!("{rid}-metric"), Msg::ObjectiveMetric, Some(Msg::ObjectiveMetricHint), false, at!(row, metric))}
            {text_field(format!("{rid}-target"), Msg::ObjectiveTarget, None, false, at!(row, target))}
            {text_field(format!("{rid}-cadence"), Msg::ObjectiveCadence, Some(Msg::ObjectiveCadenceHint), false, at!(row, cadence))}
            {text_field(format!("{rid}-owner"), Msg::RowOwner, None, false, at!(row, owner))}
            {choice_field(format!("{rid}-scenario"), Msg::StepLabelScenario, Some(Msg::LabelScenarioHint), SCENARIOS, at!(row, label_scenario))}
            {text_field(format!("{rid}-label-note"), Msg::StepLabelNote, Some(Msg::LabelNoteHint), true, at!(row, label_note))}
            {show(move || count.get() >= 2, move || number_field(format!("{rid}-weight"), Msg::ObjectiveWeight, Some(Msg::ObjectiveWeightHint), Range::NON_NEGATIVE, at!(row, weight)))}
        })}
        {show(move || count.get() >= 2, move || view! {
            <section class="fields strategy" aria-labelledby="strategy-heading">
                <h2 id="strategy-heading">{state.text(Msg::StrategyHeading)}</h2>
                {choice_field("goals-strategy", Msg::StrategyField, Some(Msg::StrategyHint), STRATEGIES, lens!(goals.strategy))}
                {more(Msg::StrategyMoreSummary, &[Msg::StrategyMore1, Msg::StrategyMore2])}
                {text_field("goals-strategy-note", Msg::StrategyNote, None, true, lens!(goals.strategy_note))}
                <p class="hint" data-testid="weight-sum">
                    {move || weights.with(|(sum, given, total)| i18n::weight_sum(state.lang.get(), *sum, *given, *total))}
                </p>
                {show(separate, || calc_link(Tool::Blend, Msg::OpenBlendCalc, Msg::BlendCalcNote))}
            </section>
        })}
    }
}
