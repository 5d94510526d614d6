//! The plan library: plans kept in a key-value store under namespaced, versioned keys.
//!
//! The logic here is plain Rust over the [`KeyValue`] trait, tested natively with
//! [`MemoryStore`]; [`local`] adapts the browser's localStorage to the same trait.
//!
//! Layout: each plan is its own key (`mlplan.v1.plan.<id>`), so two tabs editing different
//! plans never write the same key, and the list is derived from the keys rather than from an
//! index that could go stale. Nothing here ever deletes a backup.

#[cfg(target_arch = "wasm32")]
pub mod local;
mod memory;
mod prefs;

pub use memory::MemoryStore;
pub use prefs::{Prefs, Scheme};

use crate::plan::{parse_plan, read_summary, MigrationError, Plan};
use std::fmt;

/// Every key this app writes starts with this; the `v1` is the key layout's version.
pub const NAMESPACE: &str = "mlplan.v1.";
const PLAN_PREFIX: &str = "mlplan.v1.plan.";
const BACKUP_PREFIX: &str = "mlplan.v1.backup.";
/// The last deleted plan, kept so that delete can be undone.
pub const TRASH_KEY: &str = "mlplan.v1.trash";
/// Language, color scheme and the like.
pub const PREFS_KEY: &str = "mlplan.v1.prefs";

/// Why the store refused an operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is blocked or absent (private mode, disabled cookies, a sandboxed frame).
    Unavailable,
    /// The browser's quota for this site is used up.
    QuotaExceeded,
    /// Anything else the store reported.
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable => write!(f, "storage is unavailable"),
            StoreError::QuotaExceeded => write!(f, "storage is full"),
            StoreError::Other(e) => write!(f, "storage error: {e}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A string-to-string store with the semantics of the Web Storage API.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// A boxed store is a store, so the app can pick localStorage or memory at start-up.
impl<T: KeyValue + ?Sized> KeyValue for Box<T> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        (**self).keys()
    }
}

/// The storage key of a plan.
pub fn plan_key(id: &str) -> String {
    format!("{PLAN_PREFIX}{id}")
}

/// The storage key under which a damaged plan's raw text is kept.
pub fn backup_key(id: &str) -> String {
    format!("{BACKUP_PREFIX}{id}")
}

/// The list's order: damaged records first (they need attention, by id), then plans most
/// recently edited first (ties by id).
fn sort_entries(entries: &mut Vec<Entry>) {
    crate::order::sort_by(entries, |a, b| match (a, b) {
        (Entry::Damaged { id: x, .. }, Entry::Damaged { id: y, .. }) => x.cmp(y),
        (Entry::Damaged { .. }, Entry::Plan { .. }) => std::cmp::Ordering::Less,
        (Entry::Plan { .. }, Entry::Damaged { .. }) => std::cmp::Ordering::Greater,
        (Entry::Plan { updated_ms: x, id: a, .. }, Entry::Plan { updated_ms: y, id: b, .. }) => {
            y.cmp(x).then_with(|| a.cmp(b))
        }
    });
}

/// The plan id a storage key belongs to, if it is a plan key.
pub fn plan_id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(PLAN_PREFIX).filter(|id| !id.is_empty())
}

/// What the plan list shows for one stored plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Plan {
        id: String,
        title: String,
        updated_ms: u64,
    },
    /// A stored record that does not parse. `backup_key` holds its raw text.
    Damaged {
        id: String,
        backup_key: String,
        reason: MigrationError,
    },
}

impl Entry {
    pub fn id(&self) -> &str {
        match self {
            Entry::Plan { id, .. } | Entry::Damaged { id, .. } => id,
        }
    }
}

/// The plan list being read one record at a time ([`Library::start_list`]).
pub struct ListReading {
    ids: std::vec::IntoIter<String>,
    entries: Vec<Entry>,
}

impl ListReading {
    /// Reads the next stored plan's record into the list (a record removed meanwhile is left
    /// out); `Ok(false)` once there is none left to read.
    pub fn read_next<S: KeyValue>(&mut self, library: &mut Library<S>) -> Result<bool, StoreError> {
        let Some(id) = self.ids.next() else { return Ok(false) };
        self.entries.extend(library.entry(&id)?);
        Ok(true)
    }

    /// The entries read, in the list's order.
    pub fn finish(mut self) -> Vec<Entry> {
        sort_entries(&mut self.entries);
        self.entries
    }
}

/// The plans of one browser profile.
pub struct Library<S: KeyValue> {
    store: S,
}

