//! The domain stays plain Rust: no module of it may name a browser or UI crate, so it builds and
//! is tested natively and could serve another front end unchanged.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const DOMAIN: &[&str] = &[
    "plan",
    "calc",
    "share",
    "review",
    "i18n",
    "report",
    "canvas",
    "class",
    "route.rs",
    "scratch.rs",
    "files.rs",
    "qr.rs",
    "order.rs",
];
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

// ---- Dependencies point one way ------------------------------------------------------------
//
// Each domain module may import (`crate::X`, in a `use` or inline, tests included) only modules
// of its own layer or a lower one, and the modules of one layer must not import one another in a
// cycle. The interface's modules must not import one another in a cycle either. The check reads
// the source text with comments and literals blanked, so a doc link or a string is no import.

/// The crate's top-level modules, lowest first; a module imports only from its own layer or
/// below. `ui` (the interface) is on top, `store` (over the plan and the language) below it.
const LAYERS: &[&[&str]] = &[
    &["order", "lang"],
    &["calc"],
    &["plan"],
    &["route", "scratch", "files", "share", "qr"],
    &["i18n"],
    &["review", "canvas"],
    &["report"],
    &["class"],
    &["store"],
    &["ui"],
];

/// One source file: how the test names it, the module path it defines (`["ui", "calc"]` for
/// `src/ui/calc/mod.rs`) and its text.
struct Source {
    name: String,
    module: Vec<String>,
    text: String,
}

fn sources(src: &Path) -> Vec<Source> {
    let mut files = rust_files(src);
    mlplan::order::sort_by(&mut files, PathBuf::cmp);
    files
        .into_iter()
        .map(|file| {
            let rel = file.strip_prefix(src).expect("a file under src");
            let mut module: Vec<String> = rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
            let last = module.pop().expect("a file name");
            let stem = last.trim_end_matches(".rs");
            if !matches!(stem, "mod" | "lib" | "main") {
                module.push(stem.to_string());
            }
            let text = fs::read_to_string(&file).expect("readable source file");
            Source { name: format!("src/{}", rel.display()), module, text }
        })
        .collect()
}

