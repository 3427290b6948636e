#!/usr/bin/env bash
# Throughput of `check` on a county-year folder against the same files checked one by one (issue 12):
# the real-report corpus repeated to about 1,000 files, whole process, best of N runs. Q03 runs only in the folder
# case, so the ratio is the cost of comparing every report with its county peers.
# Usage: scripts/bench-check-folder.sh [copies=16] [runs=3]   (after `dotnet build Monitor.sln -c Release`)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-16}
runs=${2:-3}
monitor=src/Monitor.Cli/bin/Release/net10.0/monitor.dll
[ -f "$monitor" ] || { echo "build first: dotnet build Monitor.sln -c Release" >&2; exit 2; }
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
for i in $(seq 1 "$copies"); do
  for f in tests/corpus/*.txt; do cp "$f" "$folder/$(basename "$f" .txt)-copy$i.txt"; done
done
best() { # prints the best wall time in seconds and the peak RSS (KB) of that run
  local out best_s="" best_kb=""
  for _ in $(seq 1 "$runs"); do
    out=$( { /usr/bin/time -f "%e %M" dotnet "$monitor" check "$@" > /dev/null; } 2>&1 | tail -1 )
    read -r s kb <<< "$out"
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; best_kb=$kb; fi
  done
  echo "$best_s $best_kb"
}
files=$(ls "$folder" | wc -l)
read -r folder_s folder_kb <<< "$(best "$folder")"
read -r single_s single_kb <<< "$(best "$folder"/*.txt)"
echo "files: $files"
echo "folder (one county-year, Q03 on): ${folder_s} s, peak ${folder_kb} KB"
echo "one by one (Q03 off):            ${single_s} s, peak ${single_kb} KB"
awk "BEGIN{printf \"ratio: %.2fx (bound 1.30x)\n\", $folder_s / $single_s}"
