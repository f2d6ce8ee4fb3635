#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 at a free high port, for tests and trials.
#
#   eval "$(bash scripts/postgres.sh start)"   # exports STORYWEAVE_PG_DSN and STORYWEAVE_PG_DIR
#   bash scripts/postgres.sh stop "$STORYWEAVE_PG_DIR"
#
# `start` prints shell `export` lines (and nothing else) on stdout; the cluster lives in a fresh
# temporary folder (data, log, socket) with fsync off and trust authentication on loopback only.
# `stop` shuts it down and removes the folder. Debian's postgresql-15 is installed when missing
# (as root). Without root the cluster runs as the current user.
set -euo pipefail

PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
DBNAME="${STORYWEAVE_PG_DBNAME:-storyweave_test}"

as_pg() {  # initdb refuses root: run the server tools as the postgres user when we are root
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

start() {
  if [ ! -x "$PGBIN/initdb" ]; then
    if [ "$(id -u)" != 0 ]; then echo "storyweave: please install postgresql-15" >&2; exit 1; fi
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 >&2
  fi
  local dir port tries=0
  dir=$(mktemp -d /tmp/sw-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  as_pg "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
  while :; do
    port=$(free_port)
    if as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off \
-c synchronous_commit=off -c max_connections=50" start >/dev/null; then
      break
    fi
    tries=$((tries + 1))
    if [ "$tries" -ge 3 ]; then cat "$dir/log" >&2; rm -rf "$dir"; exit 1; fi
  done
  as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DBNAME"
  echo "export STORYWEAVE_PG_DIR='$dir'"
  echo "export STORYWEAVE_PG_DSN='postgresql://postgres@127.0.0.1:$port/$DBNAME'"
}

stop() {
  local dir="${1:-${STORYWEAVE_PG_DIR:-}}"
  case "$dir" in
    /tmp/sw-pg.*) ;;
    *) echo "storyweave: not a throwaway cluster folder: '$dir'" >&2; exit 1 ;;
  esac
  if [ -d "$dir/data" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
