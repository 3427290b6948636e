namespace Monitor.Application.Configuration;

/// <summary>
/// Every app setting the function app reads, by its environment-variable name (<c>__</c> for sections).
/// Code reads settings only through these names, and a test checks that the infrastructure template sets
/// each required one, so a deployment never starts with a setting the code expects but nobody set.
/// </summary>
public static class AppSettingNames
{
    /// <summary>The connection name of the app's own storage in the function bindings (<c>Connection = "Storage"</c>).</summary>
    public const string StorageConnectionName = "Storage";
    public const string StorageConnection = "Storage";
    public const string StorageBlobServiceUri = "Storage__blobServiceUri";
    public const string StorageQueueServiceUri = "Storage__queueServiceUri";
    public const string StorageTableServiceUri = "Storage__tableServiceUri";
    public const string CrawlSchedule = "CrawlSchedule";
    public const string DeadlineSchedule = "DeadlineSchedule";
    public const string SummarySchedule = "SummarySchedule";
    public const string RegistryLocation = "Registry__Location";
    public const string CrawlUserAgent = "Crawl__UserAgent";
    public const string SendGridApiKey = "SendGrid__ApiKey";
    public const string SendGridHost = "SendGrid__Host";
    public const string MailFrom = "Mail__From";
    public const string MailFromName = "Mail__FromName";
    public const string MailTo = "Mail__To";
    public const string MailOutboxFolder = "Mail__OutboxFolder";
    public const string AlertReminderDays = "Alerts__ReminderDays";
    public const string AlertMaxAttempts = "Alerts__MaxAttempts";
    public const string RecheckApiKey = "Recheck__ApiKey";
    public const string DataFolder = "Monitor__DataFolder";

    /// <summary>The configuration key of a setting: environment variables use "__" where configuration uses ":".</summary>
    public static string Key(string name) => name.Replace("__", ":", StringComparison.Ordinal);

    /// <summary>All settings with whether a deployment to Azure must set them, and why an optional one may be absent.</summary>
    public static IReadOnlyList<AppSetting> All { get; } =
    [
        new(StorageConnection, RequiredInAzure: false, "Local only: a connection string (Azurite) for the app's storage. Azure uses the identity-based service URIs below; the host's own storage is AzureWebJobsStorage__*."),
        new(StorageBlobServiceUri, RequiredInAzure: true, "Blob endpoint reached with the managed identity."),
        new(StorageQueueServiceUri, RequiredInAzure: true, "Queue endpoint reached with the managed identity."),
        new(StorageTableServiceUri, RequiredInAzure: true, "Table endpoint reached with the managed identity."),
        new(CrawlSchedule, RequiredInAzure: true, "NCRONTAB (UTC) of ScheduleCrawl."),
        new(DeadlineSchedule, RequiredInAzure: true, "NCRONTAB (UTC) of CheckDeadlines."),
        new(SummarySchedule, RequiredInAzure: true, "NCRONTAB (UTC) of WeeklySummary."),
        new(RegistryLocation, RequiredInAzure: true, "The county registry: a file path, or blob:CONTAINER/NAME in the app's storage."),
        new(CrawlUserAgent, RequiredInAzure: true, "User-Agent with a contact address."),
        new(SendGridApiKey, RequiredInAzure: true, "Key Vault reference to the SendGrid API key."),
        new(SendGridHost, RequiredInAzure: false, "Tests only: a fake SendGrid on loopback."),
        new(MailFrom, RequiredInAzure: true, "Verified sender address."),
        new(MailFromName, RequiredInAzure: true, "Sender display name."),
        new(MailTo, RequiredInAzure: true, "Fallback recipients when the registry names none."),
        new(MailOutboxFolder, RequiredInAzure: false, "Standalone only: write .eml files instead of sending through SendGrid."),
        new(AlertReminderDays, RequiredInAzure: true, "Days before an unresolved alert is sent again."),
        new(AlertMaxAttempts, RequiredInAzure: true, "Send attempts before an alert is parked as poison."),
        new(RecheckApiKey, RequiredInAzure: false, "Standalone only: the key of every HTTP route of `serve`. In Azure the host's function keys guard the HTTP functions."),
        new(DataFolder, RequiredInAzure: false, "Standalone only: keep stores, queues and the outbox in this folder instead of Azure Storage."),
    ];
}

/// <summary>One app setting the code reads.</summary>
public sealed record AppSetting(string Name, bool RequiredInAzure, string Purpose);
