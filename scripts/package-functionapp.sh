#!/usr/bin/env bash
# Builds the function app's deployment package for a zip deploy (Flex Consumption, or WEBSITE_RUN_FROM_PACKAGE on
# Elastic Premium): `dotnet publish` of the isolated-worker project, zipped from inside the publish folder so that
# host.json, functions.metadata, worker.config.json, extensions.json and the hidden .azurefunctions/ (the host's
# storage extensions) sit at the root of the zip, nothing nested.
# Usage: scripts/package-functionapp.sh [OUTPUT_ZIP]   (default: artifacts/functionapp.zip)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
output="${1:-$root/artifacts/functionapp.zip}"
case "$output" in /*) ;; *) output="$PWD/$output" ;; esac
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

echo "Publishing the function app ..."
start=$SECONDS
dotnet publish "$root/src/Monitor.FunctionApp/Monitor.FunctionApp.csproj" \
  -c Release -o "$staging" -p:GenerateDocumentationFile=false --nologo -v quiet
echo "Published in $((SECONDS - start)) s"

mkdir -p "$(dirname "$output")"
rm -f "$output"
# Python's zipfile walks hidden folders too (.azurefunctions) and names entries relative to the publish folder.
python3 - "$staging" "$output" <<'PY'
import os, sys, zipfile
staging, output = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
    for folder, dirs, files in os.walk(staging):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            archive.write(path, os.path.relpath(path, staging))
PY
echo "Package written: $output ($(du -h "$output" | cut -f1), $(python3 -c "import zipfile,sys; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))" "$output") files)"
