using Monitor.Application.Configuration;
using Monitor.Application.Hosting;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Registry;
using Monitor.PortalSimulator;
using Monitor.Testing;

namespace Monitor.Application.Tests;

/// <summary>
/// A whole standalone cycle (as `sweep` and `serve` run it) over the CMS-family county as on 2026-02-10: the column no
/// reader understands is 栏目无法识别 in the filing index (what the dashboard shows), alerted as F06 and named in the
/// weekly summary; no unit of any family is reported missing (F01).
/// </summary>
public sealed class UnrecognisedColumnCycleTests : IAsyncLifetime, IDisposable
{
    private static readonly string Fixture = RepoRoot.Combine("tests", "fixtures", "cms-families");
    private readonly string data = Path.Combine(Path.GetTempPath(), "monitor-f06-" + Guid.NewGuid().ToString("N"));
    private readonly FakePortal portal = new();
    private CountyRegistry registry = null!;

    public async Task InitializeAsync()
    {
        foreach (var family in Directory.GetDirectories(Fixture).Where(d => File.Exists(Path.Combine(d, "portal.json")))) portal.LoadFolder(family);
        registry = RegistryLoader.Load(await File.ReadAllTextAsync(Path.Combine(Fixture, "registry.json"))).Registry!;
        await portal.StartAsync();
    }

    public async Task DisposeAsync() => await portal.DisposeAsync();

    public void Dispose()
    {
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task The_unreadable_column_is_F06_in_the_index_the_alert_and_the_summary_and_nobody_is_F01()
    {
        using var host = MonitorHost.Create(
            MonitorSettings.Read(key => key switch { "Monitor:DataFolder" => data, "Mail:To" => "zwgk@luming.test", _ => null }),
            registry,
            ShiftedTimeProvider.StartingAt(new DateTimeOffset(2026, 2, 10, 10, 0, 0, TimeSpan.FromHours(8))),
            http =>
            {
                http.ConnectCallback = portal.ConnectCallback;
                http.Politeness = new PolitenessOptions { DelayPerHost = TimeSpan.FromMilliseconds(2) };
                http.Resilience = new ResilienceOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxRetries = 1 };
            });

        var report = await new StandaloneRuntime(host).RunCycleAsync();

        Assert.Empty(report.Failures);
        Assert.DoesNotContain(report.Deadlines, d => d.Findings.Any(f => f.RuleId == "F01"));
        var shiqiao = Assert.Single(report.Deadlines, d => d.Unit.Id == "shiqiao");
        Assert.Equal(["F06"], shiqiao.Findings.Select(f => f.RuleId));
        Assert.Equal("unrecognised", (await host.Services.Stores.Filings.GetAsync("luming", "shiqiao", 2025))?.Status);
        var mails = Directory.GetFiles(Path.Combine(data, "mail"), "*.eml").Select(File.ReadAllText).ToList();
        Assert.Contains(mails, m => m.Contains("F06", StringComparison.Ordinal) || m.Contains("=E6=A0=8F=E7=9B=AE", StringComparison.Ordinal) || m.Contains("栏目无法识别", StringComparison.Ordinal));
        Assert.Contains("栏目无法识别1个", report.Summary!.Email.Subject);
    }
}
