//! The plan library: plans kept in a key-value store under namespaced, versioned keys.
//!
//! The logic here is plain Rust over the [`KeyValue`] trait, tested natively with
//! [`MemoryStore`]; [`local`] adapts the browser's localStorage to the same trait.
//!
//! Layout: each plan is its own key (`mlplan.v1.plan.<id>`), so two tabs editing different
//! plans never write the same key, and the list is derived from the keys rather than from an
//! index that could go stale. Nothing here ever deletes a backup.

mod classes;
mod listing;
#[cfg(target_arch = "wasm32")]
pub mod local;
mod memory;
mod prefs;
mod selection;
mod usage;
mod versions;

pub use classes::ClassSummary;
pub use listing::{arrange, Sort};
pub use memory::MemoryStore;
pub use prefs::{backup_reminder_due, Prefs, Scheme, BACKUP_REMINDER_AFTER_MS};
pub use selection::Selection;
pub use usage::{Usage, LOCAL_STORAGE_LIMIT};
pub use versions::{VersionRecord, VersionSummary, AUTO_VERSION_EVERY_MS};

use crate::plan::{is_newer_record, parse_plan, read_summary, record_head, MigrationError, Plan};
use std::fmt;

/// Every key this app writes starts with this; the `v1` is the key layout's version.
pub const NAMESPACE: &str = "mlplan.v1.";
const PLAN_PREFIX: &str = "mlplan.v1.plan.";
const BACKUP_PREFIX: &str = "mlplan.v1.backup.";
/// The previous version's trash: the last deleted plan's JSON alone. It is moved into the
/// per-plan form ([`TRASH_PREFIX`]) when the trash is first read, and listed as it is until then.
pub const TRASH_KEY: &str = "mlplan.v1.trash";
/// One key per deleted plan: `mlplan.v1.trash.<id>` (`.<n>` added when that key is taken),
/// holding `{"deleted_ms": …, "plan": "<the plan's stored text>"}`.
pub const TRASH_PREFIX: &str = "mlplan.v1.trash.";
/// Language, color scheme and the like.
pub const PREFS_KEY: &str = "mlplan.v1.prefs";

/// Why the store refused an operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is blocked or absent (private mode, disabled cookies, a sandboxed frame).
    Unavailable,
    /// The browser's quota for this site is used up.
    QuotaExceeded,
    /// The stored record is from a newer release (this schema): this build never overwrites it.
    NewerRecord(u32),
    /// The write went through, but reading it back gave other text (a browser extension, a
    /// failing disk, another tab writing the same key at that moment).
    ReadBackMismatch,
    /// Anything else the store reported.
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable => write!(f, "storage is unavailable"),
            StoreError::QuotaExceeded => write!(f, "storage is full"),
            StoreError::NewerRecord(n) => write!(f, "the stored plan has schema {n}, newer than this app"),
            StoreError::ReadBackMismatch => write!(f, "the stored text differs from what was written"),
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

/// Whether a storage key belongs to the trash (either form).
pub fn is_trash_key(key: &str) -> bool {
    key == TRASH_KEY || key.starts_with(TRASH_PREFIX)
}

