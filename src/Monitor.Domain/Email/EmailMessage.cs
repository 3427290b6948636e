namespace Monitor.Domain.Email;

/// <summary>A mailbox: address plus an optional display name (Chinese names are fine).</summary>
public sealed record EmailAddress(string Address, string? Name = null)
{
    public override string ToString() => Name is null ? Address : $"{Name} <{Address}>";

    /// <summary>Parses a semicolon- or comma-separated list of addresses (the <c>Mail:To</c> setting); blanks are ignored.</summary>
    public static IReadOnlyList<EmailAddress> ParseList(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(a => new EmailAddress(a))];
}

/// <summary>A file attached to an email, e.g. the weekly summary's CSV of findings.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>
/// One email as the domain composes it, independent of how it is delivered (SendGrid, .eml file).
/// <see cref="IdempotencyKey"/> is stable for the same content and event: the outbox stores a message
/// under it and a sender never delivers two messages with the same key twice.
/// </summary>
public sealed record EmailMessage(
    EmailAddress From,
    IReadOnlyList<EmailAddress> To,
    string Subject,
    string Html,
    string Text,
    IReadOnlyList<EmailAttachment> Attachments,
    string IdempotencyKey);
