//! Reading `score,label` text, whole or in chunks, into order keys per class.
//!
//! Two paths read a line. The quick path (`quick_row`) reads the common shape, a plain decimal, the
//! delimiter and a 0/1 label, in one pass over its bytes with no allocation. Every other line (the
//! first row, headers, quotes, blanks, exponents, long numbers, other labels, bad rows) goes through
//! `ScoresReader::line`, which holds the rules; the quick path only ever accepts lines that `line`
//! would read to the same score and label (checked by the property tests below).

use super::keys::order_key;
use super::{BadRow, Figures, RowProblem, Scores, ScoresError, MAX_REPORTED_BAD_ROWS, MAX_ROWS, MAX_TEXT_BYTES};

/// Collects accepted rows as order keys per class, and the first bad rows.
#[derive(Default)]
pub(super) struct RowSink {
    positive: Vec<u64>,
    negative: Vec<u64>,
    bad: Vec<BadRow>,
    bad_total: usize,
}

impl RowSink {
    pub(super) fn accept(&mut self, score: f64, positive: bool) {
        let key = order_key(score);
        if positive {
            self.positive.push(key);
        } else {
            self.negative.push(key);
        }
    }

    pub(super) fn reject(&mut self, line: usize, problem: RowProblem) {
        if self.bad.len() < MAX_REPORTED_BAD_ROWS {
            self.bad.push(BadRow { line, problem });
        }
        self.bad_total += 1;
    }

    fn rows(&self) -> usize {
        self.positive.len() + self.negative.len() + self.bad_total
    }

    pub(super) fn finish(self) -> Result<Scores, ScoresError> {
        if self.bad_total > 0 {
            return Err(ScoresError::BadRows { first: self.bad, total: self.bad_total });
        }
        if self.rows() == 0 {
            return Err(ScoresError::Empty);
        }
        Ok(Scores::from_keys(self.positive, self.negative, Figures::Exact))
    }
}

/// Tab if the first row has one, else comma, else semicolon (spreadsheets in comma-decimal locales).
fn detect_delimiter(line: &str) -> char {
    ['\t', ',', ';'].into_iter().find(|&d| line.contains(d)).unwrap_or(',')
}

/// Trims blanks and one pair of double quotes, which spreadsheet exports sometimes add.
fn clean_field(field: &str) -> &str {
    let field = field.trim_ascii();
    field.strip_prefix('"').and_then(|f| f.strip_suffix('"')).map_or(field, str::trim_ascii)
}

fn parse_score(field: &str) -> Result<f64, RowProblem> {
    let value: f64 = field.parse().map_err(|_| RowProblem::ScoreNotANumber)?;
    if value.is_finite() {
        Ok(value)
    } else {
        Err(RowProblem::ScoreNotFinite)
    }
}

fn parse_label(field: &str) -> Result<bool, RowProblem> {
    match field {
        "1" | "1.0" => Ok(true),
        "0" | "0.0" => Ok(false),
        _ if field.eq_ignore_ascii_case("true") => Ok(true),
        _ if field.eq_ignore_ascii_case("false") => Ok(false),
        _ => Err(RowProblem::LabelNotRecognised),
    }
}

/// Splits a row into its score and label fields; a trailing empty column ("0.3,1,") is tolerated.
fn split_row(line: &str, delimiter: char) -> Result<(&str, &str), RowProblem> {
    let (score, rest) = line.split_once(delimiter).ok_or(RowProblem::MissingColumn)?;
    let label = match rest.split_once(delimiter) {
        Some((label, extra)) if extra.chars().all(|c| c == delimiter || c.is_ascii_whitespace()) => label,
        Some(_) => return Err(RowProblem::ExtraColumn),
        None => rest,
    };
    let (score, label) = (clean_field(score), clean_field(label));
    if score.is_empty() || label.is_empty() {
        return Err(RowProblem::MissingColumn);
    }
    Ok((score, label))
}

fn parse_row(line: &str, delimiter: char) -> Result<(f64, bool), RowProblem> {
    let (score, label) = split_row(line, delimiter)?;
    Ok((parse_score(score)?, parse_label(label)?))
}

/// Powers of ten that are exact doubles (10^22 is the last).
const EXACT_POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];
/// Integers up to 2^53 are exact doubles.
const EXACT_MANTISSA: u64 = 1 << 53;

