//! The flywheel: an editable cycle of 3 to 8 steps, drawn as a ring of steps joined by arrows,
//! with the step machine learning acts on marked. The ordered list of steps is both the editor
//! and the drawing's text alternative.

use super::focus_soon;
use crate::canvas::flywheel::{self, Limit, MAX_STEPS, MIN_STEPS};
use crate::canvas::text;
use crate::i18n::PageMsg;
use crate::ui::fields::{keep_one_line, lens, one_line, text_field};
use crate::ui::state::use_state;
use leptos::prelude::*;

fn step_id(i: usize) -> String {
    format!("fw-step-{i}")
}

#[component]
pub fn Flywheel() -> impl IntoView {
    let state = use_state();
    let message = RwSignal::new(String::new());
    let steps =
        Memo::new(move |_| state.plan.with(|p| p.as_ref().map(|p| p.canvas.flywheel.clone()).unwrap_or_default()));
    let lever = Memo::new(move |_| state.plan.with(|p| p.as_ref().and_then(|p| flywheel::lever(&p.canvas))));
    let len = Memo::new(move |_| steps.with(Vec::len));
    let limit_text = move |limit: Limit| {
        state.t(match limit {
            Limit::TooFew => PageMsg::FwTooFew,
            Limit::TooMany => PageMsg::FwTooMany,
        })
    };
    let start = move |_| {
        state.edit(|p| flywheel::start(&mut p.canvas));
        focus_soon(step_id(0));
    };
    let add = move |_| {
        let mut result = Err(Limit::TooMany);
        state.edit(|p| result = flywheel::add(&mut p.canvas));
        match result {
            Ok(i) => {
                message.set(String::new());
                focus_soon(step_id(i));
            }
            Err(limit) => message.set(limit_text(limit).to_string()),
        }
    };
    let remove = move |i: usize| {
        let mut result = Err(Limit::TooFew);
        state.edit(|p| result = flywheel::remove(&mut p.canvas, i));
        match result {
            Ok(_) => {
                message.set(String::new());
                focus_soon(step_id(i.min(len.get_untracked().saturating_sub(1))));
            }
            Err(limit) => message.set(limit_text(limit).to_string()),
        }
    };
    let reorder = move |from: usize, to: usize| {
        let mut moved = false;
        state.edit(|p| moved = flywheel::reorder(&mut p.canvas, from, to));
        if moved {
            let text = steps.with_untracked(|s| s.get(to).cloned().unwrap_or_default());
            message.set(text::step_moved(state.lang.get_untracked(), &text, to + 1, len.get_untracked()));
            focus_soon(step_id(to));
        }
    };
    let on_lever = move |ev: leptos::ev::Event| {
        let choice = event_target_value(&ev).parse::<usize>().ok();
        state.edit(move |p| p.canvas.ml_lever = choice);
    };

    let editor = move || {
        view! {
            <div class="fw-editor">
                <h3 id="fw-steps-h">{state.text(PageMsg::FwSteps)}</h3>
                <ol class="fw-steps" aria-labelledby="fw-steps-h">
                    <For each=move || 0..len.get() key=|i| *i let:i>
                        <li class="fw-step" class:lever=move || lever.get() == Some(i)>
                            <label for=step_id(i)>
                                {move || text::step_label(state.lang.get(), i + 1)}
                                {move || (lever.get() == Some(i)).then(|| view! { <span class="fw-tag">{state.t(PageMsg::FwMlBadge)}</span> })}
                            </label>
                            <div class="fw-step-row">
                                <textarea class="one-line" rows="1" id=step_id(i)
                                    prop:value=move || steps.with(|s| s.get(i).cloned().unwrap_or_default())
                                    on:input=move |ev| {
                                        let v = one_line(event_target_value(&ev));
                                        state.edit(move |p| if let Some(s) = p.canvas.flywheel.get_mut(i) { *s = v });
                                    }
                                    on:keydown=move |ev: web_sys::KeyboardEvent| {
                                        keep_one_line(&ev);
                                        if !ev.alt_key() { return; }
                                        let to = match ev.key().as_str() {
                                            "ArrowUp" if i > 0 => i - 1,
                                            "ArrowDown" if i + 1 < len.get_untracked() => i + 1,
                                            _ => return,
                                        };
                                        ev.prevent_default();
                                        reorder(i, to);
                                    }/>
                                <button type="button" class="icon" disabled=move || i == 0
                                    aria-label=move || text::move_step_up(state.lang.get(), i + 1)
                                    on:click=move |_| reorder(i, i - 1)>"↑"</button>
                                <button type="button" class="icon" disabled=move || i + 1 == len.get()
                                    aria-label=move || text::move_step_down(state.lang.get(), i + 1)
                                    on:click=move |_| reorder(i, i + 1)>"↓"</button>
                                <button type="button" class="icon danger" data-testid="fw-remove"
                                    aria-disabled=move || (len.get() <= MIN_STEPS).then_some("true")
                                    aria-label=move || text::remove_step(state.lang.get(), i + 1)
                                    on:click=move |_| remove(i)>"×"</button>
                            </div>
                        </li>
                    </For>
                </ol>
                <button type="button" data-testid="fw-add" on:click=add
                    aria-disabled=move || (len.get() >= MAX_STEPS).then_some("true")>
                    <span aria-hidden="true">"+ "</span>{state.text(PageMsg::FwAddStep)}
                </button>
                <div class="field">
                    <label for="fw-lever">{state.text(PageMsg::FwLever)}</label>
                    <select id="fw-lever" data-testid="fw-lever" on:change=on_lever>
                        <option value="" selected=move || lever.get().is_none()>{state.text(PageMsg::FwLeverNone)}</option>
                        <For each=move || 0..len.get() key=|i| *i let:i>
                            <option value=i.to_string() selected=move || lever.get() == Some(i)>
                                {move || {
                                    let name = steps.with(|s| s.get(i).cloned().unwrap_or_default());
                                    format!("{}: {name}", text::step_label(state.lang.get(), i + 1))
                                }}
                            </option>
                        </For>
                    </select>
                </div>
                {text_field("fw-lever-note", PageMsg::FwLeverNote, None, true, lens!(canvas.ml_lever_note))}
            </div>
        }
    };

    view! {
        <section class="flywheel-section" data-testid="flywheel" aria-labelledby="fw-heading">
            <h2 id="fw-heading">{state.text(PageMsg::FwHeading)}</h2>
            <p class="hint">{state.text(PageMsg::FwIntro)}</p>
            {move || if len.get() == 0 {
                view! {
                    <p class="empty">{state.t(PageMsg::FwEmpty)}</p>
                    <button type="button" class="primary" data-testid="fw-start" on:click=start>{state.t(PageMsg::FwStart)}</button>
                }.into_any()
            } else {
                view! {
                    <div class="fw-layout">
                        <Drawing steps=steps lever=lever/>
                        {editor()}
                    </div>
                }.into_any()
            }}
            <p class="fw-message" role="status" aria-live="polite" data-testid="fw-message">{move || message.get()}</p>
        </section>
    }
}

