using System.Net;
using System.Text;
using Monitor.Crawling.Fetching;
using Monitor.PortalSimulator;

namespace Monitor.Crawling.Tests.Fetching;

/// <summary>
/// The allow-list is by scheme, host and port, on every redirect hop, and on the address a connection actually reaches:
/// a registered name that resolves to an internal address is not connected to. Real sockets to a portal on 127.0.0.1.
/// </summary>
public sealed class AllowListTests : IAsyncLifetime
{
    private readonly FakePortal portal = new();

    public async Task InitializeAsync()
    {
        await portal.StartAsync();
        var page = new PortalPage { Versions = [Encoding.UTF8.GetBytes("<p>年度报告</p>")], Charset = "utf-8" };
        portal.Add("127.0.0.1", "/ndbg/report.html", page);
        portal.Add("portal.qs.gov.cn", "/ndbg/report.html", page);
    }

    public async Task DisposeAsync() => await portal.DisposeAsync();

    private int Port => portal.EndPoint.Port;

    private PageFetcher Fetcher(IEnumerable<Uri> listings, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null) => CrawlerHttp.CreateFetcher(new CrawlerHttpOptions
    {
        AllowedHosts = AllowedHostsOptions.ForListings(listings),
        Politeness = { DelayPerHost = TimeSpan.Zero },
        Resilience = { RetryBaseDelay = TimeSpan.FromMilliseconds(5), AttemptTimeout = TimeSpan.FromSeconds(5) },
        Resolve = resolve,
    });

    [Fact]
    public async Task A_registered_loopback_address_is_reached_through_the_guard()
    {
        using var fetcher = Fetcher([new Uri($"http://127.0.0.1:{Port}/ndbg/index.html")]);

        var result = await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{Port}/ndbg/report.html"));

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
    }

    [Fact]
    public async Task A_registered_name_that_resolves_to_an_internal_address_is_not_connected_to()
    {
        using var fetcher = Fetcher([new Uri($"http://portal.qs.gov.cn:{Port}/ndbg/index.html")],
            (_, _) => Task.FromResult(new[] { IPAddress.Loopback }));

        var result = await fetcher.FetchAsync(new Uri($"http://portal.qs.gov.cn:{Port}/ndbg/report.html"));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Contains("解析到内部网络地址（127.0.0.1）", result.Reason);
        Assert.Equal(0, portal.Requests);
    }

    [Fact]
    public async Task Another_port_of_the_registered_host_is_refused_before_any_connection()
    {
        using var fetcher = Fetcher([new Uri($"http://127.0.0.1:{Port}/ndbg/index.html")]);

        var result = await fetcher.FetchAsync(new Uri("http://127.0.0.1:10000/devstoreaccount1/captures"));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Contains("协议、主机或端口不在登记表中", result.Reason);
    }

    [Fact]
    public async Task A_redirect_to_another_port_of_the_same_host_is_not_followed()
    {
        portal.Add("127.0.0.1", "/ndbg/moved.html", new PortalPage { RedirectTo = "http://127.0.0.1:10000/devstoreaccount1/" });
        using var fetcher = Fetcher([new Uri($"http://127.0.0.1:{Port}/ndbg/index.html")]);

        var result = await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{Port}/ndbg/moved.html"));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Equal(1, portal.Hits("127.0.0.1", "/ndbg/moved.html"));
    }

    [Fact]
    public async Task A_url_over_the_length_bound_is_refused_without_a_request()
    {
        using var fetcher = Fetcher([new Uri($"http://127.0.0.1:{Port}/ndbg/index.html")]);

        var result = await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{Port}/ndbg/report.html?q={new string('a', 5000)}"));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Contains("超过2048个字符的上限", result.Reason);
        Assert.Equal(0, portal.Requests);
    }

    [Theory]
    [InlineData("http://www.qs.gov.cn/a.html", true)]
    [InlineData("https://www.qs.gov.cn/a.html", true)] // http → https on the same host
    [InlineData("https://file.qs.gov.cn/a.pdf", true)] // a sibling file server on a default port
    [InlineData("http://www.qs.gov.cn:8080/a.html", false)]
    [InlineData("http://file.qs.gov.cn:10000/a.pdf", false)]
    [InlineData("ftp://www.qs.gov.cn/a.pdf", false)]
    [InlineData("http://www.other.gov.cn/a.html", false)]
    [InlineData("http://lan.qs.gov.cn:8081/ndbg/", true)] // registered on its own port
    [InlineData("http://lan.qs.gov.cn/ndbg/", false)] // a host registered on its own port allows that port only
    public void Origins_are_matched_by_scheme_host_and_port(string url, bool allowed)
    {
        var options = AllowedHostsOptions.ForListings([new Uri("http://www.qs.gov.cn/ndbg/"), new Uri("http://lan.qs.gov.cn:8081/ndbg/")]);

        Assert.Equal(allowed, options.Allows(new Uri(url)));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.100.100.200", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("58.216.3.10", false)]
    [InlineData("2400:3200::1", false)]
    public void Internal_addresses_are_recognised(string address, bool isInternal) =>
        Assert.Equal(isInternal, InternalAddresses.IsInternal(IPAddress.Parse(address)));
}
