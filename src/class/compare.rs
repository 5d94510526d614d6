//! Two plans side by side, step by step: every field of the report (`crate::report::document`)
//! lined up by its step and label, and what changed in each: words added and removed in a text,
//! the old and new value of a choice or a number.

use crate::i18n::Lang;
use crate::plan::{Plan, Step};
use crate::report::{document, Block};

/// One field of the two plans.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldDiff {
    pub label: String,
    /// The first plan's text and the second's; empty where a plan has nothing.
    pub old: String,
    pub new: String,
    pub change: Change,
}

/// How a field differs between the two plans.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Same,
    /// A short value (a choice, a number, a few words): shown as old, then new.
    Value,
    /// A text: its words in order, each kept, removed (only in the first) or added (only in the
    /// second). Whitespace between words travels with the word before it.
    Words(Vec<Piece>),
}

/// A run of words of a compared text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub kind: PieceKind,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PieceKind {
    Kept,
    Removed,
    Added,
}

/// The fields of one step (or of the review, which has no step).
#[derive(Clone, Debug, PartialEq)]
pub struct SectionDiff {
    pub heading: String,
    pub step: Option<Step>,
    pub fields: Vec<FieldDiff>,
}

impl SectionDiff {
    pub fn differences(&self) -> usize {
        self.fields.iter().filter(|f| f.change != Change::Same).count()
    }
}

/// Texts of at most this many words are compared as values, not word by word.
const VALUE_WORDS: usize = 3;
/// Word diffs are quadratic; longer pairs of texts are shown as removed then added whole.
const MAX_DIFF_CELLS: usize = 4_000_000;

/// `a` against `b`, section by section, in `lang`.
pub fn compare(a: &Plan, b: &Plan, lang: Lang) -> Vec<SectionDiff> {
    let (left, right) = (entries(a, lang), entries(b, lang));
    let mut sections: Vec<SectionDiff> = Vec::new();
    let keys = merged_keys(&left, &right);
    for (heading, step, label) in keys {
        let find = |side: &[Entry]| {
            side.iter().find(|e| e.heading == heading && e.label == label).map(|e| e.text.clone()).unwrap_or_default()
        };
        let (old, new) = (find(&left), find(&right));
        let change = change(&old, &new);
        let field = FieldDiff { label: label.clone(), old, new, change };
        match sections.last_mut() {
            Some(s) if s.heading == heading => s.fields.push(field),
            _ => sections.push(SectionDiff { heading, step, fields: vec![field] }),
        }
    }
    sections
}

/// Each field of a plan's report, with its step: what an instructor's comment can point at.
pub fn fields(plan: &Plan, lang: Lang) -> Vec<(Option<Step>, String)> {
    entries(plan, lang).into_iter().filter(|e| e.step.is_some()).map(|e| (e.step, e.label)).collect()
}

/// A field of one plan's report: its section, its label (numbered when a label repeats in a
/// section) and its text.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    heading: String,
    step: Option<Step>,
    label: String,
    text: String,
}

fn entries(plan: &Plan, lang: Lang) -> Vec<Entry> {
    let doc = document(plan, lang);
    let (mut heading, mut step, mut context) = (String::new(), None, String::new());
    let mut out: Vec<Entry> = Vec::new();
    for block in doc.blocks {
        let (label, text) = match block {
            Block::Heading { level: 1, text, .. } => {
                let title = super::ClassMsg::ColTitle.text(lang).to_owned();
                (heading, step, context) = (title.clone(), None, String::new());
                (title, text)
            }
            Block::Heading { level: 2, text, step: s } => {
                (heading, step, context) = (text, s, String::new());
                continue;
            }
            Block::Heading { text, .. } | Block::Caption(text) => {
                context = text;
                continue;
            }
            Block::Field { label, value } => (label, value.unwrap_or_default()),
            Block::Paragraph(text) => (context.clone(), text),
            Block::List { items, .. } => {
                (context.clone(), items.into_iter().map(|i| i.text).collect::<Vec<_>>().join("\n"))
            }
            Block::Table { rows, .. } => {
                (context.clone(), rows.iter().map(|r| r.join(" · ")).collect::<Vec<_>>().join("\n"))
            }
        };
        let repeats = out.iter().filter(|e| e.heading == heading && e.label.split(" (").next() == Some(&label)).count();
        let label = if repeats == 0 { label } else { format!("{label} ({})", repeats + 1) };
        out.push(Entry { heading: heading.clone(), step, label, text });
    }
    out
}

/// Every (section, label) of either plan once: the first plan's order, with the second's extra
/// fields placed after the field they follow there.
fn merged_keys(left: &[Entry], right: &[Entry]) -> Vec<(String, Option<Step>, String)> {
    let key = |e: &Entry| (e.heading.clone(), e.step, e.label.clone());
    let mut keys: Vec<_> = left.iter().map(key).collect();
    let mut after = None::<usize>;
    for entry in right {
        let k = key(entry);
        match keys.iter().position(|x| *x == k) {
            Some(i) => after = Some(i),
            None => {
                let at = after.map_or(0, |i| i + 1);
                keys.insert(at, k);
                after = Some(at);
            }
        }
    }
    keys
}

fn change(old: &str, new: &str) -> Change {
    if old == new {
        return Change::Same;
    }
    let words = |t: &str| t.split_whitespace().count();
    if words(old).max(words(new)) <= VALUE_WORDS {
        return Change::Value;
    }
    Change::Words(word_diff(old, new))
}

