using System.Globalization;
using Monitor.Domain.Alerts;
using Monitor.Domain.Email;
using Monitor.Notifications.Eml;
using Monitor.Notifications.Outbox;
using Monitor.Notifications.SendGrid;

namespace Monitor.Notifications;

/// <summary>
/// The mail settings, read by name from any configuration source (app settings use "__" for ":"):
/// SendGrid:ApiKey, SendGrid:Host, Mail:From, Mail:FromName, Mail:To, Alerts:ReminderDays, Alerts:MaxAttempts.
/// See docs/notifications.md.
/// </summary>
public sealed record NotificationSettings
{
    public const string SendGridApiKey = "SendGrid:ApiKey";
    public const string SendGridHost = "SendGrid:Host";
    public const string MailFrom = "Mail:From";
    public const string MailFromName = "Mail:FromName";
    public const string MailTo = "Mail:To";
    public const string AlertsReminderDays = "Alerts:ReminderDays";
    public const string AlertsMaxAttempts = "Alerts:MaxAttempts";

    public static readonly IReadOnlyList<string> Names = [SendGridApiKey, SendGridHost, MailFrom, MailFromName, MailTo, AlertsReminderDays, AlertsMaxAttempts];

    public string? SendGridKey { get; init; }
    public string? SendGridBaseAddress { get; init; }
    public required MailEnvelope Envelope { get; init; }
    public TimeSpan ReminderPeriod { get; init; } = AlertPolicy.DefaultReminderPeriod;
    public int MaxAttempts { get; init; } = new DispatchOptions().MaxAttempts;

    /// <summary>Reads the settings through <paramref name="get"/> (e.g. <c>key => configuration[key]</c>); bad values fail with the setting's name.</summary>
    public static NotificationSettings Read(Func<string, string?> get)
    {
        var from = get(MailFrom);
        return new NotificationSettings
        {
            SendGridKey = Blank(get(SendGridApiKey)),
            SendGridBaseAddress = Blank(get(SendGridHost)),
            Envelope = new MailEnvelope(
                new EmailAddress(string.IsNullOrWhiteSpace(from) ? "monitor@localhost" : from.Trim(), Blank(get(MailFromName)) ?? "政务公开年报监测"),
                EmailAddress.ParseList(get(MailTo))),
            ReminderPeriod = TimeSpan.FromDays(PositiveInt(get, AlertsReminderDays, 7)),
            MaxAttempts = PositiveInt(get, AlertsMaxAttempts, 5),
        };
    }

    /// <summary>SendGrid when an API key is set, otherwise .eml files in <paramref name="emlFolder"/> (local runs).</summary>
    public IEmailSender CreateSender(string emlFolder, TimeProvider time, HttpClient? httpClient = null) =>
        SendGridKey is { } key
            ? new SendGridEmailSender(new SendGridOptions { ApiKey = key, Host = SendGridBaseAddress }, httpClient, time)
            : new EmlFileEmailSender(emlFolder, time);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int PositiveInt(Func<string, string?> get, string name, int fallback)
    {
        var text = Blank(get(name));
        if (text is null) return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException($"Setting {name} must be a positive whole number, got '{text}'.");
    }
}
