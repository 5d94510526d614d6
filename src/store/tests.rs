use super::*;
use std::cell::RefCell;
use std::rc::Rc;

/// Two libraries over one store, as two tabs share one localStorage.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<MemoryStore>>);

impl KeyValue for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.0.borrow().keys()
    }
}

fn plan(id: &str, title: &str, updated: u64) -> Plan {
    let mut p = Plan::new(id, title, 1);
    p.updated_ms = updated;
    p
}

/// A library whose store holds a damaged record under the id "bad" (raw text `damaged`) and the
/// plans `(id, title, updated)`.
fn library_with_damaged(damaged: &str, plans: &[(&str, &str, u64)]) -> Library<MemoryStore> {
    let mut store = MemoryStore::new();
    store.set(&plan_key("bad"), damaged).unwrap();
    let mut lib = Library::new(store);
    for &(id, title, updated) in plans {
        lib.save(&plan(id, title, updated)).unwrap();
    }
    lib
}

fn titles(entries: &[Entry]) -> Vec<&str> {
    entries
        .iter()
        .map(|e| match e {
            Entry::Plan { title, .. } => title.as_str(),
            Entry::Damaged { .. } => "<damaged>",
            Entry::Newer { .. } => "<newer>",
        })
        .collect()
}

#[test]
fn saved_plans_list_most_recent_first_and_reload_exactly() {
    let mut lib = Library::new(MemoryStore::new());
    let mut a = plan("a", "Churn", 10);
    a.problem.statement = "고객 이탈 예측 — 3개월".into();
    lib.save(&a).unwrap();
    lib.save(&plan("b", "Fraud", 20)).unwrap();
    assert_eq!(titles(&lib.list().unwrap()), ["Fraud", "Churn"]);
    assert_eq!(lib.load("a").unwrap(), Some(Ok(a)));
    assert_eq!(lib.load("zzz").unwrap(), None);
}

#[test]
fn keys_are_namespaced_and_versioned() {
    let mut lib = Library::new(MemoryStore::new());
    lib.save(&plan("x1", "t", 1)).unwrap();
    lib.set_prefs("{}").unwrap();
    for key in lib.store().keys().unwrap() {
        assert!(key.starts_with(NAMESPACE), "{key} is outside the namespace");
    }
    assert_eq!(plan_id_of_key("mlplan.v1.plan.x1"), Some("x1"));
    assert_eq!(plan_id_of_key("mlplan.v1.plan."), None);
    assert_eq!(plan_id_of_key("other.plan.x1"), None);
}

#[test]
fn foreign_keys_are_ignored() {
    let mut store = MemoryStore::new();
    store.set("someone-else", "{").unwrap();
    let mut lib = Library::new(store);
    lib.save(&plan("a", "Mine", 1)).unwrap();
    assert_eq!(titles(&lib.list().unwrap()), ["Mine"]);
}

#[test]
fn damaged_record_is_listed_backed_up_and_never_deleted() {
    let mut lib = library_with_damaged("{\"schema\":1,\"title\": unfinished", &[("good", "Fine", 5)]);

    let entries = lib.list().unwrap();
    assert_eq!(titles(&entries), ["<damaged>", "Fine"]);
    let Entry::Damaged { id, backup_key: key, reason } = &entries[0] else { panic!("expected damaged entry") };
    assert_eq!(id, "bad");
    assert!(matches!(reason, MigrationError::Syntax(_)));
    assert_eq!(lib.raw(key).unwrap().as_deref(), Some("{\"schema\":1,\"title\": unfinished"));

    // Listing again reuses the same backup rather than piling up copies.
    lib.list().unwrap();
    let backups = lib.store().keys().unwrap().into_iter().filter(|k| k.starts_with(BACKUP_PREFIX)).count();
    assert_eq!(backups, 1);

    // Removing the damaged entry from the list keeps its backup.
    lib.delete("bad", 0).unwrap();
    assert_eq!(titles(&lib.list().unwrap()), ["Fine"]);
    assert!(lib.raw(&backup_key("bad")).unwrap().is_some());
}

