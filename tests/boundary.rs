//! The domain stays plain Rust: no module of it may name a browser or UI crate, so it builds and
//! is tested natively and could serve another front end unchanged.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

const DOMAIN: &[&str] =
    &["plan", "calc", "share", "review", "i18n", "report", "canvas", "route.rs", "files.rs", "qr.rs", "order.rs"];
const FORBIDDEN: &[&str] = &["leptos", "web_sys", "js_sys", "gloo", "wasm_bindgen"];

fn rust_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let Ok(dir) = fs::read_dir(path) else { return Vec::new() };
    dir.flat_map(|e| rust_files(&e.expect("readable directory entry").path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect()
}

/// Whether `word` occurs as a whole identifier in `text`.
fn names(text: &str, word: &str) -> bool {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back().is_none_or(|c| !is_ident(c));
        let after = text[i + word.len()..].chars().next().is_none_or(|c| !is_ident(c));
        before && after
    })
}

#[test]
fn domain_modules_import_no_browser_or_ui_crate() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offences = Vec::new();
    let mut checked = 0;
    for module in DOMAIN {
        for file in rust_files(&src.join(module)) {
            checked += 1;
            let text = fs::read_to_string(&file).expect("readable source file");
            for word in FORBIDDEN {
                if names(&text, word) {
                    offences.push(format!("{} names {word}", file.display()));
                }
            }
        }
    }
    assert!(checked >= 10, "only {checked} domain files found: is the layout as expected?");
    assert!(offences.is_empty(), "{offences:#?}");
}

#[test]
fn the_check_itself_recognises_an_import() {
    assert!(names("use leptos::prelude::*;", "leptos"));
    assert!(names("web_sys::window()", "web_sys"));
    assert!(!names("let leptoscope = 1;", "leptos"));
}
