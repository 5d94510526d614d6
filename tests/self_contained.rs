//! A clone of the repository tests itself with nothing beside it: no source, test, script or CI
//! file may read a path outside the checkout (the reference vectors live in
//! `tests/fixtures/vectors/`). READMEs may still say where a file first came from.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// The folders whose files run: what they read must be inside the repository.
const CHECKED: &[&str] = &["src", "tests", "scripts", "e2e", ".ci", "examples", "fuzz", "tools"];
/// Source and script files; data (JSON), prose and lock files are not read.
const EXTENSIONS: &[&str] = &["rs", "mjs", "js", "py", "sh", "toml"];
/// Folders of installed or generated files, not the project's own.
const SKIPPED: &[&str] = &["node_modules", "target", "artifacts"];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries {
        let path = entry.expect("readable directory entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if path.is_dir() {
            if !SKIPPED.contains(&name) {
                files(&path, out);
            }
        } else if name == "run" || path.extension().and_then(|e| e.to_str()).is_some_and(|e| EXTENSIONS.contains(&e)) {
            out.push(path);
        }
    }
}

/// Paths that leave the checkout: the folder beside it, and this machine's work folder. Written
/// in pieces so that this file does not name them itself.
const OUTSIDE: [&str; 2] = [concat!("..", "/shared"), concat!("/wo", "rk/")];

fn outside_path(line: &str) -> bool {
    OUTSIDE.iter().any(|path| line.contains(path))
}

#[test]
fn nothing_reads_outside_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    for dir in CHECKED {
        files(&root.join(dir), &mut all);
    }
    assert!(all.len() >= 50, "only {} files found: is the layout as expected?", all.len());
    let offences: Vec<String> = all
        .iter()
        .flat_map(|path| {
            let text = fs::read_to_string(path).unwrap_or_default();
            text.lines()
                .enumerate()
                .filter(|(_, line)| outside_path(line))
                .map(|(n, line)| format!("{}:{}: {}", path.display(), n + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(offences.is_empty(), "files that read outside the repository:\n{}", offences.join("\n"));
}

#[test]
fn the_check_recognises_an_outside_path() {
    assert!(outside_path(&format!(
        r#"let p = concat!(env!("CARGO_MANIFEST_DIR"), "/{}/vectors/a.json");"#,
        OUTSIDE[0]
    )));
    assert!(outside_path(&format!("const VECTORS = '{}shared/vectors';", OUTSIDE[1])));
    assert!(!outside_path("const VECTORS = join(ROOT, 'tests/fixtures/vectors');"));
}
