#!/usr/bin/env python3
"""Peer figures for the threshold calculator: pandas + scikit-learn on the same 1,000,000 rows.

    python3 scripts/bench_peer.py [file.csv]

Without a file it writes the rows `examples/bench_threshold.rs` generates (SplitMix64, seed 42: 30%
positives, score = (u + 0.35*label) / 1.35 with 8 decimals) to a temporary file. Prints medians of 5.
"""
import os
import statistics
import sys
import tempfile
import time

try:
    import pandas as pd
    from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score, roc_curve
except ImportError:
    sys.exit("needs pandas and scikit-learn: python3 -m pip install pandas scikit-learn")

ROWS = 1_000_000
RUNS = 5
MASK = (1 << 64) - 1


def splitmix64(state):
    """Yields 64-bit outputs of SplitMix64, as in the Rust harness."""
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def generate(path):
    rng = splitmix64(42)
    with open(path, "w") as out:
        out.write("score,label\n")
        for _ in range(ROWS):
            positive = (next(rng) >> 11) / float(1 << 53) < 0.3
            score = ((next(rng) >> 11) / float(1 << 53) + (0.35 if positive else 0.0)) / 1.35
            out.write(f"{score:.8f},{int(positive)}\n")


def median_seconds(step):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    if len(sys.argv) > 1:
        path = sys.argv[1]
    else:
        path = os.path.join(tempfile.gettempdir(), "mlplan_bench_1m.csv")
        if not os.path.exists(path):
            generate(path)
    frame = pd.read_csv(path)
    y, s = frame.iloc[:, 1].to_numpy(), frame.iloc[:, 0].to_numpy()

    def metrics():
        roc_curve(y, s, drop_intermediate=False)
        precision_recall_curve(y, s)
        roc_auc_score(y, s)
        average_precision_score(y, s)

    read = median_seconds(lambda: pd.read_csv(path))
    compute = median_seconds(metrics)
    print(f"file {path}: {len(frame)} rows, {int(y.sum())} positives, {os.path.getsize(path) / 1e6:.1f} MB")
    print(f"AUC {roc_auc_score(y, s):.12f}  AP {average_precision_score(y, s):.12f}")
    print(f"medians of {RUNS} runs:")
    print(f"  pandas read_csv                          {read * 1e3:9.1f} ms")
    print(f"  roc_curve + pr_curve + AUC + AP          {compute * 1e3:9.1f} ms")
    print(f"  total                                    {(read + compute) * 1e3:9.1f} ms")


if __name__ == "__main__":
    main()
