using System.Text;
using Monitor.Application.Configuration;
using Monitor.Application.Hosting;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Alerts;
using Monitor.Domain.Registry;
using Monitor.Domain.Rules;
using Monitor.PortalSimulator;
using Monitor.Testing;

namespace Monitor.Application.Tests;

/// <summary>
/// How a unit's standing moves through a season on the local backend: missing after the deadline (F01, told once),
/// published late (F01 resolved), a site that goes down (never "missing"; F05 after three failed passes).
/// </summary>
public sealed class FilingLifecycleTests : IAsyncLifetime, IDisposable
{
    private const string Host = "shanxi.lc.test";
    private static readonly string ReportText = File.ReadAllText(RepoRoot.Combine("samples", "sources", "qinghe-street-2025.txt"));
    private readonly string data = Path.Combine(Path.GetTempPath(), "monitor-lifecycle-" + Guid.NewGuid().ToString("N"));
    private readonly FakePortal portal = new();
    private readonly CountyRegistry registry = new("lc", "立春县", CountyRegistry.DefaultTimeZone, ["zwgk@lc.test"], null,
        Domain.Deadlines.DeadlinePolicy.Default, [new RegisteredUnit("shanxi", "立春县山溪镇人民政府", UnitType.Township, [new Uri($"http://{Host}/ndbg/index.html")], null)]);

    public async Task InitializeAsync()
    {
        // Version 0: the column has only news; version 1: the 2025 report is listed, dated after the deadline.
        portal.Add(Host, "/ndbg/index.html", Html(
            """<ul><li><a href="/xw/1.html">镇召开安全生产会议</a><span>2026-01-05</span></li></ul>""",
            """<ul><li><a href="/ndbg/t20260205_1.html">山溪镇2025年政府信息公开工作年度报告</a><span>2026-02-05</span></li></ul>"""));
        portal.Add(Host, "/ndbg/t20260205_1.html", Html(
            $"""<h1>山溪镇2025年政府信息公开工作年度报告</h1><div class="info">发布时间：2026-02-05</div><div class="content"><pre>{ReportText}</pre></div>"""));
        await portal.StartAsync();
    }

    public async Task DisposeAsync() => await portal.DisposeAsync();

    public void Dispose()
    {
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }

    private static PortalPage Html(params string[] bodies) => new()
    {
        Charset = "utf-8",
        Validators = true,
        Versions = [.. bodies.Select(b => Encoding.UTF8.GetBytes($"<html><head><meta charset=\"utf-8\"></head><body>{b}</body></html>"))],
    };

    private MonitorHost HostAt(int month, int day) => MonitorHost.Create(
        MonitorSettings.Read(key => key == "Monitor:DataFolder" ? data : null),
        registry,
        ShiftedTimeProvider.StartingAt(new DateTimeOffset(2026, month, day, 10, 0, 0, TimeSpan.FromHours(8))),
        http =>
        {
            http.ConnectCallback = portal.ConnectCallback;
            http.Politeness = new PolitenessOptions { DelayPerHost = TimeSpan.Zero };
            http.Resilience = new ResilienceOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxRetries = 1, AttemptTimeout = TimeSpan.FromMilliseconds(800) };
        });

    private async Task<(string Status, string Rules, bool Alerted)> CycleAsync(int month, int day)
    {
        using var host = HostAt(month, day);
        var report = await new StandaloneRuntime(host).RunCycleAsync(withSummary: false);
        Assert.True(report.Failures.Count == 0, string.Join("\n", report.Failures));
        var unit = Assert.Single(report.Deadlines);
        var alerted = report.Deadlines.Any(d => d.AlertId is not null) || report.Validations.Any(v => v.AlertId is not null);
        return (unit.History!.Status.ToString(), string.Join(",", unit.Findings.Select(f => f.RuleId)), alerted);
    }

    private async Task<IReadOnlyList<SentAlert>> LedgerAsync()
    {
        using var host = HostAt(3, 1);
        return await host.Services.Notifications.Ledger.GetAsync("lc", "shanxi", 2025);
    }

    [Fact]
    public async Task Missing_is_alerted_once_and_resolved_when_the_report_appears_late()
    {
        Assert.Equal(("NotYetDue", "", false), await CycleAsync(1, 31));
        Assert.Equal(("Missing", "F01", true), await CycleAsync(2, 1));
        Assert.Equal(("Missing", "F01", false), await CycleAsync(2, 2));

        portal.Version = 1;
        var published = await CycleAsync(2, 6);

        Assert.Equal(("Late", ""), (published.Status, published.Rules));
        var ledger = await LedgerAsync();
        Assert.Contains(ledger, e => e.RuleId == "F01" && e.ResolvedAt is not null);
        Assert.Contains(ledger, e => e.RuleId == "F02" && e.IsOpen);
    }

    [Fact]
    public async Task A_site_that_goes_down_is_never_missing_and_is_reported_unreachable_after_three_failed_passes()
    {
        portal.Add(Host, "/ndbg/index.html", new PortalPage { StatusSequence = [500] });

        Assert.Equal(("Unreachable", "", false), await CycleAsync(2, 1));
        Assert.Equal(("Unreachable", "", false), await CycleAsync(2, 2));
        Assert.Equal(("Unreachable", "F05", true), await CycleAsync(2, 3));
        Assert.DoesNotContain(await LedgerAsync(), e => e.RuleId == "F01");
    }
}
