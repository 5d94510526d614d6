//! A plan's named versions: [`save_version`], which the frame's "Save a version" button calls
//! (`plan_page::VersionButtons`), and the list the "Versions" button opens, from the `sharing`
//! chunk (rename, open read-only, compare two, restore as a copy, delete).

use super::browser;
use super::compare::CompareView;
use super::state::{use_state, with_library, AppState};
use crate::class::ClassMsg as M;
use crate::plan::Plan;
use crate::route::{LinkMode, Route};
use crate::store::{Selection, VersionSummary};
use leptos::prelude::*;

/// Keeps the open plan as it is now as a version named by the date and time; `false` when it
/// could not be written.
pub fn save_version(state: AppState) -> bool {
    state.flush_save();
    let Some(id) = state.plan.with_untracked(|p| p.as_ref().map(|p| p.id.clone())) else { return false };
    let now = browser::now_ms();
    let name = browser::format_time(now, state.lang.get_untracked().tag());
    let saved = with_library(|l| l.save_version(&id, &name, now, false));
    state.versions_changed.update(|n| *n += 1);
    saved.map_err(|e| state.save_error.set(Some(e))).ok().flatten().is_some()
}

/// The versions of plan `id`, newest first.
fn versions(id: &str) -> Vec<VersionSummary> {
    with_library(|l| l.versions(id)).unwrap_or_default()
}

/// One version of plan `id` as a plan (the typed reader is loaded before this chunk runs).
fn version_plan(id: &str, version: &str) -> Option<Plan> {
    let record = with_library(|l| l.version(id, version)).ok().flatten()?;
    crate::plan::parse_plan(&record.plan).ok()
}

/// Renames or deletes a version, then has the list follow.
fn change(
    state: AppState,
    action: impl FnOnce(&mut crate::store::Library<Box<dyn crate::store::KeyValue>>) -> Result<(), crate::store::StoreError>,
) {
    if let Err(e) = with_library(action) {
        state.save_error.set(Some(e));
    }
    state.versions_changed.update(|n| *n += 1);
}

#[component]
pub fn VersionList() -> impl IntoView {
    let state = use_state();
    let text = move |m: M| move || m.text(state.lang.get());
    let plan_id = move || state.plan.with(|p| p.as_ref().map(|p| p.id.clone()).unwrap_or_default());
    let versions = Memo::new(move |_| {
        state.versions_changed.track();
        versions(&plan_id())
    });
    let selection = RwSignal::new(Selection::default());
    let comparing = RwSignal::new(None::<(Plan, Plan)>);
    let compare = move |_| {
        let id = plan_id();
        // Older first, as the list reads from the bottom up.
        let chosen: Vec<String> = versions.with_untracked(|vs| {
            vs.iter().rev().filter(|v| selection.with_untracked(|s| s.contains(&v.id))).map(|v| v.id.clone()).collect()
        });
        if let [a, b] = chosen.as_slice() {
            comparing.set(version_plan(&id, a).zip(version_plan(&id, b)));
        }
    };
    view! {
        <section id="version-panel" class="version-panel" data-testid="version-panel" aria-labelledby="version-heading">
            <h2 id="version-heading">{text(M::VersionsHeading)}</h2>
            <p class="hint">{text(M::VersionsIntro)}</p>
            {move || versions.with(Vec::is_empty).then(|| view! { <p class="empty">{text(M::NoVersions)}</p> })}
            <ul class="version-list">
                <For each=move || versions.get() key=|v| (v.id.clone(), v.name.clone()) let:v>
                    <VersionItem version=v selection=selection/>
                </For>
            </ul>
            <button type="button" data-testid="version-compare" disabled=move || selection.with(|s| s.len() != 2) on:click=compare>
                {text(M::CompareVersions)}
            </button>
            {move || comparing.get().map(|(a, b)| view! { <CompareView a=a b=b/> })}
        </section>
    }
}

#[component]
fn VersionItem(version: VersionSummary, selection: RwSignal<Selection>) -> impl IntoView {
    let state = use_state();
    let text = move |m: M| move || m.text(state.lang.get());
    let plan_id = state.plan.with_untracked(|p| p.as_ref().map(|p| p.id.clone()).unwrap_or_default());
    let VersionSummary { id, name, saved_ms, auto } = version;
    let name_id = format!("version-name-{id}");
    let saved = browser::format_time(saved_ms, state.lang.get_untracked().tag());
    let (id_open, id_restore, id_delete, id_select, id_check, plan_rename) =
        (id.clone(), id.clone(), id.clone(), id.clone(), id.clone(), plan_id.clone());
    let (plan_open, plan_restore, plan_delete) = (plan_id.clone(), plan_id.clone(), plan_id);
    let open = move |_| {
        if let Some(plan) = version_plan(&plan_open, &id_open) {
            let payload = crate::share::encode(&plan);
            browser::go_to(&Route::Link { mode: LinkMode::ReadOnly, payload }.fragment());
        }
    };
    let restore = move |_| {
        if let Some(plan) = version_plan(&plan_restore, &id_restore) {
            let title = state.plan.with_untracked(|p| p.as_ref().map(|p| p.title.clone()).unwrap_or_default());
            let name =
                versions(&plan_restore).into_iter().find(|v| v.id == id_restore).map(|v| v.name).unwrap_or_default();
            state.save_as_new(&Plan { title: format!("{title} ({name})"), ..plan });
        }
    };
    view! {
        <li class="version-item" data-testid="version-item" data-auto=auto.to_string()>
            <input type="checkbox" data-testid="version-select" aria-label=move || format!("{} {}", M::Select.text(state.lang.get()), saved)
                prop:checked=move || selection.with(|s| s.contains(&id_check))
                on:change=move |_| selection.update(|s| s.toggle(&id_select))/>
            <label class="visually-hidden" for=name_id.clone()>{text(M::VersionName)}</label>
            <input type="text" id=name_id data-testid="version-name" prop:value=name maxlength="120"
                on:change=move |ev| {
                    let name = event_target_value(&ev);
                    change(state, |l| l.rename_version(&plan_rename, &id, &name));
                }/>
            {auto.then(|| view! { <span class="hint">{text(M::VersionAuto)}</span> })}
            <span class="version-actions">
                <button type="button" class="link-button" data-testid="version-open" on:click=open>{text(M::VersionOpen)}</button>
                <button type="button" class="link-button" data-testid="version-restore" on:click=restore>{text(M::VersionRestore)}</button>
                <button type="button" class="link-button" data-testid="version-delete"
                    on:click=move |_| change(state, |l| l.delete_version(&plan_delete, &id_delete))>{text(M::VersionDelete)}</button>
            </span>
        </li>
    }
}
