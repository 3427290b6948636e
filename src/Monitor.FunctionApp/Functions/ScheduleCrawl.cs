using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Monitor.Application.Hosting;
using Monitor.Web.Hosting;

namespace Monitor.FunctionApp.Functions;

/// <summary>Timer %CrawlSchedule%: one crawl-requests message per registry unit; mail whose retry came due is sent too.</summary>
public sealed class ScheduleCrawl(MonitorHostProvider monitor, ILogger<ScheduleCrawl> logger)
{
    [Function(TimerJobs.ScheduleCrawl)]
    public async Task Run([TimerTrigger("%CrawlSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue) logger.LogWarning("ScheduleCrawl is past due");
        await TimerJobs.ScheduleCrawlAsync(await monitor.GetAsync(cancellationToken), logger, cancellationToken);
    }
}
