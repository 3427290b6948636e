using System.Text;
using Monitor.Application.Hosting;
using Monitor.Testing;
using Monitor.Cli.Commands;
using Monitor.Domain.Deadlines;
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

    /// <summary>10:00 China time on the day: the crawl runs in real time from then, as `crawl --today` does.</summary>
    private static TimeProvider On(int year, int month, int day) =>
        ShiftedTimeProvider.StartingAt(new DateTimeOffset(year, month, day, 10, 0, 0, ChinaTime.Offset));

    private Task<(int Exit, string Out, string Err)> Crawl() => Crawl(TimeProvider.System, Path.Combine(fixture, "registry.json"));

    private async Task<(int Exit, string Out, string Err)> Crawl(TimeProvider time, string registry, string? azureStorage = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CrawlCommand.RunAsync(output, error, time, registry, azureStorage is null ? data : null, azureStorage, http =>
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
    public async Task Page_changed_after_first_capture_shows_F04_on_the_second_pass()
    {
        var registry = Path.Combine(fixture, "registry.json");
        var first = await Crawl(On(2026, 2, 10), registry);
        portal.Version = 1;
        var second = await Crawl(On(2026, 2, 10), registry);
        Assert.DoesNotContain(" F04 ", first.Out);
        Assert.Contains("2025年度报告期限与历史检查（截至2026年2月10日）", second.Out);
        Assert.Equal(["青水县枫桥镇人民政府 F04 报告发布后被修改"], FindingLines(second.Out, "F04"));
        Assert.Contains("合计：新发现 0，已变更 1，无变化 7，无法访问 2", second.Out);
    }

    [Fact]
    public async Task Site_with_500s_and_timeouts_shows_F05_after_three_failed_passes_and_never_F01()
    {
        var registry = Path.Combine(fixture, "registry.json");
        var passes = new List<string>();
        for (var i = 0; i < 3; i++) passes.Add((await Crawl(On(2026, 2, 10), registry)).Out);
        Assert.Empty(FindingLines(passes[1], "F05"));
        Assert.Equal(["青水县水口镇人民政府 F05 单位公开栏目连续无法访问", "青水县高岭镇人民政府 F05 单位公开栏目连续无法访问"], FindingLines(passes[2], "F05"));
        Assert.Contains("已连续3次无法访问", passes[2]);
        Assert.Empty(FindingLines(passes[2], "F01"));
        Assert.Contains(passes[2].Split('\n'), l => l.Contains("青水县水口镇人民政府", StringComparison.Ordinal) && l.Contains("│ 网站无法访问 │ F05", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(10, new[] { "青水县新庄镇人民政府 F01 逾期未公开年度报告" })]
    [InlineData(0, new string[0])]
    public async Task Unit_without_a_report_shows_F01_only_after_the_deadline(int daysAfterDeadline, string[] expected)
    {
        var today = new DateOnly(2026, 1, 31).AddDays(daysAfterDeadline);
        var result = await Crawl(On(today.Year, today.Month, today.Day), RegistryWithNewsOnlyUnit());
        Assert.Equal(expected, FindingLines(result.Out, "F01"));
        Assert.Contains("合计：新发现 8，已变更 0，无变化 1，无法访问 2", result.Out);
    }

    [Fact]
    public async Task Bad_registry_entry_is_named_and_the_other_units_are_crawled()
    {
        var json = File.ReadAllText(Path.Combine(fixture, "registry.json")).Replace("\"units\": [", """
            "units": [
                { "id": "bad unit", "name": "青水县坏镇人民政府", "type": "township", "listingUrls": ["ftp://bad.qs.test/"] },
            """, StringComparison.Ordinal);
        var path = Path.Combine(data, "registry-bad-unit.json");
        File.WriteAllText(path, json);
        var result = await Crawl(On(2026, 2, 10), path);
        Assert.Equal(1, result.Exit);
        Assert.Contains("登记表问题", result.Err);
        Assert.Contains("units[0]", result.Err);
        Assert.Contains("合计：新发现 8，已变更 0，无变化 0，无法访问 2", result.Out);
        Assert.DoesNotContain("坏镇", result.Out);
    }

    [Fact]
    public async Task Azure_storage_on_azurite_keeps_the_same_history_as_the_local_folder()
    {
        using var azurite = new AzuriteFixture();
        var registry = Path.Combine(fixture, "registry.json");
        var first = await Crawl(On(2026, 2, 10), registry, azurite.ConnectionString);
        var second = await Crawl(On(2026, 2, 10), registry, azurite.ConnectionString);
        portal.Version = 1;
        var third = await Crawl(On(2026, 2, 10), registry, azurite.ConnectionString);
        Assert.Contains("合计：新发现 8，已变更 0，无变化 0，无法访问 2", first.Out);
        Assert.Contains("合计：新发现 0，已变更 0，无变化 8，无法访问 2", second.Out);
        Assert.Contains("合计：新发现 0，已变更 1，无变化 7，无法访问 2", third.Out);
        Assert.Equal(["青水县枫桥镇人民政府 F04 报告发布后被修改"], FindingLines(third.Out, "F04"));
        Assert.Equal(["青水县水口镇人民政府 F05 单位公开栏目连续无法访问", "青水县高岭镇人民政府 F05 单位公开栏目连续无法访问"], FindingLines(third.Out, "F05"));
        Assert.False(Directory.Exists(Path.Combine(data, "captures")));
    }

    [Fact]
    public async Task Storage_lost_mid_crawl_names_the_store_and_unit_skips_the_rest_exits_3_and_the_next_pass_completes()
    {
        var azuriteData = Path.Combine(data, "azurite");
        using var azurite = new AzuriteProcess(azuriteData);
        var registry = Path.Combine(fixture, "registry.json");
        var stopped = 0;
        portal.OnRequest = (host, _) =>
        {
            if (host == "lianhua.qs.test" && Interlocked.Exchange(ref stopped, 1) == 0) azurite.Stop();
        };

        var lost = await Crawl(On(2026, 2, 10), registry, azurite.ConnectionString);

        Assert.Equal(CrawlCommand.StorageUnavailable, lost.Exit);
        Assert.Contains("存储故障：Azure 存储 devstoreaccount1", lost.Err);
        Assert.Contains("无法连接（连接被拒绝，存储服务可能未启动）", lost.Err);
        Assert.Matches(@"其余 \d+ 个单位本次未抓取或未保存（原因：存储不可用）：.*青水县莲花镇人民政府", lost.Err);
        Assert.Contains("因存储故障未完成", lost.Out);
        Assert.DoesNotContain("   at ", lost.Err + lost.Out);
        Assert.DoesNotContain("Exception", lost.Err + lost.Out);

        portal.OnRequest = null;
        azurite.Start();
        var recovered = await Crawl(On(2026, 2, 10), registry, azurite.ConnectionString);
        var again = await Crawl(On(2026, 2, 10), registry, azurite.ConnectionString);

        Assert.Equal((1, 1), (recovered.Exit, again.Exit));
        Assert.Matches("合计：新发现 \\d+，已变更 0，无变化 \\d+，无法访问 2", recovered.Out);
        Assert.Contains("合计：新发现 0，已变更 0，无变化 8，无法访问 2", again.Out);
    }

    [Fact]
    public async Task Storage_unreachable_from_the_start_crawls_nothing_and_exits_3()
    {
        var deadPort = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
                       "BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        var result = await Crawl(On(2026, 2, 10), Path.Combine(fixture, "registry.json"), deadPort);
        Assert.Equal(3, result.Exit);
        Assert.Contains("存储故障：Azure 存储 devstoreaccount1（http://127.0.0.1:9）：无法连接", result.Err);
        Assert.Contains("合计：已抓取并保存 0，因存储故障未完成 10；本次不做期限检查", result.Out);
    }

    [Fact]
    public async Task Bad_today_exits_2()
    {
        var result = await CliRunner.RunAsync("crawl", "--registry", Path.Combine(fixture, "registry.json"), "--data", data, "--today", "2026-02-30");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--today 应为 yyyy-MM-dd", result.Stderr);
    }

    /// <summary>Unit name, rule and rule title of each finding line of the given rule below the table.</summary>
    private static List<string> FindingLines(string output, string rule) =>
        [.. output.Split('\n').Select(l => l.Trim()).Where(l => !l.StartsWith('│') && l.Contains($" {rule} ", StringComparison.Ordinal) && l.Contains('：'))
            .Select(l => l[..l.IndexOf('：')]).Order(StringComparer.Ordinal)];

    /// <summary>The fixture registry plus 新庄镇, whose column holds only news: it never posted a 2025 report.</summary>
    private string RegistryWithNewsOnlyUnit()
    {
        portal.Add("xinzhuang.qs.test", "/gk/ndbg/index.html", new PortalPage
        {
            Versions = [Encoding.UTF8.GetBytes("""
                <html><head><meta charset="utf-8"></head><body><ul>
                <li><a href="./t20260105_1.html">新庄镇召开2026年春运安全工作会议</a><span>2026-01-05</span></li>
                </ul></body></html>
                """)],
            Charset = "utf-8",
            Validators = true,
        });
        var json = File.ReadAllText(Path.Combine(fixture, "registry.json")).Replace("\"units\": [", """
            "units": [
                { "id": "xinzhuang", "name": "青水县新庄镇人民政府", "type": "township", "listingUrls": ["http://xinzhuang.qs.test/gk/ndbg/index.html"] },
            """, StringComparison.Ordinal);
        var path = Path.Combine(data, "registry-xinzhuang.json");
        File.WriteAllText(path, json);
        return path;
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
