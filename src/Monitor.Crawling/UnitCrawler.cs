using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Monitor.Crawling.Discovery;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Documents;
using Monitor.Domain.Registry;

namespace Monitor.Crawling;

public sealed class UnitCrawlerOptions
{
    /// <summary>Listing pages visited per unit, pagination and listing API calls included.</summary>
    public int MaxListingPages { get; set; } = 10;
    /// <summary>The unit's own report documents fetched per pass (most recent years first); other units' never count.</summary>
    public int MaxReports { get; set; } = 20;
}

/// <summary>
/// One pass over one unit: listing pages (conditional GET, pagination, listing APIs) read by the listing reader
/// that recognises each page → the unit's own report links (attributed by name) → detail pages, their attachments
/// (on the listing host or a sibling host of the same site) and, for reports published as scans, their images;
/// compared by content hash with what the previous state knew. Never throws for site behaviour.
/// </summary>
public sealed class UnitCrawler(PageFetcher fetcher, UnitCrawlerOptions options, TimeProvider time)
{
    /// <summary>Remembers the answers of listing pages shared by several units within a pass (null: none shared).</summary>
    public ListingFetchMemo? SharedListings { get; init; }

    /// <summary>The same crawler reading shared columns through <paramref name="memo"/> (one fetch per pass).</summary>
    public UnitCrawler WithSharedListings(ListingFetchMemo memo) => new(fetcher, options, time) { SharedListings = memo };

