using Monitor.Domain.Deadlines;
using Monitor.FunctionApp.CustomHandler;

namespace Monitor.FunctionApp.Functions.CheckDeadlines;

/// <summary>Timer %DeadlineSchedule% (daily): filing status, F01/F04/F05 and their alerts for every unit, in China time.</summary>
public static class CheckDeadlinesEndpoint
{
    public const string Name = "CheckDeadlines";

    public static void Map(IEndpointRouteBuilder app) => app.MapFunction(Name, (HttpContext http) =>
        FunctionInvocation.RunAsync(http, Name, async (request, host, result, ct) =>
        {
            var outcomes = await host.Deadlines.RunAsync(cancellationToken: ct).ConfigureAwait(false);
            foreach (var group in outcomes.Where(o => o.History is not null).GroupBy(o => o.History!.Status))
                result.Log($"{group.Key.Code()}: {string.Join(", ", group.Select(o => o.Unit.Id))}");
            foreach (var failed in outcomes.Where(o => o.Problem is not null))
                result.Log($"{failed.Unit.Id} not checked: {failed.Problem}");
            result.Log($"Alerts queued: {outcomes.Count(o => o.AlertId is not null)}{(TimerInfo.IsPastDue(request) ? " (timer was past due)" : "")}.");
            await host.Delivery.DeliverAsync(cancellationToken: ct).ConfigureAwait(false);
            if (outcomes.Any(o => o.Problem is not null) && outcomes.All(o => o.Problem is not null))
                throw new InvalidOperationException("No unit could be checked; see the log lines above.");
        }));
}
