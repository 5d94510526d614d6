//! Reading stored plans of any released schema.
//!
//! A plan is parsed as generic JSON first, brought up to [`CURRENT_SCHEMA`] one version at a
//! time by the steps in [`STEPS`], and only then read into [`Plan`]. Each step is a pure
//! function from the JSON of version `n` to that of `n + 1`; released steps never change, so a
//! plan saved by any earlier release still opens. Fields that a later version merely adds need
//! no step: they default when missing.

use super::Plan;
use serde_json::Value;
use std::fmt;

/// The schema this build writes.
pub const CURRENT_SCHEMA: u32 = 8;

/// A migration from the JSON of one schema to the next.
pub type Step = fn(Value) -> Result<Value, MigrationError>;

/// `STEPS[i]` turns schema `i + 1` into schema `i + 2`.
pub const STEPS: &[Step] = &[added_fields_only as Step; 7];

/// A step to a schema that only adds fields, which default when missing: schema 2 added the
/// blend's items (`goals.blend_items`, one score per objective, for any number of objectives),
/// schema 3 the plan's currency (`currency`), schema 4 the A/B planner's formula, detection weeks
/// and sample-ratio check (`abtest.formula`, `continuity`, `detect_weeks`, `srm_counts`,
/// `srm_shares`), schema 5 the A/B test's guardrail metric (`abtest.guardrail`), schema 6 its
/// variants, correction and sides (`abtest.variants`, `correction`, `one_sided`), schema 7 the
/// regression-error calculator (`errors`: tolerance, guard, last figures) and the drift check
/// (`drift`: what is measured, the measure, its limit, last figures), schema 8 the classroom loop
/// (`origin`: the worked example a plan started from; `assignment`: a template's task, due date
/// and what to hand in; `comments`: an instructor's feedback on fields). Nothing in the record moves or changes meaning, so the step only stamps
/// the number; the number is what matters: a build that knows only the older
/// schema would drop the new fields on its next save, and it refuses to write over a newer record
/// instead (`Library::save`).
fn added_fields_only(value: Value) -> Result<Value, MigrationError> {
    Ok(value)
}

// The chain ends at the schema this build writes: a plan read and saved again keeps its number.
const _: () = assert!(STEPS.len() as u32 + 1 == CURRENT_SCHEMA, "one migration step per schema after the first");

/// Why a stored text is not a plan this build can open.
#[derive(Clone, Debug, PartialEq)]
pub enum MigrationError {
    /// Not JSON at all, or cut short.
    Syntax(String),
    /// JSON, but not an object with a schema number.
    NotAPlan,
    /// Written by a newer release than this one.
    FutureSchema(u32),
    /// The right shape overall, but a field holds the wrong kind of value.
    Field(String),
}

impl fmt::Display for MigrationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MigrationError::Syntax(e) => write!(f, "not valid JSON: {e}"),
            MigrationError::NotAPlan => write!(f, "not an mlplan plan (no schema number)"),
            MigrationError::FutureSchema(n) => write!(f, "schema {n} is newer than this app ({CURRENT_SCHEMA})"),
            MigrationError::Field(e) => write!(f, "a field has the wrong type: {e}"),
        }
    }
}

impl std::error::Error for MigrationError {}

/// Parses a stored plan of any released schema into the current [`Plan`].
pub fn parse_plan(text: &str) -> Result<Plan, MigrationError> {
    let value: Value = serde_json::from_str(text).map_err(|e| MigrationError::Syntax(e.to_string()))?;
    plan_from_value(value)
}

/// Brings generic JSON up to the current schema and reads it as a [`Plan`].
pub fn plan_from_value(value: Value) -> Result<Plan, MigrationError> {
    let value = run_chain(value, STEPS)?;
    super::codec::read(value).map_err(|e| MigrationError::Field(e.to_string()))
}

/// What the plan list shows of a stored plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub title: String,
    pub updated_ms: u64,
}

/// Reads a stored plan's title and date without the typed reader, which the start page does
/// not load (see [`super::codec`]). It refuses what [`parse_plan`] refuses about the record as a
/// whole (not JSON, no schema, a newer schema) and about these two fields; a wrong value deeper
/// in the plan is found when the plan is opened.
pub fn read_summary(text: &str) -> Result<Summary, MigrationError> {
    // The start page reads every stored plan for its list: a record in the current schema needs
    // only these three fields, read without building the rest of it (the rest is still scanned,
    // so text that is not JSON is refused as before).
    let mut fields = serde_json::Deserializer::from_str(text);
    if let Ok(head) = serde::Deserializer::deserialize_map(&mut fields, SummaryFields::default()) {
        if fields.end().is_ok() && head.schema.as_ref().and_then(Value::as_u64) == Some(u64::from(CURRENT_SCHEMA)) {
            return summary_of(head.title.as_ref(), head.updated_ms.as_ref());
        }
    }
    let value: Value = serde_json::from_str(text).map_err(|e| MigrationError::Syntax(e.to_string()))?;
    let value = run_chain(value, STEPS)?;
    summary_of(value.get("title"), value.get("updated_ms"))
}

