//! The trash's list, opened from the start page: every deleted plan with when it was deleted and
//! its Restore button, damaged records with their backups, and Empty trash. Its code is in the
//! `sharing` chunk (`ui::sharing::TrashList` loads it), so a first visit does not download it.

use super::browser;
use super::show::show;
use super::state::{display_title, use_state};
use crate::i18n::{self, Msg};
use crate::store::TrashEntry;
use leptos::prelude::*;

#[component]
pub fn TrashList() -> impl IntoView {
    let state = use_state();
    let empty = move || state.trash.with(Vec::is_empty);
    view! {
        <p class="hint">{state.text(Msg::TrashHint)}</p>
        <ul class="plan-list" data-testid="trash-list">
            // Rebuilt whole when the trash changes: a second keyed list (`<For>`) would compile
            // its diffing again for this one.
            {move || state.trash.get().into_iter().map(|entry| view! { <TrashItem entry=entry/> }).collect_view()}
        </ul>
        {show(empty, move || view! { <p class="empty">{state.text(Msg::TrashIsEmpty)}</p> })}
        <button type="button" class="danger" data-testid="trash-empty" disabled=empty
            on:click=move |_| state.empty_trash()>
            {state.text(Msg::EmptyTrash)}
        </button>
    }
}

#[component]
fn TrashItem(entry: TrashEntry) -> impl IntoView {
    let state = use_state();
    let key = entry.key().to_string();
    let readable = if matches!(entry, TrashEntry::Plan { .. }) { "ok" } else { "damaged" };
    let body = match entry {
        TrashEntry::Plan { title, deleted_ms, .. } => {
            let shown = move || display_title(state.lang.get(), &title);
            let label = {
                let shown = shown.clone();
                move || i18n::restore_label(state.lang.get(), &shown())
            };
            let deleted = move || {
                let lang = state.lang.get();
                i18n::deleted_at(lang, &browser::format_time(deleted_ms, lang.tag()))
            };
            view! {
                <strong>{shown}</strong>
                <span class="plan-time">{deleted}</span>
                <button type="button" data-testid="trash-restore" aria-label=label
                    on:click=move |_| state.restore(&key)>{state.text(Msg::Restore)}</button>
            }
            .into_any()
        }
        TrashEntry::Damaged { backup_key, .. } => {
            let file_name = format!("mlplan-damaged-{}.txt", key.trim_start_matches(crate::store::NAMESPACE));
            view! {
                <strong>{state.text(Msg::DamagedPlan)}</strong>
                <p class="hint">{state.text(Msg::DamagedTrashRecord)}</p>
                <button type="button" on:click=move |_| {
                    if let Some(raw) = state.raw(&backup_key) {
                        browser::download(&file_name, "text/plain;charset=utf-8", &raw);
                    }
                }>{state.text(Msg::DownloadBackup)}</button>
            }
            .into_any()
        }
    };
    view! { <li class="plan-item" data-testid="trash-item" data-state=readable>{body}</li> }
}
