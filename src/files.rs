//! Plans as JSON files: export one plan or all, import with field-level messages.
//!
//! An export is an envelope `{"format": "mlplan-plans", "version": 1, "plans": [...]}`, pretty
//! printed. Import also accepts a single bare plan (what the storage notice's rescue export and
//! older tools write). Each plan goes through the schema migrations, so exports of any release
//! import. Plans whose id is already taken (locally or earlier in the same file) come in as
//! copies under a new id; nothing local is ever overwritten.

use crate::plan::{migrate, MigrationError, Plan};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashSet;
use std::fmt;

/// The envelope's format name.
pub const FORMAT: &str = "mlplan-plans";
/// The envelope's version; bump when its shape changes and keep reading the old ones.
pub const VERSION: u32 = 1;
/// Files larger than this are refused before they are read (a plan is a few KB).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// More plans than this in one file are refused.
pub const MAX_PLANS: usize = 1000;

#[derive(Serialize)]
struct EnvelopeOut {
    format: &'static str,
    version: u32,
    /// Each plan as [`Plan::to_value`] writes it, the one plan serializer the app has.
    plans: Vec<Value>,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    format: String,
    version: u32,
    plans: Vec<Value>,
}

/// The export file for these plans.
/// The name a plan's files share (`<stem>.md`, `<stem>.mlplan.json`): the title reduced to
/// letters and digits (any script, case kept) joined by hyphens, at most 60 characters. Falls
/// back to the plan id, then to `plan`, and never is a name Windows refuses. (Lower-casing would
/// bring Unicode's case tables into the start page's module, which exports from the storage
/// notice: 6 kB brotli.)
pub fn file_stem(plan: &Plan) -> String {
    file_stem_of(&[&plan.title, &plan.id])
}

/// [`file_stem`] of the first of `names` that has a letter or digit; `plan` when none has.
pub fn file_stem_of(names: &[&str]) -> String {
    const MAX_CHARS: usize = 60;
    /// Names Windows refuses whatever the extension.
    const RESERVED: [&str; 22] = [
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1",
        "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ];
    let stem = |text: &str| -> String {
        let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let joined = words.join("-");
        let cut: String = joined.chars().take(MAX_CHARS).collect();
        cut.trim_end_matches('-').to_string()
    };
    let name = names.iter().map(|n| stem(n)).find(|s| !s.is_empty()).unwrap_or_default();
    if name.is_empty() {
        "plan".to_string()
    } else if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(&name)) {
        format!("{name}-plan")
    } else {
        name
    }
}

/// The file one plan is exported to: [`file_stem`], then `.mlplan.json`.
pub fn json_file_name(plan: &Plan) -> String {
    format!("{}.mlplan.json", file_stem(plan))
}

pub fn export(plans: &[Plan]) -> String {
    let plans = plans.iter().map(Plan::to_value).collect();
    serde_json::to_string_pretty(&EnvelopeOut { format: FORMAT, version: VERSION, plans })
        .expect("plans serialise: they hold only strings, numbers and vectors")
}

/// Why a file could not be imported at all.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
        max: usize,
    },
    Empty,
    /// Not JSON; `line` and `column` are 1-based.
    Syntax {
        line: usize,
        column: usize,
    },
    /// JSON, but neither an export envelope nor a plan.
    NotMlplan,
    /// An envelope from a newer release.
    NewerVersion(u32),
    TooManyPlans {
        count: usize,
        max: usize,
    },
    /// Every plan in the file was refused; see the problems.
    NothingImported(Vec<PlanProblem>),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes, max } => write!(f, "the file has {bytes} bytes; the limit is {max}"),
            ImportError::Empty => write!(f, "the file is empty"),
            ImportError::Syntax { line, column } => write!(f, "not valid JSON (line {line}, column {column})"),
            ImportError::NotMlplan => write!(f, "not an mlplan export or plan"),
            ImportError::NewerVersion(v) => write!(f, "export version {v} is newer than this app ({VERSION})"),
            ImportError::TooManyPlans { count, max } => write!(f, "{count} plans; the limit is {max}"),
            ImportError::NothingImported(p) => write!(f, "none of the {} plans could be read", p.len()),
        }
    }
}

/// One plan of a file that was refused, and where it went wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanProblem {
    /// Position in the file, from 1.
    pub number: usize,
    /// The field path, e.g. `goals.objectives[0].name`; empty when the whole plan is wrong.
    pub path: String,
    pub reason: ProblemReason,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemReason {
    /// The schema is newer than this app.
    NewerSchema(u32),
    /// Not a plan record (no schema number).
    NotAPlan,
    /// A field holds the wrong kind of value; the detail is the parser's own words.
    WrongValue(String),
}

/// What an import brings in.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Imported {
    pub plans: Vec<Plan>,
    /// Ids of imported plans that arrived as copies because their id was taken.
    pub copies: Vec<String>,
    /// Plans of the file that were refused; the others were still imported.
    pub problems: Vec<PlanProblem>,
}

