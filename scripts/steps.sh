# Sourced by test.sh and check.sh: `step NAME` starts a named step, and every step's wall time is
# printed when the script ends (after `trap print_times EXIT`), also when a step fails, so a slow
# step is seen where it starts. The steps both scripts run are defined here once.
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

lint_steps() {
  step "cargo fmt --check"
  cargo fmt --all --check
  step "cargo clippy (native)"
  cargo clippy --all-targets -- -D warnings
  step "cargo clippy (wasm32)"
  cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
}

# The native tests, with any `cargo test` arguments (Cargo.toml says why this profile).
native_tests() {
  cargo test --profile native-test "$@"
}

component_test_step() {
  step "component tests in headless Chromium"
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --target wasm32-unknown-unknown --test browser
}