/// The list's order: records this build cannot open first (they need attention, by id), then
/// plans most recently edited first (ties by id).
fn sort_entries(entries: &mut Vec<Entry>) {
    crate::order::sort_by(entries, |a, b| match (a, b) {
        (Entry::Plan { updated_ms: x, id: a, .. }, Entry::Plan { updated_ms: y, id: b, .. }) => {
            y.cmp(x).then_with(|| a.cmp(b))
        }
        (Entry::Plan { .. }, _) => std::cmp::Ordering::Greater,
        (_, Entry::Plan { .. }) => std::cmp::Ordering::Less,
        (x, y) => x.id().cmp(y.id()),
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
    /// A record that a newer release wrote: listed with its title, never opened or overwritten
    /// by this build.
    Newer {
        id: String,
        title: String,
        schema: u32,
    },
}

impl Entry {
    pub fn id(&self) -> &str {
        match self {
            Entry::Plan { id, .. } | Entry::Damaged { id, .. } | Entry::Newer { id, .. } => id,
        }
    }

    /// The title of a plan this build can open; `None` for the other records.
    pub fn plan_title(&self) -> Option<&str> {
        match self {
            Entry::Plan { title, .. } => Some(title),
            Entry::Damaged { .. } | Entry::Newer { .. } => None,
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
}

/// One record of the trash, named by its storage key.
#[derive(Clone, Debug, PartialEq)]
pub enum TrashEntry {
    Plan {
        key: String,
        title: String,
        deleted_ms: u64,
    },
    /// A trash record that does not parse. `backup_key` holds its raw text.
    Damaged {
        key: String,
        backup_key: String,
    },
}

impl TrashEntry {
    pub fn key(&self) -> &str {
        match self {
            TrashEntry::Plan { key, .. } | TrashEntry::Damaged { key, .. } => key,
        }
    }
}

/// A trash record's parts: when the plan was deleted and its stored text. The previous version's
/// single record is the plan's text alone; its deletion time is not known, so its last edit
/// stands for it.
fn trash_record(key: &str, raw: &str) -> Option<(u64, String)> {
    if key == TRASH_KEY {
        return Some((read_summary(raw).map_or(0, |s| s.updated_ms), raw.to_string()));
    }
    let value: serde_json::Value = serde_json::from_str(raw).ok()?;
    let deleted_ms = value.get("deleted_ms")?.as_u64()?;
    let plan = value.get("plan")?.as_str()?.to_string();
    Some((deleted_ms, plan))
}

/// A trash record's stored text.
fn trash_text(deleted_ms: u64, plan: &str) -> String {
    // Written by hand rather than through `serde_json::Value`, whose writer the main module
    // would otherwise carry only for this.
    let plan = serde_json::to_string(plan).expect("a string always serializes");
    format!("{{\"deleted_ms\":{deleted_ms},\"plan\":{plan}}}")
}

impl<S: KeyValue> Library<S> {
    /// The first key of the form `base`, `base.2`, `base.3`, … that `taken` does not refuse.
    fn free_key(
        &self,
        base: &str,
        mut taken: impl FnMut(&str) -> Result<bool, StoreError>,
    ) -> Result<String, StoreError> {
        for n in 1.. {
            let key = if n == 1 { base.to_string() } else { format!("{base}.{n}") };
            if !taken(&key)? {
                return Ok(key);
            }
        }
        unreachable!("the key search only ends by returning")
    }

    /// Moves the previous version's single trash record into the per-plan form: written under
    /// its new key first, removed from the old one after, so a failed write keeps it where it was.
    fn migrate_old_trash(&mut self) -> Result<(), StoreError> {
        let Some(raw) = self.store.get(TRASH_KEY)? else { return Ok(()) };
        let (deleted_ms, plan) = trash_record(TRASH_KEY, &raw).expect("the old record is always read");
        let id = serde_json::from_str::<serde_json::Value>(&plan)
            .ok()
            .and_then(|v| v.get("id").and_then(|id| id.as_str()).map(str::to_string))
            .filter(|id| crate::route::is_plan_id(id))
            .unwrap_or_else(|| "old".to_string());
        let key = self.free_key(&format!("{TRASH_PREFIX}{id}"), |k| Ok(self.store.get(k)?.is_some()))?;
        self.store.set(&key, &trash_text(deleted_ms, &plan))?;
        self.store.remove(TRASH_KEY)
    }

    /// Every record of the trash, most recently deleted first (damaged records first, by key).
    /// The previous version's single record is moved into the new form first; if that write
    /// fails, it is listed where it is. A record that does not parse is listed as damaged, its
    /// raw text copied to a backup key.
    pub fn trash(&mut self) -> Result<Vec<TrashEntry>, StoreError> {
        // A failed move keeps the old record where it was, and it is listed from there.
        let _ = self.migrate_old_trash();
        let mut out = Vec::new();
        for key in self.store.keys()?.into_iter().filter(|k| is_trash_key(k)) {
            let Some(raw) = self.store.get(&key)? else { continue };
            let entry = match trash_record(&key, &raw).map(|(ms, plan)| (ms, read_summary(&plan))) {
                Some((deleted_ms, Ok(summary))) => TrashEntry::Plan { key, title: summary.title, deleted_ms },
                _ => {
                    let backup_key = self.keep_backup(key.strip_prefix(NAMESPACE).unwrap_or(&key), &raw)?;
                    TrashEntry::Damaged { key, backup_key }
                }
            };
            out.push(entry);
        }
        crate::order::sort_by(&mut out, |a, b| match (a, b) {
            (TrashEntry::Damaged { key: x, .. }, TrashEntry::Damaged { key: y, .. }) => x.cmp(y),
            (TrashEntry::Damaged { .. }, TrashEntry::Plan { .. }) => std::cmp::Ordering::Less,
            (TrashEntry::Plan { .. }, TrashEntry::Damaged { .. }) => std::cmp::Ordering::Greater,
            (TrashEntry::Plan { deleted_ms: x, key: a, .. }, TrashEntry::Plan { deleted_ms: y, key: b, .. }) => {
                y.cmp(x).then_with(|| a.cmp(b))
            }
        });
        Ok(out)
    }

    /// Restores the trashed plan under `key` and returns it; `Ok(None)` when there is no such
    /// readable record. A plan that took the id since is never overwritten: the restored plan
    /// comes in as a copy under a fresh id from `fresh_id`, as a taken id does on import. The
    /// plan is written before its trash record is removed.
    pub fn restore(&mut self, key: &str, fresh_id: impl FnOnce() -> String) -> Result<Option<Plan>, StoreError> {
        if !is_trash_key(key) {
            return Ok(None);
        }
        let Some(raw) = self.store.get(key)? else { return Ok(None) };
        let Some((_, text)) = trash_record(key, &raw) else { return Ok(None) };
        let Ok(mut plan) = parse_plan(&text) else { return Ok(None) };
        let keys = self.store.keys()?;
        let copy = crate::files::as_copy_if_taken(&mut plan, |id| keys.contains(&plan_key(id)), fresh_id);
        // The stored text as it was, unless the plan comes back as a copy.
        let stored = if copy { plan.to_json() } else { text };
        self.store.set(&plan_key(&plan.id), &stored)?;
        self.store.remove(key)?;
        Ok(Some(plan))
    }

    /// Removes every record of the trash for good (a damaged one's backup stays) and returns how
    /// many there were.
    pub fn empty_trash(&mut self) -> Result<usize, StoreError> {
        let keys: Vec<String> = self.store.keys()?.into_iter().filter(|k| is_trash_key(k)).collect();
        for key in &keys {
            self.store.remove(key)?;
        }
        self.drop_orphan_versions()?;
        Ok(keys.len())
    }
}

impl<S: KeyValue> Library<S> {
    /// The list entry of one stored plan, as [`Library::list`] gives it; `Ok(None)` when there is
    /// no such plan. Reading one record instead of all of them is what a plan page needs first.
    pub fn entry(&mut self, id: &str) -> Result<Option<Entry>, StoreError> {
        let Some(raw) = self.store.get(&plan_key(id))? else { return Ok(None) };
        self.entry_of(id, &raw).map(Some)
    }

    fn entry_of(&mut self, id: &str, raw: &str) -> Result<Entry, StoreError> {
        Ok(match read_summary(raw) {
            Ok(summary) => Entry::Plan { id: id.to_string(), title: summary.title, updated_ms: summary.updated_ms },
            Err(MigrationError::FutureSchema(schema)) => {
                let title = record_head(raw).map(|(_, title)| title).unwrap_or_default();
                Entry::Newer { id: id.to_string(), title, schema }
            }
            Err(reason) => {
                let backup_key = self.keep_backup(id, raw)?;
                Entry::Damaged { id: id.to_string(), backup_key, reason }
            }
        })
    }

    /// Copies a damaged record's raw text to a backup key that is not yet taken by different
    /// text, and returns that key. Backups are never overwritten or deleted.
    fn keep_backup(&mut self, id: &str, raw: &str) -> Result<String, StoreError> {
        // A key holding this very text is reused; one holding other text is taken.
        let key = self.free_key(&backup_key(id), |k| Ok(self.store.get(k)?.is_some_and(|existing| existing != raw)))?;
        if self.store.get(&key)?.is_none() {
            self.store.set(&key, raw)?;
        }
        Ok(key)
    }

    /// The raw stored text under a key, for downloading a backup.
    pub fn raw(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.store.get(key)
    }

    /// Loads one plan; `Ok(None)` when there is no such plan.
    pub fn load(&self, id: &str) -> Result<Option<Result<Plan, MigrationError>>, StoreError> {
        Ok(self.store.get(&plan_key(id))?.map(|raw| parse_plan(&raw)))
    }

    /// Writes one plan under its own key and touches nothing else, then reads it back: a write
    /// that reads back as other text is a failed save. A record a newer release wrote under that
    /// key (another tab, after an update) is never overwritten.
    pub fn save(&mut self, plan: &Plan) -> Result<(), StoreError> {
        let key = plan_key(&plan.id);
        if let Some(existing) = self.store.get(&key)? {
            if is_newer_record(&existing) {
                let schema = record_head(&existing).map_or(0, |(schema, _)| schema);
                return Err(StoreError::NewerRecord(schema));
            }
        }
        let text = plan.to_json();
        self.store.set(&key, &text)?;
        match self.store.get(&key)? {
            Some(stored) if stored == text => Ok(()),
            _ => Err(StoreError::ReadBackMismatch),
        }
    }

    /// How much of the store this app's records take ([`Usage`]).
    pub fn usage(&self) -> Result<Usage, StoreError> {
        Usage::of(&self.store)
    }

    /// Removes a plan, moving it to the trash, and returns its trash key (for undoing this
    /// delete and no other). The trash record is written before the plan's key is removed, so a
    /// failed write leaves the plan where it was. A damaged record is removed from the list only
    /// (`Ok(None)`); its backup stays.
    pub fn delete(&mut self, id: &str, deleted_ms: u64) -> Result<Option<String>, StoreError> {
        let key = plan_key(id);
        let Some(raw) = self.store.get(&key)? else { return Ok(None) };
        let trashed = if parse_plan(&raw).is_ok() {
            let trash_key = self.free_key(&format!("{TRASH_PREFIX}{id}"), |k| Ok(self.store.get(k)?.is_some()))?;
            self.store.set(&trash_key, &trash_text(deleted_ms, &raw))?;
            Some(trash_key)
        } else {
            self.keep_backup(id, &raw)?;
            None
        };
        self.store.remove(&key)?;
        Ok(trashed)
    }

    /// Removes a readable plan without keeping it in the trash: the way to free space when the
    /// store is too full to take the trash's copy ([`Library::delete`] then fails with
    /// [`StoreError::QuotaExceeded`]). A record this build cannot read goes the way `delete` takes
    /// it, since its text must stay somewhere.
    pub fn delete_for_good(&mut self, id: &str) -> Result<(), StoreError> {
        let key = plan_key(id);
        let Some(raw) = self.store.get(&key)? else { return Ok(()) };
        if parse_plan(&raw).is_err() {
            return self.delete(id, 0).map(drop);
        }
        self.store.remove(&key)
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
