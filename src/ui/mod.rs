//! The interface: Leptos components over the domain. Browser APIs are reached only through
//! [`browser`] and the store's localStorage adapter.

mod assignment;
mod browser;
mod calc;
mod canvas;
mod chunks;
mod class_board;
mod codec_gate;
mod compare;
mod deferred;
mod feedback;
mod fields;
mod files;
mod header;
mod library;
mod notices;
mod plan_list;
mod plan_page;
mod report;
mod review;
mod share;
mod sharing;
mod show;
mod start_calcs;
pub mod state;
mod step_nav;
mod steps;
mod storage_meter;
mod trash;
mod versions;

use crate::i18n::Msg;
use crate::route::{LinkMode, Page, Route, Tool};
use crate::store::{local::LocalStore, KeyValue, Scheme};
use leptos::prelude::*;
use state::AppState;

/// Mounts the app on `<body>`.
pub fn start() {
    // Chunks load after the first paint (see `chunks`); this paint is the one that shows the app.
    browser::watch_first_paint();
    // Mounted in an animation frame, the first render and the paint that shows it are one task:
    // the render is the first paint's own work, and a trace (Lighthouse simulates from one) says
    // so, instead of showing a long task of its own before that paint.
    request_animation_frame(|| leptos::mount::mount_to_body(App));
}

/// The root component: state, browser listeners, and the page the route names.
#[component]
pub fn App() -> impl IntoView {
    let store = LocalStore::open().map(|s| Box::new(s) as Box<dyn KeyValue>);
    let state = AppState::start(store);
    provide_context(state);
    listen_to_browser(state);
    reflect_on_document(state);
    // The offline worker fetches every file of the app to keep it. It starts once this page has
    // painted and has the chunks it asked for, so on a slow network it does not hold them back.
    leptos::task::spawn_local(async {
        browser::after_first_paint().await;
        codec_gate::when_settled(browser::register_service_worker);
    });

    let main_page = Memo::new(move |_| state.route.with(MainPage::of));

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            browser::focus_id("main");
        }>{state.text(Msg::SkipToContent)}</a>
        <header::Header/>
        <notices::StorageNotice/>
        <main id="main" tabindex="-1">
            {move || match main_page.get() {
                MainPage::Library => view! { <library::LibraryPage/> }.into_any(),
                MainPage::Plan(_) => view! { <plan_page::PlanPage/> }.into_any(),
                MainPage::Link(mode, payload) => view! { <sharing::SharedLinkPage mode=mode payload=payload/> }.into_any(),
                MainPage::Scratch(tool) => view! { <chunks::PageBody page=Page::Calc(tool)/> }.into_any(),
                MainPage::Class => view! { <sharing::ClassBoardPage/> }.into_any(),
                MainPage::Compare(a, b) => view! { <sharing::ComparePlansPage a=a b=b/> }.into_any(),
                MainPage::Feedback(payload) => view! { <sharing::FeedbackLinkPage payload=payload/> }.into_any(),
            }}
        </main>
        <notices::ToastRegion/>
    }
}

/// What the main area holds. A plan's pages share one [`plan_page::PlanPage`] (its title and
/// step navigation), so moving between them changes only the page inside it, and keyboard focus
/// stays on the link that was followed.
#[derive(Clone, PartialEq)]
enum MainPage {
    Library,
    Plan(String),
    Link(LinkMode, String),
    Scratch(Tool),
    /// The class board; which class it shows follows the route inside the page.
    Class,
    Compare(String, String),
    Feedback(String),
}

impl MainPage {
    fn of(route: &Route) -> MainPage {
        match route {
            Route::Home => MainPage::Library,
            Route::Plan { id, .. } => MainPage::Plan(id.clone()),
            Route::Link { mode, payload } => MainPage::Link(*mode, payload.clone()),
            Route::Scratch(tool) => MainPage::Scratch(*tool),
            Route::Class(_) => MainPage::Class,
            Route::Compare(a, b) => MainPage::Compare(a.clone(), b.clone()),
            Route::Feedback(payload) => MainPage::Feedback(payload.clone()),
        }
    }
}

/// Fragment changes (links, back, forward), other tabs' writes, and the page being hidden.
fn listen_to_browser(state: AppState) {
    let listeners = [
        window_event_listener(leptos::ev::hashchange, move |_| state.follow_fragment()),
        window_event_listener(leptos::ev::storage, move |ev| state.on_storage_changed(ev.key())),
        window_event_listener(leptos::ev::pagehide, move |_| state.flush_save()),
        window_event_listener(leptos::ev::visibilitychange, move |_| state.flush_save()),
    ];
    // An app that is unmounted stops listening (the component tests mount one after another in
    // one page, and a listener left behind would act for an app that is gone).
    on_cleanup(move || listeners.into_iter().for_each(|listener| listener.remove()));
}

/// Keeps `<html lang>`, the color scheme attribute and the document title in step with the app.
fn reflect_on_document(state: AppState) {
    Effect::new(move |_| browser::set_root_attribute("lang", state.lang.get().tag()));
    Effect::new(move |_| {
        let scheme = state.scheme.get();
        browser::set_root_attribute("data-scheme", if scheme == Scheme::System { "" } else { scheme.slug() });
    });
    Effect::new(move |_| {
        let lang = state.lang.get();
        // A scratch calculation has no title of its own; its page heading names the calculator.
        let scratch = state.route.with(|r| matches!(r, Route::Scratch(_)));
        let title = state.plan.with(|p| p.as_ref().filter(|_| !scratch).map(|p| state::display_title(lang, &p.title)));
        browser::set_title(&match title {
            Some(t) => format!("{t} · mlplan"),
            None => "mlplan".to_string(),
        });
    });
}
