using System.Text.RegularExpressions;
using HtmlAgilityPack;
using Monitor.Domain.Registry;

namespace Monitor.Crawling.Discovery.Readers;

/// <summary>
/// Hanweb (大汉) jpage columns (<c>/col/col{ID}/index.html</c>): the first group of entries sits as CDATA records
/// inside <c>&lt;script type="text/xml"&gt;&lt;datastore&gt;&lt;recordset&gt;</c>, which an HTML parser takes for script
/// text; later groups come only from <c>/module/web/jpage/dataproxy.jsp?startrecord=…&amp;endrecord=…&amp;perpage=…</c>
/// with the column's ids (from the page's nextgroup link or script), answering the same XML.
/// </summary>
public sealed partial class HanwebJpageListingReader : IListingReader
{
    /// <summary>Groups requested from dataproxy per column; a report column has a handful.</summary>
    public const int MaxGroups = 20;

    private static readonly string[] ColumnParameters = ["col", "appid", "webid", "path", "columnid", "sourceContentType", "unitid", "webname", "permissiontype"];

    public string Name => ListingReaderNames.HanwebJpage;

    public string ChineseName => "大汉jpage栏目（datastore记录 + dataproxy分页）";

    public bool Recognises(ListingSource source) =>
        source.Text.Contains("<datastore", StringComparison.OrdinalIgnoreCase) || source.Text.Contains("<recordset", StringComparison.OrdinalIgnoreCase);

    public ListingRead Read(ListingSource source)
    {
        var records = Records(source.Text);
        var items = new List<ListingItem>();
        foreach (var record in records)
        {
            var fragment = ListingAnchors.Parse(record);
            var anchors = ListingAnchors.Read(fragment, source.Url);
            if (anchors.Count == 0)
            {
                // A record is one entry even when its date sits outside the anchor's element.
                var a = fragment.Descendants("a").FirstOrDefault(x => ListingAnchors.ToUrl(x, source.Url) is not null);
                if (a is null) continue;
                var title = ListingAnchors.Clean(a.GetAttributeValue("title", ""));
                anchors.Add(new ListingItem(ListingAnchors.ToUrl(a, source.Url)!, title.Length > 0 ? title : ListingAnchors.Clean(a.InnerText),
                    DateText.FindDate(ListingAnchors.Clean(fragment.InnerText))));
            }
            items.AddRange(anchors);
        }
        var isProxyAnswer = source.Url.AbsolutePath.Contains("dataproxy", StringComparison.OrdinalIgnoreCase);
        var pages = isProxyAnswer ? [] : ProxyPages(source.Text, source.Url, records.Count).ToList();
        if (items.Count == 0 && pages.Count == 0)
            return ListingRead.Failed(records.Count == 0 ? "大汉jpage数据区（datastore）中没有记录" : $"大汉jpage数据区有{records.Count}条记录，但没有可识别的链接");
        return new ListingRead(items, pages);
    }

    private static List<string> Records(string text)
    {
        var list = new List<string>();
        foreach (Match m in Record().Matches(text))
        {
            var body = m.Groups["body"].Value.Trim();
            if (body.StartsWith("<![CDATA[", StringComparison.Ordinal) && body.EndsWith("]]>", StringComparison.Ordinal)) body = body[9..^3];
            else body = HtmlEntity.DeEntitize(body);
            list.Add(body);
            if (list.Count >= ListingAnchors.MaxAnchors) break;
        }
        return list;
    }

    private static IEnumerable<Uri> ProxyPages(string text, Uri pageUrl, int recordsOnPage)
    {
        if (ScriptNumber(text, "totalRecord") is not { } total || total <= recordsOnPage) yield break;
        var perPage = ScriptNumber(text, "perPage") ?? 15;
        var group = recordsOnPage > 0 ? recordsOnPage : perPage * (ScriptNumber(text, "groupSize") ?? 3);
        var proxy = ScriptString(text, "proxyUrl") ?? "/module/web/jpage/dataproxy.jsp";
        if (!Uri.TryCreate(pageUrl, proxy.Split('?')[0], out var proxyUrl) || proxyUrl.Host != pageUrl.Host) yield break;

        var parameters = ColumnParams(text, pageUrl);
        for (int start = recordsOnPage + 1, n = 0; start <= total && n < MaxGroups; start += group, n++)
        {
            // jpage asks for whole groups (46–90 of 50); the server cuts the last one short.
            var end = start + group - 1;
            var query = $"startrecord={start}&endrecord={end}&perpage={perPage}&" + string.Join("&",
                parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
            yield return new UriBuilder(proxyUrl) { Query = query }.Uri;
        }
    }

    /// <summary>The column's ids as the page's nextgroup link or jpage script gives them, with Hanweb's defaults.</summary>
    private static List<KeyValuePair<string, string>> ColumnParams(string text, Uri pageUrl)
    {
        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var next = NextGroupHref().Match(text);
        if (next.Success)
        {
            var href = HtmlEntity.DeEntitize(next.Groups["href"].Value);
            var q = href.IndexOf('?');
            if (q >= 0)
                foreach (var pair in href[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
                {
                    var eq = pair.IndexOf('=');
                    if (eq > 0) found.TryAdd(pair[..eq], Unescape(pair[(eq + 1)..]));
                }
        }
        // The param_{unitid} object holds the raw values; nextgroup's link double-encodes webname.
        foreach (var name in ColumnParameters)
            if (ScriptString(text, name) is { } v) found[name] = Unescape(v);
        if (!found.ContainsKey("columnid") && ColumnId().Match(pageUrl.AbsolutePath) is { Success: true } col) found["columnid"] = col.Groups[1].Value;
        found.TryAdd("col", "1");
        found.TryAdd("appid", "1");
        found.TryAdd("path", "/");
        found.TryAdd("sourceContentType", "1");
        found.TryAdd("permissiontype", "0");
        found.Remove("page");
        found.Remove("startrecord");
        found.Remove("endrecord");
        found.Remove("perpage");
        return [.. found.Where(p => ColumnParameters.Contains(p.Key, StringComparer.OrdinalIgnoreCase))
            .OrderBy(p => Array.FindIndex(ColumnParameters, c => c.Equals(p.Key, StringComparison.OrdinalIgnoreCase)))];
    }

    private static string Unescape(string value)
    {
        for (var i = 0; i < 3 && value.Contains('%'); i++)
        {
            var once = Uri.UnescapeDataString(value);
            if (once == value) break;
            value = once;
        }
        return value;
    }

    private static int? ScriptNumber(string text, string name) =>
        ScriptString(text, name) is { } s && int.TryParse(s, out var n) && n >= 0 ? n : null;

    private static string? ScriptString(string text, string name)
    {
        var m = Regex.Match(text, @"[\s,{(""']" + Regex.Escape(name) + @"[""']?\s*[:=]\s*[""']?(?<v>[^""',}\s&<>)]+)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return m.Success ? m.Groups["v"].Value : null;
    }

    [GeneratedRegex(@"<record>(?<body>.*?)</record>", RegexOptions.Singleline | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Record();

    [GeneratedRegex(@"<nextgroup>.*?href\s*=\s*[""'](?<href>[^""']+)[""']", RegexOptions.Singleline | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex NextGroupHref();

    [GeneratedRegex(@"/col(\d+)/")]
    private static partial Regex ColumnId();
}
