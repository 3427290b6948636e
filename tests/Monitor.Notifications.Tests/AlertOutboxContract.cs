using Monitor.Domain.Alerts;

namespace Monitor.Notifications.Tests;

/// <summary>What every <see cref="IAlertOutbox"/> must do; run against the local folder and Azure (Azurite).</summary>
public abstract class AlertOutboxContract
{
    private static readonly DateTimeOffset Now = new(2027, 2, 1, 1, 0, 0, TimeSpan.Zero);

    protected abstract Task<IAlertOutbox> CreateAsync();

    [Fact]
    public async Task Enqueue_is_idempotent_and_keeps_the_whole_message()
    {
        var outbox = await CreateAsync();

        var first = await outbox.EnqueueAsync(Messages.Alert(), Now);
        var second = await outbox.EnqueueAsync(Messages.Alert() with { Subject = "changed" }, Now.AddMinutes(1));
        var entry = await outbox.GetAsync(Messages.Alert().IdempotencyKey);

        Assert.Equal((true, false), (first, second));
        Assert.Equal((OutboxState.Queued, 0, Now), (entry!.State, entry.Attempts, entry.CreatedAt));
        Assert.Equal(Messages.Alert().Subject, entry.Message.Subject);
        Assert.Equal(Messages.Alert().To, entry.Message.To);
        Assert.Equal(Messages.Alert().Attachments[0].Content, entry.Message.Attachments[0].Content);
        Assert.Null(await outbox.GetAsync("alert-none"));
    }

    [Fact]
    public async Task Stale_version_is_refused()
    {
        var outbox = await CreateAsync();
        await outbox.EnqueueAsync(Messages.Alert(), Now);
        var entry = (await outbox.GetAsync(Messages.Alert().IdempotencyKey))!;

        var claimed = await outbox.TryUpdateAsync(entry with { State = OutboxState.Sending });
        var stale = await outbox.TryUpdateAsync(entry with { State = OutboxState.Sending });
        var next = await outbox.TryUpdateAsync(claimed! with { State = OutboxState.Sent, SentAt = Now, Attempts = 1 });

        Assert.NotNull(claimed);
        Assert.Null(stale);
        Assert.Equal((OutboxState.Sent, 1, (DateTimeOffset?)Now), (next!.State, next.Attempts, next.SentAt));
        Assert.Equal(OutboxState.Sent, (await outbox.GetAsync(entry.Id))!.State);
    }

    [Fact]
    public async Task Due_lists_waiting_messages_whose_time_has_come_oldest_first()
    {
        var outbox = await CreateAsync();
        await outbox.EnqueueAsync(Messages.Alert("alert-b"), Now.AddMinutes(1));
        await outbox.EnqueueAsync(Messages.Alert("alert-a"), Now);
        await outbox.EnqueueAsync(Messages.Alert("alert-later"), Now);
        await outbox.EnqueueAsync(Messages.Alert("alert-sent"), Now);
        var later = (await outbox.GetAsync("alert-later"))!;
        await outbox.TryUpdateAsync(later with { State = OutboxState.Failed, NextAttemptAt = Now.AddHours(1), LastError = "500" });
        var sent = (await outbox.GetAsync("alert-sent"))!;
        await outbox.TryUpdateAsync(sent with { State = OutboxState.Sent });

        var due = await outbox.ListDueAsync(Now.AddMinutes(2), 10);
        var dueLater = await outbox.ListDueAsync(Now.AddHours(1), 10);
        var limited = await outbox.ListDueAsync(Now.AddHours(1), 1);

        Assert.Equal(["alert-a", "alert-b"], due.Select(e => e.Id));
        Assert.Equal(["alert-a", "alert-later", "alert-b"], dueLater.Select(e => e.Id));
        Assert.Single(limited);
        Assert.Equal(["alert-sent"], (await outbox.ListAsync(OutboxState.Sent)).Select(e => e.Id));
        Assert.Equal(4, (await outbox.ListAsync()).Count);
    }
}

/// <summary>What every <see cref="ISentAlertLedger"/> must do.</summary>
public abstract class SentAlertLedgerContract
{
    private static readonly DateTimeOffset Now = new(2027, 2, 1, 1, 0, 0, TimeSpan.Zero);

    protected abstract Task<ISentAlertLedger> CreateAsync();

    [Fact]
    public async Task Upsert_replaces_by_rule_and_evidence_within_a_unit_year()
    {
        var ledger = await CreateAsync();
        var t04 = new SentAlert("中宁县", "徐套乡/#?\\", 2026, "T04", "0123456789abcdef", Now, Now);
        await ledger.UpsertAsync([t04, t04 with { RuleId = "F01" }, t04 with { Year = 2025 }, t04 with { UnitId = "lijun" }]);

        await ledger.UpsertAsync([t04 with { LastSentAt = Now.AddDays(7) }, t04 with { RuleId = "F01", ResolvedAt = Now.AddDays(1) }]);
        var entries = await ledger.GetAsync("中宁县", "徐套乡/#?\\", 2026);

        Assert.Equal(
            [("F01", Now, (DateTimeOffset?)Now.AddDays(1)), ("T04", Now.AddDays(7), null)],
            entries.OrderBy(e => e.RuleId).Select(e => (e.RuleId, e.LastSentAt, e.ResolvedAt)));
        Assert.All(entries, e => Assert.Equal(("中宁县", "徐套乡/#?\\", 2026, "0123456789abcdef", Now), (e.CountyId, e.UnitId, e.Year, e.Evidence, e.FirstSentAt)));
        Assert.Empty(await ledger.GetAsync("中宁县", "nobody", 2026));
    }

    [Fact]
    public async Task Policy_decisions_round_trip_through_the_ledger()
    {
        var ledger = await CreateAsync();
        var unit = new AlertUnit("zhongning", "xutao", "徐套乡", 2026);
        var finding = new Monitor.Domain.Findings.Finding("F01", Monitor.Domain.Findings.Severity.Error, Monitor.Domain.Findings.Location.Document, "2027-01-31", "未发布", "逾期未发布");
        var policy = new AlertPolicy();

        await ledger.UpsertAsync(policy.Decide(unit, [finding], [], Now).LedgerUpdates);
        var second = policy.Decide(unit, [finding], await ledger.GetAsync("zhongning", "xutao", 2026), Now.AddDays(1));

        Assert.False(second.ShouldSend);
    }
}

public sealed class LocalAlertOutboxTests : AlertOutboxContract, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "outbox-" + Guid.NewGuid().ToString("N"));

    protected override Task<IAlertOutbox> CreateAsync() => Task.FromResult<IAlertOutbox>(new Local.LocalAlertOutbox(folder));

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}

public sealed class LocalSentAlertLedgerTests : SentAlertLedgerContract, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ledger-" + Guid.NewGuid().ToString("N"));

    protected override Task<ISentAlertLedger> CreateAsync() => Task.FromResult<ISentAlertLedger>(new Local.LocalSentAlertLedger(folder));

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