#[test]
fn one_entry_reads_as_the_list_reads_it() {
    let mut lib = library_with_damaged("[not a plan", &[("good", "Fine", 5), ("other", "Else", 9)]);

    let listed = lib.list().unwrap();
    for id in ["good", "bad", "other"] {
        let one = lib.entry(id).unwrap().expect("a stored plan has an entry");
        assert_eq!(Some(&one), listed.iter().find(|e| e.id() == id), "{id}");
    }
    assert_eq!(lib.entry("missing").unwrap(), None);
    // The damaged record's backup is the one the list made, not a second copy.
    let backups = lib.store().keys().unwrap().into_iter().filter(|k| k.starts_with(BACKUP_PREFIX)).count();
    assert_eq!(backups, 1);
}

#[test]
fn relisting_after_each_write_gives_what_listing_gives() {
    let mut lib =
        library_with_damaged("{\"schema\":1,", &[("a", "Churn", 10), ("b", "Fraud", 20), ("c", "Ranking", 20)]);
    let mut entries = lib.list().unwrap();
    // Edits move a plan up, a new plan joins, a rename keeps its place, a plan goes.
    let writes: [(&str, Option<(&str, u64)>); 5] = [
        ("a", Some(("Churn v2", 30))),
        ("d", Some(("New", 5))),
        ("b", Some(("Fraud, renamed", 20))),
        ("c", None),
        ("zz", None),
    ];
    for (id, change) in writes {
        match change {
            Some((title, updated)) => lib.save(&plan(id, title, updated)).unwrap(),
            None => {
                lib.delete(id, 0).unwrap();
            }
        }
        lib.relist(&mut entries, id).unwrap();
        assert_eq!(entries, lib.list().unwrap(), "after writing {id}");
    }
    assert_eq!(titles(&entries), ["<damaged>", "Churn v2", "Fraud, renamed", "New"]);
}

#[test]
fn a_list_read_record_by_record_leaves_out_a_plan_deleted_meanwhile() {
    let mut lib = library_with_damaged("[not a plan", &[("a", "Churn", 10), ("b", "Fraud", 30), ("c", "Ranking", 20)]);
    let whole = lib.list().unwrap();
    let mut reading = lib.start_list().unwrap();
    let mut records = 0;
    while reading.read_next(&mut lib).unwrap() {
        records += 1;
    }
    assert_eq!(records, 4, "one step per stored plan, the damaged one too");
    assert_eq!(reading.finish(), whole, "record by record, the list is what listing gives");

    // The ids are taken when the reading starts; a plan deleted before its record is read is
    // not listed.
    let mut reading = lib.start_list().unwrap();
    lib.delete("b", 0).unwrap();
    while reading.read_next(&mut lib).unwrap() {}
    assert_eq!(titles(&reading.finish()), ["<damaged>", "Ranking", "Churn"]);
}

#[test]
fn a_second_damaged_version_gets_its_own_backup() {
    let mut lib = library_with_damaged("first garbage", &[]);
    lib.list().unwrap();
    lib.store.set(&plan_key("bad"), "second garbage").unwrap();
    lib.list().unwrap();
    assert_eq!(lib.raw(&backup_key("bad")).unwrap().as_deref(), Some("first garbage"));
    assert_eq!(lib.raw(&format!("{}.2", backup_key("bad"))).unwrap().as_deref(), Some("second garbage"));
}

/// Fresh ids for plans restored as copies: `n1`, `n2`, …
fn fresh_ids() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("n{n}")
    }
}

fn trash_titles(lib: &mut Library<MemoryStore>) -> Vec<String> {
    lib.trash()
        .unwrap()
        .into_iter()
        .map(|e| match e {
            TrashEntry::Plan { title, .. } => title,
            TrashEntry::Damaged { .. } => "<damaged>".to_string(),
        })
        .collect()
}

fn key_of(lib: &mut Library<MemoryStore>, title: &str) -> String {
    let trash = lib.trash().unwrap();
    let found = trash.iter().find(|e| matches!(e, TrashEntry::Plan { title: t, .. } if t == title));
    found.expect("the plan is in the trash").key().to_string()
}

