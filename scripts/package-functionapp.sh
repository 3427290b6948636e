#!/usr/bin/env bash
# Builds the function app's deployment package (see docs in README, "Deployment"):
#   host.json                 at the root
#   <Function>/function.json  one folder per function
#   bin/handler               the custom handler, published self-contained for linux-x64, execute bit kept
# Usage: scripts/package-functionapp.sh [OUTPUT_ZIP]   (default: artifacts/functionapp.zip)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
output="${1:-$root/artifacts/functionapp.zip}"
case "$output" in /*) ;; *) output="$PWD/$output" ;; esac
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

# ReadyToRun: precompiled code shortens the handler's start-to-ready time, which the host waits for on every cold start.
echo "Publishing the handler (self-contained, linux-x64, ReadyToRun) ..."
dotnet publish "$root/src/Monitor.FunctionApp/Monitor.FunctionApp.csproj" \
  -c Release -r linux-x64 --self-contained true -o "$staging/bin" \
  -p:PublishReadyToRun=true -p:DebugType=None -p:GenerateDocumentationFile=false --nologo -v quiet

cp "$root/host.json" "$staging/host.json"
for function_json in "$root"/src/Monitor.FunctionApp/Functions/*/function.json; do
  function_name="$(basename "$(dirname "$function_json")")"
  mkdir -p "$staging/$function_name"
  cp "$function_json" "$staging/$function_name/function.json"
done
chmod 755 "$staging/bin/handler"

mkdir -p "$(dirname "$output")"
rm -f "$output"
# Python's zipfile keeps each file's Unix mode in the archive, so bin/handler stays executable on Linux hosts.
python3 - "$staging" "$output" <<'PY'
import os, sys, zipfile
staging, output = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
    for folder, _, files in os.walk(staging):
        for name in sorted(files):
            path = os.path.join(folder, name)
            archive.write(path, os.path.relpath(path, staging))
PY
echo "Package written: $output ($(du -h "$output" | cut -f1))"
