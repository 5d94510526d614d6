#!/usr/bin/env bash
# The quick check: what CI checks about a change, without the whole test command.
#
#   ./scripts/check.sh                       format, clippy (native and wasm32), the native tests,
#                                            and the component tests when src/ui or tests/browser.rs
#                                            differ from the last commit
#   ./scripts/check.sh TARGET...             just those, each one of:
#     lib                                    the unit tests inside src/
#     NAME  (a file tests/NAME.rs)           that native test target; `browser` is the component
#                                            tests in headless Chromium
#     e2e/NAME.test.mjs                      that end-to-end file, after a release build when a
#                                            source is newer than dist/
#     lint                                   format and clippy for both targets
#
# Property tests run PROPTEST_CASES cases each (proptest's own variable): 32 here unless set,
# while the whole test command runs every file's full count. Set-up is not run: after the first
# `./scripts/setup.sh --test` (or `./scripts/test.sh`) the tools are in place.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/steps.sh
trap print_times EXIT

export PROPTEST_CASES="${PROPTEST_CASES:-32}"

# The release build, unless dist/ is newer than everything it is built from.
release_build() {
  local newer=""
  if [ -f dist/index.html ]; then
    newer=$(find src style assets index.html Trunk.toml Cargo.toml Cargo.lock scripts/wasm.mjs \
      -newer dist/index.html -print -quit)
  fi
  if [ ! -f dist/index.html ] || [ -n "$newer" ]; then
    step "release build"
    trunk build --release --offline
  fi
}

e2e_file() {
  release_build
  step "end-to-end: $1"
  node --test --test-concurrency=1 "$1"
}

if [ $# -eq 0 ]; then
  lint_steps
  step "native tests"
  native_tests
  if [ -n "$(git status --porcelain -- src/ui tests/browser.rs)" ]; then
    component_test_step
  fi
  exit 0
fi

for target in "$@"; do
  case "$target" in
    lint) lint_steps ;;
    lib)
      step "native tests: lib"
      native_tests --lib
      ;;
    browser) component_test_step ;;
    *.mjs)
      [ -f "$target" ] || target="e2e/$target"
      [ -f "$target" ] || { echo "check: no end-to-end file $target" >&2; exit 2; }
      e2e_file "$target"
      ;;
    *)
      name=${target#tests/}
      name=${name%.rs}
      [ -f "tests/$name.rs" ] || { echo "check: no test target tests/$name.rs (or lib, browser, lint, e2e/NAME.test.mjs)" >&2; exit 2; }
      step "native tests: $name"
      native_tests --test "$name"
      ;;
  esac
done