/// The ring of steps. `role="img"` with a sentence that reads the whole cycle.
#[component]
fn Drawing(steps: Memo<Vec<String>>, lever: Memo<Option<usize>>) -> impl IntoView {
    let state = use_state();
    let summary = move || steps.with(|s| text::flywheel_summary(state.lang.get(), s, lever.get()));
    let shape = move || {
        let n = steps.with(Vec::len);
        let l = flywheel::layout(n);
        let width = if l.node_radius >= 60.0 { 12 } else { 10 };
        let lines_max = if l.node_radius >= 50.0 { 4 } else { 3 };
        let arrows = l
            .arrows
            .iter()
            .map(|d| view! { <path class="fw-arrow" d=d.clone() marker-end="url(#fw-arrowhead)"/> })
            .collect_view();
        let nodes = l
            .nodes
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let label = steps.with(|s| s.get(i).cloned().unwrap_or_default());
                let mut lines = flywheel::wrap_label(&label, width, lines_max);
                if lines.is_empty() {
                    lines.push((i + 1).to_string());
                }
                let line_h = 14.0;
                let top = p.y - line_h * (lines.len() as f64 - 1.0) / 2.0 + 4.0;
                let is_lever = lever.get() == Some(i);
                let badge_y = p.y + l.node_radius - 8.0;
                view! {
                    <g class="fw-node" class:lever=is_lever>
                        <circle cx=p.x cy=p.y r=l.node_radius/>
                        <text x=p.x y=top text-anchor="middle">
                            {lines.into_iter().enumerate().map(|(k, line)| view! {
                                <tspan x=p.x y=top + line_h * k as f64>{line}</tspan>
                            }).collect_view()}
                        </text>
                        {is_lever.then(|| view! {
                            <text class="fw-badge" x=p.x y=badge_y text-anchor="middle">{state.t(PageMsg::FwMlBadge)}</text>
                        })}
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg class="fw-svg" viewBox=format!("0 0 {0} {0}", l.size) role="img" aria-label=summary() focusable="false">
                <defs>
                    <marker id="fw-arrowhead" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path class="fw-arrowhead" d="M 0 0 L 10 5 L 0 10 z"/>
                    </marker>
                </defs>
                {arrows}
                {nodes}
            </svg>
        }
    };
    view! {
        <figure class="fw-figure">
            {shape}
        </figure>
    }
}