/// Words with the whitespace after them, so joining the pieces gives back the text.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() && in_space {
            out.push(&text[start..i]);
            start = i;
        }
        in_space = c.is_whitespace();
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The words of `old` and `new` as kept, removed and added runs (a longest common subsequence of
/// words, compared without their trailing whitespace). The pieces that are not added spell `old`
/// exactly, and those that are not removed spell `new`.
pub fn word_diff(old: &str, new: &str) -> Vec<Piece> {
    let (a, b) = (tokens(old), tokens(new));
    let mut pieces: Vec<Piece> = Vec::new();
    let mut push = |kind: PieceKind, text: &str| match pieces.last_mut() {
        _ if text.is_empty() => {}
        Some(last) if last.kind == kind => last.text.push_str(text),
        _ => pieces.push(Piece { kind, text: text.to_owned() }),
    };
    let same = |x: &str, y: &str| x.trim_end() == y.trim_end();
    if a.len().saturating_mul(b.len()) > MAX_DIFF_CELLS {
        push(PieceKind::Removed, old);
        push(PieceKind::Added, new);
        return pieces;
    }
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let width = b.len() + 1;
    let mut lcs = vec![0u32; (a.len() + 1) * width];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i * width + j] = if same(a[i], b[j]) {
                lcs[(i + 1) * width + j + 1] + 1
            } else {
                lcs[(i + 1) * width + j].max(lcs[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && same(a[i], b[j]) {
            // The word is kept; spacing that differs after it is removed and added, so each
            // side reads back exactly.
            let word = a[i].trim_end();
            let (a_space, b_space) = (&a[i][word.len()..], &b[j][word.len()..]);
            push(PieceKind::Kept, word);
            if a_space == b_space {
                push(PieceKind::Kept, a_space);
            } else {
                push(PieceKind::Removed, a_space);
                push(PieceKind::Added, b_space);
            }
            (i, j) = (i + 1, j + 1);
        } else if j < b.len() && (i == a.len() || lcs[i * width + j + 1] >= lcs[(i + 1) * width + j]) {
            push(PieceKind::Added, b[j]);
            j += 1;
        } else {
            push(PieceKind::Removed, a[i]);
            i += 1;
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::examples;

    fn texts(pieces: &[Piece], keep: impl Fn(PieceKind) -> bool) -> String {
        pieces.iter().filter(|p| keep(p.kind)).map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn words_added_and_removed_rebuild_both_texts() {
        let (old, new) =
            ("Riders want the fare before they book.", "Riders want a fixed fare before they book, always.");
        let pieces = word_diff(old, new);
        assert_eq!(texts(&pieces, |k| k != PieceKind::Added), old);
        assert_eq!(texts(&pieces, |k| k != PieceKind::Removed), new);
        let added = texts(&pieces, |k| k == PieceKind::Added);
        assert!(added.contains("a fixed") && added.contains("always."), "{pieces:?}");
        assert_eq!(texts(&pieces, |k| k == PieceKind::Removed), "the book.");
    }

    #[test]
    fn korean_and_line_breaks_are_words_too() {
        let pieces = word_diff("배송이 늦습니다\n환불이 늘어납니다", "배송이 자주 늦습니다\n환불이 늘어납니다");
        assert_eq!(pieces.iter().filter(|p| p.kind == PieceKind::Added).count(), 1);
        assert_eq!(texts(&pieces, |k| k == PieceKind::Added), "자주 ");
    }

    #[test]
    fn a_plan_against_itself_has_no_differences() {
        let plan = examples::build("feed", Lang::En).unwrap();
        let sections = compare(&plan, &plan, Lang::En);
        assert!(sections.len() >= Step::ALL.len());
        assert!(sections.iter().all(|s| s.differences() == 0));
    }

    #[test]
    fn an_edited_copy_shows_each_change_where_it_was_made() {
        let plan = examples::build("fraud", Lang::Ko).unwrap();
        let mut edited = plan.clone();
        edited.problem.statement.push_str(" 새로운 문장입니다.");
        edited.threshold.threshold = Some(0.42);
        edited.goals.objectives.pop();
        edited.title = "사기 탐지, 내 버전".into();
        let sections = compare(&plan, &edited, Lang::Ko);
        assert_ne!(sections[0].fields[0].change, Change::Same, "the title first");
        let changed: Vec<(&Option<Step>, &str, &Change)> = sections
            .iter()
            .flat_map(|s| {
                s.fields
                    .iter()
                    .filter(|f| f.change != Change::Same)
                    .map(move |f| (&s.step, f.label.as_str(), &f.change))
            })
            .collect();
        let problem = changed.iter().find(|(s, _, _)| **s == Some(Step::Problem)).expect("the statement changed");
        assert!(matches!(problem.2, Change::Words(p) if texts(p, |k| k == PieceKind::Added) == " 새로운 문장입니다."));
        assert!(
            changed.iter().any(|(s, _, c)| **s == Some(Step::Goals) && matches!(c, Change::Words(_))),
            "{changed:?}"
        );
        assert!(changed.iter().any(|(s, _, _)| **s == Some(Step::Constraints)), "the threshold");
    }

    #[test]
    fn fields_only_one_plan_has_are_lined_up_with_an_empty_side() {
        let empty = Plan::new("a", "A", 0);
        let full = examples::build("eta", Lang::En).unwrap();
        for (a, b) in [(&empty, &full), (&full, &empty)] {
            let sections = compare(a, b, Lang::En);
            let fields: Vec<&FieldDiff> = sections.iter().flat_map(|s| &s.fields).collect();
            assert!(fields.iter().any(|f| f.change != Change::Same));
            assert!(fields.iter().all(|f| f.change == Change::Same || f.old != f.new));
        }
    }
}
