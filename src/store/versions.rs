//! Named versions of a plan: one key per version, `mlplan.v1.version.<plan id>.<version id>`,
//! holding the plan's stored text at that moment, its name (the date and time it was saved, until
//! renamed) and whether it was kept automatically. Versions are plain records beside the plan:
//! they count toward the storage meter, and go when deleted or when their plan leaves the trash
//! for good.

use super::{plan_key, KeyValue, Library, StoreError, TRASH_PREFIX};
use serde::{Deserialize, Serialize};

const VERSION_PREFIX: &str = "mlplan.v1.version.";
/// An automatic version is kept at most this often per plan: once a day while it is edited.
pub const AUTO_VERSION_EVERY_MS: u64 = 24 * 60 * 60 * 1000;

/// A kept version.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VersionRecord {
    pub name: String,
    pub saved_ms: u64,
    /// Kept automatically (the first edit of a day), not by the person.
    pub auto: bool,
    /// The plan's stored JSON at that moment, as it was stored: read with the plan reader, so
    /// a version from an older schema opens like any stored plan.
    pub plan: String,
}

/// What a plan's list of versions shows of one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VersionSummary {
    pub id: String,
    pub name: String,
    pub saved_ms: u64,
    pub auto: bool,
}

fn version_key(plan_id: &str, version_id: &str) -> String {
    format!("{VERSION_PREFIX}{plan_id}.{version_id}")
}

impl<S: KeyValue> Library<S> {
    /// The versions of plan `plan_id`, newest first.
    pub fn versions(&self, plan_id: &str) -> Result<Vec<VersionSummary>, StoreError> {
        let prefix = format!("{VERSION_PREFIX}{plan_id}.");
        let mut out = Vec::new();
        for key in self.store.keys()? {
            let Some(id) = key.strip_prefix(&prefix) else { continue };
            let record = self.store.get(&key)?.and_then(|t| serde_json::from_str::<VersionRecord>(&t).ok());
            if let Some(r) = record {
                out.push(VersionSummary { id: id.to_owned(), name: r.name, saved_ms: r.saved_ms, auto: r.auto });
            }
        }
        crate::order::sort_by(&mut out, |a, b| b.saved_ms.cmp(&a.saved_ms).then_with(|| b.id.cmp(&a.id)));
        Ok(out)
    }

    /// One version, if it is there and readable.
    pub fn version(&self, plan_id: &str, version_id: &str) -> Result<Option<VersionRecord>, StoreError> {
        Ok(self.store.get(&version_key(plan_id, version_id))?.and_then(|t| serde_json::from_str(&t).ok()))
    }

    /// Keeps the plan's stored text as a version named `name`; `Ok(None)` when the plan is not
    /// stored. The version's id is its time, made unique.
    pub fn save_version(
        &mut self,
        plan_id: &str,
        name: &str,
        now_ms: u64,
        auto: bool,
    ) -> Result<Option<String>, StoreError> {
        let Some(plan) = self.store.get(&plan_key(plan_id))? else { return Ok(None) };
        let keys = self.store.keys()?;
        let id = (0..)
            .map(|n| if n == 0 { format!("{now_ms}") } else { format!("{now_ms}-{n}") })
            .find(|id| !keys.contains(&version_key(plan_id, id)));
        let id = id.expect("ids never run out");
        let record = VersionRecord { name: name.to_owned(), saved_ms: now_ms, auto, plan };
        self.store.set(&version_key(plan_id, &id), &serde_json::to_string(&record).expect("a version serialises"))?;
        Ok(Some(id))
    }

    /// Keeps an automatic version of the plan as stored now, unless the plan was created or a
    /// version was kept (by anyone) within [`AUTO_VERSION_EVERY_MS`]. Called before an edit is
    /// written, so the version is the plan as it was before the day's first edit.
    pub fn auto_version(
        &mut self,
        plan_id: &str,
        name: &str,
        now_ms: u64,
        created_ms: u64,
    ) -> Result<Option<String>, StoreError> {
        // A version's id starts with the time it was saved, so the keys alone tell the newest.
        let prefix = format!("{VERSION_PREFIX}{plan_id}.");
        let times = self.store.keys()?.into_iter().filter_map(|k| {
            let id = k.strip_prefix(&prefix)?.to_owned();
            id.split('-').next()?.parse::<u64>().ok()
        });
        let newest = times.max().into_iter().chain([created_ms]).max();
        if newest.is_some_and(|t| now_ms.saturating_sub(t) < AUTO_VERSION_EVERY_MS) {
            return Ok(None);
        }
        self.save_version(plan_id, name, now_ms, true)
    }