    public async Task<UnitCrawlResult> CrawlAsync(RegisteredUnit unit, UnitCrawlState? previous, CancellationToken cancellationToken = default)
    {
        previous ??= UnitCrawlState.Empty(unit.Id);
        var listings = new Dictionary<string, ListingState>(previous.Listings);
        var documents = new Dictionary<string, DocumentState>(previous.Documents);
        var captures = new List<CapturedDocument>();
        var problems = new List<CrawlProblem>();
        var requests = 0;
        var pattern = unit.TitlePattern is null ? null : new Regex(unit.TitlePattern, RegexOptions.None, TimeSpan.FromMilliseconds(200));
        var names = UnitNames.Of(unit.Name);

        var reports = new Dictionary<Uri, (ReportLink Link, Attribution Attribution)>();
        var queue = new Queue<(Uri Url, Uri Root)>(unit.ListingUrls.Select(u => (u, u)));
        var visited = new HashSet<Uri>();
        var roots = unit.ListingUrls.ToDictionary(u => u, _ => new RootTally());
        string? firstFailure = null;
        while (queue.Count > 0 && visited.Count < options.MaxListingPages)
        {
            var (url, root) = queue.Dequeue();
            if (!visited.Add(url)) continue;
            var tally = roots[root];
            listings.TryGetValue(url.ToString(), out var known);
            var result = SharedListings is { } memo
                ? await memo.FetchAsync(url, () => fetcher.FetchAsync(url, known?.Validators, cancellationToken)).ConfigureAwait(false)
                : await fetcher.FetchAsync(url, known?.Validators, cancellationToken).ConfigureAwait(false);
            requests++;
            ListingState state;
            if (result.Outcome == FetchOutcome.Fetched)
            {
                var (_, read) = ListingReaders.Read(url, result, unit.ListingReader);
                var shared = SharedListings?.IsShared(root) == true || read.ListsManyUnits;
                var own = new List<ReportLink>();
                foreach (var item in read.Items)
                {
                    if (ReportTitle.RecogniseYear(item.Title, pattern) is not { } year) continue;
                    var attribution = ReportAttribution.Of(names, item, shared, pattern is not null);
                    if (attribution == Attribution.Other) continue;
                    var link = new ReportLink(item.Url, item.Title, year, item.ListedOn) { Issuer = item.Issuer, NeedsIssuerCheck = attribution == Attribution.CheckDetail };
                    own.Add(link);
                    reports.TryAdd(link.Url, (link, attribution));
                }
                tally.Items += read.Items.Count;
                tally.Reason ??= read.NotUnderstood;
                state = new ListingState(result.Validators, result.FetchedAt, 0, null, own, read.MorePages.Where(p => SameSite(url, p)).ToList())
                {
                    NotUnderstood = read.NotUnderstood,
                };
            }
            else if (result.Outcome == FetchOutcome.NotModified && known is not null)
            {
                state = known with { LastSuccess = result.FetchedAt, ConsecutiveFailures = 0, LastFailureReason = null };
                if (known.NotUnderstood is null) tally.KnownUnderstood = true;
                else tally.Reason ??= known.NotUnderstood;
                foreach (var r in known.Reports) reports.TryAdd(r.Url, (r, r.NeedsIssuerCheck ? Attribution.CheckDetail : Attribution.Own));
            }
            else
            {
                var reason = result.Reason ?? "栏目页无法读取";
                firstFailure ??= $"{url}：{reason}";
                listings[url.ToString()] = (known ?? new ListingState(Validators.None, null, 0, null, [], [])) with
                {
                    ConsecutiveFailures = (known?.ConsecutiveFailures ?? 0) + 1,
                    LastFailureReason = reason,
                };
                continue;
            }
            listings[url.ToString()] = state;
            if (url == root) tally.Reached = true;
            foreach (var more in state.MorePages) queue.Enqueue((more, root));
        }

        // A column that answered but listed nothing the readers understand is not evidence of a missing report.
        foreach (var (root, tally) in roots)
        {
            if (!tally.Reached || !listings.TryGetValue(root.ToString(), out var rootState)) continue;
            var understood = tally.Items > 0 || (tally.KnownUnderstood && tally.Reason is null);
            listings[root.ToString()] = rootState with
            {
                NotUnderstood = understood ? null : tally.Reason ?? "未找到任何栏目条目",
            };
        }

        var failures = unit.ListingUrls.Max(u => listings.TryGetValue(u.ToString(), out var s) ? s.ConsecutiveFailures : 0);
        if (!roots.Values.Any(t => t.Reached))
        {
            var unreachableState = new UnitCrawlState(unit.Id, listings, documents);
            return new UnitCrawlResult(unit.Id, UnitOutcome.Unreachable, firstFailure ?? "栏目页无法访问", [], problems, unreachableState, requests)
            {
                ConsecutiveListingFailures = failures,
            };
        }

        foreach (var (report, attribution) in reports.Values.OrderByDescending(r => r.Link.Year).ThenByDescending(r => r.Link.ListedOn).Take(options.MaxReports))
        {
            requests += await CaptureReportAsync(unit, names, report, attribution, documents, captures, problems, cancellationToken).ConfigureAwait(false);
        }
        // State rebuilt from a store knows documents but not the links a 304 listing would have shown:
        // re-check those documents directly so that silent edits are still seen (F04).
        var covered = reports.Values.SelectMany(r => documents.TryGetValue(r.Link.Url.ToString(), out var d) ? d.Attachments.Select(a => a.Url).Append(r.Link.Url) : [r.Link.Url]).ToHashSet();
        foreach (var (url, known) in previous.Documents.Where(d => !covered.Contains(new Uri(d.Key))).OrderByDescending(d => d.Value.Year).Take(options.MaxReports))
        {
            requests += await CaptureReportAsync(unit, names, new ReportLink(new Uri(url), known.Title, known.Year, null), Attribution.Own, documents, captures, problems, cancellationToken).ConfigureAwait(false);
        }

        var outcome = captures.Any(c => !c.IsChange) ? UnitOutcome.New : captures.Count > 0 ? UnitOutcome.Changed : UnitOutcome.Unchanged;
        return new UnitCrawlResult(unit.Id, outcome, null, captures, problems, new UnitCrawlState(unit.Id, listings, documents), requests)
        {
            ConsecutiveListingFailures = failures,
        };
    }

    /// <summary>What the pages derived from one registry listing URL showed in this pass.</summary>
    /// <remarks>KnownUnderstood: a page answered 304 and was understood last time, so its entries are still there.</remarks>
    private sealed class RootTally
    {
        public bool Reached;
        public int Items;
        public bool KnownUnderstood;
        public string? Reason;
    }

    /// <summary>Attachments are fetched from the report's own host or a sibling host of the same site (a file server).</summary>
    private static bool AttachmentHostAllowed(Uri report, Uri attachment) =>
        string.Equals(report.Host, attachment.Host, StringComparison.OrdinalIgnoreCase) || SiteDomain.AreSiblings(report.Host, attachment.Host);

    private static bool SameSite(Uri listing, Uri derived) =>
        string.Equals(listing.Host, derived.Host, StringComparison.OrdinalIgnoreCase) && listing.Port == derived.Port;

