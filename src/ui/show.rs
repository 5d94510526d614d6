//! `<Show>` as a plain function with one compiled body.
//!
//! Each `<Show>` compiles the component again for its own condition and children types (a memo,
//! the children closure and the view switching between them). Here the condition is boxed into
//! one memo type and the children are a [`ViewFn`], so the switching view is compiled once for
//! every use. Like `<Show>`, the children are built again only when the condition changes.

use leptos::prelude::*;

/// `children` while `when` holds, nothing otherwise.
pub fn show(when: impl Fn() -> bool + Send + Sync + 'static, children: impl Into<ViewFn>) -> AnyView {
    show_or(when, children, ViewFn::default())
}

/// `children` while `when` holds, `fallback` otherwise.
pub fn show_or(
    when: impl Fn() -> bool + Send + Sync + 'static,
    children: impl Into<ViewFn>,
    fallback: impl Into<ViewFn>,
) -> AnyView {
    switch(Box::new(when), children.into(), fallback.into())
}

fn switch(when: Box<dyn Fn() -> bool + Send + Sync>, children: ViewFn, fallback: ViewFn) -> AnyView {
    let when = Memo::new(move |_| when());
    (move || if when.get() { children.run() } else { fallback.run() }).into_any()
}
