#!/usr/bin/env bash
# Sourced by run-tests.sh: installs Debian's PostgreSQL when missing and starts a throw-away server (its own
# data folder, a free loopback port, run as the postgres user) that is stopped and deleted when the
# sourcing shell exits. Exports COMPETITION_TEST_POSTGRES, the connection string the tests use.

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing PostgreSQL for the database tests…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
fi
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

pg_dir=$(mktemp -d /tmp/competition-postgres.XXXXXX)
chmod 755 "$pg_dir"
chown postgres "$pg_dir" 2>/dev/null || sudo chown postgres "$pg_dir"
stop_postgres() {
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir" 2>/dev/null || sudo rm -rf "$pg_dir"
}
trap stop_postgres EXIT

# The C collation orders text by code point, as SQLite does; trust on loopback only, for a server
# that lives as long as this run.
as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
for attempt in $(seq 1 20); do
  pg_port=$((20000 + RANDOM % 20000))
  if as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start \
      -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=500" >/dev/null; then
    break
  fi
  pg_port=""
done
if [ -z "$pg_port" ]; then
  echo "PostgreSQL did not start; see $pg_dir/server.log" >&2
  exit 1
fi
export COMPETITION_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Maximum Pool Size=40"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') for the tests on port $pg_port."
