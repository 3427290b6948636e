using System.Diagnostics;
using System.Text;
using Monitor.Crawling.Fetching;
using Monitor.PortalSimulator;

namespace Monitor.Crawling.Tests.Fetching;

public sealed class PageFetcherTests : IAsyncLifetime
{
    private const string Site = "xutao.qs.test";
    private readonly FakePortal portal = new();

    public Task InitializeAsync() => portal.StartAsync();

    public async Task DisposeAsync() => await portal.DisposeAsync();

    private PageFetcher Fetcher(Action<CrawlerHttpOptions>? configure = null)
    {
        var options = new CrawlerHttpOptions
        {
            AllowedHosts = { Hosts = new HashSet<string>([Site, "jyj.qs.test"], StringComparer.OrdinalIgnoreCase) },
            Politeness = { DelayPerHost = TimeSpan.Zero },
            Resilience = { RetryBaseDelay = TimeSpan.FromMilliseconds(5), AttemptTimeout = TimeSpan.FromSeconds(5) },
            ConnectCallback = portal.ConnectCallback,
        };
        configure?.Invoke(options);
        return CrawlerHttp.CreateFetcher(options);
    }

    private static Uri Url(string path, string host = Site) => new($"http://{host}{path}");

    private void Page(string path, PortalPage page, string host = Site) => portal.Add(host, path, page);

    private static PortalPage Html(params string[] versions) => new() { Versions = versions.Select(Encoding.UTF8.GetBytes).ToList(), Charset = "utf-8" };

    [Fact]
    public async Task Transient_500s_are_retried_until_success()
    {
        var page = Html("<p>ok</p>");
        page.StatusSequence = [500, 500, 200];
        Page("/a.html", page);
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(Url("/a.html"));
        Assert.Equal((FetchOutcome.Fetched, 200, 3), (result.Outcome, result.StatusCode, portal.Hits(Site, "/a.html")));
        Assert.Equal("<p>ok</p>", Encoding.UTF8.GetString(result.Body));
    }

    [Fact]
    public async Task Persistent_500s_and_timeouts_fail_with_a_chinese_reason_and_open_that_hosts_breaker()
    {
        var dead = Html("x");
        dead.StatusSequence = [500];
        Page("/dead.html", dead);
        Page("/dead2.html", dead);
        Page("/fine.html", Html("fine"));
        var slow = Html("x");
        slow.DelaysMs = [10_000];
        Page("/slow.html", slow, "jyj.qs.test");
        using var fetcher = Fetcher(o => o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(150));
        var results = new[]
        {
            await fetcher.FetchAsync(Url("/dead.html")),
            await fetcher.FetchAsync(Url("/slow.html", "jyj.qs.test")),
            await fetcher.FetchAsync(Url("/dead2.html")),
            await fetcher.FetchAsync(Url("/fine.html")),
        };
        Assert.Equal(
            [
                (FetchOutcome.Failed, "服务器返回HTTP 500"),
                (FetchOutcome.Failed, "请求超时"),
                (FetchOutcome.Failed, "该站点连续失败，已暂停访问（熔断）"),
                (FetchOutcome.Failed, "该站点连续失败，已暂停访问（熔断）"),
            ],
            results.Select(r => (r.Outcome, r.Reason)));
        Assert.Equal((4, 0), (portal.Hits(Site, "/dead.html"), portal.Hits(Site, "/fine.html")));
    }

    [Fact]
    public async Task Redirects_are_followed_within_the_registry_and_loops_refused()
    {
        Page("/old.html", new PortalPage { RedirectTo = "/new.html" });
        Page("/new.html", Html("new"));
        Page("/loop-a.html", new PortalPage { RedirectTo = "/loop-b.html" });
        Page("/loop-b.html", new PortalPage { RedirectTo = "http://xutao.qs.test/loop-a.html" });
        Page("/away.html", new PortalPage { RedirectTo = "http://evil.test/x.html" });
        using var fetcher = Fetcher();
        var moved = await fetcher.FetchAsync(Url("/old.html"));
        var loop = await fetcher.FetchAsync(Url("/loop-a.html"));
        var away = await fetcher.FetchAsync(Url("/away.html"));
        Assert.Equal((FetchOutcome.Fetched, "http://xutao.qs.test/new.html"), (moved.Outcome, moved.FinalUrl.ToString()));
        Assert.Equal(FetchOutcome.Refused, loop.Outcome);
        Assert.StartsWith("重定向循环", loop.Reason);
        Assert.Equal((FetchOutcome.Refused, "网址 http://evil.test/x.html 的协议、主机或端口不在登记表中，不予访问"), (away.Outcome, away.Reason));
        Assert.Equal(0, portal.Hits("evil.test", "/x.html"));
    }

