//! Conventions that keep the first visit small and the files readable, checked here so that
//! nobody has to remember them (ARCHITECTURE.md, Size; the std sorts are refused by clippy.toml):
//!
//! - no `<Show>` in `src/ui`: `ui::show`/`show_or` are one compiled switching view for every use,
//!   where each `<Show>` compiles the component again for its own types;
//! - no `move || state.t(..)` in `src/ui`: `AppState::text` gives every fixed text one closure type,
//!   where a closure written at each site is a copy per site;
//! - the build settings the sizes depend on stay (`erase_components`, `opt-level = "z"`);
//! - no file in `src/` over `MAX_LINES` lines, except the message tables: a file holds one idea.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// The longest a source file may be. The message tables (`src/i18n/table*.rs`) are exempt: they
/// are one list of entries, read by looking an entry up rather than from the top.
const MAX_LINES: usize = 1000;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(path: &Path) -> Vec<PathBuf> {
    let Ok(dir) = fs::read_dir(path) else { return Vec::new() };
    let mut files: Vec<PathBuf> = Vec::new();
    for entry in dir {
        let path = entry.expect("readable directory entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|x| x == "rs") {
            files.push(path);
        }
    }
    files
}

/// `text` with its comments blanked out (newlines kept, so offsets keep their line numbers).
/// String literals are skipped over, so a `//` inside one does not start a comment.
fn code_only(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut in_string = false;
    while i < bytes.len() {
        let rest = &text[i..];
        if in_string {
            if rest.starts_with("\\\"") || rest.starts_with("\\\\") {
                out.push_str("  ");
                i += 2;
                continue;
            }
            in_string = bytes[i] != b'"';
        } else if rest.starts_with("//") {
            let end = rest.find('\n').unwrap_or(rest.len());
            out.extend(std::iter::repeat_n(' ', end));
            i += end;
            continue;
        } else if rest.starts_with("/*") {
            let end = rest.find("*/").map_or(rest.len(), |e| e + 2);
            out.extend(rest[..end].chars().map(|c| if c == '\n' { '\n' } else { ' ' }));
            i += end;
            continue;
        } else {
            in_string = bytes[i] == b'"';
        }
        let c = rest.chars().next().expect("not at the end");
        out.push(c);
        i += c.len_utf8();
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Byte offsets in `code` where a rule is broken, with what was found.
fn offences(code: &str) -> Vec<(usize, &'static str)> {
    let mut found = Vec::new();
    for (i, _) in code.match_indices("<Show") {
        if !code[i + 5..].starts_with(is_ident) {
            found.push((i, "`<Show>`: use `ui::show` or `ui::show_or`"));
        }
    }
    for (i, _) in code.match_indices("move") {
        if code[..i].ends_with(is_ident) {
            continue;
        }
        let rest = code[i + 4..].trim_start();
        let Some(rest) = rest.strip_prefix("||") else { continue };
        if rest.trim_start().starts_with("state.t(") {
            found.push((i, "`move || state.t(..)`: use `state.text(..)`"));
        }
    }
    found
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

#[test]
fn ui_views_use_the_shared_switch_and_text_closures() {
    let ui = root().join("src/ui");
    let files = rust_files(&ui);
    assert!(files.len() >= 20, "only {} files in src/ui: is the layout as expected?", files.len());
    let mut report = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("readable source file");
        let code = code_only(&text);
        for (offset, what) in offences(&code) {
            let name = file.strip_prefix(root()).expect("under the crate").display();
            report.push(format!("{name}:{}: {what}", line_of(&code, offset)));
        }
    }
    assert!(report.is_empty(), "{report:#?}");
}

#[test]
fn the_matcher_finds_offences_and_skips_comments() {
    let found = |text: &str| offences(&code_only(text)).into_iter().map(|(i, _)| line_of(text, i)).collect::<Vec<_>>();
    assert_eq!(found("view! {\n  <Show when=x>\n}"), [2]);
    assert_eq!(found("<Show\n when=x>"), [1]);
    assert_eq!(found("{move || state.t(Msg::A)}"), [1]);
    assert_eq!(found("a\n{move ||\n    state.t(Msg::A)}"), [2]);
    // Not offences: comments, other components, other closures, a string.
    assert!(found("// <Show when=x>\n/// a `move || state.t(..)` closure").is_empty());
    assert!(found("/* <Show\n when=x> */ <ShowMore/>").is_empty());
    assert!(found("{remove || state.t(m)} {move || format!(\"{}\", state.t(m))} {state.text(m)}").is_empty());
    assert!(found("let url = \"https://x\"; <Show when=x>").len() == 1);
    assert!(found("let s = \"\\\" // \"; <Show when=x>").len() == 1);
}

#[test]
fn source_files_hold_one_idea_each() {
    let src = root().join("src");
    let mut report = Vec::new();
    for file in rust_files(&src) {
        let relative = file.strip_prefix(&src).expect("under src").to_string_lossy().replace('\\', "/");
        if is_message_table(&relative) {
            continue;
        }
        let lines = fs::read_to_string(&file).expect("readable source file").lines().count();
        if lines > MAX_LINES {
            report.push(format!("src/{relative}: {lines} lines (at most {MAX_LINES}): split it along its ideas"));
        }
    }
    assert!(report.is_empty(), "{report:#?}");
}

fn is_message_table(relative: &str) -> bool {
    relative.strip_prefix("i18n/table").is_some_and(|rest| rest.ends_with(".rs") && !rest.contains('/'))
}

#[test]
fn only_the_message_tables_are_exempt_from_the_length_limit() {
    assert!(is_message_table("i18n/table.rs"));
    assert!(is_message_table("i18n/table_page.rs"));
    assert!(!is_message_table("i18n/mod.rs"));
    assert!(!is_message_table("i18n/tables/big.rs"));
    assert!(!is_message_table("ui/i18n/table.rs"));
}

#[test]
fn the_size_settings_stay() {
    let read = |path: &str| fs::read_to_string(root().join(path)).expect(path);
    let config: String = read(".cargo/config.toml").split_whitespace().collect();
    assert!(
        config.contains(r#"[target.wasm32-unknown-unknown]rustflags=["--cfg","erase_components"]"#),
        ".cargo/config.toml must build wasm32 with `--cfg erase_components` (one boxed view type per component)"
    );
    let manifest: String = read("Cargo.toml").split_whitespace().collect();
    let release = manifest.split("[profile.release]").nth(1).expect("Cargo.toml has a release profile");
    let release = release.split('[').next().expect("the profile's own lines");
    assert!(release.contains(r#"opt-level="z""#), "the release profile must keep opt-level = \"z\"");
}
