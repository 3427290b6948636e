using Monitor.Testing;
using Monitor.Cli.Commands;
using Monitor.PortalSimulator;

namespace Monitor.Cli.Tests;

public sealed class CrawlCommandTests : IAsyncLifetime, IDisposable
{
    private readonly FakePortal portal = new();
    private readonly string data = Directory.CreateTempSubdirectory("crawl-cli-").FullName;
    private readonly string fixture = RepoRoot.Combine("tests", "fixtures", "portal");

    public async Task InitializeAsync()
    {
        portal.LoadFolder(fixture);
        await portal.StartAsync();
    }

    public async Task DisposeAsync() => await portal.DisposeAsync();

    public void Dispose() => Directory.Delete(data, recursive: true);

    private async Task<(int Exit, string Out, string Err)> Crawl()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CrawlCommand.RunAsync(output, error, TimeProvider.System, Path.Combine(fixture, "registry.json"), data, null, http =>
        {
            http.ConnectCallback = portal.ConnectCallback;
            http.Politeness.DelayPerHost = TimeSpan.Zero;
            http.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            http.Resilience.MaxRetries = 1;
            http.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(1500);
        }, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private int CaptureFiles() => Directory.Exists(Path.Combine(data, "captures"))
        ? Directory.GetFiles(Path.Combine(data, "captures"), "*", SearchOption.AllDirectories).Length
        : 0;

    [Fact]
    public async Task First_pass_captures_and_summarises_second_pass_finds_nothing_new()
    {
        var first = await Crawl();
        var capturedFirst = CaptureFiles();
        var second = await Crawl();
        Assert.Equal((1, 1), (first.Exit, second.Exit));
        Assert.Contains("合计：新发现 8，已变更 0，无变化 0，无法访问 2", first.Out);
        Assert.Contains("合计：新发现 0，已变更 0，无变化 8，无法访问 2", second.Out);
        Assert.Contains("青水县徐桃镇人民政府", first.Out);
        Assert.Contains("[10/10]", first.Err);
        Assert.Equal((11, 11), (capturedFirst, CaptureFiles()));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(data, "tables", "crawlstate"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Unusable_registry_exits_2_naming_the_problem()
    {
        var path = Path.Combine(data, "bad.json");
        await File.WriteAllTextAsync(path, """{ "countyName": "某县", "units": [] }""");
        var error = new StringWriter();
        var exit = await CrawlCommand.RunAsync(new StringWriter(), error, TimeProvider.System, path, data, null, null, CancellationToken.None);
        Assert.Equal(2, exit);
        Assert.Contains("countyId: 缺少必填项", error.ToString());
    }

    [Fact]
    public async Task Bench_crawl_runs_a_small_simulated_county()
    {
        var output = new StringWriter();
        var exit = await BenchCrawlCommand.RunAsync(output, unitCount: 20, hostCount: 4, perHost: 2, latencyMs: 5, CancellationToken.None);
        Assert.Equal(0, exit);
        Assert.Contains("requests 64 (3.20 per unit)", output.ToString());
    }
}
