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
# The window opens on the embedded database (or $ARBORIST_DB): connect, choose a demo annotator
# (anna, ben, ...) and start working.
exec build/src/app/arborist "${args[@]}"