/// The top-level fields of a stored record that its [`Summary`] is made from, as they are
/// (`null` included); every other field is skipped unread. A repeated key counts once, the last,
/// as it does for [`Value`].
#[derive(Default)]
struct SummaryFields {
    schema: Option<Value>,
    title: Option<Value>,
    updated_ms: Option<Value>,
}

impl<'de> serde::de::Visitor<'de> for SummaryFields {
    type Value = SummaryFields;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a plan record")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(mut self, mut map: A) -> Result<Self, A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "schema" => &mut self.schema,
                "title" => &mut self.title,
                "updated_ms" => &mut self.updated_ms,
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                    continue;
                }
            };
            *slot = Some(map.next_value()?);
        }
        Ok(self)
    }
}

fn summary_of(title: Option<&Value>, updated_ms: Option<&Value>) -> Result<Summary, MigrationError> {
    let title = match title {
        None => String::new(),
        Some(Value::String(title)) => title.clone(),
        Some(other) => return Err(MigrationError::Field(format!("title: expected a string, found {other}"))),
    };
    let updated_ms = match updated_ms {
        None => 0,
        Some(other) => other.as_u64().ok_or_else(|| {
            MigrationError::Field(format!("updated_ms: expected a whole number of milliseconds, found {other}"))
        })?,
    };
    Ok(Summary { title, updated_ms })
}

/// What can be read of a stored record without migrating it: its schema number and title. It is
/// enough to list a record that a newer release wrote (whose shape this build does not know) and
/// to refuse to overwrite it. `None` when the text is not a JSON object with a schema number.
pub fn record_head(text: &str) -> Option<(u32, String)> {
    let value: Value = serde_json::from_str(text).ok()?;
    let schema = schema_of(&value).ok()?;
    let title = value.get("title").and_then(Value::as_str).unwrap_or_default().to_string();
    Some((schema, title))
}

/// Whether a stored text was written by a release newer than this one.
pub fn is_newer_record(text: &str) -> bool {
    record_head(text).is_some_and(|(schema, _)| schema > CURRENT_SCHEMA)
}

/// Every text a stored plan holds (titles, answers, notes), in lower case and one per line, for
/// the plan list's search. Read from the JSON as it is, so the list needs no typed reader and a
/// field added later is searched too. `None` when the text is not JSON.
pub fn search_text(text: &str) -> Option<String> {
    fn collect(value: &Value, out: &mut String) {
        match value {
            Value::String(s) => {
                out.extend(s.chars().flat_map(char::to_lowercase));
                out.push('\n');
            }
            Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
            Value::Object(fields) => fields.values().for_each(|v| collect(v, out)),
            Value::Null | Value::Bool(_) | Value::Number(_) => {}
        }
    }
    let value: Value = serde_json::from_str(text).ok()?;
    let mut out = String::new();
    collect(&value, &mut out);
    Some(out)
}

/// Whether `haystack` (a [`search_text`]) holds every word of `query`, each anywhere, in any
/// case: "chur pred" finds "Churn prediction". An empty query matches everything.
pub fn matches_query(haystack: &str, query: &str) -> bool {
    let query: String = query.chars().flat_map(char::to_lowercase).collect();
    query.split_whitespace().all(|word| haystack.contains(word))
}

/// Applies `steps` from the value's own schema up to `steps.len() + 1`, stamping each new
/// schema number as it goes.
pub fn run_chain(mut value: Value, steps: &[Step]) -> Result<Value, MigrationError> {
    let target = steps.len() as u32 + 1;
    let mut schema = schema_of(&value)?;
    if schema > target {
        return Err(MigrationError::FutureSchema(schema));
    }
    while schema < target {
        value = steps[(schema - 1) as usize](value)?;
        schema += 1;
        value["schema"] = Value::from(schema);
    }
    Ok(value)
}

