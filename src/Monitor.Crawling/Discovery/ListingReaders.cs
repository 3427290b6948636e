using Monitor.Crawling.Discovery.Readers;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Documents;

namespace Monitor.Crawling.Discovery;

/// <summary>
/// The listing readers in the order they are tried: the specific families first (each recognises its own
/// markers), the plain anchor list last. A unit's registry entry may name its reader when a page is ambiguous.
/// </summary>
public static class ListingReaders
{
    public static IReadOnlyList<IListingReader> All { get; } =
    [
        new HanwebJpageListingReader(),
        new HanwebJpaasListingReader(),
        new GkmlptListingReader(),
        new CountyColumnTableReader(),
        new TrsScriptPagingReader(),
        new AnchorListingReader(),
    ];

    /// <summary>The reader of a registry <c>listingReader</c> value (<see cref="Monitor.Domain.Registry.ListingReaderNames"/>).</summary>
    public static IListingReader? Named(string? name) =>
        name is null ? null : All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The reader for a page: the override when given (an API answer of another family still goes to the reader
    /// that recognises it), else the first that recognises the page. Null for a body no reader understands (e.g. JSON
    /// of an unknown API).
    /// </summary>
    public static IListingReader? Choose(ListingSource source, string? overrideName = null)
    {
        if (Named(overrideName) is { } chosen && (chosen.Recognises(source) || !JsonText.LooksLikeJson(source.Text))) return chosen;
        return All.FirstOrDefault(r => r.Recognises(source));
    }

    /// <summary>
    /// Reads a fetched listing page. The requested URL's fragment is kept: it selects a category on application shells
    /// (<c>/gkmlpt/index#5321</c>) and never reaches the server.
    /// </summary>
    public static (IListingReader? Reader, ListingRead Read) Read(Uri requested, FetchResult fetched, string? overrideName = null)
    {
        var pageUrl = requested.Fragment.Length > 1 && fetched.FinalUrl.Fragment.Length == 0
            ? new UriBuilder(fetched.FinalUrl) { Fragment = requested.Fragment[1..] }.Uri
            : fetched.FinalUrl;
        return Read(new ListingSource(pageUrl, TextDecoding.Decode(fetched.Body, fetched.Charset), fetched.ContentType), overrideName);
    }

    /// <summary>Reads a page with the chosen reader; a body no reader understands is a listing not understood.</summary>
    public static (IListingReader? Reader, ListingRead Read) Read(ListingSource source, string? overrideName = null)
    {
        if (!JsonText.LooksLikeJson(source.Text) && HtmlNesting.Estimate(source.Text) >= ListingAnchors.MaxNesting)
            return (null, ListingRead.Failed(ListingAnchors.TooDeep));
        var reader = Choose(source, overrideName);
        return reader is null
            ? (null, ListingRead.Failed(JsonText.LooksLikeJson(source.Text) ? "返回的是无法识别的JSON数据" : "无法识别的页面内容"))
            : (reader, reader.Read(source));
    }
}
