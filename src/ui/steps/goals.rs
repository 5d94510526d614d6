//! Step 3: one goal, the objectives that reach it (each with its label scenario), and how several
//! objectives are combined: one loss, or separate models blended by weights.

use super::{calc_link, more};
use crate::i18n::{self, PageMsg};
use crate::plan::{LabelScenario, ObjectiveStrategy};
use crate::route::Tool;
use crate::ui::fields::{
    at, choice_field, lens, list_editor, number_field, opt_note, read, text_field, ListWords, Opt, Range,
};
use crate::ui::show::show;
use crate::ui::state::use_state;
use leptos::prelude::*;

const SCENARIOS: &[Opt<LabelScenario>] = &[
    opt_note(LabelScenario::Labelled, PageMsg::ScenarioLabelled, PageMsg::ScenarioLabelledHow),
    opt_note(LabelScenario::Proxy, PageMsg::ScenarioProxy, PageMsg::ScenarioProxyHow),
    opt_note(LabelScenario::Unlabelled, PageMsg::ScenarioUnlabelled, PageMsg::ScenarioUnlabelledHow),
    opt_note(LabelScenario::NoData, PageMsg::ScenarioNoData, PageMsg::ScenarioNoDataHow),
];

const STRATEGIES: &[Opt<ObjectiveStrategy>] = &[
    opt_note(ObjectiveStrategy::CombinedLoss, PageMsg::StrategyCombined, PageMsg::StrategyCombinedTradeoff),
    opt_note(ObjectiveStrategy::SeparateModels, PageMsg::StrategySeparate, PageMsg::StrategySeparateTradeoff),
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
        heading: PageMsg::ObjectivesHeading,
        item: PageMsg::ObjectiveItem,
        add: PageMsg::AddObjective,
        empty: PageMsg::NoObjectivesYet,
    };
    view! {
        <div class="fields">
            {text_field("goal", PageMsg::GoalField, Some(PageMsg::GoalHint), true, lens!(goals.goal))}
            {more(PageMsg::GoalExampleSummary, &[PageMsg::GoalExample1, PageMsg::GoalExample2])}
        </div>
        {list_editor("objectives", words, objectives, move |row, rid| view! {
            {text_field(format!("{rid}-name"), PageMsg::ObjectiveName, None, false, at!(row, name))}
            {text_field(format!("{rid}-metric"), PageMsg::ObjectiveMetric, Some(PageMsg::ObjectiveMetricHint), false, at!(row, metric))}
            {text_field(format!("{rid}-target"), PageMsg::ObjectiveTarget, None, false, at!(row, target))}
            {text_field(format!("{rid}-cadence"), PageMsg::ObjectiveCadence, Some(PageMsg::ObjectiveCadenceHint), false, at!(row, cadence))}
            {text_field(format!("{rid}-owner"), PageMsg::RowOwner, None, false, at!(row, owner))}
            {choice_field(format!("{rid}-scenario"), PageMsg::StepLabelScenario, Some(PageMsg::LabelScenarioHint), SCENARIOS, at!(row, label_scenario))}
            {text_field(format!("{rid}-label-note"), PageMsg::StepLabelNote, Some(PageMsg::LabelNoteHint), true, at!(row, label_note))}
            {show(move || count.get() >= 2, move || number_field(format!("{rid}-weight"), PageMsg::ObjectiveWeight, Some(PageMsg::ObjectiveWeightHint), Range::NON_NEGATIVE, at!(row, weight)))}
        })}
        {show(move || count.get() >= 2, move || view! {
            <section class="fields strategy" aria-labelledby="strategy-heading">
                <h2 id="strategy-heading">{state.text(PageMsg::StrategyHeading)}</h2>
                {choice_field("goals-strategy", PageMsg::StrategyField, Some(PageMsg::StrategyHint), STRATEGIES, lens!(goals.strategy))}
                {more(PageMsg::StrategyMoreSummary, &[PageMsg::StrategyMore1, PageMsg::StrategyMore2])}
                {text_field("goals-strategy-note", PageMsg::StrategyNote, None, true, lens!(goals.strategy_note))}
                <p class="hint" data-testid="weight-sum">
                    {move || weights.with(|(sum, given, total)| i18n::weight_sum(state.lang.get(), *sum, *given, *total))}
                </p>
                {show(separate, || calc_link(Tool::Blend, PageMsg::OpenBlendCalc, PageMsg::BlendCalcNote))}
            </section>
        })}
    }
}
