using System.Text.RegularExpressions;
using HtmlAgilityPack;
using Monitor.Domain.Documents;

namespace Monitor.Crawling.Discovery;

/// <summary>
/// The list entries of an HTML page or fragment: anchors to article pages that a list item, table row or line
/// dates, or whose URL has the shape of a CMS article (t20260122_123.html, art_1501_9.html, post_123.html).
/// Navigation links (home, other columns) are neither, so a page shell yields no entries.
/// </summary>
public static partial class ListingAnchors
{
    /// <summary>Anchors read per page: a real column lists at most a few hundred.</summary>
    public const int MaxAnchors = 5000;

    public static List<ListingItem> Read(HtmlNode root, Uri baseUrl)
    {
        var items = new List<ListingItem>();
        var seen = new HashSet<Uri>();
        var count = 0;
        foreach (var a in root.Descendants("a"))
        {
            if (++count > MaxAnchors) break;
            if (ToUrl(a, baseUrl) is not { } url) continue;
            var text = Clean(a.InnerText);
            var title = Clean(a.GetAttributeValue("title", ""));
            if (title.Length == 0) title = text;
            if (title.Length < 4 || IsPagerText(text)) continue;
            var date = ListedDate(a);
            if (date is null && !ArticleUrl().IsMatch(url.AbsolutePath) && !ReportTitle.NamesAReport(title)) continue;
            if (seen.Add(url)) items.Add(new ListingItem(url, title, date));
        }
        return items;
    }

    /// <summary>An anchor's absolute http(s) URL, or null for fragments, scripts and mail links.</summary>
    public static Uri? ToUrl(HtmlNode anchor, Uri baseUrl)
    {
        var href = HtmlEntity.DeEntitize(anchor.GetAttributeValue("href", "")).Trim();
        if (href.Length == 0 || href.Length > 2048 || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) return null;
        return Uri.TryCreate(baseUrl, href, out var url) && url.Scheme is "http" or "https" ? url : null;
    }

    public static bool IsPagerText(string text) =>
        text is "首页" or "上一页" or "下一页" or "尾页" or "末页" || text.Contains("下一页", StringComparison.Ordinal);

    /// <summary>The date printed beside a link: inside the same list item, table row or line.</summary>
    private static DateOnly? ListedDate(HtmlNode anchor)
    {
        for (var n = anchor.ParentNode; n is not null && n.Name is not ("body" or "ul" or "ol" or "table" or "#document"); n = n.ParentNode)
        {
            if (n.Name is "li" or "tr" or "dd" or "p" or "div" or "dl")
            {
                var date = DateText.FindDate(Clean(n.InnerText));
                if (date is not null || n.Name is "li" or "tr") return date;
            }
        }
        return null;
    }

    public static string Clean(string? text) => WhiteSpace().Replace(HtmlEntity.DeEntitize(text ?? "") ?? "", " ").Trim();

    /// <summary>Deepest element nesting a listing or detail page may have; real CMS pages stay far below it.</summary>
    public const int MaxNesting = 512;

    public static string TooDeep => $"页面元素嵌套超过{MaxNesting}层，结构异常，无法读取";

    /// <summary>
    /// The parsed page, or an empty document for markup nested deeper than <see cref="MaxNesting"/>: measured before
    /// parsing (HtmlAgilityPack throws past its own bound and slows down quadratically well before it).
    /// </summary>
    public static HtmlNode Parse(string html)
    {
        var doc = new HtmlDocument { OptionMaxNestedChildNodes = MaxNesting };
        if (HtmlNesting.Estimate(html) < MaxNesting) doc.LoadHtml(html);
        return doc.DocumentNode;
    }

    [GeneratedRegex(@"(/t\d{8}_\d+\.s?html?$)|(/art_\d+_\d+\.html$)|(/post_\d+\.html$)|(/content/)|(/art/\d{4}/)|(\d{6,}\.s?html?$)", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleUrl();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
