//! The report: the whole plan on one page, for screen, print and Markdown.
//!
//! The page shows [`report::document`]'s blocks as text nodes; "Copy as Markdown" and "Download
//! Markdown" write the same document with [`report::markdown`], so what people see, print and paste
//! is one thing.

use super::browser;
use super::review::ReviewSummary;
use super::state::use_state;
use super::step_nav::page_href;
use crate::i18n::{Msg, PageMsg};
use crate::report::{self, Block, Document, ListItem, EMPTY_CELL};
use crate::route::Page;
use leptos::prelude::*;

#[component]
pub fn ReportPage() -> impl IntoView {
    let state = use_state();
    let document = Memo::new(move |_| state.plan.with(|p| p.as_ref().map(|p| report::document(p, state.lang.get()))));
    view! {
        <div class="report-page">
            <div class="report-toolbar">
                <p class="step-pos">{state.text(Msg::Report)}</p>
                <p class="guide">{state.text(PageMsg::ReportIntro)}</p>
                <ReportActions/>
                <ReviewSummary/>
            </div>
            <div class="report" data-testid="report">
                {move || document.get().map(document_view)}
            </div>
        </div>
    }
}

/// Copy, download and print, with a polite status line saying what happened.
#[component]
fn ReportActions() -> impl IntoView {
    let state = use_state();
    let status = RwSignal::new(None::<PageMsg>);
    let markdown = move || {
        state.plan.with_untracked(|p| {
            p.as_ref().map(|p| (report::report_file_name(p), report::markdown(p, state.lang.get_untracked())))
        })
    };
    let copy = move |_| {
        status.set(None);
        if let Some((_, text)) = markdown() {
            browser::copy_text(&text, move |ok| {
                status.set(Some(if ok { PageMsg::ReportCopied } else { PageMsg::ReportCopyFailed }))
            });
        }
    };
    let download = move |_| {
        if let Some((name, text)) = markdown() {
            browser::download(&name, "text/markdown;charset=utf-8", &text);
            status.set(Some(PageMsg::ReportDownloaded));
        }
    };
    let print = move |_| {
        status.set(None);
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <div class="report-actions" role="group" aria-label=state.text(PageMsg::ReportActions)>
            <button type="button" class="primary" data-testid="copy-markdown" on:click=copy>
                {state.text(PageMsg::CopyMarkdown)}
            </button>
            <button type="button" data-testid="download-markdown" on:click=download>
                {state.text(PageMsg::DownloadMarkdown)}
            </button>
            <button type="button" data-testid="print-report" on:click=print>
                {state.text(PageMsg::PrintReport)}
            </button>
        </div>
        <p class="report-status" role="status" data-testid="report-status">
            {move || status.get().map(|m| state.t(m))}
        </p>
    }
}

/// The report's blocks as HTML: text nodes only, never markup from the plan.
fn document_view(doc: Document) -> impl IntoView {
    let not_filled = doc.not_filled();
    let edit = doc.lang.t(PageMsg::EditStep);
    doc.blocks.into_iter().map(|block| block_view(block, not_filled, edit)).collect_view()
}

fn block_view(block: Block, not_filled: &'static str, edit: &'static str) -> AnyView {
    match block {
        Block::Heading { level: 1, text, .. } => {
            view! { <h1 id="page-heading" class="report-title">{text}</h1> }.into_any()
        }
        Block::Heading { level: 2, text, step } => {
            let link = step.map(|step| {
                view! {
                    <a class="report-edit" href=move || page_href(Page::Step(step))>
                        {edit}<span class="visually-hidden">{format!(": {text}")}</span>
                    </a>
                }
            });
            view! {
                <div class="report-section-head">
                    <h2 class="report-section" data-step=step.map(|s| s.slug())>{text.clone()}</h2>
                    {link}
                </div>
            }
            .into_any()
        }
        Block::Heading { text, .. } => view! { <h3 class="report-part">{text}</h3> }.into_any(),
        Block::Paragraph(text) => view! { <p class="report-para">{text}</p> }.into_any(),
        Block::Field { label, value } => {
            let value = match value {
                Some(text) => view! { <span class="report-value">{text}</span> }.into_any(),
                None => view! { <span class="report-missing">{not_filled}</span> }.into_any(),
            };
            view! { <p class="report-field"><strong class="report-label">{label}": "</strong>{value}</p> }.into_any()
        }
        Block::Caption(text) => view! { <p class="report-caption"><strong>{text}</strong></p> }.into_any(),
        Block::List { numbered: true, items } => {
            view! { <ol class="report-list">{items.into_iter().map(|i| list_item(i, true)).collect_view()}</ol> }
                .into_any()
        }
        Block::List { numbered: false, items } => {
            view! { <ul class="report-list">{items.into_iter().map(|i| list_item(i, false)).collect_view()}</ul> }
                .into_any()
        }
        // Each cell carries its column's name: on a phone the rows become stacked cards
        // (report.css), each value under its name, instead of columns too narrow for a word.
        Block::Table { headers, rows } => view! {
            <table class="report-table">
                <thead>
                    <tr>{headers.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr>
                            {row.into_iter().zip(headers.clone()).map(|(cell, column)| {
                                let blank = cell.is_empty();
                                view! {
                                    <td class:blank=blank data-column=column>
                                        {if blank { EMPTY_CELL.to_string() } else { cell }}
                                    </td>
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
    }
}

/// One list entry; a numbered one keeps its number from the plan, even when blank entries before
/// it were left out.
fn list_item(item: ListItem, numbered: bool) -> impl IntoView {
    view! {
        <li value=numbered.then(|| item.number.to_string())>
            {item.text}
            {item.mark.map(|m| view! { " " <strong class="report-mark">{m}</strong> })}
        </li>
    }
}
