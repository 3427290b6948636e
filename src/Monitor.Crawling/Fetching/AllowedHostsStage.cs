namespace Monitor.Crawling.Fetching;

public sealed class AllowedHostsOptions
{
    /// <summary>Hosts of the registry's listing URLs; nothing else is ever requested (no open proxy, no SSRF).</summary>
    public ISet<string> Hosts { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registrable domains whose sibling hosts (file servers of the same site) may also be requested.</summary>
    public ISet<string> SiteDomains { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    public bool Allows(Uri uri) =>
        uri.Scheme is "http" or "https"
        && (Hosts.Contains(uri.Host) || (SiteDomains.Count > 0 && SiteDomains.Contains(Monitor.Domain.Registry.SiteDomain.RegistrableDomain(uri.Host))));
}

/// <summary>Refuses any request, including each redirect hop, to a host outside the registry.</summary>
public sealed class AllowedHostsStage(AllowedHostsOptions options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        if (!options.Allows(uri))
            throw new CrawlRefusedException($"网址 {uri} 的主机不在登记表中，不予访问");
        return base.SendAsync(request, cancellationToken);
    }
}
