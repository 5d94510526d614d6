//! An in-memory [`KeyValue`]: the store natively, and the fallback in a browser whose
//! localStorage is blocked.

use super::{KeyValue, StoreError};
use std::collections::BTreeMap;

/// A map with an optional byte quota, counted like browsers do (UTF-16 units of keys and values).
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    entries: BTreeMap<String, String>,
    quota_units: Option<usize>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// A store that refuses writes past `units` UTF-16 code units in total.
    pub fn with_quota(units: usize) -> Self {
        MemoryStore { entries: BTreeMap::new(), quota_units: Some(units) }
    }

    fn units(s: &str) -> usize {
        s.encode_utf16().count()
    }

    fn used_without(&self, key: &str) -> usize {
        self.entries.iter().filter(|(k, _)| k.as_str() != key).map(|(k, v)| Self::units(k) + Self::units(v)).sum()
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota_units {
            if self.used_without(key) + Self::units(key) + Self::units(value) > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.entries.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.entries.keys().cloned().collect())
    }
}
