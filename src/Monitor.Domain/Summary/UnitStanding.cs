using Monitor.Domain.Deadlines;
using Monitor.Domain.Alerts;
using Monitor.Domain.Findings;

namespace Monitor.Domain.Summary;

/// <summary>
/// Where one unit stands this week for the reporting year: its status, its latest report (if any) and every
/// finding of that report and of the filing checks, all severities.
/// </summary>
public sealed record UnitStanding(
    string UnitId,
    string UnitName,
    FilingStatus Status,
    IReadOnlyList<Finding> Findings,
    DateOnly? PublishedOn = null,
    string? CaptureName = null,
    string? PublishedUrl = null)
{
    /// <summary>Findings the office dismissed (已排除) with its reason: not counted, listed apart in the summary.</summary>
    public IReadOnlyList<DismissedFinding> Dismissed { get; init; } = [];

    /// <summary>Certain errors: the ones the office chases. Uncertain ones are counted in <see cref="ToVerify"/>.</summary>
    public int Errors => Findings.Count(f => f.Severity == Severity.Error && f.IsCertain);

    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning && f.IsCertain);

    /// <summary>Warnings and errors the engine had to guess at (需人工核实): a reviewer reads them before anyone is asked.</summary>
    public int ToVerify => Findings.Count(f => f.Severity >= Severity.Warning && !f.IsCertain);

    /// <summary>Identities of the certain error findings, to tell new from resolved errors next week.</summary>
    public IReadOnlyList<string> ErrorKeys =>
        [.. Findings.Where(f => f.Severity == Severity.Error && f.IsCertain).Select(f => $"{f.RuleId}:{AlertEvidence.Of(f)}").Distinct().Order(StringComparer.Ordinal)];
}

/// <summary>A finding the office dismissed as the monitor's misreading, with the reviewer's reason.</summary>
public sealed record DismissedFinding(Finding Finding, string? Reason);

/// <summary>What one unit looked like when last week's summary was sent (stored between runs).</summary>
public sealed record UnitSnapshot(string UnitId, FilingStatus Status, string? CaptureName, IReadOnlyList<string> ErrorKeys);

/// <summary>The state a weekly summary leaves behind so the next one can say what changed.</summary>
public sealed record SummarySnapshot(string CountyId, int Year, DateTimeOffset TakenAt, IReadOnlyList<UnitSnapshot> Units);

/// <summary>Keeps last week's summary snapshot per county and year. Implementations: local folder and Azure Blobs.</summary>
public interface ISummarySnapshotStore
{
    Task<SummarySnapshot?> GetAsync(string countyId, int year, CancellationToken cancellationToken = default);

    Task SaveAsync(SummarySnapshot snapshot, CancellationToken cancellationToken = default);
}
