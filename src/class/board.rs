//! The class board: the plans handed in, one row each, in the order and with the filter the
//! instructor picks.

use super::row::Row;
use crate::plan::Plan;
use crate::review::VerdictKind;

/// One plan on the board.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub plan: Plan,
    pub row: Row,
    /// The link that reopens it (as handed in, or written from the file it came in).
    pub link: String,
    /// How many times this same plan (same id, same content) was handed in.
    pub copies: usize,
}

/// What adding a plan did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    /// A new row.
    New,
    /// The same plan, same content, as an existing row: counted there, not listed again.
    Duplicate,
}

/// A column the board sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Title,
    Steps,
    Verdict,
    Findings,
    Metric,
    Threshold,
    Baseline,
}

impl Column {
    pub const ALL: [Column; 7] = [
        Column::Title,
        Column::Steps,
        Column::Verdict,
        Column::Findings,
        Column::Metric,
        Column::Threshold,
        Column::Baseline,
    ];

    /// Stable word for attributes and tests.
    pub fn slug(self) -> &'static str {
        match self {
            Column::Title => "title",
            Column::Steps => "steps",
            Column::Verdict => "verdict",
            Column::Findings => "findings",
            Column::Metric => "metric",
            Column::Threshold => "threshold",
            Column::Baseline => "baseline",
        }
    }
}

/// Which rows the board shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words that must all occur (any case) in the title, metric, baseline or example.
    pub text: String,
    /// Only plans with this verdict (`Some(None)`: only plans with no verdict yet).
    pub verdict: Option<Option<VerdictKind>>,
    /// Only plans the review finds errors in.
    pub with_errors: bool,
    /// Only plans with every step complete.
    pub complete: bool,
}

impl Filter {
    pub fn keeps(&self, row: &Row) -> bool {
        let haystack = format!(
            "{} {} {} {}",
            row.title,
            row.primary_metric,
            row.baseline_score,
            row.origin.as_ref().map_or("", |o| o.key.as_str())
        )
        .to_lowercase();
        self.text.to_lowercase().split_whitespace().all(|word| haystack.contains(word))
            && self.verdict.is_none_or(|v| v == row.verdict)
            && (!self.with_errors || row.findings.errors > 0)
            && (!self.complete || row.steps_complete == super::row::STEPS)
    }
}

/// The plans of one class.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Board {
    entries: Vec<Entry>,
}

impl Board {
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Adds a plan handed in as `link`. The same plan id with the same content counts as a copy
    /// of its row; the same id with other content (a plan handed in again after edits) and
    /// different plans from one example are rows of their own.
    pub fn add(&mut self, plan: Plan, link: String) -> Added {
        let row = Row::of(&plan);
        let same = self.entries.iter_mut().find(|e| e.row.id == row.id && e.row.fingerprint == row.fingerprint);
        if let Some(entry) = same {
            entry.copies += 1;
            return Added::Duplicate;
        }
        self.entries.push(Entry { plan, row, link, copies: 1 });
        Added::New
    }

    /// Takes row `index` off the board.
    pub fn remove(&mut self, index: usize) -> Option<Entry> {
        (index < self.entries.len()).then(|| self.entries.remove(index))
    }

    /// The indices of the rows `filter` keeps, sorted by `column` (ties keep the order they
    /// were handed in).
    pub fn arranged(&self, column: Column, descending: bool, filter: &Filter) -> Vec<usize> {
        let mut shown: Vec<usize> = (0..self.entries.len()).filter(|&i| filter.keeps(&self.entries[i].row)).collect();
        let rows: Vec<&Row> = self.entries.iter().map(|e| &e.row).collect();
        crate::order::sort_by(&mut shown, |&a, &b| {
            let order = compare(rows[a], rows[b], column);
            if descending {
                order.reverse()
            } else {
                order
            }
        });
        shown
    }
}

