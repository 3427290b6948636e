namespace Monitor.Domain.Capture;

/// <summary>HTTP cache validators as the server sent them; replayed for conditional GET.</summary>
public sealed record HttpValidators(string? ETag = null, DateTimeOffset? LastModified = null)
{
    public static HttpValidators None { get; } = new();
}

/// <summary>What the crawler knows about fetched bytes before they are stored.</summary>
/// <remarks>ReportYear: The reporting year read from the title; null when unknown.<br/>
/// FileExtension: "html", "pdf", "docx"…; normalised by <see cref="CaptureName.NormalizeExtension"/>.<br/>
/// FetchedAt: When the bytes were fetched (UTC instant).<br/>
/// PublishedOn: Publication date stated on the page (China Standard Time date), when found.</remarks>
public sealed record CaptureDraft(
    string CountyId,
    string UnitId,
    int? ReportYear,
    string SourceUrl,
    string? PageTitle,
    string? ContentType,
    string FileExtension,
    DateTimeOffset FetchedAt,
    DateOnly? PublishedOn = null,
    HttpValidators? Validators = null)
{
    /// <summary>Fetched once on an official's request (the re-check), not found by the crawl: later crawls do not revisit it.</summary>
    public bool FromRecheck { get; init; }
}

/// <summary>
/// One immutable stored capture: evidence of exactly what a source URL served at a time. Versions count
/// distinct contents of the same (county, unit, year, source URL); version 2+ carries the previous hash (F04).
/// </summary>
/// <remarks>Name: Storage name, see <see cref="CaptureName"/>.<br/>
/// Sha256: Lower-case hex SHA-256 of the content.<br/>
/// FirstSeenAt: When version 1 of this source URL was fetched; stands in for a missing publication date (F03).<br/>
/// PreviousSha256: The hash of the version this one replaced; null for version 1.</remarks>
public sealed record CaptureRecord(
    string Name,
    string CountyId,
    string UnitId,
    int? ReportYear,
    string SourceUrl,
    string? PageTitle,
    string? ContentType,
    string FileExtension,
    string Sha256,
    long Length,
    DateTimeOffset FetchedAt,
    DateOnly? PublishedOn,
    DateTimeOffset FirstSeenAt,
    HttpValidators Validators,
    int Version,
    string? PreviousSha256)
{
    public bool IsChangedVersion => Version > 1;

    /// <inheritdoc cref="CaptureDraft.FromRecheck"/>
    public bool FromRecheck { get; init; }
}

/// <summary>What saving a capture did.</summary>
public enum CaptureOutcome
{
    /// <summary>Same hash as the latest version of the same source URL: nothing stored.</summary>
    Unchanged,
    /// <summary>A source URL seen for the first time: version 1 stored.</summary>
    New,
    /// <summary>A known source URL with a new hash: a new version stored (F04).</summary>
    NewVersion,
}

/// <summary>The outcome and the record: the new one, or for <see cref="CaptureOutcome.Unchanged"/> the existing latest.</summary>
public sealed record CaptureSaveResult(CaptureOutcome Outcome, CaptureRecord Record);
