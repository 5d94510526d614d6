//! Which items of a list the person has selected, by id: the plan list's several-at-once export
//! and delete use it, and so can any other list of plans.

use std::collections::BTreeSet;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    ids: BTreeSet<String>,
}

impl Selection {
    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// Selects `id` when it is not selected, and the other way round.
    pub fn toggle(&mut self, id: &str) {
        if !self.ids.remove(id) {
            self.ids.insert(id.to_string());
        }
    }

    /// Selects every one of `ids` when any of them is unselected; otherwise unselects them all
    /// (the "select all" box of a list showing `ids`).
    pub fn toggle_all<'a>(&mut self, ids: impl IntoIterator<Item = &'a str> + Clone) {
        if ids.clone().into_iter().all(|id| self.ids.contains(id)) {
            for id in ids {
                self.ids.remove(id);
            }
        } else {
            self.ids.extend(ids.into_iter().map(str::to_string));
        }
    }

    /// Whether every one of `ids` is selected (and there is at least one).
    pub fn has_all<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> bool {
        let mut any = false;
        ids.into_iter().all(|id| {
            any = true;
            self.ids.contains(id)
        }) && any
    }

    /// Drops ids that `exists` no longer knows (a plan deleted here or in another tab).
    pub fn retain(&mut self, exists: impl Fn(&str) -> bool) {
        self.ids.retain(|id| exists(id));
    }

    pub fn clear(&mut self) {
        self.ids.clear();
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The selected ids, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_selects_and_unselects() {
        let mut s = Selection::default();
        s.toggle("a");
        s.toggle("b");
        s.toggle("a");
        assert_eq!(s.ids().collect::<Vec<_>>(), ["b"]);
        assert!(s.contains("b") && !s.contains("a"));
    }

    #[test]
    fn select_all_selects_the_rest_then_clears_them() {
        let mut s = Selection::default();
        s.toggle("b");
        s.toggle_all(["a", "b", "c"]);
        assert!(s.has_all(["a", "b", "c"]));
        s.toggle("z");
        s.toggle_all(["a", "b", "c"]);
        assert_eq!(s.ids().collect::<Vec<_>>(), ["z"], "only the shown ones are unselected");
        assert!(!s.has_all(std::iter::empty()));
    }

    #[test]
    fn ids_gone_from_the_list_leave_the_selection() {
        let mut s = Selection::default();
        s.toggle_all(["a", "b", "c"]);
        s.retain(|id| id != "b");
        assert_eq!(s.len(), 2);
        s.clear();
        assert!(s.is_empty());
    }
}
