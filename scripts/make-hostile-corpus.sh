#!/usr/bin/env bash
# Writes the hostile-input corpus of issue 13 to a folder: one of each hand-made bomb (nested-table, zip-bomb,
# billion-laughs and three-million-paragraph DOCX; 1 GB Flate, two-million-Tj, page-tree-cycle and 100k-page PDF;
# deep, rowspan and 400k-row HTML; control bytes; an oversized text; random bytes behind each format's magic)
# plus COUNT seeded mutations of samples/reports and samples/portal/files. The same SEED gives the same files.
# Usage: scripts/make-hostile-corpus.sh OUT [COUNT=1000] [SEED=20261205]   (after `dotnet build Monitor.sln -c Release`)
# To check it instead of keeping it: dotnet src/Monitor.Cli/bin/Release/net10.0/monitor.dll fuzz --count COUNT
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/make-hostile-corpus.sh OUT [COUNT] [SEED]}
count=${2:-1000}
seed=${3:-20261205}
monitor=src/Monitor.Cli/bin/Release/net10.0/monitor.dll
[ -f "$monitor" ] || { echo "build first: dotnet build Monitor.sln -c Release" >&2; exit 2; }
dotnet "$monitor" fuzz --write "$out" --generate-only --count "$count" --seed "$seed"
