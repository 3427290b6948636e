using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Application.Configuration;
using Monitor.Application.Hosting;
using Monitor.Domain.Alerts;

namespace Monitor.Standalone;

/// <summary>
/// `serve`: does what the Functions host does for the function app — fires the timers on their schedules (UTC) and
/// dispatches queue messages and capture events in-process with the host's retry and poison rules (poison checked
/// before dispatch) — so the monitor runs on premises or on a developer's machine without the host.
/// </summary>
public sealed class StandaloneWorker(MonitorHost host, MonitorSettings settings, StandaloneOptions options,
    ILogger<StandaloneWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var runtime = new StandaloneRuntime(host);
        runtime.Processed += (message, failure) =>
        {
            if (failure is null)
                logger.LogInformation("Handled {Queue} message {Id}", message.QueueName, message.Id);
            else
                logger.LogWarning(failure, "Attempt {Attempt} of {Queue} message {Id} failed", message.DequeueCount, message.QueueName, message.Id);
        };
        runtime.MailNotDelivered += entries =>
        {
            foreach (var entry in entries)
                logger.LogWarning("Mail {Id} not delivered ({State}, attempt {Attempts}): {Error}", entry.Id, entry.State, entry.Attempts, entry.LastError);
            foreach (var line in UndeliveredMail.Describe(entries)) options.Notice?.Invoke(line);
        };
        runtime.TimerFired += firing => logger.LogInformation("Timer {Function} fired (scheduled {At:o}, past due: {PastDue})",
            firing.FunctionName, firing.ScheduledAt, firing.IsPastDue);
        runtime.TimerFailed += (firing, failure) => logger.LogError(failure, "Timer {Function} failed", firing.FunctionName);
        logger.LogInformation("Standalone mode: data folder {Folder}; schedules crawl '{Crawl}', deadlines '{Deadlines}', summary '{Summary}' (UTC)",
            host.DataFolder, settings.CrawlSchedule, settings.DeadlineSchedule, settings.SummarySchedule);
        if (options.CrawlOnStart)
        {
            try
            {
                await TimerJobs.ScheduleCrawlAsync(host, logger, stoppingToken).ConfigureAwait(false);
                options.Notice?.Invoke($"已开始首次抓取：{host.Services.Registry.Units.Count} 个单位（此后按计划 {settings.CrawlSchedule}，UTC）");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The start-up crawl could not be scheduled; the scheduled crawls will run as usual");
            }
        }
        await runtime.RunAsync(settings, logger, stoppingToken).ConfigureAwait(false);
    }
}
