//! The Machine Learning Canvas, generated from the plan: each box lists what the plan already
//! says, links to the steps it comes from, and is flagged with a link when it is still empty.

use super::{credit, PrintButton};
use crate::canvas::{ml, text};
use crate::i18n::{self, PageMsg};
use crate::route::Page;
use crate::ui::state::use_state;
use crate::ui::step_nav::page_href;
use leptos::prelude::*;

#[component]
pub fn MlCanvas() -> impl IntoView {
    let state = use_state();
    let boxes = Memo::new(move |_| state.plan.with(|p| p.as_ref().map(ml::fill).unwrap_or_default()));
    view! {
        <section class="canvas-sheet mlc-section" data-sheet="mlc" aria-labelledby="mlc-heading">
            <div class="canvas-head">
                <h2 id="mlc-heading">{state.text(PageMsg::MlcHeading)}</h2>
                <PrintButton sheet="mlc" label=PageMsg::PrintMlc/>
            </div>
            <p class="hint canvas-intro">{state.text(PageMsg::MlcIntro)}</p>
            <div class="mlc" data-testid="ml-canvas">
                {ml::MlBox::ALL.into_iter().map(|b| {
                    let key = b.key();
                    let heading = format!("mlc-{key}-h");
    let labelled_by = heading.clone();
                    let filled = move || boxes.with(|all| all.iter().find(|f| f.ml_box == b).cloned());
                    let empty = move || filled().is_none_or(|f| f.is_empty());
                    view! {
                        <section class="mlc-box" class:empty=empty data-box=key data-empty=move || empty().to_string()
                            aria-labelledby=labelled_by>
                            <h3 id=heading>{state.text(b.name())}</h3>
                            <p class="prompt">{state.text(b.prompt())}</p>
                            {move || if empty() {
                                let step = b.step();
                                view! {
                                    <p class="mlc-empty">
                                        <strong>{state.t(PageMsg::MlcEmpty)}</strong>" "
                                        <a href=page_href(Page::Step(step))>
                                            {text::fill_in(state.lang.get(), state.t(i18n::step_name(step)))}
                                        </a>
                                    </p>
                                }.into_any()
                            } else {
                                let items = filled().map(|f| f.items).unwrap_or_default();
                                view! {
                                    <ul>{items.into_iter().map(|(_, t)| view! { <li>{t}</li> }).collect_view()}</ul>
                                    <p class="mlc-from">
                                        {state.t(PageMsg::MlcFrom)}": "
                                        {b.steps().into_iter().enumerate().map(|(k, s)| view! {
                                            {(k > 0).then_some(", ")}
                                            <a href=page_href(Page::Step(s))>{state.t(i18n::step_name(s))}</a>
                                        }).collect_view()}
                                    </p>
                                }.into_any()
                            }}
                        </section>
                    }
                }).collect_view()}
            </div>
            {credit(PageMsg::MlcCreditBefore, "Louis Dorard", "https://www.louisdorard.com/machine-learning-canvas", PageMsg::MlcCreditAfter)}
        </section>
    }
}
