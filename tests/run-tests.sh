#!/usr/bin/env bash
# Runs every test of the platform: unit, integration (real SQLite, Orleans silo and SignalR client)
# and browser (Playwright driving Debian's Chromium). Installs Chromium and CJK fonts first when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing Chromium and CJK fonts for the browser tests…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi

# The tools the tests run (Kiota, to generate an API client from the live document) come from the
# repository's own manifest.
dotnet tool restore >/dev/null

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Competition.sln "$@" 2>&1 | tee "$log" || status=$?

# One closing line over all test assemblies.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
echo "Tests: ${passed} passed, ${failed} failed"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
