//! Speed versus accuracy: the candidate table and the requirements from the plan's `tradeoff`,
//! the Pareto chart, instances and monthly cost per candidate, and the recommendation.

use super::chart::{chart, Axis, ChartData, Mark, MarkKind};
use super::{currency_field, num_field, num_field_with, section_lens, NumSpec, Unit};
use crate::calc::tradeoff::{self, Recommendation, RequirementsError};
use crate::i18n::{self, count, money, num, Lang, PageMsg};
use crate::plan::calc_inputs::{effective_tradeoff, tradeoff_inputs};
use crate::plan::{Candidate, Currency, Plan};
use crate::ui::fields::{keep_one_line, one_line};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// Reads and writes one optional number of candidate `i` (of the section the page shows).
type Reader = fn(&Candidate) -> Option<f64>;
type Writer = fn(&mut Candidate, Option<f64>);

fn cand_field(i: usize, key: &'static str, spec: NumSpec, get: Reader, set: Writer) -> impl IntoView {
    let read = move |p: &Plan| effective_tradeoff(&p.tradeoff).candidates.get(i).and_then(get);
    let write = move |p: &mut Plan, v: Option<f64>| {
        let mut s = effective_tradeoff(&p.tradeoff);
        if let Some(c) = s.candidates.get_mut(i) {
            set(c, v);
        }
        p.tradeoff = s;
    };
    num_field_with(format!("trd-{key}-{i}"), spec, read, write)
}

fn edit_section(state: crate::ui::state::AppState, change: impl FnOnce(&mut crate::plan::TradeoffSection) + 'static) {
    state.edit(move |p| {
        let mut s = effective_tradeoff(&p.tradeoff);
        change(&mut s);
        p.tradeoff = s;
    });
}

