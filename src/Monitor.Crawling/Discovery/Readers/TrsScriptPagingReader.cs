using System.Text.RegularExpressions;
using Monitor.Domain.Registry;

namespace Monitor.Crawling.Discovery.Readers;

/// <summary>
/// TRS WCM columns, whose pager is drawn by script with no 下一页 anchor in the HTML:
/// classic <c>createPageHTML(countPage, currentPage, "index", "html")</c> → index_1.html … (0-based), and newer
/// <c>createPageHTML('page_div', count, current, 'list', 'shtml', total)</c> → list_2.shtml … (1-based, any base name).
/// Counts may be literals or <c>var countPage = 3</c> variables. Entries are the page's dated anchors.
/// </summary>
public sealed partial class TrsScriptPagingReader : IListingReader
{
    /// <summary>Pages generated from a script count; the crawler's own page bound applies on top.</summary>
    public const int MaxScriptPages = 50;

    public string Name => ListingReaderNames.TrsScriptPaging;

    public string ChineseName => "拓尔思TRS栏目（脚本分页 createPageHTML）";

    public bool Recognises(ListingSource source) => source.Text.Contains("createPageHTML", StringComparison.Ordinal);

    public ListingRead Read(ListingSource source)
    {
        var root = ListingAnchors.Parse(source.Text);
        var items = ListingAnchors.Read(root, source.Url);
        var pages = ListingPaging.AnchorPages(root, source.Url);
        pages.AddRange(ScriptPages(source.Text, source.Url));
        pages = [.. pages.Where(p => p != source.Url).Distinct()];
        return items.Count == 0 && pages.Count == 0 ? ListingRead.Failed(ShellHint.Describe(root, source.Text)) : new ListingRead(items, pages);
    }

    public static IEnumerable<Uri> ScriptPages(string html, Uri pageUrl)
    {
        var newer = Newer().Match(html);
        if (newer.Success && Count(html, newer.Groups["count"].Value) is { } n)
        {
            var name = newer.Groups["name"].Value;
            var ext = newer.Groups["ext"].Value;
            // Page 1 is the column's own page (list.shtml); pages 2..n carry their number.
            for (var k = 2; k <= Math.Min(n, MaxScriptPages); k++) yield return new Uri(pageUrl, $"{name}_{k}.{ext}");
            yield break;
        }
        var classic = Classic().Match(html);
        if (classic.Success && Count(html, classic.Groups["count"].Value) is { } c)
        {
            var name = classic.Groups["name"].Value;
            var ext = classic.Groups["ext"].Value;
            for (var k = 1; k < Math.Min(c, MaxScriptPages); k++) yield return new Uri(pageUrl, $"{name}_{k}.{ext}");
        }
    }

    private static int? Count(string html, string token)
    {
        if (int.TryParse(token, out var literal)) return literal;
        var v = Regex.Match(html, @"var\s+" + Regex.Escape(token) + @"\s*=\s*['""]?(\d+)", RegexOptions.None, TimeSpan.FromSeconds(1));
        return v.Success && int.TryParse(v.Groups[1].Value, out var value) ? value : null;
    }

    [GeneratedRegex(@"createPageHTML\(\s*(?<count>\w+)\s*,\s*\w+\s*,\s*[""'](?<name>[\w-]+)[""']\s*,\s*[""'](?<ext>\w+)[""']")]
    private static partial Regex Classic();

    [GeneratedRegex(@"createPageHTML\(\s*[""'][\w-]+[""']\s*,\s*(?<count>\w+)\s*,\s*\w+\s*,\s*[""'](?<name>[\w-]+)[""']\s*,\s*[""'](?<ext>\w+)[""']")]
    private static partial Regex Newer();
}
