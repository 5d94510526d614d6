//! The confusion matrix and the figures at the chosen threshold.

use crate::calc::threshold::AtThreshold;
use crate::i18n::{money, num, pct, PageMsg};
use crate::plan::calc_inputs::{self as inputs};
use crate::plan::ThresholdSection;
use crate::ui::calc::{opt, undefined};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// The four cells, each with its share of its actual class.
pub(super) fn matrix(now: Memo<Option<AtThreshold>>) -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        let Some(n) = now.get() else { return ().into_any() };
        let [tp, fp, tn, fn_] = n.cells;
        let cell = |v: f64| if n.counts { num(v, 0) } else { num(v, 1) };
        let rate = |num_: f64, den: f64| if den > 0.0 { pct(num_ / den) } else { undefined(lang).to_string() };
        let caption = if n.counts { PageMsg::CalcThrMatrixCounts } else { PageMsg::CalcThrMatrixModel };
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=lang.t(caption)>
            <table class="confusion" data-testid="confusion-matrix">
                <caption>{lang.t(caption)}</caption>
                <thead><tr>
                    <td></td>
                    <th scope="col">{lang.t(PageMsg::CalcThrPredPos)}</th>
                    <th scope="col">{lang.t(PageMsg::CalcThrPredNeg)}</th>
                </tr></thead>
                <tbody>
                    <tr>
                        <th scope="row">{lang.t(PageMsg::CalcThrActualPos)}</th>
                        <td class="good"><span class="cell-name">{lang.t(PageMsg::CalcThrTp)}</span>
                            <span class="cell-count" data-testid="tp">{cell(tp)}</span>
                            <span class="cell-rate">{rate(tp, tp + fn_)}</span></td>
                        <td class="bad"><span class="cell-name">{lang.t(PageMsg::CalcThrFn)}</span>
                            <span class="cell-count" data-testid="fn">{cell(fn_)}</span>
                            <span class="cell-rate">{rate(fn_, tp + fn_)}</span></td>
                    </tr>
                    <tr>
                        <th scope="row">{lang.t(PageMsg::CalcThrActualNeg)}</th>
                        <td class="bad"><span class="cell-name">{lang.t(PageMsg::CalcThrFp)}</span>
                            <span class="cell-count" data-testid="fp">{cell(fp)}</span>
                            <span class="cell-rate">{rate(fp, fp + tn)}</span></td>
                        <td class="good"><span class="cell-name">{lang.t(PageMsg::CalcThrTn)}</span>
                            <span class="cell-count" data-testid="tn">{cell(tn)}</span>
                            <span class="cell-rate">{rate(tn, fp + tn)}</span></td>
                    </tr>
                </tbody>
            </table>
            </div>
        }
        .into_any()
    }
}

/// Precision, recall and the other rates at the threshold, and the cost when costs are set.
pub(super) fn metrics(now: Memo<Option<AtThreshold>>, section: Memo<ThresholdSection>) -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        let Some(n) = now.get() else { return ().into_any() };
        let m = n.metrics;
        let beta = section.with(inputs::beta);
        let p = |x: Option<f64>| opt(lang, x, pct);
        let d = |x: Option<f64>| opt(lang, x, |v| num(v, 4));
        let mut rows = vec![
            (lang.t(PageMsg::CalcThrPrecision).to_string(), p(m.precision), "precision"),
            (lang.t(PageMsg::CalcThrRecall).to_string(), p(m.recall), "recall"),
            (lang.t(PageMsg::CalcThrSpecificity).to_string(), p(m.specificity), "specificity"),
            (lang.t(PageMsg::CalcThrFpr).to_string(), p(m.false_positive_rate), "fpr"),
            ("F1".to_string(), d(m.f1), "f1"),
            (format!("F-beta (β = {})", num(beta, 2)), d(m.f_beta), "fbeta"),
            (lang.t(PageMsg::CalcThrAccuracy).to_string(), p(m.accuracy), "accuracy"),
            ("MCC".to_string(), d(m.mcc), "mcc"),
            (lang.t(PageMsg::CalcThrFlaggedShare).to_string(), p(m.predicted_positive_share), "flagged"),
        ];
        if let Some(c) = n.cost {
            rows.push((lang.t(PageMsg::CalcThrCostPer1000).to_string(), money(c, state.currency(), 2), "cost"));
        }
        let items = rows
            .into_iter()
            .map(|(k, v, id)| view! { <div class="metric"><dt>{k}</dt><dd data-testid=format!("metric-{id}")>{v}</dd></div> })
            .collect_view();
        view! { <dl class="metrics">{items}</dl> }.into_any()
    }
}
