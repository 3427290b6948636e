namespace Monitor.Domain.Rules.Filing;

/// <summary>One stored version of a document of a unit-year: its content hash, when it was captured, and its source URL.</summary>
public sealed record CapturedVersion(string ContentHash, DateTimeOffset FirstSeenAt, string? Location = null);

/// <summary>
/// What the filing rules (F01, F04, F05) decide from: the registry entry, the deadline, today's CST date and
/// the capture/crawl history of one unit-year. Built by the sweep from the registry and the capture store.
/// </summary>
public sealed record FilingContext(
    string UnitId,
    string UnitName,
    UnitType UnitType,
    int ReportYear,
    DateOnly Deadline,
    DateOnly Today)
{
    /// <summary>Captures of this unit-year, any order.</summary>
    public IReadOnlyList<CapturedVersion> Captures { get; init; } = [];

    /// <summary>True when the latest crawl of the unit's listing pages failed.</summary>
    public bool ListingUnreachable { get; init; }

    /// <summary>How many crawls of the listing pages in a row have failed.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>
    /// Why the unit's listing, though reachable, was not understood (Chinese, naming what was seen); null when at least
    /// one registry listing was understood. F06 instead of F01.
    /// </summary>
    public string? ListingNotUnderstood { get; init; }

    /// <summary>The listing URL <see cref="ListingNotUnderstood"/> is about.</summary>
    public string? NotUnderstoodUrl { get; init; }

    /// <summary>N of F05: consecutive failures that make an unreachable site worth reporting.</summary>
    public int FailureThreshold { get; init; } = 3;
}

/// <summary>A rule decided from a unit-year's filing history rather than from one report's content.</summary>
public interface IFilingRule : IRule
{
    RuleEvaluation Evaluate(FilingContext context);
}
