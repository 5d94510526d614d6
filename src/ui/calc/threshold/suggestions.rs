//! The thresholds that costs, F-beta, Youden's J and the two constraints suggest, each with a
//! button that moves the threshold there.

use super::{targets, threshold_text, Source};
use crate::calc::threshold::{Choice, Suggested};
use crate::i18n::{self, money, num, pct, PageMsg};
use crate::plan::ThresholdSection;
use crate::ui::state::use_state;
use leptos::prelude::*;

/// The table of suggestions, or why there are none. `suggestions` holds the prevalence they were
/// computed at with them; `move_to` moves the threshold to one.
pub(super) fn suggestion_list(
    suggestions: Memo<Option<(f64, Suggested)>>,
    source: Memo<Source>,
    section: Memo<ThresholdSection>,
    move_to: impl Fn(f64) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        let Some((prevalence, s)) = suggestions.get() else {
            let msg = match source.get() {
                Source::Own(_) => PageMsg::CalcThrNeedBothClasses,
                _ => PageMsg::CalcThrNoSuggestions,
            };
            return view! { <p class="hint" data-testid="suggestions-none">{lang.t(msg)}</p> }.into_any();
        };
        let w = section.with(targets);
        let beta = num(w.beta, 2);
        let rows: Vec<(String, Option<Choice>, String, &'static str)> = vec![
            (
                lang.t(PageMsg::CalcThrLeastCost).to_string(),
                s.least_cost,
                s.least_cost.map(|c| format!("{} / 1,000", money(c.value, state.currency(), 2))).unwrap_or_else(|| {
                    if w.costs.is_none() {
                        lang.t(PageMsg::CalcThrEnterCosts).to_string()
                    } else {
                        String::new()
                    }
                }),
                "least-cost",
            ),
            (
                format!("{} (β = {beta})", lang.t(PageMsg::CalcThrBestF)),
                s.best_f_beta,
                s.best_f_beta.map(|c| format!("F = {}", num(c.value, 4))).unwrap_or_default(),
                "best-f",
            ),
            (
                lang.t(PageMsg::CalcThrYouden).to_string(),
                s.youden,
                s.youden.map(|c| format!("J = {}", num(c.value, 4))).unwrap_or_default(),
                "youden",
            ),
            (
                i18n::recall_at_precision(lang, w.min_precision),
                s.recall_at_precision,
                s.recall_at_precision
                    .map(|c| format!("{} {}", lang.t(PageMsg::CalcThrRecall), pct(c.value)))
                    .unwrap_or_else(|| lang.t(PageMsg::CalcThrUnreachable).to_string()),
                "recall-at-precision",
            ),
            (
                i18n::fpr_at_recall(lang, w.min_recall),
                s.fpr_at_recall,
                s.fpr_at_recall
                    .map(|c| format!("{} {}", lang.t(PageMsg::CalcThrFpr), pct(c.value)))
                    .unwrap_or_else(|| lang.t(PageMsg::CalcThrUnreachable).to_string()),
                "fpr-at-recall",
            ),
        ];
        let items = rows
            .into_iter()
            .map(|(label, choice, value, id)| {
                let button = choice.map(|c| {
                    let x = c.point.threshold;
                    let aria = format!("{}: {} ({label})", lang.t(PageMsg::CalcThrMoveHere), threshold_text(lang, x));
                    view! {
                        <button type="button" data-testid=format!("goto-{id}") aria-label=aria on:click=move |_| move_to(x)>
                            {lang.t(PageMsg::CalcThrMoveHere)}
                        </button>
                    }
                });
                view! {
                    <tr data-testid=format!("suggest-{id}")>
                        <th scope="row">{label}</th>
                        <td>{choice.map(|c| threshold_text(lang, c.point.threshold)).unwrap_or_else(|| "—".into())}</td>
                        <td>{value}</td>
                        <td>{button}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=lang.t(PageMsg::CalcThrDecisions)>
                <table class="calc-table suggestions">
                    <thead><tr>
                        <th scope="col">{lang.t(PageMsg::CalcThrCriterion)}</th>
                        <th scope="col">{lang.t(PageMsg::CalcThrThreshold)}</th>
                        <th scope="col">{lang.t(PageMsg::CalcThrValue)}</th>
                        <td></td>
                    </tr></thead>
                    <tbody>{items}</tbody>
                </table>
            </div>
            <p class="hint">{i18n::computed_at_prevalence(lang, prevalence)}</p>
        }
        .into_any()
    }
}
