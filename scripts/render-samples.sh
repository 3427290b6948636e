#!/usr/bin/env bash
# Renders the HTML, DOCX and PDF samples in samples/reports/ from their plain-text sources in samples/sources/.
# Text sources use the seeds' layout (tab-separated table rows); each becomes a government-CMS-style HTML page,
# and LibreOffice (headless, fonts-noto-cjk for Chinese glyphs) turns that page into DOCX or PDF.
#   qinghe-street-2025   -> samples/reports/qinghe-street-2025.html (GBK-encoded, as many county portals still are)
#   ziyun-bureau-2025    -> samples/reports/ziyun-bureau-2025.docx
#   songlin-township-2025 -> samples/reports/songlin-township-2025.pdf
#   qinghe-street-2025   -> also tests/fixtures/formats/qinghe-street-2025.{html,docx,pdf} (cross-format test)
# and the benchmark inputs (bench/Monitor.Benchmarks/Inputs/): baishui-town-2025 as a portal HTML page, and as a
# ten-page PDF (part 六 lengthened with numbered 重点领域 paragraphs, as long county reports are).
set -euo pipefail
cd "$(dirname "$0")/.."
src=samples/sources
out=samples/reports
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# to_html SOURCE CHARSET [PUBLISHED] -> HTML on stdout (bytes in CHARSET); with PUBLISHED, wrapped in portal chrome
# (navigation, breadcrumb, 发布时间, footer) as on a county portal, without it a bare document for Word/PDF.
to_html() {
  python3 - "$1" "$2" "${3:-}" <<'PY'
import html, sys
source, charset, published = sys.argv[1], sys.argv[2], sys.argv[3]
lines = open(source, encoding="utf-8").read().splitlines()
title = next(l for l in lines if l.strip())
body, table = [], []
def flush():
    if table:
        body.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">')
        body.extend("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in table)
        body.append("</table>")
        table.clear()
for line in lines[lines.index(title) + 1:]:
    if "\t" in line:
        table.append(line.split("\t"))
        continue
    flush()
    if line.strip():
        tag = "h3" if line[:2] in ("一、", "二、", "三、", "四、", "五、", "六、") else "p"
        body.append(f"<{tag}>{html.escape(line)}</{tag}>")
flush()
head = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)}_云岭县人民政府</title>
<style>body{{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif}} td{{font-size:10pt}}</style></head>
<body>
"""
chrome_top = f"""<div class="header"><a href="/">云岭县人民政府</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a></div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<div class="article">
<h1>{html.escape(title)}</h1>
<div class="info">发布时间：{published}　来源：云岭县人民政府　浏览次数：128</div>
<div class="content">
"""
chrome_bottom = """</div>
</div>
<div class="footer">主办：云岭县人民政府办公室　地址：云岭县政府路1号　邮编：678900</div>
"""
content = "\n".join(body) + "\n"
if published:
    page = head + chrome_top + content + chrome_bottom + "</body></html>\n"
else:
    page = head + f"<h1>{html.escape(title)}</h1>\n" + content + "</body></html>\n"
sys.stdout.buffer.write(page.encode(charset))
PY
}

# convert FORMAT FILTER HTML -> writes $work/<name>.<ext>
convert() {
  soffice -env:UserInstallation=file:///tmp/lo-$$ --headless --infilter="HTML (StarWriter)" \
    --convert-to "$1" --outdir "$work" "$2" >/dev/null 2>&1
}

to_html "$src/qinghe-street-2025.txt" gbk 2026-01-26 > "$out/qinghe-street-2025.html"

to_html "$src/ziyun-bureau-2025.txt" utf-8 > "$work/ziyun-bureau-2025.html"
convert 'docx:MS Word 2007 XML' "$work/ziyun-bureau-2025.html"
cp "$work/ziyun-bureau-2025.docx" "$out/"

to_html "$src/songlin-township-2025.txt" utf-8 > "$work/songlin-township-2025.html"
convert pdf:writer_pdf_Export "$work/songlin-township-2025.html"
cp "$work/songlin-township-2025.pdf" "$out/"

# The same report in every format, for the cross-format test (tests/fixtures/formats/): the street office's
# report with its table errors as UTF-8 HTML, DOCX and PDF, beside its text source and its GBK portal page.
formats=tests/fixtures/formats
mkdir -p "$formats"
to_html "$src/qinghe-street-2025.txt" utf-8 > "$work/qinghe-street-2025.html"
cp "$work/qinghe-street-2025.html" "$formats/"
convert 'docx:MS Word 2007 XML' "$work/qinghe-street-2025.html"
convert pdf:writer_pdf_Export "$work/qinghe-street-2025.html"
cp "$work/qinghe-street-2025.docx" "$work/qinghe-street-2025.pdf" "$formats/"

bench=bench/Monitor.Benchmarks/Inputs
mkdir -p "$bench"
cp "$src/../reports/baishui-town-2025.txt" "$bench/baishui-town-2025.txt"
to_html "$bench/baishui-town-2025.txt" utf-8 2026-01-22 > "$bench/baishui-town-2025.html"
python3 - "$bench/baishui-town-2025.txt" "$work/baishui-town-2025-long.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
areas = ["财政预决算", "乡村振兴", "义务教育", "医疗卫生", "社会救助", "安全生产", "生态环境", "耕地保护", "道路交通", "应急管理"]
extra = "\n\n".join(
    f"（{n + 3}）{areas[n % len(areas)]}领域信息公开情况（第{n + 1}项）。围绕{areas[n % len(areas)]}工作，按月梳理应公开事项，"
    f"在政府网站专栏和村务公开栏同步发布办理依据、办理流程、资金安排和实施进度，对群众提出的意见逐条登记、限期答复，"
    f"并在季度末对公开内容的完整性和准确性进行复核，发现遗漏的及时补充公开，确保群众看得到、看得懂、能监督。" * 2
    for n in range(33))
open(sys.argv[2], "w", encoding="utf-8").write(text.rstrip("\n") + "\n\n" + extra + "\n")
PY
to_html "$work/baishui-town-2025-long.txt" utf-8 > "$work/baishui-town-2025-10pages.html"
convert pdf:writer_pdf_Export "$work/baishui-town-2025-10pages.html"
cp "$work/baishui-town-2025-10pages.pdf" "$bench/"

rm -rf "/tmp/lo-$$"
ls -l "$out" "$bench"
