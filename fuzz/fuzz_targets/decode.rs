//! `mlplan::share::decode` must return, never panic, on any input:
//! - the bytes as (lossy) text: links, fragments, payloads, garbage;
//! - the bytes as text, when they are valid UTF-8;
//! - the bytes as the binary tree inside a well-formed payload of each format (right checksum,
//!   valid coding), which reaches the tree decoder and the plan reader on every run;
//! - the bytes as format 2's coded bytes behind a right checksum and a declared length taken
//!   from the first two bytes, which reaches the arithmetic decoder and its model;
//! - the bytes as the binary tree of a format-3 link (a patch on a worked example), decoded with
//!   the example its header names, which reaches the patch and the plan reader;
//! - the bytes as a feedback link, as text and as the binary tree of a well-formed one.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = mlplan::share::decode(&String::from_utf8_lossy(data));
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = mlplan::share::decode(text);
    }
    let _ = mlplan::share::decode(&mlplan::share::payload_from_binary(data));
    let _ = mlplan::share::decode(&mlplan::share::payload_v1_from_binary(data));
    let from_example = mlplan::share::payload_v3_from_binary(data);
    if let Ok(Some(origin)) = mlplan::share::example_needed(&from_example) {
        let example = mlplan::plan::examples::build(&origin.key, origin.lang);
        let _ = mlplan::share::decode_with_example(&from_example, example.as_ref());
    }
    let _ = mlplan::share::decode_feedback(&String::from_utf8_lossy(data));
    let as_feedback = mlplan::share::payload_from_binary(data).replacen("2.", "f1.", 1);
    let _ = mlplan::share::decode_feedback(&as_feedback);
    if let [a, b, coded @ ..] = data {
        let declared = u64::from(u16::from_le_bytes([*a, *b]));
        let _ = mlplan::share::decode(&mlplan::share::payload_v2(declared, coded));
    }
});
