//! The difference between two JSON trees, and applying it: how a link of format 3 carries only
//! what a plan changed in the worked example it started from.
//!
//! A patch mirrors the tree it changes. An object patch holds one member per changed member of
//! an object: a nested object patch when both sides are objects, otherwise an operation, which
//! is always an array whose first item says what it does:
//!
//! ```text
//! [0, value]                     set the member (or item) to value
//! [1]                            remove the member
//! [2, keep_start, keep_end, text] a string: keep that many characters at its start and at its
//!                                end, and put text between them
//! [3, start, removed, [items]]   an array: replace `removed` items from `start` with items
//! [4, [index, patch, ...]]       an array of the same length: patch these items in place
//! ```
//!
//! [`diff`] writes the smallest of these it finds cheaply (common start and end of strings and
//! arrays, in characters and items), and [`apply`] checks every index and count against the tree
//! it patches, so a hostile patch is an error, never a panic, and the tree it builds grows by at
//! most the patch's own size.

use serde_json::{Map, Value};

const SET: u64 = 0;
const REMOVE: u64 = 1;
const SPLICE_TEXT: u64 = 2;
const SPLICE_ITEMS: u64 = 3;
const PATCH_ITEMS: u64 = 4;

/// A patch that does not fit the tree it is applied to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PatchMismatch;

/// The patch that turns `base` into `target`; `None` when they are equal.
pub fn diff(base: &Value, target: &Value) -> Option<Value> {
    if base == target {
        return None;
    }
    Some(match (base, target) {
        (Value::Object(a), Value::Object(b)) => Value::Object(diff_members(a, b)),
        (Value::String(a), Value::String(b)) => diff_text(a, b),
        (Value::Array(a), Value::Array(b)) => diff_items(a, b),
        _ => set(target),
    })
}

fn set(value: &Value) -> Value {
    Value::Array(vec![SET.into(), value.clone()])
}

fn diff_members(a: &Map<String, Value>, b: &Map<String, Value>) -> Map<String, Value> {
    let mut patch = Map::new();
    for (key, new) in b {
        let change = match a.get(key) {
            Some(old) => diff(old, new),
            None => Some(set(new)),
        };
        if let Some(change) = change {
            patch.insert(key.clone(), change);
        }
    }
    for key in a.keys().filter(|k| !b.contains_key(*k)) {
        patch.insert(key.clone(), Value::Array(vec![REMOVE.into()]));
    }
    patch
}

fn diff_text(a: &str, b: &str) -> Value {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (start, end) = common_ends(&a, &b);
    if start + end == 0 {
        return set(&Value::String(b.iter().collect()));
    }
    let middle: String = b[start..b.len() - end].iter().collect();
    Value::Array(vec![SPLICE_TEXT.into(), start.into(), end.into(), middle.into()])
}

fn diff_items(a: &[Value], b: &[Value]) -> Value {
    if a.len() == b.len() {
        let mut changes = Vec::new();
        for (i, (old, new)) in a.iter().zip(b).enumerate() {
            if let Some(change) = diff(old, new) {
                changes.push(i.into());
                changes.push(change);
            }
        }
        return Value::Array(vec![PATCH_ITEMS.into(), Value::Array(changes)]);
    }
    let (start, end) = common_ends(a, b);
    let removed = a.len() - start - end;
    let items = b[start..b.len() - end].to_vec();
    Value::Array(vec![SPLICE_ITEMS.into(), start.into(), removed.into(), Value::Array(items)])
}

/// How many items `a` and `b` share at their start, then at their end (not overlapping).
fn common_ends<T: PartialEq>(a: &[T], b: &[T]) -> (usize, usize) {
    let start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let room = a.len().min(b.len()) - start;
    let end = a.iter().rev().zip(b.iter().rev()).take(room).take_while(|(x, y)| x == y).count();
    (start, end)
}

/// Applies `patch` (from [`diff`]) to `base` in place.
pub fn apply(base: &mut Value, patch: &Value) -> Result<(), PatchMismatch> {
    match patch {
        Value::Object(members) => {
            let Value::Object(fields) = base else { return Err(PatchMismatch) };
            for (key, change) in members {
                apply_member(fields, key, change)?;
            }
            Ok(())
        }
        Value::Array(op) => apply_op(base, op),
        _ => Err(PatchMismatch),
    }
}

fn apply_member(fields: &mut Map<String, Value>, key: &str, change: &Value) -> Result<(), PatchMismatch> {
    match change.as_array().map(Vec::as_slice) {
        Some([code, value]) if code.as_u64() == Some(SET) => {
            fields.insert(key.to_owned(), value.clone());
            Ok(())
        }
        Some([code]) if code.as_u64() == Some(REMOVE) => fields.remove(key).map(|_| ()).ok_or(PatchMismatch),
        _ => apply(fields.get_mut(key).ok_or(PatchMismatch)?, change),
    }
}

