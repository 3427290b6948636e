using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Monitor.Application.Hosting;
using Monitor.Web.Hosting;

namespace Monitor.FunctionApp.Functions;

/// <summary>Timer %SummarySchedule% (Monday morning China time): the weekly compliance summary email.</summary>
public sealed class WeeklySummary(MonitorHostProvider monitor, ILogger<WeeklySummary> logger)
{
    [Function(TimerJobs.WeeklySummary)]
    public async Task Run([TimerTrigger("%SummarySchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue) logger.LogWarning("WeeklySummary is past due");
        await TimerJobs.WeeklySummaryAsync(await monitor.GetAsync(cancellationToken), logger, cancellationToken);
    }
}
