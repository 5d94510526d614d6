//! Component tests in headless Chromium (wasm-bindgen-test): the real localStorage adapter and
//! the mounted app.
#![cfg(target_arch = "wasm32")]

use mlplan::plan::Plan;
use mlplan::store::local::LocalStore;
use mlplan::store::{plan_id_of_key, plan_key, Entry, KeyValue, Library};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn clear_storage() {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
}

/// Mounts the whole app on a fresh element, with empty storage, at the start page.
async fn mount_app() -> (web_sys::Element, impl Drop) {
    clear_storage();
    web_sys::window().unwrap().location().set_hash("#/").unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone().unchecked_into(), mlplan::ui::App);
    leptos::task::tick().await;
    (root, handle)
}

/// Resolves after `ms` milliseconds, in a later task.
async fn later(ms: i32) {
    let timer = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(timer).await.unwrap();
}

/// Waits until `done` holds, looking every 20 ms, for at most `tries` looks; the caller asserts
/// what it waited for afterwards.
async fn wait_until(tries: u32, done: impl Fn() -> bool) {
    for _ in 0..tries {
        if done() {
            return;
        }
        later(20).await;
    }
}

#[wasm_bindgen_test]
fn local_storage_round_trip_through_the_library() {
    clear_storage();
    let mut lib = Library::new(LocalStore::open().expect("localStorage is available in the test browser"));
    let mut plan = Plan::new("wasm1", "브라우저 저장소", 1);
    plan.problem.statement = "round trip with 한글 and emoji 🚀".into();
    lib.save(&plan).unwrap();

    // A second adapter sees what the first wrote: it really is in localStorage.
    let other = Library::new(LocalStore::open().unwrap());
    assert_eq!(other.load("wasm1").unwrap(), Some(Ok(plan)));
    let raw = web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item(&plan_key("wasm1")).unwrap();
    assert!(raw.unwrap().contains("브라우저 저장소"));

    let trashed = lib.delete("wasm1", 1).unwrap().expect("a readable plan goes to the trash");
    assert!(lib.list().unwrap().is_empty());
    assert!(lib.restore(&trashed, || "fresh".to_string()).unwrap().is_some());
    assert!(lib.trash().unwrap().is_empty());
    assert!(matches!(lib.list().unwrap().as_slice(), [Entry::Plan { id, .. }] if id == "wasm1"));
    clear_storage();
}

