//! The compare view's word diff, on any texts: the pieces rebuild both sides, and a text
//! compared with itself is kept whole.
#![cfg(not(target_arch = "wasm32"))]

use mlplan::class::{word_diff, PieceKind};
use proptest::prelude::*;

fn join(pieces: &[mlplan::class::Piece], without: PieceKind) -> String {
    pieces.iter().filter(|p| p.kind != without).map(|p| p.text.as_str()).collect()
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof!["[a-c ]{0,40}", "[가나다 \n]{0,30}", "\\PC{0,30}"]
}

proptest! {
    #[test]
    fn pieces_rebuild_both_texts(old in text(), new in text()) {
        let pieces = word_diff(&old, &new);
        prop_assert_eq!(join(&pieces, PieceKind::Removed), new.clone());
        prop_assert_eq!(join(&pieces, PieceKind::Added), old.clone());
        prop_assert!(pieces.windows(2).all(|w| w[0].kind != w[1].kind), "runs are merged");
        prop_assert!(pieces.iter().all(|p| !p.text.is_empty()));
    }

    #[test]
    fn a_text_against_itself_is_kept_whole(t in text()) {
        let pieces = word_diff(&t, &t);
        prop_assert!(pieces.iter().all(|p| p.kind == PieceKind::Kept));
    }
}
