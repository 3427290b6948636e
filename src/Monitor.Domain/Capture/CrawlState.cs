namespace Monitor.Domain.Capture;

/// <summary>
/// What the crawler remembers about one listing URL between passes: validators for conditional GET and
/// the failure streak that raises F05 after N consecutive failures.
/// </summary>
/// <remarks>LastError: Short description of the last failure (developer text), null after a success.</remarks>
public sealed record CrawlState(
    string ListingUrl,
    HttpValidators Validators,
    DateTimeOffset? LastAttemptAt = null,
    DateTimeOffset? LastSuccessAt = null,
    int ConsecutiveFailures = 0,
    string? LastError = null);

/// <summary>Crawl state per listing URL; last writer wins.</summary>
public interface ICrawlStateStore
{
    Task<CrawlState?> GetAsync(string listingUrl, CancellationToken cancellationToken = default);

    Task PutAsync(CrawlState state, CancellationToken cancellationToken = default);
}
