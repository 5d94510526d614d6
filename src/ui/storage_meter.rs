//! The start page's storage meter: how much of the browser's store the plans take, the browser's
//! own estimate where it gives one, whether the storage is kept persistently, a backup of every
//! plan, and, once, a quiet word that plans changed a week ago and are in no backup. In the
//! `library` chunk with the plan list.

use super::browser;
use super::show::show;
use super::state::use_state;
use crate::i18n::library::{self as texts, LibraryMsg};
use crate::store::{backup_reminder_due, Entry, Usage, LOCAL_STORAGE_LIMIT};
use leptos::prelude::*;
use wasm_bindgen::prelude::JsValue;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What the browser says about keeping this site's storage when space runs low.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Persistence {
    Granted,
    NotGranted,
    /// The browser has no `navigator.storage.persist` (or it failed).
    Unknown,
}

impl Persistence {
    fn slug(self) -> &'static str {
        match self {
            Persistence::Granted => "true",
            Persistence::NotGranted => "false",
            Persistence::Unknown => "unknown",
        }
    }
}

/// `navigator.storage`, where the browser has it (only on secure origins).
fn storage_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok().filter(|s| s.is_object())
}

/// Calls `navigator.storage.<method>()` and awaits its promise.
async fn call_storage(method: &str) -> Option<JsValue> {
    let manager = storage_manager()?;
    let function: js_sys::Function =
        js_sys::Reflect::get(&manager, &JsValue::from_str(method)).ok()?.dyn_into().ok()?;
    let promise: js_sys::Promise = function.call0(&manager).ok()?.dyn_into().ok()?;
    JsFuture::from(promise).await.ok()
}

/// The browser's estimate of this site's usage and quota in bytes.
async fn estimate() -> Option<(f64, f64)> {
    let answer = call_storage("estimate").await?;
    let field = |name: &str| js_sys::Reflect::get(&answer, &JsValue::from_str(name)).ok()?.as_f64();
    Some((field("usage")?, field("quota")?))
}

/// Asks the browser to keep the storage persistently, unless it already does.
async fn ask_persistence() -> Persistence {
    let granted = |v: Option<JsValue>| match v.and_then(|v| v.as_bool()) {
        Some(true) => Persistence::Granted,
        Some(false) => Persistence::NotGranted,
        None => Persistence::Unknown,
    };
    match granted(call_storage("persisted").await) {
        Persistence::NotGranted => granted(call_storage("persist").await),
        known => known,
    }
}

#[component]
pub fn StorageMeter() -> impl IntoView {
    let state = use_state();
    let usage = RwSignal::new(None::<Usage>);
    let browser_estimate = RwSignal::new(None::<(f64, f64)>);
    let persistence = RwSignal::new(None::<Persistence>);
    let backup_due = RwSignal::new(false);
    // Counted a task after the list shows (it reads every record), and again whenever the list
    // changes (a delete, an import, another tab).
    Effect::new(move |_| {
        state.entries.track();
        leptos::task::spawn_local(async move {
            browser::next_task().await;
            let _ = usage.try_set(state.usage().ok());
            if let Some(e) = estimate().await {
                let _ = browser_estimate.try_set(Some(e));
            }
        });
    });
    leptos::task::spawn_local(async move {
        let asked = ask_persistence().await;
        let _ = persistence.try_set(Some(asked));
    });
    remind_of_backup_once(backup_due);
    let near_limit = move || usage.get().is_some_and(|u| u.near_limit());
    view! {
        <section class="storage" aria-labelledby="storage-heading" data-testid="storage-meter"
            data-used=move || usage.get().map(|u| u.site.to_string())
            data-limit=LOCAL_STORAGE_LIMIT.to_string()
            data-near-limit=move || if near_limit() { "true" } else { "false" }>
            <h2 id="storage-heading">{state.text(LibraryMsg::StorageHeading)}</h2>
            {move || usage.get().map(|u| view! {
                <meter min="0" max=LOCAL_STORAGE_LIMIT.to_string() high=(LOCAL_STORAGE_LIMIT * 4 / 5).to_string()
                    value=u.site.to_string() aria-labelledby="storage-used"></meter>
                <p id="storage-used">{move || texts::storage_used(state.lang.get(), u.site, LOCAL_STORAGE_LIMIT)}</p>
                {(u.versions > 0).then(|| view! {
                    <p class="hint" data-testid="storage-versions">{move || texts::storage_versions(state.lang.get(), u.versions)}</p>
                })}
            })}
            {move || browser_estimate.get().map(|(used, quota)| view! {
                <p class="hint" data-testid="storage-estimate">{move || texts::browser_estimate(state.lang.get(), used, quota)}</p>
            })}
            {show(near_limit, move || view! {
                <p class="notice error" role="alert" data-testid="storage-warning">{state.text(LibraryMsg::StorageNearlyFull)}</p>
            })}
            {show(move || backup_due.get(), move || view! {
                <p class="hint" data-testid="backup-reminder">{state.text(LibraryMsg::BackupDue)}</p>
            })}
            {move || persistence.get().map(|p| view! {
                <p class="hint" data-testid="storage-persist" data-granted=p.slug()>
                    {state.text(match p {
                        Persistence::Granted => LibraryMsg::PersistGranted,
                        Persistence::NotGranted => LibraryMsg::PersistNotGranted,
                        Persistence::Unknown => LibraryMsg::PersistUnknown,
                    })}
                </p>
            })}
            <button type="button" data-testid="storage-backup" disabled=move || state.entries.with(Vec::is_empty)
                on:click=move |_| state.download_backup()>
                {state.text(LibraryMsg::BackupEveryPlan)}
            </button>
        </section>
    }
}

/// Says once that plans changed more than a week ago and no backup holds them, and notes that it
/// said so (it says so again only after the next backup).
fn remind_of_backup_once(due: RwSignal<bool>) {
    let state = use_state();
    let prefs = state.prefs();
    let changes: Vec<u64> = state.entries.with_untracked(|es| {
        es.iter()
            .filter_map(|e| match e {
                Entry::Plan { updated_ms, .. } => Some(*updated_ms),
                Entry::Damaged { .. } | Entry::Newer { .. } => None,
            })
            .collect()
    });
    let now = browser::now_ms();
    if backup_reminder_due(&prefs, changes, now) {
        due.set(true);
        state.update_prefs(|p| p.backup_reminded_ms = Some(now));
    }
}