    private async Task<int> CaptureReportAsync(RegisteredUnit unit, UnitNames names, ReportLink report, Attribution attribution, Dictionary<string, DocumentState> documents,
        List<CapturedDocument> captures, List<CrawlProblem> problems, CancellationToken cancellationToken)
    {
        var requests = 1;
        var detail = await FetchDocumentAsync(unit, names, report, attribution, report.Url, CaptureRole.DetailPage, null, documents, captures, problems, cancellationToken).ConfigureAwait(false);
        if (detail.NotTheUnits) return requests;
        IReadOnlyList<Attachment> attachments = detail.Page is { } page ? [.. page.Attachments, .. page.ScanImages]
            : documents.TryGetValue(report.Url.ToString(), out var known) ? known.Attachments : [];
        var allowed = new List<Attachment>();
        foreach (var attachment in attachments)
        {
            if (AttachmentHostAllowed(report.Url, attachment.Url)) allowed.Add(attachment);
            else if (detail.Page is not null) problems.Add(new CrawlProblem(attachment.Url, $"附件位于本网站以外的主机，未下载（{attachment.Url.Host}）"));
        }
        if (detail.Page is not null && documents.TryGetValue(report.Url.ToString(), out var updated))
            documents[report.Url.ToString()] = updated with { Attachments = allowed };
        foreach (var attachment in allowed)
        {
            requests++;
            await FetchDocumentAsync(unit, names, report, Attribution.Own, attachment.Url, CaptureRole.Attachment, detail.PublishedOn, documents, captures, problems, cancellationToken).ConfigureAwait(false);
        }
        return requests;
    }

    private readonly record struct DetailOutcome(DetailPage? Page, DateOnly? PublishedOn, bool NotTheUnits = false);

    private async Task<DetailOutcome> FetchDocumentAsync(RegisteredUnit unit, UnitNames names, ReportLink report, Attribution attribution, Uri url, CaptureRole role, DateOnly? pagePublishedOn,
        Dictionary<string, DocumentState> documents, List<CapturedDocument> captures, List<CrawlProblem> problems, CancellationToken cancellationToken)
    {
        var key = url.ToString();
        documents.TryGetValue(key, out var known);
        var result = await fetcher.FetchAsync(url, known?.Validators, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == FetchOutcome.NotModified) return new DetailOutcome(null, pagePublishedOn);
        if (result.Outcome != FetchOutcome.Fetched)
        {
            problems.Add(new CrawlProblem(url, result.Reason ?? "无法下载"));
            return new DetailOutcome(null, pagePublishedOn);
        }

        var isHtml = role == CaptureRole.DetailPage && IsHtml(result);
        var page = isHtml ? DetailPageReader.Read(TextDecoding.Decode(result.Body, result.Charset), result.FinalUrl) : null;
        // On a shared column a title that names nobody is the unit's only if the page's 发布机构 says so.
        if (attribution == Attribution.CheckDetail && known is null && (page is null || !ReportAttribution.DetailBelongs(names, page)))
            return new DetailOutcome(null, null, NotTheUnits: true);
        var publishedOn = page?.PublishedOn ?? pagePublishedOn;
        var hash = Convert.ToHexStringLower(SHA256.HashData(result.Body));
        if (known is not null && known.Sha256 == hash)
        {
            documents[key] = known with { Validators = result.Validators };
            return new DetailOutcome(page, publishedOn);
        }
        var firstSeen = known?.FirstSeen ?? time.GetUtcNow();
        var version = (known?.Versions ?? 0) + 1;
        documents[key] = new DocumentState(page?.Title ?? report.Title, report.Year, hash, result.Validators, firstSeen, version, known?.Attachments ?? []);
        captures.Add(new CapturedDocument(unit.Id, report.Url, result.FinalUrl, role, page?.Title ?? report.Title, report.Year, publishedOn, report.ListedOn,
            firstSeen, result.FetchedAt, hash, result.Body, result.ContentType, result.Charset, result.Validators, version, known is not null)
        {
            FileName = result.FileName,
        });
        return new DetailOutcome(page, publishedOn);
    }

    internal static bool IsHtml(FetchResult result) =>
        FormatSniffer.Sniff(result.Body.AsSpan(0, Math.Min(result.Body.Length, 4096)), result.FileName ?? result.FinalUrl.AbsolutePath, result.ContentType) == FileKind.Html;
}
