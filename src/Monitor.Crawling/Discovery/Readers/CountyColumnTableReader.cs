using HtmlAgilityPack;
using Monitor.Domain.Registry;

namespace Monitor.Crawling.Discovery.Readers;

/// <summary>
/// A county-wide 年报专栏 on a 政府信息公开 platform: one table lists every unit's reports with columns such as
/// 序号, 标题, 发布机构, 成文日期, 发布日期. Each row's issuer comes from its 发布机构 cell and its date from 发布日期
/// (never 成文日期, the drafting date), so each report can be attributed to its own unit.
/// </summary>
public sealed class CountyColumnTableReader : IListingReader
{
    public string Name => ListingReaderNames.CountyColumnTable;

    public string ChineseName => "县级年报专栏（含发布机构列的表格）";

    public bool Recognises(ListingSource source) =>
        source.Text.Contains("发布机构", StringComparison.Ordinal) && HeaderTable(ListingAnchors.Parse(source.Text)) is not null;

    public ListingRead Read(ListingSource source)
    {
        var root = ListingAnchors.Parse(source.Text);
        if (HeaderTable(root) is not var (table, header)) return ListingRead.Failed("表格缺少“标题/发布机构”表头");
        var issuerAt = header.FindIndex(h => h.Contains("发布机构", StringComparison.Ordinal) || h.Contains("发文机关", StringComparison.Ordinal));
        var publishedAt = header.FindIndex(h => h.Contains("发布日期", StringComparison.Ordinal) || h.Contains("发布时间", StringComparison.Ordinal));
        var items = new List<ListingItem>();
        foreach (var row in table.Descendants("tr").Skip(1).Take(ListingAnchors.MaxAnchors))
        {
            var cells = row.ChildNodes.Where(n => n.Name is "td" or "th").ToList();
            var anchor = row.Descendants("a").FirstOrDefault(a => ListingAnchors.ToUrl(a, source.Url) is not null);
            if (anchor is null || cells.Count == 0) continue;
            var title = ListingAnchors.Clean(anchor.GetAttributeValue("title", ""));
            if (title.Length == 0) title = ListingAnchors.Clean(anchor.InnerText);
            var issuer = issuerAt >= 0 && issuerAt < cells.Count ? ListingAnchors.Clean(cells[issuerAt].InnerText) : null;
            var date = publishedAt >= 0 && publishedAt < cells.Count ? DateText.FindDate(ListingAnchors.Clean(cells[publishedAt].InnerText)) : null;
            items.Add(new ListingItem(ListingAnchors.ToUrl(anchor, source.Url)!, title, date, string.IsNullOrEmpty(issuer) ? null : issuer));
        }
        var pages = ListingPaging.AnchorPages(root, source.Url);
        pages.AddRange(TrsScriptPagingReader.ScriptPages(source.Text, source.Url));
        return new ListingRead(items, [.. pages.Where(p => p != source.Url).Distinct()]) { ListsManyUnits = true };
    }

    private static (HtmlNode Table, List<string> Header)? HeaderTable(HtmlNode root)
    {
        foreach (var table in root.Descendants("table").Take(50))
        {
            var first = table.Descendants("tr").FirstOrDefault();
            if (first is null) continue;
            var header = first.ChildNodes.Where(n => n.Name is "td" or "th").Select(n => ListingAnchors.Clean(n.InnerText)).ToList();
            if (header.Any(h => h.Contains("发布机构", StringComparison.Ordinal) || h.Contains("发文机关", StringComparison.Ordinal))
                && header.Any(h => h.Contains("标题", StringComparison.Ordinal) || h.Contains("名称", StringComparison.Ordinal)))
                return (table, header);
        }
        return null;
    }
}
