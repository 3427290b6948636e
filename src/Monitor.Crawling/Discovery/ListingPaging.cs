using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Monitor.Crawling.Discovery;

/// <summary>Further pages of a column that plain HTML shows: index_N links and 下一页/尾页 anchors in the same folder.</summary>
public static partial class ListingPaging
{
    public static List<Uri> AnchorPages(HtmlNode root, Uri pageUrl)
    {
        var pages = new List<Uri>();
        foreach (var a in root.Descendants("a").Take(ListingAnchors.MaxAnchors))
        {
            if (ListingAnchors.ToUrl(a, pageUrl) is not { } url || url == pageUrl) continue;
            var text = ListingAnchors.Clean(a.InnerText);
            if ((text.Contains("下一页", StringComparison.Ordinal) || text.Contains("尾页", StringComparison.Ordinal) || PagedIndex().IsMatch(url.AbsolutePath))
                && SameColumn(pageUrl, url))
                pages.Add(url);
        }
        return [.. pages.Distinct()];
    }

    public static bool SameColumn(Uri page, Uri candidate) =>
        string.Equals(page.Host, candidate.Host, StringComparison.OrdinalIgnoreCase)
        && page.Port == candidate.Port
        && string.Equals(Folder(page), Folder(candidate), StringComparison.Ordinal);

    private static string Folder(Uri u) => u.AbsolutePath[..(u.AbsolutePath.LastIndexOf('/') + 1)];

    [GeneratedRegex(@"/(index|list)_\d+\.s?html?$", RegexOptions.IgnoreCase)]
    private static partial Regex PagedIndex();
}