    [Fact]
    public async Task Hosts_outside_the_registry_are_never_requested()
    {
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(new Uri("http://127.0.0.1/admin"));
        Assert.Equal((FetchOutcome.Refused, 0), (result.Outcome, portal.Requests));
    }

    [Fact]
    public async Task Robots_txt_is_read_once_per_host_and_disallow_is_honoured()
    {
        Page("/robots.txt", new PortalPage { Versions = [Encoding.UTF8.GetBytes("User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n")], ContentType = "text/plain" });
        Page("/private/report.html", Html("secret"));
        Page("/public.html", Html("open"));
        using var fetcher = Fetcher();
        var blocked = await fetcher.FetchAsync(Url("/private/report.html"));
        var open1 = await fetcher.FetchAsync(Url("/public.html"));
        var open2 = await fetcher.FetchAsync(Url("/public.html"));
        Assert.Equal([FetchOutcome.Refused, FetchOutcome.Fetched, FetchOutcome.Fetched], [blocked.Outcome, open1.Outcome, open2.Outcome]);
        Assert.Equal("robots.txt 禁止访问 /private/report.html", blocked.Reason);
        Assert.Equal((1, 0), (portal.Hits(Site, "/robots.txt"), portal.Hits(Site, "/private/report.html")));
    }

    [Fact]
    public async Task Conditional_get_costs_a_304_until_the_page_changes()
    {
        var page = Html("v1", "v2");
        page.Validators = true;
        Page("/list.html", page);
        using var fetcher = Fetcher();
        var first = await fetcher.FetchAsync(Url("/list.html"));
        var second = await fetcher.FetchAsync(Url("/list.html"), first.Validators);
        portal.Version = 1;
        var third = await fetcher.FetchAsync(Url("/list.html"), first.Validators);
        Assert.Equal([FetchOutcome.Fetched, FetchOutcome.NotModified, FetchOutcome.Fetched], [first.Outcome, second.Outcome, third.Outcome]);
        Assert.NotNull(first.Validators.ETag);
        Assert.NotNull(first.Validators.LastModified);
        Assert.Equal(("v2", 1), (Encoding.UTF8.GetString(third.Body), portal.NotModifiedCount));
    }

    [Fact]
    public async Task Last_modified_alone_also_gives_a_304()
    {
        var page = Html("v1");
        page.Validators = true;
        Page("/lm.html", page);
        using var fetcher = Fetcher();
        var first = await fetcher.FetchAsync(Url("/lm.html"));
        var second = await fetcher.FetchAsync(Url("/lm.html"), first.Validators with { ETag = null });
        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
    }

    [Fact]
    public async Task A_60_MB_attachment_stops_at_the_size_bound()
    {
        Page("/big.pdf", new PortalPage { GeneratedBytes = 60L * 1024 * 1024, ContentType = "application/pdf" });
        using var fetcher = Fetcher(o => o.BodySize.MaxBytes = 5 * 1024 * 1024);
        var before = GC.GetTotalAllocatedBytes();
        var result = await fetcher.FetchAsync(Url("/big.pdf"));
        Assert.Equal((FetchOutcome.TooLarge, 0), (result.Outcome, result.Body.Length));
        Assert.Contains("超过大小上限", result.Reason);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 20L * 1024 * 1024, "the body must not be buffered");
    }

    [Fact]
    public async Task Every_request_carries_the_configured_user_agent()
    {
        Page("/a.html", Html("a"));
        using var fetcher = Fetcher(o => o.UserAgent.Contact = "+http://monitor.test; ops@monitor.test");
        await fetcher.FetchAsync(Url("/a.html"));
        Assert.All(portal.UserAgents, ua => Assert.Equal("GovReportMonitor/1.0 (+http://monitor.test; ops@monitor.test)", ua));
        Assert.Equal(2, portal.UserAgents.Count);
    }

    [Fact]
    public async Task Politeness_spaces_requests_to_one_host()
    {
        Page("/p.html", Html("p"));
        Page("/robots.txt", new PortalPage { StatusSequence = [404] });
        using var fetcher = Fetcher(o => o.Politeness = new PolitenessOptions { MaxConcurrencyPerHost = 1, DelayPerHost = TimeSpan.FromMilliseconds(100) });
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fetcher.FetchAsync(Url("/p.html"))));
        // robots.txt + 4 pages = 5 starts, 4 gaps of 100 ms.
        Assert.True(watch.ElapsedMilliseconds >= 380, $"took {watch.ElapsedMilliseconds} ms");
    }
}
