//! The limits on what is read, and the errors reading reports.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Largest text `Scores::parse` accepts: keeps a pasted file from exhausting the tab's memory.
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;
/// Largest number of rows accepted from text or pairs; also keeps every count within `u32`.
pub const MAX_ROWS: usize = 20_000_000;
/// How many bad rows an error lists by line number; the rest are only counted.
pub const MAX_REPORTED_BAD_ROWS: usize = 5;
/// Upper bound on the bins of a `ScoreSummary`.
pub const SUMMARY_MAX_BINS: u32 = 1000;
/// A sensible point budget for drawing a curve as SVG.
pub const DEFAULT_CURVE_POINTS: usize = 512;

/// What is wrong with one input row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowProblem {
    /// The row has no label column, or a column is empty.
    MissingColumn,
    /// The row has more than two non-empty columns.
    ExtraColumn,
    /// The score does not read as a number.
    ScoreNotANumber,
    /// The score is NaN or infinite.
    ScoreNotFinite,
    /// The label is none of 0, 1, true, false.
    LabelNotRecognised,
}

/// One rejected row. `line` is the 1-based line of the text (for `from_pairs`, the 1-based position).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadRow {
    pub line: usize,
    pub problem: RowProblem,
}

/// Why scores could not be read. Structured so the UI can phrase it in any language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScoresError {
    /// No data rows at all (blank text, or a header only).
    Empty,
    /// The text is longer than `limit` bytes.
    TooLarge { bytes: usize, limit: usize },
    /// More than `limit` rows.
    TooManyRows { limit: usize },
    /// `from_pairs` got different numbers of scores and labels.
    LengthMismatch { scores: usize, labels: usize },
    /// Some rows are unusable: the first few (up to `MAX_REPORTED_BAD_ROWS`) and how many in all.
    BadRows { first: Vec<BadRow>, total: usize },
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RowProblem::MissingColumn => "a column is missing (expected score and label)",
            RowProblem::ExtraColumn => "there are more than two columns",
            RowProblem::ScoreNotANumber => "the score is not a number",
            RowProblem::ScoreNotFinite => "the score is NaN or infinite",
            RowProblem::LabelNotRecognised => "the label is not 0, 1, true or false",
        })
    }
}

impl fmt::Display for ScoresError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScoresError::Empty => f.write_str("no score,label rows were found"),
            ScoresError::TooLarge { bytes, limit } => {
                write!(f, "the text is {bytes} bytes, more than the limit of {limit} bytes")
            }
            ScoresError::TooManyRows { limit } => write!(f, "there are more than {limit} rows"),
            ScoresError::LengthMismatch { scores, labels } => {
                write!(f, "{scores} scores but {labels} labels")
            }
            ScoresError::BadRows { first, total } => {
                for (i, row) in first.iter().enumerate() {
                    let sep = if i == 0 { "" } else { "; " };
                    write!(f, "{sep}line {}: {}", row.line, row.problem)?;
                }
                let more = total.saturating_sub(first.len());
                if more > 0 {
                    write!(f, "; and {more} more rows with problems")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ScoresError {}
