namespace Monitor.Crawling.Fetching;

/// <summary>All fetching settings, one options object per stage.</summary>
public sealed class CrawlerHttpOptions
{
    public UserAgentOptions UserAgent { get; set; } = new();
    public AllowedHostsOptions AllowedHosts { get; set; } = new();
    public RedirectOptions Redirects { get; set; } = new();
    public RobotsTxtOptions Robots { get; set; } = new();
    public PolitenessOptions Politeness { get; set; } = new();
    public ResilienceOptions Resilience { get; set; } = new();
    public BodySizeOptions BodySize { get; set; } = new();
    /// <summary>Overall bound for one fetch including retries and redirects.</summary>
    public TimeSpan OverallTimeout { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>
    /// Replaces DNS + connect and with them the <see cref="ConnectGuard"/>; only the portal simulator sets it, to pose as
    /// many hosts on 127.0.0.1.
    /// </summary>
    public Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>>? ConnectCallback { get; set; }
    /// <summary>Replaces DNS only, keeping the <see cref="ConnectGuard"/>: tests make a registered name lead to 127.0.0.1.</summary>
    public Func<string, CancellationToken, Task<System.Net.IPAddress[]>>? Resolve { get; set; }
}

/// <summary>
/// Builds the one shared client: user agent → redirects → allowed hosts → robots.txt → politeness →
/// resilience (retry, per-host breaker, attempt timeout) → sockets with automatic redirects off.
/// Order matters: each redirect hop is checked against hosts and robots and waits its politeness turn.
/// </summary>
public static class CrawlerHttp
{
    public static PageFetcher CreateFetcher(CrawlerHttpOptions options, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var sockets = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
            MaxConnectionsPerServer = Math.Max(1, options.Politeness.MaxConcurrencyPerHost) + 1,
        };
        sockets.ConnectCallback = options.ConnectCallback ?? new ConnectGuard(options.AllowedHosts, options.Resolve).ConnectAsync;
        var resilience = ResilienceStage.Create(options.Resilience, time);
        resilience.InnerHandler = sockets;
        HttpMessageHandler chain = Chain(
            resilience,
            new UserAgentStage(options.UserAgent),
            new RedirectStage(options.Redirects),
            new AllowedHostsStage(options.AllowedHosts),
            new RobotsTxtStage(options.Robots),
            new PolitenessStage(options.Politeness, time));
        // The fetcher bounds the whole fetch, body included; HttpClient's own timeout stops at the headers.
        var client = new HttpClient(chain) { Timeout = Timeout.InfiniteTimeSpan };
        return new PageFetcher(client, options.BodySize, options.OverallTimeout, time);
    }

    private static DelegatingHandler Chain(HttpMessageHandler innermost, params DelegatingHandler[] outerToInner)
    {
        for (var i = outerToInner.Length - 1; i >= 0; i--)
        {
            outerToInner[i].InnerHandler = i == outerToInner.Length - 1 ? innermost : outerToInner[i + 1];
        }
        return outerToInner[0];
    }
}