fn schema_of(value: &Value) -> Result<u32, MigrationError> {
    value
        .as_object()
        .and_then(|o| o.get("schema"))
        .and_then(Value::as_u64)
        .filter(|n| *n >= 1)
        .map(|n| u32::try_from(n).unwrap_or(u32::MAX))
        .ok_or(MigrationError::NotAPlan)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rename_title_to_name(mut v: Value) -> Result<Value, MigrationError> {
        let t = v["title"].take();
        v["name"] = t;
        Ok(v)
    }

    fn upper_name(mut v: Value) -> Result<Value, MigrationError> {
        let n = v["name"].as_str().unwrap_or_default().to_uppercase();
        v["name"] = Value::from(n);
        Ok(v)
    }

    #[test]
    fn chain_applies_each_step_in_order_and_stamps_the_schema() {
        let out = run_chain(json!({"schema": 1, "title": "fraud"}), &[rename_title_to_name, upper_name]).unwrap();
        assert_eq!(out["name"], "FRAUD");
        assert_eq!(out["schema"], 3);
        let mid = run_chain(json!({"schema": 2, "name": "late"}), &[rename_title_to_name, upper_name]).unwrap();
        assert_eq!(mid["name"], "LATE", "a v2 record only runs the v2 -> v3 step");
    }

    /// The summary accepts what the full reader accepts, with the same title and date, and
    /// refuses what it refuses about the record as a whole or about those two fields.
    #[test]
    fn the_summary_agrees_with_the_full_reader() {
        let records = [
            r#"{"schema":1,"id":"a","title":"Fraud","updated_ms":42}"#,
            r#"{"schema":1}"#,
            r#"{"schema":1,"title":"카드 사기","updated_ms":0,"goals":{"goal":"x"}}"#,
            r#"{"schema":1,"title":7}"#,
            r#"{"schema":1,"title":null}"#,
            r#"{"schema":1,"updated_ms":-1}"#,
            r#"{"schema":1,"updated_ms":1.5}"#,
            r#"{"schema":1,"updated_ms":"soon"}"#,
            r#"{"schema":99,"title":"later"}"#,
            r#"{"title":"no schema"}"#,
            "[1,2]",
            "{\"schema\":1,",
            r#"{"schema":1,"title":"first","title":"second"}"#,
            r#"{"schema":1,"title":"a"} trailing"#,
            r#"{"schema":1.0,"title":"a float schema"}"#,
        ];
        for text in records {
            let full = parse_plan(text).map(|p| Summary { title: p.title, updated_ms: p.updated_ms });
            let summary = read_summary(text);
            match (&full, &summary) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{text}"),
                (Err(a), Err(b)) => assert_eq!(std::mem::discriminant(a), std::mem::discriminant(b), "{text}"),
                _ => panic!("{text}: full {full:?}, summary {summary:?}"),
            }
        }
        // Deeper fields are checked only by the full reader, when the plan is opened.
        let deep = r#"{"schema":1,"title":"ok","goals":{"goal":7}}"#;
        assert!(parse_plan(deep).is_err());
        assert_eq!(read_summary(deep), Ok(Summary { title: "ok".into(), updated_ms: 0 }));
    }

    #[test]
    fn future_and_foreign_records_are_refused() {
        let future = json!({"schema": CURRENT_SCHEMA + 1, "id": "x"}).to_string();
        assert_eq!(parse_plan(&future), Err(MigrationError::FutureSchema(CURRENT_SCHEMA + 1)));
        assert_eq!(parse_plan(r#"{"id":"x"}"#), Err(MigrationError::NotAPlan));
        assert_eq!(parse_plan(r#"{"schema":0}"#), Err(MigrationError::NotAPlan));
        assert_eq!(parse_plan("[1,2]"), Err(MigrationError::NotAPlan));
        assert!(matches!(parse_plan("{\"schema\":1,"), Err(MigrationError::Syntax(_))));
        assert!(matches!(parse_plan(r#"{"schema":1,"title":7}"#), Err(MigrationError::Field(_))));
    }

    #[test]
    fn missing_sections_default() {
        let p = parse_plan(r#"{"schema":1,"id":"a","title":"bare"}"#).unwrap();
        assert_eq!(p.title, "bare");
        assert!(p.goals.objectives.is_empty());
    }

    #[test]
    fn the_head_of_a_newer_record_is_read_without_migrating_it() {
        let newer = json!({"schema": CURRENT_SCHEMA + 1, "title": "From the future", "shape": [1, 2]}).to_string();
        assert_eq!(record_head(&newer), Some((CURRENT_SCHEMA + 1, "From the future".to_string())));
        assert!(is_newer_record(&newer));
        assert!(!is_newer_record(&json!({"schema": CURRENT_SCHEMA, "title": "now"}).to_string()));
        assert_eq!(record_head("{not json"), None);
        assert_eq!(record_head("[1]"), None);
        assert!(!is_newer_record("{\"title\": \"no schema\"}"));
    }

    #[test]
    fn search_finds_any_part_of_any_text_in_any_case() {
        let text =
            json!({"title": "Churn Prediction", "problem": {"statement": "고객 이탈을 줄인다"}, "n": 3}).to_string();
        let haystack = search_text(&text).unwrap();
        assert!(matches_query(&haystack, "CHURN"));
        assert!(matches_query(&haystack, "dict"));
        assert!(matches_query(&haystack, "  이탈  chur "));
        assert!(matches_query(&haystack, ""));
        assert!(!matches_query(&haystack, "fraud"));
        assert!(!matches_query(&haystack, "3"), "numbers are not text");
        assert_eq!(search_text("{oops"), None);
    }
}