#[test]
fn delete_then_undo_restores_the_same_plan() {
    let mut lib = Library::new(MemoryStore::new());
    let mut p = plan("a", "Keep me", 3);
    p.goals.goal = "engagement".into();
    lib.save(&p).unwrap();
    let raw = lib.raw(&plan_key("a")).unwrap();
    let key = lib.delete("a", 50).unwrap().expect("a readable plan goes to the trash");
    assert!(lib.list().unwrap().is_empty());
    assert_eq!(lib.trash().unwrap(), [TrashEntry::Plan { key: key.clone(), title: "Keep me".into(), deleted_ms: 50 }]);
    assert_eq!(lib.restore(&key, fresh_ids()).unwrap(), Some(p.clone()));
    assert_eq!(lib.load("a").unwrap(), Some(Ok(p)));
    assert_eq!(lib.raw(&plan_key("a")).unwrap(), raw, "the stored text comes back as it was");
    assert!(lib.trash().unwrap().is_empty(), "restoring takes the plan out of the trash");
    assert_eq!(lib.restore(&key, fresh_ids()).unwrap(), None);
}

#[test]
fn every_delete_is_kept_and_each_restores() {
    let mut lib = Library::new(MemoryStore::new());
    for (id, title) in [("a", "Alpha"), ("b", "Beta"), ("g", "Gamma")] {
        lib.save(&plan(id, title, 1)).unwrap();
    }
    let gamma = lib.delete("g", 10).unwrap().unwrap();
    let beta = lib.delete("b", 20).unwrap().unwrap();
    assert_eq!(trash_titles(&mut lib), ["Beta", "Gamma"], "most recently deleted first");
    // Undoing the first delete brings back that plan, not the last one trashed.
    assert_eq!(lib.restore(&gamma, fresh_ids()).unwrap().map(|p| p.title), Some("Gamma".into()));
    assert_eq!(trash_titles(&mut lib), ["Beta"]);
    assert_eq!(lib.restore(&beta, fresh_ids()).unwrap().map(|p| p.title), Some("Beta".into()));
    assert_eq!(titles(&lib.list().unwrap()), ["Alpha", "Beta", "Gamma"]);
    assert!(lib.trash().unwrap().is_empty());
}

#[test]
fn the_same_id_deleted_twice_keeps_both() {
    let mut lib = Library::new(MemoryStore::new());
    lib.save(&plan("a", "First", 1)).unwrap();
    let first = lib.delete("a", 10).unwrap().unwrap();
    lib.save(&plan("a", "Second", 2)).unwrap();
    let second = lib.delete("a", 20).unwrap().unwrap();
    assert_ne!(first, second);
    assert_eq!(trash_titles(&mut lib), ["Second", "First"]);
}

#[test]
fn restoring_never_overwrites_a_plan_that_took_the_id_since() {
    let mut lib = Library::new(MemoryStore::new());
    let mut old = plan("a", "Old", 1);
    old.problem.who = "analysts".into();
    lib.save(&old).unwrap();
    let key = lib.delete("a", 5).unwrap().unwrap();
    let new = plan("a", "New", 2);
    lib.save(&new).unwrap();
    let restored = lib.restore(&key, fresh_ids()).unwrap().expect("restored as a copy");
    assert_eq!(restored.id, "n1");
    assert_eq!(restored.problem.who, "analysts");
    assert_eq!(lib.load("a").unwrap(), Some(Ok(new)), "the plan that took the id is untouched");
    assert_eq!(lib.load("n1").unwrap(), Some(Ok(restored)));
    assert_eq!(titles(&lib.list().unwrap()), ["New", "Old"]);
    assert!(lib.trash().unwrap().is_empty());
}

