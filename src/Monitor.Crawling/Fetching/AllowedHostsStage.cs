using Monitor.Domain;

namespace Monitor.Crawling.Fetching;

public sealed class AllowedHostsOptions
{
    private static readonly IReadOnlySet<int> DefaultPorts = new HashSet<int> { 80, 443 };

    /// <summary>Hosts of the registry's listing URLs; nothing else is ever requested (no open proxy, no SSRF).</summary>
    public ISet<string> Hosts { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registrable domains whose sibling hosts (file servers of the same site) may also be requested.</summary>
    public ISet<string> SiteDomains { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Ports allowed per registered host and per site domain. A host registered on 80 or 443 may switch between http
    /// and https on those two (portals redirect to https, file servers link back); a host registered on another port
    /// allows that port only. Absent entries allow 80 and 443.
    /// </summary>
    public IDictionary<string, IReadOnlySet<int>> Ports { get; set; } = new Dictionary<string, IReadOnlySet<int>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The allow-list of a registry's listing URLs: their hosts, their site domains and the ports they use.</summary>
    public static AllowedHostsOptions ForListings(IEnumerable<Uri> listings)
    {
        var options = new AllowedHostsOptions();
        var ports = new Dictionary<string, HashSet<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var listing in listings)
        {
            var host = listing.Host.ToLowerInvariant();
            options.Hosts.Add(host);
            var site = Monitor.Domain.Registry.SiteDomain.RegistrableDomain(host);
            var isSite = site.Contains('.') && !System.Net.IPAddress.TryParse(site, out _);
            if (isSite) options.SiteDomains.Add(site);
            foreach (var key in isSite ? new[] { host, site } : [host])
            {
                if (!ports.TryGetValue(key, out var set)) ports[key] = set = [];
                set.Add(listing.Port);
                if (DefaultPorts.Contains(listing.Port)) set.UnionWith(DefaultPorts);
            }
        }
        foreach (var (key, set) in ports) options.Ports[key] = set;
        return options;
    }

    public bool Allows(Uri uri)
    {
        if (uri.Scheme is not ("http" or "https")) return false;
        string key;
        if (Hosts.Contains(uri.Host)) key = uri.Host;
        else if (SiteDomains.Count > 0 && SiteDomains.Contains(Monitor.Domain.Registry.SiteDomain.RegistrableDomain(uri.Host)))
            key = Monitor.Domain.Registry.SiteDomain.RegistrableDomain(uri.Host);
        else return false;
        return (Ports.TryGetValue(key, out var ports) ? ports : DefaultPorts).Contains(uri.Port);
    }

    /// <summary>
    /// Whether a connection to <paramref name="host"/> may reach a loopback, private, link-local or CGNAT address: only
    /// when the registry itself names such an address (or localhost), as tests on 127.0.0.1 do.
    /// </summary>
    public bool AllowsInternalAddressesOf(string host) =>
        Hosts.Contains(host) && (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var literal) && InternalAddresses.IsInternal(literal)));
}

/// <summary>Refuses any request, including each redirect hop, to a scheme, host or port outside the registry.</summary>
public sealed class AllowedHostsStage(AllowedHostsOptions options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        if (!options.Allows(uri))
            throw new CrawlRefusedException($"网址 {UrlText.Shorten(uri.ToString())} 的协议、主机或端口不在登记表中，不予访问");
        return base.SendAsync(request, cancellationToken);
    }
}