fn apply_op(target: &mut Value, op: &[Value]) -> Result<(), PatchMismatch> {
    let code = op.first().and_then(Value::as_u64).ok_or(PatchMismatch)?;
    match (code, target, &op[1..]) {
        (SET, target, [value]) => *target = value.clone(),
        (SPLICE_TEXT, Value::String(text), [keep_start, keep_end, Value::String(middle)]) => {
            let (start, end) = (index(keep_start)?, index(keep_end)?);
            let chars: Vec<char> = text.chars().collect();
            if start.checked_add(end).is_none_or(|kept| kept > chars.len()) {
                return Err(PatchMismatch);
            }
            let tail: String = chars[chars.len() - end..].iter().collect();
            *text = chars[..start].iter().collect::<String>() + middle + &tail;
        }
        (SPLICE_ITEMS, Value::Array(items), [start, removed, Value::Array(new)]) => {
            let (start, removed) = (index(start)?, index(removed)?);
            if start.checked_add(removed).is_none_or(|end| end > items.len()) {
                return Err(PatchMismatch);
            }
            items.splice(start..start + removed, new.iter().cloned());
        }
        (PATCH_ITEMS, Value::Array(items), [Value::Array(changes)]) => {
            if changes.len() % 2 != 0 {
                return Err(PatchMismatch);
            }
            for pair in changes.chunks_exact(2) {
                let item = items.get_mut(index(&pair[0])?).ok_or(PatchMismatch)?;
                apply(item, &pair[1])?;
            }
        }
        _ => return Err(PatchMismatch),
    }
    Ok(())
}

fn index(value: &Value) -> Result<usize, PatchMismatch> {
    value.as_u64().and_then(|n| usize::try_from(n).ok()).ok_or(PatchMismatch)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round_trip(a: Value, b: Value) -> Option<Value> {
        let patch = diff(&a, &b);
        let mut patched = a.clone();
        if let Some(p) = &patch {
            apply(&mut patched, p).unwrap();
        }
        assert_eq!(patched, b, "{patch:?}");
        patch
    }

    #[test]
    fn equal_trees_need_no_patch() {
        assert_eq!(round_trip(json!({"a": [1, "x"]}), json!({"a": [1, "x"]})), None);
    }

    #[test]
    fn a_sentence_added_to_a_text_carries_only_the_sentence() {
        let patch = round_trip(json!({"p": {"s": "가나다. 라마."}}), json!({"p": {"s": "가나다. 새 문장. 라마."}}));
        assert_eq!(patch, Some(json!({"p": {"s": [2, 5, 3, "새 문장. "]}})));
    }

    #[test]
    fn members_are_added_removed_and_replaced() {
        let patch = round_trip(json!({"a": 1, "b": "x", "c": {"d": true}}), json!({"a": 2, "c": 5, "e": [1]}));
        assert_eq!(patch, Some(json!({"a": [0, 2], "b": [1], "c": [0, 5], "e": [0, [1]]})));
    }

    #[test]
    fn arrays_are_patched_in_place_or_spliced() {
        assert_eq!(
            round_trip(json!([{"t": "a"}, {"t": "b"}]), json!([{"t": "a"}, {"t": "bc"}])),
            Some(json!([4, [1, {"t": [2, 1, 0, "c"]}]]))
        );
        assert_eq!(round_trip(json!([1, 2, 3]), json!([1, 9, 9, 3])), Some(json!([3, 1, 1, [9, 9]])));
        round_trip(json!([1, 1]), json!([1]));
        round_trip(json!([]), json!([1, 2]));
        round_trip(json!("aaa"), json!("aa"));
        round_trip(json!("abc"), json!("xyz"));
    }

    #[test]
    fn patches_that_do_not_fit_are_errors() {
        let base = json!({"s": "abc", "l": [1, 2], "o": {}});
        for patch in [
            json!({"s": [2, 2, 2, "x"]}),
            json!({"s": [2, u64::MAX, 1, "x"]}),
            json!({"l": [3, 1, 5, []]}),
            json!({"l": [3, u64::MAX, u64::MAX, []]}),
            json!({"l": [4, [2, [0, 1]]]}),
            json!({"l": [4, [0]]}),
            json!({"missing": {"a": [0, 1]}}),
            json!({"missing": [1]}),
            json!({"o": [9]}),
            json!({"o": []}),
            json!({"o": "x"}),
            json!({"s": {"a": [0, 1]}}),
            json!([2, 0, 0, "x"]),
        ] {
            assert_eq!(apply(&mut base.clone(), &patch), Err(PatchMismatch), "{patch}");
        }
    }
}
