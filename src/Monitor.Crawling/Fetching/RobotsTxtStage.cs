using System.Collections.Concurrent;
using System.Net;

namespace Monitor.Crawling.Fetching;

public sealed class RobotsTxtOptions
{
    /// <summary>Token looked up among User-agent lines; the * group applies when no group names it.</summary>
    public string ProductToken { get; set; } = "GovReportMonitor";
    public bool Enabled { get; set; } = true;
}

/// <summary>
/// Fetches robots.txt once per host (through the politeness and resilience stages below) and refuses
/// disallowed paths. A missing or unreadable robots.txt allows everything, as the robots exclusion protocol says
/// for 4xx; a 5xx is treated the same so that an outage shows as unreachable rather than as a refusal.
/// </summary>
public sealed class RobotsTxtStage(RobotsTxtOptions options) : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsTxt>>> cache = new(StringComparer.OrdinalIgnoreCase);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        if (options.Enabled && uri.AbsolutePath != "/robots.txt")
        {
            var authority = uri.GetLeftPart(UriPartial.Authority);
            var robots = await cache.GetOrAdd(authority, a => new Lazy<Task<RobotsTxt>>(() => LoadAsync(new Uri(a + "/robots.txt"), request))).Value.ConfigureAwait(false);
            if (!robots.IsAllowed(uri.PathAndQuery)) throw new CrawlRefusedException($"robots.txt 禁止访问 {uri.AbsolutePath}");
        }
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RobotsTxt> LoadAsync(Uri robotsUrl, HttpRequestMessage original)
    {
        using var req = new HttpRequestMessage(HttpMethod.Get, robotsUrl);
        foreach (var h in original.Headers.Where(h => h.Key == "User-Agent")) req.Headers.TryAddWithoutValidation(h.Key, h.Value);
        try
        {
            // Not the caller's token: one caller giving up must not poison the cached entry for the host.
            using var response = await base.SendAsync(req, CancellationToken.None).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK) return RobotsTxt.AllowAll;
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return RobotsTxt.Parse(text.Length > 500_000 ? text[..500_000] : text, options.ProductToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Polly.CircuitBreaker.BrokenCircuitException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            return RobotsTxt.AllowAll;
        }
    }
}
