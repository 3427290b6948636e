using Monitor.Domain.Alerts;
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
/// backoff and poison parking are the dispatcher's; the outbox keeps every message and its last error.
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
}
