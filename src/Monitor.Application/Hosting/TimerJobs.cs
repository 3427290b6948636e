using Microsoft.Extensions.Logging;
using Monitor.Application.Monitoring;
using Monitor.Domain.Deadlines;

namespace Monitor.Application.Hosting;

/// <summary>
/// The work of the three timers, the same for the function app's timer functions, the standalone runtime's timers and
/// the standalone host's run-now endpoints. Each logs what it did in English.
/// </summary>
public static class TimerJobs
{
    public const string ScheduleCrawl = "ScheduleCrawl";
    public const string CheckDeadlines = "CheckDeadlines";
    public const string WeeklySummary = "WeeklySummary";

    public static IReadOnlyList<string> Names { get; } = [ScheduleCrawl, CheckDeadlines, WeeklySummary];

    /// <summary>Runs the named job; false when there is no job of that name.</summary>
    public static async Task<bool> RunAsync(string name, MonitorHost host, ILogger logger, CancellationToken cancellationToken)
    {
        switch (name)
        {
            case ScheduleCrawl: await ScheduleCrawlAsync(host, logger, cancellationToken).ConfigureAwait(false); return true;
            case CheckDeadlines: await CheckDeadlinesAsync(host, logger, cancellationToken).ConfigureAwait(false); return true;
            case WeeklySummary: await WeeklySummaryAsync(host, logger, cancellationToken).ConfigureAwait(false); return true;
            default: return false;
        }
    }

    /// <summary>One crawl-requests message per registry unit; mail whose retry came due is sent too.</summary>
    public static async Task ScheduleCrawlAsync(MonitorHost host, ILogger logger, CancellationToken cancellationToken)
    {
        var queued = await host.Scheduling.ScheduleAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Queued {Count} crawl requests", queued);
        var delivery = await host.Delivery.DeliverAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (delivery.Report.Sent.Count > 0) logger.LogInformation("Sent {Count} mail(s) whose retry was due", delivery.Report.Sent.Count);
    }

    /// <summary>Filing status, F01/F04/F05 and their alerts for every unit; throws when no unit could be checked at all.</summary>
    public static async Task<IReadOnlyList<UnitDeadlineOutcome>> CheckDeadlinesAsync(MonitorHost host, ILogger logger, CancellationToken cancellationToken)
    {
        var outcomes = await host.Deadlines.RunAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var group in outcomes.Where(o => o.History is not null).GroupBy(o => o.History!.Status))
            logger.LogInformation("{Status}: {Units}", group.Key.Code(), string.Join(", ", group.Select(o => o.Unit.Id)));
        foreach (var failed in outcomes.Where(o => o.Problem is not null))
            logger.LogWarning("{Unit} not checked: {Problem}", failed.Unit.Id, failed.Problem);
        logger.LogInformation("Alerts queued: {Count}", outcomes.Count(o => o.AlertId is not null));
        await host.Delivery.DeliverAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (outcomes.Count > 0 && outcomes.All(o => o.Problem is not null))
            throw new InvalidOperationException("No unit could be checked; see the warnings above.");
        return outcomes;
    }

    /// <summary>The weekly compliance summary email, queued for sending.</summary>
    public static async Task WeeklySummaryAsync(MonitorHost host, ILogger logger, CancellationToken cancellationToken)
    {
        var summary = await host.Summary.RunAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Summary {Key} queued for {Recipients} recipient(s): {Units} units",
            summary.Email.IdempotencyKey, summary.Email.To.Count, summary.Rows.Count);
    }
}
