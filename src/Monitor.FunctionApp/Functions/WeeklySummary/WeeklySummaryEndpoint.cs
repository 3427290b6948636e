using Monitor.FunctionApp.CustomHandler;

namespace Monitor.FunctionApp.Functions.WeeklySummary;

/// <summary>Timer %SummarySchedule% (Monday morning China time): the weekly compliance summary email.</summary>
public static class WeeklySummaryEndpoint
{
    public const string Name = "WeeklySummary";

    public static void Map(IEndpointRouteBuilder app) => app.MapFunction(Name, (HttpContext http) =>
        FunctionInvocation.RunAsync(http, Name, async (request, host, result, ct) =>
        {
            var summary = await host.Summary.RunAsync(ct).ConfigureAwait(false);
            result.Log($"Summary {summary.Email.IdempotencyKey} queued for {summary.Email.To.Count} recipient(s): {summary.Rows.Count} units.");
        }));
}
