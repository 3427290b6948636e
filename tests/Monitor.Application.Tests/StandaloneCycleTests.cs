using Monitor.Application.Configuration;
using Monitor.Application.Hosting;
using Monitor.Crawling.Fetching;
using Monitor.Domain.Registry;
using Monitor.PortalSimulator;
using Monitor.Testing;
using Xunit.Abstractions;

namespace Monitor.Application.Tests;

/// <summary>
/// Whole cycles on the local backend over the crawler's fixture county (tests/fixtures/portal) served on 127.0.0.1:
/// crawl → capture event → validation → deadlines → alerts (.eml) → weekly summary.
/// </summary>
public sealed class StandaloneCycleTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private static readonly string PortalFolder = RepoRoot.Combine("tests", "fixtures", "portal");
    private readonly string data = Path.Combine(Path.GetTempPath(), "monitor-cycle-" + Guid.NewGuid().ToString("N"));
    private readonly FakePortal portal = new();
    private CountyRegistry registry = null!;

    public async Task InitializeAsync()
    {
        portal.LoadFolder(PortalFolder);
        registry = RegistryLoader.Load(await File.ReadAllTextAsync(Path.Combine(PortalFolder, "registry.json"))).Registry!;
        await portal.StartAsync();
    }

    public async Task DisposeAsync() => await portal.DisposeAsync();

    public void Dispose()
    {
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
    }

    private MonitorHost Host(DateTimeOffset chinaNow) => MonitorHost.Create(
        MonitorSettings.Read(key => key switch
        {
            "Monitor:DataFolder" => data,
            "Mail:To" => "zwgk@qs.test",
            _ => null,
        }),
        registry,
        ShiftedTimeProvider.StartingAt(chinaNow),
        http =>
        {
            http.ConnectCallback = portal.ConnectCallback;
            http.Politeness = new PolitenessOptions { DelayPerHost = TimeSpan.FromMilliseconds(5) };
            http.Resilience = new ResilienceOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxRetries = 1, AttemptTimeout = TimeSpan.FromMilliseconds(1500) };
        });

    private string[] Emails() => Directory.Exists(Path.Combine(data, "mail"))
        ? [.. Directory.GetFiles(Path.Combine(data, "mail"), "*.eml").Order()]
        : [];

    [Fact]
    public async Task A_cycle_captures_validates_alerts_and_summarises_and_a_second_cycle_sends_nothing_new()
    {
        var february10 = new DateTimeOffset(2026, 2, 10, 10, 0, 0, TimeSpan.FromHours(8));
        using (var host = Host(february10))
        {
            var report = await new StandaloneRuntime(host).RunCycleAsync();
            foreach (var d in report.Deadlines)
                output.WriteLine($"{d.Unit.Id} {d.History?.Status} [{string.Join(",", d.Findings.Select(f => f.RuleId))}] {d.Problem}");
            foreach (var v in report.Validations)
                output.WriteLine($"{v.CaptureName} report={v.IsUnitReport} [{string.Join(",", v.Result?.Findings.Select(f => f.RuleId) ?? [])}] {v.Problem}");
            foreach (var f in report.Failures) output.WriteLine(f);
            Assert.Empty(report.Failures);
            Assert.NotNull(report.Summary);
            // The detail page holds only an introduction; its DOCX attachment holds the report and becomes the unit's report.
            var lianhua = await host.Services.Stores.Filings.GetAsync("qingshui", "lianhua", 2025);
            Assert.EndsWith(".docx", lianhua?.LatestCaptureName, StringComparison.Ordinal);
        }
        var first = Emails();
        foreach (var e in first) output.WriteLine(Path.GetFileName(e));
        Assert.Contains(first, e => Path.GetFileName(e).Contains("-summary-", StringComparison.Ordinal));
        var alert = File.ReadAllText(first.First(e => Path.GetFileName(e).Contains("-alert-", StringComparison.Ordinal)));
        Assert.Contains("file:///", alert, StringComparison.Ordinal);

        using (var host = Host(february10.AddHours(1)))
        {
            var report = await new StandaloneRuntime(host).RunCycleAsync(withSummary: false);
            Assert.Empty(report.Failures);
        }
        Assert.Equal(first, Emails());
    }

    [Fact]
    public async Task A_dismissed_finding_is_not_alerted_again_and_the_summary_lists_it_apart_with_the_workbook()
    {
        var february10 = new DateTimeOffset(2026, 2, 10, 10, 0, 0, TimeSpan.FromHours(8));
        using var host = Host(february10);
        var report = await new StandaloneRuntime(host).RunCycleAsync(withSummary: false);
        var alerted = report.Validations.First(v => v.AlertId is not null && v.Capture is not null);
        var unit = alerted.Capture!.UnitId;
        var open = (await host.Reviews.ListAsync(unit, 2025)).Where(r => r.State == Domain.Review.ReviewState.New).ToList();
        Assert.NotEmpty(open);

        foreach (var review in open)
        {
            var (record, problem) = await host.Reviews.DecideAsync(unit, 2025, review.Fingerprint, Domain.Review.ReviewState.Dismissed, "李审核", "系统误读");
            Assert.True(record is not null, problem);
        }
        // Long after the reminder interval: an undismissed error would be alerted again now.
        using var laterHost = Host(february10.AddDays(30));
        var again = await laterHost.Validation.ValidateAsync(alerted.CaptureName);
        var summary = await laterHost.Summary.PreviewAsync();

        Assert.Null(again.AlertId);
        Assert.All(await laterHost.Reviews.ListAsync(unit, 2025), r => Assert.Equal(Domain.Review.ReviewState.Dismissed, r.State));
        Assert.Contains("已排除的问题（经审核认定为系统误读，不计入上表）", summary.Email.Text, StringComparison.Ordinal);
        Assert.Contains("系统误读", summary.Email.Text, StringComparison.Ordinal);
        Assert.Contains(summary.Email.Attachments, a => a.FileName.EndsWith(".xlsx", StringComparison.Ordinal) && a.Content.Length > 0);
        Assert.Equal(0, summary.Rows.Single(r => r.Unit.UnitId == unit).Unit.Errors);
    }

    [Fact]
    public async Task A_confirmed_finding_is_chased_by_the_daily_check_after_the_reminder_period_and_a_dismissed_one_is_not()
    {
        var february10 = new DateTimeOffset(2026, 2, 10, 10, 0, 0, TimeSpan.FromHours(8));
        string unit;
        using (var host = Host(february10))
        {
            var report = await new StandaloneRuntime(host).RunCycleAsync(withSummary: false);
            unit = report.Validations.First(v => v.AlertId is not null && v.Capture is not null).Capture!.UnitId;
            var open = (await host.Reviews.ListAsync(unit, 2025)).Where(r => r.State == Domain.Review.ReviewState.New && !r.Uncertain).ToList();
            Assert.NotEmpty(open);
            foreach (var review in open)
                Assert.Null((await host.Reviews.DecideAsync(unit, 2025, review.Fingerprint, Domain.Review.ReviewState.Confirmed, "李审核", null)).Problem);

            var sameWeek = await host.Deadlines.RunAsync();
            Assert.Null(sameWeek.Single(o => o.Unit.Id == unit).ReminderId);
        }

        using (var later = Host(february10.AddDays(8)))
        {
            var chased = await later.Deadlines.RunAsync();
            Assert.NotNull(chased.Single(o => o.Unit.Id == unit).ReminderId);
            foreach (var review in (await later.Reviews.ListAsync(unit, 2025)).Where(r => r.State == Domain.Review.ReviewState.Confirmed))
                Assert.Null((await later.Reviews.DecideAsync(unit, 2025, review.Fingerprint, Domain.Review.ReviewState.Dismissed, "李审核", "系统误读")).Problem);
        }

        using var muchLater = Host(february10.AddDays(20));
        Assert.Null((await muchLater.Deadlines.RunAsync()).Single(o => o.Unit.Id == unit).ReminderId);
    }
}
