//! The one chart the calculators draw: lines and marked points on two linear axes, as inline SVG,
//! with a text summary and the data as a table in `<details>` (ROC, precision–recall, Pareto).

use crate::calc::axis::{nice_range, nice_ticks, Ticks};
use crate::i18n::{num, PageMsg};
use crate::ui::state::use_state;
use leptos::prelude::*;

const W: f64 = 320.0;
const H: f64 = 240.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 40.0;

/// An axis: its label and its range.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub label: String,
    pub min: f64,
    pub max: f64,
}

impl Axis {
    /// An axis from 0 to 1 (rates).
    pub fn unit(label: String) -> Self {
        Axis { label, min: 0.0, max: 1.0 }
    }

    /// An axis around `values` with a little room on both sides, ending on nice ticks.
    pub fn around(label: String, values: impl IntoIterator<Item = f64>) -> Self {
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for v in values.into_iter().filter(|v| v.is_finite()) {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        if !lo.is_finite() {
            return Axis { label, min: 0.0, max: 1.0 };
        }
        let pad = if hi > lo { (hi - lo) * 0.05 } else { lo.abs().max(1.0) * 0.1 };
        let (min, max) = nice_range(lo - pad, hi + pad, TICKS);
        Axis { label, min, max }
    }

    fn ticks(&self) -> Ticks {
        nice_ticks(self.min, self.max, TICKS)
    }
}

/// How a point is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// The current operating point, or the recommended candidate.
    Current,
    Normal,
    /// Beaten on both axes by another point: dimmed.
    Dimmed,
    /// Fails a requirement: drawn as a cross.
    Crossed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub x: f64,
    pub y: f64,
    pub label: String,
    pub kind: MarkKind,
}

/// The parts of a chart that change rarely (curves, table) are separate from the marks, which may
/// move with every keystroke.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    /// Accessible name of the image.
    pub title: String,
    pub x: Axis,
    pub y: Axis,
    pub lines: Vec<Vec<(f64, f64)>>,
    /// Optional dashed reference line (the diagonal of a ROC chart).
    pub reference: Option<[(f64, f64); 2]>,
    pub table_head: Vec<String>,
    pub table_rows: Vec<Vec<String>>,
}

fn px(axis: &Axis, v: f64, from: f64, to: f64) -> f64 {
    let span = axis.max - axis.min;
    let share = if span > 0.0 { (v - axis.min) / span } else { 0.5 };
    from + share.clamp(-0.05, 1.05) * (to - from)
}

fn sx(axis: &Axis, v: f64) -> f64 {
    px(axis, v, LEFT, W - RIGHT)
}

fn sy(axis: &Axis, v: f64) -> f64 {
    px(axis, v, H - BOTTOM, TOP)
}

/// About this many intervals on an axis.
const TICKS: usize = 5;

/// A chart: the SVG image (`role="img"` with its name and the `summary` as description), the
/// summary as visible text, and a data table on demand.
pub fn chart(
    id: &'static str,
    data: Signal<ChartData>,
    marks: Signal<Vec<Mark>>,
    summary: Signal<String>,
) -> impl IntoView {
    let state = use_state();
    let desc_id = format!("{id}-desc");
    let svg = move || {
        data.with(|d| {
            let Ticks { values, decimals } = d.x.ticks();
            let grid = values
                .into_iter()
                .map(|t| {
                    let x = sx(&d.x, t);
                    view! {
                        <line class="grid" x1=x y1=TOP x2=x y2=H - BOTTOM/>
                        <text class="tick" x=x y=H - BOTTOM + 14.0 text-anchor="middle">{num(t, decimals)}</text>
                    }
                })
                .collect_view();
            let Ticks { values, decimals } = d.y.ticks();
            let ygrid = values
                .into_iter()
                .map(|t| {
                    let y = sy(&d.y, t);
                    view! {
                        <line class="grid" x1=LEFT y1=y x2=W - RIGHT y2=y/>
                        <text class="tick" x=LEFT - 4.0 y=y + 3.5 text-anchor="end">{num(t, decimals)}</text>
                    }
                })
                .collect_view();
            let reference = d.reference.map(|[a, b]| {
                view! { <line class="reference" x1=sx(&d.x, a.0) y1=sy(&d.y, a.1) x2=sx(&d.x, b.0) y2=sy(&d.y, b.1)/> }
            });
            let lines = d
                .lines
                .iter()
                .enumerate()
                .map(|(i, line)| {
                    let points = line
                        .iter()
                        .map(|&(x, y)| format!("{:.1},{:.1}", sx(&d.x, x), sy(&d.y, y)))
                        .collect::<Vec<_>>()
                        .join(" ");
                    // The second line of a chart is dashed, so two periods or two models stay apart
                    // without colour.
                    view! { <polyline class=if i == 0 { "curve" } else { "curve curve-1" } points=points/> }
                })
                .collect_view();
            let (xl, yl) = (d.x.label.clone(), d.y.label.clone());
            view! {
                {grid}
                {ygrid}
                {reference}
                {lines}
                <text class="axis-label" x=(LEFT + W - RIGHT) / 2.0 y=H - 6.0 text-anchor="middle">{xl}</text>
                <text class="axis-label" x=12 y=(TOP + H - BOTTOM) / 2.0 text-anchor="middle"
                    transform=format!("rotate(-90 12 {})", (TOP + H - BOTTOM) / 2.0)>{yl}</text>
            }
        })
    };
    let mark_view = move || {
        let (x, y) = data.with(|d| (d.x.clone(), d.y.clone()));
        marks
            .get()
            .into_iter()
            .map(|m| {
                let (cx, cy) = (sx(&x, m.x), sy(&y, m.y));
                match m.kind {
                    MarkKind::Crossed => view! {
                        <g class="mark crossed">
                            <title>{m.label}</title>
                            <path d=format!("M{} {}l10 10m0 -10l-10 10", cx - 5.0, cy - 5.0)/>
                        </g>
                    }
                    .into_any(),
                    kind => {
                        let (class, r) = match kind {
                            MarkKind::Current => ("mark current", 6.0),
                            MarkKind::Dimmed => ("mark dimmed", 4.5),
                            _ => ("mark", 4.5),
                        };
                        view! { <circle class=class cx=cx cy=cy r=r><title>{m.label}</title></circle> }.into_any()
                    }
                }
            })
            .collect_view()
    };
    let table = move || {
        data.with(|d| {
            let head = d.table_head.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view();
            let rows = d
                .table_rows
                .iter()
                .map(|r| view! { <tr>{r.iter().map(|c| view! { <td>{c.clone()}</td> }).collect_view()}</tr> })
                .collect_view();
            view! {
                <table class="calc-table">
                    <thead><tr>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    };
    view! {
        <figure class="chart" data-testid=id>
            <svg viewBox=format!("0 0 {W} {H}") role="img" class="chart-svg" data-testid=format!("{id}-svg")
                aria-label=move || data.with(|d| d.title.clone()) aria-describedby=desc_id.clone()>
                {svg}
                {mark_view}
            </svg>
            <figcaption id=desc_id.clone()>{move || summary.get()}</figcaption>
            <details class="chart-data">
                <summary>{state.text(PageMsg::CalcShowTable)}</summary>
                // It scrolls when long, so it takes focus: keyboard users scroll it too.
                <div class="table-wrap" tabindex="0" role="region" aria-label=move || data.with(|d| d.title.clone())>{table}</div>
            </details>
        </figure>
    }
}