/// The rule for a plan arriving in the library (an import, a restore from the trash): if its id
/// is taken (or not a valid id) it comes in as a copy under a fresh id, so no local plan is ever
/// overwritten. Returns whether it did.
pub fn as_copy_if_taken(plan: &mut Plan, taken: impl Fn(&str) -> bool, fresh_id: impl FnOnce() -> String) -> bool {
    let copy = taken(&plan.id) || !crate::route::is_plan_id(&plan.id);
    if copy {
        plan.id = fresh_id();
    }
    copy
}

/// Reads an export (or a single plan). `taken` holds the local ids; `fresh_id` makes a new id
/// for each plan whose id is taken or invalid.
pub fn import(
    text: &str,
    taken: &HashSet<String>,
    mut fresh_id: impl FnMut() -> String,
) -> Result<Imported, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len(), max: MAX_BYTES });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| ImportError::Syntax { line: e.line(), column: e.column() })?;
    let records = records_of(value)?;
    let mut seen = taken.clone();
    let mut out = Imported::default();
    for (i, record) in records.into_iter().enumerate() {
        match read_plan(record) {
            Ok(mut plan) => {
                if as_copy_if_taken(&mut plan, |id| seen.contains(id), &mut fresh_id) {
                    out.copies.push(plan.id.clone());
                }
                seen.insert(plan.id.clone());
                out.plans.push(plan);
            }
            Err((path, reason)) => out.problems.push(PlanProblem { number: i + 1, path, reason }),
        }
    }
    if out.plans.is_empty() {
        return Err(ImportError::NothingImported(out.problems));
    }
    Ok(out)
}

fn records_of(value: Value) -> Result<Vec<Value>, ImportError> {
    if value.get("schema").is_some() {
        return Ok(vec![value]);
    }
    let envelope: EnvelopeIn = serde_json::from_value(value).map_err(|_| ImportError::NotMlplan)?;
    if envelope.format != FORMAT {
        return Err(ImportError::NotMlplan);
    }
    if envelope.version > VERSION {
        return Err(ImportError::NewerVersion(envelope.version));
    }
    if envelope.plans.len() > MAX_PLANS {
        return Err(ImportError::TooManyPlans { count: envelope.plans.len(), max: MAX_PLANS });
    }
    Ok(envelope.plans)
}

fn read_plan(record: Value) -> Result<Plan, (String, ProblemReason)> {
    let current = migrate::run_chain(record, migrate::STEPS).map_err(|e| match e {
        MigrationError::FutureSchema(n) => (String::new(), ProblemReason::NewerSchema(n)),
        MigrationError::NotAPlan | MigrationError::Syntax(_) => (String::new(), ProblemReason::NotAPlan),
        MigrationError::Field(detail) => (String::new(), ProblemReason::WrongValue(detail)),
    })?;
    match crate::plan::codec::read(current.clone()) {
        Ok(plan) => Ok(plan),
        Err(e) => Err((fault_path(&current), ProblemReason::WrongValue(e.to_string()))),
    }
}

/// One step of a path into a JSON tree.
#[derive(Clone)]
enum Segment {
    Key(String),
    Index(usize),
}

/// The path (e.g. `goals.objectives[0].name`) of the field that keeps `record` from reading as a
/// plan. Every plan field defaults, so a tree cut down to a single branch still reads unless that
/// branch holds the fault: the search follows, level by level, the first child whose branch alone
/// fails. It reuses the one `Plan` deserializer the app has (a field-path tracking deserializer
/// would add a second copy of every section's parser to the wasm), and runs only for a bad record.
fn fault_path(record: &Value) -> String {
    let mut path: Vec<Segment> = Vec::new();
    while let Some(node) = subtree(record, &path) {
        let children: Vec<Segment> = match node {
            Value::Object(map) => map.keys().cloned().map(Segment::Key).collect(),
            Value::Array(items) => (0..items.len()).map(Segment::Index).collect(),
            _ => break,
        };
        let faulty = children.into_iter().find(|child| {
            let mut branch = path.clone();
            branch.push(child.clone());
            crate::plan::codec::read(only_branch(record, &branch)).is_err()
        });
        match faulty {
            Some(child) => path.push(child),
            None => break,
        }
    }
    path_text(&path)
}

/// The node at `path`, if there is one.
fn subtree<'a>(root: &'a Value, path: &[Segment]) -> Option<&'a Value> {
    path.iter().try_fold(root, |node, segment| match segment {
        Segment::Key(k) => node.get(k),
        Segment::Index(i) => node.get(i),
    })
}

/// The tree with nothing but the chain of containers down `path` and the whole node at its end.
fn only_branch(root: &Value, path: &[Segment]) -> Value {
    let leaf = subtree(root, path).cloned().unwrap_or(Value::Null);
    path.iter().rev().fold(leaf, |inner, segment| match segment {
        Segment::Key(k) => Value::Object([(k.clone(), inner)].into_iter().collect()),
        Segment::Index(_) => Value::Array(vec![inner]),
    })
}

