//! QR codes for share links, as an SVG path the interface draws itself.

use qrcode::{Color, EcLevel, QrCode};

/// The longest text a QR code can carry in byte mode (version 40, low error correction).
pub const MAX_BYTES: usize = 2953;

/// A QR code as one SVG path of unit squares on a `size` × `size` grid (quiet zone included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    pub size: usize,
    pub path: String,
}

/// The quiet zone scanners need around the code, in modules.
const QUIET: usize = 4;

/// Encodes `text`, preferring medium error correction (sturdier when shown on a projector) and
/// falling back to low when the text is too long for it. `None` when it does not fit at all.
pub fn encode(text: &str) -> Option<QrPath> {
    if text.len() > MAX_BYTES {
        return None;
    }
    let code = QrCode::with_error_correction_level(text, EcLevel::M)
        .or_else(|_| QrCode::with_error_correction_level(text, EcLevel::L))
        .ok()?;
    let width = code.width();
    let mut path = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            let (x, y) = (i % width + QUIET, i / width + QUIET);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some(QrPath { size: width + 2 * QUIET, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_link_gives_a_square_path() {
        let qr = encode("https://example.org/mlplan/#/s/1.abc").expect("short text fits");
        assert!(qr.size >= 21 + 2 * QUIET);
        assert!(qr.path.starts_with('M'));
        // Every dark module is one closed unit square inside the grid.
        let squares = qr.path.matches('z').count();
        assert!(squares > 50);
        for part in qr.path.split('z').filter(|p| !p.is_empty()) {
            let nums: Vec<usize> = part[1..].split(['h', 'v', ' ']).take(2).map(|n| n.parse().unwrap()).collect();
            assert!(nums[0] < qr.size - QUIET && nums[1] < qr.size - QUIET);
        }
    }

    #[test]
    fn too_long_text_has_no_code() {
        assert!(encode(&"a".repeat(MAX_BYTES + 1)).is_none());
        assert!(encode(&"a".repeat(2000)).is_some(), "2,000 characters fit at low error correction");
    }
}
