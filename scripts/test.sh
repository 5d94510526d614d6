#!/usr/bin/env bash
# README command 2: set up what is missing, then run every check and test suite:
# format, lints (native and wasm32), native tests, component tests in headless Chromium,
# the release build with its size budget, the end-to-end and accessibility tests, and the
# Lighthouse audit.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# Every step's wall time, printed at the end (and when a step fails), so a slow step is seen
# where it starts.
step_names=()
step_seconds=()
current_step=""
current_start=0
finish_step() {
  if [ -n "$current_step" ]; then
    step_names+=("$current_step")
    step_seconds+=($((SECONDS - current_start)))
    current_step=""
  fi
}
step() {
  finish_step
  current_step=$1
  current_start=$SECONDS
  printf '\n==> %s\n' "$*"
}
print_times() {
  local status=$?
  finish_step
  printf '\n==> step times%s\n' "$([ "$status" = 0 ] || echo ' (the last step failed)')"
  local i
  for i in "${!step_names[@]}"; do
    printf '  %5d s  %s\n' "${step_seconds[$i]}" "${step_names[$i]}"
  done
  printf '  %5d s  in all\n' "$SECONDS"
}
trap print_times EXIT

step "set-up (tools missing or at another version)"
scripts/setup.sh --test

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (native)"
cargo clippy --all-targets -- -D warnings

step "cargo clippy (wasm32)"
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

step "native tests"
cargo test

step "component tests in headless Chromium"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test browser

step "release build"
trunk build --release --offline

step "single-file build"
node scripts/single-file.mjs dist dist-single/mlplan.html

step "bundle size"
# A first visit must stay within 180 kB brotli (issue 7). The wasm chunks and the worked examples
# that load later are listed apart by the script.
node scripts/size.mjs dist 180 --doc docs/SIZE.md

step "end-to-end and accessibility tests (Playwright, Chromium)"
node --test --test-concurrency=1 e2e/

step "Lighthouse (start page and an open example plan; thresholds in scripts/lighthouse.mjs)"
CHROME_PATH=/usr/bin/chromium node scripts/lighthouse.mjs dist --doc docs/LIGHTHOUSE.md
