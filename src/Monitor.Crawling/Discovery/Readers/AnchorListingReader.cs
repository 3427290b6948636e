using Monitor.Domain.Registry;

namespace Monitor.Crawling.Discovery.Readers;

/// <summary>
/// The plain column page most CMSs render on the server: entries are dated anchors in lists or tables, further
/// pages are index_N links or 下一页 anchors (iList.jsp columns, JEECMS .jhtml lists, static sites). The fallback:
/// it recognises any HTML page, and says so when the page lists nothing (an application shell, an error page).
/// </summary>
public sealed class AnchorListingReader : IListingReader
{
    public string Name => ListingReaderNames.AnchorList;

    public string ChineseName => "普通栏目页（链接列表）";

    public bool Recognises(ListingSource source) => !JsonText.LooksLikeJson(source.Text);

    public ListingRead Read(ListingSource source)
    {
        var root = ListingAnchors.Parse(source.Text);
        var items = ListingAnchors.Read(root, source.Url);
        var pages = ListingPaging.AnchorPages(root, source.Url);
        if (items.Count > 0 || pages.Count > 0) return new ListingRead(items, pages);
        return ListingRead.Failed(ShellHint.Describe(root, source.Text));
    }
}
