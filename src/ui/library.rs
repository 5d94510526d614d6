//! The start page: what mlplan is, and the plan library.

use super::browser;
use super::codec_gate::load;
use super::deferred::{deferred, Body};
use super::show::show;
use super::state::use_state;
use crate::i18n::Msg;
use crate::plan::examples;
use leptos::prelude::*;
#[cfg(mlplan_split)]
use leptos::wasm_split::wasm_split;

/// The parts of the start page whose code is in the `library` chunk.
#[derive(Clone, Copy)]
enum LibraryPart {
    PlanList,
    /// Import and export, the calculators and the storage meter, at the foot of the page.
    Foot,
}

/// One split point serves every part: each split point costs the first visit its own loader.
#[cfg_attr(mlplan_split, wasm_split(library, wasm_split_path = ::leptos::wasm_split, fallible))]
fn library_body(part: LibraryPart) -> Body {
    Ok(match part {
        LibraryPart::PlanList => ViewFn::from(|| view! { <super::plan_list::PlanList/> }),
        LibraryPart::Foot => ViewFn::from(|| {
            view! {
                <super::files::ImportExport/>
                <super::start_calcs::StartCalculators/>
                <super::storage_meter::StorageMeter/>
            }
        }),
    })
}

/// The plan list with its search and order. Its code is a chunk of its own, fetched after the
/// start page's first paint: the list of a library of hundreds of plans is more code than a first
/// visit may carry.
#[component]
fn PlanList() -> impl IntoView {
    deferred(|| async { load!(library_body(LibraryPart::PlanList)) })
}

/// Import and export, the calculators (each opens without a plan) and the storage meter, from the
/// same chunk as the list: none is needed for the first paint. They sit at the foot of the page:
/// they arrive after the first paint, and the meter's lines one by one (the bytes used, the
/// browser's estimate, the answer on persistence), and there they move nothing a visitor is
/// reading.
#[component]
fn Foot() -> impl IntoView {
    deferred(|| async { load!(library_body(LibraryPart::Foot)) })
}

#[component]
pub fn LibraryPage() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="intro">
            <h1>"mlplan"</h1>
            <p class="lead">{state.text(Msg::Tagline)}</p>
            <p class="privacy">{state.text(Msg::PrivacyNote)}</p>
        </section>
        <section class="library" aria-labelledby="plans-heading"
            aria-busy=move || (!state.entries_complete.get()).then_some("true")>
            <div class="section-head">
                <h2 id="plans-heading">{state.text(Msg::YourPlans)}</h2>
                <button type="button" class="primary" data-testid="new-plan" on:click=move |_| state.create_plan()>
                    {state.text(Msg::NewPlan)}
                </button>
            </div>
            <PlanList/>
            // Until the whole list is read (just after a plan page's first paint) the list may be
            // partial or empty: saying so keeps "no plans yet" from looking like lost plans.
            {show(move || !state.entries_complete.get(), move || view! {
                <p class="empty" role="status" data-testid="plans-reading">{state.text(Msg::ReadingPlans)}</p>
            })}
            <TrashSection/>
        </section>
        <ExampleList/>
        <Foot/>
    }
}

/// The worked examples in the interface language; each opens as a new plan of the person's own.
/// An example's plan file is fetched when it is opened, so its texts are not part of the app's
/// first download.
#[component]
fn ExampleList() -> impl IntoView {
    let state = use_state();
    let unavailable = RwSignal::new(false);
    let open = move |key: &'static str| {
        let lang = state.lang.get_untracked();
        unavailable.set(false);
        leptos::task::spawn_local(async move {
            let Some(example) = super::codec_gate::fetch_example(key, lang).await else {
                unavailable.set(true);
                return;
            };
            // A fresh id that no local plan has, so opening an example never replaces one.
            let taken = |id: &str| state.entries.with_untracked(|es| es.iter().any(|e| e.id() == id));
            let id = std::iter::repeat_with(browser::new_plan_id).find(|id| !taken(id)).expect("ids never run out");
            state.add_and_open(examples::instantiate(example, key, lang, id, browser::now_ms()));
        });
    };
    view! {
        <section class="examples" aria-labelledby="examples-heading">
            <h2 id="examples-heading">{state.text(Msg::ExamplesHeading)}</h2>
            <p class="hint">{state.text(Msg::ExamplesIntro)}</p>
            <p role="status" data-testid="example-status">
                {move || unavailable.get().then(|| state.t(Msg::ExampleUnavailable))}
            </p>
            <ul class="example-list" data-testid="example-list">
                {move || {
                    let lang = state.lang.get();
                    examples::list(lang).into_iter().map(|ex| {
                        let title_id = format!("example-{}", ex.key);
                        let key = ex.key;
                        view! {
                            <li class="example-item" data-testid="example-item" data-example=key>
                                <h3 id=title_id.clone()>{ex.title}</h3>
                                <p>{ex.summary}</p>
                                <button type="button" data-testid="open-example" aria-describedby=title_id
                                    on:click=move |_| open(key)>
                                    {lang.t(Msg::OpenExample)}
                                </button>
                            </li>
                        }
                    }).collect_view()
                }}
            </ul>
            <p class="class-board-link">
                <a href=crate::route::Route::Class(None).fragment() data-testid="open-class-board">{state.text(Msg::ClassBoardLink)}</a>
            </p>
        </section>
    }
}

/// The trash: hidden until opened, then every deleted plan with when it was deleted and a way
/// back, and emptying it for good after a confirmation. Its list is built only when it is opened,
/// from code in a chunk (`ui::trash`), so a first visit does not download it.
#[component]
fn TrashSection() -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(false);
    view! {
        <div class="trash">
            <button type="button" data-testid="open-trash" aria-controls="trash-panel"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                on:click=move |_| {
                    if !open.get_untracked() {
                        state.refresh_trash();
                    }
                    open.update(|o| *o = !*o);
                }>
                {state.text(Msg::Trash)}
            </button>
            <div id="trash-panel">
                {show(move || open.get(), move || view! { <super::sharing::TrashList/> })}
            </div>
        </div>
    }
}
