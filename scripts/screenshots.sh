#!/usr/bin/env bash
# Makes docs/screenshots/ from the real window: a fresh demo database (scripts/demo.sh, real
# Open-Assistant data), then every page as annotator anna sees it and the lead's tools as lena
# sees them, under the offscreen platform.
#   scripts/screenshots.sh [--lang LANG]... [OUT_DIR]
# With --lang (de, zh_CN, or all for both), the window in that language instead: a task page and
# the lead's dashboard (20-main-window-de.png, 22-dashboard-de.png; 21-, 23- for zh_CN).
set -euo pipefail
cd "$(dirname "$0")/.."
languages=()
while [ $# -gt 0 ]; do
  case "$1" in
    --lang) [ $# -ge 2 ] || { echo "--lang needs a language: de, zh_CN or all" >&2; exit 2; }
            if [ "$2" = all ]; then languages+=(de zh_CN); else languages+=("$2"); fi
            shift 2 ;;
    --lang=*) if [ "${1#--lang=}" = all ]; then languages+=(de zh_CN); else languages+=("${1#--lang=}"); fi
              shift ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) break ;;
  esac
done
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
shoot() { QT_QPA_PLATFORM=offscreen build/tools/arborist-screenshots --db "$db" --team-db "$team" --user anna --out "$out" "$@"; }
if [ ${#languages[@]} -eq 0 ]; then
  shoot
else
  for language in "${languages[@]}"; do
    shoot --lang "$language"
  done
fi
