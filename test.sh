#!/usr/bin/env bash
# Runs every test of the monitor on a fresh machine: restores packages, installs Azurite into .tools/
# when missing (the storage tests start it themselves), builds, and runs all test projects.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x .tools/azurite/node_modules/.bin/azurite ]; then
  echo "Installing Azurite 3.35.0 into .tools/azurite ..."
  mkdir -p .tools/azurite
  npm install --prefix .tools/azurite --no-audit --no-fund --loglevel=error azurite@3.35.0 >/dev/null
fi

# The workspace's browser tests drive Debian's chromium (Playwright's own browser download is not reachable) and
# screenshots need CJK fonts.
if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  echo "Installing chromium and fonts-noto-cjk ..."
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi

dotnet restore Monitor.sln
dotnet build Monitor.sln --no-restore -c Release
# The infrastructure tests inspect the real deployment package.
scripts/package-functionapp.sh artifacts/functionapp.zip
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Monitor.sln --no-build -c Release --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log" || status=$?
# One line over all test projects ("Failed!/Passed! - Failed: F, Passed: P, Skipped: S, Total: T" per project).
awk '/(Passed|Failed)! +- +Failed:/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "\nTests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