fn path_text(path: &[Segment]) -> String {
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Key(k) if out.is_empty() => out.push_str(k),
            Segment::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Segment::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counter() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("fresh{n}")
        }
    }

    fn plan(id: &str, title: &str) -> Plan {
        let mut p = Plan::new(id, title, 7);
        p.problem.statement = format!("{title} statement");
        p
    }

    #[test]
    fn export_then_import_round_trips() {
        let plans = vec![plan("a1", "One"), plan("b2", "둘")];
        let text = export(&plans);
        assert!(text.contains("\"format\": \"mlplan-plans\""), "pretty-printed and versioned");
        let got = import(&text, &HashSet::new(), counter()).unwrap();
        assert_eq!(got.plans, plans);
        assert!(got.copies.is_empty() && got.problems.is_empty());
    }

    #[test]
    fn taken_and_repeated_ids_come_in_as_copies() {
        let text = export(&[plan("a1", "One"), plan("a1", "Again"), plan("c3", "Three")]);
        let taken: HashSet<String> = ["c3".to_string()].into();
        let got = import(&text, &taken, counter()).unwrap();
        let ids: Vec<&str> = got.plans.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["a1", "fresh1", "fresh2"]);
        assert_eq!(got.copies, ["fresh1", "fresh2"]);
        assert_eq!(got.plans[1].title, "Again");
    }

    #[test]
    fn a_bare_plan_imports() {
        let got = import(&plan("solo", "Solo").to_json(), &HashSet::new(), counter()).unwrap();
        assert_eq!(got.plans[0].title, "Solo");
    }

    #[test]
    fn field_errors_name_the_path_and_keep_the_good_plans() {
        let text = r#"{"format":"mlplan-plans","version":1,"plans":[
            {"schema":1,"id":"ok1","title":"fine"},
            {"schema":1,"id":"bad","goals":{"objectives":[{"name":42}]}},
            {"schema":99,"id":"new"}]}"#;
        let got = import(text, &HashSet::new(), counter()).unwrap();
        assert_eq!(got.plans.len(), 1);
        assert_eq!(got.problems.len(), 2);
        assert_eq!(got.problems[0].number, 2);
        assert_eq!(got.problems[0].path, "goals.objectives[0].name");
        assert!(matches!(&got.problems[0].reason, ProblemReason::WrongValue(d) if d.contains("string")));
        assert_eq!(got.problems[1].reason, ProblemReason::NewerSchema(99));
    }

    #[test]
    fn the_path_follows_the_faulty_branch_past_good_siblings() {
        let text = r#"{"format":"mlplan-plans","version":1,"plans":[
            {"schema":1,"id":"a","goals":{"objectives":[{"name":"fine"},{"name":"ok","label_scenario":"sideways"}]}},
            {"schema":1,"id":"b","title":"fine","data":{"sources":"not a list"}},
            {"schema":1,"id":"c","problem":7}]}"#;
        let got = import(text, &HashSet::new(), counter()).unwrap_err();
        let ImportError::NothingImported(problems) = got else { panic!("every plan is refused: {got:?}") };
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["goals.objectives[1].label_scenario", "data.sources", "problem"]);
        assert!(matches!(&problems[0].reason, ProblemReason::WrongValue(d) if d.contains("sideways")));
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        let none = HashSet::new();
        assert_eq!(import("", &none, counter()), Err(ImportError::Empty));
        assert_eq!(import("{\n  \"a\": ", &none, counter()), Err(ImportError::Syntax { line: 2, column: 7 }));
        assert_eq!(import("[1,2]", &none, counter()), Err(ImportError::NotMlplan));
        assert_eq!(
            import(r#"{"format":"other","version":1,"plans":[]}"#, &none, counter()),
            Err(ImportError::NotMlplan)
        );
        assert_eq!(
            import(r#"{"format":"mlplan-plans","version":2,"plans":[]}"#, &none, counter()),
            Err(ImportError::NewerVersion(2))
        );
        let huge = " ".repeat(MAX_BYTES + 1);
        assert!(matches!(import(&huge, &none, counter()), Err(ImportError::TooLarge { .. })));
        assert!(matches!(
            import(r#"{"format":"mlplan-plans","version":1,"plans":[{"id":"x"}]}"#, &none, counter()),
            Err(ImportError::NothingImported(p)) if p[0].reason == ProblemReason::NotAPlan
        ));
    }

    #[test]
    fn unsafe_ids_are_replaced() {
        let text = plan("x", "t").to_json().replace("\"id\":\"x\"", "\"id\":\"<script>\"");
        let got = import(&text, &HashSet::new(), counter()).unwrap();
        assert_eq!(got.plans[0].id, "fresh1");
    }
}