fn compare(a: &Row, b: &Row, column: Column) -> std::cmp::Ordering {
    let verdict_rank =
        |r: &Row| r.verdict.map_or(usize::MAX, |v| VerdictKind::ALL.iter().position(|k| *k == v).unwrap_or(0));
    match column {
        Column::Title => a.title.to_lowercase().cmp(&b.title.to_lowercase()),
        Column::Steps => a.steps_complete.cmp(&b.steps_complete),
        Column::Verdict => verdict_rank(a).cmp(&verdict_rank(b)),
        Column::Findings => (a.findings.errors, a.findings.warnings, a.findings.infos).cmp(&(
            b.findings.errors,
            b.findings.warnings,
            b.findings.infos,
        )),
        Column::Metric => a.primary_metric.to_lowercase().cmp(&b.primary_metric.to_lowercase()),
        // Plans with no threshold sort after those with one.
        Column::Threshold => match (a.threshold, b.threshold) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            (x, y) => y.is_some().cmp(&x.is_some()),
        },
        Column::Baseline => {
            (a.baseline.map(|k| k as u8), &a.baseline_score).cmp(&(b.baseline.map(|k| k as u8), &b.baseline_score))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::plan::examples;

    fn board() -> Board {
        let mut board = Board::default();
        for (i, key) in ["fraud", "eta", "feed"].into_iter().enumerate() {
            let mut plan =
                examples::instantiate(examples::build(key, Lang::En).unwrap(), key, Lang::En, format!("p{i}"), 1);
            plan.threshold.threshold = [Some(0.4), None, Some(0.2)][i];
            assert_eq!(board.add(plan, format!("#/s/{i}")), Added::New);
        }
        board.add(Plan::new("blank", "Zebra crossing", 0), "#/s/blank".into());
        board
    }

    #[test]
    fn the_same_plan_twice_is_one_row_with_two_copies_and_an_edit_is_a_row_of_its_own() {
        let mut board = board();
        let first = board.entries()[0].plan.clone();
        assert_eq!(board.add(Plan { updated_ms: 77, ..first.clone() }, "again".into()), Added::Duplicate);
        assert_eq!(board.entries()[0].copies, 2);
        let mut edited = first.clone();
        edited.problem.value.push_str(" More.");
        assert_eq!(board.add(edited, "edited".into()), Added::New);
        let other_student = Plan { id: "p9".into(), ..first };
        assert_eq!(
            board.add(other_student, "other".into()),
            Added::New,
            "another student's plan from the same example"
        );
        assert_eq!(board.entries().len(), 6);
    }

    #[test]
    fn rows_sort_by_every_column_both_ways_and_missing_values_go_last() {
        let board = board();
        let all = Filter::default();
        for column in Column::ALL {
            let up = board.arranged(column, false, &all);
            let mut down = board.arranged(column, true, &all);
            assert_eq!(up.len(), 4, "{column:?}");
            down.reverse();
            if column != Column::Threshold {
                assert_eq!(up.iter().map(|&i| compare_key(&board, i, column)).collect::<Vec<_>>(), {
                    let mut keys: Vec<_> = down.iter().map(|&i| compare_key(&board, i, column)).collect();
                    crate::order::sort_by(&mut keys, String::cmp);
                    keys
                });
            }
        }
        let titles =
            |order: Vec<usize>| order.into_iter().map(|i| board.entries()[i].row.id.clone()).collect::<Vec<_>>();
        assert_eq!(titles(board.arranged(Column::Threshold, false, &all)), ["p2", "p0", "p1", "blank"]);
        assert_eq!(titles(board.arranged(Column::Title, false, &all)).last().unwrap(), "blank");
    }

    fn compare_key(board: &Board, i: usize, column: Column) -> String {
        let r = &board.entries()[i].row;
        match column {
            Column::Title => r.title.to_lowercase(),
            Column::Steps => format!("{:02}", r.steps_complete),
            Column::Findings => format!("{:03}{:03}{:03}", r.findings.errors, r.findings.warnings, r.findings.infos),
            Column::Metric => r.primary_metric.to_lowercase(),
            Column::Verdict | Column::Threshold | Column::Baseline => String::new(),
        }
    }

    #[test]
    fn filters_keep_matching_rows_only() {
        let board = board();
        let shown = |f: Filter| board.arranged(Column::Title, false, &f).len();
        assert_eq!(shown(Filter { text: "ZEBRA".into(), ..Filter::default() }), 1);
        assert_eq!(shown(Filter { text: "fraud".into(), ..Filter::default() }), 1, "by the example it started from");
        assert_eq!(shown(Filter { with_errors: true, ..Filter::default() }), 1);
        assert_eq!(shown(Filter { complete: true, ..Filter::default() }), 3);
        assert_eq!(shown(Filter { verdict: Some(None), ..Filter::default() }), 1);
        assert_eq!(shown(Filter { text: "no such words".into(), ..Filter::default() }), 0);
    }
}
