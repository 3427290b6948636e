using Monitor.Domain.Capture;
using Monitor.Testing;

namespace Monitor.Storage.Tests;

public abstract class FilingIndexContract(IStoreBackend backend) : IDisposable
{
    private readonly IFilingIndex index = backend.Stores.Filings;

    public void Dispose() => backend.Dispose();

    private static FilingEntry Entry(string unit = "xutao", int year = 2025, string county = "qingshui", string status = "on-time") => new(
        county, unit, year, status, $"{county}/{unit}/{year}/20260105T020304Z-0123456789ab.html", new DateOnly(2026, 1, 4),
        new DateTimeOffset(2026, 1, 5, 2, 3, 4, TimeSpan.Zero), 2, 1, new DateTimeOffset(2026, 1, 5, 3, 0, 0, TimeSpan.Zero), "ab12");

    [Fact]
    public async Task An_inserted_row_reads_back_with_its_etag()
    {
        var stored = await index.TryUpsertAsync(Entry());

        Assert.NotNull(stored?.ETag);
        Assert.Equal(stored, await index.GetAsync("qingshui", "xutao", 2025));
        Assert.Null(await index.GetAsync("qingshui", "xutao", 2024));
    }

    [Fact]
    public async Task Inserting_a_row_that_exists_is_a_conflict()
    {
        await index.TryUpsertAsync(Entry());

        Assert.Null(await index.TryUpsertAsync(Entry(status: "late")));
        Assert.Equal("on-time", (await index.GetAsync("qingshui", "xutao", 2025))!.Status);
    }

    [Fact]
    public async Task A_stale_etag_is_a_conflict_and_a_fresh_one_wins()
    {
        var read = (await index.TryUpsertAsync(Entry()))!;
        var updated = await index.TryUpsertAsync(read with { Status = "late", ErrorCount = 5 });
        var stale = await index.TryUpsertAsync(read with { Status = "missing" });

        Assert.NotNull(updated);
        Assert.NotEqual(read.ETag, updated.ETag);
        Assert.Null(stale);
        Assert.Equal(("late", 5), ((await index.GetAsync("qingshui", "xutao", 2025))!.Status, updated.ErrorCount));
    }

    [Fact]
    public async Task Rows_list_by_county_and_year_ordered_by_unit()
    {
        await index.TryUpsertAsync(Entry("zhen2"));
        await index.TryUpsertAsync(Entry("xiang1"));
        await index.TryUpsertAsync(Entry("xiang1", year: 2024));
        await index.TryUpsertAsync(Entry("xiang1", county: "qingshui2"));

        Assert.Equal(["xiang1", "zhen2"], (await index.ListAsync("qingshui", 2025)).Select(e => e.UnitId));
        Assert.Empty(await index.ListAsync("nowhere", 2025));
    }

    [Fact]
    public async Task Unset_optional_fields_stay_unset()
    {
        var bare = new FilingEntry("qingshui", "xutao", 2025, "not-yet-due");

        var stored = await index.TryUpsertAsync(bare);

        Assert.Equal(bare with { ETag = stored!.ETag }, await index.GetAsync("qingshui", "xutao", 2025));
    }
}

public sealed class LocalFilingIndexTests() : FilingIndexContract(new LocalBackend());

[Collection("Azurite")]
public sealed class AzureFilingIndexTests(AzuriteFixture azurite) : FilingIndexContract(new AzureBackend(azurite));
