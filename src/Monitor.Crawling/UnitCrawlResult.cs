using Monitor.Crawling.Fetching;

namespace Monitor.Crawling;

/// <summary>How one unit's pass ended, for the per-unit summary and the filing rules.</summary>
public enum UnitOutcome
{
    /// <summary>At least one report document seen for the first time.</summary>
    New,
    /// <summary>A known report document has a new content hash (F04).</summary>
    Changed,
    Unchanged,
    /// <summary>No listing page answered (F05 evidence; never F01).</summary>
    Unreachable,
}

public enum CaptureRole
{
    DetailPage,
    Attachment,
}

/// <summary>
/// The bytes of one report document as published, with everything the capture store keeps: content hash,
/// source URL, title, report year, publication date from the page (null → first-seen stands in, F03),
/// fetch time and HTTP validators. <see cref="IsChange"/> marks a new version of a known document (F04).
/// </summary>
public sealed record CapturedDocument(
    string UnitId,
    Uri ReportUrl,
    Uri SourceUrl,
    CaptureRole Role,
    string Title,
    int Year,
    DateOnly? PublishedOn,
    DateOnly? ListedOn,
    DateTimeOffset FirstSeen,
    DateTimeOffset FetchedAt,
    string Sha256,
    byte[] Content,
    string? ContentType,
    string? Charset,
    Validators Validators,
    int Version,
    bool IsChange)
{
    /// <summary>The file name the server gave (Content-Disposition), for the stored extension of servlet downloads.</summary>
    public string? FileName { get; init; }
}

/// <summary>A document that could not be captured and why (Chinese).</summary>
public sealed record CrawlProblem(Uri Url, string Reason);

public sealed record UnitCrawlResult(
    string UnitId,
    UnitOutcome Outcome,
    string? UnreachableReason,
    IReadOnlyList<CapturedDocument> Captures,
    IReadOnlyList<CrawlProblem> Problems,
    UnitCrawlState State,
    int Requests)
{
    /// <summary>Most consecutive failures among the unit's registry listing URLs, for F05.</summary>
    public int ConsecutiveListingFailures { get; init; }
}