#[wasm_bindgen_test]
fn keys_lists_only_what_is_stored() {
    clear_storage();
    let mut store = LocalStore::open().unwrap();
    store.set("mlplan.v1.a", "1").unwrap();
    store.set("mlplan.v1.b", "2").unwrap();
    let mut keys = store.keys().unwrap();
    mlplan::order::sort_by(&mut keys, String::cmp);
    assert_eq!(keys, ["mlplan.v1.a", "mlplan.v1.b"]);
    clear_storage();
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_creates_a_plan() {
    let (root, handle) = mount_app().await;

    assert!(root.query_selector("[data-testid=plan-list]").unwrap().is_some());
    assert!(root.query_selector("[data-testid=lang-switch]").unwrap().is_some());
    let new_plan: web_sys::HtmlElement =
        root.query_selector("[data-testid=new-plan]").unwrap().expect("a new-plan button").unchecked_into();
    new_plan.click();
    leptos::task::tick().await;

    let title = root.query_selector("[data-testid=plan-title]").unwrap();
    assert!(title.is_some(), "creating a plan opens it");
    let nav_items = root.query_selector_all("[data-testid=step-nav] ol li").unwrap().length();
    assert_eq!(nav_items, 9, "every lifecycle step is in the navigation");
    let stored = Library::new(LocalStore::open().unwrap()).list().unwrap();
    assert_eq!(stored.len(), 1, "the new plan is saved at once");
    drop(handle);
    clear_storage();
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_text_and_html_lang() {
    let (root, handle) = mount_app().await;
    let lang_before = document().document_element().unwrap().get_attribute("lang");
    let switch: web_sys::HtmlElement =
        root.query_selector("[data-testid=lang-switch]").unwrap().unwrap().unchecked_into();
    let button_before = switch.text_content();
    switch.click();
    leptos::task::tick().await;
    let lang_after = document().document_element().unwrap().get_attribute("lang");
    assert_ne!(lang_before, lang_after);
    assert_ne!(switch.text_content(), button_before);
    drop(handle);
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_plan_page_reads_the_rest_of_the_plan_list_after_its_first_paint() {
    clear_storage();
    let mut lib = Library::new(LocalStore::open().unwrap());
    for (id, title) in [("first", "Churn"), ("second", "Fraud"), ("third", "Ranking")] {
        lib.save(&Plan::new(id, title, 1)).unwrap();
    }
    web_sys::window().unwrap().location().set_hash("#/p/second/problem").unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone().unchecked_into(), mlplan::ui::App);
    let options = || root.query_selector_all(".plan-switcher option").unwrap().length();

    // The first render parses only the open plan's record: the switcher offers that plan alone
    // (checked before anything else has had a chance to run), and its title shows.
    assert_eq!(options(), 1);
    leptos::task::tick().await;
    let title: web_sys::HtmlTextAreaElement =
        root.query_selector("[data-testid=plan-title]").unwrap().expect("the plan's frame").unchecked_into();
    assert_eq!(title.value(), "Fraud");

    // After the first paint the whole list is read, with the open plan still the chosen one.
    wait_until(50, || options() == 3).await;
    assert_eq!(options(), 3, "the switcher lists every plan once the page has painted");
    let select: web_sys::HtmlSelectElement =
        root.query_selector(".plan-switcher select").unwrap().unwrap().unchecked_into();
    assert_eq!(select.value(), "second");
    drop(handle);
    root.remove();
    clear_storage();
}

/// As many plans as [`store_a_long_plan_list`] stores.
const PLANS: u32 = 600;

/// Empties the storage and stores [`PLANS`] plans, each with some text, so that reading them all
/// after a plan page's first paint takes many slices.
fn store_a_long_plan_list() -> Library<LocalStore> {
    clear_storage();
    let mut lib = Library::new(LocalStore::open().unwrap());
    for n in 0..PLANS {
        let mut plan = Plan::new(format!("plan{n:03}"), format!("Plan {n}"), u64::from(n));
        plan.problem.statement = "A problem worth solving. ".repeat(20);
        lib.save(&plan).unwrap();
    }
    lib
}

#[wasm_bindgen_test]
async fn a_long_plan_list_read_after_the_first_paint_keeps_a_rename_made_meanwhile() {
    let lib = store_a_long_plan_list();
    // The plan opened is the one the list reads first, so that it is read before the rename.
    let first = lib.store().keys().unwrap().iter().find_map(|k| plan_id_of_key(k).map(str::to_string)).unwrap();
    web_sys::window().unwrap().location().set_hash(&format!("#/p/{first}/problem")).unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone().unchecked_into(), mlplan::ui::App);
    leptos::task::tick().await;
    let listed = || {
        let options = root.query_selector_all(".plan-switcher option").unwrap();
        let renamed = root
            .query_selector(&format!(".plan-switcher option[value={first}]"))
            .unwrap()
            .and_then(|o| o.text_content());
        (options.length(), renamed)
    };

    // The open plan is renamed and written (leaving the page writes at once) while the rest of
    // the list is still being read: what that read gives must not bring back the old title.
    let title: web_sys::HtmlTextAreaElement =
        root.query_selector("[data-testid=plan-title]").unwrap().expect("the plan's frame").unchecked_into();
    title.set_value("Renamed");
    title.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    later(50).await;
    assert_eq!(listed().0, 1, "the rest of the list is still being read");
    web_sys::window().unwrap().dispatch_event(&web_sys::Event::new("pagehide").unwrap()).unwrap();
    wait_until(150, || listed().0 == PLANS).await;
    assert_eq!(listed(), (PLANS, Some("Renamed".to_string())), "every plan listed, the renamed one by its new title");
    let stored = Library::new(LocalStore::open().unwrap()).list().unwrap();
    assert_eq!(stored.len(), PLANS as usize);
    drop(handle);
    root.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn the_start_page_says_the_list_is_being_read_rather_than_that_there_are_no_plans() {
    // The list is still being read when the person goes back to the start page.
    store_a_long_plan_list();
    web_sys::window().unwrap().location().set_hash("#/p/plan000/problem").unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone().unchecked_into(), mlplan::ui::App);
    leptos::task::tick().await;
    web_sys::window().unwrap().location().set_hash("#/").unwrap();

    let found = |selector: &str| root.query_selector(selector).unwrap().is_some();
    let items = || root.query_selector_all("[data-testid=plan-item]").unwrap().length();
    let total =
        || root.query_selector("[data-testid=library-count]").unwrap().and_then(|c| c.get_attribute("data-total"));
    let mut seen_reading = false;
    for _ in 0..250 {
        // At every look: never "no plans yet" while plans are stored, and the list is marked busy
        // exactly while the status says it is being read.
        assert!(
            !found("p.empty[data-testid=plan-list]"),
            "the empty-library text showed while {PLANS} plans are stored"
        );
        let reading = found("[data-testid=plans-reading]");
        assert_eq!(found("section.library[aria-busy=true]"), reading, "aria-busy follows the reading status");
        seen_reading |= reading;
        if !reading && total() == Some(PLANS.to_string()) {
            break;
        }
        later(20).await;
    }
    assert!(seen_reading, "the start page said the list was being read");
    assert_eq!(total(), Some(PLANS.to_string()), "every plan counted once the list is read");
    assert_eq!(items(), 20, "the first 20 plans shown, the rest on request");
    assert!(!found("[data-testid=plans-reading]"));
    drop(handle);
    root.remove();
    clear_storage();
}
