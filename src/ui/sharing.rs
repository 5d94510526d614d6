//! The `sharing` chunk's split points: the share panel of an open plan, the page a shared link
//! opens, the class board, the comparison of two plans and the start page's trash list, with the components that load them. Apart from [`super::chunks`] because the shared-link
//! page shows a plan page body (the report) from there: with both in one module, it and
//! [`super::share`] would import each other.

use super::codec_gate::{codec_ready, load};
use super::deferred::{deferred, Body};
use crate::i18n;
use crate::route::LinkMode;
use leptos::prelude::*;
#[cfg(mlplan_split)]
use leptos::wasm_split::wasm_split;

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

#[cfg_attr(mlplan_split, wasm_split(sharing, wasm_split_path = ::leptos::wasm_split, fallible))]
fn class_board_body() -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(|| view! { <super::class_board::ClassBoard/> }))
}

#[cfg_attr(mlplan_split, wasm_split(sharing, wasm_split_path = ::leptos::wasm_split, fallible))]
fn compare_body(a: String, b: String) -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(move || view! { <super::compare::ComparePage a=a.clone() b=b.clone()/> }))
}

#[cfg_attr(mlplan_split, wasm_split(sharing, wasm_split_path = ::leptos::wasm_split, fallible))]
fn feedback_body(payload: String) -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(move || view! { <super::feedback::FeedbackPage payload=payload.clone()/> }))
}

#[cfg_attr(mlplan_split, wasm_split(sharing, wasm_split_path = ::leptos::wasm_split, fallible))]
fn version_list_body() -> Body {
    i18n::load_page_texts();
    Ok(ViewFn::from(|| view! { <super::versions::VersionList/> }))
}

#[cfg_attr(mlplan_split, wasm_split(sharing, wasm_split_path = ::leptos::wasm_split, fallible))]
fn trash_list_body() -> Body {
    Ok(ViewFn::from(|| view! { <super::trash::TrashList/> }))
}

/// The trash's list on the start page. Its code rides in this chunk, the smallest of the pages'
/// chunks, since it shows only once the person opens the trash.
#[component]
pub fn TrashList() -> impl IntoView {
    deferred(|| async { load!(trash_list_body()) })
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

/// The class board (`#/class`): its code rides in this chunk with the link decoder it needs.
#[component]
pub fn ClassBoardPage() -> impl IntoView {
    deferred(|| async {
        codec_ready().await?;
        load!(class_board_body())
    })
}

/// Two stored plans side by side (`#/compare/<a>/<b>`), opened from the plan library.
#[component]
pub fn ComparePlansPage(a: String, b: String) -> impl IntoView {
    deferred(move || {
        let (a, b) = (a.clone(), b.clone());
        async move {
            codec_ready().await?;
            load!(compare_body(a, b))
        }
    })
}

/// A feedback link (`#/f/<payload>`): its comments go into this browser's copy of the plan.
#[component]
pub fn FeedbackLinkPage(payload: String) -> impl IntoView {
    deferred(move || {
        let payload = payload.clone();
        async move {
            codec_ready().await?;
            load!(feedback_body(payload))
        }
    })
}

/// The open plan's versions, listed when the "Versions" button opens them.
#[component]
pub fn VersionPanel() -> impl IntoView {
    deferred(|| async {
        codec_ready().await?;
        load!(version_list_body())
    })
}
