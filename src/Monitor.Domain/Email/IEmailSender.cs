namespace Monitor.Domain.Email;

/// <summary>How a delivery attempt ended, as far as the caller must act on it.</summary>
public enum EmailSendOutcome
{
    /// <summary>The provider accepted the message (2xx); it must not be sent again.</summary>
    Accepted,
    /// <summary>The provider asked us to slow down (429); retry after <see cref="EmailSendResult.RetryAfter"/>.</summary>
    RateLimited,
    /// <summary>A failure that may pass (5xx, timeout, connection refused); retry with backoff.</summary>
    Transient,
    /// <summary>A failure that retrying cannot fix (4xx other than 429: bad key, bad address, bad payload).</summary>
    Permanent,
}

/// <summary>The result of one delivery attempt; <see cref="Reason"/> is kept in the outbox for the operator.</summary>
public sealed record EmailSendResult(EmailSendOutcome Outcome, int? StatusCode, string Reason, TimeSpan? RetryAfter = null)
{
    public static EmailSendResult Accepted(int? statusCode = null, string reason = "accepted") =>
        new(EmailSendOutcome.Accepted, statusCode, reason);

    public bool IsAccepted => Outcome == EmailSendOutcome.Accepted;
}

/// <summary>Delivers one composed email. Implementations never throw for provider failures: they return a result.</summary>
public interface IEmailSender
{
    Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
