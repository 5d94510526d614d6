//! A class as it is kept in the browser: its name and the links handed in, in order. The plans
//! are read again from the links when the class is opened, so a class costs a few hundred
//! characters a plan, not the plans' whole text.

use serde::{Deserialize, Serialize};

/// A kept class.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClassRecord {
    pub name: String,
    pub created_ms: u64,
    pub updated_ms: u64,
    /// Every link handed in, repeats included (the board counts them on their row).
    pub links: Vec<String>,
}

impl ClassRecord {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a class record always serialises")
    }

    /// Reads a kept class; `None` for text that is not one (damaged, or another key's).
    pub fn from_json(text: &str) -> Option<ClassRecord> {
        serde_json::from_str(text).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_round_trips_and_damage_is_none() {
        let record =
            ClassRecord {
                name: "3주차".into(), created_ms: 1, updated_ms: 2, links: vec!["https://h/#/s/2.x".into()]
            };
        assert_eq!(ClassRecord::from_json(&record.to_json()), Some(record));
        assert_eq!(ClassRecord::from_json("{\"name\": 5}"), None);
        assert_eq!(ClassRecord::from_json("not json"), None);
    }
}
