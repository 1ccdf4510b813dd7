#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL cluster the database tests run against: a new
# cluster in a temporary folder, listening on 127.0.0.1 only, trust authentication, run as the
# `postgres` user when we are root. CTest calls it as the fixture pg_cluster.
#   cluster.sh start STATE_FILE PORT   (if PORT is taken, the next free port is used)
#   cluster.sh stop STATE_FILE
# The state file holds the cluster's folder on its first line and its port on the second; the
# tests read the port from it.
set -euo pipefail
action=$1
state=$2
port=${3:-55432}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL server binaries not found; install the Debian package 'postgresql'." >&2
  exit 1
fi
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
  if [ -f "$state" ]; then
    # A cluster left behind by an interrupted run: stop it first.
    "$0" stop "$state" || true
  fi
  port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
  for _ in $(seq 1 50); do
    port_taken "$port" || break
    port=$((port + 1))
  done
  dir=$(mktemp -d /tmp/arborist-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  printf '%s\n%s\n' "$dir" "$port" >"$state"
  echo "PostgreSQL test cluster on 127.0.0.1:$port in $dir"
  ;;
stop)
  [ -f "$state" ] || exit 0
  dir=$(head -n 1 "$state")
  if [ -d "$dir/data" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir" "$state"
  ;;
*)
  echo "usage: cluster.sh start|stop STATE_FILE [PORT]" >&2
  exit 2
  ;;
esac