#[test]
fn emptying_the_trash_removes_only_the_trash() {
    let mut lib = Library::new(MemoryStore::new());
    for id in ["a", "b", "c"] {
        lib.save(&plan(id, id, 1)).unwrap();
    }
    lib.delete("a", 1).unwrap();
    lib.delete("b", 2).unwrap();
    lib.store.set(&format!("{TRASH_PREFIX}bad"), "not a record").unwrap();
    assert_eq!(lib.trash().unwrap().len(), 3);
    assert_eq!(lib.empty_trash().unwrap(), 3);
    assert!(lib.trash().unwrap().is_empty());
    assert_eq!(titles(&lib.list().unwrap()), ["c"]);
    assert_eq!(lib.raw(&backup_key("trash.bad")).unwrap().as_deref(), Some("not a record"), "backups stay");
}

#[test]
fn the_old_single_record_trash_moves_into_the_new_form() {
    let mut lib = Library::new(MemoryStore::new());
    let old = plan("a", "From before", 7);
    lib.store.set(TRASH_KEY, &old.to_json()).unwrap();
    // Another plan took the new form's first key already: the old record does not overwrite it.
    lib.save(&plan("a", "Taken", 8)).unwrap();
    lib.delete("a", 9).unwrap();
    assert_eq!(trash_titles(&mut lib), ["Taken", "From before"]);
    assert_eq!(lib.raw(TRASH_KEY).unwrap(), None, "the old key is gone once moved");
    let key = key_of(&mut lib, "From before");
    assert_eq!(lib.restore(&key, fresh_ids()).unwrap(), Some(old));
}

#[test]
fn the_old_record_stays_listed_where_it_is_when_it_cannot_move() {
    let old = plan("a", "From before", 7).to_json();
    let mut store = MemoryStore::with_quota(TRASH_KEY.len() + old.len() + 10);
    store.set(TRASH_KEY, &old).unwrap();
    let mut lib = Library::new(store);
    assert_eq!(trash_titles(&mut lib), ["From before"]);
    assert_eq!(lib.raw(TRASH_KEY).unwrap(), Some(old), "kept, not lost");
    assert_eq!(lib.restore(TRASH_KEY, fresh_ids()), Err(StoreError::QuotaExceeded), "no room to restore yet");
    assert!(lib.raw(TRASH_KEY).unwrap().is_some());
}

#[test]
fn a_trash_record_that_does_not_parse_is_listed_as_damaged_and_kept() {
    let mut lib = Library::new(MemoryStore::new());
    lib.save(&plan("a", "Fine", 1)).unwrap();
    lib.delete("a", 3).unwrap();
    let bad = format!("{TRASH_PREFIX}x");
    lib.store.set(&bad, "{\"deleted_ms\": oops").unwrap();
    let inner = format!("{TRASH_PREFIX}y");
    lib.store.set(&inner, &trash_text(4, "[not a plan")).unwrap();
    let trash = lib.trash().unwrap();
    assert_eq!(trash_titles(&mut lib), ["<damaged>", "<damaged>", "Fine"]);
    let TrashEntry::Damaged { key, backup_key: kept } = &trash[0] else { panic!("damaged first") };
    assert_eq!(key, &bad);
    assert_eq!(lib.raw(kept).unwrap().as_deref(), Some("{\"deleted_ms\": oops"));
    assert_eq!(lib.restore(&bad, fresh_ids()).unwrap(), None);
    assert_eq!(lib.restore(&inner, fresh_ids()).unwrap(), None);
    assert!(lib.raw(&bad).unwrap().is_some(), "a failed restore removes nothing");
    assert_eq!(titles(&lib.list().unwrap()), Vec::<&str>::new());
}

#[test]
fn a_full_store_while_trashing_keeps_the_plan() {
    let p = plan("a", "Keep", 1);
    let room = plan_key("a").len() + p.to_json().len() + 20;
    let mut lib = Library::new(MemoryStore::with_quota(room));
    lib.save(&p).unwrap();
    assert_eq!(lib.delete("a", 2), Err(StoreError::QuotaExceeded));
    assert_eq!(lib.load("a").unwrap(), Some(Ok(p)), "the plan stays where it was");
    assert!(lib.trash().unwrap().is_empty());
}

