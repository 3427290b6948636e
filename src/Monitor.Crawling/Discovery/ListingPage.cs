using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Monitor.Crawling.Discovery;

/// <summary>A link on a listing page whose title names an annual report.</summary>
public sealed record ReportLink(Uri Url, string Title, int Year, DateOnly? ListedOn);

/// <summary>What a listing (column) page offers: report links and further pages of the same column.</summary>
public sealed record ListingPage(IReadOnlyList<ReportLink> Reports, IReadOnlyList<Uri> MorePages);

/// <summary>
/// Reads a column page of a county CMS: recognises report links by title among news, reads the date listed
/// next to each link, and finds pagination (index_1.html links, 下一页 anchors, createPageHTML script variables).
/// </summary>
public static partial class ListingPageReader
{
    public static ListingPage Read(string html, Uri pageUrl, Regex? titlePattern = null)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        var reports = new List<ReportLink>();
        var seen = new HashSet<Uri>();
        var pages = new List<Uri>();
        foreach (var a in doc.DocumentNode.Descendants("a"))
        {
            var href = HtmlEntity.DeEntitize(a.GetAttributeValue("href", "")).Trim();
            if (href.Length == 0 || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) continue;
            if (!Uri.TryCreate(pageUrl, href, out var url) || url.Scheme is not ("http" or "https")) continue;
            var text = Clean(a.InnerText);
            var title = Clean(HtmlEntity.DeEntitize(a.GetAttributeValue("title", "")));
            if (title.Length == 0) title = text;

            if (text.Contains("下一页", StringComparison.Ordinal) || text.Contains("尾页", StringComparison.Ordinal) || PagedIndex().IsMatch(url.AbsolutePath))
            {
                if (SameColumn(pageUrl, url)) pages.Add(url);
                continue;
            }
            if (ReportTitle.RecogniseYear(title, titlePattern) is { } year && seen.Add(url))
                reports.Add(new ReportLink(url, title, year, ListedDate(a)));
        }
        pages.AddRange(ScriptPages(html, pageUrl));
        return new ListingPage(reports, pages.Where(p => p != pageUrl).Distinct().ToList());
    }

    /// <summary>The date printed beside a link: inside the same list item or table row.</summary>
    private static DateOnly? ListedDate(HtmlNode anchor)
    {
        for (var n = anchor.ParentNode; n is not null && n.Name != "body"; n = n.ParentNode)
        {
            if (n.Name is "li" or "tr" or "dd" or "p" or "div")
            {
                var date = DateText.FindDate(Clean(n.InnerText));
                if (date is not null || n.Name is "li" or "tr") return date;
            }
        }
        return null;
    }

    /// <summary>
    /// TRS-style CMSs write <c>var countPage = 2; createPageHTML(countPage, 0, "index", "html");</c>; page k&gt;0 is index_k.html.
    /// </summary>
    private static IEnumerable<Uri> ScriptPages(string html, Uri pageUrl)
    {
        var m = CreatePageCall().Match(html);
        if (!m.Success) yield break;
        var countText = m.Groups["count"].Value;
        if (!int.TryParse(countText, out var count))
        {
            var v = Regex.Match(html, @"var\s+" + Regex.Escape(countText) + @"\s*=\s*(\d+)");
            if (!v.Success || !int.TryParse(v.Groups[1].Value, out count)) yield break;
        }
        var name = m.Groups["name"].Value;
        var ext = m.Groups["ext"].Value;
        for (var k = 1; k < count; k++)
            yield return new Uri(pageUrl, $"{name}_{k}.{ext}");
    }

    private static bool SameColumn(Uri page, Uri candidate) =>
        string.Equals(page.Host, candidate.Host, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Folder(page), Folder(candidate), StringComparison.Ordinal);

    private static string Folder(Uri u) => u.AbsolutePath[..(u.AbsolutePath.LastIndexOf('/') + 1)];

    internal static string Clean(string text) => WhiteSpace().Replace(HtmlEntity.DeEntitize(text) ?? "", " ").Trim();

    [GeneratedRegex(@"/index_\d+\.s?html?$", RegexOptions.IgnoreCase)]
    private static partial Regex PagedIndex();

    [GeneratedRegex(@"createPageHTML\(\s*(?<count>\w+)\s*,\s*\w+\s*,\s*[""'](?<name>[\w-]+)[""']\s*,\s*[""'](?<ext>\w+)[""']")]
    private static partial Regex CreatePageCall();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
