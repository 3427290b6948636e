#!/usr/bin/env bash
# Renders every .html in SRC_DIR to .docx and .pdf in OUT_DIR with LibreOffice, so the extraction
# tests can compare one report across formats. The generated files are committed: tests never need
# LibreOffice. Usage: scripts/render-documents.sh SRC_DIR OUT_DIR
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 SRC_DIR OUT_DIR" >&2
  exit 2
fi
src=$(cd "$1" && pwd)
mkdir -p "$2"
out=$(cd "$2" && pwd)
command -v soffice >/dev/null || { echo "soffice not found (apt-get install libreoffice-writer fonts-noto-cjk)" >&2; exit 1; }

# A private profile per run: parallel soffice processes sharing ~/.config/libreoffice block each other.
profile=$(mktemp -d /tmp/render-documents-XXXXXX)
trap 'rm -rf "$profile"' EXIT

shopt -s nullglob
files=("$src"/*.html)
if [ ${#files[@]} -eq 0 ]; then
  echo "no .html files in $src" >&2
  exit 1
fi
for f in "${files[@]}"; do
  # The HTML import filter would write .docx/.pdf via Writer/Web; naming the Writer filters keeps
  # page layout (A4, tables with borders) the same as a report saved from a word processor.
  soffice -env:UserInstallation="file://$profile" --headless --infilter=HTML\ \(StarWriter\) \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$out" "$f" >/dev/null
  soffice -env:UserInstallation="file://$profile" --headless --infilter=HTML\ \(StarWriter\) \
    --convert-to 'pdf:writer_pdf_Export' --outdir "$out" "$f" >/dev/null
  echo "rendered $(basename "$f" .html).docx and .pdf"
done
