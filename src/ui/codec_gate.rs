//! The gate every typed plan read and write goes through: the typed plan reader and writer
//! ([`crate::plan::codec`]) are a chunk of their own in the release build, and [`with_codec`] runs an
//! action once they are loaded. Also the bookkeeping of chunk loads that the gate shares with the
//! page bodies ([`when_loaded`], [`when_settled`]), and the `load!` macro that calls a split point.
//!
//! A leaf below [`super::state`], whose actions wait on the gate: the page bodies in
//! [`super::chunks`] sit above the state, so the gate cannot live with them.

use crate::lang::Lang;
use crate::plan::{examples, Plan};
#[cfg(mlplan_split)]
use leptos::wasm_split::wasm_split;
use std::cell::RefCell;
use std::future::Future;
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

/// Calls a split point: awaited (the chunk may need fetching) in the split build, direct otherwise.
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
pub(super) use load;

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

/// The plan of worked example `key` in `lang`, fetched from the app's files; `None` when it
/// cannot be fetched (offline before the service worker kept it) or read.
pub async fn fetch_example(key: &str, lang: Lang) -> Option<Plan> {
    let text = super::browser::app_file(&examples::path(key, lang)).await.ok()?;
    // Reading the example takes the typed plan reader, which may have to be fetched too.
    codec_ready().await.ok()?;
    examples::read(&text).ok()
}

/// Runs `then` once the typed plan reader and writer are loaded: at once when they are, else
/// when their chunk arrives (or cannot be fetched).
pub fn with_codec(then: impl FnOnce(Result<(), ChunkUnavailable>) + 'static) {
    when_loaded(codec_ready(), then);
}

/// Gives `then` what `load` yields: at once when it is ready on the first poll (a chunk already
/// loaded, or a build without chunks), else when it finishes.
pub fn when_loaded<T: 'static>(load: impl Future<Output = T> + 'static, then: impl FnOnce(T) + 'static) {
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
