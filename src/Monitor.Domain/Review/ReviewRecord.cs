using Monitor.Domain.Findings;

namespace Monitor.Domain.Review;

/// <summary>
/// The review of one finding of a unit-year: what it says (as last seen), where it stands, why, and — when fixed — the
/// capture that no longer had it. <see cref="Version"/> is the store's concurrency token.
/// </summary>
public sealed record ReviewRecord(
    string Fingerprint,
    string CountyId,
    string UnitId,
    int Year,
    string RuleId,
    string Severity,
    string Location,
    string? Expected,
    string? Found,
    string Message,
    string? Evidence,
    bool Uncertain,
    ReviewState State,
    string? Reason,
    string? Capture,
    string? FixedBy,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset UpdatedAt,
    string Version = "")
{
    public static ReviewRecord From(string countyId, string unitId, int year, Finding finding, string capture, DateTimeOffset now) => new(
        FindingFingerprint.Of(unitId, year, finding), countyId, unitId, year, finding.RuleId, finding.Severity.Code(), finding.Location.Describe(),
        finding.Expected, finding.Found, finding.Message, finding.Location.TextSpan, !finding.IsCertain, ReviewState.New, null, capture, null, now, now);
}

/// <summary>One change of a review, as the audit log keeps it: never overwritten, never deleted.</summary>
public sealed record ReviewEvent(
    string Fingerprint,
    string CountyId,
    string UnitId,
    int Year,
    DateTimeOffset At,
    string Actor,
    ReviewState? From,
    ReviewState To,
    string? Reason,
    string? Capture);

/// <summary>The review records and audit log of the county's unit-years; local folder and Azure Tables.</summary>
public interface IReviewStore
{
    Task<IReadOnlyList<ReviewRecord>> ListAsync(string countyId, string unitId, int year, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReviewRecord>> ListCountyAsync(string countyId, int year, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a record if its <see cref="ReviewRecord.Version"/> still matches the stored one ("" = must not exist yet).
    /// Returns the stored record with its new version, or null when someone else changed it first.
    /// </summary>
    Task<ReviewRecord?> TryWriteAsync(ReviewRecord record, CancellationToken cancellationToken = default);

    Task AppendAsync(ReviewEvent change, CancellationToken cancellationToken = default);

    /// <summary>The audit log of a unit-year, oldest first.</summary>
    Task<IReadOnlyList<ReviewEvent>> HistoryAsync(string countyId, string unitId, int year, CancellationToken cancellationToken = default);
}
