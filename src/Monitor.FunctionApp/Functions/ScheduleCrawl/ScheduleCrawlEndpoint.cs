using Monitor.FunctionApp.CustomHandler;

namespace Monitor.FunctionApp.Functions.ScheduleCrawl;

/// <summary>Timer %CrawlSchedule%: one crawl-requests message per registry unit; mail whose retry is due is sent too.</summary>
public static class ScheduleCrawlEndpoint
{
    public const string Name = "ScheduleCrawl";

    public static void Map(IEndpointRouteBuilder app) => app.MapFunction(Name, (HttpContext http) =>
        FunctionInvocation.RunAsync(http, Name, async (request, host, result, ct) =>
        {
            var queued = await host.Scheduling.ScheduleAsync(ct).ConfigureAwait(false);
            result.Log($"Queued {queued} crawl requests{(TimerInfo.IsPastDue(request) ? " (timer was past due)" : "")}.");
            var delivery = await host.Delivery.DeliverAsync(cancellationToken: ct).ConfigureAwait(false);
            if (delivery.Report.Sent.Count > 0) result.Log($"Sent {delivery.Report.Sent.Count} mail(s) whose retry was due.");
        }));
}
