using Monitor.Crawling.Discovery;
using Monitor.Crawling.Fetching;

namespace Monitor.Crawling;

/// <summary>
/// What the crawler remembers about one unit between passes: per listing page its validators, links and
/// failure count (F05), per report document its validators and content hash (F04). Plain data, so any store
/// can keep it (the capture and crawl-state stores live in Monitor.Storage).
/// </summary>
public sealed record UnitCrawlState(
    string UnitId,
    IReadOnlyDictionary<string, ListingState> Listings,
    IReadOnlyDictionary<string, DocumentState> Documents)
{
    public static UnitCrawlState Empty(string unitId) => new(unitId, new Dictionary<string, ListingState>(), new Dictionary<string, DocumentState>());
}

/// <summary>One listing page: validators for conditional GET, the links seen last time (reused on 304), failures in a row.</summary>
public sealed record ListingState(
    Validators Validators,
    DateTimeOffset? LastSuccess,
    int ConsecutiveFailures,
    string? LastFailureReason,
    IReadOnlyList<ReportLink> Reports,
    IReadOnlyList<Uri> MorePages)
{
    /// <summary>
    /// On a registry listing URL: why the column was reached but not understood (no entries, a shell whose API gave
    /// nothing readable), in Chinese; null when it was understood. Such a unit is never called missing (F06, not F01).
    /// </summary>
    public string? NotUnderstood { get; init; }
}

/// <summary>One captured document (a detail page or an attachment): the latest version's hash and validators.</summary>
public sealed record DocumentState(
    string Title,
    int Year,
    string Sha256,
    Validators Validators,
    DateTimeOffset FirstSeen,
    int Versions,
    IReadOnlyList<Attachment> Attachments);
