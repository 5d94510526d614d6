//! Code that the start page does not need: the body of a plan page (a step's fields, a
//! calculator, the review, the report), the share panel, the page a shared link opens, and the
//! typed plan reader and writer ([`crate::plan::codec`]).
//!
//! The release build (`scripts/wasm.mjs` sets `--cfg mlplan_split`) turns each `*_body` function
//! into a split point: its code moves to a wasm chunk that is fetched the first time one of them
//! is called, so a first visit downloads only the shell. The chunks: `codec`, `steps` (a step's
//! fields), `tools` (the calculators, the review and the report, which a step page does not need
//! until a calculator is opened in it) and `sharing`.
//! In other builds (the component tests, a debug `trunk build`) the same functions are called
//! directly.

use super::state::use_state;
use crate::i18n::{self, Msg};
use crate::plan::Step;
use crate::route::{LinkMode, Page, Tool};
use leptos::prelude::*;
#[cfg(mlplan_split)]
use leptos::wasm_split::wasm_split;
use std::cell::RefCell;
use std::future::Future;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

/// A chunk that could not be fetched, for example offline before the service worker kept it.
#[derive(Clone)]
pub struct ChunkUnavailable;

#[cfg(mlplan_split)]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkUnavailable
    }
}

/// What a chunk gives: a function that builds the view, called under the page's own owner. A view
/// built inside the loading future would make its signal reads the future's dependencies, and be
/// rebuilt when they change, under an owner that may be gone by then.
type Body = Result<ViewFn, ChunkUnavailable>;

/// Calls a page body: awaited (the chunk may need fetching) in the split build, direct otherwise.
#[cfg(mlplan_split)]
macro_rules! load {
    ($body:expr) => {
        $body.await
    };
}
#[cfg(not(mlplan_split))]
macro_rules! load {
    ($body:expr) => {
        $body
    };
}

#[cfg_attr(mlplan_split, wasm_split(codec, wasm_split_path = ::leptos::wasm_split, fallible))]
fn codec_body() -> Result<(), ChunkUnavailable> {
    crate::plan::codec::load();
    Ok(())
}

/// Loads the typed plan reader and writer (at once when it is already there).
pub async fn codec_ready() -> Result<(), ChunkUnavailable> {
    if crate::plan::codec::is_loaded() {
        return Ok(());
    }
    super::browser::after_first_paint().await;
    load!(codec_body())
}

/// Runs `then` once the typed plan reader and writer are loaded: at once when they are, else
/// when their chunk arrives (or cannot be fetched).
pub fn with_codec(then: impl FnOnce(Result<(), ChunkUnavailable>) + 'static) {
    when_loaded(codec_ready(), then);
}

#[cfg_attr(mlplan_split, wasm_split(steps, wasm_split_path = ::leptos::wasm_split, fallible))]
fn step_body(step: Step) -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(move || view! { <super::steps::StepFields step=step/> <super::step_nav::StepPager step=step/> }))
}

#[cfg_attr(mlplan_split, wasm_split(tools, wasm_split_path = ::leptos::wasm_split, fallible))]
fn calc_body(tool: Tool) -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(move || view! { <super::calc::CalcPage tool=tool/> }))
}

#[cfg_attr(mlplan_split, wasm_split(tools, wasm_split_path = ::leptos::wasm_split, fallible))]
fn inline_calc_body(tool: Tool) -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(move || super::calc::calculator(tool)))
}

#[cfg_attr(mlplan_split, wasm_split(tools, wasm_split_path = ::leptos::wasm_split, fallible))]
fn review_body() -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(|| view! { <super::review::ReviewPage/> }))
}

#[cfg_attr(mlplan_split, wasm_split(tools, wasm_split_path = ::leptos::wasm_split, fallible))]
fn report_body() -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(|| view! { <super::report::ReportPage/> }))
}

#[cfg_attr(mlplan_split, wasm_split(sharing, wasm_split_path = ::leptos::wasm_split, fallible))]
fn share_panel_body() -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(|| view! { <super::share::SharePanel/> }))
}

#[cfg_attr(mlplan_split, wasm_split(sharing, wasm_split_path = ::leptos::wasm_split, fallible))]
fn link_body(mode: LinkMode, payload: String) -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(move || view! { <super::share::LinkPage mode=mode payload=payload.clone()/> }))
}

/// The body of a plan page. A step's heading and guidance come first, from the start-up module.
#[component]
pub fn PageBody(page: Page) -> impl IntoView {
    let head = match page {
        Page::Step(step) => Some(view! { <super::steps::StepHead step=step/> }),
        Page::Calc(_) | Page::Review | Page::Report => None,
    };
    // The fields need the plan, which may still be being read (its reader is a chunk too); the
    // page's chunk loads meanwhile.
    let body = deferred_until(plan_read_before(), move || async move {
        match page {
            Page::Step(step) => load!(step_body(step)),
            Page::Calc(tool) => load!(calc_body(tool)),
            Page::Review => load!(review_body()),
            Page::Report => load!(report_body()),
        }
    });
    view! { {head} {body} }
}

