namespace Monitor.Domain.Registry;

/// <summary>
/// Names of the crawler's listing readers (one per CMS family), as the registry's <c>listingReader</c> override and
/// the readers themselves use them. Kept here so the registry loader can validate the field without the crawler.
/// </summary>
public static class ListingReaderNames
{
    public const string AnchorList = "anchor-list";
    public const string TrsScriptPaging = "trs-script-paging";
    public const string HanwebJpage = "hanweb-jpage";
    public const string Gkmlpt = "gkmlpt";
    public const string HanwebJpaas = "hanweb-jpaas";
    public const string CountyColumnTable = "county-column-table";

    public static IReadOnlyList<string> All { get; } = [AnchorList, TrsScriptPaging, HanwebJpage, Gkmlpt, HanwebJpaas, CountyColumnTable];
}
