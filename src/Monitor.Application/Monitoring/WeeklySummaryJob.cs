using Monitor.Application.Queues;
using Monitor.Application.Reporting;
using Monitor.Domain.Email;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Findings;
using Monitor.Domain.Registry;
using Monitor.Domain.Review;
using Monitor.Domain.Rules.Filing;
using Monitor.Domain.Summary;

namespace Monitor.Application.Monitoring;

/// <summary>
/// WeeklySummary: every registry unit's standing for the current reporting year — status, the findings of its
/// report and of the filing checks — composed into the summary email (with last week's snapshot for "what changed"),
/// queued in the outbox and announced on the alerts queue; the new snapshot is kept for next week.
/// </summary>
public sealed class WeeklySummaryJob(MonitorServices services, CaptureValidation validation)
{
    private readonly FilingValidator filingValidator = new();

    public async Task<IReadOnlyList<UnitStanding>> StandingsAsync(int year, CancellationToken cancellationToken = default)
    {
        // One listing of the county's reviews serves every unit (each store lists by county-year anyway).
        var dismissed = await DismissedAsync(year, null, cancellationToken).ConfigureAwait(false);
        var standings = new List<UnitStanding>();
        foreach (var unit in services.Registry.Units)
            standings.Add(await StandingAsync(unit, year, dismissed, cancellationToken).ConfigureAwait(false));
        return standings;
    }

    /// <summary>One unit's standing, for its page: the same as in <see cref="StandingsAsync"/>, without reading the other units.</summary>
    public async Task<UnitStanding> StandingAsync(RegisteredUnit unit, int year, CancellationToken cancellationToken = default) =>
        await StandingAsync(unit, year, await DismissedAsync(year, unit.Id, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private async Task<IReadOnlyDictionary<string, ReviewRecord>> DismissedAsync(int year, string? unitId, CancellationToken cancellationToken)
    {
        var reviews = unitId is null
            ? await services.Stores.Reviews.ListCountyAsync(services.Registry.CountyId, year, cancellationToken).ConfigureAwait(false)
            : await services.Stores.Reviews.ListAsync(services.Registry.CountyId, unitId, year, cancellationToken).ConfigureAwait(false);
        // Fingerprints include the unit, so one dictionary serves the whole county.
        return reviews.Where(r => r.State == ReviewState.Dismissed).ToDictionary(r => r.Fingerprint, StringComparer.Ordinal);
    }

    private async Task<UnitStanding> StandingAsync(RegisteredUnit unit, int year, IReadOnlyDictionary<string, ReviewRecord> dismissedReviews,
        CancellationToken cancellationToken)
    {
        var history = await validation.HistoryAsync(unit, year, cancellationToken).ConfigureAwait(false);
        var entry = await services.Stores.Filings.GetAsync(services.Registry.CountyId, unit.Id, year, cancellationToken).ConfigureAwait(false);
        var findings = new List<Finding>(filingValidator.Validate(history.Context));
        var dismissed = new List<DismissedFinding>();
        string? publishedUrl = null;
        if (entry?.LatestCaptureName is { } name)
        {
            if (await services.Stores.Results.GetLatestAsync(name, cancellationToken).ConfigureAwait(false) is { } result)
            {
                foreach (var finding in result.Findings)
                {
                    if (dismissedReviews.TryGetValue(FindingFingerprint.Of(unit.Id, year, finding), out var review)) dismissed.Add(new DismissedFinding(finding, review.Reason));
                    else findings.Add(finding);
                }
            }
            publishedUrl = (await services.Stores.Captures.GetAsync(name, cancellationToken).ConfigureAwait(false))?.SourceUrl;
        }
        return new UnitStanding(unit.Id, unit.Name, history.Status, findings, history.PublishedOn, entry?.LatestCaptureName, publishedUrl)
        {
            Dismissed = dismissed,
        };
    }

    /// <summary>The summary as it would be sent now, without sending it or moving last week's snapshot (dashboard, `summary`).</summary>
    public async Task<WeeklySummary> PreviewAsync(CancellationToken cancellationToken = default)
    {
        var now = services.Time.GetUtcNow();
        var year = ReportingYear.CurrentAt(now);
        var registry = services.Registry;
        var standings = await StandingsAsync(year, cancellationToken).ConfigureAwait(false);
        var lastWeek = await services.Notifications.Snapshots.GetAsync(registry.CountyId, year, cancellationToken).ConfigureAwait(false);
        var summary = new WeeklySummaryComposer(services.Envelope).Compose(registry.CountyId, registry.CountyName, standings, lastWeek, now);
        // The leadership's copy: the findings with their review state as a workbook, beside the CSV.
        var reviews = await services.Stores.Reviews.ListCountyAsync(registry.CountyId, year, cancellationToken).ConfigureAwait(false);
        var workbook = new EmailAttachment($"findings-{registry.CountyId}-{year}-{ChinaTime.DateOf(now):yyyyMMdd}.xlsx", FindingsWorkbook.ContentType,
            FindingsWorkbook.Render(registry, year, standings, reviews));
        return summary with { Email = summary.Email with { Attachments = [.. summary.Email.Attachments, workbook] } };
    }

    public async Task<WeeklySummary> RunAsync(CancellationToken cancellationToken = default)
    {
        var summary = await PreviewAsync(cancellationToken).ConfigureAwait(false);
        // Outbox first, snapshot second: a crash in between re-composes the same email (same idempotency key) next time.
        await services.Notifications.Outbox.EnqueueAsync(summary.Email, summary.Snapshot.TakenAt, cancellationToken).ConfigureAwait(false);
        await services.Queue.SendAsync(QueueNames.Alerts, summary.Email.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        await services.Notifications.Snapshots.SaveAsync(summary.Snapshot, cancellationToken).ConfigureAwait(false);
        return summary;
    }
}
