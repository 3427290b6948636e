namespace Monitor.Crawling.Fetching;

public sealed class UserAgentOptions
{
    /// <summary>Product token matched against robots.txt groups.</summary>
    public string Product { get; set; } = "GovReportMonitor";
    public string Version { get; set; } = "1.0";
    /// <summary>How a webmaster reaches the operator; shown in every request.</summary>
    public string Contact { get; set; } = "+https://example.invalid/monitor; zwgk@example.invalid";

    public string HeaderValue => $"{Product}/{Version} ({Contact})";
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
