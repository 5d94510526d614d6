//! The three business questions. Each answer is typed here once; beside it are the canvas blocks
//! that show it and, read-only with a link, the record another step already holds.

use super::focus_soon;
use crate::canvas::{Block, Question};
use crate::i18n::{self, PageMsg};
use crate::plan::{Plan, Step};
use crate::route::Page;
use crate::ui::fields::{lens, text_field, Lens};
use crate::ui::state::use_state;
use crate::ui::step_nav::page_href;
use leptos::prelude::*;

fn lens_of(q: Question) -> Lens {
    match q {
        Question::Provides => lens!(canvas.provides),
        Question::DataIn => lens!(canvas.data_in),
        Question::PredictionOut => lens!(canvas.prediction_out),
    }
}

/// The id of a question's text box, which canvas blocks link back to.
pub fn field_id(q: Question) -> &'static str {
    match q {
        Question::Provides => "biz-provides",
        Question::DataIn => "biz-data-in",
        Question::PredictionOut => "biz-prediction-out",
    }
}

#[component]
pub fn Questions() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="biz-questions" aria-labelledby="biz-q-heading">
            <h2 id="biz-q-heading">{state.text(PageMsg::BizQuestionsHeading)}</h2>
            {Question::ALL.into_iter().map(|q| view! { <QuestionView q=q/> }).collect_view()}
        </section>
    }
}

#[component]
fn QuestionView(q: Question) -> impl IntoView {
    let state = use_state();
    let step = q.step();
    view! {
        <div class="biz-question" data-question=q.key()>
            {text_field(field_id(q), q.label(), Some(q.hint()), true, lens_of(q))}
            <p class="biz-blocks">
                <span>{state.text(PageMsg::BizOnCanvas)}": "</span>
                {q.blocks().iter().map(|b| {
                    let b = *b;
                    view! {
                        <button type="button" class="link-button" on:click=move |_| focus_soon(format!("bmc-{}", b.key()))>
                            {state.text(b.name())}
                        </button>
                    }
                }).collect_view()}
            </p>
            <div class="biz-record">
                <p class="biz-record-label">{state.text(PageMsg::BizFromOtherStep)}</p>
                {move || record(q, state.lang.get())}
                <a href=move || page_href(Page::Step(step))>
                    {move || crate::canvas::text::edit_in(state.lang.get(), state.t(i18n::step_name(step)))}
                </a>
            </div>
        </div>
    }
}

/// The other step's record this question draws on, read-only.
fn record(q: Question, lang: i18n::Lang) -> AnyView {
    let state = use_state();
    let with_plan =
        |f: &dyn Fn(&Plan) -> AnyView| state.plan.with(|p| p.as_ref().map(f)).unwrap_or_else(|| ().into_any());
    match q {
        Question::Provides | Question::PredictionOut => {
            let (label, read): (PageMsg, fn(&Plan) -> &String) = if q == Question::Provides {
                (PageMsg::ProblemValue, |p| &p.problem.value)
            } else {
                (PageMsg::ProblemCurrent, |p| &p.problem.current_handling)
            };
            with_plan(&|p: &Plan| {
                let text = read(p).trim().to_string();
                let text = if text.is_empty() { lang.t(PageMsg::BizNotAnswered).to_string() } else { text };
                view! { <p><strong>{lang.t(label)}": "</strong>{text}</p> }.into_any()
            })
        }
        Question::DataIn => with_plan(&|p: &Plan| {
            let names: Vec<String> =
                p.data
                    .sources
                    .iter()
                    .filter(|s| !s.name.trim().is_empty())
                    .map(|s| {
                        if s.refresh.trim().is_empty() {
                            s.name.clone()
                        } else {
                            format!("{} · {}", s.name, s.refresh)
                        }
                    })
                    .collect();
            if names.is_empty() {
                view! { <p>{lang.t(PageMsg::BizNoSources)}</p> }.into_any()
            } else {
                view! {
                    <p><strong>{lang.t(i18n::step_name(Step::Data))}</strong></p>
                    <ul>{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                }
                .into_any()
            }
        }),
    }
}

/// What a block shows of the answer it is linked to, with a way back to the question.
pub fn linked_answer(block: Block) -> impl IntoView {
    let state = use_state();
    block.question().map(|q| {
        let answer = move || {
            state.plan.with(|p| p.as_ref().map(|p| q.answer(&p.canvas).trim().to_string()).unwrap_or_default())
        };
        view! {
            <div class="bmc-linked">
                <p class="bmc-linked-label">{state.text(q.label())}</p>
                <p class="bmc-linked-text">
                    {move || { let a = answer(); if a.is_empty() { state.t(PageMsg::BizNotAnswered).to_string() } else { a } }}
                </p>
                <button type="button" class="link-button" on:click=move |_| focus_soon(field_id(q).to_string())>
                    {state.text(PageMsg::BizGoToQuestion)}
                </button>
            </div>
        }
    })
}
