//! How much of the browser's store the app's records take.
//!
//! Browsers give localStorage about five million UTF-16 code units per site (Chromium counts
//! 10 MiB at two bytes a unit, Firefox 5 MiB of units), keys included, and say nothing about how
//! much is left. So the count here is the one they limit: code units of every key and value.

use super::{KeyValue, StoreError, BACKUP_PREFIX, NAMESPACE, PLAN_PREFIX};

/// The usual localStorage limit, in the units [`Usage`] counts.
pub const LOCAL_STORAGE_LIMIT: u64 = 5 * 1024 * 1024;

/// The share of [`LOCAL_STORAGE_LIMIT`] from which the start page warns.
const WARN_FROM: f64 = 0.8;

/// What the store holds, in UTF-16 code units of keys and values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Every record of this app: plans, trash, backups, preferences.
    pub app: u64,
    /// The plans alone.
    pub plans: u64,
    /// Backups of damaged records (kept for good, so worth knowing about).
    pub backups: u64,
    /// Named and automatic versions of plans.
    pub versions: u64,
    /// Every key of the site, this app's and any other's: the limit counts them all.
    pub site: u64,
}

impl Usage {
    pub(super) fn of(store: &impl KeyValue) -> Result<Usage, StoreError> {
        let mut usage = Usage::default();
        for key in store.keys()? {
            let Some(value) = store.get(&key)? else { continue };
            let units = (key.encode_utf16().count() + value.encode_utf16().count()) as u64;
            usage.site += units;
            if key.starts_with(NAMESPACE) {
                usage.app += units;
            }
            if key.starts_with(PLAN_PREFIX) {
                usage.plans += units;
            }
            if key.starts_with(BACKUP_PREFIX) {
                usage.backups += units;
            }
            if super::versions::is_version_key(&key) {
                usage.versions += units;
            }
        }
        Ok(usage)
    }

    /// The share of the usual limit the whole site takes, from 0 (it can pass 1 in a browser
    /// that allows more).
    pub fn share_of_limit(&self) -> f64 {
        self.site as f64 / LOCAL_STORAGE_LIMIT as f64
    }

    /// Whether the store is full enough to warn about.
    pub fn near_limit(&self) -> bool {
        self.share_of_limit() >= WARN_FROM
    }
}

#[cfg(test)]
mod tests {
    use super::super::{plan_key, MemoryStore, PREFS_KEY};
    use super::*;

    #[test]
    fn usage_counts_code_units_of_keys_and_values_by_kind() {
        let mut store = MemoryStore::new();
        store.set(&plan_key("a"), "가나").unwrap();
        store.set(PREFS_KEY, "{}").unwrap();
        store.set("mlplan.v1.backup.b", "x").unwrap();
        store.set("other.app", "🙂").unwrap();
        let usage = Usage::of(&store).unwrap();
        let plan = (plan_key("a").len() + 2) as u64;
        assert_eq!(usage.plans, plan);
        assert_eq!(usage.backups, ("mlplan.v1.backup.b".len() + 1) as u64);
        assert_eq!(usage.app, plan + (PREFS_KEY.len() + 2) as u64 + usage.backups);
        assert_eq!(usage.site, usage.app + ("other.app".len() + 2) as u64, "an emoji is two code units");
    }

    #[test]
    fn the_warning_starts_at_four_fifths_of_the_limit() {
        let at = |site| Usage { site, ..Usage::default() };
        assert!(!at(LOCAL_STORAGE_LIMIT * 4 / 5 - 1).near_limit());
        assert!(at(LOCAL_STORAGE_LIMIT * 4 / 5 + 1).near_limit());
        assert!(at(LOCAL_STORAGE_LIMIT * 2).near_limit());
        assert_eq!(at(0).share_of_limit(), 0.0);
    }
}
