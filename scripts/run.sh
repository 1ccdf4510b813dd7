#!/usr/bin/env bash
# Installs what is missing, builds, creates the embedded SQLite database with demo data (first
# run only) and starts Arborist on it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
cli=build/src/cli/arborist-cli
db_url=${ARBORIST_DB:-}
args=()
[ -n "$db_url" ] && args=(--db "$db_url")
"$cli" "${args[@]}" init
./scripts/demo.sh "${args[@]}"
if [ -x build/src/app/arborist ]; then
  exec build/src/app/arborist "${args[@]}"
fi
# Until the desktop window lands, show the demo team's work queue.
echo
"$cli" "${args[@]}" stats
echo
echo "Tasks waiting for the demo annotator 'anna':"
"$cli" "${args[@]}" tasks available --user anna
