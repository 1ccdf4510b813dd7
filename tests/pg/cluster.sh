#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL cluster the database tests run against: a new
# cluster in a temporary folder, listening on 127.0.0.1 only, trust authentication for the
# postgres superuser and passwords for every other login, run as the `postgres` user when we are
# root. CTest calls it as the fixture pg_cluster.
#   cluster.sh start STATE_FILE PORT   (if PORT is taken, the next free port is used)
#   cluster.sh stop STATE_FILE
# The state file holds the cluster's folder on its first line, its port on the second and the
# CA certificate that signed the server's TLS certificate on the third; the tests read the port
# and the CA file from it.
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
  # Authentication: the postgres superuser (the tests' own connections) keeps trust on the socket
  # and 127.0.0.1; every other login needs its password (SCRAM-SHA-256), so that the tests of
  # per-person logins (tst_serverroles) mean something.
  printf '%s\n' "local all postgres trust" "host all postgres 127.0.0.1/32 trust" \
    "host all all 127.0.0.1/32 scram-sha-256" >"$dir/data/pg_hba.conf"
  # TLS: a private CA made for this cluster alone, and a server certificate for 127.0.0.1 and
  # localhost signed by it. The server accepts TLS and plain connections alike (`host` lines in
  # pg_hba.conf match both); tests that verify the server use the CA file (third line of the
  # state file).
  command -v openssl >/dev/null || { echo "openssl not found; install the Debian package 'openssl'." >&2; exit 1; }
  tls="$dir/tls"
  mkdir "$tls"
  {
    openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -sha256 -days 7 \
      -subj "/CN=Arborist test cluster CA" -addext "basicConstraints=critical,CA:TRUE" \
      -addext "keyUsage=critical,keyCertSign,cRLSign" -keyout "$tls/ca.key" -out "$tls/ca.crt" &&
    openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -sha256 \
      -subj "/CN=localhost" -keyout "$tls/server.key" -out "$tls/server.csr" &&
    printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "basicConstraints=CA:FALSE" \
      "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" >"$tls/server.ext" &&
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial \
      -sha256 -days 7 -extfile "$tls/server.ext" -out "$tls/server.crt"
  } >"$dir/tls.log" 2>&1 || { cat "$dir/tls.log" >&2; exit 1; }
  chmod 600 "$tls/ca.key" "$tls/server.key"
  chmod 644 "$tls/ca.crt" "$tls/server.crt"
  [ "$(id -u)" = 0 ] && chown -R postgres: "$tls"
  printf '%s\n' "ssl = on" "ssl_cert_file = '$tls/server.crt'" "ssl_key_file = '$tls/server.key'" \
    >>"$dir/data/postgresql.conf"
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  printf '%s\n%s\n%s\n' "$dir" "$port" "$tls/ca.crt" >"$state"
  echo "PostgreSQL test cluster on 127.0.0.1:$port in $dir (TLS: CA $tls/ca.crt)"
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
