//! Golden reports: the Markdown of every worked example in both languages, and of an empty plan,
//! compared with the files in `tests/golden/`.
//!
//! After an intended change to the report, rewrite the files and review the diff:
//!
//! ```sh
//! UPDATE_GOLDEN=1 cargo test --test report_golden
//! git diff tests/golden
//! ```

use mlplan::i18n::Lang;
use mlplan::plan::{examples, Plan};
use mlplan::report::markdown;
use std::path::{Path, PathBuf};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden")
}

/// An empty plan, as "new plan" creates it, at the examples' fixed time.
fn empty(lang: Lang) -> Plan {
    Plan::new(format!("empty-{}", lang.tag()), "", examples::EXAMPLE_UPDATED_MS)
}

/// Every golden case: file stem and report.
fn cases() -> Vec<(String, String)> {
    let mut cases: Vec<(String, String)> = examples::all()
        .iter()
        .map(|plan| {
            let lang = if plan.id.ends_with("-ko") { Lang::Ko } else { Lang::En };
            (plan.id.clone(), markdown(plan, lang))
        })
        .collect();
    for lang in Lang::ALL {
        let plan = empty(lang);
        cases.push((plan.id.clone(), markdown(&plan, lang)));
    }
    cases
}

#[test]
fn reports_match_their_golden_files() {
    let dir = golden_dir();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1");
    let mut failures = Vec::new();
    for (stem, report) in cases() {
        let path = dir.join(format!("{stem}.md"));
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &report).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e}; run with UPDATE_GOLDEN=1 to create it", path.display()));
        if expected != report {
            let line = expected
                .lines()
                .zip(report.lines())
                .position(|(a, b)| a != b)
                .map_or_else(|| expected.lines().count().min(report.lines().count()) + 1, |i| i + 1);
            failures.push(format!("{stem}.md differs from line {line}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{failures:#?}\nrun UPDATE_GOLDEN=1 cargo test --test report_golden and review the diff"
    );
}

#[test]
fn the_golden_folder_holds_no_stale_files() {
    let expected: Vec<String> = cases().into_iter().map(|(stem, _)| format!("{stem}.md")).collect();
    assert_eq!(expected.len(), 12);
    for entry in std::fs::read_dir(golden_dir()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(expected.contains(&name), "tests/golden/{name} belongs to no case");
    }
}
