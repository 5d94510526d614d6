//! Step 5: the limits the project lives within, the risk register with its likelihood × impact
//! matrix, and the performance decisions (with the threshold and speed/accuracy calculators).

use super::calc_link;
use crate::i18n::{Lang, Msg};
use crate::plan::ErrorTolerance;
use crate::route::Tool;
use crate::ui::fields::{at, choice_field, lens, list_editor, opt, opt_note, text_field, ListWords, Opt};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// Likelihood and impact, 1 (low) to 3 (high).
const LEVELS: &[Opt<u8>] = &[opt(1, Msg::RiskLevelLow), opt(2, Msg::RiskLevelMedium), opt(3, Msg::RiskLevelHigh)];

const TOLERANCES: &[Opt<ErrorTolerance>] = &[
    opt_note(ErrorTolerance::FalsePositivesWorse, Msg::TolFpWorse, Msg::TolFpWorseNote),
    opt_note(ErrorTolerance::FalseNegativesWorse, Msg::TolFnWorse, Msg::TolFnWorseNote),
    opt_note(ErrorTolerance::Balanced, Msg::TolBalanced, Msg::TolBalancedNote),
];

fn level_name(lang: Lang, level: u8) -> &'static str {
    lang.t(match level {
        1 => Msg::RiskLevelLow,
        2 => Msg::RiskLevelMedium,
        _ => Msg::RiskLevelHigh,
    })
}

/// A risk's name in the matrix: its text, or "Risk 2" while it has none.
fn risk_name(lang: Lang, index: usize, text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        format!("{} {}", lang.t(Msg::RiskItem), index + 1)
    } else {
        text.to_string()
    }
}

#[component]
pub fn ConstraintsStep() -> impl IntoView {
    let state = use_state();
    let words =
        ListWords { heading: Msg::RisksHeading, item: Msg::RiskItem, add: Msg::AddRisk, empty: Msg::NoRisksYet };
    view! {
        <div class="fields">
            {text_field("constraints-schedule", Msg::ConSchedule, Some(Msg::ConScheduleHint), false, lens!(constraints.schedule))}
            {text_field("constraints-budget", Msg::ConBudget, Some(Msg::ConBudgetHint), false, lens!(constraints.budget))}
            {text_field("constraints-people", Msg::ConPeople, Some(Msg::ConPeopleHint), true, lens!(constraints.people))}
            {text_field("constraints-privacy", Msg::ConPrivacy, Some(Msg::ConPrivacyHint), true, lens!(constraints.privacy))}
            {text_field("constraints-technical", Msg::ConTechnical, Some(Msg::ConTechnicalHint), true, lens!(constraints.technical))}
            {text_field("constraints-ethics", Msg::ConEthics, Some(Msg::ConEthicsHint), true, lens!(constraints.ethics))}
        </div>
        {list_editor("risks", words, lens!(constraints.risks), |row, rid| view! {
            {text_field(format!("{rid}-risk"), Msg::RiskText, None, false, at!(row, risk))}
            <div class="level-pair">
                {choice_field(format!("{rid}-likelihood"), Msg::RiskLikelihood, None, LEVELS, at!(row, likelihood))}
                {choice_field(format!("{rid}-impact"), Msg::RiskImpact, None, LEVELS, at!(row, impact))}
            </div>
            {text_field(format!("{rid}-mitigation"), Msg::RiskMitigation, None, true, at!(row, mitigation))}
            {text_field(format!("{rid}-owner"), Msg::RowOwner, None, false, at!(row, owner))}
        })}
        <RiskMatrix/>
        <section class="fields" aria-labelledby="performance-heading">
            <h2 id="performance-heading">{state.text(Msg::PerformanceHeading)}</h2>
            {text_field("constraints-compared", Msg::StepComparedWith, Some(Msg::ComparedWithHint), false, lens!(constraints.compared_with))}
            {text_field("constraints-threshold", Msg::StepThresholdPolicy, Some(Msg::ThresholdPolicyHint), true, lens!(constraints.threshold_policy))}
            {calc_link(Tool::Threshold, Msg::OpenThresholdCalc, Msg::ThresholdCalcNote)}
            {text_field("constraints-speed", Msg::StepSpeedAccuracy, Some(Msg::SpeedAccuracyHint), true, lens!(constraints.speed_accuracy))}
            {calc_link(Tool::Tradeoff, Msg::OpenTradeoffCalc, Msg::TradeoffCalcNote)}
            {text_field("constraints-interpretability", Msg::StepInterpretability, Some(Msg::InterpretabilityHint), true, lens!(constraints.interpretability))}
            {choice_field("constraints-tolerance", Msg::ErrorToleranceField, None, TOLERANCES, lens!(constraints.error_tolerance))}
            {text_field("constraints-guards", Msg::StepGuards, Some(Msg::GuardsHint), true, lens!(constraints.guards))}
        </section>
    }
}

/// The risks placed by likelihood (rows, high first) and impact (columns), as a table a screen
/// reader reads cell by cell; risks not yet rated are listed under it.
#[component]
fn RiskMatrix() -> impl IntoView {
    let state = use_state();
    let risks = Memo::new(move |_| {
        state.plan.with(|p| {
            p.as_ref().map_or(Vec::new(), |p| {
                p.constraints.risks.iter().map(|r| (r.risk.clone(), r.likelihood, r.impact)).collect::<Vec<_>>()
            })
        })
    });
    let lang = move || state.lang.get();
    let cell = move |l: u8, i: u8| {
        let names: Vec<String> = risks.with(|rs| {
            rs.iter()
                .enumerate()
                .filter(|(_, r)| r.1 == Some(l) && r.2 == Some(i))
                .map(|(n, r)| risk_name(lang(), n, &r.0))
                .collect()
        });
        let severity = match l * i {
            6.. => "sev-high",
            3..=4 => "sev-medium",
            _ => "sev-low",
        };
        view! {
            <td class=severity data-cell=format!("{l}-{i}")>
                {(!names.is_empty()).then(|| view! { <ul>{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul> })}
            </td>
        }
    };
    let unrated = move || {
        risks.with(|rs| {
            rs.iter()
                .enumerate()
                .filter(|(_, r)| r.1.is_none() || r.2.is_none())
                .map(|(n, r)| risk_name(lang(), n, &r.0))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="risk-matrix" aria-labelledby="matrix-heading" data-testid="risk-matrix">
            <h2 id="matrix-heading">{state.text(Msg::RiskMatrixHeading)}</h2>
            <p class="hint">{state.text(Msg::RiskMatrixHint)}</p>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{state.text(Msg::MatrixCorner)}</th>
                            {[1u8, 2, 3].into_iter().map(|i| view! {
                                <th scope="col">{move || format!("{} {}", state.t(Msg::RiskImpact), level_name(lang(), i))}</th>
                            }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {move || [3u8, 2, 1].into_iter().map(|l| view! {
                            <tr>
                                <th scope="row">{move || format!("{} {}", state.t(Msg::RiskLikelihood), level_name(lang(), l))}</th>
                                {[1u8, 2, 3].into_iter().map(|i| cell(l, i)).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {move || {
                let names = unrated();
                (!names.is_empty()).then(|| view! {
                    <p data-testid="unrated-risks">{state.text(Msg::UnratedRisks)} " " {names.join(", ")}</p>
                })
            }}
        </section>
    }
}
