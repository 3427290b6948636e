namespace Monitor.Domain.Capture;

/// <summary>
/// The filing index row of one (county, unit, report year): where the unit stands and what its latest
/// capture showed. <see cref="Status"/> holds the domain filing status code: "not-yet-due", "on-time",
/// "late", "missing" or "unreachable".
/// </summary>
/// <remarks>ETag: Concurrency token of the stored row; null for a row not yet stored.</remarks>
public sealed record FilingEntry(
    string CountyId,
    string UnitId,
    int ReportYear,
    string Status,
    string? LatestCaptureName = null,
    DateOnly? PublishedOn = null,
    DateTimeOffset? FirstSeenAt = null,
    int ErrorCount = 0,
    int WarningCount = 0,
    DateTimeOffset? LastValidatedAt = null,
    string? FindingsHash = null,
    string? ETag = null);

/// <summary>One row per (county, unit, year), written with optimistic concurrency.</summary>
public interface IFilingIndex
{
    Task<FilingEntry?> GetAsync(string countyId, string unitId, int reportYear, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the row when nobody changed it since it was read: an entry without <see cref="FilingEntry.ETag"/>
    /// is inserted only if no row exists; with one, it replaces the row only if the ETag still matches.
    /// Returns the stored entry with its new ETag, or null on a concurrency conflict (re-read and retry).
    /// </summary>
    Task<FilingEntry?> TryUpsertAsync(FilingEntry entry, CancellationToken cancellationToken = default);

    /// <summary>All rows of a county for a report year, ordered by unit id.</summary>
    Task<IReadOnlyList<FilingEntry>> ListAsync(string countyId, int reportYear, CancellationToken cancellationToken = default);
}