#[component]
pub fn TradeoffCalculator() -> impl IntoView {
    let state = use_state();
    let section = Memo::new(move |_| state.plan.with(|p| p.as_ref().map(|p| effective_tradeoff(&p.tradeoff))));
    let report = Memo::new(move |_| {
        section.get().map(|s| {
            let (candidates, requirements) = tradeoff_inputs(&s);
            (candidates.clone(), tradeoff::assess(&candidates, &requirements))
        })
    });
    let n_candidates = Memo::new(move |_| section.with(|s| s.as_ref().map_or(0, |s| s.candidates.len())));

    let name_of = move |i: usize, name: &str, lang: Lang| {
        if name.trim().is_empty() {
            i18n::candidate_name(lang, i + 1)
        } else {
            name.to_string()
        }
    };

    let recommendation = move || {
        let lang = state.lang.get();
        let Some((cands, result)) = report.get() else { return ().into_any() };
        match result {
            Err(e) => view! {
                <div class="notice error" role="alert" data-testid="tradeoff-error"><p>{state.t(requirements_msg(e))}</p></div>
            }
            .into_any(),
            Ok(r) => {
                let text = match r.recommendation {
                    Recommendation::Pick { index, reason } => {
                        let a = &r.assessments[index];
                        i18n::tradeoff_pick(lang, &name_of(index, &cands[index].name, lang), reason, cands[index].quality, cands[index].p95_ms, (a.monthly_cost, state.currency()))
                    }
                    Recommendation::NoneFeasible => state.t(PageMsg::CalcTrdNoneFeasible).to_string(),
                    Recommendation::NoCandidates => state.t(PageMsg::CalcTrdNoCandidates).to_string(),
                };
                view! { <p class="calc-big-text" data-testid="tradeoff-recommendation">{text}</p> }.into_any()
            }
        }
    };

    let chart_data = Signal::derive(move || {
        let lang = state.lang.get();
        let t = |m| lang.t(m).to_string();
        let (cands, result) = report.get().unwrap_or_else(|| (Vec::new(), Err(RequirementsError::PeakNotPositive)));
        let valid: Vec<usize> = (0..cands.len()).filter(|&i| cands[i].invalid_field().is_none()).collect();
        let x = Axis::around(t(PageMsg::CalcTrdP95Axis), valid.iter().map(|&i| cands[i].p95_ms));
        let y = Axis::around(t(PageMsg::CalcTrdQualityAxis), valid.iter().map(|&i| cands[i].quality));
        let mut frontier: Vec<(f64, f64)> = match &result {
            Ok(r) => valid
                .iter()
                .filter(|&&i| !r.assessments[i].dominated)
                .map(|&i| (cands[i].p95_ms, cands[i].quality))
                .collect(),
            Err(_) => Vec::new(),
        };
        crate::order::sort_by(&mut frontier, |a, b| a.0.total_cmp(&b.0));
        let rows = (0..cands.len())
            .map(|i| {
                let c = &cands[i];
                let status = match &result {
                    Ok(r) => status_text(lang, &r.assessments[i], state.currency()),
                    Err(_) => String::new(),
                };
                vec![name_of(i, &c.name, lang), num(c.quality, 4), format!("{} ms", num(c.p95_ms, 1)), status]
            })
            .collect();
        ChartData {
            title: t(PageMsg::CalcTrdChartTitle),
            x,
            y,
            lines: if frontier.len() > 1 { vec![frontier] } else { Vec::new() },
            reference: None,
            table_head: vec![
                t(PageMsg::CalcTrdName),
                t(PageMsg::CalcTrdQuality),
                t(PageMsg::CalcTrdP95),
                t(PageMsg::CalcTrdStatus),
            ],
            table_rows: rows,
        }
    });
    let marks = Signal::derive(move || {
        let lang = state.lang.get();
        let Some((cands, Ok(r))) = report.get() else { return Vec::new() };
        let pick = match r.recommendation {
            Recommendation::Pick { index, .. } => Some(index),
            _ => None,
        };
        (0..cands.len())
            .filter(|&i| cands[i].invalid_field().is_none())
            .map(|i| {
                let a = &r.assessments[i];
                let kind = if Some(i) == pick {
                    MarkKind::Current
                } else if !a.feasible {
                    MarkKind::Crossed
                } else if a.dominated {
                    MarkKind::Dimmed
                } else {
                    MarkKind::Normal
                };
                let label = format!("{}: {}", name_of(i, &cands[i].name, lang), status_text(lang, a, state.currency()));
                Mark { x: cands[i].p95_ms, y: cands[i].quality, label, kind }
            })
            .collect()
    });
    let summary = Signal::derive(move || {
        let lang = state.lang.get();
        let Some((cands, Ok(r))) = report.get() else { return String::new() };
        let parts: Vec<String> = (0..cands.len())
            .map(|i| {
                format!(
                    "{} ({}, {} ms): {}",
                    name_of(i, &cands[i].name, lang),
                    num(cands[i].quality, 4),
                    num(cands[i].p95_ms, 1),
                    status_text(lang, &r.assessments[i], state.currency())
                )
            })
            .collect();
        format!("{} {}", lang.t(PageMsg::CalcTrdChartSummary), parts.join("; "))
    });

    let results = move || {
        let lang = state.lang.get();
        let Some((cands, Ok(r))) = report.get() else { return ().into_any() };
        let currency = state.currency();
        let rows = (0..cands.len())
            .map(|i| {
                let a = &r.assessments[i];
                view! {
                    <tr data-testid="tradeoff-row">
                        <th scope="row">{name_of(i, &cands[i].name, lang)}</th>
                        <td>{if a.instances > 0 { count(a.instances) } else { "—".into() }}</td>
                        <td>{if a.instances > 0 { money(a.monthly_cost, currency, 2) } else { "—".into() }}</td>
                        <td>{status_text(lang, a, currency)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=state.t(PageMsg::CalcTrdResults)>
                <table class="calc-table" data-testid="tradeoff-results">
                    <caption>{state.t(PageMsg::CalcTrdResults)}</caption>
                    <thead><tr>
                        <th scope="col">{state.t(PageMsg::CalcTrdName)}</th>
                        <th scope="col">{state.t(PageMsg::CalcTrdInstances)}</th>
                        <th scope="col">{state.t(PageMsg::CalcTrdMonthly)}</th>
                        <th scope="col">{state.t(PageMsg::CalcTrdStatus)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };

    let cards = move || {
        (0..n_candidates.get())
            .map(|i| {
                let priced_per_1000 = Memo::new(move |_| {
                    section.with(|s| s.as_ref().and_then(|s| s.candidates.get(i)).is_some_and(|c| c.priced_per_1000))
                });
                let name = Memo::new(move |_| {
                    section.with(|s| s.as_ref().and_then(|s| s.candidates.get(i)).map(|c| c.name.clone()).unwrap_or_default())
                });
                let price_field = move || {
                    if priced_per_1000.get() {
                        cand_field(i, "p1000", NumSpec::new("", PageMsg::CalcTrdPricePer1000).unit(Unit::Money).min(0.0),
                            |c| c.cost_per_1000_predictions, |c, v| c.cost_per_1000_predictions = v).into_any()
                    } else {
                        cand_field(i, "phour", NumSpec::new("", PageMsg::CalcTrdPricePerHour).unit(Unit::Money).min(0.0),
                            |c| c.cost_per_instance_hour, |c, v| c.cost_per_instance_hour = v).into_any()
                    }
                };
                let name_id = format!("trd-name-{i}");
                let pricing_id = format!("trd-pricing-{i}");
                view! {
                    <fieldset class="calc-card" data-testid="tradeoff-candidate">
                        <legend>{move || name_of(i, &name.get(), state.lang.get())}</legend>
                        <div class="field">
                            <label for=name_id.clone()>{state.text(PageMsg::CalcTrdName)}</label>
                            <textarea id=name_id class="one-line" rows="1" prop:value=move || name.get()
                                on:keydown=move |ev| keep_one_line(&ev)
                                on:input=move |ev| {
                                    let v = one_line(event_target_value(&ev));
                                    edit_section(state, move |s| if let Some(c) = s.candidates.get_mut(i) { c.name = v });
                                }></textarea>
                        </div>
                        <div class="calc-grid">
                            {cand_field(i, "quality", NumSpec::new("", PageMsg::CalcTrdQuality), |c| c.quality, |c, v| c.quality = v)}
                            {cand_field(i, "p50", NumSpec::new("", PageMsg::CalcTrdP50).unit(Unit::Ms).min(0.0), |c| c.p50_ms, |c, v| c.p50_ms = v)}
                            {cand_field(i, "p95", NumSpec::new("", PageMsg::CalcTrdP95).unit(Unit::Ms).min(0.0), |c| c.p95_ms, |c, v| c.p95_ms = v)}
                            {cand_field(i, "qps", NumSpec::new("", PageMsg::CalcTrdThroughput).unit(Unit::Qps).min(0.0),
                                |c| c.throughput_per_instance, |c, v| c.throughput_per_instance = v)}
                            <div class="field">
                                <label for=pricing_id.clone()>{state.text(PageMsg::CalcTrdPricing)}</label>
                                <select id=pricing_id on:change=move |ev| {
                                    let per_1000 = event_target_value(&ev) == "per1000";
                                    edit_section(state, move |s| if let Some(c) = s.candidates.get_mut(i) { c.priced_per_1000 = per_1000 });
                                }>
                                    <option value="hour" selected=move || !priced_per_1000.get()>{state.text(PageMsg::CalcTrdPerHour)}</option>
                                    <option value="per1000" selected=move || priced_per_1000.get()>{state.text(PageMsg::CalcTrdPer1000)}</option>
                                </select>
                            </div>
                            {price_field}
                            {cand_field(i, "size", NumSpec::new("", PageMsg::CalcTrdSize).unit(Unit::Mb).min(0.0), |c| c.size_mb, |c, v| c.size_mb = v)}
                        </div>
                        <button type="button" class="danger" data-testid="tradeoff-remove"
                            on:click=move |_| edit_section(state, move |s| { if i < s.candidates.len() { s.candidates.remove(i); } })>
                            {move || i18n::remove_label(state.lang.get(), &name_of(i, &name.get(), state.lang.get()))}
                        </button>
                    </fieldset>
                }
            })
            .collect_view()
    };

    view! {
        <section class="calc calc-tradeoff" data-testid="tradeoff-calculator">
            <div class="calc-answer" aria-live="polite">{recommendation}</div>
            {results}
            {chart("tradeoff-chart", chart_data, marks, summary)}
            <h2>{state.text(PageMsg::CalcTrdRequirements)}</h2>
            <div class="calc-grid">
                {num_field(NumSpec::new("trd-budget-ms", PageMsg::CalcTrdP95Budget).unit(Unit::Ms).min(0.0),
                    section_lens!(tradeoff, effective_tradeoff, p95_budget_ms))}
                {num_field(NumSpec::new("trd-peak", PageMsg::CalcTrdPeak).unit(Unit::Qps).min(0.0),
                    section_lens!(tradeoff, effective_tradeoff, peak_qps))}
                {num_field(NumSpec::new("trd-monthly", PageMsg::CalcTrdMonthlyBudget).unit(Unit::Money).min(0.0),
                    section_lens!(tradeoff, effective_tradeoff, monthly_budget))}
                {currency_field("trd-currency")}
            </div>
            <p class="hint">{state.text(PageMsg::CalcTrdConventions)}</p>
            <h2>{state.text(PageMsg::CalcTrdCandidates)}</h2>
            <div class="calc-cards">{cards}</div>
            <button type="button" data-testid="tradeoff-add"
                on:click=move |_| edit_section(state, |s| s.candidates.push(Candidate::default()))>
                {state.text(PageMsg::CalcTrdAdd)}
            </button>
        </section>
    }
}

fn requirements_msg(e: RequirementsError) -> PageMsg {
    match e {
        RequirementsError::PeakNotPositive => PageMsg::CalcTrdErrPeak,
        RequirementsError::AverageInvalid => PageMsg::CalcTrdErrPeak,
        RequirementsError::LatencyBudgetInvalid => PageMsg::CalcTrdErrLatency,
        RequirementsError::BudgetInvalid => PageMsg::CalcTrdErrBudget,
    }
}

fn status_text(lang: Lang, a: &tradeoff::Assessment, currency: Option<Currency>) -> String {
    let mut parts: Vec<String> = a.blockers.iter().map(|b| i18n::tradeoff_blocker(lang, b, currency)).collect();
    if a.feasible {
        parts.push(lang.t(PageMsg::CalcTrdFeasible).to_string());
    }
    if a.dominated {
        parts.push(lang.t(PageMsg::CalcTrdDominated).to_string());
    }
    parts.join("; ")
}
