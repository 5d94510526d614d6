#!/usr/bin/env bash
# Installs what building (and, with --test, testing) mlplan needs, and nothing that is already
# there at the right version, so a warm machine is done in seconds. Every tool comes from a
# package registry: crates for Trunk, wasm-bindgen and wasm-split, npm for wasm-opt and the browser driver,
# Debian for Chromium. Nothing downloads a prebuilt binary or a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
want_test_tools=false
[ "${1:-}" = "--test" ] && want_test_tools=true

say() { printf 'setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# Network-bound installs (npm, Debian, PyPI) wait on the registries, not the CPU, so they run in
# the background while cargo compiles the Rust tools; each writes its own log, and the script
# waits for all of them before it says it is ready.
background_pids=()
background_names=()
in_background() {
  local name=$1; shift
  local log
  log=$(mktemp -t "mlplan-setup-$name.XXXXXX")
  ( "$@" ) >"$log" 2>&1 &
  background_pids+=("$!")
  background_names+=("$name:$log")
}

install_npm_tools() {
  # npm tools (wasm-opt from binaryen, playwright-core, axe-core) live in tools/node_modules.
  local stamp=tools/node_modules/.mlplan-lock
  if [ ! -f "$stamp" ] || ! cmp -s tools/package-lock.json "$stamp"; then
    say "installing npm tools"
    (cd tools && npm ci --no-audit --no-fund)
    cp tools/package-lock.json "$stamp"
  fi
}

install_browser() {
  # Korean fonts let the screenshot and overflow checks see real Hangul, not empty boxes.
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -d /usr/share/fonts/opentype/noto ]; then
    say "installing Debian chromium, chromium-driver and Noto CJK fonts"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
  fi
}

install_lighthouse() {
  # Lighthouse (test only, so it has its own folder): the audit of the release build.
  local stamp=tools/lighthouse/node_modules/.mlplan-lock
  if [ ! -f "$stamp" ] || ! cmp -s tools/lighthouse/package-lock.json "$stamp"; then
    say "installing lighthouse"
    (cd tools/lighthouse && npm ci --no-audit --no-fund)
    cp tools/lighthouse/package-lock.json "$stamp"
  fi
}

install_peer() {
  # The peer the threshold calculator is measured against in the browser tests.
  if ! python3 -c "import pandas, sklearn" 2>/dev/null; then
    say "installing pandas and scikit-learn (benchmark peer)"
    python3 -m pip install --quiet "pandas==3.1.1" "scikit-learn==1.9.1"
  fi
}

in_background npm install_npm_tools
if $want_test_tools; then
  in_background browser install_browser
  in_background lighthouse install_lighthouse
  in_background peer install_peer
fi

# Trunk only drives cargo, wasm-bindgen and wasm-opt, so its own speed hardly shows in a build:
# it is compiled without optimisation (--debug), which takes well under half the time. The
# wasm-bindgen CLI and wasm-split do real work on every build and keep their release profile.
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION, unoptimised (about 5 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --debug
fi

# The wasm-bindgen CLI must match the library version exactly; Cargo.toml pins it with "=".
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  say "Cargo.lock names no wasm-bindgen version"; exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version"
  # --locked fails for this version (a locked dependency is gone from the registry).
  cargo install wasm-bindgen-cli --version "=$bindgen_version" --no-default-features
fi

# The release build splits the wasm into a main module and lazily loaded chunks (scripts/wasm.mjs).
# Its CLI has no --version, so cargo's list of installed crates is checked instead.
SPLIT_VERSION=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
  say "installing wasm-split-cli $SPLIT_VERSION (about 2 minutes)"
  cargo install wasm_split_cli_support --version "=$SPLIT_VERSION" --locked --features build-binary
fi

failed=0
for i in "${!background_pids[@]}"; do
  entry=${background_names[$i]}
  if ! wait "${background_pids[$i]}"; then
    say "${entry%%:*} failed; its output:"
    cat "${entry#*:}" >&2
    failed=1
  else
    grep -h '^setup: ' "${entry#*:}" || true
  fi
  rm -f "${entry#*:}"
done
[ "$failed" = 0 ] || exit 1
say "ready"
