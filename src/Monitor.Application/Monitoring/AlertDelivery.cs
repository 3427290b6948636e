using Monitor.Domain.Alerts;
using Monitor.Application.Queues;
using Monitor.Notifications.Outbox;

namespace Monitor.Application.Monitoring;

/// <summary>What a delivery pass did, and whether the message that triggered it still waits for a retry.</summary>
public sealed record DeliveryOutcome(DispatchReport Report, OutboxEntry? Requested)
{
    /// <summary>The requested message is neither sent nor parked as poison: the trigger should be retried later.</summary>
    public bool RequestedStillPending => Requested is { State: not (OutboxState.Sent or OutboxState.Poison) };
}

/// <summary>
/// SendAlerts: sends whatever is due in the outbox (the queue message only says "there is mail"). Retries with
/// backoff and poison parking are the dispatcher's; the outbox keeps every message and its last error. A queue
/// trigger must not retry a failed send on its own clock (seconds, then poison while the outbox still waits):
/// the message that asked for a mail still waiting is answered by a new one that appears when the outbox's backoff
/// says, and the current one completes.
/// </summary>
public sealed class AlertDelivery(MonitorServices services)
{
    private readonly AlertDispatcher dispatcher = new(services.Notifications.Outbox, services.EmailSender, services.Time,
        new DispatchOptions { MaxAttempts = services.Options.MaxSendAttempts });

    public AlertDispatcher Dispatcher => dispatcher;

    public async Task<DeliveryOutcome> DeliverAsync(string? outboxId = null, CancellationToken cancellationToken = default)
    {
        var report = await dispatcher.DispatchDueAsync(cancellationToken).ConfigureAwait(false);
        var requested = string.IsNullOrWhiteSpace(outboxId)
            ? null
            : await services.Notifications.Outbox.GetAsync(outboxId, cancellationToken).ConfigureAwait(false);
        return new DeliveryOutcome(report, requested);
    }

    /// <summary>The soonest a rescheduled trigger appears, so a clock skew cannot make it spin.</summary>
    public static readonly TimeSpan MinimumRetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Delivers what is due; when the requested mail is still waiting, queues its trigger again for the outbox's
    /// next attempt. Returns when that is, or null when nothing was rescheduled.
    /// </summary>
    public async Task<(DeliveryOutcome Outcome, DateTimeOffset? RetryAt)> DeliverOrRescheduleAsync(string? outboxId, CancellationToken cancellationToken = default)
    {
        var outcome = await DeliverAsync(outboxId, cancellationToken).ConfigureAwait(false);
        if (!outcome.RequestedStillPending) return (outcome, null);
        var now = services.Time.GetUtcNow();
        var delay = outcome.Requested!.NextAttemptAt - now;
        if (delay < MinimumRetryDelay) delay = MinimumRetryDelay;
        await services.Queue.SendLaterAsync(QueueNames.Alerts, outboxId!, delay, cancellationToken).ConfigureAwait(false);
        return (outcome, now + delay);
    }

    /// <summary>The current state of the mails a report did not send, for telling the office.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> NotDeliveredAsync(IEnumerable<string> outboxIds, CancellationToken cancellationToken = default)
    {
        var entries = new List<OutboxEntry>();
        foreach (var id in outboxIds.Distinct(StringComparer.Ordinal))
        {
            if (await services.Notifications.Outbox.GetAsync(id, cancellationToken).ConfigureAwait(false) is { State: not OutboxState.Sent } entry)
                entries.Add(entry);
        }
        return entries;
    }
}
