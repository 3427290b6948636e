namespace Monitor.Crawling.Fetching;

public sealed class UserAgentOptions
{
    /// <summary>Product token matched against robots.txt groups.</summary>
    public string Product { get; set; } = "GovReportMonitor";
    public string Version { get; set; } = "1.0";
    /// <summary>How a webmaster reaches the operator; shown in every request.</summary>
    public string Contact { get; set; } = "+https://example.invalid/monitor; zwgk@example.invalid";

    public string HeaderValue => $"{Product}/{Version} ({Contact})";

    /// <summary>
    /// Reads a configured header such as <c>ZhengwuGongkaiMonitor/1.0 (+mailto:office@example.gov.cn)</c>; the
    /// product token is what robots.txt groups are matched against.
    /// </summary>
    public static UserAgentOptions Parse(string header)
    {
        var text = header.Trim();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var product = (open < 0 ? text : text[..open]).Trim();
        var contact = open < 0 ? new UserAgentOptions().Contact : text[(open + 1)..].TrimEnd(')', ' ');
        var slash = product.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0
            ? new UserAgentOptions { Product = product.Length == 0 ? new UserAgentOptions().Product : product, Contact = contact }
            : new UserAgentOptions { Product = product[..slash], Version = product[(slash + 1)..], Contact = contact };
    }
}

/// <summary>Identifies the monitor on every request so that site operators can see who is crawling and whom to ask.</summary>
public sealed class UserAgentStage(UserAgentOptions options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.UserAgent.Clear();
        request.Headers.TryAddWithoutValidation("User-Agent", options.HeaderValue);
        return base.SendAsync(request, cancellationToken);
    }
}
