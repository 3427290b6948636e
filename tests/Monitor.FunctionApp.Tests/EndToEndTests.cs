using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Monitor.Application.Queues;
using Monitor.Domain.Alerts;
using Monitor.Testing;

namespace Monitor.FunctionApp.Tests;

/// <summary>
/// The whole pipeline as the Functions host would drive it, on Azurite (started by the test), the fixture portal and a
/// fake SendGrid, all on 127.0.0.1: timer → crawl-requests queue → CrawlUnit → captures blobs → ValidateCapture →
/// alerts queue → SendAlerts → SendGrid. Then the faults: SendGrid refusing, Azurite going away, a second cycle.
/// </summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private readonly string azuriteData = Directory.CreateTempSubdirectory("monitor-azurite-").FullName;
    private AzuriteProcess azurite = null!;
    private FakeSendGridServer sendGrid = null!;
    private HandlerServer server = null!;

    public async Task InitializeAsync()
    {
        azurite = new AzuriteProcess(azuriteData);
        sendGrid = await FakeSendGridServer.StartAsync();
        server = await HandlerServer.StartAsync(azurite.ConnectionString, sendGrid.Host);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await sendGrid.DisposeAsync();
        azurite.Dispose();
        Directory.Delete(azuriteData, recursive: true);
    }

    private QueueClient Queue(string name) => new(azurite.ConnectionString, name, AzureWorkQueue.ClientOptions());

    /// <summary>Takes every message of a queue and invokes the function with it, as the host's queue trigger does.</summary>
    private async Task<List<HandlerReply>> DrainAsync(string queueName, string function, string binding)
    {
        var queue = Queue(queueName);
        await queue.CreateIfNotExistsAsync();
        var replies = new List<HandlerReply>();
        while (true)
        {
            var messages = (await queue.ReceiveMessagesAsync(32)).Value;
            if (messages.Length == 0) return replies;
            foreach (var message in messages)
            {
                var reply = await server.InvokeAsync(function, Payloads.Queue(function, binding, message.Body.ToString(), (int)message.DequeueCount));
                replies.Add(reply);
                if (reply.Status is >= 200 and < 300) await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }

    /// <summary>One whole cycle; returns the replies of SendAlerts.</summary>
    private async Task<List<HandlerReply>> CycleAsync(ISet<string> validated)
    {
        Assert.Equal(200, (await server.TimerAsync("ScheduleCrawl")).Status);
        Assert.All(await DrainAsync(QueueNames.CrawlRequests, "CrawlUnit", "request"), r => Assert.Equal(200, r.Status));
        var captures = new BlobContainerClient(azurite.ConnectionString, "captures");
        await foreach (var blob in captures.GetBlobsAsync())
        {
            if (!validated.Add(blob.Name)) continue;
            var reply = await server.InvokeAsync("ValidateCapture", Payloads.Blob(blob.Name));
            Assert.True(reply.Status == 200, reply.Body);
        }
        Assert.Equal(200, (await server.TimerAsync("CheckDeadlines")).Status);
        return await DrainAsync(QueueNames.Alerts, "SendAlerts", "alert");
    }

    private IReadOnlyList<string> AcceptedSubjects() =>
        [.. sendGrid.Accepted.Select(r => r.Json().RootElement.GetProperty("subject").GetString()!)];

    [Fact]
    public async Task A_cycle_mails_each_alert_once_through_sendgrid_and_a_second_cycle_sends_nothing_new()
    {
        var validated = new HashSet<string>();
        var replies = await CycleAsync(validated);

        Assert.NotEmpty(validated);
        Assert.All(replies, r => Assert.Equal(200, r.Status));
        var subjects = AcceptedSubjects();
        Assert.NotEmpty(subjects);
        Assert.Equal(subjects.Distinct().Count(), subjects.Count);
        Assert.Contains(subjects, s => s.Contains("青水县", StringComparison.Ordinal) && s.Contains("2025年度报告", StringComparison.Ordinal));
        var mail = sendGrid.Accepted[0].Json().RootElement;
        Assert.Equal("zwgk@qs.test", mail.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString());
        Assert.Equal("monitor@qs.test", mail.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Bearer SG.test-key", sendGrid.Accepted[0].Authorization);
        var types = mail.GetProperty("content").EnumerateArray().Select(c => c.GetProperty("type").GetString()).ToList();
        Assert.Equal(["text/plain", "text/html"], types);

        var before = sendGrid.Requests.Count;
        server.Clock.Advance(TimeSpan.FromHours(4));
        await CycleAsync(validated);

        Assert.Equal(before, sendGrid.Requests.Count);
    }

    [Fact]
    public async Task SendGrid_refusing_then_recovering_delivers_each_mail_exactly_once_and_loses_nothing()
    {
        sendGrid.Answer(new SendGridAnswer(429, RetryAfterSeconds: 60), new SendGridAnswer(500), new SendGridAnswer(500));
        var replies = await CycleAsync(new HashSet<string>());

        // A refused send is not the invocation's failure: the trigger is queued again for the outbox's next
        // attempt (a minute and more away), so the host does not burn its retries in seconds into alerts-poison.
        Assert.All(replies, r => Assert.Equal(200, r.Status));
        Assert.Contains(replies, r => r.Body.Contains("queued again for", StringComparison.Ordinal));
        var host = await server.HostAsync();
        var outbox = host.Services.Notifications.Outbox;
        var failed = await outbox.ListAsync(OutboxState.Failed);
        Assert.Contains(failed, e => e.LastError is not null);
        Assert.Empty(await outbox.ListAsync(OutboxState.Poison));
        Assert.True((await Queue(QueueNames.Alerts).GetPropertiesAsync()).Value.ApproximateMessagesCount >= failed.Count);
        Assert.Empty(await DrainAsync(QueueNames.Alerts, "SendAlerts", "alert"));
        Assert.False(await Queue(QueueNames.Poison(QueueNames.Alerts)).ExistsAsync());

        // The rescheduled triggers (or the timer's sweep of the outbox) come when the backoff has passed.
        server.Clock.Advance(TimeSpan.FromHours(2));
        var retried = await server.TimerAsync("ScheduleCrawl");
        Assert.Equal(200, retried.Status);

        var all = await outbox.ListAsync();
        Assert.All(all, e => Assert.Equal(OutboxState.Sent, e.State));
        var subjects = AcceptedSubjects();
        Assert.Equal(all.Count, subjects.Count);
        Assert.Equal(subjects.Distinct().Count(), subjects.Count);
    }

    [Fact]
    public async Task Storage_going_away_fails_the_invocation_for_a_retry_and_the_next_invocation_succeeds()
    {
        Assert.Equal(200, (await server.InvokeAsync("CrawlUnit", Payloads.Queue("CrawlUnit", "request", """{"unit":"xutao"}"""))).Status);

        azurite.Stop();
        var during = await server.InvokeAsync("CrawlUnit", Payloads.Queue("CrawlUnit", "request", """{"unit":"hexi"}"""));
        azurite.Start();
        var after = await server.InvokeAsync("CrawlUnit", Payloads.Queue("CrawlUnit", "request", """{"unit":"hexi"}""", dequeueCount: 2));

        Assert.Equal(500, during.Status);
        Assert.Equal("application/json", during.ContentType);
        Assert.True(after.Status == 200, after.Body);
        var host = await server.HostAsync();
        Assert.NotEmpty(await host.Services.Stores.Captures.ListAsync("qingshui", "xutao"));
        Assert.NotEmpty(await host.Services.Stores.Captures.ListAsync("qingshui", "hexi"));
    }
}
