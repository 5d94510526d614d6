//! Classes kept in the browser for the class board: one key per class,
//! `mlplan.v1.class.<id>`, holding its [`ClassRecord`].

use super::{KeyValue, Library, StoreError, NAMESPACE};
use crate::class::ClassRecord;

const CLASS_PREFIX: &str = "mlplan.v1.class.";

/// What the board's list of kept classes shows of one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassSummary {
    pub id: String,
    pub name: String,
    pub updated_ms: u64,
    /// Links handed in, repeats included.
    pub links: usize,
}

fn class_key(id: &str) -> String {
    format!("{CLASS_PREFIX}{id}")
}

impl<S: KeyValue> Library<S> {
    /// Every kept class, most recently changed first; a damaged record is left out (and left
    /// alone).
    pub fn classes(&self) -> Result<Vec<ClassSummary>, StoreError> {
        let mut out = Vec::new();
        for key in self.store.keys()? {
            let Some(id) = key.strip_prefix(CLASS_PREFIX) else { continue };
            if let Some(record) = self.store.get(&key)?.and_then(|t| ClassRecord::from_json(&t)) {
                out.push(ClassSummary {
                    id: id.to_owned(),
                    name: record.name,
                    updated_ms: record.updated_ms,
                    links: record.links.len(),
                });
            }
        }
        crate::order::sort_by(&mut out, |a, b| b.updated_ms.cmp(&a.updated_ms).then_with(|| a.id.cmp(&b.id)));
        Ok(out)
    }

    /// One kept class; `Ok(None)` when there is none under `id` or its record is damaged.
    pub fn load_class(&self, id: &str) -> Result<Option<ClassRecord>, StoreError> {
        Ok(self.store.get(&class_key(id))?.and_then(|t| ClassRecord::from_json(&t)))
    }

    /// Keeps a class under `id`, then reads it back (as plans are saved).
    pub fn save_class(&mut self, id: &str, record: &ClassRecord) -> Result<(), StoreError> {
        let (key, text) = (class_key(id), record.to_json());
        debug_assert!(key.starts_with(NAMESPACE));
        self.store.set(&key, &text)?;
        match self.store.get(&key)? {
            Some(stored) if stored == text => Ok(()),
            _ => Err(StoreError::ReadBackMismatch),
        }
    }

    /// Deletes a kept class. The plans in it are links, not the students' stored plans: nothing
    /// else changes.
    pub fn delete_class(&mut self, id: &str) -> Result<(), StoreError> {
        self.store.remove(&class_key(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;

    #[test]
    fn classes_are_kept_listed_newest_first_and_deleted() {
        let mut library = Library::new(MemoryStore::default());
        let record = |name: &str, updated_ms| ClassRecord {
            name: name.into(),
            updated_ms,
            links: vec!["a".into()],
            ..Default::default()
        };
        library.save_class("c1", &record("Week 1", 10)).unwrap();
        library.save_class("c2", &record("Week 2", 20)).unwrap();
        library.store.set("mlplan.v1.class.broken", "{").unwrap();
        let names: Vec<String> = library.classes().unwrap().into_iter().map(|c| c.name).collect();
        assert_eq!(names, ["Week 2", "Week 1"]);
        assert_eq!(library.load_class("c1").unwrap(), Some(record("Week 1", 10)));
        assert_eq!(library.load_class("broken").unwrap(), None);
        library.delete_class("c1").unwrap();
        assert_eq!(library.load_class("c1").unwrap(), None);
        assert_eq!(library.list().unwrap().len(), 0, "classes are not plans");
    }
}
