//! The typed reader and writer of a plan: serde's derived code for [`Plan`] and every section.
//!
//! It is the largest single part of the app's code, and the start page does not need it: the
//! plan list reads only each record's title and date ([`super::migrate::read_summary`]). So in
//! the split release build (`--cfg mlplan_split`) [`read`] and [`write`] go through functions
//! that [`load`] registers, and only code in a wasm chunk of its own calls `load` (see
//! `ui::chunks::with_codec`): the typed code then goes into that chunk. The UI loads it before
//! it reads or writes a plan; a plan in memory means it is loaded. Other builds call it directly.

use super::Plan;
use serde_json::Value;

/// The two typed functions, as the split build registers them.
struct Codec {
    read: fn(Value) -> Result<Plan, serde_json::Error>,
    write: fn(&Plan) -> Value,
}

#[cfg(mlplan_split)]
static CODEC: std::sync::OnceLock<Codec> = std::sync::OnceLock::new();

fn typed_read(value: Value) -> Result<Plan, serde_json::Error> {
    serde_json::from_value(value)
}

fn typed_write(plan: &Plan) -> Value {
    serde_json::to_value(plan).expect("a plan always serialises: it holds only strings, numbers and vectors")
}

/// Makes [`read`] and [`write`] usable. Only chunk code calls it in the split build, so the
/// typed code it names goes into that chunk; elsewhere there is nothing to do.
pub fn load() {
    #[cfg(mlplan_split)]
    CODEC.get_or_init(|| Codec { read: typed_read, write: typed_write });
}

/// Whether [`read`] and [`write`] can be called now.
pub fn is_loaded() -> bool {
    #[cfg(mlplan_split)]
    return CODEC.get().is_some();
    #[cfg(not(mlplan_split))]
    true
}

fn codec() -> &'static Codec {
    #[cfg(mlplan_split)]
    return CODEC.get().expect("the plan codec is loaded before any plan is read or written");
    #[cfg(not(mlplan_split))]
    &Codec { read: typed_read, write: typed_write }
}

/// Reads a JSON tree of the current schema as a plan.
pub fn read(value: Value) -> Result<Plan, serde_json::Error> {
    (codec().read)(value)
}

/// Writes a plan as a JSON tree (keys in alphabetical order).
pub fn write(plan: &Plan) -> Value {
    (codec().write)(plan)
}
