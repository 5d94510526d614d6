//! Reading a delimited text file by its header: which column is which, and the chosen columns'
//! values row by row, with the bad rows named by line.
//!
//! A calculator names the roles it reads ([`Role`]); [`guess`] matches the header's names to them
//! (`actual`, `y_true`, `*_actual`, … for the actual value; `predicted`, `y_pred`, `*_pred*`, …
//! for the prediction), in any order and among any other columns. The person confirms or changes
//! that [`Mapping`], then a [`TableReader`] reads the rows in slices of whole lines, so a large
//! file is read with the page responsive between slices.

use std::collections::HashMap;
use std::fmt;

/// Most rows a table holds (a million-row export with room to spare).
pub const MAX_TABLE_ROWS: usize = 5_000_000;
/// How many bad rows are named by line; the rest are only counted.
pub const MAX_NAMED_BAD_ROWS: usize = 5;
/// Most distinct groups kept; a column with more is not a grouping (an id, say).
pub const MAX_GROUPS: usize = 200;

/// What a column is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// The true value of a regression target.
    Actual,
    /// The model's prediction.
    Predicted,
    /// A simple rule's estimate (distance × rate, say), for guards relative to it.
    Rule,
    /// A group (a region, a segment): text, not a number.
    Group,
    /// One column of values, for drift.
    Value,
    /// What happened (a 0/1 label or the actual value), beside the values of a drift period.
    Label,
}

impl Role {
    /// Whether the header name `name` (already normalised) reads as this role.
    fn matches(self, name: &str) -> bool {
        let is = |names: &[&str]| names.contains(&name);
        match self {
            Role::Actual => {
                is(&["actual", "y_true", "ytrue", "target", "y", "truth", "true_value", "observed", "label"])
                    || name.ends_with("_actual")
                    || name.starts_with("actual_")
            }
            Role::Predicted => {
                is(&["predicted", "y_pred", "ypred", "prediction", "pred", "forecast", "yhat", "y_hat"])
                    || name.contains("_pred")
                    || name.starts_with("pred")
            }
            Role::Rule => is(&["rule", "heuristic", "rule_estimate"]) || name.contains("rule"),
            Role::Group => is(&["group", "segment", "region", "city", "category", "cohort", "country"]),
            Role::Value => is(&["value", "score", "prediction", "predicted", "y_pred", "feature", "x"]),
            Role::Label => {
                is(&["label", "y_true", "target", "actual", "y", "class", "outcome", "truth"])
                    || name.starts_with("is_")
            }
        }
    }
}

/// The header of a file: its delimiter and its columns' names (or "column 1", … when the first
/// row is data).
#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    pub delimiter: char,
    pub names: Vec<String>,
    /// Whether the first non-blank line is a header (some field is not a number).
    pub named: bool,
    /// The 1-based line of the header, or of the first data row when there is no header.
    pub line: usize,
}

/// Tab if the line has one, else comma, else semicolon (spreadsheets in comma-decimal locales).
fn delimiter_of(line: &str) -> char {
    ['\t', ',', ';'].into_iter().find(|&d| line.contains(d)).unwrap_or(',')
}

/// Trims blanks and one pair of double quotes, which spreadsheet exports sometimes add.
fn clean(field: &str) -> &str {
    let field = field.trim_ascii();
    field.strip_prefix('"').and_then(|f| f.strip_suffix('"')).map_or(field, str::trim_ascii)
}

fn normalise(name: &str) -> String {
    clean(name).to_lowercase().replace([' ', '-', '.'], "_")
}

/// The header of `text`, from its first non-blank line; `None` for blank text.
pub fn read_header(text: &str) -> Option<Header> {
    let (index, line) = text.lines().enumerate().find(|(_, l)| !l.trim().is_empty())?;
    let delimiter = delimiter_of(line);
    let fields: Vec<&str> = line.split(delimiter).map(clean).collect();
    let named = fields.iter().any(|f| f.parse::<f64>().is_err());
    let names = if named {
        fields.iter().map(|f| f.to_string()).collect()
    } else {
        (1..=fields.len()).map(|i| format!("column {i}")).collect()
    };
    Some(Header { delimiter, names, named, line: index + 1 })
}

