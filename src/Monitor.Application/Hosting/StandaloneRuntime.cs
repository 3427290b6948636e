using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Monitor.Application.Configuration;
using Monitor.Application.Monitoring;
using Monitor.Application.Queues;
using Monitor.Application.Scheduling;
using Monitor.Domain.Summary;

namespace Monitor.Application.Hosting;

/// <summary>What one whole monitoring cycle did, for the `sweep` report.</summary>
public sealed record CycleReport(
    IReadOnlyList<UnitCrawlOutcome> Crawls,
    IReadOnlyList<CaptureValidationOutcome> Validations,
    IReadOnlyList<UnitDeadlineOutcome> Deadlines,
    WeeklySummary? Summary,
    IReadOnlyList<string> Failures)
{
    /// <summary>Mails this cycle tried and did not deliver, in their state after the cycle (waiting or given up).</summary>
    public IReadOnlyList<Monitor.Domain.Alerts.OutboxEntry> NotDelivered { get; init; } = [];
}

/// <summary>
/// The function app without the Functions host: queue messages (crawl requests, capture events, alerts) are
/// dispatched in-process from the folder-backed queue with the host's retry and poison rules, and the timers run
/// on their NCRONTAB schedules (UTC). `serve` runs it until stopped; `sweep` runs one whole cycle.
/// </summary>
public sealed class StandaloneRuntime
{
    private readonly MonitorHost host;
    private readonly QueuePump pump;
    private readonly ConcurrentQueue<UnitCrawlOutcome> crawls = new();
    private readonly ConcurrentQueue<CaptureValidationOutcome> validations = new();
    private readonly ConcurrentQueue<string> failures = new();
    private readonly ConcurrentQueue<string> undelivered = new();

    public StandaloneRuntime(MonitorHost host, QueuePumpOptions? options = null)
    {
        this.host = host;
        var queue = host.LocalQueue ?? throw new InvalidOperationException(
            "The standalone runtime needs the local data folder backend; set Monitor__DataFolder or leave Azure storage unset.");
        pump = new QueuePump(queue, host.Services.Time, options ?? new QueuePumpOptions())
            .On(QueueNames.CrawlRequests, async (message, ct) =>
            {
                var request = JsonSerializer.Deserialize<CrawlRequest>(message.Body, JsonSerializerOptions.Web)
                    ?? throw new FormatException($"Crawl request {message.Id} is empty.");
                crawls.Enqueue(await host.Crawl.CrawlAsync(request.Unit, ct).ConfigureAwait(false));
            })
            .On(MonitorHost.CaptureEventsQueue, async (message, ct) =>
                validations.Enqueue(await host.Validation.ValidateAsync(message.Body, ct).ConfigureAwait(false)))
            .On(QueueNames.Alerts, async (message, ct) =>
            {
                var (delivery, _) = await host.Delivery.DeliverOrRescheduleAsync(message.Body, ct).ConfigureAwait(false);
                foreach (var id in delivery.Report.Retrying.Concat(delivery.Report.Poisoned)) undelivered.Enqueue(id);
                var notDelivered = await host.Delivery.NotDeliveredAsync(delivery.Report.Retrying.Concat(delivery.Report.Poisoned), ct).ConfigureAwait(false);
                if (notDelivered.Count > 0) MailNotDelivered?.Invoke(notDelivered);
            });
        pump.Processed += (message, failure) =>
        {
            if (failure is not null) failures.Enqueue($"{message.QueueName} {message.Id} attempt {message.DequeueCount}: {failure.Message}");
            Processed?.Invoke(message, failure);
        };
    }

    /// <summary>Raised after each dispatched message, for progress output.</summary>
    public event Action<QueuedMessage, Exception?>? Processed;

    /// <summary>Raised when a delivery pass left mail undelivered (waiting for a retry or given up).</summary>
    public event Action<IReadOnlyList<Monitor.Domain.Alerts.OutboxEntry>>? MailNotDelivered;

    public MonitorHost Host => host;

    /// <summary>Crawl every unit, validate what is new, check deadlines, send alerts, send the weekly summary.</summary>
    public async Task<CycleReport> RunCycleAsync(bool withSummary = true, CancellationToken cancellationToken = default)
    {
        crawls.Clear();
        validations.Clear();
        failures.Clear();
        undelivered.Clear();
        await host.Scheduling.ScheduleAsync(cancellationToken).ConfigureAwait(false);
        await pump.DrainAsync(cancellationToken).ConfigureAwait(false);
        var deadlines = await host.Deadlines.RunAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await pump.DrainAsync(cancellationToken).ConfigureAwait(false);
        WeeklySummary? summary = null;
        if (withSummary)
        {
            summary = await host.Summary.RunAsync(cancellationToken).ConfigureAwait(false);
            await pump.DrainAsync(cancellationToken).ConfigureAwait(false);
        }
        return new CycleReport([.. crawls], [.. validations], deadlines, summary, [.. failures])
        {
            NotDelivered = await host.Delivery.NotDeliveredAsync(undelivered, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>Runs the timers and the queue dispatch until cancelled.</summary>
    public async Task RunAsync(MonitorSettings settings, ILogger logger, CancellationToken cancellationToken)
    {
        var time = host.Services.Time;
        TimerLoop[] timers =
        [
            new(TimerJobs.ScheduleCrawl, TimerSchedule.Parse(AppSettingNames.CrawlSchedule, settings.CrawlSchedule), time,
                Guarded(ct => TimerJobs.ScheduleCrawlAsync(host, logger, ct))),
            new(TimerJobs.CheckDeadlines, TimerSchedule.Parse(AppSettingNames.DeadlineSchedule, settings.DeadlineSchedule), time,
                Guarded(ct => TimerJobs.CheckDeadlinesAsync(host, logger, ct))),
            new(TimerJobs.WeeklySummary, TimerSchedule.Parse(AppSettingNames.SummarySchedule, settings.SummarySchedule), time,
                Guarded(ct => TimerJobs.WeeklySummaryAsync(host, logger, ct))),
        ];
        await Task.WhenAll([pump.RunAsync(cancellationToken), .. timers.Select(t => t.RunAsync(cancellationToken))]).ConfigureAwait(false);
    }

    /// <summary>Raised when a timer's work failed; the timer keeps its schedule, as the host's would.</summary>
    public event Action<TimerFiring, Exception>? TimerFailed;

    /// <summary>Raised after a timer's work completed.</summary>
    public event Action<TimerFiring>? TimerFired;

    private Func<TimerFiring, CancellationToken, Task> Guarded(Func<CancellationToken, Task> work) => async (firing, ct) =>
    {
        try
        {
            await work(ct).ConfigureAwait(false);
            TimerFired?.Invoke(firing);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            TimerFailed?.Invoke(firing, e);
        }
    };

    /// <summary>Announces a capture as if storage had raised its BlobCreated event (used by the HTTP endpoints standalone).</summary>
    public Task AnnounceCaptureAsync(string captureName, CancellationToken cancellationToken = default) =>
        host.Services.Queue.SendAsync(MonitorHost.CaptureEventsQueue, captureName, cancellationToken);
}
