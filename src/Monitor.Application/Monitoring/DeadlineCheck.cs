using Monitor.Application.Queues;
using Monitor.Domain.Alerts;
using Monitor.Domain.Capture;
using Monitor.Domain.Deadlines;
using Monitor.Domain.Findings;
using Monitor.Domain.Registry;
using Monitor.Domain.Rules;
using Monitor.Domain.Rules.Filing;
using Monitor.Domain.Summary;

namespace Monitor.Application.Monitoring;

/// <summary>One unit's filing standing after the deadline check, or why it could not be checked.</summary>
public sealed record UnitDeadlineOutcome(RegisteredUnit Unit, FilingHistory? History, IReadOnlyList<Finding> Findings, string? AlertId, string? Problem = null)
{
    /// <summary>The reminder queued for findings the office confirmed and the unit has not corrected yet, if one was due.</summary>
    public string? ReminderId { get; init; }
}

/// <summary>
/// CheckDeadlines: for every registry unit and the current reporting year (China date), decide the filing status
/// from the capture history and crawl state — missing after the deadline (F01, never while the site is down),
/// changed after capture (F04), unreachable (F05) — update the filing index and alert on what is new.
/// One unit failing (a storage hiccup) does not stop the others.
/// </summary>
public sealed class DeadlineCheck(MonitorServices services, CaptureValidation validation)
{
    private static readonly IReadOnlySet<string> FilingRuleIds =
        RuleCatalog.All.OfType<IFilingRule>().Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);

    private readonly FilingValidator validator = new();


    public async Task<IReadOnlyList<UnitDeadlineOutcome>> RunAsync(int? reportYear = null, CancellationToken cancellationToken = default)
    {
        var year = reportYear ?? ReportingYear.Current(services.Time);
        var outcomes = new List<UnitDeadlineOutcome>();
        foreach (var unit in services.Registry.Units)
        {
            try
            {
                outcomes.Add(await CheckAsync(unit, year, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                outcomes.Add(new UnitDeadlineOutcome(unit, null, [], null, $"{e.GetType().Name}: {e.Message}"));
            }
        }
        return outcomes;
    }

    private async Task<UnitDeadlineOutcome> CheckAsync(RegisteredUnit unit, int year, CancellationToken cancellationToken)
    {
        var history = await validation.HistoryAsync(unit, year, cancellationToken).ConfigureAwait(false);
        var findings = validator.Validate(history.Context);
        await UpdateIndexAsync(unit, year, history, cancellationToken).ConfigureAwait(false);
        var alertId = await services.Alerts.RaiseAsync(new AlertUnit(services.Registry.CountyId, unit.Id, unit.Name, year), findings,
            new AlertLinks(history.LatestCapture?.SourceUrl ?? unit.ListingUrls.FirstOrDefault()?.ToString(),
                history.LatestCapture is { } latest ? services.Stores.Captures.ContentLocation(latest.Name).ToString() : null, history.LatestCapture?.Name),
            FilingRuleIds, cancellationToken).ConfigureAwait(false);
        if (alertId is not null)
            await services.Queue.SendAsync(QueueNames.Alerts, alertId, cancellationToken).ConfigureAwait(false);
        var reminderId = await ChaseConfirmedAsync(unit, year, history, cancellationToken).ConfigureAwait(false);
        return new UnitDeadlineOutcome(unit, history, findings, alertId) { ReminderId = reminderId };
    }

    /// <summary>
    /// Findings the office confirmed (已确认) stay in the daily check until the unit publishes a corrected report (已整改):
    /// they are put to the alert policy again, which reminds once its reminder period has passed since the last mail.
    /// Nothing is resolved here (no rule is "evaluated"): only a new result of the report can say a finding is gone.
    /// </summary>
    private async Task<string?> ChaseConfirmedAsync(RegisteredUnit unit, int year, FilingHistory history, CancellationToken cancellationToken)
    {
        var confirmed = (await services.Stores.Reviews.ListAsync(services.Registry.CountyId, unit.Id, year, cancellationToken).ConfigureAwait(false))
            .Where(r => r.State == Domain.Review.ReviewState.Confirmed).Select(r => r.Fingerprint).ToHashSet(StringComparer.Ordinal);
        if (confirmed.Count == 0 || history.LatestCapture is not { } latest) return null;
        var entry = await services.Stores.Filings.GetAsync(services.Registry.CountyId, unit.Id, year, cancellationToken).ConfigureAwait(false);
        if (entry?.LatestCaptureName is not { } name || await services.Stores.Results.GetLatestAsync(name, cancellationToken).ConfigureAwait(false) is not { } result)
            return null;
        var chased = result.Findings.Where(f => f.IsCertain && confirmed.Contains(Domain.Review.FindingFingerprint.Of(unit.Id, year, f))).ToList();
        if (chased.Count == 0) return null;
        var id = await services.Alerts.RaiseAsync(new AlertUnit(services.Registry.CountyId, unit.Id, unit.Name, year), chased,
            new AlertLinks(latest.SourceUrl, services.Stores.Captures.ContentLocation(name).ToString(), name),
            new HashSet<string>(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        if (id is not null)
            await services.Queue.SendAsync(QueueNames.Alerts, id, cancellationToken).ConfigureAwait(false);
        return id;
    }

    private async Task UpdateIndexAsync(RegisteredUnit unit, int year, FilingHistory history, CancellationToken cancellationToken)
    {
        var filings = services.Stores.Filings;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var entry = await filings.GetAsync(services.Registry.CountyId, unit.Id, year, cancellationToken).ConfigureAwait(false);
            var row = (entry ?? new FilingEntry(services.Registry.CountyId, unit.Id, year, history.Status.Code())) with
            {
                Status = history.Status.Code(),
                PublishedOn = history.PublishedOn,
                FirstSeenAt = history.FirstSeenAt,
            };
            if (entry is not null && entry == row) return;
            if (await filings.TryUpsertAsync(row, cancellationToken).ConfigureAwait(false) is not null) return;
        }
        throw new InvalidOperationException($"Could not update the filing index row of {unit.Id}/{year}: too many concurrent writers.");
    }
}
