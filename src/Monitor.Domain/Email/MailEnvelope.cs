namespace Monitor.Domain.Email;

/// <summary>
/// Sender and recipients of the monitor's mail (settings <c>Mail:From</c>, <c>Mail:FromName</c>, <c>Mail:To</c>);
/// the registry's office recipients win over <c>Mail:To</c> when set.
/// </summary>
public sealed record MailEnvelope(EmailAddress From, IReadOnlyList<EmailAddress> To)
{
    /// <summary>The registry's recipients when there are any, else these settings' recipients.</summary>
    public MailEnvelope WithRegistryRecipients(IReadOnlyList<EmailAddress>? registryRecipients) =>
        registryRecipients is { Count: > 0 } ? this with { To = registryRecipients } : this;
}
