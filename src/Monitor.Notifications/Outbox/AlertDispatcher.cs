using Monitor.Domain.Alerts;
using Monitor.Domain.Email;

namespace Monitor.Notifications.Outbox;

/// <summary>Settings <c>Alerts:MaxAttempts</c> and the backoff between attempts.</summary>
public sealed record DispatchOptions
{
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Wait after the first failure; doubled after each further failure up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long a claim lasts: a dispatcher that dies mid-send releases the message after this.</summary>
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(5);

    public int BatchSize { get; init; } = 50;
}

/// <summary>What one dispatch pass did, by outbox id.</summary>
public sealed record DispatchReport(IReadOnlyList<string> Sent, IReadOnlyList<string> Retrying, IReadOnlyList<string> Poisoned)
{
    public static DispatchReport Empty { get; } = new([], [], []);
}

/// <summary>
/// Sends what is due in the outbox. Each message is claimed with an optimistic update first, so two dispatchers
/// never send it both; a sent message is never sent again; a failure is recorded with its reason and retried
/// with exponential backoff (or the provider's Retry-After, whichever is later); after MaxAttempts, or at once
/// for a permanent failure, the message is parked as poison with the reason. Nothing is deleted.
/// </summary>
public sealed class AlertDispatcher(IAlertOutbox outbox, IEmailSender sender, TimeProvider time, DispatchOptions? options = null)
{
    private readonly DispatchOptions options = options ?? new DispatchOptions();

    public async Task<DispatchReport> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var sent = new List<string>();
        var retrying = new List<string>();
        var poisoned = new List<string>();
        foreach (var due in await outbox.ListDueAsync(time.GetUtcNow(), options.BatchSize, cancellationToken).ConfigureAwait(false))
        {
            var claimed = await outbox.TryUpdateAsync(due with
            {
                State = OutboxState.Sending,
                NextAttemptAt = time.GetUtcNow() + options.ClaimLease,
            }, cancellationToken).ConfigureAwait(false);
            if (claimed is null) continue;

            var result = await SendAsync(claimed.Message, cancellationToken).ConfigureAwait(false);
            var next = Outcome(claimed, result, time.GetUtcNow());
            // If this write is lost to a conflict the claim lapses and the message is sent again: at least once,
            // and the idempotency key lets the provider side and the .eml folder recognise the repeat.
            await outbox.TryUpdateAsync(next, cancellationToken).ConfigureAwait(false);
            (next.State switch
            {
                OutboxState.Sent => sent,
                OutboxState.Poison => poisoned,
                _ => retrying,
            }).Add(next.Id);
        }
        return new DispatchReport(sent, retrying, poisoned);
    }

    /// <summary>A sender that throws (a full disk, a bug) must not leave the message claimed forever or uncounted.</summary>
    private async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new EmailSendResult(EmailSendOutcome.Transient, null, $"{e.GetType().Name}: {e.Message}");
        }
    }

    internal OutboxEntry Outcome(OutboxEntry entry, EmailSendResult result, DateTimeOffset now)
    {
        var attempts = entry.Attempts + 1;
        if (result.IsAccepted)
            return entry with { State = OutboxState.Sent, Attempts = attempts, SentAt = now, LastError = null };
        if (result.Outcome == EmailSendOutcome.Permanent)
            return entry with { State = OutboxState.Poison, Attempts = attempts, LastError = $"permanent failure: {result.Reason}" };
        if (attempts >= options.MaxAttempts)
            return entry with { State = OutboxState.Poison, Attempts = attempts, LastError = $"gave up after {attempts} attempts: {result.Reason}" };

        var wait = Backoff(attempts);
        if (result.RetryAfter is { } retryAfter && retryAfter > wait) wait = retryAfter;
        return entry with { State = OutboxState.Failed, Attempts = attempts, NextAttemptAt = now + wait, LastError = result.Reason };
    }

    /// <summary>BaseDelay × 2^(attempts−1), capped at MaxDelay.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.BaseDelay.Ticks * factor, options.MaxDelay.Ticks));
        return delay;
    }
}
