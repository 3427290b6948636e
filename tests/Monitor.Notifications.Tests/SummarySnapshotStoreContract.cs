using Monitor.Domain.Deadlines;
using Monitor.Domain.Summary;
using Monitor.Notifications.Azure;
using Monitor.Testing;
using Monitor.Notifications.Local;
using Monitor.Notifications.Tests.Azure;

namespace Monitor.Notifications.Tests;

/// <summary>What every <see cref="ISummarySnapshotStore"/> must do.</summary>
public abstract class SummarySnapshotStoreContract
{
    protected abstract ISummarySnapshotStore Create();

    [Fact]
    public async Task Latest_snapshot_per_county_and_year_round_trips()
    {
        var store = Create();
        var week1 = new SummarySnapshot("中宁县", 2026, new DateTimeOffset(2027, 2, 1, 1, 0, 0, TimeSpan.Zero),
            [new UnitSnapshot("xutao", FilingStatus.NotYetDue, null, [])]);
        var week2 = week1 with { TakenAt = week1.TakenAt.AddDays(7), Units = [new UnitSnapshot("xutao", FilingStatus.OnTime, "cap-1", ["T04:0123456789abcdef"])] };

        Assert.Null(await store.GetAsync("中宁县", 2026));
        await store.SaveAsync(week1);
        await store.SaveAsync(week2);
        await store.SaveAsync(week1 with { Year = 2025 });
        var stored = await store.GetAsync("中宁县", 2026);

        Assert.Equal(week2.TakenAt, stored!.TakenAt);
        Assert.Equal([("xutao", FilingStatus.OnTime, "cap-1", "T04:0123456789abcdef")],
            stored.Units.Select(u => (u.UnitId, u.Status, u.CaptureName, string.Join(",", u.ErrorKeys))));
    }
}

public sealed class LocalSummarySnapshotStoreTests : SummarySnapshotStoreContract, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "snap-" + Guid.NewGuid().ToString("N"));

    protected override ISummarySnapshotStore Create() => new LocalSummarySnapshotStore(folder);

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class AzureSummarySnapshotStoreTests(AzuriteFixture azurite) : SummarySnapshotStoreContract
{
    protected override ISummarySnapshotStore Create() =>
        new AzureNotificationStores(azurite.ConnectionString).Snapshots(AzuriteFixture.UniqueName("snap"));
}
