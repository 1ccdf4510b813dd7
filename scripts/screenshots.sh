#!/usr/bin/env bash
# Makes docs/screenshots/ from the real window: a fresh demo database (scripts/demo.sh, real
# Open-Assistant data), then every page as annotator anna sees it and the lead's tools as lena
# sees them, under the offscreen platform.
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
# The lead's dashboard on a year of a team's work: a generated corpus shaped like oasst1 (every
# tree state, reviews, labels, rankings and skips by users gen-user-1..), with the lead lena.
team="sqlite://$work/team.db"
cli() { build/src/cli/arborist-cli --db "$team" "$@" >/dev/null; }
cli init
cli user add admin --role admin --display-name "Demo admin"
cli user add lena --role lead --user admin --display-name "Lena (lead)"
cli generate --trees 400 --seed 7
QT_QPA_PLATFORM=offscreen build/tools/arborist-screenshots --db "$db" --team-db "$team" --user anna --out "$out"
