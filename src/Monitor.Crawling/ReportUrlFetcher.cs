using Monitor.Crawling.Discovery;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Documents;

namespace Monitor.Crawling;

/// <summary>One document fetched by URL, with what the server said of its type and charset.</summary>
public sealed record FetchedDocument(Uri Url, byte[] Body, string? ContentType, string? Charset, DateTimeOffset FetchedAt);

/// <summary>
/// A report page fetched by its URL (`check URL`): the page, or why it could not be fetched (Chinese), and for an
/// HTML page what it states of itself as the crawler reads it: publication date and attachment links.
/// </summary>
public sealed record FetchedReportPage(Uri Url, FetchedDocument? Page, string? Failure, DateOnly? PublishedOn, IReadOnlyList<Attachment> Attachments)
{
    /// <summary>The fetcher would not send the request (host, port or address outside the registry, robots.txt, too long).</summary>
    public bool Refused { get; init; }
}

/// <summary>The attachments of a page that could be fetched, and those that could not with the reason.</summary>
public sealed record FetchedAttachments(IReadOnlyList<FetchedDocument> Documents, IReadOnlyList<CrawlProblem> Problems);

/// <summary>
/// Fetches a single report the way the crawler captures one: through the same fetcher (user agent, allowed hosts,
/// robots.txt, size and time bounds, retries), reading the page's date and attachments with the crawler's reader.
/// Whether the attachments are worth fetching is the caller's decision: it knows whether the page itself is a report.
/// </summary>
public sealed class ReportUrlFetcher(PageFetcher fetcher)
{
    /// <summary>Attachments followed per page; a report page links one or two, a link list a few more.</summary>
    public int MaxAttachments { get; init; } = 6;

    public async Task<FetchedReportPage> FetchPageAsync(Uri url, CancellationToken cancellationToken = default)
    {
        var result = await fetcher.FetchAsync(url, null, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != FetchOutcome.Fetched)
            return new FetchedReportPage(url, null, result.Reason ?? "无法下载", null, []) { Refused = result.Outcome == FetchOutcome.Refused };
        var page = Document(result);
        if (!UnitCrawler.IsHtml(result)) return new FetchedReportPage(url, page, null, null, []);
        var detail = DetailPageReader.Read(TextDecoding.Decode(result.Body, result.Charset), result.FinalUrl);
        return new FetchedReportPage(url, page, null, detail.PublishedOn, detail.Attachments);
    }

    public async Task<FetchedAttachments> FetchAttachmentsAsync(FetchedReportPage page, CancellationToken cancellationToken = default)
    {
        var documents = new List<FetchedDocument>();
        var problems = new List<CrawlProblem>();
        foreach (var attachment in page.Attachments.Take(MaxAttachments))
        {
            var result = await fetcher.FetchAsync(attachment.Url, null, cancellationToken).ConfigureAwait(false);
            if (result.Outcome == FetchOutcome.Fetched) documents.Add(Document(result));
            else problems.Add(new CrawlProblem(attachment.Url, result.Reason ?? "无法下载"));
        }
        return new FetchedAttachments(documents, problems);
    }

    private static FetchedDocument Document(FetchResult result) =>
        new(result.FinalUrl, result.Body, result.ContentType, result.Charset, result.FetchedAt);
}
