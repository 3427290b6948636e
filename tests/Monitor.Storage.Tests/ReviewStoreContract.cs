using Monitor.Domain.Findings;
using Monitor.Domain.Review;
using Monitor.Testing;

namespace Monitor.Storage.Tests;

/// <summary>
/// The review store on both backends: a finding confirmed, dismissed, then re-validated on an unchanged and on a
/// corrected capture keeps the right state, concurrent writers cannot overwrite each other, and the audit log keeps
/// every change in order.
/// </summary>
public abstract class ReviewStoreContract(IStoreBackend backend) : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2027, 1, 20, 2, 0, 0, TimeSpan.Zero);

    private readonly IReviewStore store = backend.Stores.Reviews;

    public void Dispose() => backend.Dispose();

    private static Finding Wrong(string row, string found) =>
        new("T01", Severity.Error, new Location(Table: "表二", Row: row, Column: "本年新制作数量"), "12", found, "表二合计与分项之和不符。");

    private async Task ApplyAsync(IEnumerable<ReviewChange> changes)
    {
        foreach (var change in changes)
        {
            Assert.NotNull(await store.TryWriteAsync(change.Record));
            if (change.Event is { } e) await store.AppendAsync(e);
        }
    }

    private async Task<ReviewRecord> OnlyAsync(string rule = "T01") =>
        Assert.Single(await store.ListAsync("qingshui", "xutao", 2026), r => r.RuleId == rule);

    private async Task ReconcileAsync(string capture, DateTimeOffset at, params Finding[] findings) =>
        await ApplyAsync(ReviewPolicy.Reconcile("qingshui", "xutao", 2026, await store.ListAsync("qingshui", "xutao", 2026), findings, capture, at));

    private async Task DecideAsync(ReviewState to, string? reason, DateTimeOffset at)
    {
        var (change, problem) = ReviewPolicy.Decide(await OnlyAsync(), to, "李审核", reason, at);
        Assert.Null(problem);
        await ApplyAsync([change!]);
    }

    [Fact]
    public async Task Confirmed_then_unchanged_capture_keeps_the_verdict_and_a_corrected_one_marks_it_fixed()
    {
        await ReconcileAsync("cap-1", T0, Wrong("规章", "13"));
        await DecideAsync(ReviewState.Confirmed, null, T0.AddHours(1));
        await ReconcileAsync("cap-1", T0.AddHours(2), Wrong("规章", "13"));

        Assert.Equal(ReviewState.Confirmed, (await OnlyAsync()).State);

        await ReconcileAsync("cap-2", T0.AddDays(1));

        var fixedRecord = await OnlyAsync();
        Assert.Equal((ReviewState.Fixed, "cap-2"), (fixedRecord.State, fixedRecord.FixedBy));
        var history = await store.HistoryAsync("qingshui", "xutao", 2026);
        Assert.Equal([(null, ReviewState.New), (ReviewState.New, ReviewState.Confirmed), (ReviewState.Confirmed, ReviewState.Fixed)],
            history.Select(e => (e.From, e.To)));
        Assert.Equal(["监测系统", "李审核", "监测系统"], history.Select(e => e.Actor));
    }

    [Fact]
    public async Task Dismissed_stays_dismissed_through_revalidation_and_keeps_its_reason()
    {
        await ReconcileAsync("cap-1", T0, Wrong("规章", "13"));
        await DecideAsync(ReviewState.Dismissed, "表格跨页，系统误读了合计行", T0.AddHours(1));
        await ReconcileAsync("cap-1", T0.AddHours(2), Wrong("规章", "13"));
        await ReconcileAsync("cap-2", T0.AddDays(1));

        var record = await OnlyAsync();
        Assert.Equal((ReviewState.Dismissed, "表格跨页，系统误读了合计行"), (record.State, record.Reason));
        Assert.Equal("表格跨页，系统误读了合计行", (await store.HistoryAsync("qingshui", "xutao", 2026))[^1].Reason);
    }

    [Fact]
    public async Task A_stale_version_cannot_overwrite_a_newer_decision()
    {
        await ReconcileAsync("cap-1", T0, Wrong("规章", "13"));
        var seenByBoth = await OnlyAsync();
        var first = ReviewPolicy.Decide(seenByBoth, ReviewState.Confirmed, "甲", null, T0.AddMinutes(1)).Change!;
        var second = ReviewPolicy.Decide(seenByBoth, ReviewState.Dismissed, "乙", "误读", T0.AddMinutes(2)).Change!;

        Assert.NotNull(await store.TryWriteAsync(first.Record));
        Assert.Null(await store.TryWriteAsync(second.Record));
        Assert.Equal(ReviewState.Confirmed, (await OnlyAsync()).State);
    }

    [Fact]
    public async Task Reviews_of_other_units_and_years_are_kept_apart()
    {
        await ReconcileAsync("cap-1", T0, Wrong("规章", "13"));
        await ApplyAsync(ReviewPolicy.Reconcile("qingshui", "hexi", 2026, [], [Wrong("规章", "9")], "cap-9", T0));

        Assert.Single(await store.ListAsync("qingshui", "xutao", 2026));
        Assert.Empty(await store.ListAsync("qingshui", "xutao", 2025));
        Assert.Equal(2, (await store.ListCountyAsync("qingshui", 2026)).Count);
    }
}

public sealed class LocalReviewStoreTests() : ReviewStoreContract(new LocalBackend());

[Collection("Azurite")]
public sealed class AzureReviewStoreTests(AzuriteFixture azurite) : ReviewStoreContract(new AzureBackend(azurite));
