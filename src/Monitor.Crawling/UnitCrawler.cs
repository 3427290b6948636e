using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Monitor.Crawling.Discovery;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Documents;
using Monitor.Domain.Registry;

namespace Monitor.Crawling;

public sealed class UnitCrawlerOptions
{
    /// <summary>Listing pages visited per unit, pagination included.</summary>
    public int MaxListingPages { get; set; } = 10;
    /// <summary>Report documents fetched per unit and pass (most recent years first).</summary>
    public int MaxReports { get; set; } = 20;
}

/// <summary>
/// One pass over one unit: listing pages (conditional GET, pagination) → report links → detail pages and their
/// attachments, compared by content hash with what the previous state knew. Never throws for site behaviour.
/// </summary>
public sealed class UnitCrawler(PageFetcher fetcher, UnitCrawlerOptions options, TimeProvider time)
{
    public async Task<UnitCrawlResult> CrawlAsync(RegisteredUnit unit, UnitCrawlState? previous, CancellationToken cancellationToken = default)
    {
        previous ??= UnitCrawlState.Empty(unit.Id);
        var listings = new Dictionary<string, ListingState>(previous.Listings);
        var documents = new Dictionary<string, DocumentState>(previous.Documents);
        var captures = new List<CapturedDocument>();
        var problems = new List<CrawlProblem>();
        var requests = 0;
        var pattern = unit.TitlePattern is null ? null : new Regex(unit.TitlePattern, RegexOptions.None, TimeSpan.FromMilliseconds(200));

        var reports = new Dictionary<Uri, ReportLink>();
        var queue = new Queue<Uri>(unit.ListingUrls);
        var visited = new HashSet<Uri>();
        string? firstFailure = null;
        var anyRegistryListingReachable = false;
        while (queue.Count > 0 && visited.Count < options.MaxListingPages)
        {
            var url = queue.Dequeue();
            if (!visited.Add(url)) continue;
            listings.TryGetValue(url.ToString(), out var known);
            var result = await fetcher.FetchAsync(url, known?.Validators, cancellationToken).ConfigureAwait(false);
            requests++;
            ListingState state;
            if (result.Outcome == FetchOutcome.Fetched)
            {
                var page = ListingPageReader.Read(TextDecoding.Decode(result.Body, result.Charset), result.FinalUrl, pattern);
                state = new ListingState(result.Validators, result.FetchedAt, 0, null, page.Reports, page.MorePages);
            }
            else if (result.Outcome == FetchOutcome.NotModified && known is not null)
            {
                state = known with { LastSuccess = result.FetchedAt, ConsecutiveFailures = 0, LastFailureReason = null };
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
            if (unit.ListingUrls.Contains(url)) anyRegistryListingReachable = true;
            foreach (var r in state.Reports) reports.TryAdd(r.Url, r);
            foreach (var more in state.MorePages) queue.Enqueue(more);
        }

        var failures = unit.ListingUrls.Max(u => listings.TryGetValue(u.ToString(), out var s) ? s.ConsecutiveFailures : 0);
        if (!anyRegistryListingReachable)
        {
            var unreachableState = new UnitCrawlState(unit.Id, listings, documents);
            return new UnitCrawlResult(unit.Id, UnitOutcome.Unreachable, firstFailure ?? "栏目页无法访问", [], problems, unreachableState, requests)
            {
                ConsecutiveListingFailures = failures,
            };
        }

        foreach (var report in reports.Values.OrderByDescending(r => r.Year).Take(options.MaxReports))
        {
            requests += await CaptureReportAsync(unit, report, documents, captures, problems, cancellationToken).ConfigureAwait(false);
        }
        // State rebuilt from a store knows documents but not the links a 304 listing would have shown:
        // re-check those documents directly so that silent edits are still seen (F04).
        var covered = reports.Values.SelectMany(r => documents.TryGetValue(r.Url.ToString(), out var d) ? d.Attachments.Select(a => a.Url).Append(r.Url) : [r.Url]).ToHashSet();
        foreach (var (url, known) in previous.Documents.Where(d => !covered.Contains(new Uri(d.Key))).OrderByDescending(d => d.Value.Year).Take(options.MaxReports))
        {
            requests += await CaptureReportAsync(unit, new ReportLink(new Uri(url), known.Title, known.Year, null), documents, captures, problems, cancellationToken).ConfigureAwait(false);
        }

        var outcome = captures.Any(c => !c.IsChange) ? UnitOutcome.New : captures.Count > 0 ? UnitOutcome.Changed : UnitOutcome.Unchanged;
        return new UnitCrawlResult(unit.Id, outcome, null, captures, problems, new UnitCrawlState(unit.Id, listings, documents), requests)
        {
            ConsecutiveListingFailures = failures,
        };
    }

    private async Task<int> CaptureReportAsync(RegisteredUnit unit, ReportLink report, Dictionary<string, DocumentState> documents,
        List<CapturedDocument> captures, List<CrawlProblem> problems, CancellationToken cancellationToken)
    {
        var requests = 1;
        var detail = await FetchDocumentAsync(unit, report, report.Url, CaptureRole.DetailPage, null, documents, captures, problems, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<Attachment> attachments = detail.Page?.Attachments
            ?? (documents.TryGetValue(report.Url.ToString(), out var known) ? known.Attachments : []);
        if (detail.Page is not null && documents.TryGetValue(report.Url.ToString(), out var updated))
            documents[report.Url.ToString()] = updated with { Attachments = attachments };
        foreach (var attachment in attachments)
        {
            requests++;
            await FetchDocumentAsync(unit, report, attachment.Url, CaptureRole.Attachment, detail.PublishedOn, documents, captures, problems, cancellationToken).ConfigureAwait(false);
        }
        return requests;
    }

    private readonly record struct DetailOutcome(DetailPage? Page, DateOnly? PublishedOn);

    private async Task<DetailOutcome> FetchDocumentAsync(RegisteredUnit unit, ReportLink report, Uri url, CaptureRole role, DateOnly? pagePublishedOn,
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
            firstSeen, result.FetchedAt, hash, result.Body, result.ContentType, result.Charset, result.Validators, version, known is not null));
        return new DetailOutcome(page, publishedOn);
    }

    internal static bool IsHtml(FetchResult result) =>
        result.ContentType is null
            ? result.FinalUrl.AbsolutePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || result.FinalUrl.AbsolutePath.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            : result.ContentType.Contains("html", StringComparison.OrdinalIgnoreCase);
}
