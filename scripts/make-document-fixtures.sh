#!/usr/bin/env bash
# Regenerates the extraction test fixtures under tests/fixtures/documents/ from the hand-written HTML
# reports in tests/fixtures/documents/reports/: the same report as DOCX and PDF, a GBK-encoded portal
# page (with and without <meta charset>), a scanned-like PDF without a text layer, truncated files
# and a legacy .doc. Needs libreoffice-writer, fonts-noto-cjk, poppler-utils, iconv and python3.
# The outputs are committed; tests never run this.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
reports="$root/tests/fixtures/documents/reports"
derived="$root/tests/fixtures/documents/derived"
mkdir -p "$derived"
work=$(mktemp -d /tmp/make-document-fixtures-XXXXXX)
trap 'rm -rf "$work"' EXIT

"$root/scripts/render-documents.sh" "$reports" "$reports"
# Layout cases that only the PDF reader needs (e.g. a table without ruling lines).
"$root/scripts/render-documents.sh" "$root/tests/fixtures/documents/layouts" "$root/tests/fixtures/documents/layouts"

report="$reports/baiyang-2025"

# A TRS-style portal page around the article: title outside the body container, navigation,
# breadcrumb, share bar, footer and scripts that extraction must drop.
python3 - "$report.html" "$work/portal.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
body = re.search(r"<body>(.*)</body>", html, re.S).group(1)
title = re.search(r"<h1>(.*?)</h1>", body).group(1)
body = re.sub(r"<h1>.*?</h1>\n", "", body)
body = re.sub(r"<!--.*?-->\n", "", body, flags=re.S)
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta name="ArticleTitle" content="{title}" />
<title>{title}_政府信息公开年报_青石县人民政府</title>
<link rel="stylesheet" href="/css/style.css" />
<script type="text/javascript">var pageId = "1024"; document.write("<div>脚本内容</div>");</script>
<style>.TRS_Editor P {{ line-height: 2; }}</style>
</head>
<body>
<div class="header"><div class="logo">青石县人民政府</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>
<div class="main">
<div class="article-title">{title}</div>
<div class="info">发布时间：2026-01-20&nbsp;&nbsp;来源：白杨镇&nbsp;&nbsp;浏览次数：<span id="hits">128</span></div>
<div id="zoom"><div class="TRS_Editor">
{body}</div></div>
<div class="bdsharebuttonbox"><a href="#" class="bds_weixin">分享到微信</a><a href="#" class="bds_tsina">分享到微博</a></div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">主办：青石县人民政府办公室&nbsp;&nbsp;网站标识码：0000000000&nbsp;&nbsp;ICP备00000000号</div>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
"""
open(sys.argv[2], "w", encoding="utf-8").write(page)
PY
iconv -f UTF-8 -t GB18030 "$work/portal.html" > "$derived/baiyang-2025-portal-gbk.html"
grep -v 'http-equiv="Content-Type"' "$work/portal.html" | iconv -f UTF-8 -t GB18030 > "$derived/baiyang-2025-portal-gbk-nometa.html"

# Scanned-like PDF: a page image of the report wrapped in a document with no text at all.
pdftoppm -r 50 -png -f 1 -l 1 "$report.pdf" "$work/page"
cp "$work"/page*.png "$work/scan.png"
printf '<html><body><p><img src="scan.png" width="600" /></p></body></html>\n' > "$work/scanned.html"
"$root/scripts/render-documents.sh" "$work" "$work/out" >/dev/null
cp "$work/out/scanned.pdf" "$derived/scanned.pdf"

# A download cut off halfway.
head -c $(( $(stat -c %s "$report.pdf") / 2 )) "$report.pdf" > "$derived/truncated.pdf"
head -c $(( $(stat -c %s "$report.docx") / 2 )) "$report.docx" > "$derived/truncated.docx"

# The same report saved as legacy Word 97-2003.
profile=$(mktemp -d /tmp/make-document-fixtures-profile-XXXXXX)
soffice -env:UserInstallation="file://$profile" --headless --convert-to 'doc:MS Word 97' --outdir "$work" "$report.docx" >/dev/null
rm -rf "$profile"
cp "$work/baiyang-2025.doc" "$derived/baiyang-2025.doc"
echo "fixtures written to $reports and $derived"
