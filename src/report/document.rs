//! The report as a small document model: the one source that both the Markdown writer
//! ([`super::markdown`]) and the on-screen report render.
//!
//! Texts in blocks are plain text exactly as the person wrote them (or as the app words them),
//! never markup; each renderer escapes or places them as its medium needs. The builder already
//! settles what is blank, so renderers make no decisions of their own:
//!
//! - a [`Block::Field`] whose text has no visible character has `value: None` and shows
//!   [`Document::not_filled`];
//! - a [`Block::List`] never holds a blank item (a list with none becomes a paragraph saying so);
//! - a [`Block::Table`] has at least one row, one cell per header, and blank cells are empty
//!   strings, shown as [`EMPTY_CELL`].

use crate::i18n::Lang;
use crate::plan::Step;

/// What an empty table cell shows.
pub const EMPTY_CELL: &str = "—";

/// A whole report in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub lang: Lang,
    pub blocks: Vec<Block>,
}

impl Document {
    /// What a field left blank shows: "(not filled in)".
    pub fn not_filled(&self) -> &'static str {
        super::ReportMsg::NotFilled.text(self.lang)
    }

    /// The document's title: the text of its first level-1 heading.
    pub fn title(&self) -> &str {
        self.blocks
            .iter()
            .find_map(|b| match b {
                Block::Heading { level: 1, text, .. } => Some(text.as_str()),
                _ => None,
            })
            .unwrap_or_default()
    }
}

/// One block of the report, in reading order.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// Level 1 is the plan's title (once), 2 a lifecycle step or the plan review, 3 a part of a
    /// step. `step` names the lifecycle step a level-2 heading introduces, so a screen can link
    /// back to where the section is edited.
    Heading { level: u8, text: String, step: Option<Step> },
    /// Running text; its own line breaks separate paragraphs.
    Paragraph(String),
    /// A labelled text; `None` when the person left it blank.
    Field { label: String, value: Option<String> },
    /// A short bold line introducing the list or table below it.
    Caption(String),
    /// Bulleted or numbered items.
    List { numbered: bool, items: Vec<ListItem> },
    /// Records, one row per entry.
    Table { headers: Vec<String>, rows: Vec<Vec<String>> },
}

/// One entry of a [`Block::List`].
#[derive(Clone, Debug, PartialEq)]
pub struct ListItem {
    /// Position in the plan's own list, from 1; blank entries are skipped, so numbers can jump.
    pub number: usize,
    pub text: String,
    /// A short bold mark after the text (the flywheel's ML lever).
    pub mark: Option<String>,
}

/// Whether a text shows nothing at all: only spaces, line breaks and control characters.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || c.is_control())
}
