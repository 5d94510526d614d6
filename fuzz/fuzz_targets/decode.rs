//! `mlplan::share::decode` must return, never panic, on any input:
//! - the bytes as (lossy) text: links, fragments, payloads, garbage;
//! - the bytes as text, when they are valid UTF-8;
//! - the bytes as the binary tree inside a well-formed payload (right checksum, valid
//!   deflate), which reaches the tree decoder and the plan reader on every run.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = mlplan::share::decode(&String::from_utf8_lossy(data));
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = mlplan::share::decode(text);
    }
    let _ = mlplan::share::decode(&mlplan::share::payload_from_binary(data));
});
