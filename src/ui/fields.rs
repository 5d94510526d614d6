//! Form fields bound to one text of the open plan. Each edit goes through
//! [`AppState::edit`](super::state::AppState::edit), so it is saved like any other.

use super::state::use_state;
use crate::i18n::Msg;
use crate::plan::Plan;
use leptos::prelude::*;

/// Where a text lives in a plan: one accessor to read it, one to change it.
#[derive(Clone, Copy)]
pub struct Lens {
    pub read: fn(&Plan) -> &String,
    pub write: fn(&mut Plan) -> &mut String,
}

/// A lens on a `String` field of the plan, e.g. `lens!(problem.statement)`.
macro_rules! lens {
    ($($field:ident).+) => {
        $crate::ui::fields::Lens { read: |p| &p.$($field).+, write: |p| &mut p.$($field).+ }
    };
}
pub(crate) use lens;

/// A labelled text area (or one-line input) with an optional hint under the label.
pub fn text_field(id: &'static str, label: Msg, hint: Option<Msg>, multiline: bool, lens: Lens) -> impl IntoView {
    let state = use_state();
    let value = Memo::new(move |_| state.plan.with(|p| p.as_ref().map(|p| (lens.read)(p).clone()).unwrap_or_default()));
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        state.edit(move |p| *(lens.write)(p) = v);
    };
    let hint_id = format!("{id}-hint");
    let described_by = hint.map(|_| hint_id.clone());
    view! {
        <div class="field">
            <label for=id>{move || state.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || state.t(h)}</p> })}
            {if multiline {
                view! { <textarea id=id rows="3" aria-describedby=described_by.clone() prop:value=move || value.get() on:input=on_input></textarea> }.into_any()
            } else {
                view! { <input id=id type="text" aria-describedby=described_by.clone() prop:value=move || value.get() on:input=on_input/> }.into_any()
            }}
        </div>
    }
}
