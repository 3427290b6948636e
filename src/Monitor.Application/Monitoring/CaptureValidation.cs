using Monitor.Application.Queues;
using Monitor.Domain.Review;
using Monitor.Domain.Alerts;
using Monitor.Domain.Capture;
using Monitor.Domain.Checking;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Findings;
using Monitor.Domain.Registry;
using Monitor.Domain.Reports;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Filing;
using Monitor.Domain.Summary;

namespace Monitor.Application.Monitoring;

/// <summary>What validating one capture did.</summary>
/// <remarks>Result: the stored validation, null when the capture could not be found.<br/>
/// IsUnitReport: the capture is now the unit-year's report in the filing index (alerts are raised only for it).<br/>
/// AlertId: the queued alert's outbox id, when there was something new to tell.</remarks>
public sealed record CaptureValidationOutcome(
    string CaptureName,
    CaptureRecord? Capture,
    ValidationRecord? Result,
    bool IsUnitReport,
    string? AlertId,
    string? Problem = null);

/// <summary>
/// ValidateCapture: parse and validate one stored capture with its full context — the registry's unit type and
/// deadline, the page's publication date, last year's report of the unit, the same year's reports of the other
/// units — store the result, update the filing index, and queue an alert for new error-level findings.
/// </summary>
public sealed class CaptureValidation(MonitorServices services, CaptureReader reader, FindingReviews reviews)
{
    private const int MaxIndexAttempts = 8;


    private static readonly IReadOnlyList<string> ReportRuleIds = [.. RuleCatalog.ReportRules.Select(r => r.Descriptor.Id)];

    public async Task<CaptureValidationOutcome> ValidateAsync(string captureName, CancellationToken cancellationToken = default)
    {
        var record = await services.Stores.Captures.GetAsync(captureName, cancellationToken).ConfigureAwait(false);
        if (record is null)
            return new CaptureValidationOutcome(captureName, null, null, false, null, $"No capture record named '{captureName}'.");
        var read = await reader.ReadAsync(record, cancellationToken).ConfigureAwait(false);
        if (read is null)
            return new CaptureValidationOutcome(captureName, record, null, false, null, $"No stored content for capture '{captureName}'.");

        var registry = services.Registry;
        var unit = registry.FindUnit(record.UnitId);
        var year = record.ReportYear ?? read.Report.ReportYear;
        var options = new CheckOptions
        {
            UnitType = unit?.Type,
            RegisteredUnitName = unit?.Name,
            ExpectedYear = record.ReportYear,
            PublishedOn = record.PublishedOn,
            FirstSeenAt = record.FirstSeenAt,
            Deadline = unit is not null && year is { } y ? registry.Deadlines.DeadlineFor(unit.Type, y) : null,
            PreviousYear = unit is not null && year is { } p ? await UnitReportAsync(unit.Id, p - 1, cancellationToken).ConfigureAwait(false) : null,
        };
        var peers = year is { } py ? await PeersAsync(record.UnitId, py, cancellationToken).ConfigureAwait(false) : null;
        var checkedReport = services.Checker.Validate(read, options, peers);
        var now = services.Time.GetUtcNow();
        var result = new ValidationRecord(captureName, now, read.Report.Issuer, year, checkedReport.UnitType?.Code(),
            checkedReport.Validation.Findings, checkedReport.Validation.Skipped);
        await services.Stores.Results.AppendAsync(result, cancellationToken).ConfigureAwait(false);

        if (unit is null || year is null)
            return new CaptureValidationOutcome(captureName, record, result, false, null,
                unit is null ? $"Unit '{record.UnitId}' is not in the registry; validated without alerting." : "The report year is unknown; validated without alerting.");

        var isReport = await IndexAsync(unit, year.Value, record, result, cancellationToken).ConfigureAwait(false);
        // The office's verdicts follow the unit's report: a dismissed finding is never alerted again.
        var dismissed = isReport
            ? await reviews.ReconcileAsync(unit.Id, year.Value, record.Name, result.Findings, cancellationToken).ConfigureAwait(false)
            : new HashSet<string>();
        string? alertId = null;
        // Older years are validated and kept (they are next year's "last year" context) but the office is alerted
        // about the season it is supervising, not about reports of years long closed.
        if (isReport && year == ReportingYear.Current(services.Time))
        {
            var evaluated = ReportRuleIds.Except(result.Skipped.Select(s => s.RuleId)).ToHashSet(StringComparer.Ordinal);
            var alertable = result.Findings.Where(f => !dismissed.Contains(FindingFingerprint.Of(unit.Id, year.Value, f))).ToList();
            alertId = await services.Alerts.RaiseAsync(new AlertUnit(registry.CountyId, unit.Id, unit.Name, year.Value), alertable,
                new AlertLinks(record.SourceUrl, services.Stores.Captures.ContentLocation(record.Name).ToString(), record.Name), evaluated, cancellationToken).ConfigureAwait(false);
            if (alertId is not null)
                await services.Queue.SendAsync(QueueNames.Alerts, alertId, cancellationToken).ConfigureAwait(false);
        }
        return new CaptureValidationOutcome(captureName, record, result, isReport, alertId);
    }

