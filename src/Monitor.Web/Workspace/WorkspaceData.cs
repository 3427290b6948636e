using Monitor.Application.Hosting;
using Monitor.Domain.Capture;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Findings;
using Monitor.Domain.Registry;
using Monitor.Domain.Review;
using Monitor.Domain.Summary;

namespace Monitor.Web.Workspace;

/// <summary>What the county overview shows for a year: every unit's standing and the reviews of their findings.</summary>
public sealed record CountyOverview(CountyRegistry Registry, int Year, DateOnly Today, IReadOnlyList<UnitStanding> Units, IReadOnlyList<ReviewRecord> Reviews)
{
    /// <summary>Units that had to publish by now: on time, late or missing (not those whose deadline is ahead).</summary>
    public int Due => Units.Count(u => u.Status is FilingStatus.OnTime or FilingStatus.Late or FilingStatus.Missing);

    public int OnTime => Units.Count(u => u.Status == FilingStatus.OnTime);

    public int WithErrors => Units.Count(u => u.Errors > 0);

    public int Open => Reviews.Count(r => r.State.IsOpen());

    public int Settled => Reviews.Count(r => r.State == ReviewState.Fixed);

    public IReadOnlyList<ReviewRecord> ReviewsOf(string unitId) =>
        [.. Reviews.Where(r => string.Equals(r.UnitId, unitId, StringComparison.OrdinalIgnoreCase))];
}

/// <summary>One unit's page: its captures of the year by version, its latest findings with their reviews, the audit log.</summary>
public sealed record UnitPage(
    RegisteredUnit Unit,
    int Year,
    DateOnly Deadline,
    UnitStanding Standing,
    IReadOnlyList<CaptureRecord> Captures,
    IReadOnlyList<(Finding Finding, ReviewRecord? Review)> Findings,
    IReadOnlyList<ReviewRecord> Settled,
    IReadOnlyList<ReviewEvent> History);

/// <summary>Reads what the workspace pages show from the stores; no HTML here.</summary>
public static class WorkspaceData
{
    public static async Task<CountyOverview> OverviewAsync(MonitorHost host, int year, CancellationToken cancellationToken)
    {
        var standings = await host.Summary.StandingsAsync(year, cancellationToken).ConfigureAwait(false);
        var reviews = await host.Reviews.ListCountyAsync(year, cancellationToken).ConfigureAwait(false);
        return new CountyOverview(host.Services.Registry, year, ChinaTime.Today(host.Services.Time), standings, reviews);
    }

    public static async Task<UnitPage?> UnitAsync(MonitorHost host, string unitId, int year, CancellationToken cancellationToken)
    {
        var registry = host.Services.Registry;
        if (registry.FindUnit(unitId) is not { } unit) return null;
        var standing = await host.Summary.StandingAsync(unit, year, cancellationToken).ConfigureAwait(false);
        var captures = (await host.Services.Stores.Captures.ListAsync(registry.CountyId, unit.Id, year, cancellationToken).ConfigureAwait(false))
            .OrderByDescending(c => c.FetchedAt).ToList();
        var reviews = (await host.Reviews.ListAsync(unit.Id, year, cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Fingerprint, StringComparer.Ordinal);
        var findings = standing.Findings.Concat(standing.Dismissed.Select(d => d.Finding))
            .OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(f => (f, reviews.GetValueOrDefault(FindingFingerprint.Of(unit.Id, year, f))))
            .ToList();
        var shown = findings.Where(f => f.Item2 is not null).Select(f => f.Item2!.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var settled = reviews.Values.Where(r => !shown.Contains(r.Fingerprint)).OrderByDescending(r => r.UpdatedAt).ToList();
        var history = await host.Reviews.HistoryAsync(unit.Id, year, cancellationToken).ConfigureAwait(false);
        return new UnitPage(unit, year, registry.Deadlines.DeadlineFor(unit.Type, year), standing, captures, findings, settled, history);
    }
}
