//! Plans as files on the start page: import a JSON file, export every plan.

use super::browser;
use super::state::use_state;
use crate::files;
use crate::i18n::{self, Msg};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the last import did.
#[derive(Clone, Debug, PartialEq)]
enum ImportStatus {
    Done { count: usize, copies: usize, problems: Vec<files::PlanProblem> },
    Failed(files::ImportError),
}

#[component]
pub fn ImportExport() -> impl IntoView {
    let state = use_state();
    let status = RwSignal::new(None::<ImportStatus>);
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().expect("an input fired it").unchecked_into();
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        browser::read_file_text(file, files::MAX_BYTES, move |text| {
            state.with_codec(move |state| {
                let result = match text {
                    Err(bytes) => Err(files::ImportError::TooLarge { bytes: bytes as usize, max: files::MAX_BYTES }),
                    Ok(text) => files::import(&text, &state.taken_ids(), browser::new_plan_id),
                };
                status.set(Some(match result {
                    Ok(imported) => {
                        state.add_imported(&imported.plans);
                        ImportStatus::Done {
                            count: imported.plans.len(),
                            copies: imported.copies.len(),
                            problems: imported.problems,
                        }
                    }
                    Err(e) => ImportStatus::Failed(e),
                }));
            });
        });
    };
    view! {
        <section class="files" aria-labelledby="files-heading">
            <h2 id="files-heading">{state.text(Msg::FilesHeading)}</h2>
            <p class="hint">{state.text(Msg::FilesHint)}</p>
            <div class="files-actions">
                <label class="file-button">
                    <span>{state.text(Msg::ImportPlans)}</span>
                    <input type="file" accept=".json,application/json" data-testid="import-file" on:change=on_file/>
                </label>
                <button type="button" data-testid="export-all" on:click=move |_| state.download_backup()
                    disabled=move || state.entries.with(Vec::is_empty)>
                    {state.text(Msg::ExportAllPlans)}
                </button>
            </div>
            <div role="status" data-testid="import-status">
                {move || status.get().map(|s| {
                    let lang = state.lang.get();
                    let (summary, problems, failed) = match s {
                        ImportStatus::Done { count, copies, problems } => (i18n::imported(lang, count, copies), problems, false),
                        ImportStatus::Failed(files::ImportError::NothingImported(problems)) => {
                            (i18n::import_error(lang, &files::ImportError::NothingImported(Vec::new())), problems, true)
                        }
                        ImportStatus::Failed(e) => (i18n::import_error(lang, &e), Vec::new(), true),
                    };
                    view! {
                        <div class=if failed { "notice error" } else { "notice" } data-testid="import-result">
                            <p>{summary}</p>
                            <ul>
                                {problems.iter().map(|p| view! { <li>{i18n::import_problem(lang, p)}</li> }).collect_view()}
                            </ul>
                        </div>
                    }
                })}
            </div>
        </section>
    }
}