    /// <summary>The parsed report the filing index names for a unit-year, or null.</summary>
    public async Task<AnnualReport?> UnitReportAsync(string unitId, int year, CancellationToken cancellationToken)
    {
        var entry = await services.Stores.Filings.GetAsync(services.Registry.CountyId, unitId, year, cancellationToken).ConfigureAwait(false);
        return await ReportOfAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AnnualReport?> ReportOfAsync(FilingEntry? entry, CancellationToken cancellationToken)
    {
        if (entry?.LatestCaptureName is not { } name) return null;
        var read = await reader.ReadAsync(name, cancellationToken).ConfigureAwait(false);
        return read is { Document.IsReadable: true } ? read.Report : null;
    }

    /// <summary>The other units' reports of the year, from one listing of the filing index (parsed reports are cached).</summary>
    private async Task<IReadOnlyList<AnnualReport>> PeersAsync(string unitId, int year, CancellationToken cancellationToken)
    {
        var peers = new List<AnnualReport>();
        foreach (var entry in await services.Stores.Filings.ListAsync(services.Registry.CountyId, year, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(entry.UnitId, unitId, StringComparison.OrdinalIgnoreCase)) continue;
            if (await ReportOfAsync(entry, cancellationToken).ConfigureAwait(false) is { } report) peers.Add(report);
        }
        return peers;
    }

    /// <summary>
    /// Updates the unit-year's filing index row and decides whether this capture is the unit's report: among the
    /// latest versions of every document captured for the unit-year, the one holding most of a report (a detail page
    /// that only links to a DOCX gives way to the DOCX, whichever is validated first); on a tie the current report
    /// stays. Optimistic concurrency: re-read and retry on conflict.
    /// </summary>
    private async Task<bool> IndexAsync(RegisteredUnit unit, int year, CaptureRecord record, ValidationRecord result,
        CancellationToken cancellationToken)
    {
        var stores = services.Stores;
        var countyId = services.Registry.CountyId;
        for (var attempt = 0; attempt < MaxIndexAttempts; attempt++)
        {
            var entry = await stores.Filings.GetAsync(countyId, unit.Id, year, cancellationToken).ConfigureAwait(false);
            var history = await HistoryAsync(unit, year, cancellationToken).ConfigureAwait(false);
            var chosen = await ChooseReportAsync(history.Records.Append(record), entry?.LatestCaptureName, cancellationToken).ConfigureAwait(false);
            var take = chosen.Name == record.Name;

            var row = (entry ?? new FilingEntry(countyId, unit.Id, year, history.Status.Code())) with
            {
                Status = history.Status.Code(),
                PublishedOn = history.PublishedOn,
                FirstSeenAt = history.FirstSeenAt,
                LastValidatedAt = result.ValidatedAt,
            };
            if (take)
            {
                row = row with
                {
                    LatestCaptureName = record.Name,
                    ErrorCount = result.Count(Severity.Error),
                    WarningCount = result.Count(Severity.Warning),
                    FindingsHash = result.FindingsHash(),
                };
            }
            if (await stores.Filings.TryUpsertAsync(row, cancellationToken).ConfigureAwait(false) is not null) return take;
        }
        throw new InvalidOperationException($"Could not update the filing index row of {countyId}/{unit.Id}/{year} after {MaxIndexAttempts} attempts.");
    }

    private async Task<CaptureRecord> ChooseReportAsync(IEnumerable<CaptureRecord> captures, string? currentName, CancellationToken cancellationToken)
    {
        var latest = captures
            .GroupBy(c => c.SourceUrl, StringComparer.Ordinal)
            .Select(g => g.MaxBy(c => c.Version)!)
            .ToList();
        CaptureRecord? best = null;
        var bestScore = int.MinValue;
        // The current report first, so that it keeps its place against an equally complete document.
        foreach (var candidate in latest.OrderBy(c => c.Name == currentName ? 0 : 1).ThenBy(c => c.FetchedAt))
        {
            var score = (await reader.ReadAsync(candidate, cancellationToken).ConfigureAwait(false))?.Completeness ?? -1;
            if (score > bestScore) (best, bestScore) = (candidate, score);
        }
        return best!;
    }

    internal async Task<FilingHistory> HistoryAsync(RegisteredUnit unit, int year, CancellationToken cancellationToken)
    {
        var stores = services.Stores;
        var captures = await stores.Captures.ListAsync(services.Registry.CountyId, unit.Id, year, cancellationToken).ConfigureAwait(false);
        var states = new List<CrawlState>();
        foreach (var url in unit.ListingUrls)
        {
            if (await stores.CrawlState.GetAsync(url.ToString(), cancellationToken).ConfigureAwait(false) is { } state) states.Add(state);
        }
        return FilingHistory.Of(unit, year, services.Registry.Deadlines, ChinaTime.Today(services.Time), captures, states,
            services.Options.FailureThreshold);
    }
}
