//! Format 3: a plan that started from a worked example, carried as the example's key and only
//! what the plan changed in it. The app ships every example, so the reader rebuilds the rest;
//! an unchanged template fits in a QR code.
//!
//! ```text
//! payload := "3." body            body as in format 2: checksum, length, coded binary tree
//! tree    := [key, lang, revision, schema, patch]
//! ```
//!
//! `key` and `lang` name the example (`"fare"`, `"ko"`); `revision` is [`example_revision`] of
//! the example the patch was made against, so a link made from an earlier version of an example
//! is refused by name instead of opening a different plan; `schema` is the plan's; `patch` is
//! `delta::diff` from the example's tree to the plan's. Both trees are pruned as in format 1, and
//! leave out `schema` and `origin`, which the link carries on its own.

use super::{delta, prune, Corruption, ShareError};
use crate::lang::Lang;
use crate::plan::migrate::plan_from_value;
use crate::plan::{examples, ExampleOrigin, Plan};
use serde_json::Value;

/// The tag of format 3.
pub const TAG: &str = "3";

/// A short hash of an example's content (32-bit FNV-1a of its pruned JSON, schema left out), so a
/// schema step that only adds fields keeps every example's revision and its links.
pub fn example_revision(example: &Plan) -> u32 {
    let text = example_tree(example).to_string();
    super::checksum(text.as_bytes())
}

/// The pruned tree that patches apply to: no `schema`, no `origin`.
fn example_tree(plan: &Plan) -> Value {
    let mut tree = plan.to_value();
    prune(&mut tree);
    if let Value::Object(members) = &mut tree {
        members.remove("schema");
        members.remove("origin");
    }
    tree
}

/// The format-3 tree of `plan` against `example`, the worked example its origin names; `None`
/// when the plan has no origin, `example` is not that example, or the plan cannot be pruned
/// without loss.
pub fn delta_tree(plan: &Plan, example: &Plan) -> Option<Value> {
    let origin = plan.origin.as_ref()?;
    if example.id != examples::example_id(&origin.key, origin.lang) {
        return None;
    }
    let target = example_tree(plan);
    let mut check = target.clone();
    check["schema"] = plan.schema.into();
    let mut read_back = plan_from_value(check).ok()?;
    read_back.origin = plan.origin.clone();
    if &read_back != plan {
        return None;
    }
    let patch = delta::diff(&example_tree(example), &target).unwrap_or_else(|| Value::Object(Default::default()));
    Some(Value::Array(vec![
        origin.key.clone().into(),
        origin.lang.tag().into(),
        example_revision(example).into(),
        plan.schema.into(),
        patch,
    ]))
}

/// The header of a format-3 tree: which example it needs, at which revision.
pub fn needed(tree: &Value) -> Result<(ExampleOrigin, u32), ShareError> {
    let malformed = ShareError::Corrupt { offset: 0, problem: Corruption::BadDelta };
    let Some([Value::String(key), Value::String(lang), revision, _, _]) = tree.as_array().map(Vec::as_slice) else {
        return Err(malformed);
    };
    let lang = Lang::ALL.into_iter().find(|l| l.tag() == lang).ok_or(malformed.clone())?;
    let revision = revision.as_u64().and_then(|r| u32::try_from(r).ok()).ok_or(malformed)?;
    if !examples::keys().contains(&key.as_str()) {
        return Err(ShareError::UnknownExample { key: key.clone() });
    }
    Ok((ExampleOrigin { key: key.clone(), lang }, revision))
}

/// The plan a format-3 tree carries, rebuilt on `example` (which must be the one it names, at
/// the revision it names).
pub fn plan_from_delta(tree: &Value, example: Option<&Plan>) -> Result<Plan, ShareError> {
    let (origin, revision) = needed(tree)?;
    let Some(example) = example.filter(|e| e.id == examples::example_id(&origin.key, origin.lang)) else {
        return Err(ShareError::ExampleNeeded(origin));
    };
    if example_revision(example) != revision {
        return Err(ShareError::ExampleRevision { key: origin.key });
    }
    let (schema, patch) = (&tree[3], &tree[4]);
    let bad = ShareError::Corrupt { offset: 0, problem: Corruption::BadDelta };
    // A plan is an object, so its patch is one: an operation on the whole tree is not a plan's.
    if !patch.is_object() {
        return Err(bad);
    }
    let mut plan_tree = example_tree(example);
    delta::apply(&mut plan_tree, patch).map_err(|_| bad)?;
    if let Value::Object(members) = &mut plan_tree {
        members.insert("schema".into(), schema.clone());
    }
    let mut plan = plan_from_value(plan_tree).map_err(ShareError::NotAPlan)?;
    plan.origin = Some(origin);
    Ok(plan)
}
