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
public sealed record UnitDeadlineOutcome(RegisteredUnit Unit, FilingHistory? History, IReadOnlyList<Finding> Findings, string? AlertId, string? Problem = null);

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
        return new UnitDeadlineOutcome(unit, history, findings, alertId);
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