#[test]
fn quota_exceeded_is_reported_and_overwrites_nothing() {
    let small = plan("a", "Small", 1);
    let room = plan_key("a").len() + small.to_json().len() + 200;
    let mut lib = Library::new(MemoryStore::with_quota(room));
    lib.save(&small).unwrap();
    let mut big = plan("b", "Big", 2);
    big.problem.statement = "x".repeat(1000);
    assert_eq!(lib.save(&big), Err(StoreError::QuotaExceeded));
    assert_eq!(lib.load("a").unwrap(), Some(Ok(small)));
    assert_eq!(lib.load("b").unwrap(), None);
}

#[test]
fn two_tabs_see_each_other_and_never_touch_the_other_plan() {
    let shared = Shared::default();
    let mut tab1 = Library::new(shared.clone());
    let mut tab2 = Library::new(shared);
    let mut one = plan("one", "Tab one", 1);
    tab1.save(&one).unwrap();
    assert_eq!(titles(&tab2.list().unwrap()), ["Tab one"]);

    let mut two = plan("two", "Tab two", 2);
    tab2.save(&two).unwrap();
    one.problem.statement = "edited in tab one".into();
    one.updated_ms = 3;
    tab1.save(&one).unwrap();
    two.problem.statement = "edited in tab two".into();
    two.updated_ms = 4;
    tab2.save(&two).unwrap();

    assert_eq!(tab2.load("one").unwrap(), Some(Ok(one)));
    assert_eq!(tab1.load("two").unwrap(), Some(Ok(two)));
    assert_eq!(titles(&tab1.list().unwrap()), ["Tab two", "Tab one"]);
}

/// A store whose every write reads back as other text, as a meddling extension would leave it.
#[derive(Default)]
struct Garbling(MemoryStore);

impl KeyValue for Garbling {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set(key, &value.replace("Draft", "Dr@ft"))
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.0.keys()
    }
}

#[test]
fn a_write_that_reads_back_as_other_text_is_a_failed_save() {
    let mut lib = Library::new(Garbling::default());
    assert_eq!(lib.save(&plan("a", "Draft", 1)), Err(StoreError::ReadBackMismatch));
    assert_eq!(lib.save(&plan("b", "Fine", 1)), Ok(()));
}

fn newer_record(title: &str) -> String {
    format!(
        r#"{{"schema":{},"id":"n","title":"{title}","updated_ms":5,"shape":"unknown here"}}"#,
        crate::plan::CURRENT_SCHEMA + 1
    )
}

#[test]
fn a_newer_record_is_listed_as_such_and_never_overwritten() {
    let mut store = MemoryStore::new();
    let raw = newer_record("From a newer mlplan");
    store.set(&plan_key("n"), &raw).unwrap();
    let mut lib = Library::new(store);
    lib.save(&plan("a", "Mine", 1)).unwrap();
    let schema = crate::plan::CURRENT_SCHEMA + 1;
    assert_eq!(lib.list().unwrap()[0], Entry::Newer { id: "n".into(), title: "From a newer mlplan".into(), schema });
    assert_eq!(lib.save(&plan("n", "Older tab's copy", 9)), Err(StoreError::NewerRecord(schema)));
    assert_eq!(lib.raw(&plan_key("n")).unwrap().as_deref(), Some(raw.as_str()), "kept untouched");
    assert!(lib.store().keys().unwrap().iter().all(|k| !k.starts_with(BACKUP_PREFIX)), "no backup is needed");
}

#[test]
fn an_older_tab_stops_writing_a_plan_a_newer_tab_wrote() {
    let shared = Shared::default();
    let mut old_tab = Library::new(shared.clone());
    let mut p = plan("p", "Shared", 1);
    old_tab.save(&p).unwrap();
    // A tab of a newer release opens the plan and saves it in its own format.
    let mut newer_tab = shared.clone();
    newer_tab.set(&plan_key("p"), &newer_record("Shared")).unwrap();
    p.problem.statement = "an edit in the old tab".into();
    assert!(matches!(old_tab.save(&p), Err(StoreError::NewerRecord(_))));
    assert!(crate::plan::is_newer_record(&old_tab.raw(&plan_key("p")).unwrap().unwrap()));
}

