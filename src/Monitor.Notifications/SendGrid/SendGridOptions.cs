namespace Monitor.Notifications.SendGrid;

/// <summary>Settings <c>SendGrid:ApiKey</c> and <c>SendGrid:Host</c> (optional; tests point it at a fake on loopback).</summary>
public sealed record SendGridOptions
{
    public const string Section = "SendGrid";

    public required string ApiKey { get; init; }

    /// <summary>Base address of the API; null uses SendGrid's own (https://api.sendgrid.com).</summary>
    public string? Host { get; init; }
}
