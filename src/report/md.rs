//! Markdown writing: the document model as Markdown, the one escaping rule for text, the one
//! table layout, and the date format the report uses.

use super::document::{Block, Document, EMPTY_CELL};

/// The document as Markdown: one block after another, separated by blank lines, ending in one
/// line break.
pub(super) fn render(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        let markdown = match block {
            Block::Heading { level, text, .. } => {
                format!("{} {}", "#".repeat(usize::from(*level)), escape(text, Flow::Cell))
            }
            Block::Paragraph(text) => escape(text, Flow::Block),
            Block::Field { label, value } => {
                let value = match value {
                    Some(text) => escape(text, Flow::Block),
                    None => escape(doc.not_filled(), Flow::Cell),
                };
                format!("**{}:** {value}", escape(label, Flow::Cell))
            }
            Block::Caption(text) => format!("**{}**", escape(text, Flow::Cell)),
            Block::List { numbered, items } => {
                let lines: Vec<String> = items
                    .iter()
                    .map(|item| {
                        let bullet = if *numbered { format!("{}.", item.number) } else { "-".to_string() };
                        let mark = item.mark.as_deref().map(|m| format!(" **{}**", escape(m, Flow::Cell)));
                        format!("{bullet} {}{}", escape(&item.text, Flow::Item), mark.unwrap_or_default())
                    })
                    .collect();
                lines.join("\n")
            }
            Block::Table { headers, rows } => {
                let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                table(&headers, rows)
            }
        };
        out.push_str(markdown.trim_end());
        out.push_str("\n\n");
    }
    let mut out = out.trim_end().to_string();
    out.push('\n');
    out
}

/// How a piece of text is laid out once escaped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Flow {
    /// One line inside a construct that holds only inline text: a table cell, a heading, a bold
    /// label. The text's own line breaks become ` / `.
    Cell,
    /// One line that begins a block of its own: a list item. Line breaks become ` / `.
    Item,
    /// Paragraphs: the text's own line breaks become paragraph breaks.
    Block,
}

/// Text made safe to place in Markdown: it renders as exactly the characters the person typed and
/// can never open a heading, list, quote, code block, table, link, image, emphasis or raw HTML.
///
/// Each line is trimmed (so indentation cannot start a code block), control characters are
/// dropped, empty lines are dropped, and the lines are joined as `flow` says. Within a line, the
/// characters that carry inline meaning anywhere are backslash-escaped; those that only matter
/// at the start of a block (`>`, `-`, `+`, `=`, `1.`) are escaped there, except in cells, where no
/// block can start.
pub(super) fn escape(text: &str, flow: Flow) -> String {
    let lines: Vec<String> = text
        .split(['\n', '\r', '\u{2028}', '\u{2029}'])
        .map(|line| {
            let cleaned: String = line
                .chars()
                .filter_map(|c| if c == '\t' { Some(' ') } else { (!c.is_control()).then_some(c) })
                .collect();
            cleaned.trim().to_string()
        })
        .filter(|line| !line.is_empty())
        .map(|line| escape_line(&line, flow != Flow::Cell))
        .collect();
    lines.join(match flow {
        Flow::Cell | Flow::Item => " / ",
        Flow::Block => "\n\n",
    })
}

/// Escapes one trimmed, non-empty line; `block_start` says whether the line can open a block.
fn escape_line(line: &str, block_start: bool) -> String {
    let chars: Vec<char> = line.chars().collect();
    // "1. " or "12) " at the start would open an ordered list: escape its punctuation.
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    let list_marker = block_start
        && (1..=9).contains(&digits)
        && matches!(chars.get(digits), Some('.' | ')'))
        && chars.get(digits + 1).is_none_or(|c| c.is_whitespace());
    let mut out = String::with_capacity(line.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let at_start = i == 0;
        let opens_block = at_start && block_start;
        let after_space = i > 0 && chars[i - 1].is_whitespace();
        let escape = match c {
            // Emphasis, code, links, images, tables, strikethrough, raw HTML, autolinks, maths, escapes.
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '<' | '~' | '$' => true,
            // Entity references such as `&lt;` or `&#60;`.
            '&' => chars.get(i + 1).is_some_and(|n| n.is_ascii_alphabetic() || *n == '#'),
            // Headings at the start; closing sequences of a heading after a space.
            '#' => at_start || after_space,
            // Quotes, bullet lists, thematic breaks and setext underlines.
            '>' | '-' | '+' | '=' => opens_block,
            '.' | ')' => list_marker && i == digits,
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A Markdown table. Every header and cell is escaped as inline text; blank cells show an em dash.
pub(super) fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let row = |cells: &mut dyn Iterator<Item = String>| {
        let cells: Vec<String> = cells
            .map(|c| {
                let e = escape(&c, Flow::Cell);
                if e.is_empty() {
                    EMPTY_CELL.to_string()
                } else {
                    e
                }
            })
            .collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let mut out = row(&mut headers.iter().map(|h| h.to_string()));
    out.push_str(&format!("|{}\n", "---|".repeat(headers.len())));
    for r in rows {
        debug_assert_eq!(r.len(), headers.len(), "a row has one cell per header");
        out.push_str(&row(&mut r.iter().cloned()));
    }
    out
}

/// The UTC calendar date of a Unix time in milliseconds, as `YYYY-MM-DD`.
pub(super) fn iso_date(unix_ms: u64) -> String {
    // Days to civil date, after Howard Hinnant's public-domain algorithm.
    let days = (unix_ms / 86_400_000) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