/// Reads a row of the common shape, `[-]digits[.digits]`, the delimiter, `0` or `1`, then `\n` or
/// `\r\n`, in one pass over its bytes. Returns the score, the label and the bytes used (newline
/// included); `None` for any other line, which `ScoresReader::line` then reads under the full rules.
///
/// The score is the correctly rounded value of the decimal, as `str::parse` gives: the digits form
/// an integer of at most 2^53 and the power of ten is at most 10^22, both exact doubles, so the one
/// division rounds once (Clinger's fast path). Longer numbers are left to the general path.
fn quick_row(bytes: &[u8], delimiter: u8) -> Option<(f64, bool, usize)> {
    let negative = bytes.first() == Some(&b'-');
    let mut mantissa = 0u64;
    let whole_start = usize::from(negative);
    let mut i = read_digits(bytes, whole_start, &mut mantissa);
    let whole_digits = i - whole_start;
    let mut decimals = 0;
    if bytes.get(i) == Some(&b'.') {
        let fraction_start = i + 1;
        i = read_digits(bytes, fraction_start, &mut mantissa);
        decimals = i - fraction_start;
        if decimals == 0 {
            return None;
        }
    }
    // Nineteen digits cannot overflow the accumulator; longer numbers are left to `str::parse`.
    if whole_digits == 0 || whole_digits + decimals > 19 || mantissa > EXACT_MANTISSA || bytes.get(i)? != &delimiter {
        return None;
    }
    let power = *EXACT_POWERS_OF_TEN.get(decimals)?;
    let positive = match bytes.get(i + 1)? {
        b'1' => true,
        b'0' => false,
        _ => return None,
    };
    let used = match bytes.get(i + 2..)? {
        [b'\n', ..] => i + 3,
        [b'\r', b'\n', ..] => i + 4,
        _ => return None,
    };
    let magnitude = mantissa as f64 / power;
    Some((if negative { -magnitude } else { magnitude }, positive, used))
}

/// Accumulates the ASCII digits from `start` into `mantissa` (wrapping: the caller refuses more than
/// nineteen digits) and returns where they end.
#[inline(always)]
fn read_digits(bytes: &[u8], start: usize, mantissa: &mut u64) -> usize {
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        let d = b.wrapping_sub(b'0');
        if d > 9 {
            break;
        }
        *mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(d));
        i += 1;
    }
    i
}

/// A first row is a header when neither field reads as data ("score,label", "p\ty").
fn is_header(line: &str, delimiter: char) -> bool {
    let mut fields = line.split(delimiter).map(clean_field);
    let score_is_text = fields.next().is_some_and(|s| s.parse::<f64>().is_err());
    let label_is_text = fields.next().is_none_or(|l| parse_label(l).is_err());
    score_is_text && label_is_text
}

pub(super) fn parse_text(text: &str) -> Result<Scores, ScoresError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(ScoresError::TooLarge { bytes: text.len(), limit: MAX_TEXT_BYTES });
    }
    let mut reader = ScoresReader::new();
    // An error here is kept by the reader and returned again by `finish`.
    let _ = reader.push(text.as_bytes());
    reader.finish()
}

/// Reads `score,label` text piece by piece, for files read in chunks: the page can show progress
/// and stay responsive between pieces. Same rules and messages as `Scores::parse` (which uses it).
///
/// Chunks are bytes and may split a line (or a UTF-8 character) anywhere: the unfinished tail is
/// kept until the next chunk. A line is only decoded once complete, and `\n` never occurs inside a
/// multi-byte character, so splitting at it is always safe.
#[derive(Default)]
pub struct ScoresReader {
    sink: RowSink,
    /// Bytes of an unfinished last line.
    tail: Vec<u8>,
    delimiter: Option<char>,
    /// Lines completed so far (the next line's number is `lines + 1`).
    lines: usize,
    bytes: usize,
    started: bool,
    failed: Option<ScoresError>,
}

impl ScoresReader {
    pub fn new() -> Self {
        Self::default()
    }

    /// Bytes given so far.
    pub fn bytes_read(&self) -> usize {
        self.bytes
    }

    /// Rows read so far, good and bad (for progress messages).
    pub fn rows_read(&self) -> usize {
        self.sink.rows()
    }

