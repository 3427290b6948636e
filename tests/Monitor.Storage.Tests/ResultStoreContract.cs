using Monitor.Domain.Capture;
using Monitor.Domain.Findings;
using Monitor.Testing;

namespace Monitor.Storage.Tests;

public abstract class ResultStoreContract(IStoreBackend backend) : IDisposable
{
    private const string Capture = "qingshui/xutao/2025/20260105T020304Z-0123456789ab.html";
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 3, 0, 0, TimeSpan.Zero);

    private readonly IResultStore store = backend.Stores.Results;

    public void Dispose() => backend.Dispose();

    private static ValidationRecord Run(DateTimeOffset at, params string[] ruleIds) => new(
        Capture, at, "徐套乡人民政府", 2025, "township",
        [.. ruleIds.Select(id => new Finding(id, Severity.Error, Location.InTable("表三", "一、本年新收政府信息公开申请数量", "总计"), "372", "371", "表三总计与各项之和不符"))],
        [new SkippedRule("Q03", "未提供同年度其他单位的报告")]);

    [Fact]
    public async Task Results_append_and_the_latest_is_the_newest_run()
    {
        await store.AppendAsync(Run(T0.AddMinutes(5), "T04"));
        await store.AppendAsync(Run(T0, "T01", "T04"));

        var latest = await store.GetLatestAsync(Capture);

        Assert.Equal([("T04", "表三/一、本年新收政府信息公开申请数量/总计")], latest!.Findings.Select(f => (f.RuleId, f.Location.Describe())));
        Assert.Equal(Run(T0.AddMinutes(5), "T04").Skipped, latest.Skipped);
        Assert.Equal([T0, T0.AddMinutes(5)], (await store.ListAsync(Capture)).Select(r => r.ValidatedAt));
    }

    [Fact]
    public async Task Findings_survive_as_data()
    {
        var run = Run(T0, "T04");
        await store.AppendAsync(run);

        var stored = await store.GetLatestAsync(Capture);

        Assert.Equal(run.Findings, stored!.Findings);
        Assert.Equal((run.Issuer, run.ReportYear, run.UnitType, run.FindingsHash()), (stored.Issuer, stored.ReportYear, stored.UnitType, stored.FindingsHash()));
    }

    [Fact]
    public async Task Two_runs_at_the_same_instant_are_both_kept()
    {
        var first = await store.AppendAsync(Run(T0, "T01"));
        var second = await store.AppendAsync(Run(T0, "T02"));

        Assert.NotEqual(first, second);
        Assert.Equal(["T01", "T02"], (await store.ListAsync(Capture)).Select(r => r.Findings[0].RuleId));
    }

    [Fact]
    public async Task A_capture_without_results_has_no_latest()
    {
        Assert.Null(await store.GetLatestAsync(Capture));
        Assert.Empty(await store.ListAsync(Capture));
    }
}

public sealed class LocalResultStoreTests() : ResultStoreContract(new LocalBackend());

[Collection("Azurite")]
public sealed class AzureResultStoreTests(AzuriteFixture azurite) : ResultStoreContract(new AzureBackend(azurite));
