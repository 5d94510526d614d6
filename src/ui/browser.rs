//! Small adapters over browser APIs that the components share: the URL fragment, the clock,
//! random ids, file downloads and the document root's attributes.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::{Closure, JsValue};
use wasm_bindgen::JsCast;

fn window() -> web_sys::Window {
    web_sys::window().expect("the app runs in a browser window")
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A fresh plan id: time plus randomness, in base 36; unique enough within one browser.
pub fn new_plan_id() -> String {
    let random = (js_sys::Math::random() * 36f64.powi(6)) as u64;
    format!("{}{}", base36(now_ms()), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("base-36 digits are ASCII")
}

/// The text of one of the app's own files, by its path relative to the page (a worked example).
/// A page opened from `file://` cannot fetch, so the single-file build carries these files in
/// `<script type="application/json" id="mlplan-file:PATH">` elements, which are read first.
pub async fn app_file(path: &str) -> Result<String, JsValue> {
    let inline = window().document().and_then(|d| d.get_element_by_id(&format!("mlplan-file:{path}")));
    if let Some(element) = inline {
        return Ok(element.text_content().unwrap_or_default());
    }
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(window().fetch_with_str(path)).await?.dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from(response.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text()?).await?;
    text.as_string().ok_or(text)
}

thread_local! {
    static PAGE_STYLES_LOADED: Cell<bool> = const { Cell::new(false) };
    static PAINTED: Cell<bool> = const { Cell::new(false) };
    static FIRST_PAINT: std::cell::OnceCell<js_sys::Promise> = const { std::cell::OnceCell::new() };
}

/// Starts watching for the app's first paint. Called before the app mounts (in an animation
/// frame of its own, requested after this one), so the paint it waits for shows the app.
pub fn watch_first_paint() {
    let _ = first_paint();
}

/// A promise that settles once the first paint after the first call is done.
fn first_paint() -> js_sys::Promise {
    FIRST_PAINT.with(|p| {
        p.get_or_init(|| {
            js_sys::Promise::new(&mut |resolve, _| {
                leptos::prelude::request_animation_frame(move || {
                    // A timeout set from an animation frame callback runs after that frame is painted.
                    let painted = Closure::once_into_js(move || {
                        PAINTED.set(true);
                        let _ = resolve.call0(&JsValue::NULL);
                    });
                    let _ = window().set_timeout_with_callback(painted.unchecked_ref());
                })
            })
        })
        .clone()
    })
}

/// Ends once the app's first paint is done, and at once after that. Code that the first paint
/// does not need waits for it: fetched alongside the main module, its bytes would slow the main
/// module down, and its work would hold the first paint back.
pub async fn after_first_paint() {
    if PAINTED.get() {
        return;
    }
    let _ = wasm_bindgen_futures::JsFuture::from(first_paint()).await;
    // Each waiter goes on in a task of its own, so what they start is not one long task.
    next_task().await;
}

/// Ends in a later task, so the browser can paint and handle input in between: work split at
/// these points does not hold the main thread for long.
pub async fn next_task() {
    let later = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(later).await;
}

/// Loads the plan pages' style sheets, which are not in the page's head (`scripts/postbuild.mjs`
/// moves them to the start script), and ends when they are there. It ends at once when they
/// already are, or when the page has no loader for them (the single-file build inlines them,
/// the component tests run without them). A sheet that fails to load ends it too: the page then
/// works unstyled rather than not at all.
pub fn page_styles() -> impl std::future::Future<Output = ()> {
    let loading = if PAGE_STYLES_LOADED.get() {
        None
    } else {
        js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("mlplanPageStyles"))
            .ok()
            .and_then(|load| load.dyn_into::<js_sys::Function>().ok())
            .and_then(|load| load.call0(&JsValue::NULL).ok())
            .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok())
    };
    async move {
        if let Some(promise) = loading {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        }
        PAGE_STYLES_LOADED.set(true);
    }
}

