//! Base64url without padding (RFC 4648 §5), strict: only the 64 URL-safe characters, no
//! padding, and the unused low bits of the last character must be zero, so each byte string
//! has exactly one spelling.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub(super) fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// The bytes, or the character position of the first thing wrong.
pub(super) fn decode(text: &str) -> Result<Vec<u8>, usize> {
    let text = text.as_bytes();
    if text.len() % 4 == 1 {
        return Err(text.len() - 1);
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for (c, chunk) in text.chunks(4).enumerate() {
        let mut n = 0u32;
        for (i, ch) in chunk.iter().enumerate() {
            n |= sextet(*ch).ok_or(c * 4 + i)? << (18 - 6 * i);
        }
        let bytes = chunk.len() - 1;
        let unused = n & (0x00ff_ffff >> (8 * bytes));
        if unused != 0 {
            return Err(c * 4 + chunk.len() - 1);
        }
        out.extend_from_slice(&n.to_be_bytes()[1..=bytes]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_rfc_4648_vectors_without_padding() {
        for (raw, enc) in
            [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE")]
        {
            assert_eq!(encode(raw.as_bytes()), enc);
            assert_eq!(decode(enc).unwrap(), raw.as_bytes());
        }
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode("-_8").unwrap(), [0xfb, 0xff]);
    }

    #[test]
    fn rejects_foreign_characters_padding_and_loose_bits() {
        assert_eq!(decode("Zm9v+g"), Err(4));
        assert_eq!(decode("Zg=="), Err(2));
        assert_eq!(decode("Zm9vY"), Err(4));
        assert_eq!(decode("Zh"), Err(1), "the last character's unused bits must be zero");
    }

    #[test]
    fn every_byte_string_round_trips() {
        let all: Vec<u8> = (0..=255).collect();
        for len in 0..all.len() {
            assert_eq!(decode(&encode(&all[..len])).unwrap(), &all[..len]);
        }
    }
}