/// Which column plays each role; `None` where none is chosen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mapping(pub Vec<(Role, Option<usize>)>);

impl Mapping {
    pub fn column(&self, role: Role) -> Option<usize> {
        self.0.iter().find(|(r, _)| *r == role).and_then(|(_, c)| *c)
    }

    pub fn set(&mut self, role: Role, column: Option<usize>) {
        match self.0.iter_mut().find(|(r, _)| *r == role) {
            Some(slot) => slot.1 = column,
            None => self.0.push((role, column)),
        }
    }
}

/// Each role matched to the first column whose name reads as it and that no earlier role took.
/// Without a header, the required roles take the columns in order.
pub fn guess(header: &Header, roles: &[Role]) -> Mapping {
    let names: Vec<String> = header.names.iter().map(|n| normalise(n)).collect();
    let mut taken = vec![false; names.len()];
    let mut mapping = Mapping::default();
    for (position, &role) in roles.iter().enumerate() {
        let column = if header.named {
            names.iter().enumerate().position(|(i, n)| !taken[i] && role.matches(n))
        } else {
            Some(position).filter(|&p| p < names.len() && role != Role::Group && role != Role::Rule)
        };
        if let Some(c) = column {
            taken[c] = true;
        }
        mapping.set(role, column);
    }
    // A lone column is the first role's, whatever its name: nothing else could be meant.
    if let (Some(&first), [_]) = (roles.first(), names.as_slice()) {
        if mapping.column(first).is_none() && !roles[1..].iter().any(|&r| mapping.column(r).is_some()) {
            mapping.set(first, Some(0));
        }
    }
    mapping
}

/// Whether the file can be read without asking: every required role found by name (or the one
/// column of a file without a header, which cannot be anything else) and no column left over.
pub fn needs_no_questions(header: &Header, mapping: &Mapping, required: &[Role]) -> bool {
    (header.named || header.names.len() == 1)
        && required.iter().all(|&r| mapping.column(r).is_some())
        && mapping.0.iter().filter(|(_, c)| c.is_some()).count() == header.names.len()
}

/// What is wrong with one row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellProblem {
    /// The row has no field for the role's column.
    Missing(Role),
    NotANumber(Role),
    NotFinite(Role),
}

/// One row that could not be read, by its 1-based line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadLine {
    pub line: usize,
    pub problem: CellProblem,
}

/// Why a table could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum TableError {
    /// No data rows.
    Empty,
    /// More than [`MAX_TABLE_ROWS`] rows.
    TooManyRows,
    /// A role the calculator needs has no column.
    Unmapped(Role),
    /// The file has fewer columns than the calculator needs.
    TooFewColumns { found: usize, needed: usize },
    /// Rows that could not be read (the first few by line, and how many in all), when they are
    /// not to be skipped.
    BadRows { first: Vec<BadLine>, total: usize },
    /// The group column has more than [`MAX_GROUPS`] distinct values.
    TooManyGroups,
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TableError::Empty => write!(f, "no data rows"),
            TableError::TooManyRows => write!(f, "more than {MAX_TABLE_ROWS} rows"),
            TableError::Unmapped(role) => write!(f, "no column is chosen for {role:?}"),
            TableError::TooFewColumns { found, needed } => write!(f, "{found} columns, {needed} needed"),
            TableError::BadRows { first, total } => {
                write!(f, "{total} rows cannot be read")?;
                first.iter().try_for_each(|b| write!(f, "; line {}: {:?}", b.line, b.problem))
            }
            TableError::TooManyGroups => write!(f, "the group column has more than {MAX_GROUPS} values"),
        }
    }
}

