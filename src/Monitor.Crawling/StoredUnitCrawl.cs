using Monitor.Crawling.Fetching;
using Monitor.Domain.Capture;

namespace Monitor.Crawling;

/// <summary>
/// Connects the crawler to the stores: previous state from the crawl-state store (per listing URL) and the
/// capture store (latest version per source URL); after a pass, listing states and captures written back.
/// The capture store decides new / new version / unchanged by content hash, so saving twice is harmless.
/// </summary>
public sealed class StoredUnitCrawl(string countyId, ICaptureStore captures, ICrawlStateStore crawlState, TimeProvider time)
{
    public async Task<UnitCrawlState> LoadAsync(Monitor.Domain.Registry.RegisteredUnit unit, CancellationToken cancellationToken = default)
    {
        var listings = new Dictionary<string, ListingState>();
        // Registry listings and the pages derived from them (pagination, listing APIs behind a page shell): a 304 on
        // the shell must still lead to its list, which changes while the shell does not.
        var pending = new Queue<string>(unit.ListingUrls.Select(u => u.ToString()));
        while (pending.Count > 0 && listings.Count < MaxLoadedPages)
        {
            var url = pending.Dequeue();
            if (listings.ContainsKey(url) || await crawlState.GetAsync(url, cancellationToken).ConfigureAwait(false) is not { } s) continue;
            var more = (s.MorePages ?? []).Select(p => Uri.TryCreate(p, UriKind.Absolute, out var u) ? u : null).OfType<Uri>().ToList();
            listings[url] = new ListingState(ToFetch(s.Validators), s.LastSuccessAt, s.ConsecutiveFailures, s.LastError, [], more)
            {
                NotUnderstood = s.NotUnderstood,
            };
            foreach (var p in more) pending.Enqueue(p.ToString());
        }
        var documents = new Dictionary<string, DocumentState>();
        // A URL an official asked to re-check was fetched once on request; the crawl goes only where the listings lead.
        foreach (var latest in (await captures.ListAsync(countyId, unit.Id, cancellationToken: cancellationToken).ConfigureAwait(false))
                     .Where(r => !r.FromRecheck)
                     .GroupBy(r => r.SourceUrl)
                     .Select(g => g.MaxBy(r => r.Version)!))
        {
            documents[latest.SourceUrl] = new DocumentState(latest.PageTitle ?? "", latest.ReportYear ?? 0, latest.Sha256,
                ToFetch(latest.Validators), latest.FirstSeenAt, latest.Version, []);
        }
        return new UnitCrawlState(unit.Id, listings, documents);
    }

    /// <summary>
    /// Stores the pass: captures first, then the listings' state. A store lost halfway must not leave a listing's new
    /// validators beside a capture that was never written, or the next pass would get 304 and never fetch it again;
    /// the other way round the next pass fetches again and the capture store repairs or finds "unchanged".
    /// </summary>
    public async Task<IReadOnlyList<CaptureSaveResult>> SaveAsync(UnitCrawlResult result, CancellationToken cancellationToken = default)
    {
        var saved = new List<CaptureSaveResult>();
        foreach (var c in result.Captures)
        {
            // A document that states no date of its own (a PDF linked straight from the column) takes the date the
            // column shows beside its link: that is the site's publication date, not the day we happened to crawl.
            var draft = new CaptureDraft(countyId, c.UnitId, c.Year, c.SourceUrl.ToString(), c.Title, c.ContentType,
                Extension(c), c.FetchedAt, c.PublishedOn ?? c.ListedOn, ToStored(c.Validators));
            saved.Add(await captures.SaveAsync(draft, c.Content, cancellationToken).ConfigureAwait(false));
        }
        var now = time.GetUtcNow();
        foreach (var (url, listing) in result.State.Listings)
        {
            await crawlState.PutAsync(new CrawlState(url, ToStored(listing.Validators), now, listing.LastSuccess, listing.ConsecutiveFailures,
                listing.LastFailureReason, listing.NotUnderstood, listing.MorePages.Count == 0 ? null : [.. listing.MorePages.Select(p => p.ToString())]),
                cancellationToken).ConfigureAwait(false);
        }
        return saved;
    }

    /// <summary>
    /// The stored file's extension from what the bytes are (download servlets end in .jsp whatever they serve), else
    /// the server's file name or the URL's (the capture name normalises its shape), never a servlet's own.
    /// </summary>
    private static string Extension(CapturedDocument c)
    {
        var kind = FileKinds.Sniff(c.Content, c.FileName ?? c.SourceUrl.AbsolutePath, c.ContentType);
        if (FileKinds.ExtensionOf(kind, c.Content) is { } known) return known;
        var ext = Path.GetExtension(c.FileName ?? c.SourceUrl.AbsolutePath).ToLowerInvariant();
        return ext is "" or ".jsp" or ".do" or ".asp" or ".aspx" or ".php" or ".action" ? ".bin" : ext;
    }

    private const int MaxLoadedPages = 60;

    private static Validators ToFetch(HttpValidators v) => new(v.ETag, v.LastModified);

    private static HttpValidators ToStored(Validators v) => new(v.ETag, v.LastModified);
}