    pub fn rename_version(&mut self, plan_id: &str, version_id: &str, name: &str) -> Result<(), StoreError> {
        let Some(mut record) = self.version(plan_id, version_id)? else { return Ok(()) };
        record.name = name.trim().to_owned();
        self.store
            .set(&version_key(plan_id, version_id), &serde_json::to_string(&record).expect("a version serialises"))
    }

    pub fn delete_version(&mut self, plan_id: &str, version_id: &str) -> Result<(), StoreError> {
        self.store.remove(&version_key(plan_id, version_id))
    }

    /// Removes the versions of plans that are neither stored nor in the trash (after the trash
    /// is emptied).
    pub(super) fn drop_orphan_versions(&mut self) -> Result<(), StoreError> {
        let keys = self.store.keys()?;
        let kept = |plan_id: &str| {
            keys.iter().any(|k| {
                k == &plan_key(plan_id)
                    || k.strip_prefix(TRASH_PREFIX).is_some_and(|rest| rest.split('.').next() == Some(plan_id))
            })
        };
        for key in &keys {
            let Some(rest) = key.strip_prefix(VERSION_PREFIX) else { continue };
            let plan_id = rest.rsplit_once('.').map_or(rest, |(id, _)| id);
            if !kept(plan_id) {
                self.store.remove(key)?;
            }
        }
        Ok(())
    }
}

/// Whether `key` holds a version (for the storage meter).
pub(super) fn is_version_key(key: &str) -> bool {
    key.starts_with(VERSION_PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Plan;
    use crate::store::MemoryStore;

    fn library_with(plan: &Plan) -> Library<MemoryStore> {
        let mut library = Library::new(MemoryStore::default());
        library.save(plan).unwrap();
        library
    }

    #[test]
    fn versions_are_kept_listed_newest_first_renamed_and_deleted() {
        let mut plan = Plan::new("p1", "Draft", 1);
        let mut library = library_with(&plan);
        let first = library.save_version("p1", "8 Dec 2026 10:00", 100, false).unwrap().unwrap();
        plan.title = "Second draft".into();
        library.save(&plan).unwrap();
        let second = library.save_version("p1", "8 Dec 2026 11:00", 100, false).unwrap().unwrap();
        assert_ne!(first, second, "two versions in one millisecond get their own ids");
        let listed = library.versions("p1").unwrap();
        assert_eq!(listed.iter().map(|v| v.id.as_str()).collect::<Vec<_>>(), [second.as_str(), first.as_str()]);
        let old = library.version("p1", &first).unwrap().unwrap();
        assert_eq!(crate::plan::parse_plan(&old.plan).unwrap().title, "Draft");
        library.rename_version("p1", &first, "  Before feedback ").unwrap();
        assert_eq!(library.version("p1", &first).unwrap().unwrap().name, "Before feedback");
        library.delete_version("p1", &second).unwrap();
        assert_eq!(library.versions("p1").unwrap().len(), 1);
        assert!(library.usage().unwrap().versions > 0, "versions count toward the meter");
        assert_eq!(library.save_version("nope", "x", 1, false).unwrap(), None);
    }

    #[test]
    fn automatic_versions_come_at_most_once_a_day() {
        let mut library = library_with(&Plan::new("p1", "Draft", 1));
        let day = AUTO_VERSION_EVERY_MS;
        assert!(library.auto_version("p1", "new", 1_000, 500).unwrap().is_none(), "a plan made today needs none");
        assert!(library.auto_version("p1", "a", 1_000 + day, 500).unwrap().is_some());
        assert!(library.auto_version("p1", "b", 1_000 + 2 * day - 1, 500).unwrap().is_none());
        assert!(library.auto_version("p1", "c", 1_000 + 2 * day, 500).unwrap().is_some());
        assert!(library.versions("p1").unwrap().iter().all(|v| v.auto));
    }

    #[test]
    fn emptying_the_trash_takes_its_plans_versions_along() {
        let mut library = library_with(&Plan::new("p1", "Gone", 1));
        library.save(&Plan::new("p2", "Kept", 1)).unwrap();
        library.save_version("p1", "v", 5, false).unwrap();
        library.save_version("p2", "v", 5, false).unwrap();
        library.delete("p1", 10).unwrap();
        assert_eq!(library.versions("p1").unwrap().len(), 1, "a plan in the trash keeps its versions");
        library.empty_trash().unwrap();
        assert!(library.versions("p1").unwrap().is_empty());
        assert_eq!(library.versions("p2").unwrap().len(), 1);
    }
}
