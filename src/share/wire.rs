//! The binary tree format inside a format-1 payload, before compression.
//!
//! ```text
//! value  := 0x00                        null
//!         | 0x01 | 0x02                 false | true
//!         | 0x03 varint                 unsigned integer
//!         | 0x04 varint                 negative integer -(n + 1)
//!         | 0x05 varint bytes           finite float as its shortest decimal text
//!         | 0x06 varint bytes           string in packed text (see `text`)
//!         | 0x07 varint                 string from WORDS (enum words such as "yes")
//!         | 0x08 varint value*          array: count, then the items
//!         | 0x09 varint (key value)*    object: count, then the members
//! key    := varint k                    k >= 1: KEYS[k - 1]
//!         | 0x00 varint bytes           any other key, written literally in packed text
//! varint := LEB128, at most 10 bytes, no overlong final zero byte
//! ```
//!
//! Every length and count is checked against the bytes that remain, and against the caps in
//! [`super::limits`], before anything is allocated for it.

use super::keys::{KEYS, WORDS};
use super::{limits, Corruption, Part, ShareError};
use serde_json::{Map, Number, Value};

const NULL: u8 = 0x00;
const FALSE: u8 = 0x01;
const TRUE: u8 = 0x02;
const UINT: u8 = 0x03;
const NEG: u8 = 0x04;
const FLOAT: u8 = 0x05;
const STR: u8 = 0x06;
const WORD: u8 = 0x07;
const ARRAY: u8 = 0x08;
const OBJECT: u8 = 0x09;

/// Appends the binary form of `value` to `out`.
pub(super) fn write_value(out: &mut Vec<u8>, value: &Value) {
    match value {
        Value::Null => out.push(NULL),
        Value::Bool(false) => out.push(FALSE),
        Value::Bool(true) => out.push(TRUE),
        Value::Number(n) => write_number(out, n),
        Value::String(s) => match WORDS.iter().position(|w| w == s) {
            Some(i) => {
                out.push(WORD);
                write_varint(out, i as u64);
            }
            None => {
                out.push(STR);
                write_text(out, s);
            }
        },
        Value::Array(items) => {
            out.push(ARRAY);
            write_varint(out, items.len() as u64);
            for item in items {
                write_value(out, item);
            }
        }
        Value::Object(members) => {
            out.push(OBJECT);
            write_varint(out, members.len() as u64);
            for (key, item) in members {
                match KEYS.iter().position(|k| k == key) {
                    Some(i) => write_varint(out, i as u64 + 1),
                    None => {
                        out.push(0);
                        write_text(out, key);
                    }
                }
                write_value(out, item);
            }
        }
    }
}

fn write_number(out: &mut Vec<u8>, n: &Number) {
    if let Some(u) = n.as_u64() {
        out.push(UINT);
        write_varint(out, u);
    } else if let Some(i) = n.as_i64() {
        // Negative: as_u64 failed, so i < 0 and -(i + 1) cannot overflow.
        out.push(NEG);
        write_varint(out, (-(i + 1)) as u64);
    } else {
        // A float; serde_json prints the shortest text that reads back to the same f64.
        out.push(FLOAT);
        write_bytes(out, n.to_string().as_bytes());
    }
}

fn write_text(out: &mut Vec<u8>, text: &str) {
    let mut packed = Vec::new();
    super::text::pack(text, &mut packed);
    write_bytes(out, &packed);
}

