using Monitor.FunctionApp.CustomHandler;

namespace Monitor.FunctionApp.Functions.SendAlerts;

/// <summary>
/// Queue alerts: sends what is due in the outbox through SendGrid. While the mail this invocation is about waits
/// for a retry, a new alerts message is queued to appear at the outbox's next attempt (its backoff, not the
/// host's seconds) and this one completes; a failure to do even that (storage down) is a 500, so the host retries
/// and after maxDequeueCount parks it in alerts-poison. The outbox keeps the mail and its last error either way.
/// </summary>
public static class SendAlertsEndpoint
{
    public const string Name = "SendAlerts";
    public const string Binding = "alert";

    public static void Map(IEndpointRouteBuilder app) => app.MapFunction(Name, (HttpContext http) =>
        FunctionInvocation.RunAsync(http, Name, async (request, host, result, ct) =>
        {
            var id = request.DataString(Binding);
            var (delivery, retryAt) = await host.Delivery.DeliverOrRescheduleAsync(id, ct).ConfigureAwait(false);
            var report = delivery.Report;
            result.Log($"Sent {report.Sent.Count}, retrying {report.Retrying.Count}, poisoned {report.Poisoned.Count}.");
            foreach (var poisoned in report.Poisoned) result.Log($"poison: {poisoned}");
            if (retryAt is not null)
                result.Log($"{id} not accepted yet ({delivery.Requested!.LastError}); queued again for {retryAt:o}.");
            if (id is not null && delivery.Requested is null)
                result.Log($"{id} is not in the outbox (already cleaned up or never queued).");
        }));
}