/// The current URL fragment, including the `#` (empty when there is none).
pub fn fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// Moves to a fragment, adding a history entry so back and forward work.
pub fn go_to(fragment: &str) {
    let _ = window().location().set_hash(fragment);
}

/// Loads the page again, which also picks up a newer deploy.
pub fn reload() {
    let _ = window().location().reload();
}

/// Replaces the current fragment without adding a history entry (for redirects).
pub fn replace_fragment(fragment: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let nav = window().navigator();
    let list: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets an attribute on `<html>` (its `lang`, the color scheme).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = window().document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute(name, value);
    }
}

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(doc) = window().document() {
        doc.set_title(title);
    }
}

/// Offers `text` as a file download, entirely in the browser.
pub fn download(file_name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = window().document().expect("a window has a document");
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// A date and time in the interface language, e.g. "26 Nov 2026, 16:42" or "2026. 11. 26. 오후 4:42".
pub fn format_time(ms: u64, lang_tag: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string(lang_tag, &options).into()
}

/// Asks the person a yes-or-no question with the browser's own dialog; false when it cannot ask.
pub fn confirm(question: &str) -> bool {
    window().confirm_with_message(question).unwrap_or(false)
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_id(id: &str) {
    if let Some(el) = window().document().and_then(|d| d.get_element_by_id(id)) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The page's full address.
pub fn href() -> String {
    window().location().href().unwrap_or_default()
}

/// Whether the page was opened from a file rather than served over HTTP(S).
pub fn is_file_url() -> bool {
    window().location().protocol().is_ok_and(|p| p == "file:")
}

/// Selects the text of an input, so it can be copied by hand when the clipboard is refused.
pub fn select_input(id: &str) {
    if let Some(el) = window().document().and_then(|d| d.get_element_by_id(id)) {
        if let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    }
}

/// Puts `text` on the clipboard with `navigator.clipboard.writeText` and reports whether the
/// browser allowed it. A browser without the Clipboard API (or outside a secure context) counts as
/// a refusal.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let clipboard = Some(window())
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("clipboard")).ok())
        .filter(|c| c.is_object());
    let Some(clipboard) = clipboard else {
        done(false);
        return;
    };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    // Exactly one of the two callbacks runs; they share the one `done`.
    let done = Rc::new(Cell::new(Some(done)));
    let settle = move |ok: bool| {
        if let Some(done) = done.take() {
            done(ok);
        }
    };
    let on_ok: Closure<dyn FnMut(JsValue)> = Closure::once({
        let settle = settle.clone();
        move |_: JsValue| settle(true)
    });
    let on_err: Closure<dyn FnMut(JsValue)> = Closure::once(move |_: JsValue| settle(false));
    let _ = clipboard.write_text(text).then2(&on_ok, &on_err);
    // The promise calls one of them later; both are small and live until the page goes.
    on_ok.forget();
    on_err.forget();
}

/// Reads a chosen file as text and hands it to `done`; files over `max_bytes` are refused
/// before any of them is read.
pub fn read_file_text(file: web_sys::File, max_bytes: usize, done: impl FnOnce(Result<String, f64>) + 'static) {
    let size = file.size();
    if size > max_bytes as f64 {
        done(Err(size));
        return;
    }
    let Ok(reader) = web_sys::FileReader::new() else { return };
    let reader_in_cb = reader.clone();
    let on_load = wasm_bindgen::closure::Closure::once_into_js(move || {
        let text = reader_in_cb.result().ok().and_then(|v| v.as_string()).unwrap_or_default();
        done(Ok(text));
    });
    reader.set_onload(Some(on_load.unchecked_ref()));
    let _ = reader.read_as_text(&file);
}

/// Registers the offline worker when the app is served over HTTP(S); opened from a file, the
/// page is already offline and browsers refuse workers there.
pub fn register_service_worker() {
    if is_file_url() {
        return;
    }
    let container = window().navigator().service_worker();
    let _ = container.register("./sw.js");
}