fn write_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    write_varint(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

pub(super) fn write_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// A varint at the start of `bytes` (canonical, as in the tree) and the bytes after it.
pub(super) fn split_varint(bytes: &[u8]) -> Option<(u64, &[u8])> {
    let mut r = Reader { bytes, pos: 0 };
    let n = r.varint().ok()?;
    Some((n, &bytes[r.pos..]))
}

/// Reads one whole value from `bytes`; anything left over is corruption.
pub(super) fn read_root(bytes: &[u8]) -> Result<Value, ShareError> {
    let mut r = Reader { bytes, pos: 0 };
    let value = r.value(0)?;
    if r.pos != bytes.len() {
        return Err(r.corrupt(Corruption::TrailingBytes));
    }
    Ok(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn corrupt(&self, problem: Corruption) -> ShareError {
        ShareError::Corrupt { offset: self.pos, problem }
    }

    fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    fn byte(&mut self) -> Result<u8, ShareError> {
        let b = *self.bytes.get(self.pos).ok_or_else(|| self.corrupt(Corruption::UnexpectedEnd))?;
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, ShareError> {
        let start = self.pos;
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let part = u64::from(b & 0x7f);
            if shift == 63 && part > 1 {
                break;
            }
            n |= part << shift;
            if b & 0x80 == 0 {
                if b == 0 && shift > 0 {
                    break; // overlong: a final zero byte adds nothing
                }
                return Ok(n);
            }
        }
        self.pos = start;
        Err(self.corrupt(Corruption::BadVarint))
    }

    /// A length or count, checked against `max` and the bytes left (each item needs one byte
    /// at least) before the caller allocates or loops.
    fn count(&mut self, part: Part, max: usize) -> Result<usize, ShareError> {
        let n = self.varint()?;
        if n > max as u64 {
            return Err(ShareError::TooBig { part, len: n, max });
        }
        let n = n as usize;
        if n > self.remaining() {
            return Err(self.corrupt(Corruption::UnexpectedEnd));
        }
        Ok(n)
    }

    fn slice(&mut self, part: Part, max: usize) -> Result<&[u8], ShareError> {
        let n = self.count(part, max)?;
        let s = &self.bytes[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn text(&mut self, part: Part) -> Result<String, ShareError> {
        let start = self.pos;
        let packed = self.slice(part, limits::MAX_STRING_BYTES)?;
        match super::text::unpack(packed) {
            Ok(s) => Ok(s),
            Err(at) => {
                self.pos = start + at;
                Err(self.corrupt(Corruption::BadText))
            }
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ShareError> {
        let tag_pos = self.pos;
        match self.byte()? {
            NULL => Ok(Value::Null),
            FALSE => Ok(Value::Bool(false)),
            TRUE => Ok(Value::Bool(true)),
            UINT => Ok(Value::from(self.varint()?)),
            NEG => {
                let n = self.varint()?;
                match i64::try_from(n) {
                    Ok(m) => Ok(Value::from(-m - 1)),
                    Err(_) => Err(self.corrupt(Corruption::BadNumber)),
                }
            }
            FLOAT => {
                let start = self.pos;
                let raw = self.slice(Part::Number, 32)?;
                let parsed = std::str::from_utf8(raw).ok().and_then(|s| s.parse::<f64>().ok());
                match parsed.and_then(Number::from_f64) {
                    Some(n) => Ok(Value::Number(n)),
                    None => {
                        self.pos = start;
                        Err(self.corrupt(Corruption::BadNumber))
                    }
                }
            }
            STR => Ok(Value::String(self.text(Part::Text)?)),
            WORD => {
                let start = self.pos;
                let i = self.varint()?;
                match WORDS.get(i as usize) {
                    Some(w) if i < WORDS.len() as u64 => Ok(Value::String((*w).to_owned())),
                    _ => {
                        self.pos = start;
                        Err(self.corrupt(Corruption::UnknownWord(i)))
                    }
                }
            }
            ARRAY => {
                let depth = self.deeper(depth)?;
                let n = self.count(Part::List, limits::MAX_ITEMS)?;
                let mut items = Vec::new();
                for _ in 0..n {
                    items.push(self.value(depth)?);
                }
                Ok(Value::Array(items))
            }
            OBJECT => {
                let depth = self.deeper(depth)?;
                let n = self.count(Part::Object, limits::MAX_ITEMS)?;
                let mut members = Map::new();
                for _ in 0..n {
                    let key_pos = self.pos;
                    let key = self.key()?;
                    let item = self.value(depth)?;
                    if members.insert(key, item).is_some() {
                        self.pos = key_pos;
                        return Err(self.corrupt(Corruption::DuplicateKey));
                    }
                }
                Ok(Value::Object(members))
            }
            tag => {
                self.pos = tag_pos;
                Err(self.corrupt(Corruption::UnknownTag(tag)))
            }
        }
    }

    fn deeper(&self, depth: usize) -> Result<usize, ShareError> {
        if depth >= limits::MAX_DEPTH {
            return Err(ShareError::TooDeep { max: limits::MAX_DEPTH });
        }
        Ok(depth + 1)
    }

    fn key(&mut self) -> Result<String, ShareError> {
        let start = self.pos;
        match self.varint()? {
            0 => self.text(Part::Key),
            k => match KEYS.get((k - 1) as usize) {
                Some(name) if k - 1 < KEYS.len() as u64 => Ok((*name).to_owned()),
                _ => {
                    self.pos = start;
                    Err(self.corrupt(Corruption::UnknownKey(k)))
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round(v: &Value) -> Value {
        let mut out = Vec::new();
        write_value(&mut out, v);
        read_root(&out).unwrap()
    }

    #[test]
    fn values_of_every_kind_round_trip() {
        let v = json!({
            "title": "카드 사기 <script>alert(1)</script>",
            "a literal key": [null, true, false, 0, 1, 127, 128, u64::MAX, -1, i64::MIN, 0.5, -2.25e-300, 1e300],
            "value": "yes",
            "nested": {"x": [[], {}], "": ""},
        });
        assert_eq!(round(&v), v);
    }

    #[test]
    fn varints_reject_overlong_and_overflowing_forms() {
        for bad in [&[UINT, 0x80, 0x00][..], &[UINT, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02]] {
            assert!(matches!(read_root(bad), Err(ShareError::Corrupt { problem: Corruption::BadVarint, .. })));
        }
        assert_eq!(read_root(&[UINT, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), Ok(json!(u64::MAX)));
    }

    #[test]
    fn counts_beyond_the_remaining_bytes_fail_before_allocating() {
        let huge = [ARRAY, 0xff, 0xff, 0x03];
        assert!(matches!(read_root(&huge), Err(ShareError::Corrupt { problem: Corruption::UnexpectedEnd, .. })));
        let too_many = [OBJECT, 0xff, 0xff, 0xff, 0x7f];
        assert!(matches!(read_root(&too_many), Err(ShareError::TooBig { part: Part::Object, .. })));
    }

    #[test]
    fn nesting_is_capped() {
        let mut deep = [ARRAY, 1].repeat(limits::MAX_DEPTH + 1);
        deep.push(NULL);
        assert_eq!(read_root(&deep), Err(ShareError::TooDeep { max: limits::MAX_DEPTH }));
        let mut ok = [ARRAY, 1].repeat(limits::MAX_DEPTH);
        ok.push(NULL);
        assert!(read_root(&ok).is_ok());
    }
}