    /// Reads the complete lines of `chunk` (with any tail left by the previous chunk). After the
    /// first error that makes the whole input unusable (too large, too many rows), later chunks are
    /// ignored and the error is returned again; bad rows are collected and reported by `finish`.
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), ScoresError> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        self.bytes += chunk.len();
        if self.bytes > MAX_TEXT_BYTES {
            return Err(self.fail(ScoresError::TooLarge { bytes: self.bytes, limit: MAX_TEXT_BYTES }));
        }
        let mut chunk = chunk;
        if !self.started {
            // Wait for three bytes before deciding about a byte-order mark.
            if self.tail.len() + chunk.len() < 3 {
                self.tail.extend_from_slice(chunk);
                return Ok(());
            }
            self.started = true;
            if !self.tail.is_empty() {
                let mut joined = std::mem::take(&mut self.tail);
                joined.extend_from_slice(chunk);
                let body = joined.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&joined).to_vec();
                return self.push_body(&body);
            }
            chunk = chunk.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(chunk);
        }
        self.push_body(chunk)
    }

    fn push_body(&mut self, chunk: &[u8]) -> Result<(), ScoresError> {
        let Some(last_newline) = chunk.iter().rposition(|&b| b == b'\n') else {
            self.tail.extend_from_slice(chunk);
            return Ok(());
        };
        let (mut complete, rest) = chunk.split_at(last_newline + 1);
        if !self.tail.is_empty() {
            let first_end = complete.iter().position(|&b| b == b'\n').unwrap_or(complete.len() - 1);
            let mut line = std::mem::take(&mut self.tail);
            line.extend_from_slice(&complete[..first_end]);
            self.line(&line)?;
            complete = &complete[first_end + 1..];
        }
        self.complete_lines(complete)?;
        self.tail.extend_from_slice(rest);
        Ok(())
    }

    /// Reads lines that all end with a newline: the quick path where it applies (once the delimiter
    /// is known from the first row), else `line`.
    fn complete_lines(&mut self, mut lines: &[u8]) -> Result<(), ScoresError> {
        while !lines.is_empty() {
            // Delimiters are ASCII (see `detect_delimiter`), so the cast keeps them whole.
            if let Some((score, positive, used)) = self.delimiter.and_then(|d| quick_row(lines, d as u8)) {
                self.lines += 1;
                self.sink.accept(score, positive);
                self.check_rows()?;
                lines = &lines[used..];
                continue;
            }
            let end = lines.iter().position(|&b| b == b'\n').unwrap_or(lines.len());
            self.line(&lines[..end])?;
            lines = lines.get(end + 1..).unwrap_or_default();
        }
        Ok(())
    }

    fn check_rows(&mut self) -> Result<(), ScoresError> {
        if self.sink.rows() > MAX_ROWS {
            return Err(self.fail(ScoresError::TooManyRows { limit: MAX_ROWS }));
        }
        Ok(())
    }

    fn fail(&mut self, error: ScoresError) -> ScoresError {
        self.failed = Some(error.clone());
        error
    }

    fn line(&mut self, raw: &[u8]) -> Result<(), ScoresError> {
        self.lines += 1;
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.trim_ascii().is_empty() {
            return Ok(());
        }
        let decoded = String::from_utf8_lossy(raw);
        let line: &str = &decoded;
        let first_row = self.delimiter.is_none();
        let d = *self.delimiter.get_or_insert_with(|| detect_delimiter(line));
        match parse_row(line, d) {
            Ok((score, positive)) => self.sink.accept(score, positive),
            Err(_) if first_row && is_header(line, d) => {}
            Err(problem) => self.sink.reject(self.lines, problem),
        }
        self.check_rows()
    }

    /// Reads the last line (text need not end with a newline) and prepares the scores.
    pub fn finish(mut self) -> Result<Scores, ScoresError> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        if !self.started {
            self.started = true;
            let tail = std::mem::take(&mut self.tail);
            let body = tail.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&tail).to_vec();
            self.tail = body;
        }
        if !self.tail.is_empty() {
            let tail = std::mem::take(&mut self.tail);
            self.line(&tail)?;
        }
        self.sink.finish()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The reader with every line taken by the general path (`line`), as before the quick path: the
    /// reference the quick path must agree with.
    fn parse_line_by_line(text: &str) -> Result<Scores, ScoresError> {
        let mut reader = ScoresReader { started: true, ..ScoresReader::new() };
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut lines: Vec<&str> = body.split('\n').collect();
        let unfinished = lines.pop().unwrap_or_default();
        for line in lines {
            if reader.line(line.as_bytes()).is_err() {
                break;
            }
        }
        reader.tail = unfinished.as_bytes().to_vec();
        reader.finish()
    }

    /// Scores written in the ways files write them, and some they should not.
    fn score_text() -> impl Strategy<Value = String> {
        prop_oneof![
            (any::<f64>(), 0usize..20).prop_map(|(x, d)| format!("{x:.d$}")),
            (-1.0..1.0f64, 0usize..12).prop_map(|(x, d)| format!("{x:.d$}")),
            any::<f64>().prop_map(|x| format!("{x}")),
            any::<f64>().prop_map(|x| format!("{x:e}")),
            "[-+]?[0-9]{0,25}(\\.[0-9]{0,25})?",
            Just("nan".to_string()),
            Just("-inf".to_string()),
            Just(" 0.5 ".to_string()),
            Just("\"0.25\"".to_string()),
            Just("0,5".to_string()),
            Just("score".to_string()),
        ]
    }

    fn label_text() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => prop_oneof![Just("0"), Just("1")].prop_map(String::from),
            1 => prop_oneof![Just("1.0"), Just("TRUE"), Just("false"), Just("2"), Just(""), Just(" 1"), Just("1 ")]
                .prop_map(String::from),
        ]
    }

    /// A row: score, delimiter, label, sometimes a third column; or a blank line.
    fn row() -> impl Strategy<Value = String> {
        let delimiter = prop_oneof![6 => Just(","), 1 => Just("\t"), 1 => Just(";")];
        let extra = prop_oneof![4 => Just(""), 1 => Just(","), 1 => Just(",7")];
        prop_oneof![
            12 => (score_text(), delimiter, label_text(), extra).prop_map(|(s, d, l, e)| format!("{s}{d}{l}{e}")),
            1 => Just(String::new()),
            1 => score_text(),
        ]
    }

    fn text() -> impl Strategy<Value = String> {
        let header = prop_oneof![Just(""), Just("score,label\n"), Just("p\ty\n"), Just("\u{feff}s;l\r\n")];
        let ending = prop_oneof![3 => Just("\n"), 1 => Just("\r\n")];
        (header, prop::collection::vec((row(), ending), 0..30), any::<bool>()).prop_map(|(h, rows, last_newline)| {
            let mut text: String = h.to_string();
            for (row, end) in rows {
                text.push_str(&row);
                text.push_str(end);
            }
            if !last_newline {
                text.pop();
            }
            text
        })
    }

    proptest! {
        #[test]
        fn quick_and_general_paths_read_alike(text in text(), chunk in 1usize..50) {
            let reference = parse_line_by_line(&text);
            prop_assert_eq!(&Scores::parse(&text), &reference);
            let mut reader = ScoresReader::new();
            for piece in text.as_bytes().chunks(chunk) {
                if reader.push(piece).is_err() {
                    break;
                }
            }
            prop_assert_eq!(reader.finish(), reference);
        }

        #[test]
        fn quick_scores_are_the_correctly_rounded_decimal(digits in "-?[0-9]{1,20}(\\.[0-9]{1,24})?") {
            let row = format!("{digits},1\n");
            if let Some((score, positive, used)) = quick_row(row.as_bytes(), b',') {
                prop_assert_eq!(score.to_bits(), digits.parse::<f64>().unwrap().to_bits());
                prop_assert!(positive);
                prop_assert_eq!(used, row.len());
            }
        }
    }

    #[test]
    fn the_common_shape_takes_the_quick_path() {
        assert_eq!(quick_row(b"0.12345678,1\n", b','), Some((0.12345678, true, 13)));
        assert_eq!(quick_row(b"-3,0\r\nrest", b','), Some((-3.0, false, 6)));
        assert_eq!(quick_row(b"7\t1\n", b'\t'), Some((7.0, true, 4)));
        // Left to the general path: other labels, a missing newline, a lone point, exponents, spaces.
        for row in ["0.5,1.0\n", "0.5,1", "1.,0\n", ".5,0\n", "1e3,1\n", " 0.5,1\n", "0.5;1\n"] {
            assert_eq!(quick_row(row.as_bytes(), b','), None, "{row:?}");
        }
    }
}
