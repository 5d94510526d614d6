//! Messages about storage, and the undo toast.

use super::browser;
use super::show::show;
use super::state::{use_state, Toast};
use crate::i18n::{self, Msg};
use crate::route::Route;
use crate::store::StoreError;
use leptos::prelude::*;

/// Says when plans cannot be kept (storage blocked) or the last change was not saved (quota or
/// another failure), and offers the open plan as a file so nothing is lost.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let state = use_state();
    let message = move || match state.save_error.get() {
        Some(StoreError::QuotaExceeded) => Some(Msg::StorageFull),
        Some(_) => Some(Msg::StorageFailed),
        None if state.in_memory.get() => Some(Msg::StorageUnavailable),
        None => None,
    };
    let export = move |_| {
        if let Some(plan) = state.plan.get_untracked() {
            let json = plan.to_json_pretty();
            browser::download(&crate::files::json_file_name(&plan), "application/json", &json);
        }
    };
    view! {
        {move || message().map(|msg| view! {
            <div class="notice error" role="alert" data-testid="storage-error">
                <p>{state.t(msg)}</p>
                {show(move || state.plan_read.get(), move || view! {
                    <button type="button" data-testid="storage-export" on:click=export>{state.text(Msg::ExportPlan)}</button>
                })}
            </div>
        })}
    }
}

/// A polite live region for short confirmations, with undo where it applies. The notice of a
/// delete belongs to the start page: it closes when the person leaves it.
#[component]
pub fn ToastRegion() -> impl IntoView {
    let state = use_state();
    Effect::new(move |_| {
        if state.route.with(|r| *r != Route::Home) {
            state.close_toast_if(|t| matches!(t, Toast::Deleted { .. }));
        }
    });
    view! {
        <div class="toast-region" role="status" aria-live="polite">
            {move || state.toast.get().map(|toast| match toast {
                Toast::Deleted { title, trash_keys } => view! {
                    <div class="toast" data-testid="toast">
                        <span>{match trash_keys.len() {
                            1 => i18n::deleted_plan(state.lang.get(), &title),
                            n => i18n::deleted_plans(state.lang.get(), n),
                        }}</span>
                        <button type="button" data-testid="undo" on:click=move |_| state.restore_all(trash_keys.clone())>
                            {state.text(Msg::Undo)}
                        </button>
                        <button type="button" class="quiet" on:click=move |_| state.toast.set(None)>
                            {state.text(Msg::Dismiss)}
                        </button>
                    </div>
                }
                .into_any(),
                Toast::CodeUnavailable => view! {
                    <div class="toast" data-testid="toast-unavailable">
                        <span>{state.text(Msg::ActionUnavailable)}</span>
                        <button type="button" on:click=move |_| {
                            state.flush_save();
                            browser::reload();
                        }>{state.text(Msg::ReloadApp)}</button>
                        <button type="button" class="quiet" on:click=move |_| state.toast.set(None)>
                            {state.text(Msg::Dismiss)}
                        </button>
                    </div>
                }
                .into_any(),
            })}
        </div>
    }
}
