//! A view whose code is in a chunk: a short notice while the chunk loads, the view once it is
//! there, and two ways out if it cannot be fetched. Below every module that holds a split point
//! ([`super::chunks`], [`super::sharing`], the inline calculator in [`super::calc`]), so those can
//! sit where their users are without importing one another.

use super::codec_gate::{when_loaded, ChunkUnavailable};
use super::state::use_state;
use crate::i18n::Msg;
use leptos::prelude::*;
use std::future::Future;
use std::sync::Arc;

/// What a chunk gives: a function that builds the view, called under the page's own owner. A view
/// built inside the loading future would make its signal reads the future's dependencies, and be
/// rebuilt when they change, under an owner that may be gone by then.
pub type Body = Result<ViewFn, ChunkUnavailable>;

/// `body` once the plan pages' style sheets are there too (they load alongside the chunk), so a
/// chunk's view never shows unstyled. Chunks and sheets are fetched
/// after the first paint: a plan page's frame, title and step heading are in the main module and
/// show first, without sharing the network with them.
async fn after_first_paint(body: impl Future<Output = Body>) -> Body {
    super::browser::after_first_paint().await;
    let styles = super::browser::page_styles();
    let body = body.await;
    styles.await;
    body
}

/// The view `load` gives once its code is there; a short notice while it loads, and two ways out
/// (try again, reload) if it cannot be fetched. A chunk already loaded (or a build without chunks) answers on
/// the first poll, so the view is there at once, without a loading notice in between.
pub fn deferred<Load, Fut>(load: Load) -> impl IntoView
where
    Load: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Body> + 'static,
{
    deferred_view(Signal::stored(true), load)
}

/// [`deferred`], with the view shown only while `ready` holds (the loading notice until then).
pub fn deferred_until<Load, Fut>(ready: Signal<bool>, load: Load) -> impl IntoView
where
    Load: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Body> + 'static,
{
    deferred_view(ready, load)
}

fn deferred_view<Load, Fut>(ready: Signal<bool>, load: Load) -> impl IntoView
where
    Load: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Body> + 'static,
{
    let state = use_state();
    let body = RwSignal::new(None::<Body>);
    let load = Arc::new(load);
    // The page may be gone when the chunk arrives; then the signal is too, and that is fine.
    let start = move || when_loaded(after_first_paint(load()), move |loaded| drop(body.try_set(Some(loaded))));
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
