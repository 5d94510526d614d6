//! The header: home link, plan switcher, language switch and color scheme.

use super::show::show;
use super::state::{display_title, use_state};
use crate::i18n::{Lang, Msg};
use crate::route::{Page, Route};
use crate::store::Scheme;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    view! {
        <header class="app-header">
            <a class="brand" href="#/">
                "mlplan"
                <span class="visually-hidden">{move || format!(" — {}", state.t(Msg::AllPlans))}</span>
            </a>
            <PlanSwitcher/>
            <div class="header-tools">
                <LanguageSwitch/>
                <SchemeSelect/>
            </div>
        </header>
    }
}

/// A select of every readable plan; choosing one opens it at the current step.
#[component]
fn PlanSwitcher() -> impl IntoView {
    let state = use_state();
    let open_id = move || state.route.with(|r| r.plan_id().map(str::to_string));
    view! {
        {show(move || open_id().is_some(), move || view! {
            <label class="plan-switcher">
                <span class="visually-hidden">{state.text(Msg::SwitchPlan)}</span>
                <select on:change=move |ev| {
                    let id = event_target_value(&ev);
                    let page = state.route.with_untracked(|r| match r {
                        Route::Plan { page, .. } => *page,
                        Route::Scratch(tool) => Page::Calc(*tool),
                        Route::Home | Route::Link { .. } | Route::Class(_) | Route::Compare(..) | Route::Feedback(_) => Page::Step(crate::plan::Step::Problem),
                    });
                    let route = Route::Plan { id, page };
                    super::browser::go_to(&route.fragment());
                }>
                    {move || {
                        let lang = state.lang.get();
                        let current = open_id();
                        state.entries.get().into_iter().filter_map(|e| {
                            let title = display_title(lang, e.plan_title()?);
                            let selected = current.as_deref() == Some(e.id());
                            Some(view! { <option value=e.id().to_string() selected=selected>{title}</option> })
                        }).collect_view()
                    }}
                </select>
            </label>
        })}
    }
}

/// One button that switches to the other language, named in that language.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = use_state();
    let other = move || match state.lang.get() {
        Lang::En => Lang::Ko,
        Lang::Ko => Lang::En,
    };
    view! {
        <button
            type="button"
            class="lang-switch"
            data-testid="lang-switch"
            lang=move || other().tag()
            aria-label=move || format!("{}: {}", other().t(Msg::Language), other().native_name())
            on:click=move |_| state.set_lang(other())
        >
            {move || other().native_name()}
        </button>
    }
}

#[component]
fn SchemeSelect() -> impl IntoView {
    let state = use_state();
    let label = move |s: Scheme| match s {
        Scheme::System => state.t(Msg::SchemeSystem),
        Scheme::Light => state.t(Msg::SchemeLight),
        Scheme::Dark => state.t(Msg::SchemeDark),
    };
    view! {
        <label class="scheme-select">
            <span class="visually-hidden">{state.text(Msg::ColorScheme)}</span>
            <select data-testid="scheme-select" on:change=move |ev| {
                if let Some(s) = Scheme::from_slug(&event_target_value(&ev)) {
                    state.set_scheme(s);
                }
            }>
                {Scheme::ALL.into_iter().map(|s| view! {
                    <option value=s.slug() selected=move || state.scheme.get() == s>{move || label(s)}</option>
                }).collect_view()}
            </select>
        </label>
    }
}
