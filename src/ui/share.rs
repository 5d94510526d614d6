//! Sharing: the share panel of an open plan (link, length, QR code, file), and the page a
//! shared link opens (preview, save as new, just view, or a clear error).

use super::browser;
use super::show::{show, show_or};
use super::state::{display_title, use_state};
use crate::i18n::{self, Msg, PageMsg};
use crate::lang::Lang;
use crate::plan::{Plan, Step};
use crate::route::{LinkMode, Route};
use crate::share::{self, Remedy, ShareError};
use leptos::prelude::*;
use std::collections::HashMap;

/// Chat apps start cutting links around here.
const CHAT_LIMIT: usize = 2_000;
/// Many browsers and apps cannot carry links past here.
const HARD_LIMIT: usize = 8_000;

/// The link for `plan` opened in `mode`, on the page's own address. With the worked example the
/// plan started from, the link carries only what differs from it; a classroom template also
/// takes the example's id and times, which every student's copy replaces.
fn share_link(plan: &Plan, mode: LinkMode, example: Option<&Plan>) -> String {
    let href = browser::href();
    let base = href.split('#').next().unwrap_or_default();
    let payload = match example {
        Some(example) if mode == LinkMode::Classroom => {
            let template = Plan {
                id: example.id.clone(),
                created_ms: example.created_ms,
                updated_ms: example.updated_ms,
                ..plan.clone()
            };
            share::encode_with_example(&template, example)
        }
        Some(example) => share::encode_with_example(plan, example),
        None => share::encode(plan),
    };
    format!("{base}{}{payload}", mode.prefix())
}

