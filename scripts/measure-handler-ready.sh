#!/usr/bin/env bash
# Measures the custom handler's start-to-ready time as the Functions host sees it: from starting bin/handler
# (from the deployment zip) until GET / on its FUNCTIONS_CUSTOMHANDLER_PORT answers. Prints each run and the median.
#   scripts/package-functionapp.sh && scripts/measure-handler-ready.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
zip=artifacts/functionapp.zip
[ -f "$zip" ] || { echo "missing $zip: run scripts/package-functionapp.sh first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" "$zip" "$work"
chmod +x "$work/bin/handler"
times=()
for i in $(seq 1 "$runs"); do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  start=$(date +%s%N)
  (cd "$work/bin" && FUNCTIONS_CUSTOMHANDLER_PORT=$port Registry__Location=/nonexistent exec ./handler >/dev/null 2>&1) &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/" >/dev/null 2>&1; do sleep 0.005; done
  end=$(date +%s%N)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median start-to-ready: ${sorted[$(( runs / 2 ))]} ms over $runs runs"
