using Monitor.Domain.Summary;

namespace Monitor.Notifications.Local;

/// <summary>Summary snapshots as <c>{data}/summary-snapshots/{county}-{year}.json</c>.</summary>
public sealed class LocalSummarySnapshotStore(string dataFolder) : ISummarySnapshotStore
{
    private readonly JsonFileStore files = new(Path.Combine(dataFolder, "summary-snapshots"));

    public Task<SummarySnapshot?> GetAsync(string countyId, int year, CancellationToken cancellationToken = default) =>
        files.ReadAsync<SummarySnapshot>(Name(countyId, year), cancellationToken);

    public Task SaveAsync(SummarySnapshot snapshot, CancellationToken cancellationToken = default) =>
        files.LockedAsync(async () =>
        {
            await files.WriteAsync(Name(snapshot.CountyId, snapshot.Year), snapshot, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private static string Name(string countyId, int year) => $"{JsonFileStore.SafeName(countyId)}-{year}";
}
