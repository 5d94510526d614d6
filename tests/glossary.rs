//! The interface, the review, the report and the worked examples keep to `docs/GLOSSARY.md`: no
//! text uses a term the glossary rules out, and every chosen Korean term is really used.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::i18n::{table_texts, Lang};
use std::fs;
use std::path::Path;

struct Entry {
    english: String,
    korean: String,
    not_korean: Vec<String>,
    not_english: Vec<String>,
}

/// The alternatives of one “not” cell, split at `;`.
fn alternatives(cell: &str) -> Vec<String> {
    cell.split(';').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

/// The rows between the glossary markers of `docs/GLOSSARY.md`, header and rule skipped.
fn glossary() -> Vec<Entry> {
    let text = fs::read_to_string("docs/GLOSSARY.md").expect("docs/GLOSSARY.md");
    let start = text.find("<!-- glossary:start -->").expect("the glossary's start marker");
    let end = text.find("<!-- glossary:end -->").expect("the glossary's end marker");
    text[start..end]
        .lines()
        .filter(|l| l.starts_with('|'))
        .skip(2)
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            assert_eq!(cells.len(), 5, "a glossary row has five cells: {line}");
            Entry {
                english: cells[0].to_string(),
                korean: cells[1].to_string(),
                not_korean: alternatives(cells[2]),
                not_english: alternatives(cells[3]),
            }
        })
        .collect()
}

/// Where Korean texts that reach the screen or the report live, besides the table: domain sources
/// with string literals, and the worked examples' plan files.
const KOREAN_SOURCES: &[&str] = &["src/i18n", "src/review", "src/report", "src/canvas", "assets/examples"];

/// Every `.rs` or `.json` file under `dir`, with its text.
fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "json") {
            out.push((path.display().to_string(), fs::read_to_string(&path).expect("a source file")));
        }
    }
}

/// Where the app's Korean texts are: each table message, then each domain source file.
fn korean_texts() -> Vec<(String, String)> {
    let mut texts: Vec<(String, String)> =
        table_texts(Lang::Ko).into_iter().map(|(name, text)| (format!("{name} (ko)"), text.to_string())).collect();
    for dir in KOREAN_SOURCES {
        sources(Path::new(dir), &mut texts);
    }
    texts
}

#[test]
fn the_glossary_is_read() {
    let entries = glossary();
    assert!(entries.len() >= 30, "{} rows", entries.len());
    for term in ["threshold", "precision", "recall", "prevalence", "baseline", "false positive", "label", "feature"] {
        assert!(entries.iter().any(|e| e.english == term), "the glossary fixes “{term}”");
    }
}

#[test]
fn korean_texts_never_use_a_ruled_out_term() {
    let texts = korean_texts();
    let mut found = Vec::new();
    for entry in glossary() {
        for banned in &entry.not_korean {
            for (place, text) in &texts {
                if text.contains(banned.as_str()) {
                    found.push(format!(
                        "{place}: “{banned}” where the glossary says “{}” ({})",
                        entry.korean, entry.english
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "terms the glossary rules out:\n{}", found.join("\n"));
}

#[test]
fn english_texts_never_use_a_ruled_out_term() {
    let mut found = Vec::new();
    for entry in glossary() {
        for banned in &entry.not_english {
            for (name, text) in table_texts(Lang::En) {
                if text.to_lowercase().contains(&banned.to_lowercase()) {
                    found.push(format!("{name}: “{banned}” where the glossary says “{}”", entry.english));
                }
            }
        }
    }
    assert!(found.is_empty(), "terms the glossary rules out:\n{}", found.join("\n"));
}

#[test]
fn every_chosen_korean_term_is_used() {
    let texts = korean_texts();
    let unused: Vec<String> = glossary()
        .into_iter()
        .filter(|e| !texts.iter().any(|(_, t)| t.contains(e.korean.as_str())))
        .map(|e| format!("{} = {}", e.english, e.korean))
        .collect();
    assert!(unused.is_empty(), "glossary terms the app never uses (remove or correct the row): {unused:?}");
}
