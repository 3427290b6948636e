using Monitor.FunctionApp.CustomHandler;

namespace Monitor.FunctionApp.Functions.SendAlerts;

/// <summary>
/// Queue alerts: sends what is due in the outbox through SendGrid. While the message this invocation is about is
/// not yet accepted the reply is 500, so the host retries with backoff and after maxDequeueCount parks it in
/// alerts-poison; the outbox keeps the mail and its last error either way.
/// </summary>
public static class SendAlertsEndpoint
{
    public const string Name = "SendAlerts";
    public const string Binding = "alert";

    public static void Map(IEndpointRouteBuilder app) => app.MapFunction(Name, (HttpContext http) =>
        FunctionInvocation.RunAsync(http, Name, async (request, host, result, ct) =>
        {
            var id = request.DataString(Binding);
            var delivery = await host.Delivery.DeliverAsync(id, ct).ConfigureAwait(false);
            var report = delivery.Report;
            result.Log($"Sent {report.Sent.Count}, retrying {report.Retrying.Count}, poisoned {report.Poisoned.Count}.");
            foreach (var poisoned in report.Poisoned) result.Log($"poison: {poisoned}");
            if (delivery.RequestedStillPending)
                throw new InvalidOperationException($"Mail {id} not accepted yet ({delivery.Requested!.State}): {delivery.Requested.LastError}");
            if (id is not null && delivery.Requested is null)
                result.Log($"{id} is not in the outbox (already cleaned up or never queued).");
        }));
}
