using System.Text.Json;
using System.Text.RegularExpressions;
using Monitor.Domain.Registry;

namespace Monitor.Crawling.Discovery.Readers;

/// <summary>
/// Hanweb jpaas columns: the page holds an empty container that script fills from
/// <c>/api-gateway/jpaas-publish-server/front/page/build/unit?…&amp;paramJson={"pageNo":N,"pageSize":…}</c>; the JSON
/// answer carries the list as an HTML fragment (<c>data.html</c>, quotes escaped inside the JSON string).
/// </summary>
public sealed partial class HanwebJpaasListingReader : IListingReader
{
    public const int MaxApiPages = 20;
    private const string ApiPath = "/api-gateway/jpaas-publish-server/front/page/build/unit";

    public string Name => ListingReaderNames.HanwebJpaas;

    public string ChineseName => "大汉jpaas栏目（接口返回HTML片段）";

    public bool Recognises(ListingSource source) =>
        source.Url.AbsolutePath.Contains("jpaas-publish-server", StringComparison.OrdinalIgnoreCase)
        || source.Text.Contains("jpaas-publish-server", StringComparison.OrdinalIgnoreCase);

    public ListingRead Read(ListingSource source) =>
        source.Url.AbsolutePath.Contains("jpaas-publish-server", StringComparison.OrdinalIgnoreCase) ? ReadApi(source) : ReadShell(source);

    private static ListingRead ReadShell(ListingSource source)
    {
        var root = ListingAnchors.Parse(source.Text);
        var items = ListingAnchors.Read(root, source.Url);
        var call = ApiCall().Match(source.Text);
        Uri? first = null;
        if (call.Success)
        {
            // The page names the call in full (a data-url attribute or a script string).
            var text = System.Net.WebUtility.HtmlDecode(call.Value).Replace("\\/", "/", StringComparison.Ordinal);
            if (Uri.TryCreate(source.Url, text, out var u) && u.Host == source.Url.Host) first = WithPage(u, 1);
        }
        else
        {
            var parameters = new[] { "webId", "pageId", "parseType", "pageType", "tagId", "tplSetId" }
                .Select(n => (Name: n, Value: ScriptValue(source.Text, n))).ToList();
            if (parameters.Where(p => p.Name is "webId" or "pageId" or "tagId").All(p => p.Value is not null))
            {
                var query = string.Join("&", parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
                first = WithPage(new UriBuilder(source.Url) { Path = ApiPath, Query = query }.Uri, 1);
            }
        }
        if (first is null)
            return items.Count > 0 ? new ListingRead(items, []) : ListingRead.Failed("jpaas页面中未找到列表接口的参数（webId/pageId/tagId）");
        // The pager element states the count and page size (count="20" rows="15"): every page is known from the shell.
        var pages = new List<Uri> { first };
        if (PagerCount().Match(source.Text) is { Success: true } pager && int.TryParse(pager.Groups["count"].Value, out var count)
            && int.TryParse(pager.Groups["rows"].Value, out var rows) && rows > 0)
        {
            pages = [.. Enumerable.Range(1, Math.Min(MaxApiPages, Math.Max(1, (count + rows - 1) / rows))).Select(k => WithPage(first, k, rows))];
        }
        return new ListingRead(items, pages, IsShell: items.Count == 0);
    }

    private static ListingRead ReadApi(ListingSource source)
    {
        using var doc = JsonText.TryParse(source.Text);
        if (doc is null) return ListingRead.Failed("jpaas接口返回的内容不是有效的JSON");
        var data = JsonText.Property(doc.RootElement, "data");
        var html = data is { ValueKind: JsonValueKind.Object } d ? JsonText.String(d, "html") : null;
        if (html is null) return ListingRead.Failed("jpaas接口返回的JSON中没有列表片段（data.html）");
        var items = ListingAnchors.Read(ListingAnchors.Parse(html), source.Url);
        var pages = new List<Uri>();
        // The total is a count="N" attribute of the fragment's pager (the JSON carries none).
        if (PageNo(source.Url) == 1 && items.Count > 0 && FragmentCount().Match(html) is { Success: true } c)
        {
            var size = PageSize(source.Url, items.Count);
            var pageCount = (long.Parse(c.Groups[1].Value) + size - 1) / size;
            for (var k = 2; k <= Math.Min(pageCount, MaxApiPages); k++) pages.Add(WithPage(source.Url, k));
        }
        return new ListingRead(items, pages);
    }

    private static int PageNo(Uri api) => ParamJson(api) is { } json && PageNoIn().Match(json) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 1;

    private static long PageSize(Uri api, int fallback) => ParamJson(api) is { } json && PageSizeIn().Match(json) is { Success: true } m ? Math.Max(1, long.Parse(m.Groups[1].Value)) : fallback;

    private static string? ParamJson(Uri api) =>
        api.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2 && p[0] == "paramJson").Select(p => Uri.UnescapeDataString(p[1])).FirstOrDefault();

    /// <summary>The same API call for page <paramref name="pageNo"/>, paramJson written as a browser encodes it.</summary>
    private static Uri WithPage(Uri api, int pageNo, int? size = null)
    {
        var json = ParamJson(api);
        var pageSize = size?.ToString() ?? (json is not null && PageSizeIn().Match(json) is { Success: true } m ? m.Groups[1].Value : "15");
        var newJson = $"{{\"pageNo\":{pageNo},\"pageSize\":{pageSize}}}";
        var others = api.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("paramJson=", StringComparison.Ordinal));
        return new UriBuilder(api) { Query = string.Join("&", others.Append("paramJson=" + Uri.EscapeDataString(newJson))) }.Uri;
    }

    private static string? ScriptValue(string text, string name)
    {
        var m = Regex.Match(text, @"[\s,{(""'&?]" + Regex.Escape(name) + @"[""']?\s*[:=]\s*[""']?(?<v>[\w-]{1,64})", RegexOptions.None, TimeSpan.FromSeconds(1));
        return m.Success ? m.Groups["v"].Value : null;
    }

    [GeneratedRegex(@"/api-gateway/jpaas-publish-server/front/page/build/unit\?[^""'\s<>]+")]
    private static partial Regex ApiCall();

    [GeneratedRegex(@"""?pageNo""?\s*:\s*(\d{1,4})")]
    private static partial Regex PageNoIn();

    [GeneratedRegex(@"""?pageSize""?\s*:\s*(\d{1,4})")]
    private static partial Regex PageSizeIn();

    [GeneratedRegex("\\bcount\\s*=\\s*[\"'](?<count>\\d{1,6})[\"'][^>]*?\\brows\\s*=\\s*[\"'](?<rows>\\d{1,4})[\"']")]
    private static partial Regex PagerCount();

    [GeneratedRegex("\\bcount\\s*=\\s*\\\\?[\"'](\\d{1,6})")]
    private static partial Regex FragmentCount();

}
