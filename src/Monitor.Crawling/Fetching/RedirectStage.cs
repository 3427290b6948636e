using System.Net;

namespace Monitor.Crawling.Fetching;

public sealed class RedirectOptions
{
    public int MaxRedirects { get; set; } = 5;
}

/// <summary>
/// Follows redirects itself (the socket handler has AllowAutoRedirect off) so that every hop passes the host
/// check and robots.txt below it, loops are detected, and the number of hops is bounded.
/// </summary>
public sealed class RedirectStage(RedirectOptions options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var visited = new HashSet<Uri> { request.RequestUri! };
        var current = request;
        for (var hop = 0; ; hop++)
        {
            var response = await base.SendAsync(current, cancellationToken).ConfigureAwait(false);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location) return response;
            response.Dispose();
            var target = location.IsAbsoluteUri ? location : new Uri(current.RequestUri!, location);
            if (!visited.Add(target)) throw new CrawlRefusedException($"重定向循环：{target} 已访问过");
            if (hop + 1 > options.MaxRedirects) throw new CrawlRefusedException($"重定向次数超过上限（{options.MaxRedirects}次）");
            current = Follow(current, target);
        }
    }

    private static HttpRequestMessage Follow(HttpRequestMessage previous, Uri target)
    {
        var next = new HttpRequestMessage(HttpMethod.Get, target);
        foreach (var h in previous.Headers)
            if (h.Key is not ("Host" or "Cookie" or "Authorization")) next.Headers.TryAddWithoutValidation(h.Key, h.Value);
        return next;
    }

    private static bool IsRedirect(HttpStatusCode code) => code is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
