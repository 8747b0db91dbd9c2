#!/usr/bin/env bash
# A private PostgreSQL server on loopback for tests/PolicyKit.Postgres.Tests.
#   bash .ci/postgres.sh start        installs Debian's postgresql if absent, starts a server on a free
#                                     port of 127.0.0.1 with its data under $PGROOT, creates database
#                                     policykit, and prints: export POLICYKIT_POSTGRES='<connection string>'
#                                     (use: eval "$(bash .ci/postgres.sh start)")
#   bash .ci/postgres.sh load <sql>   runs a SQL file (e.g. the one --generate-postgres writes) in it
#   bash .ci/postgres.sh stop         stops the server and removes its data
set -euo pipefail
PGROOT=${PGROOT:-/tmp/policykit-postgres}
log() { printf '%s\n' "$*" >&2; }

as_owner() {
  # initdb and the server refuse to run as root: run them as the postgres account then.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && printf '%s\n' "$dir"
}

install() {
  if bin_dir > /dev/null; then return; fi
  log "installing Debian's postgresql"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then printf '%s\n' "$port"; return; fi
  done
  log "no free port in 55432-55532"; exit 1
}

start() {
  install
  local bin port
  bin=$(bin_dir)
  stop_quietly
  mkdir -p "$PGROOT"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PGROOT"; fi
  as_owner "$bin/initdb" -D "$PGROOT/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 > "$PGROOT/initdb.log" 2>&1 \
    || { cat "$PGROOT/initdb.log" >&2; exit 1; }
  port=$(free_port)
  as_owner "$bin/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PGROOT -c fsync=off" start >&2 \
    || { cat "$PGROOT/server.log" >&2; exit 1; }
  psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE policykit" >&2
  printf '%s\n' "$port" > "$PGROOT/port"
  local connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=policykit"
  printf '%s\n' "$connection" > "$PGROOT/connection"
  log "PostgreSQL ($("$bin/postgres" --version)) on 127.0.0.1:$port, data in $PGROOT"
  printf "export POLICYKIT_POSTGRES='%s'\n" "$connection"
}

load() {
  local port
  port=$(cat "$PGROOT/port")
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d policykit -f "$1" >&2
  psql -X -At -h 127.0.0.1 -p "$port" -U postgres -d policykit -c "SELECT 'firms: ' || count(*) FROM firms" >&2
}

stop_quietly() {
  local bin
  bin=$(bin_dir) || return 0
  if [ -f "$PGROOT/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$PGROOT/data" -m fast -w stop >&2 || true; fi
  rm -rf "$PGROOT"
}

case "${1:-}" in
  start) start ;;
  load) load "${2:?usage: postgres.sh load <file.sql>}" ;;
  stop) stop_quietly; log "PostgreSQL stopped" ;;
  *) log "usage: postgres.sh start|load <file.sql>|stop"; exit 2 ;;
esac
