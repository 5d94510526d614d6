//! Writes the hostile-link corpus the end-to-end tests open (`tests/fixtures/hostile-links.json`):
//! `cargo run --example hostile_links > tests/fixtures/hostile-links.json`. Every entry is a
//! fragment payload and what opening it must show: the preview (a valid plan whose text is
//! hostile) or the error.

use mlplan::plan::Plan;
use mlplan::share;
use serde_json::json;

fn plan_with(title: &str, statement: &str) -> Plan {
    let mut p = Plan::new("hostile1", title, 1_700_000_000_000);
    p.problem.statement = statement.to_string();
    p.problem.who = "<b onmouseover=window.__pwned=1>who</b>".to_string();
    p
}

fn main() {
    let good = share::encode(&plan_with("A normal plan", "Predict late deliveries"));
    let truncated = good[..good.len() * 2 / 3].to_string();
    let mut flipped: Vec<u8> = good.clone().into_bytes();
    let i = flipped.len() / 2;
    flipped[i] = if flipped[i] == b'A' { b'B' } else { b'A' };
    let flipped = String::from_utf8(flipped).expect("base64url stays ASCII");
    let wrong_tag = format!("9{}", &good[good.find('.').expect("a tagged payload")..]);
    // Five megabytes of one byte: deflates to a few kilobytes, must stop inflating at the cap.
    let bomb = share::payload_from_binary(&vec![0x41; 5 * 1024 * 1024]);
    let noisy: String =
        (0..100_000u32).map(|i| char::from(b'a' + ((i.wrapping_mul(2_654_435_761) >> 13) % 26) as u8)).collect();
    let corpus = json!([
        {"name": "truncated", "payload": truncated, "expect": "error"},
        {"name": "bit-flipped", "payload": flipped, "expect": "error"},
        {"name": "wrong tag", "payload": wrong_tag, "expect": "error"},
        {"name": "base64 garbage", "payload": "1.!!!not*base64((", "expect": "error"},
        {"name": "random base64", "payload": "1.q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJ", "expect": "error"},
        {"name": "decompression bomb", "payload": bomb, "expect": "error"},
        {"name": "script in title", "payload": share::encode(&plan_with("<script>window.__pwned=1</script>", "x")), "expect": "preview"},
        {"name": "img onerror in text", "payload": share::encode(&plan_with("<img src=x onerror=window.__pwned=1>", "<svg onload=window.__pwned=1>")), "expect": "preview"},
        {"name": "javascript url text", "payload": share::encode(&plan_with("[x](javascript:window.__pwned=1)", "javascript:window.__pwned=1")), "expect": "preview"},
        {"name": "100,000-character field", "payload": share::encode(&plan_with("Long", &"데이터 ".repeat(25_000))), "expect": "preview"},
        {"name": "100,000 noisy characters", "payload": share::encode(&plan_with("Noisy", &noisy)), "expect": "any"},
    ]);
    println!("{}", serde_json::to_string_pretty(&corpus).expect("JSON"));
}
