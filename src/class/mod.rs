//! The class board: an instructor collects the plans students hand back (links pasted one a
//! line, JSON files) and compares them in one table. Plain data, tested natively; the board's
//! page is `ui::class_board`, and a class is kept in the browser by `store`.
//!
//! - [`split_pasted`] finds one link per pasted line, within bounds, so a paste of any size
//!   takes bounded time and memory; each line is then decoded on its own, and a bad line is
//!   reported by its number without stopping the rest.
//! - [`Row::of`] is what the board shows of a plan: title, steps complete, the feasibility
//!   verdict, the review's findings by severity and the key choices (primary metric, threshold,
//!   baseline).
//! - [`Board`] holds the rows: the same plan (id and content) handed in twice is one row with a
//!   count; it sorts by any [`Column`] and filters by [`Filter`].
//! - [`csv`] and [`markdown`] export the table as shown.
//! - [`ClassRecord`] is what is kept: the class's name and the links handed in.
//! - [`compare`] lines two plans up field by field, step by step, with each difference: words
//!   added and removed in a text, old and new for a choice or a number.

mod board;
mod compare;
mod export;
mod paste;
mod record;
mod row;
mod texts;

pub use board::{Added, Board, Column, Entry, Filter};
pub use compare::{compare, fields, word_diff, Change, FieldDiff, Piece, PieceKind, SectionDiff};
pub use export::{csv, markdown};
pub use paste::{split_pasted, Candidate, Pasted, MAX_LINES, MAX_LINE_BYTES};
pub use record::ClassRecord;
pub use row::{Counts, Row, STEPS};
pub use texts::*;
