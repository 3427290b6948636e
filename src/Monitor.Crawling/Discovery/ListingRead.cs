namespace Monitor.Crawling.Discovery;

/// <summary>A link on a listing page whose title names an annual report, with the year it is about.</summary>
public sealed record ReportLink(Uri Url, string Title, int Year, DateOnly? ListedOn)
{
    /// <summary>The 发布机构 the listing prints beside the link (a county-wide column), if any.</summary>
    public string? Issuer { get; init; }

    /// <summary>Listed on a shared column without naming any body: the detail page's 发布机构 decides.</summary>
    public bool NeedsIssuerCheck { get; init; }
}

/// <summary>One entry of a column as the CMS lists it (news, notices and reports alike).</summary>
public sealed record ListingItem(Uri Url, string Title, DateOnly? ListedOn, string? Issuer = null);

/// <summary>A listing page or API answer as fetched: decoded text, its final URL and the server's content type.</summary>
public sealed record ListingSource(Uri Url, string Text, string? ContentType);

/// <summary>
/// What one listing reader made of one page: every entry listed (not only reports), further pages of the same
/// column (pagination, or the API a page shell loads its list from), whether the page is only a shell whose list
/// comes from those further pages, and why the page could not be understood, if it could not.
/// </summary>
public sealed record ListingRead(
    IReadOnlyList<ListingItem> Items,
    IReadOnlyList<Uri> MorePages,
    bool IsShell = false,
    string? NotUnderstood = null)
{
    /// <summary>The page lists the reports of many units (a county 年报专栏): titles naming nobody need the detail page's 发布机构.</summary>
    public bool ListsManyUnits { get; init; }

    public static ListingRead Failed(string reason) => new([], [], NotUnderstood: reason);
}

/// <summary>
/// Reads the listing pages of one CMS family. Each family is one small reader; <see cref="ListingReaders"/> picks
/// the one that recognises a page (or the registry's override). Readers never fetch: derived URLs (further pages,
/// API calls) are returned for the crawler to fetch on the same host, through the same politeness and allow-list.
/// </summary>
public interface IListingReader
{
    /// <summary>Stable name, used in the registry's <c>listingReader</c> override and in crawl state.</summary>
    string Name { get; }

    /// <summary>What officials and county IT read in <c>probe</c> output.</summary>
    string ChineseName { get; }

    bool Recognises(ListingSource source);

    ListingRead Read(ListingSource source);
}
