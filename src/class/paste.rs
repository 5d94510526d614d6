//! What an instructor pastes into the class board: links one a line, from any host, often copied
//! out of a chat with a name or a remark around them.

use crate::route::LinkMode;

/// The most lines of one paste that are read; the rest are counted and reported, not read, so a
/// paste of any size takes bounded time and memory.
pub const MAX_LINES: usize = 2_000;

/// The longest line that is looked at, in bytes: a link's payload is at most
/// `share::limits::MAX_PAYLOAD_LEN`, and the address and a few words around it fit in the rest.
pub const MAX_LINE_BYTES: usize = crate::share::limits::MAX_PAYLOAD_LEN + 4_096;

/// One line worth decoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate<'a> {
    /// 1-based line number in the pasted text.
    pub line: usize,
    /// The link on that line: the word holding a link route, or the whole line when none does
    /// (the decoder then says what is wrong with it).
    pub text: &'a str,
}

/// A paste split into lines worth decoding and lines that were not read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pasted<'a> {
    pub candidates: Vec<Candidate<'a>>,
    /// Line numbers of lines longer than [`MAX_LINE_BYTES`].
    pub too_long: Vec<usize>,
    /// Non-blank lines after the first [`MAX_LINES`], not read.
    pub not_read: usize,
}

/// Splits pasted text into one candidate link per non-blank line.
pub fn split_pasted(text: &str) -> Pasted<'_> {
    let mut pasted = Pasted::default();
    let lines = text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty());
    for (read, (line, content)) in lines.enumerate() {
        if read >= MAX_LINES {
            pasted.not_read += 1;
        } else if content.len() > MAX_LINE_BYTES {
            pasted.too_long.push(line);
        } else {
            pasted.candidates.push(Candidate { line, text: link_in(content) });
        }
    }
    pasted
}

/// The word of `line` that holds a link route (`#/s/`, `#/v/`, `#/c/`), else the whole line.
fn link_in(line: &str) -> &str {
    let is_link = |w: &&str| LinkMode::ALL.iter().any(|mode| w.contains(mode.prefix()));
    line.split_whitespace()
        .find(is_link)
        .map_or(line, |w| w.trim_matches(|c: char| matches!(c, '<' | '>' | '(' | ')' | '"' | '\'')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_found_one_a_line_among_names_and_blank_lines() {
        let text = "\n  https://a.example/#/s/2.AbC \n\n김민수: https://b.example/app/#/c/3.xyz (final)\n<https://c/#/v/2.q>\nhello\r\n";
        let pasted = split_pasted(text);
        let got: Vec<(usize, &str)> = pasted.candidates.iter().map(|c| (c.line, c.text)).collect();
        assert_eq!(
            got,
            [
                (2, "https://a.example/#/s/2.AbC"),
                (4, "https://b.example/app/#/c/3.xyz"),
                (5, "https://c/#/v/2.q"),
                (6, "hello")
            ]
        );
        assert_eq!((pasted.too_long.len(), pasted.not_read), (0, 0));
    }

    #[test]
    fn a_huge_paste_is_read_only_up_to_its_bounds() {
        let text = "x\n".repeat(MAX_LINES + 7) + &"y".repeat(MAX_LINE_BYTES + 1);
        let pasted = split_pasted(&text);
        assert_eq!(pasted.candidates.len(), MAX_LINES);
        assert_eq!(pasted.not_read, 8);
        let long = format!("a\n{}\nb", "z".repeat(MAX_LINE_BYTES + 1));
        assert_eq!(split_pasted(&long).too_long, [2]);
    }
}
