//! How long plan links are next to lz-string's `compressToEncodedURIComponent` of the plan's
//! JSON, the usual way apps put state in a URL. Run with `--nocapture` to see the table.
#![cfg(not(target_arch = "wasm32"))]

mod share_support;

use mlplan::plan::Plan;

/// Links must be at most this fraction of the lz-string baseline.
const MAX_RATIO: f64 = 0.55;

struct Row {
    title: String,
    json: usize,
    lz: usize,
    ours: usize,
}

impl Row {
    fn ratio(&self) -> f64 {
        self.ours as f64 / self.lz as f64
    }
}

fn measure(plans: &[Plan]) -> Vec<Row> {
    plans
        .iter()
        .map(|p| {
            let json = p.to_json();
            let lz = lz_str::compress_to_encoded_uri_component(json.as_str()).len();
            let payload = mlplan::share::encode(p);
            assert_eq!(mlplan::share::decode(&payload).as_ref(), Ok(p), "{} must round-trip", p.title);
            Row { title: p.title.clone(), json: json.len(), lz, ours: payload.len() }
        })
        .collect()
}

/// Prints the table and fails if any plan's link is over [`MAX_RATIO`] of lz-string's.
fn check_ratios(plans: &[Plan]) {
    let rows = measure(plans);
    println!("{:<40} {:>10} {:>10} {:>10} {:>7}", "plan", "JSON B", "lz-string", "ours", "ratio");
    for r in &rows {
        println!("{:<40} {:>10} {:>10} {:>10} {:>7.3}", r.title, r.json, r.lz, r.ours, r.ratio());
    }
    for r in &rows {
        assert!(r.ratio() <= MAX_RATIO, "{}: {} chars is {:.3} of lz-string's {}", r.title, r.ours, r.ratio(), r.lz);
    }
}

#[test]
fn example_plan_links_are_at_most_055_of_lz_string() {
    check_ratios(&mlplan::plan::examples::all());
}

#[test]
fn sample_plan_links_are_at_most_055_of_lz_string() {
    check_ratios(&share_support::sample_plans());
}

#[test]
fn the_sample_plans_are_realistic() {
    let ko = share_support::korean_plan();
    let json = ko.to_json().len();
    assert!((2_500..=3_500).contains(&json), "the Korean plan is {json} bytes of JSON");
    assert_eq!(ko.completed_steps().len(), 9, "every step of the Korean plan is complete");
    assert_eq!(share_support::korean_plan_long().completed_steps().len(), 9);
}

/// Prints how long links of the worked examples take to make and open (run with `--release
/// --nocapture` for numbers that mean anything). The first call primes the model once.
#[test]
fn print_timings() {
    use std::time::Instant;
    let plans = mlplan::plan::examples::all();
    let start = Instant::now();
    let first = mlplan::share::encode(&plans[0]);
    println!("first encode (priming included): {:?}", start.elapsed());
    let start = Instant::now();
    let links: Vec<String> = plans.iter().map(mlplan::share::encode).collect();
    println!("encode: {:?} per example plan", start.elapsed() / plans.len() as u32);
    let start = Instant::now();
    for l in &links {
        assert!(mlplan::share::decode(l).is_ok());
    }
    println!("decode: {:?} per example plan", start.elapsed() / plans.len() as u32);
    assert_eq!(first, links[0]);
}
