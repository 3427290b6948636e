using Microsoft.Extensions.Time.Testing;
using Monitor.Domain.Alerts;
using Monitor.Domain.Email;
using Monitor.Notifications.Local;
using Monitor.Notifications.Outbox;
using Monitor.Notifications.SendGrid;
using Monitor.Testing;

namespace Monitor.Notifications.Tests;

public sealed class AlertDispatcherTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "outbox-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2027, 2, 1, 1, 0, 0, TimeSpan.Zero));
    private readonly DispatchOptions options = new() { MaxAttempts = 4, BaseDelay = TimeSpan.FromMinutes(1), MaxDelay = TimeSpan.FromMinutes(10) };
    private FakeSendGridServer server = null!;
    private LocalAlertOutbox outbox = null!;

    public async Task InitializeAsync()
    {
        server = await FakeSendGridServer.StartAsync();
        outbox = new LocalAlertOutbox(folder);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private AlertDispatcher Dispatcher(IEmailSender? sender = null) =>
        new(outbox, sender ?? new SendGridEmailSender(new SendGridOptions { ApiKey = "k", Host = server.Host }, time: time), time, options);

    [Fact]
    public async Task Rate_limit_and_server_error_then_recovery_send_exactly_once_honouring_retry_after()
    {
        server.Answer(new SendGridAnswer(429, RetryAfterSeconds: 300), new SendGridAnswer(500));
        await outbox.EnqueueAsync(Messages.Alert(), time.GetUtcNow());
        var dispatcher = Dispatcher();

        var first = await dispatcher.DispatchDueAsync();
        time.Advance(TimeSpan.FromSeconds(299));
        var tooEarly = await dispatcher.DispatchDueAsync();
        time.Advance(TimeSpan.FromSeconds(1));
        var second = await dispatcher.DispatchDueAsync();
        time.Advance(TimeSpan.FromMinutes(2));
        var third = await dispatcher.DispatchDueAsync();
        time.Advance(TimeSpan.FromDays(1));
        var afterwards = await dispatcher.DispatchDueAsync();

        Assert.Equal([1, 0, 1, 1, 0], new[] { first, tooEarly, second, third, afterwards }.Select(r => r.Sent.Count + r.Retrying.Count + r.Poisoned.Count));
        Assert.Equal([429, 500, 202], server.Requests.Select(r => r.AnsweredWith));
        Assert.Single(server.Accepted);
        var entry = await outbox.GetAsync(Messages.Alert().IdempotencyKey);
        Assert.Equal((OutboxState.Sent, 3, (string?)null), (entry!.State, entry.Attempts, entry.LastError));
    }

    [Fact]
    public async Task Repeated_failures_end_in_poison_with_the_reason_and_the_message_is_kept()
    {
        server.Answer([.. Enumerable.Repeat(new SendGridAnswer(500), 10)]);
        await outbox.EnqueueAsync(Messages.Alert(), time.GetUtcNow());
        var dispatcher = Dispatcher();

        for (var i = 0; i < 10; i++)
        {
            await dispatcher.DispatchDueAsync();
            time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(4, server.Requests.Count);
        var poison = Assert.Single(await outbox.ListAsync(OutboxState.Poison));
        Assert.Equal(4, poison.Attempts);
        Assert.Equal("gave up after 4 attempts: 500 InternalServerError: scripted 500", poison.LastError);
        var kept = poison.Message;
        Assert.Equal((Messages.Alert().Subject, Messages.Alert().Html, Messages.Alert().Text), (kept.Subject, kept.Html, kept.Text));
        Assert.Equal(Messages.Alert().To, kept.To);
        Assert.Equal(Messages.Alert().Attachments[0].Content, poison.Message.Attachments[0].Content);
    }

    [Fact]
    public async Task A_permanent_failure_is_poison_at_once()
    {
        server.Answer(new SendGridAnswer(401, Body: "{\"errors\":[{\"message\":\"invalid API key\"}]}"));
        await outbox.EnqueueAsync(Messages.Alert(), time.GetUtcNow());

        var report = await Dispatcher().DispatchDueAsync();

        Assert.Equal([Messages.Alert().IdempotencyKey], report.Poisoned);
        Assert.Equal("permanent failure: 401 Unauthorized: invalid API key", (await outbox.GetAsync(Messages.Alert().IdempotencyKey))!.LastError);
    }

    [Fact]
    public async Task A_sent_message_is_not_queued_or_sent_again()
    {
        var dispatcher = Dispatcher();
        Assert.True(await outbox.EnqueueAsync(Messages.Alert(), time.GetUtcNow()));
        await dispatcher.DispatchDueAsync();

        var requeued = await outbox.EnqueueAsync(Messages.Alert(), time.GetUtcNow());
        time.Advance(TimeSpan.FromDays(30));
        var again = await dispatcher.DispatchDueAsync();

        Assert.False(requeued);
        Assert.Empty(again.Sent);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Concurrent_dispatchers_send_each_message_once()
    {
        for (var i = 0; i < 5; i++) await outbox.EnqueueAsync(Messages.Alert($"alert-{i}"), time.GetUtcNow());

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Dispatcher().DispatchDueAsync())));

        Assert.Equal(5, server.Requests.Count);
        Assert.Equal(5, (await outbox.ListAsync(OutboxState.Sent)).Count);
    }

    [Fact]
    public async Task A_lapsed_claim_makes_the_message_due_again()
    {
        await outbox.EnqueueAsync(Messages.Alert(), time.GetUtcNow());
        var entry = (await outbox.GetAsync(Messages.Alert().IdempotencyKey))!;
        await outbox.TryUpdateAsync(entry with { State = OutboxState.Sending, NextAttemptAt = time.GetUtcNow() + options.ClaimLease });

        var duringLease = await Dispatcher().DispatchDueAsync();
        time.Advance(options.ClaimLease);
        var afterLease = await Dispatcher().DispatchDueAsync();

        Assert.Empty(duringLease.Sent);
        Assert.Equal([Messages.Alert().IdempotencyKey], afterLease.Sent);
    }

    [Fact]
    public async Task A_mail_folder_that_cannot_be_created_is_recorded_as_a_failed_attempt()
    {
        var notAFolder = Path.Combine(folder, "file");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(notAFolder, "");
        await outbox.EnqueueAsync(Messages.Alert(), time.GetUtcNow());

        var report = await Dispatcher(new Eml.EmlFileEmailSender(notAFolder, time)).DispatchDueAsync();

        Assert.Equal([Messages.Alert().IdempotencyKey], report.Retrying);
        var entry = (await outbox.GetAsync(Messages.Alert().IdempotencyKey))!;
        Assert.Equal((OutboxState.Failed, 1, time.GetUtcNow() + TimeSpan.FromMinutes(1)), (entry.State, entry.Attempts, entry.NextAttemptAt));
        Assert.StartsWith($"could not write {notAFolder}", entry.LastError);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 10)]
    [InlineData(40, 10)]
    public void Backoff_doubles_up_to_the_cap(int attempts, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), Dispatcher().Backoff(attempts));
    }
}
