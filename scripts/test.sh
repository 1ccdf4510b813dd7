#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the unit tests, and every database
# test against SQLite and against a throwaway PostgreSQL cluster on 127.0.0.1 that CTest starts
# before them and stops afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
ctest --test-dir build --output-on-failure --parallel 2 "$@"
