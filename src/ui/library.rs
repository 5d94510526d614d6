//! The start page: what mlplan is, and the plan library.

use super::browser;
use super::show::{show, show_or};
use super::state::{display_title, use_state, AppState};
use crate::i18n::{self, Msg};
use crate::plan::examples;
use crate::route::Route;
use crate::store::Entry;
use leptos::prelude::*;

#[component]
pub fn LibraryPage() -> impl IntoView {
    let state = use_state();
    let renaming = RwSignal::new(None::<String>);
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
            {show_or(move || state.entries.with(|e| !e.is_empty()), move || view! {
                <ul class="plan-list" data-testid="plan-list">
                    <For
                        each=move || state.entries.get()
                        key=|e| format!("{e:?}")
                        children=move |entry| match entry {
                            Entry::Plan { id, title, updated_ms } => {
                                view! { <PlanItem id=id title=title updated_ms=updated_ms renaming=renaming/> }.into_any()
                            }
                            Entry::Damaged { id, backup_key, .. } => {
                                view! { <DamagedItem id=id backup_key=backup_key/> }.into_any()
                            }
                        }
                    />
                </ul>
            }, move || show(
                move || state.entries_complete.get(),
                move || view! { <p class="empty" data-testid="plan-list">{state.text(Msg::NoPlansYet)}</p> },
            ))}
            // Until the whole list is read (just after a plan page's first paint) the list may be
            // partial or empty: saying so keeps "no plans yet" from looking like lost plans.
            {show(move || !state.entries_complete.get(), move || view! {
                <p class="empty" role="status" data-testid="plans-reading">{state.text(Msg::ReadingPlans)}</p>
            })}
            <TrashSection/>
        </section>
        <ExampleList/>
        <super::files::ImportExport/>
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
            let text = browser::app_file(&examples::path(key, lang)).await.ok();
            // Reading the example takes the typed plan reader, which may have to be fetched too.
            let ready = super::codec_gate::codec_ready().await.is_ok();
            let example = text.filter(|_| ready).and_then(|t| examples::read(&t).ok());
            let Some(example) = example else {
                unavailable.set(true);
                return;
            };
            // A fresh id that no local plan has, so opening an example never replaces one.
            let taken = |id: &str| state.entries.with_untracked(|es| es.iter().any(|e| e.id() == id));
            let id = std::iter::repeat_with(browser::new_plan_id).find(|id| !taken(id)).expect("ids never run out");
            state.add_and_open(examples::instantiate(example, id, browser::now_ms()));
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
        </section>
    }
}

#[component]
fn PlanItem(id: String, title: String, updated_ms: u64, renaming: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_state();
    let href = Route::step(id.clone(), crate::plan::Step::Problem).fragment();
    let is_renaming = {
        let id = id.clone();
        move || renaming.with(|r| r.as_deref() == Some(id.as_str()))
    };
    let shown = {
        let title = title.clone();
        move || display_title(state.lang.get(), &title)
    };
    let edited = move || {
        let lang = state.lang.get();
        i18n::edited_at(lang, &browser::format_time(updated_ms, lang.tag()))
    };
    let (id_dup, id_del, id_ren) = (id.clone(), id.clone(), id.clone());
    let label_title = title.clone();
    view! {
        <li class="plan-item" data-testid="plan-item" data-plan-id=id.clone()>
            {show_or(
                is_renaming.clone(),
                move || view! { <RenameForm id=id_ren.clone() title=title.clone() renaming=renaming/> },
                move || {
                    let shown = shown.clone();
                    let label_title = label_title.clone();
                    view! {
                        <a class="plan-link" href=href.clone()
                            aria-label=move || i18n::open_plan_label(state.lang.get(), &display_title(state.lang.get(), &label_title))>
                            {shown}
                        </a>
                    }
                },
            )}
            <span class="plan-time">{edited}</span>
            <div class="plan-actions" role="group" aria-label=state.text(Msg::PlanActions)>
                <button type="button" on:click={
                    let id = id.clone();
                    move |_| renaming.set(Some(id.clone()))
                }>{state.text(Msg::Rename)}</button>
                <button type="button" on:click=move |_| state.duplicate(&id_dup)>{state.text(Msg::Duplicate)}</button>
                <button type="button" class="danger" on:click=move |_| state.delete(&id_del)>{state.text(Msg::Delete)}</button>
            </div>
        </li>
    }
}

/// Inline rename: Enter or Save keeps the new title, Escape or Cancel drops it.
#[component]
fn RenameForm(id: String, title: String, renaming: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_state();
    let draft = RwSignal::new(title);
    let input_id = format!("rename-{id}");
    let commit = move |state: AppState, id: &str| {
        state.rename(id, &draft.get_untracked());
        renaming.set(None);
    };
    let id_submit = id.clone();
    Effect::new({
        let input_id = input_id.clone();
        move |_| browser::focus_id(&input_id)
    });
    view! {
        <form class="rename" on:submit=move |ev| {
            ev.prevent_default();
            commit(state, &id_submit);
        }>
            <label class="visually-hidden" for=input_id.clone()>{state.text(Msg::PlanTitle)}</label>
            <input id=input_id type="text" maxlength="200" prop:value=move || draft.get()
                on:input=move |ev| draft.set(event_target_value(&ev))
                on:keydown=move |ev| if ev.key() == "Escape" { renaming.set(None) } />
            <button type="submit">{state.text(Msg::Save)}</button>
            <button type="button" on:click=move |_| renaming.set(None)>{state.text(Msg::Cancel)}</button>
        </form>
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

/// A stored plan that does not parse: say so, offer its backup, never delete the backup.
#[component]
fn DamagedItem(id: String, backup_key: String) -> impl IntoView {
    let state = use_state();
    let file_name = format!("mlplan-damaged-{id}.txt");
    let id_remove = id.clone();
    view! {
        <li class="plan-item damaged" data-testid="plan-item" data-plan-id=id.clone() data-damaged="true">
            <strong>{state.text(Msg::DamagedPlan)}</strong>
            <code class="plan-id">{id.clone()}</code>
            <p class="hint" data-testid="damaged-notice">{state.text(Msg::DamagedPlanHelp)}</p>
            <div class="plan-actions">
                <button type="button" on:click=move |_| {
                    if let Some(raw) = state.raw(&backup_key) {
                        browser::download(&file_name, "text/plain;charset=utf-8", &raw);
                    }
                }>{state.text(Msg::DownloadBackup)}</button>
                <button type="button" on:click=move |_| state.delete(&id_remove)>{state.text(Msg::RemoveFromList)}</button>
            </div>
        </li>
    }
}
