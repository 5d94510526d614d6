//! Benchmark of the threshold calculator on 1,000,000 rows (or a given `score,label` file).
//!
//! `cargo run --release --example bench_threshold -- [file.csv]`
//!
//! Without a file it generates the same rows as `scripts/bench_peer.py` (SplitMix64, seed 42: 30%
//! positives, score = (u + 0.35·label) / 1.35 written with 8 decimals), so the two can be compared.
//! Prints the median of 5 runs of each step the page takes after a file is chosen, and of the full
//! scikit-learn-shaped curves (built only on demand, not by the page).

use std::hint::black_box;
use std::time::{Duration, Instant};

use mlplan::calc::threshold::{Costs, Scores, ScoresReader, Suggested, Targets};

const ROWS: usize = 1_000_000;
/// Points per drawn curve, as on the page.
const PAGE_CURVE_POINTS: usize = 200;
/// Bytes per step when the page reads a file.
const CHUNK_BYTES: usize = 2 * 1024 * 1024;
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

/// Reads the text the way the page reads a file: in chunks, through `ScoresReader`.
fn read_in_chunks(bytes: &[u8]) -> Scores {
    let mut reader = ScoresReader::new();
    for chunk in bytes.chunks(CHUNK_BYTES) {
        reader.push(chunk).expect("bench input parses");
    }
    reader.finish().expect("bench input parses")
}

/// The five thresholds the page suggests (costs, F1, Youden, the two constraints), in one pass.
fn suggest(scores: &Scores) -> Suggested {
    let d = scores.decisions(None).expect("both classes");
    let costs = Costs { false_positive: 1.0, false_negative: 5.0 };
    d.suggest(&Targets { costs: Some(costs), beta: 1.0, min_precision: 0.8, min_recall: 0.9 })
}

fn median(mut times: Vec<Duration>) -> Duration {
    mlplan::order::sort_by(&mut times, Duration::cmp);
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

    let read = time(|| read_in_chunks(text.as_bytes()));
    let prepare = time(|| Scores::from_pairs(&raw_scores, &labels).unwrap());
    let summary = time(|| scores.summary());
    let areas = time(|| (scores.roc_auc(), scores.average_precision()));
    let points = time(|| {
        let d = scores.decisions(None).unwrap();
        (d.roc_points(PAGE_CURVE_POINTS), d.pr_points(PAGE_CURVE_POINTS))
    });
    let suggestions = time(|| suggest(&scores));
    let full = time(|| (scores.roc_curve(), scores.pr_curve()));
    let probes = time(|| {
        let mut sum = 0u64;
        for i in 0..PROBES {
            sum += scores.confusion_at(i as f64 / PROBES as f64).tp;
        }
        sum
    });

    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!("medians of {RUNS} runs:");
    println!("  read text in 2 MB chunks -> Scores   {:>9.1} ms", ms(read));
    println!("    of which prepare from pairs        {:>9.1} ms", ms(prepare));
    println!("  summary kept in the plan             {:>9.1} ms", ms(summary));
    println!("  ROC AUC + average precision          {:>9.1} ms", ms(areas));
    println!("  ROC + PR curves, {PAGE_CURVE_POINTS} points each     {:>9.1} ms", ms(points));
    println!("  five suggested thresholds            {:>9.1} ms", ms(suggestions));
    println!("  page total (all of the above)        {:>9.1} ms", ms(read + summary + areas + points + suggestions));
    println!("  full scikit-learn-shaped curves      {:>9.1} ms", ms(full));
    println!("  confusion_at, per call               {:>9.1} ns", probes.as_secs_f64() * 1e9 / PROBES as f64);
}
