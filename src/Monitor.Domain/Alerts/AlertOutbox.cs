using Monitor.Domain.Email;

namespace Monitor.Domain.Alerts;

/// <summary>Where a message is in its delivery: queued → sending → sent, or failed (retried) → poison.</summary>
public enum OutboxState
{
    Queued,
    /// <summary>Claimed by a dispatcher; if that dispatcher dies, the claim lapses at NextAttemptAt and the message is due again.</summary>
    Sending,
    Sent,
    /// <summary>The last attempt failed; due again at NextAttemptAt.</summary>
    Failed,
    /// <summary>Given up after too many attempts or a permanent failure; kept with the reason for an operator.</summary>
    Poison,
}

/// <summary>
/// One message in the outbox, stored under its idempotency key. <see cref="Version"/> is the store's concurrency
/// token (an ETag or a counter): an update with a stale version is refused, so two dispatchers never both send.
/// </summary>
public sealed record OutboxEntry(
    string Id,
    EmailMessage Message,
    OutboxState State,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    string? LastError = null,
    DateTimeOffset? SentAt = null,
    string Version = "")
{
    public static OutboxEntry Queue(EmailMessage message, DateTimeOffset now) =>
        new(message.IdempotencyKey, message, OutboxState.Queued, 0, now, now);

    /// <summary>Due for an attempt: waiting (queued or failed) or a lapsed claim, and its time has come.</summary>
    public bool IsDueAt(DateTimeOffset now) =>
        State is OutboxState.Queued or OutboxState.Failed or OutboxState.Sending && NextAttemptAt <= now;
}

/// <summary>
/// The durable queue of alert and summary emails. Nothing leaves it silently: a message ends as sent or poison,
/// never deleted. Implementations: local folder and Azure (Tables for state, Blobs for message bodies).
/// </summary>
public interface IAlertOutbox
{
    /// <summary>Adds a message unless one with the same idempotency key exists; returns false when it already did.</summary>
    Task<bool> EnqueueAsync(EmailMessage message, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<OutboxEntry?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Entries due at <paramref name="now"/>, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<OutboxEntry>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxState? state = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the entry if its stored version still equals <c>entry.Version</c>; returns the stored entry with its new
    /// version, or null when someone else changed it first (the caller then leaves it alone).
    /// </summary>
    Task<OutboxEntry?> TryUpdateAsync(OutboxEntry entry, CancellationToken cancellationToken = default);
}
