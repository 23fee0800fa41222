#!/usr/bin/env bash
# Runs every test of the platform: unit, integration (real database, Orleans silo and SignalR client)
# and browser (Playwright driving Debian's Chromium); then the database-facing integration tests again
# on a real PostgreSQL server, and the cluster test (PostgreSQL, three published hosts, nginx in front,
# one host killed). Installs Chromium, CJK fonts, PostgreSQL and nginx first when missing; the
# PostgreSQL server is a throw-away one, gone when this script ends.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
{ [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; } || missing+=(chromium fonts-noto-cjk)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${missing[*]} for the tests…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The tools the tests run (Kiota, to generate an API client from the live document) come from the
# repository's own manifest.
dotnet tool restore >/dev/null

work=$(mktemp -d)
log="$work/test.log"
# Sets COMPETITION_TEST_POSTGRES, and stops and deletes the server when this script exits.
source tests/throwaway-postgres.sh
trap 'stop_postgres; rm -rf "$work"' EXIT

status=0
echo "== Every test (SQLite)"
dotnet test Competition.sln "$@" --filter "Category!=Topology" 2>&1 | tee -a "$log" || status=$?

echo "== The database-facing integration tests on PostgreSQL"
COMPETITION_TEST_DATABASE=PostgreSql dotnet test tests/Competition.IntegrationTests --no-build \
  --filter "Category!=Topology&Database!=Sqlite" 2>&1 | tee -a "$log" || status=$?

echo "== The cluster: PostgreSQL, three published hosts, nginx, a host killed"
dotnet publish src/Competition.Server -c Release -o "$work/server" -v q -nologo 2>&1 | tee -a "$log" || status=$?
COMPETITION_TEST_PUBLISHED_SERVER="$work/server" dotnet test tests/Competition.IntegrationTests --no-build \
  --filter "Category=Topology" --logger "console;verbosity=detailed" 2>&1 | tee -a "$log" || status=$?

# One closing line over all runs.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
echo "Tests: ${passed} passed, ${failed} failed"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
