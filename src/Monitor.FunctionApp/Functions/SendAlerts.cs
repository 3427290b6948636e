using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Monitor.Application.Configuration;
using Monitor.Application.Queues;
using Monitor.Web.Hosting;

namespace Monitor.FunctionApp.Functions;

/// <summary>
/// Queue alerts: sends what is due in the outbox through SendGrid. A mail still waiting is queued again for the
/// outbox's next attempt (its backoff, not the host's seconds) and this invocation completes; a failure to do even that
/// (storage down) throws, so the host retries and after maxDequeueCount parks the message in alerts-poison. The outbox
/// keeps the mail and its last error either way.
/// </summary>
public sealed class SendAlerts(MonitorHostProvider monitor, ILogger<SendAlerts> logger)
{
    [Function(nameof(SendAlerts))]
    public async Task Run([QueueTrigger(QueueNames.Alerts, Connection = AppSettingNames.StorageConnectionName)] string alert,
        CancellationToken cancellationToken)
    {
        var host = await monitor.GetAsync(cancellationToken);
        var (delivery, retryAt) = await host.Delivery.DeliverOrRescheduleAsync(alert, cancellationToken);
        var report = delivery.Report;
        logger.LogInformation("Sent {Sent}, retrying {Retrying}, poisoned {Poisoned}", report.Sent.Count, report.Retrying.Count, report.Poisoned.Count);
        foreach (var poisoned in report.Poisoned) logger.LogError("Mail {Id} given up", poisoned);
        if (retryAt is not null)
            logger.LogWarning("{Id} not accepted yet ({Error}); queued again for {RetryAt:o}", alert, delivery.Requested!.LastError, retryAt);
        else if (delivery.Requested is null)
            logger.LogInformation("{Id} is not in the outbox (already cleaned up or never queued)", alert);
    }
}
