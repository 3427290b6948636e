using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Monitor.Application.Hosting;
using Monitor.Web.Hosting;

namespace Monitor.FunctionApp.Functions;

/// <summary>Timer %DeadlineSchedule% (daily): filing status, F01/F04/F05 and their alerts for every unit, in China time.</summary>
public sealed class CheckDeadlines(MonitorHostProvider monitor, ILogger<CheckDeadlines> logger)
{
    [Function(TimerJobs.CheckDeadlines)]
    public async Task Run([TimerTrigger("%DeadlineSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue) logger.LogWarning("CheckDeadlines is past due");
        await TimerJobs.CheckDeadlinesAsync(await monitor.GetAsync(cancellationToken), logger, cancellationToken);
    }
}