impl std::error::Error for TableError {}

/// The rows read: one vector of values per numeric role (in the mapping's order), the group of
/// each row, and each row's line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub numbers: Vec<(Role, Vec<f64>)>,
    /// Index into `group_names` per row, when a group column is mapped.
    pub groups: Option<Vec<u32>>,
    pub group_names: Vec<String>,
    pub lines: Vec<u32>,
    /// Rows skipped on request, with the first few by line.
    pub skipped: Vec<BadLine>,
    pub skipped_total: usize,
}

impl Table {
    /// The values of a numeric role; empty when it is not mapped.
    pub fn values(&self, role: Role) -> &[f64] {
        self.numbers.iter().find(|(r, _)| *r == role).map_or(&[], |(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// Reads rows in slices of whole lines under a mapping.
pub struct TableReader {
    header: Header,
    /// (role, column) for the numeric roles mapped.
    numeric: Vec<(Role, usize)>,
    group_column: Option<usize>,
    group_index: HashMap<String, u32>,
    table: Table,
    bad: Vec<BadLine>,
    bad_total: usize,
    /// The 1-based line the next pushed line has.
    next_line: usize,
}

impl TableReader {
    /// A reader for the text whose header is `header`; `required` roles must be mapped.
    pub fn new(header: Header, mapping: &Mapping, required: &[Role]) -> Result<TableReader, TableError> {
        check_columns(&header, required)?;
        if let Some(&role) = required.iter().find(|&&r| mapping.column(r).is_none()) {
            return Err(TableError::Unmapped(role));
        }
        let numeric: Vec<(Role, usize)> =
            mapping.0.iter().filter(|(r, _)| *r != Role::Group).filter_map(|&(r, c)| Some((r, c?))).collect();
        let group_column = mapping.column(Role::Group);
        let table = Table {
            numbers: numeric.iter().map(|&(r, _)| (r, Vec::new())).collect(),
            groups: group_column.map(|_| Vec::new()),
            ..Table::default()
        };
        Ok(TableReader {
            header,
            numeric,
            group_column,
            group_index: HashMap::new(),
            table,
            bad: Vec::new(),
            bad_total: 0,
            next_line: 1,
        })
    }

    /// Reads a slice of whole lines (the text from the start, a slice at a time, each ending at a
    /// line break or at the end of the text).
    pub fn push(&mut self, lines: &str) -> Result<(), TableError> {
        for line in lines.lines() {
            let number = self.next_line;
            self.next_line += 1;
            if line.trim().is_empty() || (self.header.named && number <= self.header.line) {
                continue;
            }
            self.row(line, number)?;
        }
        Ok(())
    }

    fn row(&mut self, line: &str, number: usize) -> Result<(), TableError> {
        if self.table.len() >= MAX_TABLE_ROWS {
            return Err(TableError::TooManyRows);
        }
        let fields: Vec<&str> = line.split(self.header.delimiter).map(clean).collect();
        let mut values = Vec::with_capacity(self.numeric.len());
        for &(role, column) in &self.numeric {
            match read_cell(fields.get(column).copied(), role) {
                Ok(v) => values.push(v),
                Err(problem) => {
                    self.reject(number, problem);
                    return Ok(());
                }
            }
        }
        if let Some(column) = self.group_column {
            let Some(name) = fields.get(column).filter(|f| !f.is_empty()) else {
                self.reject(number, CellProblem::Missing(Role::Group));
                return Ok(());
            };
            let next = self.group_index.len() as u32;
            let index = *self.group_index.entry(name.to_string()).or_insert(next);
            if index == next {
                if self.table.group_names.len() >= MAX_GROUPS {
                    return Err(TableError::TooManyGroups);
                }
                self.table.group_names.push(name.to_string());
            }
            self.table.groups.get_or_insert_with(Vec::new).push(index);
        }
        for ((_, column), v) in self.table.numbers.iter_mut().zip(values) {
            column.push(v);
        }
        self.table.lines.push(number as u32);
        Ok(())
    }

    fn reject(&mut self, line: usize, problem: CellProblem) {
        if self.bad.len() < MAX_NAMED_BAD_ROWS {
            self.bad.push(BadLine { line, problem });
        }
        self.bad_total += 1;
    }

    /// How many rows were read so far, good and bad.
    pub fn rows(&self) -> usize {
        self.table.len() + self.bad_total
    }

    /// The table; bad rows are an error unless `skip_bad`, when they are counted in it.
    pub fn finish(self, skip_bad: bool) -> Result<Table, TableError> {
        let TableReader { mut table, bad, bad_total, .. } = self;
        if bad_total > 0 && !skip_bad {
            return Err(TableError::BadRows { first: bad, total: bad_total });
        }
        if table.is_empty() {
            return Err(TableError::Empty);
        }
        table.skipped = bad;
        table.skipped_total = bad_total;
        Ok(table)
    }
}

/// Whether the header has as many columns as the required roles.
pub fn check_columns(header: &Header, required: &[Role]) -> Result<(), TableError> {
    if header.names.len() < required.len() {
        return Err(TableError::TooFewColumns { found: header.names.len(), needed: required.len() });
    }
    Ok(())
}

fn read_cell(field: Option<&str>, role: Role) -> Result<f64, CellProblem> {
    let field = field.filter(|f| !f.is_empty()).ok_or(CellProblem::Missing(role))?;
    let value: f64 = field.parse().map_err(|_| CellProblem::NotANumber(role))?;
    if value.is_finite() {
        Ok(value)
    } else {
        Err(CellProblem::NotFinite(role))
    }
}

/// Reads a whole text at once: the header, the given mapping (or the guessed one), the rows.
pub fn read_table(
    text: &str,
    mapping: Option<&Mapping>,
    roles: &[Role],
    required: &[Role],
    skip_bad: bool,
) -> Result<Table, TableError> {
    let header = read_header(text).ok_or(TableError::Empty)?;
    let guessed;
    let mapping = match mapping {
        Some(m) => m,
        None => {
            guessed = guess(&header, roles);
            &guessed
        }
    };
    let mut reader = TableReader::new(header, mapping, required)?;
    reader.push(text)?;
    reader.finish(skip_bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REGRESSION: [Role; 4] = [Role::Actual, Role::Predicted, Role::Rule, Role::Group];
    const NEEDED: [Role; 2] = [Role::Actual, Role::Predicted];

    #[test]
    fn names_in_any_order_among_other_columns() {
        let header = read_header("id;City;Fare_Pred;fare_actual;rule_estimate\n1;Seoul;3;4;5\n").unwrap();
        assert_eq!(header.delimiter, ';');
        let mapping = guess(&header, &REGRESSION);
        assert_eq!(mapping.column(Role::Actual), Some(3));
        assert_eq!(mapping.column(Role::Predicted), Some(2));
        assert_eq!(mapping.column(Role::Rule), Some(4));
        assert_eq!(mapping.column(Role::Group), Some(1));
        assert!(!needs_no_questions(&header, &mapping, &NEEDED), "the id column is left over");
        let plain = read_header("y_true,y_pred\n1,2\n").unwrap();
        assert!(needs_no_questions(&plain, &guess(&plain, &REGRESSION), &NEEDED));
    }

    #[test]
    fn a_lone_column_is_the_value_whatever_its_name() {
        let header = read_header("fare_won\n12000\n").unwrap();
        let mapping = guess(&header, &[Role::Value]);
        assert_eq!(mapping.column(Role::Value), Some(0));
        assert!(needs_no_questions(&header, &mapping, &[Role::Value]));
        let bare = read_header("12000\n13000\n").unwrap();
        assert!(needs_no_questions(&bare, &guess(&bare, &[Role::Value]), &[Role::Value]));
        let pairs = read_header("1,2\n").unwrap();
        assert!(!needs_no_questions(&pairs, &guess(&pairs, &REGRESSION), &NEEDED), "which is which is asked");
        let two = read_header("id,fare_won\n1,12000\n").unwrap();
        assert_eq!(guess(&two, &[Role::Value]).column(Role::Value), None, "two columns: the person chooses");
    }

    #[test]
    fn a_file_without_a_header_takes_the_columns_in_order() {
        let table = read_table("\n10,12\n20,18\n", None, &REGRESSION, &NEEDED, false).unwrap();
        assert_eq!(table.values(Role::Actual), [10.0, 20.0]);
        assert_eq!(table.values(Role::Predicted), [12.0, 18.0]);
        assert_eq!(table.lines, [2, 3]);
        assert!(table.groups.is_none());
    }

    #[test]
    fn bad_rows_are_named_then_skipped_on_request() {
        let text = "actual,predicted\n1,2\nNaN,3\n4,\n5,x\n6,7\n";
        let Err(TableError::BadRows { first, total }) = read_table(text, None, &REGRESSION, &NEEDED, false) else {
            panic!("bad rows are an error by default");
        };
        assert_eq!(total, 3);
        assert_eq!(first[0], BadLine { line: 3, problem: CellProblem::NotFinite(Role::Actual) });
        assert_eq!(first[1], BadLine { line: 4, problem: CellProblem::Missing(Role::Predicted) });
        assert_eq!(first[2], BadLine { line: 5, problem: CellProblem::NotANumber(Role::Predicted) });
        let table = read_table(text, None, &REGRESSION, &NEEDED, true).unwrap();
        assert_eq!(table.values(Role::Actual), [1.0, 6.0]);
        assert_eq!((table.skipped_total, table.lines.clone()), (3, vec![2, 6]));
    }

    #[test]
    fn groups_are_interned_and_bounded() {
        let table =
            read_table("group,actual,predicted\nA,1,1\nB,2,2\nA,3,3\n", None, &REGRESSION, &NEEDED, false).unwrap();
        assert_eq!(table.group_names, ["A", "B"]);
        assert_eq!(table.groups, Some(vec![0, 1, 0]));
        let many: String = std::iter::once("group,actual,predicted\n".to_string())
            .chain((0..=MAX_GROUPS).map(|i| format!("g{i},1,1\n")))
            .collect();
        assert_eq!(read_table(&many, None, &REGRESSION, &NEEDED, false), Err(TableError::TooManyGroups));
    }

    #[test]
    fn unmapped_and_empty_are_errors() {
        assert_eq!(read_table("id,name\n", None, &REGRESSION, &NEEDED, false), Err(TableError::Unmapped(Role::Actual)));
        assert_eq!(read_table("actual,predicted\n", None, &REGRESSION, &NEEDED, false), Err(TableError::Empty));
        assert_eq!(read_table("  \n", None, &REGRESSION, &NEEDED, false), Err(TableError::Empty));
        assert_eq!(
            read_table("<script>alert(1)</script>\n", None, &REGRESSION, &NEEDED, false),
            Err(TableError::TooFewColumns { found: 1, needed: 2 })
        );
    }

    #[test]
    fn slices_read_as_the_whole() {
        let text = "actual,predicted\n1,2\n3,4\n\n5,6\n";
        let header = read_header(text).unwrap();
        let mapping = guess(&header, &REGRESSION);
        let mut reader = TableReader::new(header, &mapping, &NEEDED).unwrap();
        for slice in ["actual,predicted\n1,2\n", "3,4\n\n", "5,6\n"] {
            reader.push(slice).unwrap();
        }
        assert_eq!(reader.finish(false).unwrap(), read_table(text, None, &REGRESSION, &NEEDED, false).unwrap());
    }
}
