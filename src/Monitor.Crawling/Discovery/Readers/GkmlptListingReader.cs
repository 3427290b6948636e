using System.Text.Json;
using System.Text.RegularExpressions;
using Monitor.Domain.Registry;

namespace Monitor.Crawling.Discovery.Readers;

/// <summary>
/// Guangdong-style 政府信息公开目录平台 (gkmlpt): the column page is an empty application shell carrying the site's
/// SID; the list is JSON from <c>/gkmlpt/api/all/{category}?page=N&amp;sid=…</c> (<c>articles[].title/url/publisher</c>,
/// dates as epoch seconds). The category is the registry URL's fragment (<c>/gkmlpt/index#5321</c>) or the shell's.
/// </summary>
public sealed partial class GkmlptListingReader : IListingReader
{
    public const int MaxApiPages = 20;

    public string Name => ListingReaderNames.Gkmlpt;

    public string ChineseName => "政务公开目录平台gkmlpt（接口JSON）";

    public bool Recognises(ListingSource source) => source.Url.AbsolutePath.Contains("/gkmlpt/", StringComparison.OrdinalIgnoreCase);

    public ListingRead Read(ListingSource source) =>
        JsonText.LooksLikeJson(source.Text) ? ReadApi(source) : ReadShell(source);

    private static ListingRead ReadShell(ListingSource source)
    {
        var sid = Sid().Match(source.Text);
        if (!sid.Success) return ListingRead.Failed("gkmlpt页面中未找到站点标识SID，无法调用列表接口");
        var category = source.Url.Fragment.TrimStart('#') is { Length: > 0 } fragment && fragment.All(char.IsAsciiDigit) ? fragment
            : ReportNode(source.Text) ?? (Category().Match(source.Text) is { Success: true } c ? c.Groups["id"].Value : null);
        if (category is null) return ListingRead.Failed("gkmlpt页面中未找到年报栏目的分类编号（可在登记表网址后加 #分类编号）");
        var api = new UriBuilder(source.Url) { Path = $"/gkmlpt/api/all/{category}", Query = $"page=1&sid={sid.Groups["sid"].Value}", Fragment = "" }.Uri;
        return new ListingRead([], [api], IsShell: true);
    }

    private static ListingRead ReadApi(ListingSource source)
    {
        using var doc = JsonText.TryParse(source.Text);
        if (doc is null) return ListingRead.Failed("gkmlpt接口返回的内容不是有效的JSON");
        var root = doc.RootElement;
        var articles = JsonText.Property(root, "articles");
        if (articles is not { ValueKind: JsonValueKind.Array } list) return ListingRead.Failed("gkmlpt接口返回的JSON中没有文章列表（articles）");
        var items = new List<ListingItem>();
        foreach (var a in list.EnumerateArray().Take(ListingAnchors.MaxAnchors))
        {
            var title = JsonText.String(a, "title", "name");
            var href = JsonText.String(a, "url", "post_url");
            if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(source.Url, href, out var url) || url.Scheme is not ("http" or "https")) continue;
            // create_time is the 发布日期; "date" is the 成文日期 and created_at the platform's own ingestion time.
            var date = EpochDate(JsonText.Number(a, "create_time"))
                       ?? DateText.FindDate(JsonText.String(a, "display_publish_time"));
            items.Add(new ListingItem(url, ListingAnchors.Clean(title), date, JsonText.String(a, "publisher", "source")));
        }
        var pages = new List<Uri>();
        var current = QueryValue(source.Url, "page") is { } p && int.TryParse(p, out var n) ? n : 1;
        if (current == 1 && JsonText.Number(root, "total") is { } total && items.Count > 0)
        {
            var pageCount = (int)Math.Min(MaxApiPages, (total + items.Count - 1) / items.Count);
            for (var k = 2; k <= pageCount; k++)
                pages.Add(new UriBuilder(source.Url) { Query = ReplaceQuery(source.Url.Query, "page", k.ToString()) }.Uri);
        }
        return new ListingRead(items, pages);
    }

    /// <summary>The node of the shell's category TREE named for annual reports (政府信息公开年报, 年度报告).</summary>
    private static string? ReportNode(string text)
    {
        foreach (Match m in TreeNode().Matches(text))
        {
            var name = m.Groups["name"].Value;
            if (name.Contains("年报", StringComparison.Ordinal) || name.Contains("年度报告", StringComparison.Ordinal)) return m.Groups["id"].Value;
        }
        return null;
    }

    [GeneratedRegex("\"id\"\\s*:\\s*(?<id>\\d{1,10})\\s*,\\s*\"name\"\\s*:\\s*\"(?<name>[^\"]{1,60})\"")]
    private static partial Regex TreeNode();

    /// <summary>Epoch seconds (or milliseconds) as the China Standard Time calendar date.</summary>
    public static DateOnly? EpochDate(long? value)
    {
        if (value is not { } v || v <= 0) return null;
        var seconds = v > 100_000_000_000 ? v / 1000 : v;
        if (seconds > 4_102_444_800) return null;
        return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(TimeSpan.FromHours(8)).DateTime);
    }

    private static string? QueryValue(Uri url, string name) =>
        url.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2 && p[0] == name).Select(p => p[1]).FirstOrDefault();

    private static string ReplaceQuery(string query, string name, string value) =>
        string.Join("&", query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.StartsWith(name + "=", StringComparison.Ordinal) ? $"{name}={value}" : p));

    [GeneratedRegex(@"\bSID\b['""]?\s*[:=]\s*['""]?(?<sid>[\w-]{1,40})", RegexOptions.IgnoreCase)]
    private static partial Regex Sid();

    [GeneratedRegex(@"(?:api/all/|cat(?:egory)?_?id['""]?\s*[:=]\s*['""]?)(?<id>\d{1,10})", RegexOptions.IgnoreCase)]
    private static partial Regex Category();
}
