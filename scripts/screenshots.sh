#!/usr/bin/env bash
# Makes docs/screenshots/ from the real window: a fresh demo database (scripts/demo.sh, real
# Open-Assistant data), then every page as annotator anna sees it, under the offscreen platform.
#   scripts/screenshots.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
./scripts/setup.sh >/dev/null
work=/tmp/arborist-demo # a neutral path: the window's status bar shows it
rm -rf "$work" && mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
db="sqlite://$work/demo.db"
build/src/cli/arborist-cli --db "$db" init >/dev/null
scripts/demo.sh --db "$db"
QT_QPA_PLATFORM=offscreen build/tools/arborist-screenshots --db "$db" --user anna --out "$out"