#[test]
fn deleting_a_newer_record_keeps_its_text_as_a_backup() {
    let mut store = MemoryStore::new();
    let raw = newer_record("Later");
    store.set(&plan_key("n"), &raw).unwrap();
    let mut lib = Library::new(store);
    assert_eq!(lib.delete("n", 3), Ok(None));
    assert!(lib.list().unwrap().is_empty());
    assert_eq!(lib.raw(&backup_key("n")).unwrap().as_deref(), Some(raw.as_str()));
}

#[test]
fn freeing_space_lets_a_failed_save_through() {
    let keep = plan("keep", "Keep", 1);
    let old = plan("old", "Old", 1);
    let room = 2 * (plan_key("keep").len() + keep.to_json().len()) + 200;
    let mut lib = Library::new(MemoryStore::with_quota(room));
    lib.save(&keep).unwrap();
    lib.save(&old).unwrap();
    let mut edited = keep.clone();
    edited.problem.statement = "y".repeat(300);
    assert_eq!(lib.save(&edited), Err(StoreError::QuotaExceeded));
    assert_eq!(lib.load("keep").unwrap(), Some(Ok(keep)), "the stored copy is intact");
    // The trash cannot take a copy of the other plan: there is no room for one.
    assert_eq!(lib.delete("old", 2), Err(StoreError::QuotaExceeded));
    assert_eq!(lib.load("old").unwrap().map(Result::unwrap), Some(old.clone()));
    lib.delete_for_good("old").unwrap();
    assert!(lib.trash().unwrap().is_empty());
    assert_eq!(lib.save(&edited), Ok(()));
    assert_eq!(lib.load("keep").unwrap(), Some(Ok(edited)));
}

#[test]
fn emptying_the_trash_frees_its_space_for_a_failed_save() {
    let keep = plan("keep", "Keep", 1);
    let old = plan("old", "Old", 1);
    let one = plan_key("keep").len() + keep.to_json().len();
    let mut lib = Library::new(MemoryStore::with_quota(4 * one));
    lib.save(&keep).unwrap();
    lib.save(&old).unwrap();
    lib.delete("old", 2).unwrap();
    let mut edited = keep.clone();
    edited.problem.statement = "y".repeat(2 * one);
    assert_eq!(lib.save(&edited), Err(StoreError::QuotaExceeded));
    assert_eq!(lib.empty_trash(), Ok(1));
    assert_eq!(lib.save(&edited), Ok(()));
}

#[test]
fn usage_counts_what_the_plans_take() {
    let mut lib = Library::new(MemoryStore::new());
    let p = plan("a", "가나다", 1);
    lib.save(&p).unwrap();
    let usage = lib.usage().unwrap();
    assert_eq!(usage.plans, (plan_key("a").len() + p.to_json().encode_utf16().count()) as u64);
    assert_eq!(usage.app, usage.plans);
}

#[test]
fn blocked_storage_answers_every_call_with_an_error() {
    struct Blocked;
    impl KeyValue for Blocked {
        fn get(&self, _: &str) -> Result<Option<String>, StoreError> {
            Err(StoreError::Unavailable)
        }
        fn set(&mut self, _: &str, _: &str) -> Result<(), StoreError> {
            Err(StoreError::Unavailable)
        }
        fn remove(&mut self, _: &str) -> Result<(), StoreError> {
            Err(StoreError::Unavailable)
        }
        fn keys(&self) -> Result<Vec<String>, StoreError> {
            Err(StoreError::Unavailable)
        }
    }
    let mut lib = Library::new(Blocked);
    assert_eq!(lib.list(), Err(StoreError::Unavailable));
    assert_eq!(lib.save(&plan("a", "A", 1)), Err(StoreError::Unavailable));
    assert_eq!(lib.trash(), Err(StoreError::Unavailable));
    assert_eq!(lib.usage(), Err(StoreError::Unavailable));
    assert_eq!(lib.delete("a", 1), Err(StoreError::Unavailable));
}
