using Monitor.Application.Queues;
using Monitor.Application.Hosting;

namespace Monitor.Application.Tests;

public sealed class QueuePumpTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("monitor-queue-").FullName;

    private static readonly QueuePumpOptions NoWaiting = new() { FirstRetryDelay = TimeSpan.Zero, MaxDequeueCount = 3 };

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Messages_survive_a_restart_of_the_process()
    {
        await new LocalFolderWorkQueue(folder, TimeProvider.System).SendAsync(QueueNames.CrawlRequests, """{"unit":"xutao"}""");

        var reopened = new LocalFolderWorkQueue(folder, TimeProvider.System);

        Assert.Equal(["""{"unit":"xutao"}"""], reopened.Peek(QueueNames.CrawlRequests).Select(m => m.Body));
    }

    [Fact]
    public async Task Handled_messages_are_removed_in_arrival_order()
    {
        var queue = new LocalFolderWorkQueue(folder, TimeProvider.System);
        foreach (var unit in new[] { "a", "b", "c" })
        {
            await queue.SendAsync(QueueNames.CrawlRequests, unit);
        }

        var seen = new List<string>();
        var attempts = await new QueuePump(queue, TimeProvider.System, NoWaiting)
            .On(QueueNames.CrawlRequests, (message, _) => { seen.Add(message.Body); return Task.CompletedTask; })
            .DrainAsync();

        Assert.Equal(["a", "b", "c"], seen);
        Assert.Equal(3, attempts);
        Assert.Empty(queue.Peek(QueueNames.CrawlRequests));
    }

    [Fact]
    public async Task A_failing_message_is_retried_and_then_succeeds_once()
    {
        var queue = new LocalFolderWorkQueue(folder, TimeProvider.System);
        await queue.SendAsync(QueueNames.Alerts, "alert-1");
        var counts = new List<int>();

        await new QueuePump(queue, TimeProvider.System, NoWaiting)
            .On(QueueNames.Alerts, (message, _) =>
            {
                counts.Add(message.DequeueCount);
                return message.DequeueCount < 2 ? throw new HttpRequestException("SendGrid 503") : Task.CompletedTask;
            })
            .DrainAsync();

        Assert.Equal([1, 2], counts);
        Assert.Empty(queue.Peek(QueueNames.Alerts));
        Assert.Empty(queue.Peek(QueueNames.Poison(QueueNames.Alerts)));
    }

    [Fact]
    public async Task A_message_that_always_fails_ends_in_the_poison_queue_with_its_reason()
    {
        var queue = new LocalFolderWorkQueue(folder, TimeProvider.System);
        await queue.SendAsync(QueueNames.Alerts, "alert-2");

        await new QueuePump(queue, TimeProvider.System, NoWaiting)
            .On(QueueNames.Alerts, (_, _) => throw new InvalidOperationException("recipient rejected"))
            .DrainAsync();

        var poisoned = Assert.Single(queue.Peek(QueueNames.Poison(QueueNames.Alerts)));
        Assert.Equal("alert-2", poisoned.Body);
        Assert.Equal(3, poisoned.DequeueCount);
        Assert.Equal("InvalidOperationException: recipient rejected", queue.LastError(QueueNames.Poison(QueueNames.Alerts), poisoned.Id));
        Assert.Empty(queue.Peek(QueueNames.Alerts));
    }

    [Fact]
    public async Task A_message_whose_deliveries_killed_the_process_goes_to_poison_before_its_handler_runs()
    {
        await new LocalFolderWorkQueue(folder, TimeProvider.System).SendAsync(MonitorHost.CaptureEventsQueue, "capture-of-a-bomb");
        // Three processes each received the message and died inside the handler: no completion, no abandon.
        for (var process = 0; process < 3; process++)
            Assert.NotNull(await new LocalFolderWorkQueue(folder, TimeProvider.System).TryReceiveAsync(MonitorHost.CaptureEventsQueue));
        var restarted = new LocalFolderWorkQueue(folder, TimeProvider.System);
        var dispatched = 0;

        await new QueuePump(restarted, TimeProvider.System, NoWaiting)
            .On(MonitorHost.CaptureEventsQueue, (_, _) => { dispatched++; return Task.CompletedTask; })
            .DrainAsync();

        Assert.Equal(0, dispatched);
        var poisoned = Assert.Single(restarted.Peek(QueueNames.Poison(MonitorHost.CaptureEventsQueue)));
        Assert.Equal("capture-of-a-bomb", poisoned.Body);
        Assert.StartsWith("Delivered 3 times without completing", restarted.LastError(QueueNames.Poison(MonitorHost.CaptureEventsQueue), poisoned.Id));
        Assert.Empty(restarted.Peek(MonitorHost.CaptureEventsQueue));
    }

    [Fact]
    public async Task A_message_delivered_fewer_times_than_the_maximum_is_still_dispatched_after_a_restart()
    {
        await new LocalFolderWorkQueue(folder, TimeProvider.System).SendAsync(MonitorHost.CaptureEventsQueue, "capture");
        Assert.NotNull(await new LocalFolderWorkQueue(folder, TimeProvider.System).TryReceiveAsync(MonitorHost.CaptureEventsQueue));
        var restarted = new LocalFolderWorkQueue(folder, TimeProvider.System);
        var counts = new List<int>();

        await new QueuePump(restarted, TimeProvider.System, NoWaiting)
            .On(MonitorHost.CaptureEventsQueue, (message, _) => { counts.Add(message.DequeueCount); return Task.CompletedTask; })
            .DrainAsync();

        Assert.Equal([2], counts);
        Assert.Empty(restarted.Peek(QueueNames.Poison(MonitorHost.CaptureEventsQueue)));
    }

    [Fact]
    public async Task Work_queued_by_a_handler_is_drained_too()
    {
        var queue = new LocalFolderWorkQueue(folder, TimeProvider.System);
        await queue.SendAsync(QueueNames.CrawlRequests, "unit-1");
        var alerts = new List<string>();

        await new QueuePump(queue, TimeProvider.System, NoWaiting)
            .On(QueueNames.CrawlRequests, (message, token) => queue.SendAsync(QueueNames.Alerts, "alert for " + message.Body, token))
            .On(QueueNames.Alerts, (message, _) => { alerts.Add(message.Body); return Task.CompletedTask; })
            .DrainAsync();

        Assert.Equal(["alert for unit-1"], alerts);
    }

    [Fact]
    public async Task Retry_waits_out_its_backoff_before_the_next_attempt()
    {
        var queue = new LocalFolderWorkQueue(folder, TimeProvider.System);
        await queue.SendAsync(QueueNames.Alerts, "alert-3");
        var attemptTimes = new List<DateTimeOffset>();

        await new QueuePump(queue, TimeProvider.System, new QueuePumpOptions { FirstRetryDelay = TimeSpan.FromMilliseconds(200) })
            .On(QueueNames.Alerts, (message, _) =>
            {
                attemptTimes.Add(TimeProvider.System.GetUtcNow());
                return message.DequeueCount == 1 ? throw new TimeoutException() : Task.CompletedTask;
            })
            .DrainAsync();

        Assert.Equal(2, attemptTimes.Count);
        Assert.True(attemptTimes[1] - attemptTimes[0] >= TimeSpan.FromMilliseconds(190));
    }
    [Fact]
    public async Task A_message_sent_for_later_waits_unseen_and_a_drain_leaves_it_for_the_next_run()
    {
        var queue = new LocalFolderWorkQueue(folder, TimeProvider.System);
        await queue.SendAsync(QueueNames.Alerts, "now");
        await queue.SendLaterAsync(QueueNames.Alerts, "in ten minutes", TimeSpan.FromMinutes(10));

        var seen = new List<string>();
        var attempts = await new QueuePump(queue, TimeProvider.System, NoWaiting)
            .On(QueueNames.Alerts, (message, _) => { seen.Add(message.Body); return Task.CompletedTask; })
            .DrainAsync();

        Assert.Equal(1, attempts);
        Assert.Equal(["now"], seen);
        Assert.Equal(["in ten minutes"], queue.Peek(QueueNames.Alerts).Select(m => m.Body));
    }
}
