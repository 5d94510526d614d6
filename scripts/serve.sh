#!/usr/bin/env bash
# README command 1: set up what is missing, build the release app and serve it at
# http://127.0.0.1:8080 (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
exec trunk serve --release --offline --address 127.0.0.1 --port 8080 --no-autoreload