#[component]
pub fn SharePanel() -> impl IntoView {
    let state = use_state();
    let mode = RwSignal::new(LinkMode::Shared);
    // The worked example the plan started from, fetched once per origin (the offline worker keeps
    // it); until it arrives, or if it cannot, links carry the whole plan.
    let origin = Memo::new(move |_| state.plan.with(|p| p.as_ref().and_then(|p| p.origin.clone())));
    let example = LocalResource::new(move || {
        let origin = origin.get();
        async move {
            match origin {
                Some(o) => super::codec_gate::fetch_example(&o.key, o.lang).await,
                None => None,
            }
        }
    });
    let link = Memo::new(move |_| {
        example.with(|example| {
            let example = example.as_ref().and_then(Option::as_ref);
            state.plan.with(|p| p.as_ref().map(|p| share_link(p, mode.get(), example)).unwrap_or_default())
        })
    });
    let length = Memo::new(move |_| link.with(|l| l.chars().count()));
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        browser::copy_text(&link.get_untracked(), move |ok| {
            copied.set(Some(ok));
            if !ok {
                browser::select_input("share-url");
            }
        });
    };
    let kinds = [
        (LinkMode::Shared, PageMsg::ShareKindEdit, PageMsg::ShareKindEditHint),
        (LinkMode::ReadOnly, PageMsg::ShareKindReadOnly, PageMsg::ShareKindReadOnlyHint),
        (LinkMode::Classroom, PageMsg::ShareKindClassroom, PageMsg::ShareKindClassroomHint),
    ];
    view! {
        <section id="share-panel" class="share-panel" aria-labelledby="share-heading">
            <h2 id="share-heading">{state.text(PageMsg::ShareHeading)}</h2>
            <p class="hint">{state.text(PageMsg::SharePrivacy)}</p>
            <fieldset class="share-kinds">
                <legend>{state.text(PageMsg::ShareKind)}</legend>
                {kinds.into_iter().map(|(m, label, hint)| {
                    let id = format!("share-kind-{}", &m.prefix()[2..3]);
                    view! {
                        <div class="choice">
                            <input type="radio" name="share-kind" id=id.clone() prop:checked=move || mode.get() == m
                                on:change=move |_| { mode.set(m); copied.set(None); }/>
                            <label for=id>
                                <span>{state.text(label)}</span>
                                <span class="hint">{state.text(hint)}</span>
                            </label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            {show(move || mode.get() == LinkMode::Classroom, || view! { <super::assignment::AssignmentFields/> })}
            <div class="field">
                <label for="share-url">{state.text(PageMsg::ShareLink)}</label>
                <div class="share-url-row">
                    <input id="share-url" type="text" readonly data-testid="share-url" prop:value=move || link.get()
                        on:focus=|_| browser::select_input("share-url")/>
                    <button type="button" data-testid="copy-link" on:click=copy>{state.text(PageMsg::CopyLink)}</button>
                </div>
                <p data-testid="share-length" data-length=move || length.get().to_string()
                    class=move || match length.get() {
                        n if n > HARD_LIMIT => "share-length bad",
                        n if n > CHAT_LIMIT => "share-length warn",
                        _ => "share-length",
                    }>
                    <meter min="0" max=HARD_LIMIT.to_string() low=CHAT_LIMIT.to_string() high=(HARD_LIMIT - 1).to_string()
                        optimum="0" value=move || length.get().min(HARD_LIMIT).to_string()
                        aria-label=state.text(PageMsg::ShareLink)></meter>
                    <span>{move || i18n::link_length(state.lang.get(), length.get())}</span>
                    {move || match length.get() {
                        n if n > HARD_LIMIT => Some(state.t(PageMsg::ShareLengthTooLong)),
                        n if n > CHAT_LIMIT => Some(state.t(PageMsg::ShareLengthChat)),
                        _ => None,
                    }.map(|m| view! { <span class="share-warning">{m}</span> })}
                </p>
                <p role="status" class="hint">
                    {move || copied.get().map(|ok| state.t(if ok { PageMsg::LinkCopied } else { PageMsg::CopyFailed }))}
                </p>
            </div>
            <QrCode link=link length=length/>
            <ExportPlanButton/>
        </section>
    }
}

/// The link as a QR code when it fits one, and a clear alternative when it does not.
#[component]
fn QrCode(link: Memo<String>, length: Memo<usize>) -> impl IntoView {
    let state = use_state();
    let code = Memo::new(move |_| link.with(|l| crate::qr::encode(l)));
    let title = move || state.plan.with(|p| display_title(state.lang.get(), p.as_ref().map_or("", |p| &p.title)));
    view! {
        <div class="share-qr-box">
            <h3>{state.text(PageMsg::QrHeading)}</h3>
            {move || match code.get() {
                Some(qr) => view! {
                    <svg class="share-qr" data-testid="share-qr" role="img" aria-label=move || i18n::qr_label(state.lang.get(), &title())
                        viewBox=format!("0 0 {0} {0}", qr.size) shape-rendering="crispEdges">
                        <rect width=qr.size.to_string() height=qr.size.to_string() fill="#fff"/>
                        <path d=qr.path fill="#000"/>
                    </svg>
                }.into_any(),
                None => view! {
                    <p class="hint" data-testid="share-qr-too-long" data-length=move || length.get().to_string()>
                        {move || i18n::qr_too_long(state.lang.get(), length.get())}
                    </p>
                }.into_any(),
            }}
        </div>
    }
}

/// Downloads the open plan as a versioned JSON file.
#[component]
pub fn ExportPlanButton() -> impl IntoView {
    let state = use_state();
    let export = move |_| {
        if let Some(plan) = state.plan.get_untracked() {
            browser::download(
                &crate::files::json_file_name(&plan),
                "application/json",
                &crate::files::export(std::slice::from_ref(&plan)),
            );
        }
    };
    view! {
        <button type="button" data-testid="export-json" on:click=export>{state.text(PageMsg::ExportThisPlan)}</button>
    }
}

/// Worked examples fetched for format-3 links, each at most once a page (the class board reads
/// many links from the same example).
pub type Examples = HashMap<(String, Lang), Option<Plan>>;

/// A plan from a link; a format-3 link first fetches the example it names.
pub async fn open_link(link: &str, examples: &mut Examples) -> Result<Plan, ShareError> {
    let Some(origin) = share::example_needed(link)? else { return share::decode(link) };
    let key = (origin.key.clone(), origin.lang);
    if !examples.contains_key(&key) {
        let example = super::codec_gate::fetch_example(&origin.key, origin.lang).await;
        examples.insert(key.clone(), example);
    }
    share::decode_with_example(link, examples.get(&key).and_then(Option::as_ref))
}

/// The page a shared link opens: decode, then preview or explain what is wrong.
#[component]
pub fn LinkPage(mode: LinkMode, payload: String) -> impl IntoView {
    let tag = payload.split('.').next().unwrap_or_default().to_string();
    let opened = move |decoded: Result<Plan, ShareError>| match decoded {
        Ok(plan) => view! { <LinkPreview mode=mode plan=plan tag=tag.clone()/> }.into_any(),
        Err(error) => view! { <LinkError error=error/> }.into_any(),
    };
    match share::example_needed(&payload) {
        Ok(Some(_)) => {
            // The link carries only what differs from a worked example: fetch the example first.
            let decoded = LocalResource::new(move || {
                let payload = payload.clone();
                async move { open_link(&payload, &mut Examples::new()).await }
            });
            (move || decoded.get().map(&opened)).into_any()
        }
        Ok(None) => opened(share::decode(&payload)),
        Err(error) => opened(Err(error)),
    }
}

#[component]
fn LinkPreview(mode: LinkMode, plan: Plan, tag: String) -> impl IntoView {
    let state = use_state();
    let viewing = RwSignal::new(false);
    let (heading, intro, save_label) = match mode {
        LinkMode::Classroom => (PageMsg::ClassroomHeading, PageMsg::ClassroomIntro, PageMsg::StartMyCopy),
        LinkMode::Shared | LinkMode::ReadOnly => {
            (PageMsg::LinkPreviewHeading, PageMsg::LinkPreviewIntro, PageMsg::SaveAsNewPlan)
        }
    };
    let filled: Vec<Step> = plan.completed_steps();
    let title = plan.title.clone();
    let plan_for_save = plan.clone();
    let plan_for_view = plan.clone();
    let plan_for_feedback = plan.clone();
    let view_plan = move || {
        state.view_unsaved(plan_for_view.clone());
        viewing.set(true);
    };
    if mode == LinkMode::ReadOnly {
        view_plan();
    }
    view! {
        // The link's format number is for tools and tests, not for people.
        <section class="link-preview" data-testid="link-preview" aria-labelledby="page-heading" data-link-format=tag>
            <h1 id="page-heading">{state.text(heading)}</h1>
            <p class="lead">{move || display_title(state.lang.get(), &title)}</p>
            <p>{show_or(move || viewing.get(), state.text(PageMsg::ViewingShared), state.text(intro))}</p>
            {(!plan.assignment.is_empty()).then(|| super::assignment::assignment_view(plan.assignment.clone()))}
            <h2>{state.text(PageMsg::StepsFilled)}</h2>
            <ul class="filled-steps">
                {Step::ALL.into_iter().map(|s| {
                    let done = filled.contains(&s);
                    view! {
                        <li class:complete=done>
                            <span aria-hidden="true">{if done { "✓ " } else { "· " }}</span>
                            {state.text(i18n::step_name(s))}
                            <span class="visually-hidden">
                                {move || format!(", {}", state.t(if done { Msg::StepComplete } else { Msg::StepIncomplete }))}
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="actions">
                <button type="button" class="primary" data-testid="link-save" on:click=move |_| state.save_as_new(&plan_for_save)>
                    {show_or(move || viewing.get(), state.text(PageMsg::SaveACopy), state.text(save_label))}
                </button>
                {show(move || !viewing.get(), move || view! {
                    <button type="button" data-testid="link-view" on:click={
                        let view_plan = view_plan.clone();
                        move |_| view_plan()
                    }>{state.text(PageMsg::JustView)}</button>
                })}
            </div>
        </section>
        {show(move || viewing.get() && mode != LinkMode::Classroom, move || {
            let plan = plan_for_feedback.clone();
            view! { <super::feedback::FeedbackComposer plan=plan/> }
        })}
        {show(move || viewing.get(), || view! {
            <div class="shared-view">
                <super::chunks::PageBody page=crate::route::Page::Report/>
            </div>
        })}
    }
}

/// What is wrong with a link, what is safe, and what to do, in the person's language.
#[component]
fn LinkError(error: ShareError) -> impl IntoView {
    let state = use_state();
    let what = i18n::link_problem(&error);
    let todo = match error.remedy() {
        Remedy::PasteALink => PageMsg::RemedyPaste,
        Remedy::CopyTheWholeLink => PageMsg::RemedyCopyWhole,
        Remedy::UpdateTheApp => PageMsg::RemedyUpdate,
        Remedy::AskForANewLink => PageMsg::RemedyAskNew,
    };
    view! {
        <section class="notice error" role="alert" data-testid="link-error" aria-labelledby="page-heading">
            <h1 id="page-heading">{state.text(PageMsg::LinkErrorHeading)}</h1>
            <p>{state.text(what)}</p>
            {example_named(&error).map(|key| view! {
                <p data-testid="link-example">{move || i18n::link_example(state.lang.get(), &key)}</p>
            })}
            <p>{state.text(todo)}</p>
            <p>{state.text(PageMsg::LocalPlansSafe)}</p>
            <a href=Route::Home.fragment()>{state.text(Msg::BackToPlans)}</a>
        </section>
    }
}

/// The worked example a link's error is about, if it is about one.
fn example_named(error: &ShareError) -> Option<String> {
    match error {
        ShareError::UnknownExample { key } | ShareError::ExampleRevision { key } => Some(key.clone()),
        ShareError::ExampleNeeded(origin) => Some(origin.key.clone()),
        _ => None,
    }
}
