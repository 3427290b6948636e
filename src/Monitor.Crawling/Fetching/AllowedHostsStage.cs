namespace Monitor.Crawling.Fetching;

public sealed class AllowedHostsOptions
{
    /// <summary>Hosts of the registry's listing URLs; nothing else is ever requested (no open proxy, no SSRF).</summary>
    public ISet<string> Hosts { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Refuses any request, including each redirect hop, to a host outside the registry.</summary>
public sealed class AllowedHostsStage(AllowedHostsOptions options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        if (uri.Scheme is not ("http" or "https") || !options.Hosts.Contains(uri.Host))
            throw new CrawlRefusedException($"网址 {uri} 的主机不在登记表中，不予访问");
        return base.SendAsync(request, cancellationToken);
    }
}
