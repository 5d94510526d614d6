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

/// One chart's data from `pick`'s curve: its title, its axes (`x` and `y` name the table's
/// columns, `y_axis` the vertical axis) and the diagonal a chance model draws, if any.
fn curve_data(
    curves: Memo<Option<Curves>>,
    pick: fn(&Curves) -> &Vec<CurvePoint>,
    title: PageMsg,
    (x, y, y_axis): (PageMsg, PageMsg, PageMsg),
    reference: Option<[(f64, f64); 2]>,
) -> Signal<ChartData> {
    let state = use_state();
    Signal::derive(move || {
        let lang = state.lang.get();
        let pts = curves.with(|c| c.as_ref().map(|c| pick(c).clone()).unwrap_or_default());
        let table_head =
            vec![lang.t(PageMsg::CalcThrThreshold).to_string(), lang.t(x).to_string(), lang.t(y).to_string()];
        let table_rows =
            pts.iter().map(|p| vec![threshold_text(lang, p.threshold), num(p.x, 4), num(p.y, 4)]).collect();
        ChartData {
            title: lang.t(title).to_string(),
            x: Axis::unit(lang.t(x).to_string()),
            y: Axis::unit(lang.t(y_axis).to_string()),
            lines: vec![pts.iter().map(|p| (p.x, p.y)).collect()],
            reference,
            table_head,
            table_rows,
        }
    })
}

/// Both charts, while there is a curve to draw.
pub(super) fn charts(curves: Memo<Option<Curves>>, now: Memo<Option<AtThreshold>>, threshold: Memo<f64>) -> AnyView {
    let state = use_state();
    let roc_data = curve_data(
        curves,
        |c| &c.roc,
        PageMsg::CalcThrRocTitle,
        (PageMsg::CalcThrFpr, PageMsg::CalcThrRecall, PageMsg::CalcThrTprAxis),
        Some([(0.0, 0.0), (1.0, 1.0)]),
    );
    let pr_data = curve_data(
        curves,
        |c| &c.pr,
        PageMsg::CalcThrPrTitle,
        (PageMsg::CalcThrRecall, PageMsg::CalcThrPrecision, PageMsg::CalcThrPrecision),
        None,
    );
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
            // The curve is drawn; only this threshold, which flags nothing, has no point on it.
            (Some(a), None) => i18n::pr_summary_nothing_flagged(lang, a),
            (None, _) => lang.t(PageMsg::CalcThrNoCurve).to_string(),
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