impl<S: KeyValue> Library<S> {
    pub fn new(store: S) -> Self {
        Library { store }
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    /// Every stored plan, damaged ones first (they need attention), then most recently edited
    /// first. A damaged record's raw text is copied to its backup key before it is listed. Each
    /// record is read as far as the list needs ([`read_summary`]); the rest is read on opening.
    pub fn list(&mut self) -> Result<Vec<Entry>, StoreError> {
        let mut reading = self.start_list()?;
        while reading.read_next(self)? {}
        Ok(reading.finish())
    }

    /// Starts reading the plan list one record at a time, for a caller that gives the browser a
    /// turn now and then when many plans are stored. The ids are read now, the records by
    /// [`ListReading::read_next`]; the result is what [`Library::list`] gives.
    pub fn start_list(&self) -> Result<ListReading, StoreError> {
        let ids: Vec<String> =
            self.store.keys()?.iter().filter_map(|k| plan_id_of_key(k)).map(str::to_string).collect();
        Ok(ListReading { ids: ids.into_iter(), entries: Vec::new() })
    }

    /// Brings a list that [`Library::list`] gave up to date after one plan was written or
    /// removed: that plan's entry is read again and put in its place, and the other records are
    /// not read. The result is what `list` would give, as long as only that plan changed.
    pub fn relist(&mut self, entries: &mut Vec<Entry>, id: &str) -> Result<(), StoreError> {
        let entry = self.entry(id)?;
        entries.retain(|e| e.id() != id);
        entries.extend(entry);
        sort_entries(entries);
        Ok(())
    }

    /// The list entry of one stored plan, as [`Library::list`] gives it; `Ok(None)` when there is
    /// no such plan. Reading one record instead of all of them is what a plan page needs first.
    pub fn entry(&mut self, id: &str) -> Result<Option<Entry>, StoreError> {
        let Some(raw) = self.store.get(&plan_key(id))? else { return Ok(None) };
        self.entry_of(id, &raw).map(Some)
    }

    fn entry_of(&mut self, id: &str, raw: &str) -> Result<Entry, StoreError> {
        Ok(match read_summary(raw) {
            Ok(summary) => Entry::Plan { id: id.to_string(), title: summary.title, updated_ms: summary.updated_ms },
            Err(reason) => {
                let backup_key = self.keep_backup(id, raw)?;
                Entry::Damaged { id: id.to_string(), backup_key, reason }
            }
        })
    }

    /// Copies a damaged record's raw text to a backup key that is not yet taken by different
    /// text, and returns that key. Backups are never overwritten or deleted.
    fn keep_backup(&mut self, id: &str, raw: &str) -> Result<String, StoreError> {
        let base = backup_key(id);
        for n in 1.. {
            let key = if n == 1 { base.clone() } else { format!("{base}.{n}") };
            match self.store.get(&key)? {
                Some(existing) if existing == raw => return Ok(key),
                Some(_) => continue,
                None => {
                    self.store.set(&key, raw)?;
                    return Ok(key);
                }
            }
        }
        unreachable!("the backup search only ends by returning")
    }

    /// The raw stored text under a key, for downloading a backup.
    pub fn raw(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.store.get(key)
    }

    /// Loads one plan; `Ok(None)` when there is no such plan.
    pub fn load(&self, id: &str) -> Result<Option<Result<Plan, MigrationError>>, StoreError> {
        Ok(self.store.get(&plan_key(id))?.map(|raw| parse_plan(&raw)))
    }

    /// Writes one plan under its own key and touches nothing else.
    pub fn save(&mut self, plan: &Plan) -> Result<(), StoreError> {
        self.store.set(&plan_key(&plan.id), &plan.to_json())
    }

    /// Removes a plan, keeping it in the trash slot so the deletion can be undone. A damaged
    /// record is removed from the list only; its backup stays.
    pub fn delete(&mut self, id: &str) -> Result<(), StoreError> {
        let key = plan_key(id);
        if let Some(raw) = self.store.get(&key)? {
            if parse_plan(&raw).is_ok() {
                self.store.set(TRASH_KEY, &raw)?;
            } else {
                self.keep_backup(id, &raw)?;
            }
            self.store.remove(&key)?;
        }
        Ok(())
    }

    /// Restores the last deleted plan and returns it. Nothing happens when the trash is empty,
    /// or when a plan with the same id was created since (that plan is not overwritten).
    pub fn undo_delete(&mut self) -> Result<Option<Plan>, StoreError> {
        let Some(raw) = self.store.get(TRASH_KEY)? else { return Ok(None) };
        let Ok(plan) = parse_plan(&raw) else { return Ok(None) };
        if self.store.get(&plan_key(&plan.id))?.is_some() {
            return Ok(None);
        }
        self.store.set(&plan_key(&plan.id), &raw)?;
        self.store.remove(TRASH_KEY)?;
        Ok(Some(plan))
    }

    /// The stored preferences text, if any.
    pub fn prefs(&self) -> Result<Option<String>, StoreError> {
        self.store.get(PREFS_KEY)
    }

    pub fn set_prefs(&mut self, text: &str) -> Result<(), StoreError> {
        self.store.set(PREFS_KEY, text)
    }
}

#[cfg(test)]
mod tests;
