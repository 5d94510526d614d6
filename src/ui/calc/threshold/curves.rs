//! The areas under the curves and the ROC and precision–recall charts, with the current threshold
//! marked on both.

use super::threshold_text;
use crate::calc::threshold::{AtThreshold, CurvePoint, Curves};
use crate::i18n::{self, num, Lang, PageMsg};
use crate::ui::calc::chart::{chart, Axis, ChartData, Mark, MarkKind};
use crate::ui::show::show;
use crate::ui::state::use_state;
use leptos::prelude::*;

/// ROC AUC and average precision, or why one is undefined.
pub(super) fn areas(curves: Memo<Option<Curves>>) -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        let Some(c) = curves.get() else { return ().into_any() };
        let auc = match c.auc {
            Some(a) => format!("{a:.4}"),
            None => lang.t(PageMsg::CalcThrAucUndefined).to_string(),
        };
        let ap = match c.ap {
            Some(a) => format!("{a:.4}"),
            None => lang.t(PageMsg::CalcThrApUndefined).to_string(),
        };
        view! {
            <dl class="metrics areas">
                <div class="metric"><dt>{lang.t(PageMsg::CalcThrAuc)}</dt><dd data-testid="roc-auc">{auc}</dd></div>
                <div class="metric"><dt>{lang.t(PageMsg::CalcThrAp)}</dt><dd data-testid="average-precision">{ap}</dd></div>
            </dl>
        }
        .into_any()
    }
}

fn curve_table(lang: Lang, pts: &[CurvePoint], x: PageMsg, y: PageMsg) -> (Vec<String>, Vec<Vec<String>>) {
    let head = vec![lang.t(PageMsg::CalcThrThreshold).to_string(), lang.t(x).to_string(), lang.t(y).to_string()];
    let rows = pts.iter().map(|p| vec![threshold_text(lang, p.threshold), num(p.x, 4), num(p.y, 4)]).collect();
    (head, rows)
}

/// Both charts, while there is a curve to draw.
pub(super) fn charts(curves: Memo<Option<Curves>>, now: Memo<Option<AtThreshold>>, threshold: Memo<f64>) -> AnyView {
    let state = use_state();
    let roc_data = Signal::derive(move || {
        let lang = state.lang.get();
        let pts = curves.with(|c| c.as_ref().map(|c| c.roc.clone()).unwrap_or_default());
        let (table_head, table_rows) = curve_table(lang, &pts, PageMsg::CalcThrFpr, PageMsg::CalcThrRecall);
        ChartData {
            title: lang.t(PageMsg::CalcThrRocTitle).to_string(),
            x: Axis::unit(lang.t(PageMsg::CalcThrFpr).to_string()),
            y: Axis::unit(lang.t(PageMsg::CalcThrTprAxis).to_string()),
            lines: vec![pts.iter().map(|p| (p.x, p.y)).collect()],
            reference: Some([(0.0, 0.0), (1.0, 1.0)]),
            table_head,
            table_rows,
        }
    });
    let pr_data = Signal::derive(move || {
        let lang = state.lang.get();
        let pts = curves.with(|c| c.as_ref().map(|c| c.pr.clone()).unwrap_or_default());
        let (table_head, table_rows) = curve_table(lang, &pts, PageMsg::CalcThrRecall, PageMsg::CalcThrPrecision);
        ChartData {
            title: lang.t(PageMsg::CalcThrPrTitle).to_string(),
            x: Axis::unit(lang.t(PageMsg::CalcThrRecall).to_string()),
            y: Axis::unit(lang.t(PageMsg::CalcThrPrecision).to_string()),
            lines: vec![pts.iter().map(|p| (p.x, p.y)).collect()],
            reference: None,
            table_head,
            table_rows,
        }
    });
    let here = move |lang: Lang| i18n::current_threshold(lang, threshold.get());
    let roc_marks = Signal::derive(move || {
        let lang = state.lang.get();
        now.get()
            .and_then(|n| n.point)
            .map(|p| vec![Mark { x: p.fpr, y: p.tpr, label: here(lang), kind: MarkKind::Current }])
            .unwrap_or_default()
    });
    let pr_marks = Signal::derive(move || {
        let lang = state.lang.get();
        now.get()
            .and_then(|n| Some((n.metrics.recall?, n.metrics.precision?)))
            .map(|(r, p)| vec![Mark { x: r, y: p, label: here(lang), kind: MarkKind::Current }])
            .unwrap_or_default()
    });
    let roc_summary = Signal::derive(move || {
        let lang = state.lang.get();
        let auc = curves.with(|c| c.as_ref().and_then(|c| c.auc));
        let point = now.with(|n| n.as_ref().and_then(|n| n.point));
        match (auc, point) {
            (Some(a), Some(p)) => i18n::roc_summary(lang, a, p.tpr, p.fpr),
            _ => lang.t(PageMsg::CalcThrNoCurve).to_string(),
        }
    });
    let pr_summary = Signal::derive(move || {
        let lang = state.lang.get();
        let ap = curves.with(|c| c.as_ref().and_then(|c| c.ap));
        let m = now.with(|n| n.as_ref().map(|n| n.metrics));
        match (ap, m.and_then(|m| Some((m.recall?, m.precision?)))) {
            (Some(a), Some((r, p))) => i18n::pr_summary(lang, a, r, p),
            _ => lang.t(PageMsg::CalcThrNoCurve).to_string(),
        }
    });
    let has_curves = move || curves.with(|c| c.as_ref().is_some_and(|c| !c.roc.is_empty()));
    show(has_curves, move || {
        view! {
            <div class="chart-pair">
                {chart("roc-chart", roc_data, roc_marks, roc_summary)}
                {chart("pr-chart", pr_data, pr_marks, pr_summary)}
            </div>
        }
    })
}
