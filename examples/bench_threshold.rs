//! Benchmark of the threshold calculator on 1,000,000 rows (or a given `score,label` file).
//!
//! `cargo run --release --example bench_threshold -- [file.csv]`
//!
//! Without a file it generates the same rows as `scripts/bench_peer.py` (SplitMix64, seed 42: 30%
//! positives, score = (u + 0.35·label) / 1.35 written with 8 decimals), so the two can be compared.
//! Prints the median of 5 runs of each step.

use std::hint::black_box;
use std::time::{Duration, Instant};

use mlplan::calc::threshold::{Scores, DEFAULT_CURVE_POINTS};

const ROWS: usize = 1_000_000;
const RUNS: usize = 5;
const PROBES: usize = 1_000_000;

/// SplitMix64: tiny, deterministic, and easy to repeat in Python.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1) from the top 53 bits.
    fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn generate() -> String {
    let mut rng = SplitMix64(42);
    let mut text = String::with_capacity(ROWS * 13 + 12);
    text.push_str("score,label\n");
    for _ in 0..ROWS {
        let positive = rng.next_f64() < 0.3;
        let score = (rng.next_f64() + if positive { 0.35 } else { 0.0 }) / 1.35;
        text.push_str(&format!("{score:.8},{}\n", u8::from(positive)));
    }
    text
}

/// A plain reader for the pairs, only to time `from_pairs` separately from parsing.
fn pairs(text: &str) -> (Vec<f64>, Vec<bool>) {
    text.lines()
        .filter_map(|line| line.split_once([',', '\t']))
        .filter_map(|(s, l)| Some((s.trim().parse::<f64>().ok()?, matches!(l.trim(), "1" | "true" | "True"))))
        .unzip()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    let runs = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    median(runs)
}

fn main() {
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}")),
        None => generate(),
    };
    let scores = Scores::parse(&text).expect("bench input parses");
    let (raw_scores, labels) = pairs(&text);
    println!(
        "rows {} ({} positives), {} distinct scores, {:.1} MB of text",
        scores.len(),
        scores.positives(),
        scores.distinct_scores().len(),
        text.len() as f64 / 1e6
    );
    println!(
        "AUC {:.12}  AP {:.12}",
        scores.roc_auc().unwrap_or(f64::NAN),
        scores.average_precision().unwrap_or(f64::NAN)
    );

    let parse = time(|| Scores::parse(&text).unwrap());
    let prepare = time(|| Scores::from_pairs(&raw_scores, &labels).unwrap());
    let metrics = time(|| {
        let d = scores.decisions(None).unwrap();
        (
            scores.roc_auc(),
            scores.average_precision(),
            scores.roc_curve(),
            scores.pr_curve(),
            d.roc_points(DEFAULT_CURVE_POINTS),
            d.pr_points(DEFAULT_CURVE_POINTS),
        )
    });
    let probes = time(|| {
        let mut sum = 0u64;
        for i in 0..PROBES {
            sum += scores.confusion_at(i as f64 / PROBES as f64).tp;
        }
        sum
    });

    println!("medians of {RUNS} runs:");
    println!("  parse text -> prepared Scores      {:>9.1} ms", parse.as_secs_f64() * 1e3);
    println!("  prepare from pairs (sort, merge)   {:>9.1} ms", prepare.as_secs_f64() * 1e3);
    println!("  AUC + AP + full and 512-pt curves  {:>9.1} ms", metrics.as_secs_f64() * 1e3);
    println!("  confusion_at, per call             {:>9.1} ns", probes.as_secs_f64() * 1e9 / PROBES as f64);
    println!("  total to all figures               {:>9.1} ms", (parse + metrics).as_secs_f64() * 1e3);
}
