using System.Globalization;
using Monitor.Domain.Review;

namespace Monitor.Storage.Local;

/// <summary>
/// Reviews as JSON rows in <c>{folder}/reviews/{county.year}/{unit.fingerprint}.json</c> (optimistic concurrency by
/// row ETag) and the audit log as write-once rows in <c>{folder}/review-log/{county.year.unit}/{ticks-id}.json</c>.
/// </summary>
public sealed class LocalReviewStore(string folder) : IReviewStore
{
    private readonly JsonFileTable reviews = new(Path.Combine(folder, "reviews"));
    private readonly JsonFileTable log = new(Path.Combine(folder, "review-log"));

    public async Task<IReadOnlyList<ReviewRecord>> ListAsync(string countyId, string unitId, int year, CancellationToken cancellationToken = default) =>
        [.. (await ListCountyAsync(countyId, year, cancellationToken)).Where(r => string.Equals(r.UnitId, unitId, StringComparison.OrdinalIgnoreCase))];

    public async Task<IReadOnlyList<ReviewRecord>> ListCountyAsync(string countyId, int year, CancellationToken cancellationToken = default) =>
        [.. (await reviews.ListAsync<ReviewRecord>(ReviewKeys.Partition(countyId, year), cancellationToken)).Select(r => r.Value with { Version = r.ETag })];

    public async Task<ReviewRecord?> TryWriteAsync(ReviewRecord record, CancellationToken cancellationToken = default)
    {
        var etag = await reviews.TryWriteAsync(ReviewKeys.Partition(record.CountyId, record.Year), ReviewKeys.Row(record.UnitId, record.Fingerprint),
            record with { Version = "" }, record.Version.Length == 0 ? null : record.Version, cancellationToken);
        return etag is null ? null : record with { Version = etag };
    }

    public async Task AppendAsync(ReviewEvent change, CancellationToken cancellationToken = default)
    {
        // Create-only: an event row is never replaced.
        while (await log.TryWriteAsync(ReviewKeys.LogPartition(change.CountyId, change.Year, change.UnitId), ReviewKeys.LogRow(change.At), change, null, cancellationToken) is null)
        {
        }
    }

    public async Task<IReadOnlyList<ReviewEvent>> HistoryAsync(string countyId, string unitId, int year, CancellationToken cancellationToken = default) =>
        [.. (await log.ListAsync<ReviewEvent>(ReviewKeys.LogPartition(countyId, year, unitId), cancellationToken)).Select(r => r.Value).OrderBy(e => e.At)];
}

/// <summary>Keys of the review tables, the same for both backends ('.' cannot occur in a registry id).</summary>
internal static class ReviewKeys
{
    public static string Partition(string countyId, int year) => KeyEscaping.Escape($"{countyId}.{year.ToString(CultureInfo.InvariantCulture)}");

    public static string Row(string unitId, string fingerprint) => KeyEscaping.Escape($"{unitId.ToLowerInvariant()}.{fingerprint}");

    public static string LogPartition(string countyId, int year, string unitId) =>
        KeyEscaping.Escape($"{countyId}.{year.ToString(CultureInfo.InvariantCulture)}.{unitId.ToLowerInvariant()}");

    /// <summary>Sorts by time; the random tail keeps two changes in the same tick apart.</summary>
    public static string LogRow(DateTimeOffset at) => $"{at.UtcTicks:D19}-{Guid.NewGuid():N}";
}
