//! The plan list as the start page shows it: filtered by a search and put in the chosen order.

use super::Entry;
use crate::plan::matches_query;
use std::cmp::Ordering;
use std::collections::HashMap;

/// The orders the plan list offers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Most recently changed first.
    #[default]
    Recent,
    /// By title, A to Z (Hangul in dictionary order), untitled plans last.
    Title,
    /// Most steps completed first.
    Progress,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Recent, Sort::Title, Sort::Progress];

    pub fn slug(self) -> &'static str {
        match self {
            Sort::Recent => "recent",
            Sort::Title => "title",
            Sort::Progress => "progress",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// The entries that match `query`, in `sort` order. `texts` holds each plan's
/// [`crate::plan::search_text`] by id; a plan not in it yet is matched by its title.
/// `progress` gives a plan's completed steps where they are known. Records this build cannot
/// open stay first whatever the order (they need attention), matched by id and title.
pub fn arrange(
    entries: &[Entry],
    query: &str,
    sort: Sort,
    texts: &HashMap<String, String>,
    progress: impl Fn(&str) -> Option<usize>,
) -> Vec<Entry> {
    let matching = |e: &Entry| {
        let fallback;
        let haystack = match (texts.get(e.id()), e) {
            (Some(text), Entry::Plan { .. }) => text.as_str(),
            (_, Entry::Plan { title, .. } | Entry::Newer { title, .. }) => {
                fallback = format!("{}\n{}", title.to_lowercase(), e.id().to_lowercase());
                fallback.as_str()
            }
            (_, Entry::Damaged { id, .. }) => {
                fallback = id.to_lowercase();
                fallback.as_str()
            }
        };
        matches_query(haystack, query)
    };
    let mut out: Vec<Entry> = entries.iter().filter(|e| matching(e)).cloned().collect();
    crate::order::sort_by(&mut out, |a, b| match (a, b) {
        (Entry::Plan { .. }, Entry::Plan { .. }) => plan_order(sort, a, b, &progress),
        (Entry::Plan { .. }, _) => Ordering::Greater,
        (_, Entry::Plan { .. }) => Ordering::Less,
        (x, y) => x.id().cmp(y.id()),
    });
    out
}

fn plan_order(sort: Sort, a: &Entry, b: &Entry, progress: &impl Fn(&str) -> Option<usize>) -> Ordering {
    let (Entry::Plan { id: ia, title: ta, updated_ms: ua }, Entry::Plan { id: ib, title: tb, updated_ms: ub }) = (a, b)
    else {
        unreachable!("only plans are compared here")
    };
    let recent = ub.cmp(ua).then_with(|| ia.cmp(ib));
    match sort {
        Sort::Recent => recent,
        Sort::Title => {
            let key = |t: &str| (t.trim().is_empty(), t.trim().to_lowercase());
            key(ta).cmp(&key(tb)).then(recent)
        }
        // Known progress before unknown, more before less.
        Sort::Progress => progress(ib).map(|n| n + 1).cmp(&progress(ia).map(|n| n + 1)).then(recent),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::MigrationError;

    fn plan(id: &str, title: &str, updated_ms: u64) -> Entry {
        Entry::Plan { id: id.into(), title: title.into(), updated_ms }
    }

    fn ids(entries: &[Entry]) -> Vec<&str> {
        entries.iter().map(Entry::id).collect()
    }

    fn library() -> Vec<Entry> {
        vec![
            plan("a", "Churn prediction", 30),
            plan("b", "", 40),
            plan("c", "배달 시간 예측", 10),
            plan("d", "ad ranking", 20),
            Entry::Damaged { id: "z".into(), backup_key: "k".into(), reason: MigrationError::NotAPlan },
            Entry::Newer { id: "y".into(), title: "Future".into(), schema: 9 },
        ]
    }

    #[test]
    fn each_order_keeps_records_needing_attention_first() {
        let none = HashMap::new();
        let steps = |id: &str| match id {
            "a" => Some(2),
            "c" => Some(0),
            "d" => Some(7),
            _ => None,
        };
        assert_eq!(ids(&arrange(&library(), "", Sort::Recent, &none, steps)), ["y", "z", "b", "a", "d", "c"]);
        assert_eq!(ids(&arrange(&library(), "", Sort::Title, &none, steps)), ["y", "z", "d", "a", "c", "b"]);
        assert_eq!(ids(&arrange(&library(), "", Sort::Progress, &none, steps)), ["y", "z", "d", "a", "c", "b"]);
    }

    #[test]
    fn search_reads_the_text_index_and_falls_back_to_titles() {
        let texts = HashMap::from([("a".to_string(), "churn prediction\ncustomers leave\n".to_string())]);
        let found = |q| ids(&arrange(&library(), q, Sort::Recent, &texts, |_| None)).join(",");
        assert_eq!(found("LEAVE"), "a");
        assert_eq!(found("예측"), "c");
        assert_eq!(found("ad"), "d", "plan a's title is not searched once its text is indexed");
        assert_eq!(found("fut"), "y");
        assert_eq!(found("z"), "z");
        assert_eq!(found("nothing like it"), "");
    }

    #[test]
    fn sort_names_round_trip() {
        for s in Sort::ALL {
            assert_eq!(Sort::from_slug(s.slug()), Some(s));
        }
        assert_eq!(Sort::from_slug("size"), None);
    }
}
