//! Packed text: how format 1 stores strings, denser than UTF-8 for Korean and the same for
//! ASCII.
//!
//! ```text
//! 0x00..=0x7F            an ASCII character
//! 0x80 + L               a Hangul syllable's initial consonant, L in 0..19, then:
//! 0x93 + V               its vowel, V in 0..21, then optionally:
//! 0xA7 + T               its final consonant, T in 1..28 (absent when T = 0)
//! 0xFF + UTF-8           any other character, as its 2 to 4 UTF-8 bytes
//! ```
//!
//! A precomposed syllable U+AC00 + (L × 21 + V) × 28 + T takes 2 or 3 bytes instead of UTF-8's
//! 3, and each byte comes from a small alphabet of its own, which deflate's Huffman codes
//! exploit far better than UTF-8's spread-out continuation bytes.

const L_BASE: u8 = 0x80;
const V_BASE: u8 = 0x93;
/// A final T in 1..28 is written as `T_BASE + T`, 0xA8 to 0xC2, just past the vowels.
const T_BASE: u8 = 0xA7;
const OTHER: u8 = 0xFF;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const SYLLABLE_FIRST: u32 = 0xAC00;
const SYLLABLE_COUNT: u32 = L_COUNT * V_COUNT * T_COUNT;

pub(super) fn pack(text: &str, out: &mut Vec<u8>) {
    for c in text.chars() {
        let code = c as u32;
        if code < 0x80 {
            out.push(code as u8);
        } else if (SYLLABLE_FIRST..SYLLABLE_FIRST + SYLLABLE_COUNT).contains(&code) {
            let i = code - SYLLABLE_FIRST;
            out.push(L_BASE + (i / (V_COUNT * T_COUNT)) as u8);
            out.push(V_BASE + (i / T_COUNT % V_COUNT) as u8);
            let t = (i % T_COUNT) as u8;
            if t > 0 {
                out.push(T_BASE + t);
            }
        } else {
            out.push(OTHER);
            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
    }
}

/// The text, or the offset within `packed` of the first byte that does not fit the format.
pub(super) fn unpack(packed: &[u8]) -> Result<String, usize> {
    let mut out = String::new();
    let mut i = 0;
    while let Some(&b) = packed.get(i) {
        match b {
            0x00..=0x7F => {
                out.push(b as char);
                i += 1;
            }
            OTHER => {
                let len = match packed.get(i + 1) {
                    Some(0xC2..=0xDF) => 2,
                    Some(0xE0..=0xEF) => 3,
                    Some(0xF0..=0xF4) => 4,
                    _ => return Err(i + 1),
                };
                let raw = packed.get(i + 1..i + 1 + len).ok_or(i + 1)?;
                let s = std::str::from_utf8(raw).map_err(|_| i + 1)?;
                let is_syllable =
                    s.chars().any(|c| (SYLLABLE_FIRST..SYLLABLE_FIRST + SYLLABLE_COUNT).contains(&(c as u32)));
                if is_syllable {
                    return Err(i + 1); // one spelling per text: syllables are always packed
                }
                out.push_str(s);
                i += 1 + len;
            }
            _ if (L_BASE..V_BASE).contains(&b) => {
                let l = u32::from(b - L_BASE);
                let v = match packed.get(i + 1) {
                    Some(&v) if (V_BASE..V_BASE + V_COUNT as u8).contains(&v) => u32::from(v - V_BASE),
                    _ => return Err(i + 1),
                };
                let (t, used) = match packed.get(i + 2) {
                    Some(&t) if t > T_BASE && u32::from(t - T_BASE) < T_COUNT => (u32::from(t - T_BASE), 3),
                    _ => (0, 2),
                };
                let code = SYLLABLE_FIRST + (l * V_COUNT + v) * T_COUNT + t;
                out.push(char::from_u32(code).ok_or(i)?);
                i += used;
            }
            _ => return Err(i),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(s: &str) -> String {
        let mut p = Vec::new();
        pack(s, &mut p);
        unpack(&p).unwrap()
    }

    #[test]
    fn every_syllable_and_mixed_text_round_trips() {
        let all: String = (SYLLABLE_FIRST..SYLLABLE_FIRST + SYLLABLE_COUNT).filter_map(char::from_u32).collect();
        assert_eq!(round(&all), all);
        for s in ["", "abc <b>&amp;</b>", "카드 결제 사기", "ㅋㅋ 漢字 é — 😀 \u{0}\u{7f}\u{80}\u{10ffff}", "가각힣"]
        {
            assert_eq!(round(s), s);
        }
    }

    #[test]
    fn syllables_take_two_or_three_bytes() {
        let mut p = Vec::new();
        pack("가각", &mut p);
        assert_eq!(p, [0x80, 0x93, 0x80, 0x93, 0xA8]);
    }

    #[test]
    fn malformed_packing_is_refused_with_its_offset() {
        assert_eq!(unpack(&[b'a', 0x93]), Err(1), "a vowel needs an initial");
        assert_eq!(unpack(&[0x80]), Err(1), "an initial needs a vowel");
        assert_eq!(unpack(&[0xA8]), Err(0), "a final needs a syllable");
        assert_eq!(unpack(&[OTHER, 0x80]), Err(1));
        assert_eq!(unpack(&[OTHER, 0xE2, 0x80]), Err(1), "cut short");
        assert_eq!(unpack(&[OTHER, 0xEA, 0xB0, 0x80]), Err(1), "가 must be packed, not escaped");
        assert_eq!(unpack(&[OTHER, 0xC0, 0x80]), Err(1), "overlong UTF-8");
    }
}