/// Whether the open plan has been read, as of a task before this one. A plan read as the page
/// opens is read in one task and its fields are built in the next, not both in one long task.
fn plan_read_before() -> Signal<bool> {
    let read = use_state().plan_read;
    let read_before = RwSignal::new(read.get_untracked());
    Effect::new(move |_| {
        if read.get() && !read_before.get_untracked() {
            leptos::task::spawn_local(async move {
                super::browser::next_task().await;
                // The page may be gone by then, and its signal with it.
                let _ = read_before.try_set(true);
            });
        }
    });
    Signal::derive(move || read.get() && read_before.get())
}

/// A calculator opened inside a step page.
#[component]
pub fn InlineCalculator(tool: Tool) -> impl IntoView {
    deferred(move || async move { load!(inline_calc_body(tool)) })
}

/// The share panel of an open plan (link, QR code, file).
#[component]
pub fn SharePanel() -> impl IntoView {
    deferred(|| async {
        codec_ready().await?;
        load!(share_panel_body())
    })
}

/// The page a shared link opens: the plan it carries, or what is wrong with the link.
#[component]
pub fn SharedLinkPage(mode: LinkMode, payload: String) -> impl IntoView {
    deferred(move || {
        let payload = payload.clone();
        async move {
            codec_ready().await?;
            load!(link_body(mode, payload))
        }
    })
}

/// Gives `then` what `load` yields: at once when it is ready on the first poll (a chunk already
/// loaded, or a build without chunks), else when it finishes.
fn when_loaded<T: 'static>(load: impl Future<Output = T> + 'static, then: impl FnOnce(T) + 'static) {
    let mut loading = Box::pin(load);
    match loading.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(loaded) => then(loaded),
        Poll::Pending => {
            Pending::started();
            leptos::task::spawn_local(async move {
                let loaded = loading.await;
                // What `then` does (read a plan, build a page) runs apart from starting the chunk.
                super::browser::next_task().await;
                then(loaded);
                Pending::settled();
            })
        }
    }
}

/// The loads [`when_loaded`] is waiting for, and what waits for there to be none.
struct Pending {
    loads: usize,
    waiting: Vec<Box<dyn FnOnce()>>,
}

thread_local! {
    static PENDING: RefCell<Pending> = const { RefCell::new(Pending { loads: 0, waiting: Vec::new() }) };
}

impl Pending {
    fn started() {
        PENDING.with_borrow_mut(|p| p.loads += 1);
    }

    fn settled() {
        let waiting = PENDING.with_borrow_mut(|p| {
            p.loads -= 1;
            if p.loads == 0 {
                std::mem::take(&mut p.waiting)
            } else {
                Vec::new()
            }
        });
        waiting.into_iter().for_each(|then| then());
    }
}

/// Runs `then` once no chunk the page asked for is still loading (fetched or not, it has
/// settled): at once when none is.
pub fn when_settled(then: impl FnOnce() + 'static) {
    if PENDING.with_borrow(|p| p.loads) == 0 {
        then();
    } else {
        PENDING.with_borrow_mut(|p| p.waiting.push(Box::new(then)));
    }
}

/// `body` once the plan pages' style sheets are there too (they load alongside the chunk), so a
/// chunk's view never shows unstyled. Chunks and sheets are fetched after the first paint: a plan
/// page's frame, title and step heading are in the main module and show first, without sharing
/// the network with them.
async fn styled(body: impl Future<Output = Body>) -> Body {
    super::browser::after_first_paint().await;
    let styles = super::browser::page_styles();
    let body = body.await;
    styles.await;
    body
}

/// The view `load` gives once its code is there; a short notice while it loads, and two ways out
/// (try again, reload) if it cannot be fetched. A chunk already loaded (or a build without chunks) answers on
/// the first poll, so the view is there at once, without a loading notice in between.
fn deferred<Load, Fut>(load: Load) -> impl IntoView
where
    Load: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Body> + 'static,
{
    deferred_until(Signal::stored(true), load)
}

/// [`deferred`], with the view shown only while `ready` holds (the loading notice until then).
fn deferred_until<Load, Fut>(ready: Signal<bool>, load: Load) -> impl IntoView
where
    Load: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Body> + 'static,
{
    let state = use_state();
    let body = RwSignal::new(None::<Body>);
    let load = Arc::new(load);
    // The page may be gone when the chunk arrives; then the signal is too, and that is fine.
    let start = move || when_loaded(styled(load()), move |loaded| drop(body.try_set(Some(loaded))));
    start.clone()();
    let retry = move || {
        body.set(None);
        start();
    };
    move || match body.get() {
        Some(Ok(view)) if ready.get() => view.run(),
        None | Some(Ok(_)) => view! { <p class="hint" role="status">{state.text(Msg::LoadingPage)}</p> }.into_any(),
        Some(Err(ChunkUnavailable)) => unavailable(retry.clone()),
    }
}

/// What shows when a chunk cannot be fetched: the reason, "Try again" and "Reload mlplan".
pub fn unavailable(retry: impl Fn() + Send + Sync + 'static) -> AnyView {
    let state = use_state();
    view! {
        <div class="notice error" role="alert" data-testid="page-unavailable">
            <p>{state.text(Msg::PageUnavailable)}</p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| retry()>{state.text(Msg::TryAgain)}</button>
                // A tab left open across a deploy asks for chunks the host no longer has; only a
                // reload (to the new version) helps then. Pending edits are written first.
                <button type="button" on:click=move |_| {
                    state.flush_save();
                    super::browser::reload();
                }>{state.text(Msg::ReloadApp)}</button>
            </div>
        </div>
    }
    .into_any()
}
