using Monitor.Domain.Capture;

namespace Monitor.Storage.Local;

/// <summary>The filing index as JSON rows under a folder.</summary>
public sealed class LocalFilingIndex(string folder) : IFilingIndex
{
    private readonly JsonFileTable table = new(folder);

    public async Task<FilingEntry?> GetAsync(string countyId, string unitId, int reportYear, CancellationToken cancellationToken = default) =>
        await table.GetAsync<FilingEntry>(TableKeys.FilingPartition(countyId, reportYear), TableKeys.FilingRow(unitId), cancellationToken) is var (entry, etag)
            ? entry with { ETag = etag }
            : null;

    public async Task<FilingEntry?> TryUpsertAsync(FilingEntry entry, CancellationToken cancellationToken = default)
    {
        var etag = await table.TryWriteAsync(TableKeys.FilingPartition(entry.CountyId, entry.ReportYear), TableKeys.FilingRow(entry.UnitId),
            entry with { ETag = null }, entry.ETag, cancellationToken);
        return etag is null ? null : entry with { ETag = etag };
    }

    public async Task<IReadOnlyList<FilingEntry>> ListAsync(string countyId, int reportYear, CancellationToken cancellationToken = default) =>
        [.. (await table.ListAsync<FilingEntry>(TableKeys.FilingPartition(countyId, reportYear), cancellationToken))
            .Select(row => row.Value with { ETag = row.ETag })
            .OrderBy(entry => entry.UnitId, StringComparer.Ordinal)];
}
