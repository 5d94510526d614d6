//! Step 5: the limits the project lives within, the risk register with its likelihood × impact
//! matrix, and the performance decisions (with the threshold and speed/accuracy calculators).

use super::calc_link;
use crate::i18n::{Lang, PageMsg};
use crate::plan::ErrorTolerance;
use crate::route::Tool;
use crate::ui::fields::{at, choice_field, lens, list_editor, opt, opt_note, text_field, ListWords, Opt};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// Likelihood and impact, 1 (low) to 3 (high).
const LEVELS: &[Opt<u8>] =
    &[opt(1, PageMsg::RiskLevelLow), opt(2, PageMsg::RiskLevelMedium), opt(3, PageMsg::RiskLevelHigh)];

const TOLERANCES: &[Opt<ErrorTolerance>] = &[
    opt_note(ErrorTolerance::FalsePositivesWorse, PageMsg::TolFpWorse, PageMsg::TolFpWorseNote),
    opt_note(ErrorTolerance::FalseNegativesWorse, PageMsg::TolFnWorse, PageMsg::TolFnWorseNote),
    opt_note(ErrorTolerance::Balanced, PageMsg::TolBalanced, PageMsg::TolBalancedNote),
];

fn level_name(lang: Lang, level: u8) -> &'static str {
    lang.t(match level {
        1 => PageMsg::RiskLevelLow,
        2 => PageMsg::RiskLevelMedium,
        _ => PageMsg::RiskLevelHigh,
    })
}

/// A risk's name in the matrix: its text, or "Risk 2" while it has none.
fn risk_name(lang: Lang, index: usize, text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        format!("{} {}", lang.t(PageMsg::RiskItem), index + 1)
    } else {
        text.to_string()
    }
}

#[component]
pub fn ConstraintsStep() -> impl IntoView {
    let state = use_state();
    let words = ListWords {
        heading: PageMsg::RisksHeading,
        item: PageMsg::RiskItem,
        add: PageMsg::AddRisk,
        empty: PageMsg::NoRisksYet,
    };
    view! {
        <div class="fields">
            {text_field("constraints-schedule", PageMsg::ConSchedule, Some(PageMsg::ConScheduleHint), false, lens!(constraints.schedule))}
            {text_field("constraints-budget", PageMsg::ConBudget, Some(PageMsg::ConBudgetHint), false, lens!(constraints.budget))}
            {text_field("constraints-people", PageMsg::ConPeople, Some(PageMsg::ConPeopleHint), true, lens!(constraints.people))}
            {text_field("constraints-privacy", PageMsg::ConPrivacy, Some(PageMsg::ConPrivacyHint), true, lens!(constraints.privacy))}
            {text_field("constraints-technical", PageMsg::ConTechnical, Some(PageMsg::ConTechnicalHint), true, lens!(constraints.technical))}
            {text_field("constraints-ethics", PageMsg::ConEthics, Some(PageMsg::ConEthicsHint), true, lens!(constraints.ethics))}
        </div>
        {list_editor("risks", words, lens!(constraints.risks), |row, rid| view! {
            {text_field(format!("{rid}-risk"), PageMsg::RiskText, None, false, at!(row, risk))}
            <div class="level-pair">
                {choice_field(format!("{rid}-likelihood"), PageMsg::RiskLikelihood, None, LEVELS, at!(row, likelihood))}
                {choice_field(format!("{rid}-impact"), PageMsg::RiskImpact, None, LEVELS, at!(row, impact))}
            </div>
            {text_field(format!("{rid}-mitigation"), PageMsg::RiskMitigation, None, true, at!(row, mitigation))}
            {text_field(format!("{rid}-owner"), PageMsg::RowOwner, None, false, at!(row, owner))}
        })}
        <RiskMatrix/>
        <section class="fields" aria-labelledby="performance-heading">
            <h2 id="performance-heading">{state.text(PageMsg::PerformanceHeading)}</h2>
            {text_field("constraints-compared", PageMsg::StepComparedWith, Some(PageMsg::ComparedWithHint), false, lens!(constraints.compared_with))}
            {text_field("constraints-threshold", PageMsg::StepThresholdPolicy, Some(PageMsg::ThresholdPolicyHint), true, lens!(constraints.threshold_policy))}
            {calc_link(Tool::Threshold, PageMsg::OpenThresholdCalc, PageMsg::ThresholdCalcNote)}
            {text_field("constraints-speed", PageMsg::StepSpeedAccuracy, Some(PageMsg::SpeedAccuracyHint), true, lens!(constraints.speed_accuracy))}
            {calc_link(Tool::Tradeoff, PageMsg::OpenTradeoffCalc, PageMsg::TradeoffCalcNote)}
            {text_field("constraints-interpretability", PageMsg::StepInterpretability, Some(PageMsg::InterpretabilityHint), true, lens!(constraints.interpretability))}
            {choice_field("constraints-tolerance", PageMsg::ErrorToleranceField, None, TOLERANCES, lens!(constraints.error_tolerance))}
            {text_field("constraints-guards", PageMsg::StepGuards, Some(PageMsg::GuardsHint), true, lens!(constraints.guards))}
            {calc_link(Tool::Errors, PageMsg::OpenErrorsCalc, PageMsg::ErrorsCalcNote)}
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
        <section class="risk-matrix" data-testid="risk-matrix">
            <h2 id="matrix-heading">{state.text(PageMsg::RiskMatrixHeading)}</h2>
            <p class="hint">{state.text(PageMsg::RiskMatrixHint)}</p>
            // Focusable, as it scrolls sideways on a phone, and named by the heading above it.
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="matrix-heading">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{state.text(PageMsg::MatrixCorner)}</th>
                            {[1u8, 2, 3].into_iter().map(|i| view! {
                                <th scope="col">{move || format!("{} {}", state.t(PageMsg::RiskImpact), level_name(lang(), i))}</th>
                            }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {move || [3u8, 2, 1].into_iter().map(|l| view! {
                            <tr>
                                <th scope="row">{move || format!("{} {}", state.t(PageMsg::RiskLikelihood), level_name(lang(), l))}</th>
                                {[1u8, 2, 3].into_iter().map(|i| cell(l, i)).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {move || {
                let names = unrated();
                (!names.is_empty()).then(|| view! {
                    <p data-testid="unrated-risks">{state.text(PageMsg::UnratedRisks)} " " {names.join(", ")}</p>
                })
            }}
        </section>
    }
}
