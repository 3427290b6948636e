namespace Monitor.Domain.Capture;

/// <summary>
/// What the crawler remembers about one listing URL between passes: validators for conditional GET and
/// the failure streak that raises F05 after N consecutive failures.
/// </summary>
/// <remarks>LastError: Short description of the last failure (developer text), null after a success.<br/>
/// NotUnderstood: the column was reached but no listing reader understood it (Chinese, names what was seen): the
/// unit is then never reported missing (F06 instead of F01).<br/>
/// MorePages: further pages and API calls derived from the page, so a 304 on a page shell still leads to its list.</remarks>
public sealed record CrawlState(
    string ListingUrl,
    HttpValidators Validators,
    DateTimeOffset? LastAttemptAt = null,
    DateTimeOffset? LastSuccessAt = null,
    int ConsecutiveFailures = 0,
    string? LastError = null,
    string? NotUnderstood = null,
    IReadOnlyList<string>? MorePages = null);

/// <summary>Crawl state per listing URL; last writer wins.</summary>
public interface ICrawlStateStore
{
    Task<CrawlState?> GetAsync(string listingUrl, CancellationToken cancellationToken = default);

    Task PutAsync(CrawlState state, CancellationToken cancellationToken = default);
}
