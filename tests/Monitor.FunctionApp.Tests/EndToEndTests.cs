using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Monitor.Application.Queues;
using Monitor.Domain.Alerts;
using Monitor.FunctionApp.Functions;
using Monitor.Testing;

namespace Monitor.FunctionApp.Tests;

/// <summary>
/// The whole pipeline as the Functions host would drive it, each function called directly, on Azurite (started by the
/// test), the fixture portal and a fake SendGrid, all on 127.0.0.1: timer → crawl-requests queue → CrawlUnit → captures
/// blobs → ValidateCapture → alerts queue → SendAlerts → SendGrid. Then the faults: SendGrid refusing, Azurite going
/// away, a second cycle. A function that throws is what the host retries; one that returns has completed its message.
/// </summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private readonly string azuriteData = Directory.CreateTempSubdirectory("monitor-azurite-").FullName;
    private AzuriteProcess azurite = null!;
    private FakeSendGridServer sendGrid = null!;
    private FunctionHarness harness = null!;

    public async Task InitializeAsync()
    {
        azurite = new AzuriteProcess(azuriteData);
        sendGrid = await FakeSendGridServer.StartAsync();
        harness = await FunctionHarness.StartAsync(azurite.ConnectionString, sendGrid.Host);
    }

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await sendGrid.DisposeAsync();
        azurite.Dispose();
        Directory.Delete(azuriteData, recursive: true);
    }

    private QueueClient Queue(string name) => new(azurite.ConnectionString, name, AzureWorkQueue.ClientOptions());

    /// <summary>Takes every visible message of a queue and runs the function with it, deleting it when the function returns.</summary>
    private async Task<int> DrainAsync(string queueName, Func<string, Task> function)
    {
        var queue = Queue(queueName);
        await queue.CreateIfNotExistsAsync();
        var handled = 0;
        while (true)
        {
            var messages = (await queue.ReceiveMessagesAsync(32)).Value;
            if (messages.Length == 0) return handled;
            foreach (var message in messages)
            {
                await function(message.Body.ToString());
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                handled++;
            }
        }
    }

    /// <summary>One whole cycle; returns how many alerts messages SendAlerts handled.</summary>
    private async Task<int> CycleAsync(ISet<string> validated)
    {
        await harness.Function<ScheduleCrawl>().Run(FunctionHarness.Timer(), CancellationToken.None);
        await DrainAsync(QueueNames.CrawlRequests, m => harness.Function<CrawlUnit>().Run(m, CancellationToken.None));
        var captures = new BlobContainerClient(azurite.ConnectionString, "captures");
        await foreach (var blob in captures.GetBlobsAsync())
        {
            if (!validated.Add(blob.Name)) continue;
            await harness.Function<ValidateCapture>().Run(harness.Blob(blob.Name), blob.Name, CancellationToken.None);
        }
        await harness.Function<CheckDeadlines>().Run(FunctionHarness.Timer(), CancellationToken.None);
        return await DrainAsync(QueueNames.Alerts, m => harness.Function<SendAlerts>().Run(m, CancellationToken.None));
    }

    private IReadOnlyList<string> AcceptedSubjects() =>
        [.. sendGrid.Accepted.Select(r => r.Json().RootElement.GetProperty("subject").GetString()!)];

    [Fact]
    public async Task A_cycle_mails_each_alert_once_through_sendgrid_and_a_second_cycle_sends_nothing_new()
    {
        var validated = new HashSet<string>();
        var alerts = await CycleAsync(validated);

        Assert.NotEmpty(validated);
        var subjects = AcceptedSubjects();
        Assert.NotEmpty(subjects);
        Assert.Equal(alerts, subjects.Count);
        Assert.Equal(subjects.Distinct().Count(), subjects.Count);
        Assert.Contains(subjects, s => s.Contains("青水县", StringComparison.Ordinal) && s.Contains("2025年度报告", StringComparison.Ordinal));
        var mail = sendGrid.Accepted[0].Json().RootElement;
        Assert.Equal("zwgk@qs.test", mail.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString());
        Assert.Equal("monitor@qs.test", mail.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Bearer SG.test-key", sendGrid.Accepted[0].Authorization);
        var types = mail.GetProperty("content").EnumerateArray().Select(c => c.GetProperty("type").GetString()).ToList();
        Assert.Equal(["text/plain", "text/html"], types);

        var before = sendGrid.Requests.Count;
        harness.Clock.Advance(TimeSpan.FromHours(4));
        await CycleAsync(validated);

        Assert.Equal(before, sendGrid.Requests.Count);
    }

    [Fact]
    public async Task SendGrid_refusing_then_recovering_delivers_each_mail_exactly_once_and_loses_nothing()
    {
        sendGrid.Answer(new SendGridAnswer(429, RetryAfterSeconds: 60), new SendGridAnswer(500), new SendGridAnswer(500));
        await CycleAsync(new HashSet<string>());

        // A refused send is not the invocation's failure: the trigger is queued again for the outbox's next attempt
        // (a minute and more away), so the host does not burn its retries in seconds into alerts-poison.
        var host = await harness.HostAsync();
        var outbox = host.Services.Notifications.Outbox;
        var failed = await outbox.ListAsync(OutboxState.Failed);
        Assert.Contains(failed, e => e.LastError is not null);
        Assert.Empty(await outbox.ListAsync(OutboxState.Poison));
        Assert.True((await Queue(QueueNames.Alerts).GetPropertiesAsync()).Value.ApproximateMessagesCount >= failed.Count);
        Assert.Equal(0, await DrainAsync(QueueNames.Alerts, m => harness.Function<SendAlerts>().Run(m, CancellationToken.None)));
        Assert.False(await Queue(QueueNames.Poison(QueueNames.Alerts)).ExistsAsync());

        // The rescheduled triggers (or the timer's sweep of the outbox) come when the backoff has passed.
        harness.Clock.Advance(TimeSpan.FromHours(2));
        await harness.Function<ScheduleCrawl>().Run(FunctionHarness.Timer(), CancellationToken.None);

        var all = await outbox.ListAsync();
        Assert.All(all, e => Assert.Equal(OutboxState.Sent, e.State));
        var subjects = AcceptedSubjects();
        Assert.Equal(all.Count, subjects.Count);
        Assert.Equal(subjects.Distinct().Count(), subjects.Count);
    }

    [Fact]
    public async Task Storage_going_away_throws_for_a_retry_and_the_retried_message_succeeds()
    {
        await harness.Function<CrawlUnit>().Run("""{"unit":"xutao"}""", CancellationToken.None);

        azurite.Stop();
        var during = await Record.ExceptionAsync(() => harness.Function<CrawlUnit>().Run("""{"unit":"hexi"}""", CancellationToken.None));
        var sendDuring = await Record.ExceptionAsync(() => harness.Function<SendAlerts>().Run("any-alert", CancellationToken.None));
        azurite.Start();
        await harness.Function<CrawlUnit>().Run("""{"unit":"hexi"}""", CancellationToken.None);

        Assert.NotNull(during);
        Assert.NotNull(sendDuring);
        var host = await harness.HostAsync();
        Assert.NotEmpty(await host.Services.Stores.Captures.ListAsync("qingshui", "xutao"));
        Assert.NotEmpty(await host.Services.Stores.Captures.ListAsync("qingshui", "hexi"));
    }
}
