using Monitor.Domain.Capture;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Registry;

namespace Monitor.Domain.Rules.Filing;

/// <summary>
/// One unit-year's filing history as the stores keep it (capture records and listing crawl states), folded into
/// what the filing rules (F01, F04, F05) and the filing status need. Pure: the caller reads the stores.
/// </summary>
/// <remarks>PublishedOn: the earliest publication date stated on a captured page, else the China date of the first
/// capture (F03's stand-in); null when nothing was captured.<br/>
/// LatestCapture: the most recently fetched capture of the year, the one a reader would open as evidence.<br/>
/// Records: every stored capture of the unit-year (all versions of all documents).</remarks>
public sealed record FilingHistory(
    FilingContext Context,
    FilingStatus Status,
    DateOnly? PublishedOn,
    DateTimeOffset? FirstSeenAt,
    CaptureRecord? LatestCapture,
    IReadOnlyList<CaptureRecord> Records)
{
    /// <param name="unit">The registry entry.</param>
    /// <param name="reportYear">The year the reports are about (published in the following year).</param>
    /// <param name="deadlines">The county's deadlines; the unit's deadline includes the grace days.</param>
    /// <param name="today">Today's China Standard Time date.</param>
    /// <param name="captures">Capture records of the unit (any years; other years and units are ignored).</param>
    /// <param name="listingStates">Crawl states by listing URL (others are ignored).</param>
    /// <param name="failureThreshold">N of F05.</param>
    public static FilingHistory Of(
        RegisteredUnit unit,
        int reportYear,
        DeadlinePolicy deadlines,
        DateOnly today,
        IEnumerable<CaptureRecord> captures,
        IEnumerable<CrawlState> listingStates,
        int failureThreshold = 3)
    {
        var deadline = deadlines.DeadlineFor(unit.Type, reportYear);
        var ofYear = captures
            .Where(c => c.ReportYear == reportYear && string.Equals(c.UnitId, unit.Id, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var byUrl = listingStates
            .GroupBy(s => s.ListingUrl, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var states = unit.ListingUrls.Select(u => byUrl.GetValueOrDefault(u.ToString())).ToList();

        // A listing never crawled is not known to be reachable: saying "missing" about it would be a guess.
        var unreachable = states.Count > 0 && states.All(s => s is null || s.ConsecutiveFailures > 0);
        var failures = states.Max(s => s?.ConsecutiveFailures ?? 0);
        // Missing can only be said of a column that was read and understood: one understood listing is enough.
        var reached = states.Where(s => s is not null && s.ConsecutiveFailures == 0).Select(s => s!).ToList();
        var notUnderstood = !unreachable && reached.Count > 0 && reached.All(s => s.NotUnderstood is not null) ? reached[0] : null;

        DateTimeOffset? firstSeen = ofYear.Count == 0 ? null : ofYear.Min(c => c.FirstSeenAt);
        var stated = ofYear.Where(c => c.PublishedOn is not null).Select(c => c.PublishedOn!.Value).ToList();
        DateOnly? published = stated.Count > 0 ? stated.Min()
            : firstSeen is { } seen ? ChinaTime.DateOf(seen)
            : null;

        var context = new FilingContext(unit.Id, unit.Name, unit.Type, reportYear, deadline, today)
        {
            Captures = [.. ofYear.Select(c => new CapturedVersion(c.Sha256, c.FetchedAt, c.SourceUrl))],
            ListingUnreachable = unreachable,
            ListingNotUnderstood = notUnderstood?.NotUnderstood,
            NotUnderstoodUrl = notUnderstood?.ListingUrl,
            ConsecutiveFailures = failures,
            FailureThreshold = failureThreshold,
        };
        var neverChecked = states.Count > 0 && states.All(s => s is null);
        var status = FilingStatuses.Of(deadline, today, published, unreachable, notUnderstood is not null, neverChecked);
        return new FilingHistory(context, status, published, firstSeen, ofYear.MaxBy(c => c.FetchedAt), ofYear);
    }
}
