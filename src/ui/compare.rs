//! Two plans side by side (`crate::class::compare`): from the class board, from the plan
//! library (`#/compare/<a>/<b>`), each field's differences marked, and "only differences".

use super::state::use_state;
use crate::class::{self, Change, ClassMsg as M, FieldDiff, PieceKind};
use crate::plan::Plan;
use crate::report::EMPTY_CELL;
use leptos::prelude::*;

#[component]
pub fn CompareView(a: Plan, b: Plan) -> impl IntoView {
    let state = use_state();
    let text = move |m: M| move || m.text(state.lang.get());
    let only_differences = RwSignal::new(true);
    let titles = (title(&a), title(&b));
    let sections = Memo::new(move |_| class::compare(&a, &b, state.lang.get()));
    let total = move || sections.with(|s| s.iter().map(|s| s.differences()).sum::<usize>());
    view! {
        <section class="compare-view" id="compare-view" data-testid="compare-view" aria-labelledby="compare-heading">
            <h2 id="compare-heading" tabindex="-1">{text(M::CompareHeading)}</h2>
            <div class="compare-titles">
                <p class="compare-old"><span class="hint">{text(M::FirstPlan)}</span> " " <strong>{titles.0}</strong></p>
                <p class="compare-new"><span class="hint">{text(M::SecondPlan)}</span> " " <strong>{titles.1}</strong></p>
            </div>
            <p role="status" data-testid="compare-count">{move || class::differences(state.lang.get(), total())}</p>
            <label class="check">
                <input type="checkbox" data-testid="compare-only-diff" prop:checked=move || only_differences.get()
                    on:change=move |ev| only_differences.set(event_target_checked(&ev))/>
                <span>{text(M::OnlyDifferences)}</span>
            </label>
            {move || {
                let only = only_differences.get();
                sections.get().into_iter().filter(|s| !only || s.differences() > 0).map(|s| {
                    let n = s.differences();
                    view! {
                        <h3>{s.heading.clone()} <span class="hint">{move || format!(" · {}", class::differences(state.lang.get(), n))}</span></h3>
                        <div class="compare-fields">
                            {s.fields.into_iter().filter(|f| !only || f.change != Change::Same).map(field).collect_view()}
                        </div>
                    }
                }).collect_view()
            }}
        </section>
    }
}

fn title(plan: &Plan) -> String {
    if plan.title.trim().is_empty() {
        EMPTY_CELL.to_owned()
    } else {
        plan.title.clone()
    }
}

/// One field: its label, the first plan's side and the second's.
fn field(f: FieldDiff) -> impl IntoView {
    let changed = f.change != Change::Same;
    let or_dash = |t: String| if t.is_empty() { EMPTY_CELL.to_owned() } else { t };
    let (old, new) = match f.change {
        Change::Same => {
            (view! { <span>{or_dash(f.old)}</span> }.into_any(), view! { <span>{or_dash(f.new)}</span> }.into_any())
        }
        Change::Value => {
            (view! { <del>{or_dash(f.old)}</del> }.into_any(), view! { <ins>{or_dash(f.new)}</ins> }.into_any())
        }
        Change::Words(pieces) => {
            let side = |hide: PieceKind| {
                pieces
                    .iter()
                    .filter(|p| p.kind != hide)
                    .map(|p| match p.kind {
                        PieceKind::Kept => view! { <span>{p.text.clone()}</span> }.into_any(),
                        PieceKind::Removed => view! { <del>{p.text.clone()}</del> }.into_any(),
                        PieceKind::Added => view! { <ins>{p.text.clone()}</ins> }.into_any(),
                    })
                    .collect_view()
            };
            (side(PieceKind::Added).into_any(), side(PieceKind::Removed).into_any())
        }
    };
    view! {
        <div class="compare-field" class:changed=changed data-testid=if changed { "compare-diff" } else { "compare-same" }>
            <p class="compare-label">{f.label}</p>
            <p class="compare-old">{old}</p>
            <p class="compare-new">{new}</p>
        </div>
    }
}

/// The library's comparison of two stored plans (`#/compare/<a>/<b>`).
#[component]
pub fn ComparePage(a: String, b: String) -> impl IntoView {
    let state = use_state();
    let plans = (state.stored_plan(&a), state.stored_plan(&b));
    view! {
        <div class="compare-page">
            <h1 id="page-heading">{move || M::CompareHeading.text(state.lang.get())}</h1>
            {match plans {
                (Some(a), Some(b)) => view! { <CompareView a=a b=b/> }.into_any(),
                _ => view! {
                    <p class="notice error" role="alert" data-testid="compare-missing">{move || M::CompareMissing.text(state.lang.get())}</p>
                }.into_any(),
            }}
            <a href=crate::route::Route::Home.fragment()>{move || crate::i18n::Msg::BackToPlans.text(state.lang.get())}</a>
        </div>
    }
}