/// `text` with every comment, string and character literal blanked to spaces (line breaks kept,
/// so offsets still give line numbers).
fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = b.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = 0;
    while i < b.len() {
        let start = i;
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            blank(&mut out, start, i);
        } else if b[i..].starts_with(b"/*") {
            let mut depth = 0;
            while i < b.len() {
                if b[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if b[i..].starts_with(b"*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            blank(&mut out, start, i);
        } else if b[i] == b'r' && (i == 0 || !is_ident(b[i - 1])) && matches!(b.get(i + 1), Some(b'"' | b'#')) {
            // A raw string: r"…", r#"…"#; `r#ident` (a raw identifier) has no quote after the hashes.
            let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
            if b.get(i + 1 + hashes) != Some(&b'"') {
                i += 1;
                continue;
            }
            let close: Vec<u8> = std::iter::once(b'"').chain(std::iter::repeat_n(b'#', hashes)).collect();
            i += 2 + hashes;
            while i < b.len() && !b[i..].starts_with(&close) {
                i += 1;
            }
            i = (i + close.len()).min(b.len());
            blank(&mut out, start, i);
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(b.len());
            blank(&mut out, start, i);
        } else if b[i] == b'\'' {
            // A character literal ('x', '\n', '\''), not a lifetime ('a, 'static).
            let end = if b.get(i + 1) == Some(&b'\\') {
                b[i + 2..].iter().skip(1).position(|&c| c == b'\'').map(|p| i + 3 + p)
            } else {
                let len = text[i + 1..].chars().next().map_or(1, char::len_utf8);
                (b.get(i + 1 + len) == Some(&b'\'')).then_some(i + 1 + len)
            };
            match end {
                Some(end) => {
                    i = end + 1;
                    blank(&mut out, start, i);
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    String::from_utf8(out).expect("only ASCII was blanked")
}

/// One path a file names, resolved to where it points from the crate root (`["plan", "Step"]`),
/// with the line it is on and the path as written.
struct Import {
    target: Vec<String>,
    line: usize,
    written: String,
}

/// Every `crate::…`, `super::…` (and `$crate::…`) path in `text`, resolved against `module`, the
/// module the file defines, and the inline modules (`mod tests { … }`) around each path. A group
/// (`crate::{a, b::c}`) gives one import per entry.
fn imports(module: &[String], text: &str) -> Vec<Import> {
    let code = code_only(text);
    let b = code.as_bytes();
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let ident_at = |i: usize| -> &str {
        let end = b[i..].iter().position(|&c| !is_ident(c)).map_or(b.len(), |p| i + p);
        &code[i..end]
    };
    let skip_space = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        i
    };
    let mut found = Vec::new();
    // Inline modules open around this point: (name, the brace depth inside it).
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'{' {
            depth += 1;
            i += 1;
            continue;
        }
        if c == b'}' {
            if inline.last().is_some_and(|(_, d)| *d == depth) {
                inline.pop();
            }
            depth -= 1;
            i += 1;
            continue;
        }
        if !is_ident(c) || (i > 0 && is_ident(b[i - 1])) {
            i += 1;
            continue;
        }
        let word = ident_at(i);
        let after = i + word.len();
        if word == "mod" {
            let name_at = skip_space(after);
            let name = ident_at(name_at);
            let open = skip_space(name_at + name.len());
            if !name.is_empty() && b.get(open) == Some(&b'{') {
                inline.push((name.to_string(), depth + 1));
            }
        } else if (word == "crate" || word == "super") && code[after..].starts_with("::") {
            let mut base: Vec<String> = if word == "crate" {
                Vec::new()
            } else {
                module.iter().cloned().chain(inline.iter().map(|(n, _)| n.clone())).collect()
            };
            let mut at = after;
            if word == "super" {
                base.pop();
            }
            at += 2;
            while code[at..].starts_with("super::") {
                base.pop();
                at += "super::".len();
            }
            let entries: Vec<(usize, &str)> = if b.get(at) == Some(&b'{') {
                // The group's top-level entries, each by its first segment.
                let mut entries = Vec::new();
                let mut level = 0;
                let mut j = at + 1;
                let mut entry_start = true;
                while j < b.len() {
                    match b[j] {
                        b'{' => level += 1,
                        b'}' if level == 0 => break,
                        b'}' => level -= 1,
                        b',' if level == 0 => entry_start = true,
                        c if entry_start && is_ident(c) => {
                            entries.push((j, ident_at(j)));
                            entry_start = false;
                        }
                        _ => {}
                    }
                    j += 1;
                }
                entries
            } else {
                vec![(at, ident_at(at))]
            };
            let line = code[..i].matches('\n').count() + 1;
            for (at, first) in entries {
                let mut target = base.clone();
                let mut end = at + first.len();
                if first != "self" && !first.is_empty() {
                    target.push(first.to_string());
                    // The second segment too, so `crate::ui::state` names the interface's module.
                    if code[end..].starts_with("::") && b.get(end + 2).copied().is_some_and(is_ident) {
                        let second = ident_at(end + 2);
                        target.push(second.to_string());
                        end += 2 + second.len();
                    }
                }
                let written = code[i..end].split_whitespace().collect::<String>();
                found.push(Import { target, line, written });
            }
            i = at;
            continue;
        }
        i = after;
    }
    found
}

/// A cycle in `edges` (module → module it imports → where), as the modules around it.
fn find_cycle(edges: &BTreeMap<String, BTreeMap<String, String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeMap<String, String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if !done.insert(node.to_string()) {
            return None;
        }
        path.push(node.to_string());
        for next in edges.get(node).into_iter().flat_map(BTreeMap::keys) {
            if let Some(cycle) = visit(next, edges, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    edges.keys().find_map(|node| visit(node, edges, &mut Vec::new(), &mut done))
}

/// A cycle as a message: each step with the import that makes it.
fn describe(cycle: &[String], edges: &BTreeMap<String, BTreeMap<String, String>>) -> String {
    let steps: Vec<String> =
        cycle.windows(2).map(|w| format!("{} -> {}: {}", w[0], w[1], edges[&w[0]][&w[1]])).collect();
    format!("import cycle {}\n  {}", cycle.join(" -> "), steps.join("\n  "))
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// What breaks the layer order among `files`: an import of a higher layer, or a cycle within one.
fn layer_offences(files: &[Source]) -> Vec<String> {
    let mut offences = Vec::new();
    let mut edges: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for file in files {
        let Some(from) = file.module.first() else { continue };
        let Some(from_layer) = layer_of(from) else {
            offences.push(format!("{}: module `{from}` is in no layer of LAYERS", file.name));
            continue;
        };
        for import in imports(&file.module, &file.text) {
            let Some(to) = import.target.first().filter(|to| *to != from) else { continue };
            let Some(to_layer) = layer_of(to) else { continue };
            let at = format!("{}:{} `{}`", file.name, import.line, import.written);
            if to_layer > from_layer {
                offences.push(format!("{at}: `{from}` imports `{to}`, a higher layer"));
            } else if to_layer == from_layer {
                edges.entry(from.clone()).or_default().entry(to.clone()).or_insert(at);
            }
        }
    }
    offences.extend(find_cycle(&edges).map(|cycle| describe(&cycle, &edges)));
    offences
}

/// A cycle among the interface's modules (`ui::X` importing `ui::Y`), if there is one.
fn ui_cycle(files: &[Source]) -> Option<String> {
    let submodule = |m: &[String]| (m.len() >= 2 && m[0] == "ui").then(|| m[1].clone());
    let mut edges: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for file in files {
        let Some(from) = submodule(&file.module) else { continue };
        for import in imports(&file.module, &file.text) {
            let Some(to) = submodule(&import.target).filter(|to| *to != from) else { continue };
            let at = format!("{}:{} `{}`", file.name, import.line, import.written);
            edges.entry(from.clone()).or_default().entry(to).or_insert(at);
        }
    }
    find_cycle(&edges).map(|cycle| describe(&cycle, &edges))
}

#[test]
fn domain_modules_import_only_their_layer_and_below() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files: Vec<Source> = sources(&src).into_iter().filter(|f| !f.module.is_empty()).collect();
    assert!(files.len() >= 50, "only {} source files found: is the layout as expected?", files.len());
    let offences = layer_offences(&files);
    assert!(
        offences.is_empty(),
        "imports against the layer order (LAYERS in tests/boundary.rs):\n{}",
        offences.join("\n")
    );
}

#[test]
fn interface_modules_import_one_another_without_cycles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = sources(&src);
    assert!(files.iter().any(|f| f.module == ["ui", "plan_page"]), "src/ui/plan_page.rs not found");
    if let Some(cycle) = ui_cycle(&files) {
        panic!("{cycle}");
    }
}

fn source(name: &str, text: &str) -> Source {
    let module = name.trim_start_matches("src/").trim_end_matches(".rs");
    let module: Vec<String> = module.split('/').filter(|s| *s != "mod").map(String::from).collect();
    Source { name: name.to_string(), module, text: text.to_string() }
}

#[test]
fn the_layer_check_recognises_an_upward_import() {
    let upward = source("src/plan/step.rs", "use crate::{lang::Lang, i18n::Msg};\n");
    let offences = layer_offences(&[upward]);
    assert_eq!(offences.len(), 1, "{offences:?}");
    assert!(offences[0].contains("src/plan/step.rs:1") && offences[0].contains("imports `i18n`"), "{}", offences[0]);
    // An inline path counts; a comment, a doc link or a string does not.
    let inline = source("src/calc/blend.rs", "fn f() { crate::plan::Plan::default(); }\n");
    assert_eq!(layer_offences(&[inline]).len(), 1);
    let quiet = source(
        "src/calc/blend.rs",
        "// use crate::ui;\n/// [`crate::plan::Plan`]\n/* crate::i18n /* nested */ crate::i18n */\nconst S: &str = \"crate::ui::x\";\nconst R: &str = r#\"crate::ui\"#;\nfn f<'a>(c: char) -> bool { c == '\"' }\nuse crate::order;\n",
    );
    assert_eq!(layer_offences(&[quiet]), Vec::<String>::new());
    // Two modules of one layer importing each other.
    let cycle = [source("src/route.rs", "use crate::files;\n"), source("src/files.rs", "use crate::route::Page;\n")];
    let offences = layer_offences(&cycle);
    assert!(offences.len() == 1 && offences[0].contains("import cycle"), "{offences:?}");
    // A module no layer places.
    assert_eq!(layer_offences(&[source("src/extra.rs", "")]).len(), 1);
}

#[test]
fn the_cycle_check_resolves_super_paths() {
    let files = [
        source("src/ui/state.rs", "use super::chunks;\n"),
        source("src/ui/steps/goals.rs", "use super::calc_link;\nuse super::super::state;\n"),
        source("src/ui/chunks.rs", "fn f() { view! { <super::steps::StepFields/> } }\n"),
        source("src/ui/steps/mod.rs", "mod tests { use super::super::state::use_state; }\n"),
    ];
    let cycle = ui_cycle(&files[..3]).expect("state -> chunks -> steps -> state");
    assert!(cycle.contains("chunks -> steps -> state -> chunks"), "{cycle}");
    assert!(cycle.contains("src/ui/steps/goals.rs:2 `super::super::state`"), "{cycle}");
    // `super` inside an inline module is the file's own module: `steps::tests` -> `steps`, `ui`.
    let steps = imports(&files[3].module, &files[3].text);
    assert_eq!(steps[0].target[..2], ["ui", "state"]);
    assert!(ui_cycle(&files[1..]).is_none(), "no cycle without state -> chunks");
}
